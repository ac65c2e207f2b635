import { describe, expect, it } from 'vitest';
import {
  HOST_TYPES,
  HOST_TYPE_LABELS,
  NATIONAL_PARTNERSHIPS,
  NATIONAL_PARTNERSHIP_LABELS,
  isHabilitatedByRight,
  type HostType,
} from '@shared/domain/catalogue/host-types';

describe('HOST_TYPES', () => {
  it('are the seven kinds of host of the issue, each labelled in French', () => {
    expect([...HOST_TYPES]).toEqual([
      'collectivite',
      'etablissement_public',
      'hopital',
      'association',
      'entreprise_service_public',
      'entreprise_ess',
      'societe_a_mission',
    ]);
    expect(Object.keys(HOST_TYPE_LABELS).sort()).toEqual([...HOST_TYPES].sort());
    expect(HOST_TYPE_LABELS.collectivite).toBe('Collectivité territoriale');
    expect(HOST_TYPE_LABELS.societe_a_mission).toBe('Société à mission');
    expect(new Set(Object.values(HOST_TYPE_LABELS)).size).toBe(HOST_TYPES.length);
  });
});

describe('isHabilitatedByRight', () => {
  it.each([
    ['collectivite', true],
    ['etablissement_public', true],
    ['hopital', true],
    ['association', false],
    ['entreprise_service_public', false],
    ['entreprise_ess', false],
    ['societe_a_mission', false],
  ] as Array<[HostType, boolean]>)('%s → %s', (type, byRight) => {
    expect(isHabilitatedByRight(type)).toBe(byRight);
  });
});

describe('NATIONAL_PARTNERSHIPS', () => {
  it('each has a distinct, non-empty label', () => {
    expect(Object.keys(NATIONAL_PARTNERSHIP_LABELS).sort()).toEqual([...NATIONAL_PARTNERSHIPS].sort());
    for (const p of NATIONAL_PARTNERSHIPS) expect(NATIONAL_PARTNERSHIP_LABELS[p].trim()).not.toBe('');
    expect(new Set(Object.values(NATIONAL_PARTNERSHIP_LABELS)).size).toBe(NATIONAL_PARTNERSHIPS.length);
    expect(NATIONAL_PARTNERSHIP_LABELS.la_poste).toBe('La Poste');
  });
});
