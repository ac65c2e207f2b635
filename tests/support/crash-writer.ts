/**
 * Child process for the crash test: commits users one by one, tells the parent how many are committed, then
 * opens one more transaction and waits inside it to be killed.
 */
import { openDatabase } from '@core/db/open-database';
import { attachRepositories } from '@core/services/open-session';
import { uuidv7 } from '@core/util/uuid7';

const [path, keyHex] = process.argv.slice(2) as [string, string];
const db = await openDatabase(path, Buffer.from(keyHex, 'hex'));
const repos = await attachRepositories(db);
const at = new Date().toISOString();
const count = 25;
for (let i = 0; i < count; i++) {
  await db.knex.transaction((trx) =>
    repos.users.insert(trx, { id: uuidv7(), username: `user${i}`, displayName: `User ${i}`, role: 'cpip' }, at),
  );
}
await db.knex.transaction(async (trx) => {
  await repos.users.insert(trx, { id: uuidv7(), username: 'uncommitted', displayName: 'Never', role: 'cpip' }, at);
  process.send?.({ committed: count });
  await new Promise(() => {});
});
