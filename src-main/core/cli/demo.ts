import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openAppCore, type AppCore } from '../app-core';
import { dataPaths } from '../data-paths';
import { SeededRandom } from '../demo/seeded-random';
import { demoUsers, type DemoScale } from '../demo/demo-users';
import { SEED_SIZES } from '../demo/seed-cases';
import { seedDemoDatabase } from '../demo/seed-database';
import { passphraseProblem } from '@shared/passphrase';
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
    throw new Error(
      'Usage : npm run demo -- --data-dir DOSSIER --passphrase PHRASE [--scale small|national] [--seed N]',
    );
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
  let recoveryKey: string;
  let staffCount: number;
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
    recoveryKey = setup.recoveryKey;
    staffCount = users.length;
  } finally {
    await core.close();
  }
  console.log(
    `Comptes créés en ${((Date.now() - started) / 1000).toFixed(1)} s ; génération des dossiers (échelle ${scale})…`,
  );
  const report = await seedDemoDatabase(dataDir, args.passphrase, {
    size: SEED_SIZES[scale],
    seed,
    log: (line) => console.log(`  ${line}`),
  });
  const c = report.counts;
  console.log(
    `Base de démonstration créée dans ${dataDir} (échelle ${scale}, graine ${seed}, aujourd’hui ${report.today}) en ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(
    `  ${c.hosts} structures (${c.habilitations} demandes d’habilitation), ${c.tutors} tuteurs, ${c.posts} postes (${c.post_registrations} demandes d’inscription), ${c.prospects} prospects`,
  );
  console.log(`  ${c.persons} personnes, ${c.measures} mesures, ${c.placements} affectations`);
  console.log(
    `  ${c.hours_entries} séances, ${c.incidents} incidents, ${c.suspensions} suspensions, ${c.appointments} rendez-vous, ${c.measure_events} événements`,
  );
  console.log(
    `  mesures par statut : ${Object.entries(report.byStatus)
      .map(([status, n]) => `${status} ${n}`)
      .join(', ')}`,
  );
  console.log(`  dossiers générés en ${report.seconds.toFixed(1)} s`);
  console.log(`Comptes : admin et ${staffCount} agents (même phrase de passe). Clé de secours : ${recoveryKey}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
