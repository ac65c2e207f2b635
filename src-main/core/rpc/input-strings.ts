import type { FieldIssue } from '@shared/errors';

/**
 * Every string of an RPC input, checked once at the boundary before the schema sees it: C0/C1 control characters
 * and lone UTF-16 surrogates are refused (they crash FTS5, encodeURIComponent, PDF text), and what remains is
 * normalised to NFC so that a name typed on a keyboard composing accents and one pasted decomposed are the same.
 * Tab, line feed and carriage return are kept in every field: they are what a multi-line field (notes, reports,
 * descriptions, the letterhead address) legitimately holds, and the single-line fields where they would not belong
 * are either trimmed or checked by their own pattern.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Deeper than any input of the contract; a deeper value is refused rather than walked. */
const MAX_DEPTH = 32;
const MAX_ISSUES = 20;

export type CleanedInput = { ok: true; value: unknown } | { ok: false; issues: FieldIssue[] };

export function cleanInputStrings(input: unknown): CleanedInput {
  const issues: FieldIssue[] = [];
  const visit = (value: unknown, path: string[]): unknown => {
    if (issues.length >= MAX_ISSUES) return value;
    if (typeof value === 'string') {
      const message = stringIssue(value);
      if (message) issues.push({ path: path.join('.'), message });
      return message ? value : value.normalize('NFC');
    }
    if (value === null || typeof value !== 'object') return value;
    if (path.length >= MAX_DEPTH) {
      issues.push({ path: path.join('.'), message: 'Données trop imbriquées.' });
      return value;
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, [...path, String(index)]));
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
    const copy: Record<string, unknown> = {};
    // defineProperty: a "__proto__" key parsed from JSON stays a plain key, as the schema saw it before.
    for (const [key, item] of Object.entries(value))
      Object.defineProperty(copy, key, { value: visit(item, [...path, key]), enumerable: true, writable: true });
    return copy;
  };
  const value = visit(input, []);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

function stringIssue(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return 'Texte illisible : caractère Unicode incomplet.';
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `Caractère de contrôle non admis (U+${code}).`;
  }
  return null;
}
