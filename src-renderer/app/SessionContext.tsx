import { createContext, useContext } from 'react';
import type { SessionState } from '@shared/schemas/session';

export interface SessionContextValue {
  session: SessionState;
  setSession(session: SessionState): void;
  /** Asks the main process for the current state again (after settings change, for instance). */
  refresh(): Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionContext');
  return value;
}
