import { afterEach, describe, expect, it, vi } from 'vitest';
import { fr } from '@shared/i18n/fr';
import type { AppEvent } from '@shared/rpc/events';
import { createHttpTransport } from '@renderer/rpc/httpTransport';

afterEach(() => vi.unstubAllGlobals());

const TOKEN = 'Zm9vYmFyLXRva2VuLWZvci10ZXN0cy0xMjM0NTY3ODkw';

describe('HTTP transport', () => {
  it('posts JSON to rpc/<method> and returns the body whatever the status', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Accès refusé.' } }), {
          status: 403,
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const outcome = await createHttpTransport(() => TOKEN).call('users.list', undefined);
    expect(outcome).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Accès refusé.' } });
    expect(fetchMock).toHaveBeenCalledWith(
      'rpc/users.list',
      expect.objectContaining({
        method: 'POST',
        body: '{}',
        credentials: 'omit',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      }),
    );
  });

  it('turns a network failure into an INTERNAL error with the French network message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const outcome = await createHttpTransport(() => TOKEN).call('session.status', {});
    expect(outcome).toEqual({ ok: false, error: { code: 'INTERNAL', message: fr['error.network'] } });
  });

  it('delivers events read from the stream, split across chunks', async () => {
    const event: AppEvent = { type: 'session', session: { state: 'login', autoLockMinutes: 10 } };
    const text = `data: ${JSON.stringify(event)}\n\n`;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(text.slice(0, 10)));
        controller.enqueue(encoder.encode(text.slice(10)));
      },
    });
    const fetchMock = vi.fn(async () => new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }));
    vi.stubGlobal('fetch', fetchMock);
    const received: AppEvent[] = [];
    const stop = createHttpTransport(() => TOKEN).subscribe((e) => received.push(e));
    await vi.waitFor(() => expect(received).toEqual([event]));
    stop();
    // EventSource cannot send a header: the stream is read with fetch, the token as a bearer header, no cookie.
    expect(fetchMock).toHaveBeenCalledWith(
      'events',
      expect.objectContaining({ credentials: 'omit', headers: { Authorization: `Bearer ${TOKEN}` } }),
    );
  });
});
