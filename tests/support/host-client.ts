import type { BrowserHost } from '@core/hosts/browser-host';
import type { RpcErrorBody } from '@shared/errors';
import { send } from './host-http';

export interface HostReply {
  status: number;
  body: string;
}

/** One HTTP request to the browser host on 127.0.0.1, with its token as a bearer header and a JSON body. */
export async function hostRequest(
  host: BrowserHost,
  options: { method?: string; path: string; body?: string },
): Promise<HostReply> {
  const { status, body } = await send(host, { ...options, headers: { 'Content-Type': 'application/json' } });
  return { status, body };
}

export type HostResult = { status: number } & ({ ok: true; result: unknown } | { ok: false; error: RpcErrorBody });

/** POST /rpc/<method> with a raw JSON body (given as text, so that malformed encodings can be sent too). */
export async function hostCall(host: BrowserHost, method: string, body: string): Promise<HostResult> {
  const reply = await hostRequest(host, { method: 'POST', path: `/rpc/${encodeURIComponent(method)}`, body });
  return { status: reply.status, ...JSON.parse(reply.body) };
}

/** The method names listed by GET /rpc. */
export async function listedMethods(
  host: BrowserHost,
): Promise<Array<{ name: string; access: unknown; input: Record<string, unknown> }>> {
  const reply = await hostRequest(host, { path: '/rpc' });
  return JSON.parse(reply.body).methods;
}
