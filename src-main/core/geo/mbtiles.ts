/**
 * MBTiles 1.3 (raster tiles in SQLite, as written by QGIS or GDAL): validation of a file before it is imported, and
 * a read-only reader of the imported copy. The file is plain SQLite: @journeyapps/sqlcipher opens it unencrypted when
 * no key is given. Rows are in TMS order (row 0 at the south), the map asks in XYZ order (row 0 at the north).
 */
import sqlcipher from '@journeyapps/sqlcipher';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '@shared/errors';
import type { Bounds, MbtilesInfo } from '@shared/schemas/geo';
import { LruCache } from './lru-cache';

type Raw = InstanceType<typeof sqlcipher.Database>;
export type TileFormat = MbtilesInfo['format'];

export const TILE_CONTENT_TYPES: Record<TileFormat, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
};
export const MAX_ZOOM = 24;
const MERCATOR_MAX_LAT = 85.0511287798;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function refused(reason: string): AppError {
  const message = `Fichier MBTiles refusé : ${reason}`;
  return new AppError('VALIDATION', message, { fields: [{ path: 'path', message }] });
}

function openReadOnly(path: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const connection: Raw = new sqlcipher.Database(path, sqlcipher.OPEN_READONLY, (error: Error | null) =>
      error ? reject(error) : resolve(connection),
    );
  });
}

function close(connection: Raw): Promise<void> {
  return new Promise((resolve) => connection.close(() => resolve()));
}

function all<T>(connection: Raw, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((resolve, reject) =>
    connection.all(sql, params, (error: Error | null, rows: T[]) => (error ? reject(error) : resolve(rows))),
  );
}

function get<T>(connection: Raw, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return new Promise((resolve, reject) =>
    connection.get(sql, params, (error: Error | null, row: T | undefined) => (error ? reject(error) : resolve(row))),
  );
}

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** The image format of a tile, from its first bytes. */
export function sniffFormat(data: Buffer): TileFormat | 'gzip' | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpg';
  if (data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) return 'gzip';
  return null;
}

