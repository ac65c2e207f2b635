import { AppError } from '@shared/errors';
import type { Appointment } from '@shared/schemas/appointments';
import { TERMINAL_STATUSES } from '@shared/domain/measure-status';
import { EntityStore } from '@core/repo/entity-store';
import { uuidv7 } from '@core/util/uuid7';
import type { CaseContext } from './case-context';
import { notFound } from './measure-detail';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toAppointment(row: any): Appointment {
  return {
    id: row.id,
    measureId: row.measure_id,
    personId: row.person_id,
    personName: `${String(row.last_name).toUpperCase()} ${row.first_name}`,
    dossierNumber: row.dossier_number,
    kind: row.kind,
    date: row.date,
    time: row.time,
    durationMinutes: row.duration_minutes,
    place: row.place,
    officerId: row.officer_id ?? null,
    officerName: row.officer_name ?? null,
    status: row.status,
    notes: row.notes ?? null,
  };
}

/** Appointments with the person: interviews, first day on the post, progress reviews. */
export class AppointmentsService {
  private readonly store: EntityStore;

  constructor(private readonly ctx: CaseContext) {
    this.store = new EntityStore(ctx.session.deviceId, 'appointment', 'appointments');
  }

  private query() {
    return this.ctx.session.db
      .knex('appointments as a')
      .join('persons as p', 'p.id', 'a.person_id')
      .leftJoin('users as u', 'u.id', 'a.officer_id')
      .whereNull('a.deleted_at')
      .select('a.*', 'p.last_name', 'p.first_name', 'p.dossier_number', 'u.display_name as officer_name');
  }

  async get(id: string): Promise<Appointment> {
    const row = await this.query().where('a.id', id).first();
    if (!row) throw new AppError('NOT_FOUND', 'Ce rendez-vous n’existe pas (ou plus).');
    return toAppointment(row);
  }

  async create(input: {
    measureId: string;
    kind: string;
    date: string;
    time: string;
    durationMinutes: number;
    place: string;
    notes: string | null;
  }): Promise<Appointment> {
    const { ctx } = this;
    const measure = await ctx.measures.getRow(input.measureId);
    if (!measure) throw notFound();
    if (TERMINAL_STATUSES.includes(measure.status))
      throw new AppError('CONFLICT', 'La mesure est close : aucun rendez-vous ne peut être fixé.');
    const id = uuidv7();
    await ctx.session.db.knex.transaction((trx) =>
      this.store.insert(
        trx,
        {
          id,
          measure_id: input.measureId,
          person_id: measure.person_id,
          kind: input.kind,
          date: input.date,
          time: input.time,
          duration_minutes: input.durationMinutes,
          place: input.place,
          officer_id: measure.officer_id ?? (ctx.session.user.role === 'cpip' ? ctx.userId : null),
          status: 'prevu',
          notes: input.notes,
          created_at: ctx.at,
        },
        ctx.at,
      ),
    );
    return this.get(id);
  }

  async update(input: {
    id: string;
    date?: string;
    time?: string;
    place?: string;
    status?: string;
    notes?: string | null;
  }): Promise<Appointment> {
    const existing = await this.get(input.id);
    if (
      input.status &&
      input.status !== 'prevu' &&
      input.status !== 'annule' &&
      (input.date ?? existing.date) > this.ctx.today
    ) {
      throw new AppError('VALIDATION', 'Un rendez-vous à venir ne peut être noté honoré ou manqué.', {
        fields: [{ path: 'status', message: 'Rendez-vous à venir.' }],
      });
    }
    await this.ctx.session.db.knex.transaction((trx) =>
      this.store.update(
        trx,
        input.id,
        { date: input.date, time: input.time, place: input.place, status: input.status, notes: input.notes },
        this.ctx.at,
      ),
    );
    return this.get(input.id);
  }

  async list(range: { from: string; to: string; officer?: string; measureId?: string }): Promise<Appointment[]> {
    let builder = this.query()
      .whereBetween('a.date', [range.from, range.to])
      .orderBy([{ column: 'a.date' }, { column: 'a.time' }])
      .limit(2000);
    if (range.officer)
      builder = builder.where('a.officer_id', range.officer === 'me' ? this.ctx.userId : range.officer);
    if (range.measureId) builder = builder.where('a.measure_id', range.measureId);
    return (await builder).map(toAppointment);
  }
}
