import type { RpcResult } from '@shared/errors';
import type { AppEvent } from '@shared/rpc/events';
import { contract, isMethodName } from '@shared/rpc/contract';
import { dataPaths } from './data-paths';
import { Router } from './rpc/router';
import { handlers } from './rpc/handlers';
import { SessionService } from './services/session-service';
import { systemClock, type Clock } from './util/clock';
import type { KdfParams } from './crypto/key-wrap';
import { GeoRuntime } from './geo/geo-runtime';
import { serveMapResource, type MapResource } from './geo/tile-route';
import { projectRoot } from './paths';
import { ensurePrivateDir } from './util/private-files';
import { join } from 'node:path';

/** The main process as both hosts see it: one router, one event stream. */
export interface AppCore {
  call(method: string, input: unknown): Promise<RpcResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  close(): Promise<void>;
  /** Map files served by both hosts outside the RPC router, and the tile origins their CSP must allow. */
  maps: MapFiles;
}

export interface MapFiles {
  /** GET /tiles/{z}/{x}/{y} and /basemap/outline.geojson; null for any other path. */
  serve(pathname: string): Promise<MapResource | null>;
  /** https origins of online tiles for img-src, read on every response (known before login). */
  tileOrigins(): readonly string[];
}

export interface AppCoreOptions {
  dataDir: string;
  resourcesDir?: string;
  clock?: Clock;
  /** Lighter key derivation for tests only; production always uses the strong default. */
  kdf?: KdfParams;
  /** How often idle sessions are checked for auto-lock. */
  idleCheckMs?: number;
  /** Time allowed to the online address API before the offline gazetteer answers (default 3 s). */
  geocodeTimeoutMs?: number;
}

export async function openAppCore(options: AppCoreOptions): Promise<AppCore> {
  // 0700 even when it already exists: Electron creates userData itself, readable by every account of the PC.
  ensurePrivateDir(options.dataDir);
  const clock = options.clock ?? systemClock;
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => {
    for (const listener of listeners) listener(event);
  };
  const sessions = new SessionService({ paths: dataPaths(options.dataDir), clock, kdf: options.kdf, emit });
  const geo = new GeoRuntime({
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir ?? join(projectRoot(), 'resources'),
    geocodeTimeoutMs: options.geocodeTimeoutMs,
  });
  const router = new Router(handlers, { sessions, clock, geo });
  const idleTimer = setInterval(() => sessions.lockIfIdle(), options.idleCheckMs ?? 15_000);
  idleTimer.unref();

  return {
    async call(method, input) {
      const result = await router.call(method, input);
      if (result.ok && isMethodName(method) && contract[method].audit === 'write') emit({ type: 'changed', method });
      return result;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      clearInterval(idleTimer);
      listeners.clear();
      await sessions.close();
      await geo.close();
    },
    maps: {
      serve: (pathname) => serveMapResource(geo, pathname),
      tileOrigins: () => geo.tileOrigins(),
    },
  };
}
