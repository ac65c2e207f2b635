import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openAppCore } from '../app-core';
import { startBrowserHost } from '../hosts/browser-host';
import { defaultDataDir, rendererDir } from '../paths';
import { parseArgs } from './args';

/** `npm run web -- [--data-dir DIR] [--port N]`: serves TIG Desk to a browser on this machine. */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['data-dir', 'port'] });
  const dataDir = resolve(typeof args['data-dir'] === 'string' ? args['data-dir'] : defaultDataDir());
  const port = typeof args.port === 'string' ? Number(args.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Port invalide : ${String(args.port)}`);
  const root = rendererDir();
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`Interface non construite (${root}) : lancez « npm run web », qui la construit d'abord.`);
  }
  const core = await openAppCore({ dataDir });
  const host = await startBrowserHost({ core, rendererDir: root, port });
  console.log(`TIG Desk — données : ${dataDir}`);
  console.log(`Ouvrez dans votre navigateur : ${host.url}`);

  const stop = async () => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
