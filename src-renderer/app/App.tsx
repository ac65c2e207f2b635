import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { AppError } from '@shared/errors';
import type { SessionState } from '@shared/schemas/session';
import { LockScreen } from '../session/LockScreen';
import { LoginScreen } from '../session/LoginScreen';
import { RecoveryKeyScreen } from '../session/RecoveryKeyScreen';
import { SetupScreen } from '../session/SetupScreen';
import { AuthLayout } from '../session/AuthLayout';
import { useRpc } from './RpcContext';
import { SessionContext, type SessionContextValue } from './SessionContext';
import { invalidateAfter } from '../queries/queryClient';
import { useActivityPing } from './useActivityPing';

// Loaded once signed in: the login screen does not wait for the areas, their grids, pickers and the map.
const AppShell = lazy(() => import('../shell/AppShell').then((module) => ({ default: module.AppShell })));

function Loading() {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <CircularProgress aria-label="Chargement de TIG Desk" />
    </Box>
  );
}

/** Picks the screen from the session state kept by the main process, and follows its changes. */
export function App() {
  const rpc = useRpc();
  const queryClient = useQueryClient();
  const [session, setSession] = useState<SessionState | null>(null);
  const [bootError, setBootError] = useState<string | null>(null);
  // Held here, above the session state: setup opens the session, yet the key must be seen first.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setSession(await rpc.call('session.status', {}));
      setBootError(null);
    } catch (error) {
      setBootError(error instanceof AppError ? error.message : 'Une erreur inattendue est survenue.');
    }
  }, [rpc]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Events may have been missed while the window was hidden or the event stream reconnecting: resync on return.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  // The main process pushes state changes it decides alone, such as the auto-lock, and what another window changed.
  useEffect(
    () =>
      rpc.subscribe((event) => {
        if (event.type === 'session') setSession(event.session);
        if (event.type === 'changed') void invalidateAfter(queryClient, event.method);
      }),
    [rpc, queryClient],
  );

  // What one user saw is never shown to the next: the cache goes with the user who signed out.
  const userId = session?.user?.id ?? null;
  useEffect(() => {
    if (userId === null) queryClient.clear();
  }, [userId, queryClient]);

  // Any call refused because the session locked meanwhile sends the user to the lock screen.
  useEffect(
    () =>
      rpc.onError((error) => {
        // A throttled attempt (a wait in seconds) is not a locked session.
        if (error.code !== 'LOCKED' || error.retryAfterSeconds !== undefined) return;
        setSession((previous) => (previous?.user ? { ...previous, state: 'locked' } : previous));
        void refresh();
      }),
    [rpc, refresh],
  );

  // Also while the recovery key is on screen: reading and printing it must not run into the auto-lock.
  useActivityPing(session?.state === 'ready' || recoveryKey !== null);

  const context = useMemo<SessionContextValue | null>(
    () => (session ? { session, setSession, refresh } : null),
    [session, refresh],
  );

  if (recoveryKey !== null) {
    return (
      <RecoveryKeyScreen
        recoveryKey={recoveryKey}
        onContinue={() => {
          setRecoveryKey(null);
          void refresh();
        }}
      />
    );
  }
  if (!context) {
    return bootError ? (
      <AuthLayout title="Service local injoignable">
        <Alert severity="error" sx={{ my: 2 }}>
          {bootError}
        </Alert>
        <Button variant="contained" onClick={() => void refresh()}>
          Réessayer
        </Button>
      </AuthLayout>
    ) : (
      <Loading />
    );
  }
  return (
    <SessionContext.Provider value={context}>
      {context.session.state === 'setup' && <SetupScreen onDone={setRecoveryKey} />}
      {context.session.state === 'login' && <LoginScreen />}
      {context.session.state === 'locked' && <LockScreen />}
      {context.session.state === 'ready' && (
        <Suspense fallback={<Loading />}>
          <AppShell />
        </Suspense>
      )}
    </SessionContext.Provider>
  );
}
