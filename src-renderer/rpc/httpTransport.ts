import type { RpcResult } from '@shared/errors';
import type { AppEvent } from '@shared/rpc/events';
import { t } from '../i18n/t';
import type { Transport } from './transport';
import { parseSseBlocks } from './sse';

const RECONNECT_DELAY_MS = 3000;

function authorization(accessToken: () => string | null): Record<string, string> {
  const token = accessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

function networkFailure(): RpcResult<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message: t('error.network') } };
}

/**
 * Browser host transport: POST rpc/<method> (relative, so it works wherever the page is served) and an
 * event stream read by hand with fetch, because EventSource can neither send the token as a header (the only way
 * the host accepts it: no cookie, no token in a URL that logs and history keep) nor be aborted cleanly.
 */
export function createHttpTransport(accessToken: () => string | null): Transport {
  const listeners = new Set<(event: AppEvent) => void>();
  let controller: AbortController | null = null;

  async function readStream(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        const response = await fetch('events', {
          headers: authorization(accessToken),
          credentials: 'omit',
          signal,
          cache: 'no-store',
        });
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          const { events, rest } = parseSseBlocks(buffer);
          buffer = rest;
          for (const data of events) dispatch(data);
        }
      } catch {
        // Host restarting or network hiccup: wait, then reconnect below.
      }
      if (signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_DELAY_MS));
    }
  }

  function dispatch(data: string): void {
    let event: AppEvent;
    try {
      event = JSON.parse(data) as AppEvent;
    } catch {
      return;
    }
    for (const listener of listeners) listener(event);
  }

  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch('rpc/' + method, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...authorization(accessToken) },
          body: JSON.stringify(input ?? {}),
          credentials: 'omit',
        });
      } catch {
        return networkFailure();
      }
      try {
        // The host answers an RpcResult whatever the HTTP status.
        return (await response.json()) as RpcResult<unknown>;
      } catch {
        return networkFailure();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!controller) {
        controller = new AbortController();
        void readStream(controller.signal);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && controller) {
          controller.abort();
          controller = null;
        }
      };
    },
  };
}
