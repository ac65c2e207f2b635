/** Latitude and longitude as the French write them, and their parsing from a text field. */

/** "44,8086" — four decimals (about 10 m), decimal comma. */
export function frenchCoordinate(value: number): string {
  return value.toFixed(4).replace('.', ',');
}

/** "44,8086 ; -0,5478" */
export function frenchPosition(latitude: number, longitude: number): string {
  return `${frenchCoordinate(latitude)} ; ${frenchCoordinate(longitude)}`;
}

/** The value of a coordinate field: full precision, decimal comma, '' for none. */
export function coordinateText(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

export type ParsedCoordinate = { ok: true; value: number | null } | { ok: false };

/** '' is no value; '44,8086' and '44.8086' are accepted within ±limit (90 for a latitude, 180 for a longitude). */
export function parseCoordinate(text: string, limit: number): ParsedCoordinate {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^[-+]?\d{1,3}(?:[.,]\d+)?$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) && Math.abs(value) <= limit ? { ok: true, value } : { ok: false };
}

/** Six decimals (about 10 cm) are plenty for a click on the map. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
