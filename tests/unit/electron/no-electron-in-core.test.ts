import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PROJECT = path.resolve(__dirname, '../../..');
const ELECTRON_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)['"]electron(?:\/[^'"]*)?['"]/;

/** Comments may mention electron; only code counts. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(?:[cm]?[jt]sx?)$/.test(name) ? [full] : [];
  });
}

describe('import boundaries (DESIGN.md §4)', () => {
  it('the pattern catches every import form', () => {
    expect(ELECTRON_IMPORT.test("import { app } from 'electron';")).toBe(true);
    expect(ELECTRON_IMPORT.test('import type { IpcMainEvent } from "electron"')).toBe(true);
    expect(ELECTRON_IMPORT.test("import 'electron';")).toBe(true);
    expect(ELECTRON_IMPORT.test("const e = require('electron')")).toBe(true);
    expect(ELECTRON_IMPORT.test("await import('electron/main')")).toBe(true);
    expect(ELECTRON_IMPORT.test("import x from 'electron-updater'")).toBe(false);
  });

  it('ignores comments but not code after them', () => {
    expect(ELECTRON_IMPORT.test(codeOf(__filename))).toBe(true); // this file holds the samples above
    expect(ELECTRON_IMPORT.test("/* never import { app } from 'electron' */".replace(/\/\*[\s\S]*?\*\//g, ''))).toBe(
      false,
    );
  });

  it('src-main/core and src-shared never import electron', () => {
    const files = [
      ...sourceFiles(path.join(PROJECT, 'src-main/core')),
      ...sourceFiles(path.join(PROJECT, 'src-shared')),
    ];
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.filter((file) => ELECTRON_IMPORT.test(codeOf(file)));
    expect(offenders.map((file) => path.relative(PROJECT, file))).toEqual([]);
  });

  it('inside src-main/electron only the shell entry files import electron', () => {
    const allowed = new Set(['main.ts', 'preload.ts', 'protocol.ts', 'window.ts', 'print.ts']);
    const files = sourceFiles(path.join(PROJECT, 'src-main/electron'));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.filter((file) => !allowed.has(path.basename(file)) && ELECTRON_IMPORT.test(codeOf(file)));
    expect(offenders.map((file) => path.relative(PROJECT, file))).toEqual([]);
  });
});
