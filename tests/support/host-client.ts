import { request as httpRequest } from 'node:http';
import type { BrowserHost } from '@core/hosts/browser-host';
import type { RpcErrorBody } from '@shared/errors';

export interface HostReply {
  status: number;
  body: string;
}

/** One HTTP request to the browser host on 127.0.0.1, with its token as a bearer header. */
export function hostRequest(
  host: BrowserHost,
  options: { method?: string; path: string; body?: string },
): Promise<HostReply> {
  const headers: Record<string, string> = {
    Host: `127.0.0.1:${host.port}`,
    Authorization: `Bearer ${host.token}`,
    'Content-Type': 'application/json',
  };
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
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
