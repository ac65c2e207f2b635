import { AppError } from '@shared/errors';
import type { MethodInput, MethodName, MethodOutput } from '@shared/rpc/contract';
import type { AppEvent } from '@shared/rpc/events';
import { createElectronTransport } from './electronTransport';
import { createHttpTransport } from './httpTransport';
import { pageAccessToken } from './accessToken';
import type { Transport } from './transport';

export interface RpcClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
  /** Called with every failed call's error, so the app can react to LOCKED wherever it happens. */
  onError(listener: (error: AppError) => void): () => void;
}

export function createRpcClient(transport: Transport): RpcClient {
  const errorListeners = new Set<(error: AppError) => void>();
  return {
    async call(method, input) {
      const outcome = await transport.call(method, input);
      if (!outcome.ok) {
        const error = AppError.fromBody(outcome.error);
        for (const listener of errorListeners) listener(error);
        throw error;
      }
      // The main process validated the output against the contract before sending it.
      return outcome.result as MethodOutput<typeof method>;
    },
    subscribe: (listener) => transport.subscribe(listener),
    onError(listener) {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },
  };
}

/** Electron when the preload bridge is there, the browser host otherwise. */
export function createDefaultTransport(): Transport {
  return window.tigdesk ? createElectronTransport(window.tigdesk) : createHttpTransport(pageAccessToken());
}
