import type { CaseloadItem, CaseloadQuery } from '../../../../src-shared/schemas/caseload';
import { ACTIVE_STATUSES, MEASURE_STATUSES } from '../../../../src-shared/domain/measure-status';
import { ftsQuery } from '../../repo/persons-repo';
import { decodeBool } from '../../repo/row-codec';
import type { CaseContext } from './case-context';
import { CASELOAD_FROM, caseloadSql } from './caseload-sql';
import { postFlags, projectedProgress, projectedSuspendedDays, toMeasureView } from './measure-view';

const SORT_SQL = {
  deadline: 'effective_deadline',
  name: 'pe.last_name COLLATE NOCASE, pe.first_name COLLATE NOCASE',
  lastSession: 'm.last_present_date',
  registered: 'm.registered_on',
  remaining: 'remaining_minutes',
} as const;

/** The caseload: filtered, sorted and paged in SQL, alerts computed for the page with the shared rules. */
export async function caseload(ctx: CaseContext, query: CaseloadQuery): Promise<{ items: CaseloadItem[]; total: number }> {
  const knex = ctx.session.db.knex;
  const sql = caseloadSql(ctx.today);
  const where: string[] = ['m.deleted_at IS NULL'];
  const bindings: Array<string | number> = [];
  const statuses = query.statuses && query.statuses.length > 0 ? query.statuses : ACTIVE_STATUSES;
  where.push(`m.status IN (${statuses.filter((s) => MEASURE_STATUSES.includes(s)).map((s) => `'${s}'`).join(',')})`);
  if (query.officer) {
    where.push('m.officer_id = ?');
    bindings.push(query.officer === 'me' ? ctx.userId : query.officer);
  }
  if (query.unassigned) where.push('m.officer_id IS NULL');
  if (query.deadlineWithinDays !== undefined) where.push(`(${sql.active} AND ${sql.daysLeft} <= ${query.deadlineWithinDays})`);
  if (query.noHoursForDays !== undefined) where.push(sql.noHours(query.noHoursForDays));
  if (query.consentPending) where.push("m.consent_status = 'pending'");
  if (query.withAlertsOnly) where.push(sql.anyAlert);
  if (query.query) {
    const text = query.query;
    const match = ftsQuery(text);
    const clauses = ['pe.dossier_number LIKE ?', 'm.court_reference = ?'];
    bindings.push(`${text.toUpperCase().replace(/[%_]/g, '')}%`, text);
    if (match) {
      clauses.push('pe.id IN (SELECT person_id FROM persons_fts WHERE persons_fts MATCH ?)');
      bindings.push(match);
    }
    where.push(`(${clauses.join(' OR ')})`);
  }
  const whereSql = where.join(' AND ');
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  const order = SORT_SQL[query.sort]
    .split(',')
    .map((column) => `${column.trim()} ${direction}`)
    .join(', ');
  const rows = await knex.raw(
    `SELECT m.*, pe.dossier_number, pe.last_name, pe.first_name, pe.birth_date, pe.disabled_worker, pe.pregnant,
            u.display_name AS officer_name, p.start_date AS placement_start, po.night_work, po.particular_risks, po.care_setting,
            ${sql.effectiveDeadline} AS effective_deadline, ${sql.remaining} AS remaining_minutes
       FROM ${CASELOAD_FROM}
      WHERE ${whereSql}
      ORDER BY ${order}, m.id ${direction}
      LIMIT ? OFFSET ?`,
    [...bindings, query.limit, query.offset],
  );
  const [{ total }] = await knex.raw(`SELECT count(*) AS total FROM ${CASELOAD_FROM} WHERE ${whereSql}`, bindings);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const items = (rows as any[]).map((row): CaseloadItem => {
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
  const officers = await knex('users').where({ role: 'cpip', disabled: false }).whereNull('deleted_at').orderBy('display_name').select('id', 'display_name');
  const counts = await knex.raw(
    `SELECT m.officer_id, m.status, count(*) AS n, sum(CASE WHEN ${sql.anyAlert} THEN 1 ELSE 0 END) AS alerts
       FROM ${CASELOAD_FROM}
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
