import Client_SQLite3 from 'knex/lib/dialects/sqlite3/index.js';
import sqlcipher from '@journeyapps/sqlcipher';

/**
 * knex's SQLite dialect driven by the SQLCipher build of node-sqlite3 (same API, encrypted pages).
 * The key is applied in the pool's afterCreate hook, see open-database.ts.
 */
export class SqlCipherClient extends Client_SQLite3 {
  _driver(): unknown {
    return sqlcipher;
  }
}
