import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { FakeClock, openTestCore, type TestCore } from '../support/test-core';
import { CPIP, DECISION, DPIP, prepareOffice } from '../support/documents-office';
import { flat, pdffonts, pdftotext, withoutMarking } from '../support/pdf-tools';
import type { MethodInput, MethodOutput } from '@shared/rpc/contract';

const LONG_NAME = `Œillet-${'Delacroix-'.repeat(19)}`.slice(0, 200);
const LONG_REMARKS =
  `« Très bon travail », l’œuvre collective avance ; frais de 12 € remboursés. ${'Le tuteur note une grande régularité et un soin constant. '.repeat(40)}`.slice(
    0,
    2000,
  );

describe('printable documents', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let t: TestCore;
  let measureId = '';
  let longMeasureId = '';
  let appointmentId = '';
  let hostId = '';
  const pdfs: Record<string, { result: MethodOutput<'documents.generate'>; pdf: Buffer; text: string }> = {};

  async function generate(
    template: MethodInput<'documents.generate'>['template'],
    entityId: string,
    key: string = template,
  ) {
    const result = await t.ok('documents.generate', { template, entityId });
    const pdf = Buffer.from(result.pdfBase64, 'base64');
    pdfs[key] = { result, pdf, text: pdftotext(pdf, temp.dir, key) };
    return pdfs[key]!;
  }

  beforeAll(async () => {
    temp = makeTempDir();
    t = await openTestCore(temp.dir, new FakeClock(Date.parse('2026-11-23T09:00:00Z')));
    const seeded = await prepareOffice(t, temp.dir);
    hostId = seeded.hostId;
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
    const long = await t.ok('measures.register', {
      person: {
        lastName: LONG_NAME,
        firstName: 'Noël',
        birthDate: '1990-01-01',
        city: 'Bordeaux',
        postalCode: '33000',
      },
      measure: DECISION,
    });
    longMeasureId = long.measure.id;
    const officerId = (await t.ok('measures.officerLoads')).find((l) => l.displayName === CPIP.displayName)!.officerId;
    await t.ok('measures.assign', { measureIds: [measureId, longMeasureId], officerId });
    for (const id of [measureId, longMeasureId]) {
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
        startDate: '2026-11-02',
        schedule: ['sat_morning', 'wed_evening'],
        hoursPlanned: 70,
      });
    }
    await t.ok('hours.record', {
      measureId,
      date: '2026-11-07',
      startTime: '08:00',
      endTime: '12:00',
      outcome: 'present',
      remarks: 'Accueil « chaleureux »',
    });
    await t.ok('hours.record', { measureId, date: '2026-11-14', outcome: 'absence_injustifiee', remarks: 'Non venue' });
    await t.ok('hours.record', {
      measureId: longMeasureId,
      date: '2026-11-07',
      startTime: '08:00',
      endTime: '12:00',
      outcome: 'present',
      remarks: LONG_REMARKS,
    });
    appointmentId = (
      await t.ok('appointments.create', {
        measureId,
        kind: 'prise_de_poste',
        date: '2026-11-25',
        time: '10:00',
        place: 'Mairie de Bègles, 77 rue Calixte-Camelle',
      })
    ).id;
  });
  afterAll(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('prints the décision d’affectation with every field', async () => {
    const { text, result } = await generate('decision_affectation', measureId);
    const f = flat(text);
    for (const expected of [
      'Décision d’affectation',
      '131-8 et 131-22 du code pénal',
      'LEFÈVRE Zoé',
      '14 mai 1998 à Libourne',
      'Vu la décision du tribunal judiciaire de Bordeaux du 1er octobre 2026 (n° 26123000042), président(e) : Mme Lemoine',
      'Vu le consentement de la personne condamnée, donné à l’audience du 1er octobre 2026',
      'Mairie de Bègles',
      'Entretien des espaces verts',
      '77 rue Calixte-Camelle, 33130 Bègles',
      'Marc Roux',
      '70 h',
      'mercredi de 18 h 30 à 22 h 30, samedi de 8 h 30 à 12 h',
      '2 novembre 2026',
      '1er avril 2028',
      'M. Jérôme Cœur',
      'Répondre aux convocations du juge de l’application des peines et du SPIP',
      'Copies : Mairie de Bègles (structure d’accueil) ; Mme Claire Roux, juge de l’application des peines ; procureur de la République ; dossier.',
      'SPIP de la Gironde',
      result.document.reference,
      'Page 1 / ',
    ]) {
      expect(f, expected).toContain(expected);
    }
    expect(result.document).toMatchObject({
      template: 'decision_affectation',
      entityType: 'measure',
      entityId: measureId,
      duplicataOf: null,
      templateVersion: 1,
    });
    expect(result.document.reference).toMatch(/^DA-2026-[0-9A-Z]{6}$/);
  });

  it('prints the convocation, the fiche horaire and the fiche de consentement', async () => {
    const conv = flat((await generate('convocation', appointmentId)).text);
    for (const expected of [
      'Convocation',
      'LEFÈVRE Zoé',
      '25 novembre 2026',
      '10 h 00',
      'Mairie de Bègles, 77 rue Calixte-Camelle',
      'Paul Durand',
      'prise de poste',
      'pièce d’identité',
      '733-2',
    ]) {
      expect(conv, expected).toContain(expected);
    }
    const sheet = flat((await generate('fiche_horaire', measureId)).text);
    for (const expected of [
      'Fiche horaire',
      'LEFÈVRE Zoé',
      '07/11/2026',
      '08:00',
      '12:00',
      'Accueil « chaleureux »',
      'Absence injustifiée — Non venue',
      'Visa tuteur',
      'Reste à effectuer',
      '66 h',
      '12 rue de Bègles',
    ]) {
      expect(sheet, expected).toContain(expected);
    }
    const consent = flat((await generate('fiche_consentement', measureId)).text);
    for (const expected of [
      'Fiche d’information et de consentement',
      'LEFÈVRE Zoé',
      'n’est pas rémunéré',
      'en soirée ou le week-end',
      '1er avril 2028',
      'J’accepte',
      'Je refuse',
      '« lu et compris »',
      'Paul Durand',
    ]) {
      expect(consent, expected).toContain(expected);
    }
  });

  it('embeds its fonts and lays out long names and remarks', async () => {
    const fonts = pdffonts(pdfs.decision_affectation!.pdf, temp.dir, 'da');
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) {
      const cells = row.trim().split(/\s+/);
      expect(row).toContain('DejaVuSans');
      expect(cells[cells.length - 5]).toBe('yes'); // emb
    }
    const { text, result } = await generate('fiche_horaire', longMeasureId, 'long');
    const f = flat(text);
    expect(f).toContain('ŒILLET-DELACROIX');
    expect(f).toContain('12 € remboursés');
    expect(f).toContain('grande régularité');
    expect(result.document.pages).toBeGreaterThanOrEqual(1);
    expect(result.document.pages).toBeLessThanOrEqual(6);
    expect(f).toContain(`Page ${result.document.pages} / ${result.document.pages}`);
    const decision = await generate('decision_affectation', longMeasureId, 'long-da');
    expect(flat(decision.text)).toContain('ŒILLET-DELACROIX');
  });

  it('reprints a DUPLICATA identical but for the marking, and archives everything', async () => {
    const original = pdfs.decision_affectation!;
    const copy = await t.ok('documents.reprint', { id: original.result.document.id });
    const copyPdf = Buffer.from(copy.pdfBase64, 'base64');
    const copyText = pdftotext(copyPdf, temp.dir, 'dup');
    expect(copyText).toContain('DUPLICATA — réimpression du 23 novembre 2026 de l’original du 23 novembre 2026');
    expect(withoutMarking(copyText)).toBe(withoutMarking(original.text));
    expect(copy.document).toMatchObject({
      duplicataOf: original.result.document.id,
      reference: `${original.result.document.reference}-D1`,
    });

    const { createHash } = await import('node:crypto');
    expect(copy.document.sha256).toBe(createHash('sha256').update(copyPdf).digest('hex'));
    expect(original.result.document.sha256).toBe(createHash('sha256').update(original.pdf).digest('hex'));
    expect(original.result.document.bytes).toBe(original.pdf.length);

    const listed = await t.ok('documents.list', { measureId });
    expect(listed[0]!.id).toBe(copy.document.id);
    // The list names who printed, as the accounts know them (not an id).
    expect(listed.map((d) => d.generatedByName)).toEqual(listed.map(() => DPIP.displayName));
    expect(copy.document.generatedByName).toBe(DPIP.displayName);
    expect(listed.map((d) => d.template)).toEqual(
      expect.arrayContaining(['decision_affectation', 'convocation', 'fiche_horaire', 'fiche_consentement']),
    );
    // Found from the reference printed at the foot of the paper, typed in lower case or in part.
    const reference = original.result.document.reference;
    const found = await t.ok('documents.list', { reference: reference.slice(0, 9).toLowerCase() });
    expect(found.map((d) => d.reference)).toEqual(expect.arrayContaining([reference, `${reference}-D1`]));
    expect(found.every((d) => d.reference.startsWith(reference.slice(0, 9)))).toBe(true);
    expect((await t.fail('documents.list', { reference: 'DA-%' })).fields?.[0]?.path).toBe('reference');
    const byHost = await t.ok('documents.list', { hostId });
    expect(byHost.length).toBeGreaterThan(0);
  });

  it('pages through the whole archive, newest first, with the number of documents found', async () => {
    const all = await t.ok('documents.list', { limit: 500 });
    expect(all.length).toBeGreaterThanOrEqual(4);
    const first = await t.ok('documents.archive', { limit: 2 });
    expect(first.total).toBe(all.length);
    expect(first.items.map((d) => d.id)).toEqual(all.slice(0, 2).map((d) => d.id));
    const second = await t.ok('documents.archive', { offset: 2, limit: 2 });
    expect(second.items.map((d) => d.id)).toEqual(all.slice(2, 4).map((d) => d.id));
    const prefix = all[0]!.reference.slice(0, 3);
    const found = await t.ok('documents.archive', { reference: prefix.toLowerCase(), limit: 100 });
    expect(found.total).toBe(all.filter((d) => d.reference.startsWith(prefix)).length);
    expect(found.items.every((d) => d.reference.startsWith(prefix))).toBe(true);
    expect((await t.fail('documents.archive', { limit: 101 })).code).toBe('VALIDATION');
    expect((await t.fail('documents.archive', { reference: 'DA_%' })).fields?.[0]?.path).toBe('reference');
  });

  it('prints batches of convocations and fiches horaires', async () => {
    const conv = await t.ok('documents.batchConvocations', { from: '2026-11-01', to: '2026-11-30' });
    expect(conv.document).toMatchObject({
      entityType: 'batch',
      template: 'convocation',
      title: 'Convocations du 1er novembre 2026 au 30 novembre 2026',
    });
    expect(flat(pdftotext(Buffer.from(conv.pdfBase64, 'base64'), temp.dir, 'batch-conv'))).toContain('LEFÈVRE Zoé');
    const sheets = await t.ok('documents.batchTimesheets', { hostId });
    const text = flat(pdftotext(Buffer.from(sheets.pdfBase64, 'base64'), temp.dir, 'batch-fh'));
    expect(text).toContain('LEFÈVRE Zoé');
    expect(text).toContain('ŒILLET-DELACROIX');
    expect(sheets.document.pages).toBeGreaterThanOrEqual(2);
    // Each fiche is numbered on its own, as if printed alone: "Page 1 / 1", then "Page 1 / 2", "Page 2 / 2"...
    const marks = [...text.matchAll(/Page (\d+) \/ (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(marks).toHaveLength(sheets.document.pages);
    const groups: number[] = [];
    marks.forEach(([page, total], index) => {
      if (page === 1) groups.push(total);
      else expect([page, total]).toEqual([marks[index - 1]![0] + 1, marks[index - 1]![1]]);
    });
    expect(groups).toHaveLength(2);
    expect(groups.reduce((sum, total) => sum + total, 0)).toBe(sheets.document.pages);
  });

  it('refuses bad input, unknown ids and unavailable templates without writing', async () => {
    const before = (await t.ok('documents.list', { limit: 500 })).length;
    expect((await t.fail('documents.reprint', { id: '0190a0a0-0000-7000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect((await t.fail('documents.generate', { template: 'inconnu', entityId: measureId })).code).toBe('VALIDATION');
    expect((await t.fail('documents.generate', { template: 'decision_affectation' })).code).toBe('VALIDATION');
    expect((await t.fail('documents.batchConvocations', { from: '2026-12-01', to: '2026-11-01' })).code).toBe(
      'VALIDATION',
    );
    expect((await t.fail('documents.generate', { template: 'convocation', entityId: measureId })).code).toBe(
      'NOT_FOUND',
    );
    expect((await t.ok('documents.list', { limit: 500 })).length).toBe(before);
  });
});
