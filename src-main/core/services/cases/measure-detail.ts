import type { Knex } from 'knex';
import { AppError } from '@shared/errors';
import type { MeasureDetail, Placement } from '@shared/schemas/measures';
import { allowedTransitions, type MeasureStatus } from '@shared/domain/measure-status';
import { effectiveEntries, summarizeLedger } from '@shared/domain/hours-ledger';
import { suspendedDays } from '@shared/domain/deadline';
import { daysBetween, maxDate } from '@shared/domain/local-date';
import { decodeBool, decodeJsonArray } from '@core/repo/row-codec';
import type { CaseContext } from './case-context';
import { postFlags, toMeasureView, type MeasureContextFacts } from './measure-view';

/** Statuses reached by other actions (a placement, a refusal, a suspension) rather than by a status button. */
const INDIRECT: readonly MeasureStatus[] = ['affecte', 'refus', 'suspendu'];

export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'Cette mesure n’existe pas (ou plus).');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toPlacement(row: any): Placement {
  return {
    id: row.id,
    measureId: row.measure_id,
    postId: row.post_id,
    postTitle: row.post_title,
    hostName: row.host_name,
    postAddress:
      [row.post_street, [row.post_postal_code, row.post_city].filter(Boolean).join(' ')].filter(Boolean).join(', ') ||
      null,
    tutorId: row.tutor_id ?? null,
    // The registered tutor's current name; an old free-text name matched to no tutor is shown as it was typed.
    tutorName: row.tutor_id && row.tutor_last_name ? `${row.tutor_first_name} ${row.tutor_last_name}` : row.tutor_name,
    tutorLegacy: !row.tutor_id && Boolean(row.tutor_name),
    startDate: row.start_date,
    schedule: decodeJsonArray(row.schedule),
    scheduleNote: row.schedule_note,
    hoursPlanned: row.hours_planned,
    status: row.status,
    endDate: row.end_date,
    endReason: row.end_reason,
  };
}

export async function loadPlacementRows(db: Knex | Knex.Transaction, measureId: string) {
  return db('placements as p')
    .join('posts as po', 'po.id', 'p.post_id')
    .join('hosts as h', 'h.id', 'po.host_id')
    .leftJoin('tutors as t', 't.id', 'p.tutor_id')
    .where('p.measure_id', measureId)
    .whereNull('p.deleted_at')
    .select(
      'p.*',
      'po.title as post_title',
      'po.street as post_street',
      'po.postal_code as post_postal_code',
      'po.city as post_city',
      'po.night_work',
      'po.particular_risks',
      'po.care_setting',
      'h.name as host_name',
      't.first_name as tutor_first_name',
      't.last_name as tutor_last_name',
    )
    .orderBy('p.start_date', 'desc');
}

/** Everything the measure file shows, computed from the ledger and suspensions themselves. */
export async function loadMeasureDetail(
  ctx: CaseContext,
  measureId: string,
  db: Knex | Knex.Transaction = ctx.session.db.knex,
): Promise<MeasureDetail> {
  const row = await ctx.measures.getRow(measureId, db);
  if (!row) throw notFound();
  const person = await db('persons').where({ id: row.person_id }).first();
  const placementRows = await loadPlacementRows(db, measureId);
  const active = placementRows.find((p) => p.status === 'active') ?? null;
  const entryRows = await db('hours_entries as e')
    .leftJoin('users as u', 'u.id', 'e.recorded_by')
    .where('e.measure_id', measureId)
    .select('e.*', 'u.display_name as recorded_by_name')
    .orderBy([
      { column: 'e.date', order: 'desc' },
      { column: 'e.recorded_at', order: 'desc' },
    ]);
  const entries = entryRows.map((e) => ({
    id: e.id as string,
    date: e.date as string,
    durationMinutes: Number(e.duration_minutes),
    outcome: e.outcome,
    correctsId: (e.corrects_id as string | null) ?? null,
  }));
  const effectiveIds = new Set(effectiveEntries(entries).map((e) => e.id));
  const incidents = await db('incidents as i')
    .leftJoin('users as u', 'u.id', 'i.recorded_by')
    .where('i.measure_id', measureId)
    .select('i.*', 'u.display_name as by')
    .orderBy('i.date', 'desc');
  const suspensions = await db('suspensions')
    .where({ measure_id: measureId })
    .whereNull('deleted_at')
    .orderBy('from_date', 'desc');
  const periods = suspensions.map((s) => ({ from: s.from_date as string, to: (s.to_date as string | null) ?? null }));
  const facts: MeasureContextFacts = {
    birthDate: person.birth_date,
    disabledWorker: decodeBool(person.disabled_worker),
    pregnant: decodeBool(person.pregnant),
    post: active ? postFlags(active) : null,
    placementStart: active?.start_date ?? null,
  };
  const measure = toMeasureView(
    row,
    facts,
    summarizeLedger(row.hours_ordered, entries),
    suspendedDays(periods, ctx.today),
    ctx.today,
  );
  const activeMeasures = await db('measures')
    .where({ person_id: row.person_id })
    .whereNull('deleted_at')
    .whereIn('status', ['a_affecter', 'affecte', 'en_cours', 'suspendu'])
    .count({ n: '*' })
    .first();
  return {
    measure,
    person: {
      id: person.id,
      dossierNumber: person.dossier_number,
      lastName: person.last_name,
      firstName: person.first_name,
      birthDate: person.birth_date,
      city: person.city,
      activeMeasures: Number(activeMeasures?.n ?? 0),
    },
    placements: placementRows.map(toPlacement),
    ledger: entryRows.map((e) => ({
      id: e.id,
      measureId: e.measure_id,
      date: e.date,
      startTime: e.start_time,
      endTime: e.end_time,
      durationMinutes: Number(e.duration_minutes),
      outcome: e.outcome,
      remarks: e.remarks,
      correctsId: e.corrects_id ?? null,
      superseded: !effectiveIds.has(e.id),
      recordedBy: e.recorded_by_name ?? null,
      recordedAt: e.recorded_at,
    })),
    incidents: incidents.map((i) => ({
      id: i.id,
      measureId: i.measure_id,
      kind: i.kind,
      date: i.date,
      description: i.description,
      recordedBy: i.by ?? null,
      recordedAt: i.recorded_at,
    })),
    suspensions: suspensions.map((s) => ({
      id: s.id,
      measureId: s.measure_id,
      reason: s.reason,
      from: s.from_date,
      to: s.to_date ?? null,
      note: s.note ?? null,
      days: Math.max(0, daysBetween(s.from_date, s.to_date ?? maxDate(ctx.today, s.from_date)) + 1),
      decisionDate: s.decision_date ?? null,
      decisionAuthority: s.decision_authority ?? null,
      decisionReference: s.decision_reference ?? null,
    })),
    allowedTransitions: allowedTransitions(row.status).filter((to) => !INDIRECT.includes(to)),
  };
}
