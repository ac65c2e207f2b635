import type { CaseloadItem, CaseloadQuery } from '@shared/schemas/caseload';
import { ACTIVE_STATUSES, MEASURE_STATUSES } from '@shared/domain/measure-status';
import { ftsQuery } from '@core/repo/persons-repo';
import { decodeBool } from '@core/repo/row-codec';
import type { CaseContext } from './case-context';
import { CASELOAD_FROM, caseloadSql } from './caseload-sql';
import { postFlags, projectedProgress, projectedSuspendedDays, toMeasureView } from './measure-view';

const SORT_SQL = {
  deadline: 'effective_deadline',
  name: 'pe.identity_key, pe.id',
  lastSession: 'm.last_present_date',
  registered: 'm.registered_on',
  remaining: '(m.hours_ordered * 60 - m.credited_minutes)',
} as const;

/**
 * The caseload, in two steps so that it stays fast on 80,000 measures: the filters, the count and the order run on
 * the measures' covering indexes (joining persons and placements only when a filter or the sort needs them), then
 * only the page shown is read in full; alerts are computed for that page with the shared rules.
 */
export async function caseload(
  ctx: CaseContext,
  query: CaseloadQuery,
): Promise<{ items: CaseloadItem[]; total: number }> {
  const knex = ctx.session.db.knex;
  const sql = caseloadSql(ctx.today);
  const where: string[] = ['m.deleted_at IS NULL'];
  const bindings: Array<string | number> = [];
  const statuses = query.statuses && query.statuses.length > 0 ? query.statuses : ACTIVE_STATUSES;
  where.push(
    `m.status IN (${statuses
      .filter((s) => MEASURE_STATUSES.includes(s))
      .map((s) => `'${s}'`)
      .join(',')})`,
  );
  // Sorting the whole service by name walks the persons' name index; an officer's few hundred measures are sorted.
  const byNameIndex = query.sort === 'name' && !query.officer;
  if (query.officer) {
    where.push('m.officer_id = ?');
    bindings.push(query.officer === 'me' ? ctx.userId : query.officer);
  }
  if (query.unassigned) where.push('m.officer_id IS NULL');
  if (query.deadlineWithinDays !== undefined)
    where.push(`(${sql.active} AND ${sql.daysLeft} <= ${query.deadlineWithinDays})`);
  if (query.noHoursForDays !== undefined) where.push(sql.noHours(query.noHoursForDays));
  if (query.consentPending) where.push("m.consent_status = 'pending'");
  if (query.withAlertsOnly) where.push(sql.anyAlert);
  if (query.query) {
    const text = query.query;
    const match = ftsQuery(text);
    const clauses = ['m.person_id IN (SELECT id FROM persons WHERE dossier_number LIKE ?)', 'm.court_reference = ?'];
    bindings.push(`${text.toUpperCase().replace(/[%_]/g, '')}%`, text);
    if (match) {
      clauses.push('m.person_id IN (SELECT person_id FROM persons_fts WHERE persons_fts MATCH ?)');
      bindings.push(match);
    }
    where.push(`(${clauses.join(' OR ')})`);
  }
  const countFrom = 'measures m';
  const countWhere = where.join(' AND ');
  if (query.sort === 'name') where.push('pe.deleted_at IS NULL');
  const from = byNameIndex
    ? 'persons pe INDEXED BY persons_by_name JOIN measures m ON m.person_id = pe.id'
    : query.sort === 'name'
      ? 'measures m JOIN persons pe ON pe.id = m.person_id'
      : 'measures m';
  const whereSql = where.join(' AND ');
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  const order = SORT_SQL[query.sort]
    .split(/,(?![^(]*\))/)
    .map((column) => `${column.trim()} ${direction}`)
    .join(', ');
  const pageRows = await knex.raw(
    `SELECT m.id, ${sql.effectiveDeadline} AS effective_deadline FROM ${from} WHERE ${whereSql} ORDER BY ${order}, m.id ${direction} LIMIT ? OFFSET ?`,
    [...bindings, query.limit, query.offset],
  );
  // The join with persons only serves the order: counting needs the measures alone.
  const [{ total }] = await knex.raw(`SELECT count(*) AS total FROM ${countFrom} WHERE ${countWhere}`, bindings);
  const ids = (pageRows as Array<{ id: string }>).map((r) => r.id);
  if (ids.length === 0) return { items: [], total: Number(total) };
  const rows = await knex.raw(
    `SELECT m.*, pe.dossier_number, pe.last_name, pe.first_name, pe.birth_date, pe.disabled_worker, pe.pregnant,
            u.display_name AS officer_name, p.start_date AS placement_start, po.night_work, po.particular_risks, po.care_setting
       FROM ${CASELOAD_FROM}
      WHERE m.id IN (${ids.map(() => '?').join(',')})`,
    ids,
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const byId = new Map((rows as any[]).map((row) => [row.id as string, row]));
  const items = ids.map((id): CaseloadItem => {
    const row = byId.get(id);
    const view = toMeasureView(
      row,
      {
        birthDate: row.birth_date,
        disabledWorker: decodeBool(row.disabled_worker),
        pregnant: decodeBool(row.pregnant),
        post: row.placement_start ? postFlags(row) : null,
        placementStart: row.placement_start ?? null,
      },
      projectedProgress(row),
      projectedSuspendedDays(row, ctx.today),
      ctx.today,
    );
    return {
      measureId: row.id,
      personId: row.person_id,
      dossierNumber: row.dossier_number,
      lastName: row.last_name,
      firstName: row.first_name,
      birthDate: row.birth_date,
      type: row.type,
      status: row.status,
      consentStatus: row.consent_status,
      officerId: row.officer_id ?? null,
      officerName: row.officer_name ?? null,
      hoursOrdered: row.hours_ordered,
      creditedMinutes: Number(row.credited_minutes),
      effectiveDeadline: view.effectiveDeadline,
      lastPresentDate: row.last_present_date ?? null,
      registeredOn: row.registered_on,
      alerts: view.alerts,
    };
  });
  return { items, total: Number(total) };
}

/** Caseload of every active CPIP for the manager's distribution. */
export async function officerLoads(ctx: CaseContext) {
  const knex = ctx.session.db.knex;
  const sql = caseloadSql(ctx.today);
  const officers = await knex('users')
    .where({ role: 'cpip', disabled: false })
    .whereNull('deleted_at')
    .orderBy('display_name')
    .select('id', 'display_name');
  const counts = await knex.raw(
    `SELECT m.officer_id, m.status, count(*) AS n, sum(CASE WHEN ${sql.anyAlert} THEN 1 ELSE 0 END) AS alerts
       FROM measures m
      WHERE m.deleted_at IS NULL AND m.officer_id IS NOT NULL AND ${sql.active}
      GROUP BY m.officer_id, m.status`,
  );
  return officers.map((officer) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const mine = (counts as any[]).filter((c) => c.officer_id === officer.id);
    return {
      officerId: officer.id,
      displayName: officer.display_name,
      active: mine.reduce((sum, c) => sum + Number(c.n), 0),
      byStatus: Object.fromEntries(mine.map((c) => [c.status, Number(c.n)])),
      alerts: mine.reduce((sum, c) => sum + Number(c.alerts), 0),
    };
  });
}
