import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openAppCore, type AppCore } from '../app-core';
import { dataPaths } from '../data-paths';
import { SeededRandom } from '../demo/seeded-random';
import { demoUsers, type DemoScale } from '../demo/demo-users';
import { passphraseProblem } from '../../../src-shared/passphrase';
import { parseArgs } from './args';

/**
 * `npm run demo -- --data-dir DIR --passphrase P [--scale small|national] [--seed N]`: a new encrypted database
 * with a deterministic synthetic French office and an administrator `admin` whose passphrase is P.
 */
async function call(core: AppCore, method: string, input: unknown): Promise<unknown> {
  const response = await core.call(method, input);
  if (!response.ok) throw new Error(`${method} : ${response.error.message}`);
  return response.result;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['data-dir', 'passphrase', 'scale', 'seed'] });
  if (typeof args['data-dir'] !== 'string' || typeof args.passphrase !== 'string') {
    throw new Error('Usage : npm run demo -- --data-dir DOSSIER --passphrase PHRASE [--scale small|national] [--seed N]');
  }
  const scale = (args.scale ?? 'small') as DemoScale;
  if (scale !== 'small' && scale !== 'national') throw new Error(`Échelle inconnue : ${scale} (small ou national).`);
  const seed = args.seed === undefined ? 1 : Number(args.seed);
  if (!Number.isInteger(seed)) throw new Error(`Graine invalide : ${String(args.seed)}`);
  const problem = passphraseProblem(args.passphrase);
  if (problem) throw new Error(problem);
  const dataDir = resolve(args['data-dir']);
  if (existsSync(dataPaths(dataDir).keyring) || existsSync(dataPaths(dataDir).database)) {
    throw new Error(`Le dossier ${dataDir} contient déjà une base TIG Desk : choisissez un dossier vide.`);
  }

  const started = Date.now();
  const core = await openAppCore({ dataDir });
  try {
    const random = new SeededRandom(seed);
    const setup = (await call(core, 'session.setup', {
      serviceName: 'SPIP de démonstration',
      username: 'admin',
      displayName: 'Administrateur local',
      passphrase: args.passphrase,
    })) as { recoveryKey: string };
    const users = demoUsers(scale, random, args.passphrase);
    for (const user of users) await call(core, 'users.create', user);
    await call(core, 'session.logout', {});
    console.log(`Base de démonstration créée dans ${dataDir} (échelle ${scale}, graine ${seed}) en ${Date.now() - started} ms.`);
    console.log(`Comptes : admin et ${users.length} agents (même phrase de passe). Clé de secours : ${setup.recoveryKey}`);
  } finally {
    await core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
