/** Conversions between SQLite rows and domain values (JSON arrays, 0/1 booleans). */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value);
}

export function decodeJsonArray<T = string>(value: unknown): T[] {
  if (typeof value !== 'string' || value === '') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

export function decodeBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** Lower-case ASCII without accents or punctuation: "Lefèvre-Cœur" → "lefevre coeur". */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Same person for import and duplicate checks: folded names and birth date. */
export function identityKey(lastName: string, firstName: string, birthDate: string): string {
  return `${foldForMatching(lastName)}|${foldForMatching(firstName)}|${birthDate}`;
}
