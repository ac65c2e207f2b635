import type { RpcResult } from '@shared/errors';
import type { AppEvent } from '@shared/rpc/events';
import type { PrintOutcome } from '@shared/print';
import type { Transport } from './transport';

/** What the Electron preload exposes through contextBridge, and nothing more. */
export interface TigDeskBridge {
  rpc(method: string, input: unknown): Promise<RpcResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** The operating system's print dialog for a PDF (desktop only). */
  printPdf(pdfBase64: string, title: string): Promise<PrintOutcome>;
}

declare global {
  interface Window {
    tigdesk?: TigDeskBridge;
  }
}

export function createElectronTransport(bridge: TigDeskBridge): Transport {
  return {
    call: (method, input) => bridge.rpc(method, input ?? {}),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
