/**
 * The app:// protocol: serves the built renderer (dist/renderer) instead of file://, with the CSP on every
 * response, and the map files of the core (app://tigdesk/tiles/{z}/{x}/{y}, app://tigdesk/basemap/outline.geojson).
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MapResource } from '@core/geo/tile-route';
import { APP_SCHEME, isTrustedRendererUrl, mimeTypeFor, resolveAppAssetPath } from './guards';

/** Must run before app 'ready': app:// behaves like https (secure context, fetch, V8 code cache). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function securityHeaders(csp: string, contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function textResponse(status: number, body: string, csp: string): Response {
  return new Response(body, { status, headers: securityHeaders(csp, 'text/plain; charset=utf-8') });
}

async function readAsset(filePath: string): Promise<Uint8Array | null> {
  try {
    return await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    throw error;
  }
}

/**
 * Call after 'ready'. getCsp is read on every response so a changed tile server applies on the next load.
 * serveMap answers map paths (core's serveMapResource) and returns null for everything else.
 */
export function handleAppProtocol(
  rendererRoot: string,
  getCsp: () => string,
  serveMap: (pathname: string) => Promise<MapResource | null> = async () => null,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const csp = getCsp();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Méthode non autorisée.', csp);
    }
    if (isTrustedRendererUrl(request.url)) {
      try {
        const mapFile = await serveMap(new URL(request.url).pathname);
        if (mapFile) {
          return new Response(request.method === 'HEAD' ? null : new Uint8Array(mapFile.body), {
            status: mapFile.status,
            headers: { ...securityHeaders(csp, mapFile.contentType), 'Cache-Control': mapFile.cacheControl },
          });
        }
      } catch (error) {
        console.error('[app://] map file failed', request.url, error);
        return textResponse(500, 'Erreur interne.', csp);
      }
    }
    const filePath = resolveAppAssetPath(rendererRoot, request.url);
    if (filePath === null) return textResponse(404, 'Introuvable.', csp);
    try {
      let served = filePath;
      let body = await readAsset(served);
      // Client-side routes (no extension) fall back to the single page.
      if (body === null && path.extname(served) === '') {
        served = path.join(rendererRoot, 'index.html');
        body = await readAsset(served);
      }
      if (body === null) return textResponse(404, 'Introuvable.', csp);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: securityHeaders(csp, mimeTypeFor(served)),
      });
    } catch (error) {
      console.error('[app://] cannot read', filePath, error);
      return textResponse(500, 'Erreur interne.', csp);
    }
  });
}
