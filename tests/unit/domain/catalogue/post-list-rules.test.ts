import { describe, expect, it } from 'vitest';
import {
  inscriptionHabilitationProblem,
  needlessHabilitationRequest,
  radiationPlacementsProblem,
} from '@shared/domain/catalogue/post-list-rules';

const host = { name: 'Les Jardins', byRight: false, habilitatedToday: false, requestPending: false };

describe('inscription of a post of a private host', () => {
  it('is refused without habilitation nor request, pointing to « Demander l’habilitation »', () => {
    expect(inscriptionHabilitationProblem(host, false)).toContain('« Demander l’habilitation »');
  });
  it('is accepted with the request in the same step, one under way, a habilitation, or a public host', () => {
    expect(inscriptionHabilitationProblem(host, true)).toBeNull();
    expect(inscriptionHabilitationProblem({ ...host, requestPending: true }, false)).toBeNull();
    expect(inscriptionHabilitationProblem({ ...host, habilitatedToday: true }, false)).toBeNull();
    expect(inscriptionHabilitationProblem({ ...host, byRight: true }, false)).toBeNull();
  });
  it('takes no second request', () => {
    expect(needlessHabilitationRequest(host)).toBeNull();
    expect(needlessHabilitationRequest({ ...host, requestPending: true })).toContain('déjà en cours');
    expect(needlessHabilitationRequest({ ...host, habilitatedToday: true })).toContain('est habilitée');
    expect(needlessHabilitationRequest({ ...host, byRight: true })).toContain('plein droit');
  });
});

describe('radiation of a post with people placed', () => {
  it('names them and counts them', () => {
    expect(radiationPlacementsProblem([])).toBeNull();
    expect(radiationPlacementsProblem(['D26-AAAAAA', 'D26-BBBBBB'])).toBe(
      '2 personnes sont affectées à ce poste (D26-AAAAAA, D26-BBBBBB) : il ne peut être radié qu’une fois leurs affectations terminées ou déplacées.',
    );
  });
});
