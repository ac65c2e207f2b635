import type { Knex } from 'knex';
import { habilitationStep, isHostHabilitated } from '@shared/domain/catalogue/habilitation';
import { isHabilitatedByRight, type HostType } from '@shared/domain/catalogue/host-types';
import { refreshPaceFacts } from '@core/repo/pace-facts';
import type { CatalogueContext } from './catalogue-context';
import { habilitationRecord } from './habilitation-rows';

/**
 * Rewrites the host's derived columns inside the caller's transaction, from its type and habilitations:
 * `habilitated` (public body, or a granted habilitation neither withdrawn nor expired) and
 * `habilitation_valid_until` (null for public bodies, else the latest end of validity of a granted, not withdrawn
 * habilitation). Placements and the map read these columns.
 */
export async function rederiveHost(
  ctx: CatalogueContext,
  trx: Knex.Transaction,
  hostId: string,
  type?: HostType,
): Promise<void> {
  const host = await trx('hosts').where({ id: hostId }).first('kind');
  const kind = (type ?? host.kind) as HostType;
  const rows = await trx('habilitations').where({ host_id: hostId }).whereNull('deleted_at');
  const records = rows.map(habilitationRecord);
  const habilitated = isHostHabilitated(kind, records, ctx.today);
  let validUntil: string | null = null;
  if (!isHabilitatedByRight(kind)) {
    for (const record of records) {
      if (record.decision !== 'accordee' || record.withdrawnOn || habilitationStep(record, ctx.today) === 'retiree')
        continue;
      if (record.validUntil && (!validUntil || record.validUntil > validUntil)) validUntil = record.validUntil;
    }
  }
  await ctx.stores.hosts.update(trx, hostId, { habilitated, habilitation_valid_until: validUntil }, ctx.at);
  // The end of habilitation of the people placed there decides their "habilitation ends" alert.
  await refreshPaceFacts(trx, { hostId });
}

/** SQL for "habilitated today": the derived flag, and a validity not yet over. */
export function habilitatedTodaySql(alias: string): string {
  return `(${alias}.habilitated = 1 AND (${alias}.habilitation_valid_until IS NULL OR ${alias}.habilitation_valid_until >= ?))`;
}
