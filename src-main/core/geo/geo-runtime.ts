import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TILE_URL, isSecureOrigin, urlOrigin } from '@shared/schemas/geo';
import { DEFAULT_TILE_ORIGINS, validateTileOrigin } from '../hosts/csp';
import { writeFileAtomic } from '../util/atomic-file';
import { MbtilesReader } from './mbtiles';

export const GEOCODE_TIMEOUT_MS = 3_000;

export interface GeoRuntimeOptions {
  dataDir: string;
  resourcesDir: string;
  /** How long the online address API may take before the offline gazetteer answers instead. */
  geocodeTimeoutMs?: number;
}

/**
 * What the map needs on this device, outside the encrypted database: the imported MBTiles copy and its reader, the
 * bundled fallback outline, and the online tile origin the CSP must allow. The origin is kept in a small plain file
 * because the page (and so its CSP) is loaded before anyone logs in, when the settings cannot be read yet.
 */
export class GeoRuntime {
  readonly mbtilesPath: string;
  readonly outlinePath: string;
  readonly mbtiles: MbtilesReader;
  readonly geocodeTimeoutMs: number;
  private readonly originsPath: string;
  private origins: readonly string[];

  constructor(options: GeoRuntimeOptions) {
    this.mbtilesPath = join(options.dataDir, 'basemap.mbtiles');
    this.outlinePath = join(options.resourcesDir, 'basemap', 'france-outline.geojson');
    this.originsPath = join(options.dataDir, 'map-tile-origins.json');
    this.mbtiles = new MbtilesReader(this.mbtilesPath);
    this.geocodeTimeoutMs = options.geocodeTimeoutMs ?? GEOCODE_TIMEOUT_MS;
    this.origins = this.readOrigins();
  }

  /** Origins allowed in img-src for online tiles: the configured one (https only), or the default IGN one. */
  tileOrigins(): readonly string[] {
    return this.origins;
  }

  /** Called whenever the geo settings are read or changed, so that the next page load gets the right CSP. */
  rememberTileUrl(tileUrlTemplate: string): void {
    const origins = originsFor(tileUrlTemplate);
    if (origins.join(' ') === this.origins.join(' ')) return;
    this.origins = origins;
    try {
      writeFileAtomic(this.originsPath, JSON.stringify({ tileOrigins: origins }));
    } catch (error) {
      console.error('[geo] cannot remember the tile origin for the CSP', error);
    }
  }

  async close(): Promise<void> {
    await this.mbtiles.reset();
  }

  private readOrigins(): readonly string[] {
    if (!existsSync(this.originsPath)) return originsFor(DEFAULT_TILE_URL);
    try {
      const stored = JSON.parse(readFileSync(this.originsPath, 'utf8')) as { tileOrigins?: unknown };
      if (!Array.isArray(stored.tileOrigins)) return originsFor(DEFAULT_TILE_URL);
      // The file lives outside the encrypted database: every value is checked again before it reaches a header.
      return stored.tileOrigins.filter((o): o is string => typeof o === 'string').flatMap((o) => safeOrigin(o));
    } catch {
      return originsFor(DEFAULT_TILE_URL);
    }
  }
}

function safeOrigin(origin: string): string[] {
  if (!isSecureOrigin(origin)) return [];
  try {
    return [validateTileOrigin(origin)];
  } catch {
    return [];
  }
}

/** A loopback http origin (test servers) is never added to the CSP; the default IGN origin always stays allowed. */
function originsFor(tileUrlTemplate: string): readonly string[] {
  return [...new Set([...DEFAULT_TILE_ORIGINS, ...safeOrigin(urlOrigin(tileUrlTemplate))])];
}
