import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';
import { flat, pdffonts, pdftotext } from '../support/pdf-tools';

/** The key as the sheet prints it (two rows of four groups, spaced dashes), folded back to its usual form. */
function keyPrintedIn(text: string): string | null {
  const match = flat(text).match(/([0-9A-Z]{4}(?:\s*-?\s*[0-9A-Z]{4}){7})/);
  return match ? match[1]!.replace(/[\s-]/g, '').match(/.{4}/g)!.join('-') : null;
}

describe('recovery key sheet: printed once, never archived', () => {
  let data: ReturnType<typeof makeTempDir>;
  let out: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let t: TestCore;

  beforeEach(async () => {
    data = makeTempDir();
    out = makeTempDir('tigdesk-sheet-');
    clock = new FakeClock();
    t = await openTestCore(data.dir, clock);
  });
  afterEach(async () => {
    await t.core.close();
    data.cleanup();
    out.cleanup();
  });

  it('prints the key just made, with the installation it opens, in embedded fonts', async () => {
    const { recoveryKey } = await setupAdmin(t);
    const sheet = await t.ok('documents.recoverySheet');
    const pdf = Buffer.from(sheet.pdfBase64, 'base64');
    const text = pdftotext(pdf, out.dir, 'sheet');
    expect(keyPrintedIn(text)).toBe(recoveryKey);
    const flatText = flat(text);
    for (const expected of [
      'Feuille de clé de secours',
      'SPIP de la Gironde',
      'Alice Martin (identifiant : admin)',
      '23 novembre 2026 à 10 h 00',
      'Phrase de passe oubliée (administrateur) ?',
    ]) {
      expect(flatText).toContain(expected);
    }
    const fonts = pdffonts(pdf, out.dir, 'sheet');
    expect(fonts.some((row) => row.includes('DejaVuSansMono-Bold'))).toBe(true);
    expect(fonts.every((row) => / yes /.test(row))).toBe(true);
  });

  it('gives the sheet only once, archives nothing and leaves the key nowhere on disk', async () => {
    const { recoveryKey } = await setupAdmin(t);
    await t.ok('documents.recoverySheet');
    const again = await t.fail('documents.recoverySheet');
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('qu’une fois');

    const audit = await t.ok('audit.list', { limit: 20 });
    expect(
      audit.entries.filter((entry) => entry.method === 'documents.recoverySheet').map((entry) => entry.outcome),
    ).toEqual(['refused', 'ok']);

    await t.core.close();
    const counts = await tableCounts(data.dir, ADMIN.username, ADMIN.passphrase);
    expect(counts.documents).toBe(0);
    for (const name of readdirSync(data.dir)) {
      expect(readFileSync(join(data.dir, name)).toString('latin1')).not.toContain(recoveryKey);
    }
    t = await openTestCore(data.dir, clock);
  });

  it('forgets the key when the session locks, and 15 minutes after it was made', async () => {
    await setupAdmin(t);
    await t.ok('session.lock');
    await t.ok('session.unlock', { passphrase: ADMIN.passphrase });
    expect((await t.fail('documents.recoverySheet')).code).toBe('CONFLICT');

    await t.ok('session.renewRecoveryKey', { passphrase: ADMIN.passphrase });
    // Kept active (no auto-lock) past the 15 minutes.
    clock.advance(8 * 60_000);
    await t.ok('session.activity');
    clock.advance(7 * 60_000 + 1);
    await t.ok('session.activity');
    expect((await t.fail('documents.recoverySheet')).code).toBe('CONFLICT');
  });

  it('renews the key: the old one stops opening the database, the new one prints once', async () => {
    const { recoveryKey: oldKey } = await setupAdmin(t);
    const keyringBefore = readFileSync(join(data.dir, 'tigdesk.keyring.json'), 'utf8');
    const wrong = await t.fail('session.renewRecoveryKey', { passphrase: 'pas la bonne phrase' });
    expect(wrong.code).toBe('VALIDATION');
    expect(wrong.fields?.[0]?.path).toBe('passphrase');
    expect(readFileSync(join(data.dir, 'tigdesk.keyring.json'), 'utf8')).toBe(keyringBefore);

    const { recoveryKey: newKey } = await t.ok('session.renewRecoveryKey', { passphrase: ADMIN.passphrase });
    expect(newKey).not.toBe(oldKey);
    const sheet = await t.ok('documents.recoverySheet');
    expect(keyPrintedIn(pdftotext(Buffer.from(sheet.pdfBase64, 'base64'), out.dir, 'renewed'))).toBe(newKey);

    await t.ok('session.logout');
    const refused = await t.fail('session.recover', {
      recoveryKey: oldKey,
      username: 'admin',
      passphrase: 'nouvelle phrase de passe 2026',
    });
    expect(refused.fields?.[0]?.path).toBe('recoveryKey');
    await t.ok('session.recover', {
      recoveryKey: newKey,
      username: 'admin',
      passphrase: 'nouvelle phrase de passe 2026',
    });
    await t.ok('session.login', { username: 'admin', passphrase: 'nouvelle phrase de passe 2026' });
  });

  it('stops printing once the administrator confirms the key is put away, and the keyring remembers it', async () => {
    await setupAdmin(t);
    expect(await t.ok('session.recoveryKeyStatus')).toEqual({ madeAt: '2026-11-23T09:00:00.000Z', confirmed: false });
    await t.ok('session.confirmRecoveryKey');
    expect((await t.fail('documents.recoverySheet')).code).toBe('CONFLICT');
    expect(await t.ok('session.recoveryKeyStatus')).toEqual({ madeAt: '2026-11-23T09:00:00.000Z', confirmed: true });

    clock.advance(60_000);
    await t.ok('session.renewRecoveryKey', { passphrase: ADMIN.passphrase });
    expect(await t.ok('session.recoveryKeyStatus')).toEqual({ madeAt: '2026-11-23T09:01:00.000Z', confirmed: false });
    await t.ok('documents.recoverySheet');
  });

  it('is for administrators only', async () => {
    await setupAdmin(t);
    await t.ok('users.create', {
      username: 'greffe',
      displayName: 'Paul Durand',
      role: 'secretariat',
      passphrase: 'phrase du greffe 2026',
    });
    await t.ok('session.logout');
    await t.ok('session.login', { username: 'greffe', passphrase: 'phrase du greffe 2026' });
    expect((await t.fail('documents.recoverySheet')).code).toBe('FORBIDDEN');
    expect((await t.fail('session.renewRecoveryKey', { passphrase: 'phrase du greffe 2026' })).code).toBe('FORBIDDEN');
    expect((await t.fail('session.confirmRecoveryKey')).code).toBe('FORBIDDEN');
    expect((await t.fail('session.recoveryKeyStatus')).code).toBe('FORBIDDEN');
  });
});
