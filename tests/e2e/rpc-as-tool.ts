import type { BrowserHostProcess } from './browser-host-process';

/** Calls the host's RPC with the bearer token, as a tool would: used to prepare accounts, not to test screens. */
export async function rpc<T = unknown>(host: BrowserHostProcess, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; result?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.result as T;
}