function tileToLongitude(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

function tileToLatitude(y: number, z: number): number {
  const n = Math.PI * (1 - (2 * y) / 2 ** z);
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function parseZoom(value: string | undefined, name: string): number | null {
  if (value === undefined || value.trim() === '') return null;
  const zoom = Number(value);
  if (!Number.isInteger(zoom) || zoom < 0 || zoom > MAX_ZOOM)
    throw refused(`niveau de zoom ${name} invalide (« ${value.slice(0, 20)} »).`);
  return zoom;
}

function parseBounds(value: string | undefined): Bounds | null {
  if (value === undefined || value.trim() === '') return null;
  const parts = value.split(',').map((part) => Number(part.trim()));
  const [west, south, east, north] = parts;
  const valid =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    west! >= -180 &&
    east! <= 180 &&
    west! < east! &&
    south! >= -90 &&
    north! <= 90 &&
    south! < north!;
  if (!valid)
    throw refused(`emprise (bounds) invalide : « ${value.slice(0, 60)} » (ouest,sud,est,nord en degrés attendus).`);
  return {
    west: west!,
    south: Math.max(south!, -MERCATOR_MAX_LAT),
    east: east!,
    north: Math.min(north!, MERCATOR_MAX_LAT),
  };
}

function plainText(value: string | undefined, max: number): string | null {
  if (!value) return null;
  const text = value
    .replace(/<[^>]*>/g, ' ')
    .replace(/[<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text.slice(0, max);
}

/**
 * Checks that `path` is a raster MBTiles this app can serve and describes it; throws a VALIDATION AppError in French
 * otherwise. Opens the file read-only and writes nothing.
 */
export async function inspectMbtiles(path: string): Promise<MbtilesInfo> {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw refused(`« ${path} » n’est pas un fichier.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refused(`fichier introuvable ou illisible (« ${path} »).`);
  }
  if (!hasSqliteHeader(path)) throw refused('ce n’est pas une base SQLite (un fichier .mbtiles est attendu).');

  let connection: Raw;
  try {
    connection = await openReadOnly(path);
  } catch {
    throw refused('la base SQLite ne peut pas être ouverte.');
  }
  try {
    const objects = await all<{ name: string }>(
      connection,
      "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name IN ('metadata', 'tiles')",
    ).catch(() => {
      throw refused('la base SQLite est illisible (fichier endommagé ou chiffré).');
    });
    const names = new Set(objects.map((o) => o.name));
    const missing = ['metadata', 'tiles'].filter((name) => !names.has(name));
    if (missing.length > 0)
      throw refused(`table(s) ${missing.join(' et ')} absente(s) : ce n’est pas un fichier MBTiles.`);

    const metadataRows = await all<{ name: unknown; value: unknown }>(
      connection,
      'SELECT name, value FROM metadata',
    ).catch(() => {
      throw refused('la table metadata doit avoir les colonnes name et value.');
    });
    const metadata = new Map<string, string>();
    for (const row of metadataRows) {
      if (typeof row.name === 'string' && row.value !== null && row.value !== undefined)
        metadata.set(row.name.toLowerCase(), String(row.value));
    }

    const first = await get<{ zoom_level: number; tile_column: number; tile_row: number; tile_data: unknown }>(
      connection,
      'SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1',
    ).catch(() => {
      throw refused('la table tiles doit avoir les colonnes zoom_level, tile_column, tile_row et tile_data.');
    });
    if (!first) throw refused('il ne contient aucune tuile.');
    if (!Buffer.isBuffer(first.tile_data)) throw refused('les tuiles doivent être des images (colonne tile_data).');

    const sniffed = sniffFormat(first.tile_data);
    const declared = metadata.get('format')?.trim().toLowerCase();
    if (declared === 'pbf' || declared === 'mvt' || sniffed === 'gzip') {
      throw refused(
        'tuiles vectorielles (pbf) non prises en charge : un MBTiles raster (png, jpg ou webp) est attendu.',
      );
    }
    const named = declared === 'jpeg' ? 'jpg' : declared;
    const format: TileFormat | null =
      named === undefined || named === ''
        ? sniffed
        : ((['png', 'jpg', 'webp'] as const).find((f) => f === named) ?? null);
    if (!format)
      throw refused(
        `format de tuiles « ${(declared ?? 'inconnu').slice(0, 20)} » non pris en charge (png, jpg ou webp).`,
      );
    if (sniffed !== format) throw refused(`les tuiles ne sont pas au format annoncé (${format}).`);

    const range = await get<{ low: number | null; high: number | null }>(
      connection,
      'SELECT min(zoom_level) AS low, max(zoom_level) AS high FROM tiles',
    );
    const tileLow = range?.low ?? 0;
    const tileHigh = range?.high ?? 0;
    if (!Number.isInteger(tileLow) || !Number.isInteger(tileHigh) || tileLow < 0 || tileHigh > MAX_ZOOM) {
      throw refused(`niveaux de zoom des tuiles hors limites (0 à ${MAX_ZOOM}).`);
    }
    const minzoom = parseZoom(metadata.get('minzoom'), 'minimal') ?? tileLow;
    const maxzoom = parseZoom(metadata.get('maxzoom'), 'maximal') ?? tileHigh;
    if (minzoom > maxzoom) throw refused(`zoom minimal (${minzoom}) supérieur au zoom maximal (${maxzoom}).`);

    let bounds = parseBounds(metadata.get('bounds'));
    if (!bounds) {
      const extent = await get<{ x0: number; x1: number; r0: number; r1: number }>(
        connection,
        'SELECT min(tile_column) AS x0, max(tile_column) AS x1, min(tile_row) AS r0, max(tile_row) AS r1 FROM tiles WHERE zoom_level = ?',
        [tileLow],
      );
      const n = 2 ** tileLow;
      const x0 = extent?.x0 ?? 0;
      const x1 = extent?.x1 ?? n - 1;
      // TMS rows count from the south: the highest row is the northern edge.
      const yNorth = n - 1 - (extent?.r1 ?? n - 1);
      const ySouth = n - 1 - (extent?.r0 ?? 0);
      bounds = {
        west: round(tileToLongitude(x0, tileLow)),
        south: round(tileToLatitude(ySouth + 1, tileLow)),
        east: round(tileToLongitude(x1 + 1, tileLow)),
        north: round(tileToLatitude(yNorth, tileLow)),
      };
    }

    const centerParts = (metadata.get('center') ?? '').split(',').map((part) => Number(part.trim()));
    const centerValid =
      centerParts.length >= 2 &&
      centerParts.slice(0, 2).every(Number.isFinite) &&
      centerParts[0]! >= bounds.west &&
      centerParts[0]! <= bounds.east &&
      centerParts[1]! >= bounds.south &&
      centerParts[1]! <= bounds.north;
    const centerZoom =
      centerParts.length >= 3 && Number.isInteger(centerParts[2])
        ? Math.min(Math.max(centerParts[2]!, minzoom), maxzoom)
        : minzoom;
    const center = centerValid
      ? { longitude: centerParts[0]!, latitude: centerParts[1]!, zoom: centerZoom }
      : {
          longitude: round((bounds.west + bounds.east) / 2),
          latitude: round((bounds.south + bounds.north) / 2),
          zoom: minzoom,
        };

    return {
      name: plainText(metadata.get('name'), 120) ?? basename(path).replace(/\.mbtiles$/i, ''),
      format,
      minzoom,
      maxzoom,
      bounds,
      center,
      attribution: plainText(metadata.get('attribution'), 300),
      sizeBytes: size,
    };
  } finally {
    await close(connection);
  }
}

export interface Tile {
  data: Buffer;
  contentType: string;
}

/**
 * Serves tiles of the imported MBTiles copy: one read-only connection opened on first use, a small LRU cache of
 * tiles. `reset()` drops both, before the file is replaced.
 */
export class MbtilesReader {
  private connection: Promise<Raw> | null = null;
  private described: Promise<{ info: MbtilesInfo; version: string } | null> | null = null;
  private readonly cache = new LruCache<Buffer>(512, 32 * 1024 * 1024);
  private readonly missing = Buffer.alloc(0);

  constructor(readonly path: string) {}

  /** The imported file's description and a version stamp (changes with each import), or null when there is none. */
  describe(): Promise<{ info: MbtilesInfo; version: string } | null> {
    this.described ??= (async () => {
      let stat;
      try {
        stat = statSync(this.path);
      } catch {
        return null;
      }
      try {
        const info = await inspectMbtiles(this.path);
        return { info, version: `${Math.round(stat.mtimeMs).toString(36)}${stat.size.toString(36)}` };
      } catch (error) {
        console.error('[mbtiles] the imported basemap cannot be read', error);
        return null;
      }
    })();
    return this.described;
  }

  /** Tile z/x/y in XYZ order, or null when the file has none there. */
  async tile(z: number, x: number, y: number): Promise<Tile | null> {
    const described = await this.describe();
    if (!described) return null;
    const { format } = described.info;
    const key = `${z}/${x}/${y}`;
    let data = this.cache.get(key);
    if (data === undefined) {
      this.connection ??= openReadOnly(this.path);
      const connection = await this.connection;
      const tmsRow = 2 ** z - 1 - y;
      const row = await get<{ tile_data: unknown }>(
        connection,
        'SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?',
        [z, x, tmsRow],
      );
      data = row && Buffer.isBuffer(row.tile_data) && row.tile_data.length > 0 ? row.tile_data : this.missing;
      this.cache.set(key, data);
    }
    if (data.length === 0) return null;
    return { data, contentType: TILE_CONTENT_TYPES[format] };
  }

  /** Closes the connection and forgets everything read; the next call reopens the file as it is then. */
  async reset(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    this.described = null;
    this.cache.clear();
    if (connection) await close(await connection).catch(() => undefined);
  }
}
