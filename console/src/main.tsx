import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from the console page');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
