import { describe, expect, it } from 'vitest';
import { atPlace, ofPlace } from '@shared/domain/french-places';

// Seats of tribunaux judiciaires whose name starts with an article, a vowel or an h, and a few that do not.
const SEATS: Array<[seat: string, of: string, at: string]> = [
  ['Le Puy-en-Velay', 'du Puy-en-Velay', 'au Puy-en-Velay'],
  ['Le Mans', 'du Mans', 'au Mans'],
  ['Le Havre', 'du Havre', 'au Havre'],
  ['Les Sables-d’Olonne', 'des Sables-d’Olonne', 'aux Sables-d’Olonne'],
  ['La Rochelle', 'de La Rochelle', 'à La Rochelle'],
  ['La Roche-sur-Yon', 'de La Roche-sur-Yon', 'à La Roche-sur-Yon'],
  ['Évry-Courcouronnes', 'd’Évry-Courcouronnes', 'à Évry-Courcouronnes'],
  ['Évreux', 'd’Évreux', 'à Évreux'],
  ['Épinal', 'd’Épinal', 'à Épinal'],
  ['Agen', 'd’Agen', 'à Agen'],
  ['Aix-en-Provence', 'd’Aix-en-Provence', 'à Aix-en-Provence'],
  ['Ajaccio', 'd’Ajaccio', 'à Ajaccio'],
  ['Albertville', 'd’Albertville', 'à Albertville'],
  ['Albi', 'd’Albi', 'à Albi'],
  ['Alençon', 'd’Alençon', 'à Alençon'],
  ['Alès', 'd’Alès', 'à Alès'],
  ['Amiens', 'd’Amiens', 'à Amiens'],
  ['Angers', 'd’Angers', 'à Angers'],
  ['Angoulême', 'd’Angoulême', 'à Angoulême'],
  ['Annecy', 'd’Annecy', 'à Annecy'],
  ['Argentan', 'd’Argentan', 'à Argentan'],
  ['Arras', 'd’Arras', 'à Arras'],
  ['Auch', 'd’Auch', 'à Auch'],
  ['Aurillac', 'd’Aurillac', 'à Aurillac'],
  ['Auxerre', 'd’Auxerre', 'à Auxerre'],
  ['Avesnes-sur-Helpe', 'd’Avesnes-sur-Helpe', 'à Avesnes-sur-Helpe'],
  ['Avignon', 'd’Avignon', 'à Avignon'],
  ['Orléans', 'd’Orléans', 'à Orléans'],
  ['Hazebrouck', 'd’Hazebrouck', 'à Hazebrouck'],
  ['Bordeaux', 'de Bordeaux', 'à Bordeaux'],
  ['Lons-le-Saunier', 'de Lons-le-Saunier', 'à Lons-le-Saunier'],
  ['Laval', 'de Laval', 'à Laval'],
  ['Lens', 'de Lens', 'à Lens'],
];

describe('place names after « de » and « à »', () => {
  it.each(SEATS)('%s → %s, %s', (seat, of, at) => {
    expect(ofPlace(seat)).toBe(of);
    expect(atPlace(seat)).toBe(at);
  });

  it('does not take the start of a name for an article', () => {
    expect(ofPlace('Lesneven')).toBe('de Lesneven');
    expect(ofPlace('Lens')).toBe('de Lens');
    expect(atPlace('Le Mans ')).toBe('au Mans');
  });
});
