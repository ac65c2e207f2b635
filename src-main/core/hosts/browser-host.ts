import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_STATUS_BY_CODE } from '@shared/errors';
import type { AppCore } from '../app-core';
import { contentSecurityPolicy } from './csp';
import { BASE_HEADERS, sendError, sendJson } from './http-replies';
import { mimeTypeOf, resolveStaticFile, streamFile } from './static-files';
import { TOKEN_COOKIE, generateAccessToken, presentedToken, tokenMatches } from './access-token';
import { rpcCatalogue } from './rpc-catalogue';

// Large enough for a national gazetteer of communes or a clerk's CSV list, small enough to refuse abuse.
export const MAX_BODY_BYTES = 12 * 1024 * 1024;
const EVENT_KEEPALIVE_MS = 25_000;

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
  /** The address to open, token included; the page trades it for a cookie and drops it from the address bar. */
  url: string;
  close(): Promise<void>;
}

const UNAUTHORIZED = {
  code: 'FORBIDDEN',
  message: "Jeton d'accès absent ou invalide : ouvrez TIG Desk avec l'adresse affichée au lancement.",
} as const;

/**
 * The loopback host (DESIGN.md §4): serves the built renderer and the RPC contract over HTTP to a browser on the
 * same machine. 127.0.0.1 only, a random token on every request, the Host header checked, no CORS.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? generateAccessToken();
  // Built per response: the online tile server in the settings may change while the host runs.
  const csp = () => contentSecurityPolicy({ tileOrigins: options.core.maps.tileOrigins() });
  const eventStreams = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = options.core.onEvent((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error('[browser-host]', error);
      if (!response.headersSent)
        sendError(response, 500, { code: 'INTERNAL', message: 'Erreur interne du service local.' });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      sendError(response, 403, { code: 'FORBIDDEN', message: 'Adresse non autorisée.' });
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    // Opening the printed address: trade the token in the query for a cookie, then drop it from the address bar.
    if (request.method === 'GET' && url.searchParams.has('token')) {
      if (!tokenMatches(url.searchParams.get('token'), token)) {
        sendError(response, 401, UNAUTHORIZED);
        return;
      }
      response.writeHead(303, {
        ...BASE_HEADERS,
        Location: url.pathname,
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }

    const proof = presentedToken(request, token);
    if (!proof) {
      request.resume();
      sendError(response, 401, UNAUTHORIZED);
      return;
    }

    if (url.pathname === '/rpc' && request.method === 'GET') {
      sendJson(response, 200, rpcCatalogue());
      return;
    }
    if (url.pathname.startsWith('/rpc/')) {
      if (request.method !== 'POST') {
        request.resume();
        sendError(response, 405, { code: 'VALIDATION', message: 'Méthode HTTP non autorisée : utilisez POST.' });
        return;
      }
      await handleRpc(request, response, url.pathname.slice('/rpc/'.length), proof);
      return;
    }
    if (url.pathname === '/events' && request.method === 'GET') {
      openEventStream(response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      request.resume();
      sendError(response, 405, { code: 'VALIDATION', message: 'Méthode HTTP non autorisée.' });
      return;
    }
    // Offline basemap tiles and the fallback outline (src-main/core/geo/tile-route.ts), shared with app://.
    const mapFile = await options.core.maps.serve(url.pathname);
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
    serveStatic(request, response, url.pathname);
  }

  async function handleRpc(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
    proof: 'header' | 'cookie',
  ) {
    // A cookie travels with any request the browser makes: accept it only from our own page.
    if (proof === 'cookie' && !isSameOriginRequest(request, port)) {
      request.resume();
      sendError(response, 403, { code: 'FORBIDDEN', message: 'Requête d’une autre origine refusée.' });
      return;
    }
    if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      request.resume();
      sendError(response, 415, {
        code: 'VALIDATION',
        message: 'Le corps de la requête doit être du JSON (Content-Type: application/json).',
      });
      return;
    }
    const body = await readBody(request);
    if (body === 'too-large') {
      // Read and drop the rest so that the client receives the answer instead of a reset connection.
      request.resume();
      response.setHeader('Connection', 'close');
      sendError(response, 413, {
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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    async close() {
      unsubscribe();
      for (const stream of eventStreams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function isSameOriginRequest(request: IncomingMessage, port: number): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite && fetchSite !== 'same-origin') return false;
  const origin = request.headers.origin;
  if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return false;
  return true;
}

function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
