import { request as httpRequest } from 'node:http';
import type { BrowserHost } from '@core/hosts/browser-host';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One raw HTTP request to the browser host, by default with its bearer token and its own Host header. */
export function send(
  host: BrowserHost,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; auth?: boolean },
): Promise<Reply> {
  const headers: Record<string, string> = { Host: `127.0.0.1:${host.port}`, ...options.headers };
  if (options.auth !== false) headers.Authorization = `Bearer ${host.token}`;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** Opens /events and resolves with the status and headers of the answer, then drops the stream. */
export function openEvents(host: BrowserHost, headers: Record<string, string>): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path: '/events',
        headers: { Host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
        req.destroy();
      },
    );
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    req.end();
  });
}
