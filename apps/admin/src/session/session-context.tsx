import { hasRole, type Role, type SessionInfo, SessionInfoSchema } from '@peer-toolkit/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { ApiProblem, call, onUnauthenticated } from '../api/client.js';

interface SessionValue {
  /** undefined while loading; null when signed out. */
  session: SessionInfo | null | undefined;
  /** True after the API said the session ended during work; the editor stays on screen. */
  expired: boolean;
  setSession(session: SessionInfo | null): void;
  refresh(): Promise<void>;
  can(role: Role): boolean;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<SessionInfo | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const { data } = await call('GET', '/admin/auth/session', { schema: SessionInfoSchema });
      setSessionState(data);
      setExpired(false);
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 401 || error.status === 403))
        setSessionState(null);
      else throw error;
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onUnauthenticated(() => setExpired(true));
  }, [refresh]);

  const value = useMemo<SessionValue>(
    () => ({
      session,
      expired,
      setSession: (next) => {
        setSessionState(next);
        setExpired(false);
      },
      refresh,
      can: (role) =>
        Boolean(session?.user && session.stage === 'signed-in' && hasRole(session.user.role, role)),
    }),
    [session, expired, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}
