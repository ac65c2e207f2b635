import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '@core/documents/french-text';

describe('frenchSpacing', () => {
  it.each([
    ['le procureur ; le juge', 'le procureur\u00a0; le juge'],
    ['Copies : dossier', 'Copies\u00a0: dossier'],
    ['Vraiment ? Oui !', 'Vraiment\u00a0? Oui\u00a0!'],
    ['« lu et compris »', '«\u00a0lu et compris\u00a0»'],
    ['deux  espaces  ;', 'deux  espaces\u00a0;'],
  ])('keeps the punctuation of %j with its word', (input, expected) => {
    expect(frenchSpacing(input)).toBe(expected);
  });

  it.each(['10:30', 'https://exemple.fr', 'sans ponctuation', 'Réf. DA-2026-ABC123'])('leaves %j as it is', (text) => {
    expect(frenchSpacing(text)).toBe(text);
  });
});
