import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Runs one of poppler's tools on a PDF written to `dir/name.pdf`; returns what it printed. */
function poppler(tool: 'pdftotext' | 'pdffonts', pdf: Buffer, dir: string, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const out = spawnSync(`/usr/bin/${tool}`, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return out.stdout;
}

/** The text of a PDF as a reader would copy it (pdftotext, layout lines kept). */
export function pdftotext(pdf: Buffer, dir: string, name: string): string {
  return poppler('pdftotext', pdf, dir, name);
}

/** The rows of `pdffonts` under its header: name, type, encoding, emb, sub, uni, object id. */
export function pdffonts(pdf: Buffer, dir: string, name: string): string[] {
  return poppler('pdffonts', pdf, dir, `${name}-fonts`).split('\n').slice(2).filter(Boolean);
}

/** Whitespace folded to single spaces, so a phrase can be found across line breaks. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
