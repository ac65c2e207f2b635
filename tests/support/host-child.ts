/**
 * Child process for the log tests: a test core and its browser host, so that the parent captures exactly what the
 * host prints on stdout and stderr. Tells the parent its port and token, stops on 'stop'.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserHost } from '@core/hosts/browser-host';
import { openTestCore } from './test-core';

const [dataDir, rendererDir] = process.argv.slice(2) as [string, string];
mkdirSync(rendererDir, { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>TIG Desk</title>');
const t = await openTestCore(dataDir);
const host = await startBrowserHost({ core: t.core, rendererDir });
process.on('message', (message) => {
  if (message !== 'stop') return;
  void host
    .close()
    .then(() => t.core.close())
    .then(() => process.exit(0));
});
process.send?.({ port: host.port, token: host.token });
