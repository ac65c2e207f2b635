declare module 'knex/lib/dialects/sqlite3/index.js' {
  import type { Knex } from 'knex';
  const Client_SQLite3: new (config: Knex.Config) => Knex.Client;
  export default Client_SQLite3;
}
