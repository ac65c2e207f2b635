/**
 * `npx tsx scripts/start.ts [args]`: builds the renderer, then opens TIG Desk in Electron when its binary is
 * installed, or else in the browser host (src-main/core/cli/web.ts), which gets the arguments as they are.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'vite';
import { buildElectron, PROJECT_DIR } from './build-electron';

/**
 * The npm 'electron' package exports the binary's path, but requiring it when the binary was never downloaded
 * starts a download attempt (noisy, and slow offline); path.txt only exists after a successful download.
 */
export function findElectronBinary(): string | null {
  const require = createRequire(path.join(PROJECT_DIR, 'package.json'));
  try {
    const packageDir = path.dirname(require.resolve('electron/package.json'));
    if (!process.env.ELECTRON_OVERRIDE_DIST_PATH && !existsSync(path.join(packageDir, 'path.txt'))) return null;
    const binary: unknown = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: PROJECT_DIR, stdio: 'inherit', env });
  // Ctrl+C already reaches the child through the terminal: wait for it to close its database and exit.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(error.message);
    process.exit(1);
  });
  return child;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  await build({
    root: path.join(PROJECT_DIR, 'src-renderer'),
    configFile: path.join(PROJECT_DIR, 'vite.config.ts'),
    logLevel: 'warn',
  });

  const electron = findElectronBinary();
  if (electron) {
    await buildElectron();
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // would turn the binary into plain Node
    run(electron, [PROJECT_DIR, ...args], env);
    return;
  }

  // The Electron bundles are not needed here, and a failure building them must not block the browser host.
  console.log("Electron n'est pas installé sur ce poste : TIG Desk s'ouvre dans le navigateur (hôte local).");
  run(process.execPath, ['--import', 'tsx', 'src-main/core/cli/web.ts', ...args], process.env);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
