import { describe, expect, it } from 'vitest';
import {
  PHYSICAL_DEMANDS,
  PHYSICAL_DEMAND_LABELS,
  POST_CATEGORIES,
  POST_CATEGORY_LABELS,
  PROSPECT_STATUSES,
  PROSPECT_STATUS_LABELS,
} from '@shared/domain/catalogue/post-categories';

const sameKeys = (labels: Record<string, string>, codes: readonly string[]) =>
  expect(Object.keys(labels).sort()).toEqual([...codes].sort());
const distinct = (labels: Record<string, string>) =>
  expect(new Set(Object.values(labels)).size).toBe(Object.keys(labels).length);

describe('POST_CATEGORIES', () => {
  it('are the twelve activity categories of the issue, in its order', () => {
    expect(POST_CATEGORIES.map((c) => POST_CATEGORY_LABELS[c])).toEqual([
      'Espaces verts',
      'Entretien de bâtiments',
      'Propreté urbaine',
      'Restauration et aide alimentaire',
      'Accueil et administratif',
      'Logistique et manutention',
      'Animation',
      'Environnement et nature',
      'Hôpital et soin',
      'Culture et patrimoine',
      'Sport',
      'Chantier collectif',
    ]);
    sameKeys(POST_CATEGORY_LABELS, POST_CATEGORIES);
    distinct(POST_CATEGORY_LABELS);
  });

  it('labels start with a capital letter (matching lowercases them inside a sentence)', () => {
    for (const c of POST_CATEGORIES) expect(POST_CATEGORY_LABELS[c]).toMatch(/^\p{Lu}/u);
  });
});

describe('PHYSICAL_DEMANDS', () => {
  it('each has a distinct lowercase label, as used inside an exclusion reason', () => {
    sameKeys(PHYSICAL_DEMAND_LABELS, PHYSICAL_DEMANDS);
    distinct(PHYSICAL_DEMAND_LABELS);
    for (const d of PHYSICAL_DEMANDS) expect(PHYSICAL_DEMAND_LABELS[d]).toMatch(/^\p{Ll}/u);
    expect(PHYSICAL_DEMAND_LABELS.port_de_charges).toBe('port de charges');
  });
});

describe('PROSPECT_STATUSES', () => {
  it('follow the prospection path of the issue', () => {
    expect(PROSPECT_STATUSES.map((s) => PROSPECT_STATUS_LABELS[s])).toEqual([
      'À contacter',
      'Contactée',
      'Rendez-vous',
      'Dossier en cours',
      'Habilitée',
      'Refus',
    ]);
    sameKeys(PROSPECT_STATUS_LABELS, PROSPECT_STATUSES);
  });
});
