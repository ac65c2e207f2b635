import { mkdirSync } from 'node:fs';
import type { RpcResult } from '../../src-shared/errors';
import type { AppEvent } from '../../src-shared/rpc/events';
import { dataPaths } from './data-paths';
import { Router } from './rpc/router';
import { handlers } from './rpc/handlers';
import { SessionService } from './services/session-service';
import { systemClock, type Clock } from './util/clock';
import type { KdfParams } from './crypto/key-wrap';

/** The main process as both hosts see it: one router, one event stream. */
export interface AppCore {
  call(method: string, input: unknown): Promise<RpcResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  close(): Promise<void>;
}

export interface AppCoreOptions {
  dataDir: string;
  resourcesDir?: string;
  clock?: Clock;
  /** Lighter key derivation for tests only; production always uses the strong default. */
  kdf?: KdfParams;
  /** How often idle sessions are checked for auto-lock. */
  idleCheckMs?: number;
}

export async function openAppCore(options: AppCoreOptions): Promise<AppCore> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const clock = options.clock ?? systemClock;
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => {
    for (const listener of listeners) listener(event);
  };
  const sessions = new SessionService({ paths: dataPaths(options.dataDir), clock, kdf: options.kdf, emit });
  const router = new Router(handlers, { sessions, clock });
  const idleTimer = setInterval(() => sessions.lockIfIdle(), options.idleCheckMs ?? 15_000);
  idleTimer.unref();

  return {
    call: (method, input) => router.call(method, input),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      clearInterval(idleTimer);
      listeners.clear();
      await sessions.close();
    },
  };
}
