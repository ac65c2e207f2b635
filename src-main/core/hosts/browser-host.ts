import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { HTTP_STATUS_BY_CODE } from '@shared/errors';
import type { AppCore } from '../app-core';
import { contentSecurityPolicy } from './csp';
import { BASE_HEADERS, sendError, sendJson } from './http-replies';
import { mimeTypeOf, resolveStaticFile, streamFile } from './static-files';
import { generateAccessToken, presentedToken } from './access-token';
import { BodyBudget, readBodyWithin, refuseUnreadBody } from './request-body';
import { rpcCatalogue } from './rpc-catalogue';
import { internalErrorMessage, logInternalError } from '../rpc/internal-error-log';

// Large enough for a national gazetteer of communes or a clerk's CSV list, small enough to refuse abuse.
export const MAX_BODY_BYTES = 12 * 1024 * 1024;
const EVENT_KEEPALIVE_MS = 25_000;
// Bodies held in memory at once across all requests: concurrent uploads wait for their turn rather than pile up.
const BODY_BUDGET_BYTES = 2 * MAX_BODY_BYTES;

export interface BrowserHostOptions {
  core: AppCore;
  rendererDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  token?: string;
}

export interface BrowserHost {
  port: number;
  token: string;
  /**
   * The address to open, the token in its fragment: never sent to any server nor kept in a cookie (browsers share
   * cookies across the ports of 127.0.0.1); the page keeps it in memory and drops it from the address bar.
   */
  url: string;
  /** Diagnostics (and the body-limit tests): bytes read from clients, per connection at most, bodies held at once. */
  bodyStats(): BodyStats;
  close(): Promise<void>;
}

export interface BodyStats {
  bytesRead: number;
  maxConnectionBytesRead: number;
  peakBufferedBodyBytes: number;
}

const UNAUTHORIZED = {
  code: 'FORBIDDEN',
  message: "Jeton d'accès absent ou invalide : ouvrez TIG Desk avec l'adresse affichée au lancement.",
} as const;

