import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { flat, pdftotext } from '../support/pdf-tools';
import { DOCUMENT_TEMPLATES } from '@shared/schemas/documents';
import { MEASURE_TYPES } from '@shared/domain/measure-types';
import { measureAuthority } from '@shared/domain/measure-authority';

/** `npm run documents:samples -- --out DIR`, run as a user would (its own demo database in a temporary directory). */
describe('document samples command', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let out = '';
  let run: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    temp = makeTempDir();
    out = join(temp.dir, 'exemples');
    run = spawnSync(join('node_modules', '.bin', 'tsx'), ['src-main/core/cli/document-samples.ts', '--out', out], {
      encoding: 'utf8',
      timeout: 120_000,
    });
  }, 130_000);
  afterAll(() => temp.cleanup());

  const text = (name: string) => flat(pdftotext(readFileSync(join(out, `${name}.pdf`)), temp.dir, name));

  const measureKinds = [
    'decision-affectation',
    'convocation',
    'fiche-consentement',
    'attestation-execution',
    'rapport-fin-mesure',
    'rapport-incident',
  ] as const;
  const otherTemplates = DOCUMENT_TEMPLATES.filter((t) => !measureKinds.includes(t.replace(/_/g, '-') as never));
  const slug = (type: string) => type.replace(/_/g, '-');

  it('renders every template from the demo data, the measure documents once per measure type, and the 200 convocations', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('ignoré');
    expect(readdirSync(out).sort()).toEqual(
      [
        ...otherTemplates.map((t) => `${t}.pdf`),
        ...MEASURE_TYPES.flatMap((type) => measureKinds.map((kind) => `${kind}-${slug(type)}.pdf`)),
        'convocations-200.pdf',
      ].sort(),
    );
    for (const name of readdirSync(out).filter((f) => f !== 'convocations-200.pdf')) {
      const base = name.replace(/\.pdf$/, '');
      expect(readFileSync(join(out, name)).subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
      expect(text(base), name).toContain('SPIP de démonstration');
    }
  });

  // What each document must say of the authority: its title always; the consequence where non-execution is at stake;
  // the legal basis where the measure is described.
  const withConsequence = ['decision-affectation', 'convocation', 'fiche-consentement', 'rapport-incident'];
  const withBasis = ['decision-affectation', 'attestation-execution', 'rapport-fin-mesure', 'rapport-incident'];
  const addressed = ['rapport-fin-mesure', 'rapport-incident'];

  it.each(MEASURE_TYPES)('names the authority, the texts and the consequence of a %s on every document', (type) => {
    const authority = measureAuthority(type);
    for (const kind of measureKinds) {
      const doc = text(`${kind}-${slug(type)}`);
      const where = `${kind}-${slug(type)}`;
      expect(doc, where).toContain(authority.title);
      if (withConsequence.includes(kind)) expect(doc, where).toContain(flat(authority.consequence).slice(1));
      if (withBasis.includes(kind)) expect(doc, where).toContain(flat(authority.legalBasis));
      if (addressed.includes(kind)) expect(doc, where).toMatch(/À l’attention de (Madame|Monsieur) \S+ \S+, /);
      if (authority.kind === 'procureur') expect(doc, where).not.toContain('application des peines');
      if (type === 'tnr') {
        expect(doc, where).not.toMatch(/condamn/i);
        expect(doc, where).not.toMatch(/\bpeines?\b/i);
      }
    }
  });

  it('copies the décision d’affectation to the authority, with the schedule in hours and how consent was given', () => {
    for (const type of MEASURE_TYPES) {
      const doc = text(`decision-affectation-${slug(type)}`);
      expect(doc, type).toMatch(new RegExp(`Copies : .*(Mme|M\\.) [^;]+, ${measureAuthority(type).title}`));
      expect(doc, type).toMatch(/Horaires hebdomadaires .*\d+ h/);
      expect(doc, type).toMatch(/Vu le consentement (de la personne|du mineur)[^;]*, (donné|recueilli) [^;]*\d{4} ;/);
    }
  });

  it('prints the reports from a completed measure and a measure with incidents, with the officer’s text', () => {
    const attestation = text('attestation-execution-tig');
    expect(attestation).toContain('Attestation d’exécution');
    expect(attestation).toContain('soit la totalité des heures ordonnées');
    expect(attestation).toMatch(/Heures restantes 0 ?h /);
    const end = text('rapport-fin-mesure-tig');
    expect(end).toContain('Rapport de fin de mesure');
    expect(end).toContain('Les heures ordonnées ont été intégralement effectuées.');
    expect(end).toContain('Je vous propose de constater l’exécution du travail d’intérêt général.');
    expect(text('rapport-fin-mesure-tnr')).toContain('constater l’exécution du travail non rémunéré');
    const incident = text('rapport-incident-tig');
    expect(incident).toContain('Rapport d’incident / de non-exécution');
    expect(incident).toMatch(/\d\d\/\d\d\/\d{4} — (Absence|Comportement|Accident|Suspension)/);
    expect(incident).toContain('Réponse proposée au juge de l’application des peines');
    expect(text('rapport-incident-tnr')).toContain('Réponse proposée au procureur de la République');
    expect(incident).toContain('733-2 du code de procédure pénale');
  });

  it('prints each post’s excluded offence categories in the catalogue for hearings', () => {
    const catalogue = text('catalogue_postes');
    expect(catalogue).toMatch(
      /Infractions exclues : (Violences|Infractions sexuelles|Atteintes aux biens|Stupéfiants|Sécurité routière|Violences intrafamiliales|Outrage|Escroquerie|Port ou détention)/,
    );
  });
});
