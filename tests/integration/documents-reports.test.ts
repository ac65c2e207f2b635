import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { FakeClock, openTestCore, type TestCore } from '../support/test-core';
import { CPIP, DECISION, prepareOffice } from '../support/documents-office';
import { flat, pdftotext } from '../support/pdf-tools';
import type { MethodInput } from '@shared/rpc/contract';

const LONG_TEXT = `${`« Investie », l’intéressée a fait preuve d’un cœur à l’ouvrage constant ; 12 € de frais avancés. ${'Le tuteur souligne sa ponctualité et son sérieux dans les tâches confiées. '.repeat(40)}`.slice(0, 1988)}FIN-DU-TEXTE`;
/** Sessions every other day from 6 October: 17 of them, 2 hours each. */
const SESSION_DATES = Array.from({ length: 17 }, (_, i) => {
  const d = new Date(Date.UTC(2026, 9, 6 + 2 * i));
  return d.toISOString().slice(0, 10);
});

describe('attestation d’exécution and reports to the JAP', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let t: TestCore;
  let measureId = '';
  let personId = '';
  let idleMeasureId = '';

  async function generate(input: MethodInput<'documents.generate'>, name: string) {
    const result = await t.ok('documents.generate', input);
    const pdf = Buffer.from(result.pdfBase64, 'base64');
    if (process.env.DOCUMENTS_OUT) writeFileSync(join(process.env.DOCUMENTS_OUT, `${name}.pdf`), pdf);
    return { result, text: flat(pdftotext(pdf, temp.dir, name)) };
  }

  beforeAll(async () => {
    temp = makeTempDir();
    t = await openTestCore(temp.dir, new FakeClock(Date.parse('2026-11-23T09:00:00Z')));
    const seeded = await prepareOffice(t, temp.dir);
    const zoe = await t.ok('measures.register', {
      person: {
        lastName: 'Lefèvre',
        firstName: 'Zoé',
        birthDate: '1998-05-14',
        birthPlace: 'Libourne',
        city: 'Bègles',
        postalCode: '33130',
      },
      measure: DECISION,
    });
    measureId = zoe.measure.id;
    personId = zoe.measure.personId;
    const idle = await t.ok('measures.register', {
      person: { lastName: 'Martin', firstName: 'Noël', birthDate: '1990-01-01', city: 'Bordeaux', postalCode: '33000' },
      measure: DECISION,
    });
    idleMeasureId = idle.measure.id;
    const officerId = (await t.ok('measures.officerLoads')).find((l) => l.displayName === CPIP.displayName)!.officerId;
    await t.ok('measures.assign', { measureIds: [measureId, idleMeasureId], officerId });
    for (const id of [measureId, idleMeasureId]) {
      await t.ok('measures.recordConsent', {
        measureId: id,
        status: 'hearing',
        date: '2026-10-01',
        source: 'Audience',
      });
      await t.ok('placements.create', {
        measureId: id,
        postId: seeded.postId,
        tutorId: seeded.tutorId,
        startDate: '2026-10-05',
        schedule: ['sat_morning', 'wed_evening'],
        hoursPlanned: 70,
      });
    }
    for (const [i, date] of SESSION_DATES.entries()) {
      await t.ok('hours.record', {
        measureId,
        date,
        startTime: '08:00',
        endTime: '10:00',
        outcome: 'present',
        remarks: `Séance n° ${i + 1}`,
      });
    }
    await t.ok('suspensions.record', {
      measureId,
      reason: 'medical',
      from: '2026-11-10',
      to: '2026-11-12',
      decisionDate: '2026-11-09',
      note: 'Hospitalisation',
    });
    await t.ok('hours.record', { measureId, date: '2026-11-14', outcome: 'absence_injustifiee', remarks: 'Non venue' });
    await t.ok('incidents.record', {
      measureId,
      kind: 'absence',
      date: '2026-11-14',
      description: 'Absente sans prévenir le tuteur « ni le SPIP »',
    });
    await t.ok('incidents.record', {
      measureId,
      kind: 'comportement',
      date: '2026-11-16',
      description: 'Propos déplacés envers un agent',
    });
  });
  afterAll(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('prints the attestation d’exécution with hosts, hours and worked days', async () => {
    const { text, result } = await generate({ template: 'attestation_execution', entityId: measureId }, 'attestation');
    for (const expected of [
      'Attestation d’exécution',
      'LEFÈVRE Zoé',
      '14 mai 1998 à Libourne',
      'au titre de la mesure « TIG — peine principale »',
      'Tribunal judiciaire de Bordeaux',
      '1er octobre 2026',
      '26123000042',
      'Mairie de Bègles',
      'Entretien des espaces verts',
      'Marc Roux',
      'Heures ordonnées 70 h',
      'Heures effectuées 34 h',
      'Heures restantes 36 h',
      'Premier jour travaillé 6 octobre 2026',
      'Dernier jour travaillé 7 novembre 2026',
      'Fait le 23 novembre 2026',
      'M. Jérôme Cœur, directeur adjoint, par délégation du directeur',
      'SPIP de la Gironde',
      result.document.reference,
      'Page 1 / 1',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(result.document).toMatchObject({
      template: 'attestation_execution',
      entityType: 'measure',
      entityId: measureId,
      personId,
    });
    expect(result.document.reference).toMatch(/^AE-2026-[0-9A-Z]{6}$/);
  });

  it('prints the rapport de fin de mesure with the officer’s assessment', async () => {
    const { text, result } = await generate(
      {
        template: 'rapport_fin_mesure',
        entityId: measureId,
        text: 'Mesure exécutée avec sérieux ; l’intéressée a « bien progressé ».',
      },
      'fin-mesure',
    );
    for (const expected of [
      'Rapport de fin de mesure',
      'À l’attention de Madame Claire Roux, juge de l’application des peines, tribunal judiciaire de Bordeaux.',
      'président(e) : Mme Lemoine',
      'Suivie par Mme Claire Roux, juge de l’application des peines — tribunal judiciaire de Bordeaux',
      'LEFÈVRE Zoé',
      'Tribunal judiciaire de Bordeaux, décision du 1er octobre 2026 (n° 26123000042)',
      'Date de la décision 1er octobre 2026',
      'Début d’exécution 5 octobre 2026',
      'Dernier jour travaillé 7 novembre 2026',
      'Heures ordonnées 70 h',
      'Heures effectuées 34 h',
      'Heures restantes 36 h',
      'Absences injustifiées 1',
      '14/11/2026 — Absence : Absente sans prévenir le tuteur « ni le SPIP »',
      '16/11/2026 — Comportement : Propos déplacés envers un agent',
      'du 10/11/2026 au 12/11/2026',
      'Motif médical grave',
      '3 jours',
      'Appréciation du CPIP',
      'l’intéressée a « bien progressé »',
      'Paul Durand, conseiller pénitentiaire',
      'Signature du CPIP',
      'Copie : dossier',
      result.document.reference,
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(result.document).toMatchObject({
      template: 'rapport_fin_mesure',
      entityType: 'measure',
      entityId: measureId,
      personId,
    });
    expect(result.document.reference).toMatch(/^RF-2026-/);
  });

  it('prints the rapport d’incident with the facts, the last 15 sessions and the proposed response', async () => {
    const { text, result } = await generate(
      {
        template: 'rapport_incident',
        entityId: measureId,
        text: 'Je propose que le juge ordonne la mise à exécution de l’emprisonnement (art. 733-2 du CPP).',
      },
      'incident',
    );
    for (const expected of [
      'Rapport d’incident / de non-exécution',
      'LEFÈVRE Zoé',
      'Délai d’exécution jusqu’au',
      '14/11/2026 — Absence : Absente sans prévenir le tuteur « ni le SPIP »',
      '16/11/2026 — Comportement : Propos déplacés envers un agent',
      '15 dernières séances sur 18',
      'Séance n° 17',
      'Absence injustifiée',
      'Non venue',
      'Heures effectuées 34 h',
      'Heures restantes 36 h',
      'Réponse proposée au juge',
      'mise à exécution de l’emprisonnement (art. 733-2 du CPP)',
      'Paul Durand',
      result.document.reference,
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The extract starts at the 4th session: the first three are left out.
    expect(text).not.toContain('Séance n° 3 ');
    expect(text).toContain('Séance n° 4 ');
    expect(result.document).toMatchObject({
      template: 'rapport_incident',
      entityType: 'measure',
      entityId: measureId,
      personId,
    });
    expect(result.document.reference).toMatch(/^RI-2026-/);
  });

  it('lays out a 2,000-character text within the pages of both reports', async () => {
    for (const template of ['rapport_fin_mesure', 'rapport_incident'] as const) {
      const { text, result } = await generate({ template, entityId: measureId, text: LONG_TEXT }, `long-${template}`);
      expect(LONG_TEXT).toHaveLength(2000);
      expect(text).toContain(
        '« Investie », l’intéressée a fait preuve d’un cœur à l’ouvrage constant ; 12 € de frais avancés.',
      );
      expect(text).toContain('FIN-DU-TEXTE');
      expect(result.document.pages).toBeGreaterThanOrEqual(1);
      expect(result.document.pages).toBeLessThanOrEqual(4);
      expect(text).toContain(`Page ${result.document.pages} / ${result.document.pages}`);
    }
  });

  it('reprints a report as a DUPLICATA', async () => {
    const original = await generate(
      { template: 'rapport_fin_mesure', entityId: measureId, text: 'Appréciation à reproduire.' },
      'rf-original',
    );
    const copy = await t.ok('documents.reprint', { id: original.result.document.id });
    const copyText = flat(pdftotext(Buffer.from(copy.pdfBase64, 'base64'), temp.dir, 'rf-dup'));
    expect(copyText).toContain('DUPLICATA');
    expect(copyText).toContain('Appréciation à reproduire.');
    expect(copy.document.duplicataOf).toBe(original.result.document.id);
  });

  it('refuses without hours, without incidents or without the text, and writes nothing', async () => {
    const before = (await t.ok('documents.list', { limit: 500 })).length;
    const noHours = await t.fail('documents.generate', { template: 'attestation_execution', entityId: idleMeasureId });
    expect(noHours.code).toBe('CONFLICT');
    expect(noHours.message).toContain('Aucune heure');
    const noIncident = await t.fail('documents.generate', {
      template: 'rapport_incident',
      entityId: idleMeasureId,
      text: 'Avertissement.',
    });
    expect(noIncident.code).toBe('CONFLICT');
    expect(noIncident.message).toContain('Aucun incident');
    for (const template of ['rapport_fin_mesure', 'rapport_incident'] as const) {
      for (const text of [undefined, '', '   ']) {
        const refused = await t.fail('documents.generate', {
          template,
          entityId: measureId,
          ...(text === undefined ? {} : { text }),
        });
        expect(refused.code).toBe('VALIDATION');
        expect(refused.fields?.map((f) => f.path)).toEqual(['text']);
      }
    }
    expect((await t.ok('documents.list', { limit: 500 })).length).toBe(before);
  });
});
