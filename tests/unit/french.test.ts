import { describe, expect, it } from 'vitest';
import { agree, countOf, deName, elide, listInSentence, startsWithVowelSound, theSelected } from '@shared/french';

describe('French text assembly', () => {
  it('elides before a vowel, an accented vowel and a mute h, not before a consonant or an h aspiré', () => {
    expect(elide('de', 'Administrateur local')).toBe('d’Administrateur local');
    expect(elide('de', 'Émilie')).toBe('d’Émilie');
    expect(elide('de', 'Hélène')).toBe('d’Hélène');
    expect(elide('la', 'heure')).toBe('l’heure');
    expect(elide('de', 'Marie')).toBe('de Marie');
    expect(elide('la', 'hiérarchie')).toBe('la hiérarchie');
    expect(elide('De', 'Olivier')).toBe('D’Olivier');
    expect(elide('que', 'il')).toBe('qu’il');
    expect(deName('Yves')).toBe('d’Yves');
    expect(deName('Yolande')).toBe('de Yolande');
  });

  it('treats an empty word as a consonant', () => {
    expect(startsWithVowelSound('')).toBe(false);
    expect(deName('')).toBe('de ');
  });

  it('agrees 0 and 1 in the singular, 2 and more in the plural', () => {
    expect(countOf(0, 'jour')).toBe('0 jour');
    expect(countOf(1, 'jour')).toBe('1 jour');
    expect(countOf(3, 'jour')).toBe('3 jours');
    expect(countOf(1.5, 'heure')).toBe('1,5 heure');
    expect(countOf(2, 'travail', 'travaux')).toBe('2 travaux');
    expect(countOf(1200, 'commune')).toBe('1\u202f200 communes');
    expect(agree(-3, 'jour')).toBe('jours');
  });

  it('names a selection for an action label', () => {
    const noun = { singular: 'mesure', article: 'la' as const };
    const selected = { singular: 'sélectionnée' };
    expect(theSelected(1, noun, selected)).toBe('la mesure sélectionnée');
    expect(theSelected(3, noun, selected)).toBe('les 3 mesures sélectionnées');
    expect(theSelected(1, { singular: 'affectation', article: 'la' }, selected)).toBe('l’affectation sélectionnée');
  });

  it('joins a list with commas and a final conjunction', () => {
    expect(listInSentence([])).toBe('');
    expect(listInSentence(['adresse'])).toBe('adresse');
    expect(listInSentence(['adresse', 'position'])).toBe('adresse et position');
    expect(listInSentence(['adresse', 'position', 'tuteur'], 'ou')).toBe('adresse, position ou tuteur');
  });
});
