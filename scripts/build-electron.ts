/**
 * Builds the Electron shell into build/electron/{main,preload}.cjs with Vite (library/SSR mode).
 * Two separate builds so the sandboxed preload stays one self-contained CommonJS file (no shared chunks).
 * Usage: npx tsx scripts/build-electron.ts
 */
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { importAliases } from './import-aliases';

export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_OUT_DIR = path.join(PROJECT_DIR, 'build', 'electron');

const require = createRequire(import.meta.url);
const packageJson = require(path.join(PROJECT_DIR, 'package.json')) as { dependencies?: Record<string, string> };

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/**
 * Main: our own code (core, shared) is bundled; runtime dependencies stay in node_modules, where
 * electron-builder packages them (native sqlcipher, knex's dynamic dialect loading, electron-updater).
 */
function isMainExternal(id: string): boolean {
  if (id === 'electron' || id.startsWith('electron/') || builtins.has(id)) return true;
  return Object.keys(packageJson.dependencies ?? {}).some((name) => id === name || id.startsWith(`${name}/`));
}

/** Sandboxed preload: only 'electron' may be required at run time. */
function isPreloadExternal(id: string): boolean {
  return id === 'electron';
}

async function buildOne(entry: string, fileName: string, external: (id: string) => boolean): Promise<void> {
  await build({
    configFile: false,
    root: PROJECT_DIR,
    logLevel: 'warn',
    mode: 'production',
    resolve: { alias: importAliases() },
    build: {
      ssr: path.join(PROJECT_DIR, entry),
      outDir: ELECTRON_OUT_DIR,
      emptyOutDir: false,
      target: 'node22', // Electron 45 ships Node 22
      minify: false, // readable stack traces in the field
      sourcemap: true,
      copyPublicDir: false,
      rolldownOptions: {
        external,
        output: { format: 'cjs', entryFileNames: fileName, codeSplitting: false },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  });
}

export async function buildElectron(): Promise<void> {
  await buildOne('src-main/electron/main.ts', 'main.cjs', isMainExternal);
  await buildOne('src-main/electron/preload.ts', 'preload.cjs', isPreloadExternal);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
