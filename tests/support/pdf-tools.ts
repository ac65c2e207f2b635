import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Runs one of poppler's tools on a PDF written to `dir/name.pdf`; returns what it printed. */
function poppler(
  tool: 'pdftotext' | 'pdffonts',
  pdf: Buffer,
  dir: string,
  name: string,
  options: string[] = [],
): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const out = spawnSync(`/usr/bin/${tool}`, tool === 'pdftotext' ? [...options, file, '-'] : [...options, file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
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

/** The text but for the lines of the DUPLICATA banner, whitespace folded. */
export function withoutMarking(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.includes('DUPLICATA'))
    .join('\n')
    .replace(/\f/g, '\n')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One word as poppler places it, in points from the top left corner of its page. */
export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageWords {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  words: WordBox[];
}

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word of every page with its box (`pdftotext -bbox`). */
export function pdfWordBoxes(pdf: Buffer, dir: string, name: string): PageWords[] {
  const html = poppler('pdftotext', pdf, dir, `${name}-bbox`, ['-bbox']);
  const pages: PageWords[] = [];
  for (const [, attrs, body] of html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const num = (re: RegExp, from: string) => Number(from.match(re)?.[1]);
    const words = [
      ...body!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g),
    ].map((m) => ({
      text: decodeEntities(m[5]!),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    }));
    pages.push({
      page: pages.length + 1,
      width: num(/width="([\d.]+)"/, attrs!),
      height: num(/height="([\d.]+)"/, attrs!),
      words,
    });
  }
  return pages;
}

/** A4 in points, as @react-pdf sizes it. */
export const A4 = { width: 595.28, height: 841.89 };

export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * What is wrong with the layout of the pages, in words a failing test can print: a page that is not A4, a word
 * outside the margins (`margins` are the page's padding; the footer sits in the bottom margin, so `bottom` is where
 * the footer ends), or two words printed over each other (text running into a neighbouring column or the footer).
 * `tolerance` (points) absorbs the font's ascent and descent touching between two lines.
 */
export function layoutProblems(pages: PageWords[], margins: Margins, tolerance = 1): string[] {
  const problems: string[] = [];
  const show = (w: WordBox) =>
    `« ${w.text.length > 24 ? `${w.text.slice(0, 24)}…` : w.text} » [${w.xMin.toFixed(1)}, ${w.yMin.toFixed(1)} – ${w.xMax.toFixed(1)}, ${w.yMax.toFixed(1)}]`;
  for (const p of pages) {
    if (Math.abs(p.width - A4.width) > 1 || Math.abs(p.height - A4.height) > 1)
      problems.push(`page ${p.page} : ${p.width} × ${p.height} pt, pas A4`);
    const right = p.width - margins.right;
    const bottom = p.height - margins.bottom;
    for (const w of p.words) {
      if (
        w.xMin < margins.left - tolerance ||
        w.xMax > right + tolerance ||
        w.yMin < margins.top - tolerance ||
        w.yMax > bottom + tolerance
      ) {
        problems.push(
          `page ${p.page} : ${show(w)} hors de la zone [${margins.left}, ${margins.top} – ${right.toFixed(1)}, ${bottom.toFixed(1)}]`,
        );
      }
    }
    const byTop = [...p.words].sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < byTop.length; i += 1) {
      const a = byTop[i]!;
      for (let j = i + 1; j < byTop.length && byTop[j]!.yMin < a.yMax - tolerance; j += 1) {
        const b = byTop[j]!;
        const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (dx > tolerance && dy > tolerance) problems.push(`page ${p.page} : ${show(a)} chevauche ${show(b)}`);
      }
    }
  }
  return problems;
}

/**
 * The lines among `headings` left alone at the foot of a page: the last line of the body (above `bodyBottom`, where
 * the footer starts) of a page that is not the last, so what they head begins on the next page.
 */
export function strandedHeadings(pages: PageWords[], headings: string[], bodyBottom: number): string[] {
  const stranded: string[] = [];
  for (const p of pages.slice(0, -1)) {
    const body = p.words.filter((w) => w.yMax <= bodyBottom);
    const lastTop = Math.max(...body.map((w) => w.yMin));
    const lastLine = body
      .filter((w) => Math.abs(w.yMin - lastTop) < 1)
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' ');
    if (headings.includes(lastLine)) stranded.push(`page ${p.page} : « ${lastLine} »`);
  }
  return stranded;
}
