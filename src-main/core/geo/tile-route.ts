import { readFile } from 'node:fs/promises';
import type { GeoRuntime } from './geo-runtime';

/** A map file answered by either host (browser host or Electron's app:// protocol). */
export interface MapResource {
  status: number;
  contentType: string;
  cacheControl: string;
  body: Buffer;
}

const TILE_PATH = /^\/tiles\/(\d{1,2})\/(\d{1,8})\/(\d{1,8})$/;
const OUTLINE = '/basemap/outline.geojson';

function notFound(message: string): MapResource {
  return {
    status: 404,
    contentType: 'application/json; charset=utf-8',
    cacheControl: 'no-store',
    body: Buffer.from(JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message } })),
  };
}

/**
 * Serves GET /tiles/{z}/{x}/{y} (XYZ order, from the imported MBTiles) and GET /basemap/outline.geojson (the bundled
 * fallback outline). Returns null for any other path, which the host then serves as usual. Map data is not personal
 * data: it needs the host's usual access token, not an open session.
 */
export async function serveMapResource(geo: GeoRuntime, pathname: string): Promise<MapResource | null> {
  if (pathname === OUTLINE) {
    try {
      const body = await readFile(geo.outlinePath);
      return {
        status: 200,
        contentType: 'application/geo+json; charset=utf-8',
        cacheControl: 'private, max-age=3600',
        body,
      };
    } catch {
      return notFound('Contour de carte de secours introuvable.');
    }
  }
  if (!pathname.startsWith('/tiles/')) return null;
  const match = TILE_PATH.exec(pathname);
  if (!match) return notFound('Adresse de tuile invalide : /tiles/{z}/{x}/{y} attendu.');
  const [z, x, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (z > 24 || x >= 2 ** z || y >= 2 ** z) return notFound('Tuile hors de la grille.');
  const tile = await geo.mbtiles.tile(z, x, y);
  if (!tile) return notFound('Tuile absente du fond de carte hors ligne.');
  // The URL carries the file's version (?v=), so tiles may be kept a day.
  return { status: 200, contentType: tile.contentType, cacheControl: 'private, max-age=86400', body: tile.data };
}
