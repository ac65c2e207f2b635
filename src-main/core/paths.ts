import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRODUCT_DIR_NAME = 'TIG Desk';

/** The OS user-data dir, the same place Electron's app.getPath('userData') uses for the product name. */
export function defaultDataDir(): string {
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_DIR_NAME);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_DIR_NAME);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_DIR_NAME);
}

/** The repository (or unpacked app) root, found from this file's place in src-main/core. */
export function projectRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function rendererDir(): string {
  return join(projectRoot(), 'dist', 'renderer');
}
