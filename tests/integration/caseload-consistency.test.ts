import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { buildDemo, DEMO_PASSPHRASE, DEMO_NOW } from '../support/demo-build';
import { FakeClock, openTestCore, type TestCore } from '../support/test-core';
import type { CaseloadItem } from '@shared/schemas/caseload';
import { identityKey } from '@core/repo/row-codec';

/**
 * The caseload filters alerts in SQL (on facts copied onto each measure) while each row's alerts come from the
 * TypeScript rules: on the varied demo dataset, both must pick exactly the same measures.
 */
describe('caseload filters agree with the shared rules', () => {
  const temp = makeTempDir();
  let t: TestCore;

  async function all(filters: Record<string, unknown>): Promise<CaseloadItem[]> {
    const items: CaseloadItem[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await t.ok('measures.caseload', { ...filters, offset, limit: 200 });
      items.push(...page.items);
      if (items.length >= page.total) return items;
    }
  }

  beforeAll(async () => {
    await buildDemo(temp.dir, 7);
    t = await openTestCore(temp.dir, new FakeClock(DEMO_NOW.getTime()));
    const admin = { username: 'admin', passphrase: DEMO_PASSPHRASE };
    await t.ok('session.login', admin);
    const dpip = (await t.ok('users.list')).find((u) => u.role === 'dpip')!;
    await t.ok('session.logout');
    await t.ok('session.login', { username: dpip.username, passphrase: DEMO_PASSPHRASE });
  }, 120_000);
  afterAll(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('"with alerts" returns exactly the measures whose rules raise an alert', async () => {
    const every = await all({});
    const flagged = await all({ withAlertsOnly: true });
    const expected = every
      .filter((i) => i.alerts.length > 0)
      .map((i) => i.measureId)
      .sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(flagged.map((i) => i.measureId).sort()).toEqual(expected);
    const kinds = new Set(every.flatMap((i) => i.alerts.map((a) => a.kind)));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['consent_pending', 'deadline_near', 'no_hours']));
  });

  it('"no hours for 21 days" returns exactly the measures with that alert', async () => {
    const every = await all({});
    const noHours = await all({ noHoursForDays: 21 });
    expect(noHours.map((i) => i.measureId).sort()).toEqual(
      every
        .filter((i) => i.alerts.some((a) => a.kind === 'no_hours'))
        .map((i) => i.measureId)
        .sort(),
    );
  });

  it('sorts by name and by deadline the same way page after page', async () => {
    const byName = await all({ sort: 'name' });
    // Accents and case do not count: "Étienne" sorts with the E.
    const names = byName.map((i) => identityKey(i.lastName, i.firstName, i.birthDate));
    expect(names).toEqual([...names].sort());
    expect(names.length).toBeGreaterThan(100);
    const byDeadline = await all({ sort: 'deadline' });
    const deadlines = byDeadline.map((i) => i.effectiveDeadline);
    expect(deadlines).toEqual([...deadlines].sort());
  });
});
