import { createContext, useContext } from 'react';
import type { ConsoleViewerQuery } from '../generated/graphql.js';

export type Viewer = ConsoleViewerQuery['viewer'];

export interface Session {
  apiKey: string;
  viewer: Viewer;
  /** True when the key may change things (PLATFORM_ADMIN or MERCHANT); a read-only key sees no action. */
  canAct: boolean;
  logOut(): void;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a logged-in console');
  return session;
}
