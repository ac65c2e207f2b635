import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase, type Database } from '@core/db/open-database';
import { AuditTrail, type AuditRecord } from '@core/audit/audit-trail';
import { makeTempDir } from '../support/temp-dir';

const entry = (i: number): AuditRecord => ({
  at: new Date(Date.UTC(2026, 10, 23, 9, 0, i)).toISOString(),
  userId: 'u1',
  username: 'alice',
  role: 'cpip',
  method: i % 2 ? 'users.list' : 'users.update',
  entityIds: [`id-${i}`],
  outcome: 'ok',
  errorCode: null,
});

describe('hash-chained audit trail', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let db: Database;
  let audit: AuditTrail;

  beforeEach(async () => {
    temp = makeTempDir();
    db = await openDatabase(join(temp.dir, 'a.db'), randomBytes(32));
    audit = new AuditTrail(db.knex);
    for (let i = 1; i <= 10; i++) await audit.append(entry(i));
  });
  afterEach(async () => {
    await db.close();
    temp.cleanup();
  });

  it('verifies an untouched chain and lists newest first', async () => {
    expect(await audit.verify()).toEqual({ ok: true, checked: 10, firstBadSeq: null, problem: null });
    const { entries, total } = await audit.list({ limit: 3 });
    expect(total).toBe(10);
    expect(entries.map((e) => e.seq)).toEqual([10, 9, 8]);
    expect((await audit.list({ limit: 3, beforeSeq: 8 })).entries.map((e) => e.seq)).toEqual([7, 6, 5]);
  });

  it('detects an edited entry', async () => {
    await db.knex('audit_log').where({ seq: 4 }).update({ username: 'mallory' });
    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 4 });
  });

  it('detects an edited entry even when its own hash is recomputed', async () => {
    await db
      .knex('audit_log')
      .where({ seq: 6 })
      .update({ outcome: 'refused', hash: 'f'.repeat(64) });
    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 6 });
  });

  it('detects a deleted entry in the middle', async () => {
    await db.knex('audit_log').where({ seq: 5 }).delete();
    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 5, problem: 'Entrée n° 5 manquante.' });
  });

  it('detects deleted entries at the end', async () => {
    await db.knex('audit_log').where('seq', '>', 8).delete();
    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 9 });
  });
});
