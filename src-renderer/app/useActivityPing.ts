import { useEffect } from 'react';
import { useRpc } from './RpcContext';

const MIN_INTERVAL_MS = 30_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

/** Tells the main process the user is active, at most every 30 s, so auto-lock only fires on idle desks. */
export function useActivityPing(enabled: boolean): void {
  const rpc = useRpc();
  useEffect(() => {
    if (!enabled) return;
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < MIN_INTERVAL_MS) return;
      last = now;
      rpc.call('session.activity', {}).catch(() => {
        // A LOCKED answer is handled by the app-wide error listener; nothing else to do here.
      });
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [enabled, rpc]);
}
