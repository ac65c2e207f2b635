import { AppError } from '@shared/errors';
import type { MeasureDetail } from '@shared/schemas/measures';
import { effectiveDeadline, suspensionStartProblem } from '@shared/domain/deadline';
import { TERMINAL_STATUSES } from '@shared/domain/measure-status';
import { measureAuthority } from '@shared/domain/measure-authority';
import { minorAtFacts } from '@shared/domain/minors';
import { suspensionDecisionProblem } from '@shared/domain/suspension-decision';
import type { AuthorityKind } from '@shared/domain/measure-authority';
import { formatDateShort } from '@shared/domain/local-date';
import { EntityStore } from '@core/repo/entity-store';
import { uuidv7 } from '@core/util/uuid7';
import type { CaseContext } from './case-context';
import { loadMeasureDetail, notFound } from './measure-detail';

/**
 * Suspensions of the execution deadline (JAP decision or by law: detention, ARSE, national service). Every
 * suspended day extends the deadline; a running suspension also puts the measure in "suspendu".
 */
export class SuspensionsService {
  private readonly store: EntityStore;

  constructor(private readonly ctx: CaseContext) {
    this.store = new EntityStore(ctx.session.deviceId, 'suspension', 'suspensions');
  }

  async record(input: {
    measureId: string;
    reason: string;
    from: string;
    to: string | null;
    note: string | null;
    decisionDate?: string | null;
    decisionAuthority?: AuthorityKind | null;
    decisionReference?: string | null;
    retroactiveReason?: string | null;
  }): Promise<MeasureDetail> {
    const { ctx } = this;
    const knex = ctx.session.db.knex;
    const measure = await ctx.measures.getRow(input.measureId);
    if (!measure) throw notFound();
    if (TERMINAL_STATUSES.includes(measure.status))
      throw new AppError('CONFLICT', 'La mesure est close : aucune suspension ne peut être ajoutée.');
    if (input.from < measure.decision_date) {
      throw new AppError('VALIDATION', 'Une suspension ne peut commencer avant la décision.', {
        fields: [{ path: 'from', message: 'Antérieure à la décision.' }],
      });
    }
    if (input.to === null && input.from > ctx.today) {
      throw new AppError('VALIDATION', 'Une suspension en cours commence au plus tard aujourd’hui.', {
        fields: [{ path: 'from', message: 'Date future.' }],
      });
    }
    const decisionDate = input.decisionDate ?? null;
    const retroactiveReason = input.retroactiveReason ?? null;
    const decisionProblem = suspensionDecisionProblem({
      reason: input.reason,
      from: input.from,
      decisionDate,
      measureDecisionDate: measure.decision_date,
      today: ctx.today,
      retroactiveReason,
    });
    if (decisionProblem) {
      throw new AppError('VALIDATION', decisionProblem, {
        fields: [{ path: 'decisionDate', message: decisionProblem }],
      });
    }
    // The decision comes by default from the authority that follows the measure (a juge des enfants for a person
    // who was a minor at the facts).
    let authority: AuthorityKind | null = null;
    if (decisionDate) {
      const person = await knex('persons').where({ id: measure.person_id }).select('birth_date').first();
      const minor = minorAtFacts(measure.type, person.birth_date, measure.decision_date, measure.offence_date ?? null);
      authority = input.decisionAuthority ?? measureAuthority(measure.type, minor).kind;
    }
    const retroactive = decisionDate !== null && decisionDate > input.from && retroactiveReason !== null;
    await knex.transaction(async (trx) => {
      if (input.to === null) {
        const open = await trx('suspensions')
          .where({ measure_id: input.measureId })
          .whereNull('to_date')
          .whereNull('deleted_at')
          .first();
        if (open) throw new AppError('CONFLICT', 'Une suspension est déjà en cours : clôturez-la d’abord.');
      }
      // A day is suspended once: overlapping periods would extend the deadline twice in the lists.
      const existing = await trx('suspensions')
        .where({ measure_id: input.measureId })
        .whereNull('deleted_at')
        .select('from_date', 'to_date');
      const periods = existing.map((p) => ({ from: p.from_date as string, to: p.to_date as string | null }));
      const expired = suspensionStartProblem(input.from, effectiveDeadline(measure.deadline, periods, ctx.today));
      if (expired) throw new AppError('VALIDATION', expired, { fields: [{ path: 'from', message: expired }] });
      const end = input.to ?? '9999-12-31';
      if (existing.some((s) => s.from_date <= end && (s.to_date ?? '9999-12-31') >= input.from)) {
        throw new AppError('CONFLICT', 'Cette période chevauche une suspension déjà enregistrée.', {
          fields: [{ path: 'from', message: 'Période déjà suspendue.' }],
        });
      }
      const id = uuidv7();
      await this.store.insert(
        trx,
        {
          id,
          measure_id: input.measureId,
          reason: input.reason,
          from_date: input.from,
          to_date: input.to,
          note: input.note,
          decision_date: decisionDate,
          decision_authority: authority,
          decision_reference: decisionDate ? (input.decisionReference ?? null) : null,
          created_at: ctx.at,
        },
        ctx.at,
      );
      if (retroactive) {
        await ctx.measures.appendEvent(trx, {
          measureId: input.measureId,
          kind: 'override',
          to: 'suspension_retroactive',
          note: `Suspension du ${formatDateShort(input.from)} ordonnée le ${formatDateShort(decisionDate)}, après son début : ${retroactiveReason}`,
          userId: ctx.userId,
          at: ctx.at,
        });
      }
      await ctx.measures.appendEvent(trx, {
        measureId: input.measureId,
        kind: 'suspension',
        to: input.reason,
        note: input.note,
        userId: ctx.userId,
        at: ctx.at,
      });
      if (input.to === null && (measure.status === 'en_cours' || measure.status === 'affecte')) {
        await ctx.measures.update(trx, input.measureId, { status: 'suspendu' }, ctx.at);
        await ctx.measures.appendEvent(trx, {
          measureId: input.measureId,
          kind: 'status',
          from: measure.status,
          to: 'suspendu',
          note: input.note,
          userId: ctx.userId,
          at: ctx.at,
        });
      }
      await ctx.measures.refreshProjection(trx, input.measureId, ctx.today);
    });
    return loadMeasureDetail(ctx, input.measureId);
  }

