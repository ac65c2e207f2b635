/**
 * Sandboxed preload (bundled to one CommonJS file): exposes exactly window.tigdesk = { rpc, onEvent, printPdf }.
 * Never exposes ipcRenderer or the IpcRendererEvent (it carries the sender and a way to reply).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent } from '@shared/rpc/events';
import type { RpcResult } from '@shared/errors';
import type { PrintOutcome } from '@shared/print';
import { EVENT_CHANNEL, PRINT_CHANNEL, RPC_CHANNEL } from './channels';

export interface TigDeskBridge {
  rpc(method: string, input: unknown): Promise<RpcResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Opens the operating system's print dialog for a PDF (base64). */
  printPdf(pdfBase64: string, title: string): Promise<PrintOutcome>;
}

const bridge: TigDeskBridge = {
  rpc(method: string, input: unknown): Promise<RpcResult<unknown>> {
    return ipcRenderer.invoke(RPC_CHANNEL, method, input) as Promise<RpcResult<unknown>>;
  },
  printPdf(pdfBase64: string, title: string): Promise<PrintOutcome> {
    if (typeof pdfBase64 !== 'string' || typeof title !== 'string') throw new TypeError('printPdf expects two strings');
    return ipcRenderer.invoke(PRINT_CHANNEL, pdfBase64, title) as Promise<PrintOutcome>;
  },
  onEvent(listener: (event: AppEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onEvent expects a function');
    const forward = (_event: IpcRendererEvent, payload: AppEvent): void => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('tigdesk', bridge);
