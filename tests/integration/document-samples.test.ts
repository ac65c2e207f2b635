import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { flat, pdftotext } from '../support/pdf-tools';
import { DOCUMENT_TEMPLATES } from '@shared/schemas/documents';

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

  const text = (template: string) => flat(pdftotext(readFileSync(join(out, `${template}.pdf`)), temp.dir, template));

  it('renders every template from the demo data, one PDF each, and the 200 convocations', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('ignoré');
    expect(readdirSync(out).sort()).toEqual(
      [...DOCUMENT_TEMPLATES.map((t) => `${t}.pdf`), 'convocations-200.pdf'].sort(),
    );
    for (const template of DOCUMENT_TEMPLATES) {
      expect(
        readFileSync(join(out, `${template}.pdf`))
          .subarray(0, 5)
          .toString('latin1'),
        template,
      ).toBe('%PDF-');
      expect(text(template), template).toContain('SPIP de démonstration');
    }
  });

  it('prints the reports to the JAP from a completed measure and a measure with incidents, with the officer’s text', () => {
    const attestation = text('attestation_execution');
    expect(attestation).toContain('Attestation d’exécution');
    expect(attestation).toContain('soit la totalité des heures ordonnées');
    expect(attestation).toMatch(/Heures restantes 0 ?h /);
    const end = text('rapport_fin_mesure');
    expect(end).toContain('Rapport de fin de mesure');
    expect(end).toContain('Les heures ordonnées ont été intégralement effectuées.');
    expect(end).toContain('Je vous propose de constater l’exécution du travail d’intérêt général.');
    const incident = text('rapport_incident');
    expect(incident).toContain('Rapport d’incident / de non-exécution');
    expect(incident).toMatch(/\d\d\/\d\d\/\d{4} — (Absence|Comportement|Accident|Suspension)/);
    expect(incident).toContain('Réponse proposée au juge');
    expect(incident).toContain('733-2 du code de procédure pénale');
  });
});
