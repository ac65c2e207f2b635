import type { Knex } from 'knex';
import type { LocalDate } from '@shared/domain/local-date';
import { bulkInsert } from './bulk-insert';
import { CATALOGUE_TABLES, generateCatalogue, type Catalogue, type CatalogueSize } from './demo-catalogue';
import { generateProspects, type WonHost } from './demo-prospects';
import type { SeededRandom } from './seeded-random';

/**
 * Generates the catalogue and the référents' prospection and writes them in one transaction (multi-row INSERTs,
 * no change_log: the seed is the initial state of the device). Returns the catalogue for the placement generator.
 */
export const SEEDED_CATALOGUE_TABLES = [...CATALOGUE_TABLES, 'prospects'] as const;
export type CatalogueCounts = Record<(typeof SEEDED_CATALOGUE_TABLES)[number], number>;

export async function seedCatalogue(
  knex: Knex,
  size: CatalogueSize & { prospects: number },
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
) {
  const catalogue: Catalogue = generateCatalogue(size, today, nowIso, random);
  const firstGrant = new Map<string, LocalDate>();
  for (const h of catalogue.habilitations) {
    if (h.decision === 'accordee' && h.decided_on && !firstGrant.has(h.host_id))
      firstGrant.set(h.host_id, h.decided_on);
  }
  const won: WonHost[] = catalogue.hosts
    .filter((h) => h.habilitated && firstGrant.has(h.id))
    .map((host) => ({ host, grantedOn: firstGrant.get(host.id)! }));
  const referents = (await knex('users')
    .where({ role: 'referent', disabled: false })
    .whereNull('deleted_at')
    .orderBy('username')
    .pluck('display_name')) as string[];
  const prospects = generateProspects(size.prospects, won, referents, today, nowIso, random);
  const counts = Object.fromEntries(SEEDED_CATALOGUE_TABLES.map((t) => [t, 0])) as CatalogueCounts;
  await knex.transaction(async (trx) => {
    for (const table of CATALOGUE_TABLES) counts[table] = await bulkInsert(trx, table, catalogue[table]);
    counts.prospects = await bulkInsert(trx, 'prospects', prospects);
  });
  return { catalogue, counts };
}
