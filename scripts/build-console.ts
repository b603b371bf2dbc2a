import { buildConsole } from '../src/server/console-bundle.js';

// `npm run build`: the web console's production bundle, served by the compiled gateway at /console.
const outputs = await buildConsole();
console.log(`console: ${outputs.join(', ')}`);
