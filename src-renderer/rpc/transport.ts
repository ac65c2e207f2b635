import type { RpcResult } from '@shared/errors';
import type { AppEvent } from '@shared/rpc/events';

/** How the renderer reaches the main process; Electron IPC and loopback HTTP both implement it. */
export interface Transport {
  call(method: string, input: unknown): Promise<RpcResult<unknown>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}
