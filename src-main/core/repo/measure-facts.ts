import type { Knex } from 'knex';

const ACTIVE_PLACEMENT =
  "FROM placements p WHERE p.measure_id = measures.id AND p.status = 'active' AND p.deleted_at IS NULL";

/**
 * Rewrites measures.placement_start, adult_on and medical_flag from the placements, persons and posts — for the
 * given measures, or for all. Called in the same transaction as any change to those facts (placement, person,
 * post). Derived data: no change record, every device recomputes it.
 */
export async function refreshMeasureFacts(
  db: Knex | Knex.Transaction,
  where: { measureIds?: string[]; personId?: string; postId?: string } = {},
): Promise<void> {
  let scope = '1 = 1';
  const bindings: string[] = [];
  if (where.measureIds) {
    if (where.measureIds.length === 0) return;
    scope = `id IN (${where.measureIds.map(() => '?').join(',')})`;
    bindings.push(...where.measureIds);
  } else if (where.personId) {
    scope = 'person_id = ?';
    bindings.push(where.personId);
  } else if (where.postId) {
    scope = `id IN (SELECT measure_id FROM placements WHERE post_id = ? AND status = 'active' AND deleted_at IS NULL)`;
    bindings.push(where.postId);
  }
  await db.raw(
    `UPDATE measures SET
       placement_start = (SELECT p.start_date ${ACTIVE_PLACEMENT}),
       adult_on = (SELECT date(pe.birth_date, '+18 years') FROM persons pe WHERE pe.id = measures.person_id),
       medical_flag = (type = 'tig_mineur')
         OR COALESCE((SELECT pe.disabled_worker OR pe.pregnant FROM persons pe WHERE pe.id = measures.person_id), 0)
         OR COALESCE((SELECT po.night_work OR po.particular_risks OR po.care_setting FROM placements p JOIN posts po ON po.id = p.post_id
                       WHERE p.measure_id = measures.id AND p.status = 'active' AND p.deleted_at IS NULL), 0)
     WHERE ${scope}`,
    bindings,
  );
}
