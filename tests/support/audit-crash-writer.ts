/**
 * Child process for the audit crash test: renames the clerk through the router, then renames again and stops
 * inside the audit write of that call, telling the parent to kill it there.
 */
import { AuditTrail } from '@core/audit/audit-trail';
import { ADMIN, openTestCore } from './test-core';

const [dataDir] = process.argv.slice(2) as [string];
const t = await openTestCore(dataDir);
await t.ok('session.login', { username: ADMIN.username, passphrase: ADMIN.passphrase });
const clerk = (await t.ok('users.list')).find((u) => u.username === 'greffe')!;
await t.ok('users.update', { id: clerk.id, displayName: 'Renommée' });
const append = AuditTrail.prototype.append;
AuditTrail.prototype.append = async function (record) {
  if (record.method === 'users.update') {
    process.send?.({ auditing: true });
    await new Promise(() => {});
  }
  return append.call(this, record);
};
await t.ok('users.update', { id: clerk.id, displayName: 'Jamais' });
