/**
 * `npm run bench [-- --scale small|national]`: builds (once, cached in .tmp/) the demo dataset, then times the
 * operations DESIGN.md §8 budgets, through the real router on the real encrypted database. Prints a table and
 * writes bench-results/latest.json. Timings are measured here, never asserted in tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openAppCore, type AppCore } from '@core/app-core';
import { dataPaths } from '@core/data-paths';
import { Keyring } from '@core/crypto/keyring';
import { openDatabase } from '@core/db/open-database';
import { parseArgs } from '@core/cli/args';
import { timeIt } from './measure';
import { benchRenderer } from './renderer';
import { buildClusterIndex, type MapPoint } from '@renderer/map/clusterIndex';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PASSPHRASE = 'banc d’essai national 2026';

interface Row {
  name: string;
  budgetMs: number | null;
  median: number;
  p90: number;
  runs: number;
}

async function call<T>(core: AppCore, method: string, input: unknown): Promise<T> {
  const response = await core.call(method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.result as T;
}

async function main() {
  const args = parseArgs(process.argv.slice(2), { values: ['scale', 'seed', 'only'] });
  const only = (args.only as string | undefined) ?? 'all';
  const scale = (args.scale as string) ?? 'national';
  const seed = (args.seed as string) ?? '1';
  const dataDir = join(ROOT, '.tmp', `bench-${scale}-${seed}`);
  if (!existsSync(dataPaths(dataDir).keyring)) {
    console.log(`Création du jeu de données ${scale} (une seule fois, mis en cache dans ${dataDir})…`);
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src-main/core/cli/demo.ts',
        '--data-dir',
        dataDir,
        '--passphrase',
        PASSPHRASE,
        '--scale',
        scale,
        '--seed',
        seed,
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }
  const rows: Row[] = [];
  const record = (name: string, budgetMs: number | null, result: { median: number; p90: number; runs: number }) => {
    rows.push({ name, budgetMs, ...result });
    console.log(
      `${name.padEnd(52)} ${String(result.median).padStart(9)} ms (p90 ${result.p90})${budgetMs ? `  budget ${budgetMs} ms` : ''}`,
    );
  };

  if (only === 'all' || only === 'core') await benchCore(dataDir, record);
  if (only === 'all' || only === 'renderer') await benchRenderer(dataDir, PASSPHRASE, record);

  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const output = { at: new Date().toISOString(), scale, seed, node: process.version, rows };
  writeFileSync(join(ROOT, 'bench-results', 'latest.json'), `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nRésultats écrits dans bench-results/latest.json`);
}

async function benchCore(
  dataDir: string,
  record: (name: string, budgetMs: number | null, result: { median: number; p90: number; runs: number }) => void,
) {
  const key = await Keyring.load(dataPaths(dataDir).keyring).unlockWithPassphrase('admin', PASSPHRASE);
  record(
    'open + migrate the encrypted database',
    300,
    await timeIt(async () => (await openDatabase(dataPaths(dataDir).database, key!)).close(), 10, 1),
  );

  const core = await openAppCore({ dataDir });
  try {
    await call(core, 'session.login', { username: 'admin', passphrase: PASSPHRASE });
    const users = await call<Array<{ username: string; role: string }>>(core, 'users.list', {});
    await call(core, 'session.logout', {});
    const cpip = users.find((u) => u.role === 'cpip')!;
    await call(core, 'session.login', { username: cpip.username, passphrase: PASSPHRASE });

    record(
      'persons.search "mar" (FTS, prefix)',
      20,
      await timeIt(() => call(core, 'persons.search', { query: 'mar', limit: 20 })),
    );
    record(
      'persons.search "lefevre" (no accents)',
      20,
      await timeIt(() => call(core, 'persons.search', { query: 'lefevre', limit: 20 })),
    );
    record(
      'persons.search by birth date',
      20,
      await timeIt(() => call(core, 'persons.search', { query: '14/05/1990', limit: 20 })),
    );
    record(
      'caseload: my measures, page 1',
      null,
      await timeIt(() => call(core, 'measures.caseload', { officer: 'me' })),
    );
    record(
      'caseload: whole service, page 1 by deadline',
      null,
      await timeIt(() => call(core, 'measures.caseload', {})),
    );
    record(
      'caseload: whole service, page 40 by name',
      null,
      await timeIt(() => call(core, 'measures.caseload', { sort: 'name', offset: 2000 })),
    );
    record(
      'caseload: with alerts only',
      null,
      await timeIt(() => call(core, 'measures.caseload', { withAlertsOnly: true }), 10),
    );
    record(
      'caseload: no hours for 21 days',
      null,
      await timeIt(() => call(core, 'measures.caseload', { noHoursForDays: 21 }), 10),
    );
    record('caseload: search "dupont"', null, await timeIt(() => call(core, 'measures.caseload', { query: 'dupont' })));
    const page = await call<{ items: Array<{ measureId: string; personId: string }> }>(core, 'measures.caseload', {
      sort: 'remaining',
      direction: 'desc',
    });
    const sample = page.items.slice(0, 10);
    let i = 0;
    record(
      'measure file (measures.get, full ledger)',
      null,
      await timeIt(() => call(core, 'measures.get', { id: sample[i++ % sample.length]!.measureId })),
    );
    record(
      'person timeline',
      null,
      await timeIt(() => call(core, 'persons.timeline', { id: sample[i++ % sample.length]!.personId })),
    );
    const open = await call<{ items: Array<{ measureId: string }> }>(core, 'measures.caseload', {
      statuses: ['a_affecter'],
      limit: 20,
    });
    let j = 0;
    record(
      'matching: top 20 posts for a measure',
      30,
      await timeIt(() =>
        call(core, 'matching.suggest', { measureId: open.items[j++ % open.items.length]!.measureId, limit: 20 }),
      ),
    );
    record(
      'matching: top 20 with the excluded and why',
      null,
      await timeIt(() =>
        call(core, 'matching.suggest', {
          measureId: open.items[j++ % open.items.length]!.measureId,
          limit: 20,
          includeExcluded: true,
        }),
      ),
    );
    record(
      'map: all placeable posts as points',
      null,
      await timeIt(() => call(core, 'map.points', { filters: {} }), 10),
    );
    record(
      'map: Saturday posts within 10 km of Bordeaux',
      null,
      await timeIt(() =>
        call(core, 'map.points', {
          filters: { schedule: ['saturday'], near: { latitude: 44.84, longitude: -0.58, radiusKm: 10 } },
        }),
      ),
    );
    const { points } = await call<{ points: MapPoint[] }>(core, 'map.points', { filters: {} });
    record(
      `clusters: build the index of ${points.length} posts (on filter change)`,
      null,
      await timeIt(async () => buildClusterIndex(points), 5, 1),
    );
    const { index } = buildClusterIndex(points);
    record(
      'clusters: whole France viewport at zoom 6',
      20,
      await timeIt(async () => index.getClusters([-5.5, 41, 10, 51.5], 6), 50),
    );
    record(
      'clusters: a city viewport at zoom 13',
      20,
      await timeIt(async () => index.getClusters([-0.7, 44.78, -0.5, 44.9], 13), 50),
    );
    record(
      'map: list of a city-sized viewport',
      null,
      await timeIt(() =>
        call(core, 'map.list', { filters: {}, bounds: { south: 44.7, west: -0.75, north: 45.0, east: -0.4 } }),
      ),
    );
  } finally {
    await core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
