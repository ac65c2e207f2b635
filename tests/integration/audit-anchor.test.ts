import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { dataPaths } from '@core/data-paths';
import { CHECKPOINT_FILE } from '@core/audit/checkpoint-file';
import { DEVICE_KEY_FILE } from '@core/audit/device-key';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { rechain, setHead, tamperWith } from '../support/audit-tamper';

const CLERK = {
  username: 'greffe',
  displayName: 'Gaëlle Greffe',
  role: 'secretariat' as const,
  passphrase: 'phrase de passe commune',
};

describe('the audit trail anchored outside the database', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let t: TestCore;
  let lastSeq: number;

  const login = (who: { username: string; passphrase: string } = ADMIN) =>
    t.ok('session.login', { username: who.username, passphrase: who.passphrase });
  /** The clerk, who knows only her own passphrase, rewrites the database while nobody is signed in. */
  const tamper = (edit: (knex: Knex) => Promise<unknown>) => tamperWith(temp.dir, CLERK, edit);
  const hashOf = async (knex: Knex, seq: number) => (await knex('audit_log').where({ seq }).first()).hash as string;

  beforeEach(async () => {
    temp = makeTempDir();
    t = await openTestCore(temp.dir, new FakeClock());
    await setupAdmin(t);
    await t.ok('users.create', CLERK);
    for (let i = 0; i < 6; i++) await t.ok('settings.update', { serviceName: `SPIP n° ${i}` });
    await t.ok('users.list');
    await t.ok('session.logout');
    await tamperWith(temp.dir, ADMIN, async (knex) => {
      lastSeq = Number((await knex('audit_log').max({ n: 'seq' }).first())?.n);
    });
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  async function verifyAfterSignIn() {
    await login();
    return t.ok('audit.verify');
  }

  it('verifies an untouched trail up to its last signed checkpoint', async () => {
    const result = await verifyAfterSignIn();
    expect(result).toMatchObject({ ok: true, firstBadSeq: null, problem: null });
    expect(result.lastCheckpoint?.seq).toBeGreaterThanOrEqual(lastSeq);
    const key = statSync(join(temp.dir, DEVICE_KEY_FILE));
    const file = statSync(join(temp.dir, CHECKPOINT_FILE));
    expect(key.mode & 0o777).toBe(0o600);
    expect(file.mode & 0o777).toBe(0o600);
  });

  it('detects case 1: an edited entry', async () => {
    await tamper((knex) => knex('audit_log').where({ seq: 4 }).update({ username: 'mallory' }));
    expect(await verifyAfterSignIn()).toMatchObject({ ok: false, firstBadSeq: 4, lastCheckpoint: null });
  });

  it('detects case 2: an entry deleted in the middle', async () => {
    await tamper((knex) => knex('audit_log').where({ seq: 5 }).delete());
    expect(await verifyAfterSignIn()).toMatchObject({ ok: false, firstBadSeq: 5, lastCheckpoint: null });
  });

  it('detects case 3: the last entry deleted and the head moved back to the one before', async () => {
    await tamper(async (knex) => {
      await knex('audit_log').where({ seq: lastSeq }).delete();
      await setHead(knex, lastSeq - 1, await hashOf(knex, lastSeq - 1));
    });
    const result = await verifyAfterSignIn();
    expect(result).toMatchObject({ ok: false, firstBadSeq: lastSeq, lastCheckpoint: null });
    expect(result.problem).toMatch(/ne contient plus l’état certifié par le point de contrôle signé du/);
  });

  it('detects case 4: the head rewound several entries', async () => {
    await tamper(async (knex) => {
      await knex('audit_log').where('seq', '>', 5).delete();
      await setHead(knex, 5, await hashOf(knex, 5));
    });
    expect(await verifyAfterSignIn()).toMatchObject({ ok: false, lastCheckpoint: null });
  });

  it('detects case 5: an entry edited and the chain re-hashed after it', async () => {
    await tamper(async (knex) => {
      await knex('audit_log').where({ seq: 4 }).update({ username: 'mallory', outcome: 'refused' });
      await rechain(knex);
    });
    const result = await verifyAfterSignIn();
    expect(result).toMatchObject({ ok: false, lastCheckpoint: null });
    expect(result.problem).toMatch(/chaînage recalculé/);
  });

  it('detects case 6: an entry deleted, the rest renumbered and re-hashed', async () => {
    await tamper(async (knex) => {
      await knex('audit_log').where({ seq: 5 }).delete();
      await rechain(knex);
    });
    expect(await verifyAfterSignIn()).toMatchObject({ ok: false, lastCheckpoint: null });
  });

  it('detects case 7: the whole trail wiped', async () => {
    await tamper(async (knex) => {
      await knex('audit_log').delete();
      await setHead(knex, 0, '');
    });
    const result = await verifyAfterSignIn();
    expect(result).toMatchObject({ ok: false, firstBadSeq: 2, lastCheckpoint: null });
    expect(result.problem).toMatch(/copie plus ancienne/);
  });

  it('detects case 8: the database file replaced by an older copy, the newer checkpoint file kept', async () => {
    await t.core.close();
    const { database } = dataPaths(temp.dir);
    const saved = join(temp.dir, 'old-copy');
    for (const suffix of ['', '-wal'])
      if (existsSync(database + suffix)) copyFileSync(database + suffix, saved + suffix);
    t = await openTestCore(temp.dir, new FakeClock());
    await login();
    for (let i = 0; i < 25; i++) await t.ok('users.list');
    await t.ok('session.logout');
    await t.core.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true });
    for (const suffix of ['', '-wal']) if (existsSync(saved + suffix)) copyFileSync(saved + suffix, database + suffix);
    t = await openTestCore(temp.dir, new FakeClock());
    const result = await verifyAfterSignIn();
    expect(result).toMatchObject({ ok: false, lastCheckpoint: null });
    expect(result.problem).toMatch(/copie plus ancienne/);
  });

  it('reports a checkpoint file with a bad signature, a broken line chain, or removed', async () => {
    await login();
    await t.ok('session.logout');
    const path = join(temp.dir, CHECKPOINT_FILE);
    const original = readFileSync(path, 'utf8');
    const lines = original.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);

    const forged = { ...JSON.parse(lines.at(-1)!), seq: 3 };
    writeFileSync(path, [...lines.slice(0, -1), JSON.stringify(forged)].join('\n') + '\n');
    expect((await verifyAfterSignIn()).problem).toMatch(/ligne \d+ : signature invalide/);
    await t.ok('session.logout');

    writeFileSync(path, [lines[0], ...lines.slice(2)].join('\n') + '\n');
    const broken = await verifyAfterSignIn();
    expect(broken).toMatchObject({ ok: false, lastCheckpoint: null });
    expect(broken.problem).toMatch(/ligne 2 : ne suit pas la ligne précédente/);
    await t.ok('session.logout');

    rmSync(path);
    expect((await verifyAfterSignIn()).problem).toMatch(/a disparu/);
    expect(existsSync(path)).toBe(false);
  });

  it('exports the latest signed checkpoint and the device key fingerprint to an administrator only', async () => {
    await login();
    const exported = await t.ok('audit.exportCheckpoint');
    expect(exported.publicKeyFingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(exported.checkpoint).toMatchObject({ seq: expect.any(Number), signature: expect.any(String) });
    const verified = await t.ok('audit.verify');
    expect(verified.lastCheckpoint?.seq).toBe(exported.checkpoint!.seq);
    await t.ok('session.logout');
    await login(CLERK);
    expect((await t.fail('audit.exportCheckpoint')).code).toBe('FORBIDDEN');
  });
});
