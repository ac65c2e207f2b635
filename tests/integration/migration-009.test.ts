import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase, type Database } from '@core/db/open-database';
import { migrationSource } from '@core/db/migrations';
import { makeTempDir } from '../support/temp-dir';

const AT = '2026-11-23T10:00:00.000Z';

/**
 * A database written before 009 (decision dates) opens with its measures enforceable on their decision date, as
 * contradictory judgments, and its suspensions kept without an invented decision: nothing is dropped.
 */
describe('migration 009-decision-dates on a database of the previous version', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let db: Database | null = null;

  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(async () => {
    await db?.close();
    temp.cleanup();
  });

  it('fills the enforceable date and source of existing measures and keeps their suspensions', async () => {
    const path = join(temp.dir, 'old.db');
    const key = randomBytes(32);
    db = await openDatabase(path, key);
    // Back to the schema before 009, then rows as that version wrote them.
    // Later migrations go down first, so the test keeps working as the list grows.
    while (await db.knex.schema.hasColumn('measures', 'enforceable_date'))
      await db.knex.migrate.down({ migrationSource, tableName: 'schema_migrations' });
    expect(await db.knex.schema.hasColumn('measures', 'enforceable_date')).toBe(false);
    const version = (await db.knex('schema_migrations').count({ n: '*' }).first())!.n;
    await db.knex.raw(`PRAGMA user_version = ${Number(version)}`);
    await db.knex('persons').insert({
      id: 'p1',
      dossier_number: 'D26-000001',
      last_name: 'Lefèvre',
      first_name: 'Zoé',
      birth_date: '1998-05-14',
      identity_key: 'lefevre|zoe|1998-05-14',
      created_at: AT,
      updated_at: AT,
    });
    await db.knex('measures').insert({
      id: 'm1',
      person_id: 'p1',
      type: 'tig',
      court: 'Tribunal judiciaire de Bordeaux',
      decision_date: '2026-03-10',
      hours_ordered: 70,
      deadline: '2027-09-10',
      offence_category: 'autre',
      status: 'suspendu',
      consent_status: 'hearing',
      consent_date: '2026-03-10',
      registered_on: '2026-03-20',
      deadline_after_closed_suspensions: '2027-09-10',
      created_at: AT,
      updated_at: AT,
    });
    await db.knex('suspensions').insert({
      id: 's1',
      measure_id: 'm1',
      reason: 'medical',
      from_date: '2026-10-01',
      note: 'Hospitalisation',
      created_at: AT,
      updated_at: AT,
    });
    await db.close();

    db = await openDatabase(path, key);
    expect(await db.knex('schema_migrations').pluck('name')).toContain('009-decision-dates');
    expect(await db.knex('measures').where({ id: 'm1' }).first()).toMatchObject({
      decision_date: '2026-03-10',
      enforceable_date: '2026-03-10',
      enforceable_source: 'contradictoire',
      consent_date: '2026-03-10',
    });
    expect(await db.knex('suspensions').where({ id: 's1' }).first()).toMatchObject({
      reason: 'medical',
      from_date: '2026-10-01',
      note: 'Hospitalisation',
      decision_date: null,
      decision_authority: null,
      decision_reference: null,
    });
  });
});
