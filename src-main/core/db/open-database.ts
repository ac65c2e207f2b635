import knexFactory, { type Knex } from 'knex';
import sqlcipher from '@journeyapps/sqlcipher';
import { SqlCipherClient } from './sqlcipher-client';
import { MIGRATIONS, SCHEMA_VERSION, migrationSource } from './migrations';
import { newerSchemaError, wrongKeyError } from './database-errors';
import { runUnitOfWork, unitOfWorkKnex } from './unit-of-work';
import { ensurePrivateFile, restrictIfPresent } from '../util/private-files';

export const DATABASE_KEY_BYTES = 32;

export interface Database {
  /** Joins the current unit of work when there is one (see unit-of-work.ts). */
  knex: Knex;
  path: string;
  /** Runs `work` in one transaction that every query made through `knex` during it joins. */
  unitOfWork<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type RawConnection = InstanceType<typeof sqlcipher.Database>;

function keyPragma(key: Buffer): string {
  if (key.length !== DATABASE_KEY_BYTES) throw new Error('database key must be 256 bits');
  // Raw key syntax: SQLCipher uses these bytes directly and skips its own key derivation.
  return `PRAGMA key = "x'${key.toString('hex')}'"`;
}

function run(connection: RawConnection, sql: string): Promise<void> {
  return new Promise((resolve, reject) =>
    connection.run(sql, (error: Error | null) => (error ? reject(error) : resolve())),
  );
}

function get<T>(connection: RawConnection, sql: string): Promise<T> {
  return new Promise((resolve, reject) =>
    connection.get(sql, (error: Error | null, row: T) => (error ? reject(error) : resolve(row))),
  );
}

function openRaw(path: string): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const connection: RawConnection = new sqlcipher.Database(path, (error: Error | null) =>
      error ? reject(error) : resolve(connection),
    );
  });
}

function closeRaw(connection: RawConnection): Promise<void> {
  return new Promise((resolve) => connection.close(() => resolve()));
}

/** Applies the key and the pragmas of DESIGN.md §5 to a fresh connection; fails if the key is wrong. */
async function prepareConnection(connection: RawConnection, key: Buffer): Promise<void> {
  // A wrong key is reported by our typed error; SQLCipher's own stderr log would only add noise.
  await run(connection, 'PRAGMA cipher_log_level = NONE');
  await run(connection, keyPragma(key));
  try {
    await get(connection, 'SELECT count(*) AS n FROM sqlite_master');
  } catch {
    throw wrongKeyError();
  }
  await get(connection, 'PRAGMA journal_mode = WAL');
  await run(connection, 'PRAGMA synchronous = FULL');
  await run(connection, 'PRAGMA foreign_keys = ON');
  await run(connection, 'PRAGMA busy_timeout = 5000');
  // Every page read is decrypted: a larger cache (64 MiB) keeps the caseload and the catalogue's hot pages in clear
  // in memory instead of decrypting them again on every query.
  await run(connection, 'PRAGMA cache_size = -65536');
  await run(connection, 'PRAGMA temp_store = MEMORY');
}

/**
 * SQLite creates the database 0644 less the umask, and gives its WAL and SHM the database file's mode: a database
 * file made 0600 before SQLite opens it keeps all three private. The chmods after opening narrow files an older
 * version left wider.
 */
function restrictDatabaseFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) restrictIfPresent(file);
}

/** Checks the key and the schema version on a throwaway connection, so a failure never reaches knex's pool. */
async function probe(path: string, key: Buffer): Promise<void> {
  const connection = await openRaw(path);
  try {
    await prepareConnection(connection, key);
    const { user_version: version } = await get<{ user_version: number }>(connection, 'PRAGMA user_version');
    if (version > SCHEMA_VERSION) throw newerSchemaError(version, SCHEMA_VERSION);
  } finally {
    await closeRaw(connection);
  }
}

/**
 * Opens (creating if needed) the encrypted database at `path` with a raw 256-bit key, then applies the pending
 * migrations in order. One connection, as SQLite wants for writes.
 */
export async function openDatabase(path: string, key: Buffer): Promise<Database> {
  ensurePrivateFile(path);
  restrictDatabaseFiles(path);
  await probe(path, key);
  const knex = knexFactory({
    client: SqlCipherClient as unknown as typeof knexFactory.Client,
    connection: { filename: path },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(connection: RawConnection, done: (error: Error | null, connection: RawConnection) => void) {
        prepareConnection(connection, key).then(
          () => {
            restrictDatabaseFiles(path);
            done(null, connection);
          },
          (error: Error) => done(error, connection),
        );
      },
    },
  });
  try {
    await knex.migrate.latest({ migrationSource, tableName: 'schema_migrations' });
    await knex.raw(`PRAGMA user_version = ${MIGRATIONS.length}`);
    restrictDatabaseFiles(path);
  } catch (error) {
    await knex.destroy();
    throw error;
  }
  return {
    knex: unitOfWorkKnex(knex),
    path,
    unitOfWork: (work) => runUnitOfWork(knex, work),
    close: () => knex.destroy(),
  };
}
