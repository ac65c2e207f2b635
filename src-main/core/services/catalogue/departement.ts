/**
 * The département of a French postal code: its first two digits; three for the overseas départements (971-976);
 * Corsica (20xxx) is 2A below 20200 and 2B from 20200. Null when there is no usable code.
 */
export function departementOf(postalCode: string | null | undefined): string | null {
  if (!postalCode || !/^\d{5}$/.test(postalCode)) return null;
  if (postalCode.startsWith('97') || postalCode.startsWith('98')) return postalCode.slice(0, 3);
  if (postalCode.startsWith('20')) return Number(postalCode) < 20200 ? '2A' : '2B';
  return postalCode.slice(0, 2);
}
