import type { Knex } from 'knex';
import { DAY_PARTS } from '@shared/domain/weekly-slots';
import { DAY_PART_MINUTES } from '@shared/domain/placement-pace';

const ACTIVE = "p.measure_id = measures.id AND p.status = 'active' AND p.deleted_at IS NULL";
// Slot codes are "mon_morning": the day part follows the three letters of the day and the underscore.
const SLOT_MINUTES = `CASE substr(j.value, 5) ${DAY_PARTS.map((part) => `WHEN '${part}' THEN ${DAY_PART_MINUTES[part]}`).join(' ')} ELSE 0 END`;

/**
 * Rewrites measures.placement_planned_minutes, placement_weekly_minutes and habilitation_end (the active
 * placement's planned hours, its weekly schedule in minutes and its host's end of habilitation), which the
 * "habilitation ends before the hours" alert reads (shared/domain/placement-pace.ts) — for the given measures, the
 * measures placed with a host, or all. Called in the transaction that changes a placement or a host's
 * habilitation. Derived data: no change record, every device recomputes it.
 */
export async function refreshPaceFacts(
  db: Knex | Knex.Transaction,
  where: { measureIds?: string[]; hostId?: string } = {},
): Promise<void> {
  let scope = '1 = 1';
  const bindings: string[] = [];
  if (where.measureIds) {
    if (where.measureIds.length === 0) return;
    scope = `id IN (${where.measureIds.map(() => '?').join(',')})`;
    bindings.push(...where.measureIds);
  } else if (where.hostId) {
    scope = `id IN (SELECT p.measure_id FROM placements p JOIN posts po ON po.id = p.post_id
                     WHERE po.host_id = ? AND p.status = 'active' AND p.deleted_at IS NULL)`;
    bindings.push(where.hostId);
  }
  await db.raw(
    `UPDATE measures SET
       placement_planned_minutes = (SELECT p.hours_planned * 60 FROM placements p WHERE ${ACTIVE}),
       placement_weekly_minutes = (SELECT COALESCE(SUM(${SLOT_MINUTES}), 0) FROM placements p, json_each(p.schedule) j
                                    WHERE ${ACTIVE}),
       habilitation_end = (SELECT h.habilitation_valid_until FROM placements p JOIN posts po ON po.id = p.post_id
                             JOIN hosts h ON h.id = po.host_id WHERE ${ACTIVE})
     WHERE ${scope}`,
    bindings,
  );
}
