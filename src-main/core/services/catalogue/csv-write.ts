/**
 * CSV the way French spreadsheets open it: ';' separator, UTF-8 with a byte-order mark, CRLF line ends, fields
 * quoted only when they contain a separator, a quote or a line break.
 */
export type CsvCell = string | number | boolean | null | undefined;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'oui' : 'non') : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** "2026-11-24" → "24/11/2026"; empty stays empty. */
export function csvDate(date: string | null | undefined): string {
  return date ? date.split('-').reverse().join('/') : '';
}
