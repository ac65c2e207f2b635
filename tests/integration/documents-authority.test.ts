import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureAuthority } from '@shared/domain/measure-authority';
import { renderDocument, type StoredDocument } from '@core/documents/render';
import type { MeasureReportData } from '@core/documents/report-data';
import { flat, pdftotext } from '../support/pdf-tools';
import { makeTempDir } from '../support/temp-dir';
import { LETTERHEAD } from '../support/documents-office';

/** The incident report rendered from its archived data: what it says once the deadline has passed. */
function report(overrides: Partial<MeasureReportData['measure']>, issuedOn: string): MeasureReportData {
  return {
    person: {
      id: 'p',
      dossierNumber: 'D26-ABCDEF',
      lastName: 'Lefèvre',
      firstName: 'Zoé',
      birthDate: '1998-05-14',
      birthPlace: 'Libourne',
      address: null,
    },
    measure: {
      id: 'm',
      type: 'tnr',
      typeLabel: 'TNR — composition pénale',
      court: 'Parquet du tribunal judiciaire du Mans',
      decisionDate: '2026-01-10',
      courtReference: null,
      magistrate: 'M. Girard',
      followingMagistrate: 'Mme Claire Roux',
      followingCourt: null,
      minorAtFacts: false,
      authority: measureAuthority('tnr'),
      consentStatus: 'hearing',
      consentDate: '2026-01-10',
      hoursOrdered: 60,
      creditedMinutes: 1200,
      remainingMinutes: 2400,
      effectiveDeadline: '2026-07-20',
      deadline: '2026-07-10',
      suspendedDays: 10,
      officerName: 'Paul Durand',
      ...overrides,
    },
    placements: [],
    startDate: null,
    firstWorkedDay: null,
    lastWorkedDay: null,
    unjustifiedAbsences: 2,
    incidents: [{ date: '2026-06-01', kindLabel: 'Absence', description: 'Absent sans prévenir.' }],
    suspensions: [],
    sessions: [],
    sessionCount: 0,
    text: 'Je vous en rends compte.',
    issuedOn,
  };
}

async function textOf(data: MeasureReportData, name: string, dir: string): Promise<string> {
  const stored: StoredDocument = {
    template: 'rapport_incident',
    title: 'Rapport d’incident',
    reference: 'RI-2026-TEST00',
    generatedAt: '2026-11-23T10:00:00.000Z',
    letterhead: LETTERHEAD,
    content: { kind: 'rapport_incident', data },
  };
  return flat(pdftotext(await renderDocument(stored), dir, name));
}

describe('rapport d’incident and the execution deadline', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    temp = makeTempDir();
  });
  afterAll(() => temp.cleanup());

  it('says the deadline, suspensions included, has expired and what the procureur does then', async () => {
    const text = await textOf(report({}, '2026-07-21'), 'expired', temp.dir);
    expect(text).toContain(
      'Délai d’exécution expiré le 20 juillet 2026 (10 juillet 2026 prolongé de 10 jours de suspension)',
    );
    expect(text).toContain('Le délai d’exécution est expiré depuis le 20 juillet 2026 : 40 h restent non effectuées');
    expect(text).toContain('il appartient au procureur de la République d’en tirer les conséquences');
    expect(text).toContain('met en mouvement l’action publique, sauf élément nouveau');
    expect(text).toContain(
      'À l’attention de Madame Claire Roux, procureur de la République, parquet du tribunal judiciaire du Mans.',
    );
    expect(text).not.toMatch(/condamn/i);
  });

  it('says nothing of expiry on the last day of the deadline', async () => {
    const text = await textOf(report({}, '2026-07-20'), 'last-day', temp.dir);
    expect(text).toContain('Délai d’exécution jusqu’au 20 juillet 2026');
    expect(text).not.toContain('expiré');
  });

  it('reprints a report archived before the authority was stored, with the authority of its measure type', async () => {
    const old = report(
      { type: 'tig', typeLabel: 'TIG — peine principale', court: 'Tribunal judiciaire de Bordeaux' },
      '2026-07-01',
    );
    const { authority: _a, followingMagistrate: _f, followingCourt: _c, minorAtFacts: _m, ...measure } = old.measure;
    const text = await textOf({ ...old, measure: measure as MeasureReportData['measure'] }, 'old', temp.dir);
    expect(text).toContain(
      'À l’attention de Madame, Monsieur le juge de l’application des peines, tribunal judiciaire de Bordeaux.',
    );
    expect(text).toContain('733-2 du code de procédure pénale');
  });
});
