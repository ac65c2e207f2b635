import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';
import { DECISION } from '../support/documents-office';

// Issue 10, decisions and dates: enforceable date, consent date, suspension decision, minors by age. Each refusal
// goes through the router and writes nothing (the audit trail aside).
const PASS = 'phrase de passe commune';
const CPIP = { username: 'paul', displayName: 'Paul Durand', role: 'cpip' as const, passphrase: PASS };
const CLERK = { username: 'greffe', displayName: 'Gaëlle Greffe', role: 'secretariat' as const, passphrase: PASS };
const ZOE = { lastName: 'Lefèvre', firstName: 'Zoé', birthDate: '1998-05-14', city: 'Bègles', postalCode: '33130' };
// Today is 2026-11-23; DECISION is dated 2026-10-01, deadline 2028-04-01.

describe('decision rules through the router', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let t: TestCore;

  const dataCounts = async () =>
    Object.fromEntries(
      Object.entries(await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase)).filter(
        ([table]) => !table.includes('audit'),
      ),
    );

  beforeEach(async () => {
    temp = makeTempDir();
    t = await openTestCore(temp.dir, new FakeClock(Date.parse('2026-11-23T09:00:00Z')));
    await setupAdmin(t);
    await t.ok('users.create', CPIP);
    await t.ok('users.create', CLERK);
    await t.ok('session.logout');
    await t.ok('session.login', { username: CPIP.username, passphrase: PASS });
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  describe('enforceable date', () => {
    it('defaults to the decision date, contradictoire', async () => {
      const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
      expect(measure).toMatchObject({ enforceableDate: '2026-10-01', enforceableSource: 'contradictoire' });
    });

    it('runs the deadline from a service: 18 months after it accepted, one day more refused', async () => {
      const served = { ...DECISION, enforceableSource: 'signification', enforceableDate: '2026-10-20' } as const;
      const before = await dataCounts();
      const late = await t.fail('measures.register', { person: ZOE, measure: { ...served, deadline: '2028-04-21' } });
      expect(late.fields).toEqual([
        {
          path: 'measure.deadline',
          message:
            'Le délai d’exécution ne peut dépasser 18 mois après la date où la décision est devenue exécutoire (20/10/2026), soit le 20 avril 2028.',
        },
      ]);
      expect(await dataCounts()).toEqual(before);
      const { measure } = await t.ok('measures.register', {
        person: ZOE,
        measure: { ...served, deadline: '2028-04-20' },
      });
      expect(measure).toMatchObject({ enforceableDate: '2026-10-20', enforceableSource: 'signification' });
    });

    it.each([
      ['the day before the decision', 'signification', '2026-09-30', 'avant d’avoir été rendue'],
      ['tomorrow', 'signification', '2026-11-24', 'ne peut être après aujourd’hui'],
      ['another day for a contradictory judgment', 'contradictoire', '2026-10-02', 'jugement contradictoire'],
      ['the decision day for an appeal', 'appel', '2026-10-01', 'arrêt d’appel'],
    ] as const)('refuses %s and writes nothing', async (_label, source, date, words) => {
      const before = await dataCounts();
      const refused = await t.fail('measures.register', {
        person: ZOE,
        measure: { ...DECISION, enforceableSource: source, enforceableDate: date },
      });
      expect(refused.code).toBe('VALIDATION');
      expect(refused.fields?.[0]?.path).toBe('measure.enforceableDate');
      expect(refused.fields?.[0]?.message).toContain(words);
      expect(await dataCounts()).toEqual(before);
    });

    it('accepts today as the enforceable date, and a correction keeps the rules', async () => {
      const { measure } = await t.ok('measures.register', {
        person: ZOE,
        measure: { ...DECISION, enforceableSource: 'signification', enforceableDate: '2026-11-23' },
      });
      const before = await dataCounts();
      const refused = await t.fail('measures.update', {
        id: measure.id,
        measure: { ...DECISION, enforceableSource: 'signification', enforceableDate: '2026-11-24' },
      });
      expect(refused.fields?.[0]?.path).toBe('measure.enforceableDate');
      expect(await dataCounts()).toEqual(before);
    });
  });

  it('imports the enforceable date and its source from a CSV list, optional columns', async () => {
    await t.ok('session.logout');
    await t.ok('session.login', { username: CLERK.username, passphrase: PASS });
    const csv = [
      'nom;prénom;date_naissance;juridiction;date_decision;type_mesure;heures;date_limite;infraction;caractère exécutoire;date exécutoire',
      'Dupont;Jean;12/03/1985;TJ Bordeaux;01/09/2026;TIG;105;01/04/2028;vol;signification;01/10/2026',
      'Roux;Emma;05/05/1992;TJ Bordeaux;01/09/2026;TIG;105;01/03/2028;vol;;',
      'Moreau;Inès;20/08/1988;TJ Pau;01/09/2026;TIG;80;01/03/2028;vol;contradictoire;02/09/2026',
      'Petit;Noé;20/08/1988;TJ Pau;01/09/2026;TIG;80;01/03/2028;vol;opposition;',
    ].join('\r\n');
    const preview = await t.ok('imports.preview', { fileName: 'liste.csv', content: csv });
    expect(preview.rows.map((r) => r.status)).toEqual(['ok', 'ok', 'error', 'error']);
    expect(preview.rows[2]?.reasons[0]).toContain('date exécutoire : Un jugement contradictoire');
    expect(preview.rows[3]?.reasons[0]).toContain('caractère exécutoire : « opposition » inconnu');
    expect((await t.ok('imports.commit', { fileName: 'liste.csv', content: csv })).imported).toBe(2);
    const [dupont] = await t.ok('persons.search', { query: 'dupont' });
    const items = (await t.ok('measures.caseload', {})).items.filter((i) => i.personId === dupont!.id);
    const { measure } = await t.ok('measures.get', { id: items[0]!.measureId });
    expect(measure).toMatchObject({ enforceableDate: '2026-10-01', enforceableSource: 'signification' });
  });

  describe('consent date', () => {
    it.each([
      ['hearing', '2026-10-02'],
      ['hearing', '2026-09-30'],
      ['jap', '2026-09-30'],
      ['lawyer_writing', '2026-10-02'],
      ['jap', '2026-11-24'],
    ] as const)('refuses %s on %s and writes nothing', async (status, date) => {
      const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
      const before = await dataCounts();
      const refused = await t.fail('measures.recordConsent', { measureId: measure.id, status, date });
      expect(refused.code).toBe('VALIDATION');
      expect(refused.fields?.[0]?.path).toBe('date');
      expect(await dataCounts()).toEqual(before);
      expect((await t.ok('measures.get', { id: measure.id })).measure.consentStatus).toBe('pending');
    });

    it.each([
      ['hearing', '2026-10-01'],
      ['jap', '2026-10-01'],
      ['jap', '2026-11-23'],
      ['lawyer_writing', '2026-09-25'],
    ] as const)('accepts %s on %s', async (status, date) => {
      const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
      const detail = await t.ok('measures.recordConsent', { measureId: measure.id, status, date });
      expect(detail.measure).toMatchObject({ consentStatus: status, consentDate: date });
    });

    it('a hearing consent follows a corrected decision date; a JAP consent before it refuses the correction', async () => {
      const a = await t.ok('measures.register', { person: ZOE, measure: DECISION });
      await t.ok('measures.recordConsent', { measureId: a.measure.id, status: 'hearing', date: '2026-10-01' });
      const corrected = await t.ok('measures.update', {
        id: a.measure.id,
        measure: { ...DECISION, decisionDate: '2026-10-02' },
      });
      expect(corrected.measure).toMatchObject({ decisionDate: '2026-10-02', consentDate: '2026-10-02' });

      const b = await t.ok('measures.register', {
        person: { ...ZOE, firstName: 'Inès', birthDate: '1990-01-01' },
        measure: DECISION,
      });
      await t.ok('measures.recordConsent', { measureId: b.measure.id, status: 'jap', date: '2026-10-10' });
      const before = await dataCounts();
      const refused = await t.fail('measures.update', {
        id: b.measure.id,
        measure: { ...DECISION, decisionDate: '2026-10-15' },
      });
      expect(refused.fields?.[0]).toMatchObject({ path: 'measure.decisionDate' });
      expect(refused.message).toContain('Corrigez d’abord le consentement');
      expect(await dataCounts()).toEqual(before);
    });
  });

  describe('suspension decision', () => {
    const suspend = (measureId: string, extra: Record<string, unknown>) => ({
      measureId,
      reason: 'medical' as const,
      from: '2026-11-02',
      to: '2026-11-06',
      ...extra,
    });

    it('records the decision, with the authority following the measure by default', async () => {
      const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
      const detail = await t.ok(
        'suspensions.record',
        suspend(measure.id, { decisionDate: '2026-10-30', decisionReference: 'Ordonnance JAP n° 2026/0412' }),
      );
      expect(detail.suspensions[0]).toMatchObject({
        decisionDate: '2026-10-30',
        decisionAuthority: 'jap',
        decisionReference: 'Ordonnance JAP n° 2026/0412',
      });
    });

    it('a suspension by law needs no decision', async () => {
      const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
      const detail = await t.ok('suspensions.record', suspend(measure.id, { reason: 'detention' }));
      expect(detail.suspensions[0]).toMatchObject({ decisionDate: null, decisionAuthority: null });
    });

    it.each([
      ['without a decision', {}],
      ['decided tomorrow', { from: '2026-11-25', to: '2026-11-30', decisionDate: '2026-11-24' }],
      ['decided before the measure', { decisionDate: '2026-09-30' }],
      ['decided after its first day, without a justification', { decisionDate: '2026-11-03' }],
    ])('refuses a suspension %s and writes nothing', async (_label, extra) => {
      const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
      const before = await dataCounts();
      const refused = await t.fail('suspensions.record', suspend(measure.id, extra));
      expect(refused.code).toBe('VALIDATION');
      expect(refused.fields?.[0]?.path).toBe('decisionDate');
      expect(await dataCounts()).toEqual(before);
    });

    it('accepts a decision after the first day with a justification, recorded in the history', async () => {
      const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
      await t.ok(
        'suspensions.record',
        suspend(measure.id, {
          decisionDate: '2026-11-04',
          retroactiveReason: 'L’ordonnance fixe le début au jour de l’hospitalisation',
        }),
      );
      const timeline = await t.ok('persons.timeline', { id: measure.personId });
      expect(timeline.find((e) => e.title.startsWith('Suspension ordonnée après son début'))?.detail).toContain(
        'L’ordonnance fixe le début au jour de l’hospitalisation',
      );
    });
  });

  describe('minor status by age, not by type', () => {
    // Born 2010-06-15: 16 on 2026-06-15, 18 on 2028-06-15.
    const YOUNG = { ...ZOE, firstName: 'Léo', birthDate: '2010-06-15' };
    const minorDecision = { ...DECISION, decisionDate: '2026-10-01', offenceDate: '2026-03-01' };

    it.each(['sursis_tig', 'tnr'] as const)(
      '%s for a person 15 at the facts, 16 at the decision, is followed under the minors’ regime',
      async (type) => {
        const measure = {
          ...minorDecision,
          type,
          hoursOrdered: type === 'tnr' ? 40 : 70,
          deadline: type === 'tnr' ? '2027-04-01' : DECISION.deadline,
        };
        const { measure: view } = await t.ok('measures.register', { person: YOUNG, measure });
        expect(view).toMatchObject({ type, minorAtFacts: true });
      },
    );

    it('a suspension of a minor’s sursis probatoire is decided by default by the juge des enfants', async () => {
      const { measure } = await t.ok('measures.register', {
        person: YOUNG,
        measure: { ...minorDecision, type: 'sursis_tig' },
      });
      const detail = await t.ok('suspensions.record', {
        measureId: measure.id,
        reason: 'familial',
        from: '2026-11-02',
        to: '2026-11-06',
        decisionDate: '2026-10-30',
      });
      expect(detail.suspensions[0]?.decisionAuthority).toBe('juge_enfants');
    });

    it('a TIG peine principale for a person minor at the facts is refused and writes nothing', async () => {
      const before = await dataCounts();
      const refused = await t.fail('measures.register', {
        person: YOUNG,
        measure: { ...minorDecision, type: 'tig' },
      });
      expect(refused.fields).toEqual([
        {
          path: 'measure.type',
          message: 'La personne est mineure à la date de la décision : choisissez « TIG mineur ».',
        },
      ]);
      expect(await dataCounts()).toEqual(before);
    });

    it('a TNR for a person 15 at the decision speaks of TNR and writes nothing', async () => {
      const before = await dataCounts();
      const refused = await t.fail('measures.register', {
        person: YOUNG,
        measure: {
          ...DECISION,
          type: 'tnr',
          decisionDate: '2026-06-14',
          offenceDate: '2026-01-10',
          hoursOrdered: 40,
          deadline: '2026-12-14',
        },
      });
      expect(refused.fields?.[0]).toEqual({
        path: 'measure.decisionDate',
        message:
          'La personne avait 15 ans à la décision (née le 15 juin 2010) : un TNR n’est possible qu’à partir de 16 ans à la date de la décision.',
      });
      expect(await dataCounts()).toEqual(before);
    });

    it('an adult at the facts is not under the minors’ regime', async () => {
      const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
      expect(measure.minorAtFacts).toBe(false);
    });
  });
});
