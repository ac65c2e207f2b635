import type { Knex } from 'knex';
import type { MeasureFields } from '@shared/schemas/measures';
import { addDays, type LocalDate } from '@shared/domain/local-date';
import { suspendedDays } from '@shared/domain/deadline';
import { EntityStore } from './entity-store';
import { appendChange } from './change-log';
import { uuidv7 } from '../util/uuid7';

export function measureColumns(fields: MeasureFields): Record<string, unknown> {
  return {
    type: fields.type,
    court: fields.court,
    decision_date: fields.decisionDate,
    enforceable_date: fields.enforceableDate,
    enforceable_source: fields.enforceableSource,
    offence_date: fields.offenceDate,
    hours_ordered: fields.hoursOrdered,
    deadline: fields.deadline,
    magistrate: fields.magistrate,
    following_magistrate: fields.followingMagistrate,
    following_court: fields.followingCourt,
    offence_category: fields.offenceCategory,
    court_reference: fields.courtReference,
  };
}

export interface MeasureEventInput {
  measureId: string;
  kind: string;
  from?: string | null;
  to?: string | null;
  note?: string | null;
  userId: string | null;
  at: string;
}

/** Measures and their append-only event history; the ledger projection is rewritten here after each change. */
export class MeasuresRepo {
  readonly store: EntityStore;

  constructor(
    private readonly knex: Knex,
    private readonly deviceId: string,
  ) {
    this.store = new EntityStore(deviceId, 'measure', 'measures');
  }

  async insert(
    trx: Knex.Transaction,
    row: { id: string; personId: string; fields: MeasureFields; registeredOn: LocalDate; importKey?: string | null },
    at: string,
  ): Promise<void> {
    await this.store.insert(
      trx,
      {
        id: row.id,
        person_id: row.personId,
        ...measureColumns(row.fields),
        status: 'a_affecter',
        consent_status: 'pending',
        consent_date: null,
        consent_source: null,
        officer_id: null,
        medical_exam_date: null,
        registered_on: row.registeredOn,
        closed_on: null,
        import_key: row.importKey ?? null,
        deadline_after_closed_suspensions: row.fields.deadline,
        created_at: at,
      },
      at,
    );
  }

  async update(trx: Knex.Transaction, id: string, patch: Record<string, unknown>, at: string): Promise<boolean> {
    return this.store.update(trx, id, patch, at);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async getRow(id: string, db: Knex | Knex.Transaction = this.knex): Promise<any | null> {
    const row = await db('measures')
      .leftJoin('users', 'users.id', 'measures.officer_id')
      .select('measures.*', 'users.display_name as officer_name')
      .where('measures.id', id)
      .whereNull('measures.deleted_at')
      .first();
    return row ?? null;
  }

  async appendEvent(trx: Knex.Transaction, event: MeasureEventInput): Promise<void> {
    const id = uuidv7();
    const row = {
      id,
      measure_id: event.measureId,
      at: event.at,
      kind: event.kind,
      from_value: event.from ?? null,
      to_value: event.to ?? null,
      note: event.note ?? null,
      user_id: event.userId,
    };
    await trx('measure_events').insert(row);
    const { id: _id, ...fields } = row;
    await appendChange(trx, this.deviceId, {
      entity: 'measure_event',
      entityId: id,
      op: 'insert',
      fields,
      at: event.at,
    });
  }

  /**
   * Rewrites the caseload columns from the ledger and the suspensions. They are derived data, recomputed the same
   * way on every device, so they are written without change records.
   */
  async refreshProjection(trx: Knex.Transaction, measureId: string, today: LocalDate): Promise<void> {
    const credited = await trx('hours_entries as e')
      .where('e.measure_id', measureId)
      .where('e.outcome', 'present')
      .whereNotExists(trx('hours_entries as c').select(trx.raw('1')).whereRaw('c.corrects_id = e.id'))
      .sum({ minutes: 'e.duration_minutes' })
      .max({ last: 'e.date' })
      .first();
    const suspensions = await trx('suspensions')
      .where({ measure_id: measureId })
      .whereNull('deleted_at')
      .select('from_date', 'to_date');
    const closed = suspensions
      .filter((s) => s.to_date !== null)
      .map((s) => ({ from: s.from_date as string, to: s.to_date as string }));
    const open = suspensions
      .filter((s) => s.to_date === null)
      .map((s) => s.from_date as string)
      .sort();
    const measure = await trx('measures').where({ id: measureId }).select('deadline').first();
    const closedDays = suspendedDays(closed, today);
    await trx('measures')
      .where({ id: measureId })
      .update({
        credited_minutes: Number(credited?.minutes ?? 0),
        last_present_date: credited?.last ?? null,
        closed_suspension_days: closedDays,
        open_suspension_from: open[0] ?? null,
        deadline_after_closed_suspensions: addDays(measure.deadline, closedDays),
      });
  }
}
