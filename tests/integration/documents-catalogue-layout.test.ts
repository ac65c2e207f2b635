import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import {
  A4,
  flat,
  layoutProblems,
  pdftotext,
  pdfWordBoxes,
  strandedHeadings,
  withoutMarking,
} from '../support/pdf-tools';
import { FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { LETTERHEAD } from '../support/documents-office';
import { WEEKLY_SLOTS } from '@shared/domain/weekly-slots';
import type { MethodInput, MethodOutput } from '@shared/rpc/contract';

/**
 * The catalogue documents with every printed field at its longest: they stay within the page, print every word,
 * and their duplicata differs from the original only by the DUPLICATA marking.
 */
const PASS = 'phrase de passe commune';
const REFERENT = { username: 'rita', displayName: 'Rita Référente', role: 'referent' as const, passphrase: PASS };

/** Exactly `length` characters: `seed` repeated, then a space and `tail`, a word found nowhere else in the document. */
function longText(seed: string, length: number, tail: string): string {
  const body = seed.repeat(Math.ceil(length / seed.length)).slice(0, length - tail.length - 1);
  return `${body.trimEnd().padEnd(length - tail.length - 1, '.')} ${tail}`;
}

/** The longest name of a French commune (Marne): one word of 45 characters that no line may cut off. */
const COMMUNE = 'Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson';
const HOST_NAME = longText(
  'Association intercommunale d’entraide, de solidarité et d’insertion « Les Œuvres du cœur » ',
  200,
  'FINDUNOM',
);
const STREET = longText(
  'Résidence des Tilleuls, bâtiment B, escalier 3, chemin communal dit de la Grande-Fontaine ',
  300,
  'FINDERUE',
);
const FILE_NOTE = longText(
  'Statuts, procès-verbal de l’assemblée générale, attestation d’assurance, liste des postes proposés ; ',
  2000,
  'FINDESPIECES',
);
const POST_TITLE = longText(
  'Aide à la préparation et à la distribution de colis alimentaires, accueil des bénéficiaires ',
  200,
  'FINDUTITRE',
);
const TUTOR_LAST_NAME = longText('de La Rochefoucauld-Lefèvre ', 200, 'FINDUTUTEUR');
const TUTOR_ROLE = longText('Responsable logistique et coordinatrice des bénévoles ', 200, 'FINDELAFONCTION');

/**
 * The page's side padding; on top, the DUPLICATA banner of a reprint starts 6 pt under the edge, and the footer sits
 * in the bottom margin and ends 24 pt above the edge.
 */
const MARGINS = { left: 48, right: 48, top: 6, bottom: 24 };
/** Where the body of a page ends and its footer begins (the page's bottom padding). */
const BODY_BOTTOM = A4.height - 50;
/** The section headings of the decisions, which must not end a page. */
const HEADINGS = ['Structure d’accueil', 'Poste', 'Avis recueillis', 'DÉCIDE'];

describe('catalogue documents with every printed field at its longest', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let t: TestCore;
  let habilitationId = '';
  let registrationId = '';

  async function dayIs(date: string) {
    clock.advance(Date.parse(`${date}T09:00:00Z`) - clock.now());
    await t.ok('session.logout');
    await t.ok('session.login', { username: REFERENT.username, passphrase: PASS });
  }

  function read(generated: MethodOutput<'documents.generate'>, name: string) {
    const pdf = Buffer.from(generated.pdfBase64, 'base64');
    // To look at them: DOCS_PNG_DIR=/some/dir npx vitest run tests/integration/documents-catalogue-layout.test.ts
    if (process.env.DOCS_PNG_DIR) writeFileSync(join(process.env.DOCS_PNG_DIR, `${name}.pdf`), pdf);
    return { pdf, text: pdftotext(pdf, temp.dir, name), pages: pdfWordBoxes(pdf, temp.dir, name) };
  }

  /** Prints the document, checks its layout and words, then its duplicata against it. */
  async function printedWithinThePage(input: MethodInput<'documents.generate'>, name: string, tails: string[]) {
    const original = await t.ok('documents.generate', input);
    const printed = read(original, name);
    expect(layoutProblems(printed.pages, MARGINS)).toEqual([]);
    expect(strandedHeadings(printed.pages, HEADINGS, BODY_BOTTOM)).toEqual([]);
    expect(printed.pages).toHaveLength(original.document.pages);
    const f = flat(printed.text);
    for (const tail of tails) expect(f, tail).toContain(tail);
    expect(f).toContain(`Page ${original.document.pages} / ${original.document.pages}`);

    const copy = await t.ok('documents.reprint', { id: original.document.id });
    const reprinted = read(copy, `${name}-duplicata`);
    expect(copy.document.duplicataOf).toBe(original.document.id);
    expect(reprinted.text).toContain('DUPLICATA — réimpression du');
    expect(layoutProblems(reprinted.pages, MARGINS)).toEqual([]);
    expect(withoutMarking(reprinted.text)).toBe(withoutMarking(printed.text));
    return { document: original.document, f };
  }

  beforeAll(async () => {
    temp = makeTempDir();
    clock = new FakeClock(Date.parse('2026-01-31T09:00:00Z'));
    t = await openTestCore(temp.dir, clock);
    await setupAdmin(t);
    await t.ok('users.create', REFERENT);
    await t.ok('letterhead.update', LETTERHEAD);
    await dayIs('2026-01-31');
    const hostId = (
      await t.ok('hosts.create', {
        name: HOST_NAME,
        type: 'association',
        siret: '73282932000074',
        street: STREET,
        postalCode: '51300',
        city: COMMUNE,
      })
    ).id;
    expect(HOST_NAME).toHaveLength(200);
    expect(STREET).toHaveLength(300);
    expect(FILE_NOTE).toHaveLength(2000);

    habilitationId = (
      await t.ok('habilitations.request', { hostId, kind: 'initiale', requestedOn: '2026-01-31', fileNote: FILE_NOTE })
    ).id;
    await t.ok('habilitations.requestOpinions', {
      id: habilitationId,
      givers: ['procureur', 'jap', 'prefet'],
      requestedOn: '2026-01-31',
    });
    await t.ok('habilitations.recordOpinion', {
      id: habilitationId,
      giver: 'procureur',
      receivedOn: '2026-01-31',
      opinion: 'favorable',
    });
    await dayIs('2026-03-02');
    await t.ok('habilitations.decide', {
      id: habilitationId,
      decision: 'accordee',
      decidedOn: '2026-03-02',
      validUntil: '2031-03-01',
    });

    const tutorIds: string[] = [];
    for (const tutor of [
      { lastName: TUTOR_LAST_NAME, firstName: 'Marie-Éléonore', role: TUTOR_ROLE },
      { lastName: 'Roux', firstName: 'Marc', role: 'Responsable de l’entrepôt' },
      { lastName: 'Nguyen', firstName: 'Anh', role: 'Bénévole référente' },
    ]) {
      tutorIds.push(
        (await t.ok('tutors.create', { hostId, birthDate: '1970-03-02', birthPlace: 'Reims', ...tutor })).id,
      );
    }
    expect(TUTOR_LAST_NAME).toHaveLength(200);
    const postId = (
      await t.ok('posts.create', {
        hostId,
        title: POST_TITLE,
        category: 'restauration_aide_alimentaire',
        street: STREET,
        postalCode: '51300',
        city: COMMUNE,
        schedule: [...WEEKLY_SLOTS],
        places: 2,
        openToMinors: true,
        publicTransport: true,
        tutorIds,
      })
    ).id;
    registrationId = (
      await t.ok('registrations.request', { postId, kind: 'inscription', requestedOn: '2026-03-02', places: 2 })
    ).id;
    await t.ok('registrations.requestOpinions', {
      id: registrationId,
      givers: ['procureur', 'jap'],
      requestedOn: '2026-03-02',
    });
    await dayIs('2026-03-12');
    await t.ok('registrations.decide', { id: registrationId, decision: 'acceptee', decidedOn: '2026-03-12' });
    await dayIs('2026-03-13');
    await t.ok('registrations.notify', { id: registrationId, notifiedOn: '2026-03-13' });
  });
  afterAll(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('lays out the décision d’habilitation with a 200-character name and a 2,000-character list of documents', async () => {
    const { f } = await printedWithinThePage(
      { template: 'decision_habilitation', entityId: habilitationId },
      'habilitation',
      ['FINDUNOM', 'FINDERUE', 'FINDESPIECES', COMMUNE],
    );
    expect(f).toContain(`(pièces : ${FILE_NOTE.slice(0, 60)}`);
    expect(f).toContain('Copies : procureur de la République, juge de l’application des peines, préfet.');
  });

  it('lays out the décision d’inscription with a 200-character title, tutor name and function', async () => {
    const { f } = await printedWithinThePage(
      { template: 'decision_inscription', entityId: registrationId },
      'inscription',
      [
        'FINDUNOM',
        'FINDERUE',
        'FINDUTITRE',
        'FINDUTUTEUR',
        'FINDELAFONCTION',
        'Marc ROUX (Responsable de l’entrepôt)',
        'Anh NGUYEN (Bénévole référente)',
        'dimanche soir',
        COMMUNE,
      ],
    );
    expect(f).toContain('Copies : procureur de la République, juge de l’application des peines, préfet.');
  });

  it('lays out the catalogue des postes with a 200-character title and name in its narrow columns', async () => {
    const { f } = await printedWithinThePage({ template: 'catalogue_postes', departement: '51' }, 'catalogue', [
      'FINDUNOM',
      'FINDERUE',
      'FINDUTITRE',
      'dimanche soir',
      '2 sur 2',
    ]);
    expect(f).toContain('1 poste disponible, 2 places libres');
    // The commune heads its section whole; in the address column its name may be cut between lines.
    expect(f).toContain(COMMUNE);
  });
});