/**
 * The loopback host (DESIGN.md §4): serves the built renderer and the RPC contract over HTTP to a browser on the
 * same machine. 127.0.0.1 only, the Host header checked, no CORS; the API (/rpc, /events) wants the random token
 * as a bearer header and a same-origin caller, while the renderer’s files and the basemap are public.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? generateAccessToken();
  // Built per response: the online tile server in the settings may change while the host runs.
  const csp = () => contentSecurityPolicy({ tileOrigins: options.core.maps.tileOrigins() });
  const eventStreams = new Set<ServerResponse>();
  const bodyBudget = new BodyBudget(BODY_BUDGET_BYTES);
  let port = 0;

  const unsubscribe = options.core.onEvent((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const reference = logInternalError('browser-host', error);
      if (!response.headersSent)
        sendError(response, 500, { code: 'INTERNAL', message: internalErrorMessage(reference) });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      refuseUnreadBody(request, response, 403, { code: 'FORBIDDEN', message: 'Adresse non autorisée.' });
      return;
    }
    // Only the path is read: `//host/...` stays a path on this host, and nothing here ever redirects.
    const pathname = new URL(request.url ?? '/', `http://127.0.0.1:${port}`).pathname;
    const isApi = pathname === '/rpc' || pathname.startsWith('/rpc/') || pathname === '/events';

    if (isApi) {
      // Checked on the headers alone, before a byte of the body is read.
      if (!presentedToken(request, token)) {
        refuseUnreadBody(request, response, 401, UNAUTHORIZED);
        return;
      }
      if (!isSameOriginRequest(request, port)) {
        refuseUnreadBody(request, response, 403, {
          code: 'FORBIDDEN',
          message: 'Requête d’une autre origine refusée.',
        });
        return;
      }
      if (pathname === '/rpc' && request.method === 'GET') {
        sendJson(response, 200, rpcCatalogue());
        return;
      }
      if (pathname === '/events' && request.method === 'GET') {
        openEventStream(response);
        return;
      }
      if (pathname.startsWith('/rpc/') && request.method === 'POST') {
        await handleRpc(request, response, pathname.slice('/rpc/'.length));
        return;
      }
      refuseUnreadBody(request, response, 405, {
        code: 'VALIDATION',
        message: pathname.startsWith('/rpc/')
          ? 'Méthode HTTP non autorisée : utilisez POST.'
          : 'Méthode HTTP non autorisée.',
      });
      return;
    }

    // The renderer's files and the basemap hold no personal data: served without the token, GET and HEAD only.
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      refuseUnreadBody(request, response, 405, { code: 'VALIDATION', message: 'Méthode HTTP non autorisée.' });
      return;
    }
    // Offline basemap tiles and the fallback outline (src-main/core/geo/tile-route.ts), shared with app://.
    const mapFile = await options.core.maps.serve(pathname);
    if (mapFile) {
      response.writeHead(mapFile.status, {
        ...BASE_HEADERS,
        'Content-Type': mapFile.contentType,
        'Content-Length': mapFile.body.length,
        'Cache-Control': mapFile.cacheControl,
      });
      response.end(request.method === 'HEAD' ? undefined : mapFile.body);
      return;
    }
    serveStatic(request, response, pathname);
  }

  async function handleRpc(request: IncomingMessage, response: ServerResponse, method: string) {
    if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      refuseUnreadBody(request, response, 415, {
        code: 'VALIDATION',
        message: 'Le corps de la requête doit être du JSON (Content-Type: application/json).',
      });
      return;
    }
    const body = await readBodyWithin(request, MAX_BODY_BYTES, bodyBudget);
    if (body === 'aborted') return;
    if (body === 'too-large') {
      refuseUnreadBody(request, response, 413, {
        code: 'VALIDATION',
        message: `Requête trop volumineuse (au plus ${MAX_BODY_BYTES / 1024 / 1024} Mio).`,
      });
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendError(response, 400, { code: 'VALIDATION', message: 'Le corps de la requête n’est pas un JSON valide.' });
      return;
    }
    let name: string;
    try {
      name = decodeURIComponent(method);
    } catch {
      name = method;
    }
    const result = await options.core.call(name, input);
    sendJson(response, result.ok ? 200 : HTTP_STATUS_BY_CODE[result.error.code], result);
  }

  function openEventStream(response: ServerResponse) {
    response.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    eventStreams.add(response);
    // The current state first, so a renderer that reconnects after a lock or logout catches up at once.
    void options.core.call('session.status', {}).then((status) => {
      if (status.ok && !response.writableEnded)
        response.write(`data: ${JSON.stringify({ type: 'session', session: status.result })}\n\n`);
    });
    const keepalive = setInterval(() => response.write(': ping\n\n'), EVENT_KEEPALIVE_MS);
    response.on('close', () => {
      clearInterval(keepalive);
      eventStreams.delete(response);
    });
  }

  function serveStatic(request: IncomingMessage, response: ServerResponse, pathname: string) {
    const file = resolveStaticFile(options.rendererDir, pathname);
    if (!file) {
      sendError(response, 404, { code: 'NOT_FOUND', message: 'Ressource introuvable.' });
      return;
    }
    const isHtml = file.endsWith('.html');
    response.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': mimeTypeOf(file),
      'Content-Security-Policy': csp(),
      'Cache-Control': isHtml ? 'no-store' : 'private, max-age=3600',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    streamFile(file).pipe(response);
  }

  const stats = { bytesRead: 0, maxConnectionBytesRead: 0 };
  const liveSockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    liveSockets.add(socket);
    socket.on('close', () => {
      liveSockets.delete(socket);
      stats.bytesRead += socket.bytesRead;
      stats.maxConnectionBytesRead = Math.max(stats.maxConnectionBytesRead, socket.bytesRead);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    bodyStats() {
      let bytesRead = stats.bytesRead;
      let maxConnectionBytesRead = stats.maxConnectionBytesRead;
      for (const socket of liveSockets) {
        bytesRead += socket.bytesRead;
        maxConnectionBytesRead = Math.max(maxConnectionBytesRead, socket.bytesRead);
      }
      return { bytesRead, maxConnectionBytesRead, peakBufferedBodyBytes: bodyBudget.peak };
    },
    async close() {
      unsubscribe();
      for (const stream of eventStreams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Refuses what a browser sent from another page; tools (no Origin, no Sec-Fetch-Site) are judged by the token. */
function isSameOriginRequest(request: IncomingMessage, port: number): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite && fetchSite !== 'same-origin') return false;
  const origin = request.headers.origin;
  if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return false;
  return true;
}
