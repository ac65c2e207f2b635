/**
 * The Electron binary cannot run here, so the preload is run against a small stand-in of the two Electron
 * objects it touches; the test checks what the renderer would see on window.tigdesk.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const invocations: unknown[][] = [];
  return {
    exposed,
    listeners,
    invocations,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invocations.push(args);
        return Promise.resolve({ ok: true, result: 'pong' });
      },
      on: (channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      },
      removeListener: (channel: string, listener: Listener) => listeners.get(channel)?.delete(listener),
      send: () => {
        throw new Error('the preload must not use send');
      },
    },
  };
});

vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer }));

interface Bridge {
  rpc(method: string, input: unknown): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
  printPdf(pdfBase64: unknown, title: unknown): Promise<unknown>;
}

function emit(channel: string, payload: unknown): void {
  const ipcEvent = { sender: fake.ipcRenderer, senderId: 0, ports: [] };
  for (const listener of fake.listeners.get(channel) ?? []) listener(ipcEvent, payload);
}

describe('preload bridge', () => {
  let bridge: Bridge;

  beforeEach(async () => {
    vi.resetModules();
    fake.exposed.clear();
    fake.listeners.clear();
    fake.invocations.length = 0;
    await import('../../../src-main/electron/preload');
    bridge = fake.exposed.get('tigdesk') as Bridge;
  });

  it('exposes exactly window.tigdesk = { rpc, onEvent, printPdf }', () => {
    expect([...fake.exposed.keys()]).toEqual(['tigdesk']);
    expect(Object.keys(bridge).sort()).toEqual(['onEvent', 'printPdf', 'rpc']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('sends rpc calls on the rpc channel and returns the result', async () => {
    await expect(bridge.rpc('session.status', {})).resolves.toEqual({ ok: true, result: 'pong' });
    expect(fake.invocations).toEqual([['tigdesk:rpc', 'session.status', {}]]);
  });

  it('hands listeners the event payload only, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args) => received.push(args));
    const event = { type: 'session', session: { state: 'locked' } };
    emit('tigdesk:event', event);
    expect(received).toEqual([[event]]);

    unsubscribe();
    unsubscribe(); // idempotent
    emit('tigdesk:event', event);
    expect(received).toHaveLength(1);
    expect(fake.listeners.get('tigdesk:event')?.size ?? 0).toBe(0);
  });

  it('keeps subscriptions independent', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = bridge.onEvent((e) => first.push(e));
    bridge.onEvent((e) => second.push(e));
    stopFirst();
    emit('tigdesk:event', { type: 'session' });
    expect(first).toEqual([]);
    expect(second).toEqual([{ type: 'session' }]);
  });

  it('sends a PDF to print on the print channel, and nothing but two strings', async () => {
    await bridge.printPdf('JVBERi0=', 'Convocation');
    expect(fake.invocations).toEqual([['tigdesk:print', 'JVBERi0=', 'Convocation']]);
    expect(() => bridge.printPdf({ pdf: 'x' }, 'Convocation')).toThrow(TypeError);
    expect(fake.invocations).toHaveLength(1);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge.onEvent('nope' as unknown as () => void)).toThrow(TypeError);
  });
});
