import { createContext, useContext } from 'react';
import type { SessionState } from '#shared/api/types.ts';

export interface SessionApi {
  state: SessionState;
  setState(state: SessionState): void;
}

export const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionContext');
  return value;
}
