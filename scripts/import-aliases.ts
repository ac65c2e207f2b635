/**
 * The import aliases (@shared, @core, @renderer) for Vite, Vitest and the Electron build, read from the one place
 * they are declared: tsconfig.base.json's `paths` (which tsc, tsx and Playwright read themselves).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface BaseConfig {
  compilerOptions: { paths: Record<string, string[]> };
}

export function importAliases(): Array<{ find: RegExp; replacement: string }> {
  const base = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'tsconfig.base.json'), 'utf8')) as BaseConfig;
  return Object.entries(base.compilerOptions.paths).map(([pattern, [target]]) => ({
    // '@shared/*' → '^@shared/(.*)$' → '<project>/src-shared/$1'
    find: new RegExp(`^${pattern.replace('/*', '')}/(.*)$`),
    replacement: `${path.join(PROJECT_DIR, target!.replace('/*', ''))}/$1`,
  }));
}
