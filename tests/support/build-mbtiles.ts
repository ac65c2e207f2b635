/**
 * Builds small MBTiles 1.3 files for tests: plain SQLite written with @journeyapps/sqlcipher without a key, the
 * `metadata` and `tiles` tables, rows in TMS order, tiles as solid-colour PNGs made by the encoder below.
 */
import sqlcipher from '@journeyapps/sqlcipher';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A valid solid-colour RGB PNG (8 bits per channel, no interlace), 256×256 by default. */
export function solidPng(rgb: readonly [number, number, number], size = 256): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const row = Buffer.alloc(1 + size * 3); // filter byte 0, then the pixels
  for (let i = 0; i < size; i++) row.set(rgb, 1 + i * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface TileSpec {
  /** XYZ order, as the map asks; stored with the TMS row. */
  z: number;
  x: number;
  y: number;
  data: Buffer;
}

export interface MbtilesSpec {
  tiles: TileSpec[];
  /** Rows of the metadata table; null leaves the key out. */
  metadata?: Record<string, string | null>;
  /** 'no-tiles' builds a SQLite file without the tiles table. */
  shape?: 'mbtiles' | 'no-tiles';
}

type Raw = InstanceType<typeof sqlcipher.Database>;

function run(db: Raw, sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) =>
    db.run(sql, params, (error: Error | null) => (error ? reject(error) : resolve())),
  );
}

export async function buildMbtiles(path: string, spec: MbtilesSpec): Promise<void> {
  const db: Raw = await new Promise((resolve, reject) => {
    const opened: Raw = new sqlcipher.Database(path, (error: Error | null) =>
      error ? reject(error) : resolve(opened),
    );
  });
  try {
    await run(db, 'CREATE TABLE metadata (name TEXT, value TEXT)');
    const metadata: Record<string, string | null> = {
      name: 'Gironde test',
      format: 'png',
      minzoom: null,
      maxzoom: null,
      bounds: null,
      attribution: '© Test <b>carto</b>',
      ...spec.metadata,
    };
    for (const [name, value] of Object.entries(metadata)) {
      if (value !== null) await run(db, 'INSERT INTO metadata (name, value) VALUES (?, ?)', [name, value]);
    }
    if (spec.shape === 'no-tiles') return;
    await run(db, 'CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)');
    await run(db, 'CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)');
    for (const tile of spec.tiles) {
      await run(db, 'INSERT INTO tiles VALUES (?, ?, ?, ?)', [tile.z, tile.x, 2 ** tile.z - 1 - tile.y, tile.data]);
    }
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}