  async end(suspensionId: string, to: string): Promise<MeasureDetail> {
    const { ctx } = this;
    const knex = ctx.session.db.knex;
    const suspension = await knex('suspensions').where({ id: suspensionId }).whereNull('deleted_at').first();
    if (!suspension) throw new AppError('NOT_FOUND', 'Cette suspension n’existe pas (ou plus).');
    if (suspension.to_date) throw new AppError('CONFLICT', 'Cette suspension est déjà close.');
    if (to < suspension.from_date)
      throw new AppError('VALIDATION', 'La fin de la suspension doit suivre son début.', {
        fields: [{ path: 'to', message: 'Antérieure au début.' }],
      });
    if (to > ctx.today)
      throw new AppError('VALIDATION', 'La fin d’une suspension en cours ne peut être datée dans le futur.', {
        fields: [{ path: 'to', message: 'Date future.' }],
      });
    const measure = await ctx.measures.getRow(suspension.measure_id);
    await knex.transaction(async (trx) => {
      await this.store.update(trx, suspensionId, { to_date: to }, ctx.at);
      if (measure.status === 'suspendu') {
        const hasSessions = await trx('hours_entries').where({ measure_id: measure.id, outcome: 'present' }).first();
        const active = await trx('placements')
          .where({ measure_id: measure.id, status: 'active' })
          .whereNull('deleted_at')
          .first();
        const next = !active ? 'a_affecter' : hasSessions ? 'en_cours' : 'affecte';
        await ctx.measures.update(trx, measure.id, { status: next }, ctx.at);
        await ctx.measures.appendEvent(trx, {
          measureId: measure.id,
          kind: 'status',
          from: 'suspendu',
          to: next,
          note: 'Fin de la suspension',
          userId: ctx.userId,
          at: ctx.at,
        });
      }
      await ctx.measures.refreshProjection(trx, measure.id, ctx.today);
    });
    return loadMeasureDetail(ctx, measure.id);
  }
}
