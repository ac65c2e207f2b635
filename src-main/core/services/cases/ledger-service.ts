import { AppError } from '@shared/errors';
import type { MeasureDetail } from '@shared/schemas/measures';
import { ledgerEntryProblem, minutesBetween, type SessionOutcome } from '@shared/domain/hours-ledger';
import { formatDateLong } from '@shared/domain/local-date';
import { appendChange } from '@core/repo/change-log';
import { uuidv7 } from '@core/util/uuid7';
import type { CaseContext } from './case-context';
import { loadMeasureDetail, notFound } from './measure-detail';
import { ADULT_DAILY_HOURS_WARNING, checkSession } from './session-rules';

export interface SessionRequest {
  measureId: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  durationMinutes: number | null;
  outcome: SessionOutcome;
  remarks: string | null;
  correctsId: string | null;
  overrideReason?: string | null;
}

/**
 * The hours ledger is append-only: a session is never edited; a correction is a new entry pointing at the one it
 * replaces. Credited hours can never exceed the hours ordered; a worked session must fall on a day it can have been
 * worked and fit the working-time rules (session-rules.ts).
 */
export async function recordSession(ctx: CaseContext, request: SessionRequest): Promise<MeasureDetail> {
  const knex = ctx.session.db.knex;
  const measure = await ctx.measures.getRow(request.measureId);
  if (!measure) throw notFound();
  if (['acheve', 'inexecute', 'refus', 'revoque'].includes(measure.status)) {
    throw new AppError('CONFLICT', 'La mesure est close : son relevé d’heures ne peut plus changer.');
  }
  if (measure.status === 'a_affecter' && !request.correctsId)
    throw new AppError('CONFLICT', 'Affectez d’abord la personne à un poste.');
  if (request.date > ctx.today) {
    const message = `Le ${formatDateLong(request.date)} est dans le futur : une séance ne peut être enregistrée qu’une fois faite.`;
    throw new AppError('VALIDATION', message, { fields: [{ path: 'date', message }] });
  }
  if (request.date < measure.decision_date)
    throw new AppError('VALIDATION', 'La séance précède la décision.', {
      fields: [{ path: 'date', message: 'Antérieure à la décision.' }],
    });
  const duration =
    request.startTime && request.endTime
      ? minutesBetween(request.startTime, request.endTime)
      : (request.durationMinutes ?? 0);
  if (duration === null)
    throw new AppError('VALIDATION', 'L’heure de fin doit suivre l’heure de début.', {
      fields: [{ path: 'endTime', message: 'Heure de fin invalide.' }],
    });
  if (request.outcome === 'present' && !request.correctsId) {
    // DESIGN §2: where a medical examination is required, it comes before the work starts.
    const detail = await loadMeasureDetail(ctx, request.measureId);
    const reasons = detail.measure.medicalExamReasons;
    const exam = detail.measure.medicalExamDate;
    if (reasons.length > 0 && (!exam || exam > request.date)) {
      throw new AppError(
        'CONFLICT',
        `Visite médicale obligatoire avant la première séance (${reasons.join(', ')}) : enregistrez-la d’abord dans l’onglet « Visite médicale ».`,
      );
    }
  }
  const id = uuidv7();
  await knex.transaction(async (trx) => {
    const rows = await trx('hours_entries')
      .where({ measure_id: request.measureId })
      .select('id', 'date', 'duration_minutes', 'outcome', 'corrects_id');
    const existing = rows.map((r) => ({
      id: r.id,
      date: r.date,
      durationMinutes: Number(r.duration_minutes),
      outcome: r.outcome,
      correctsId: r.corrects_id ?? null,
    }));
    const problem = ledgerEntryProblem(measure.hours_ordered, existing, {
      id,
      date: request.date,
      durationMinutes: duration,
      outcome: request.outcome,
      correctsId: request.correctsId,
    });
    if (problem) {
      const path = request.correctsId && problem.includes('corrig') ? 'correctsId' : 'durationMinutes';
      throw new AppError('CONFLICT', problem, { fields: [{ path, message: problem }] });
    }
    const { placementId, overridden } = await checkSession(
      trx,
      measure,
      { ...request, durationMinutes: duration, overrideReason: request.overrideReason ?? null },
      ctx.today,
    );
    const row = {
      id,
      measure_id: request.measureId,
      placement_id: placementId,
      date: request.date,
      start_time: request.startTime,
      end_time: request.endTime,
      duration_minutes: duration,
      outcome: request.outcome,
      remarks: request.remarks,
      corrects_id: request.correctsId,
      recorded_by: ctx.userId,
      recorded_at: ctx.at,
    };
    await trx('hours_entries').insert(row);
    const { id: _id, ...fields } = row;
    await appendChange(trx, ctx.session.deviceId, {
      entity: 'hours_entry',
      entityId: id,
      op: 'insert',
      fields,
      at: ctx.at,
    });
    if (overridden) {
      // The officer's reason for going past the 10-hour day stays in the measure's history.
      await ctx.measures.appendEvent(trx, {
        measureId: request.measureId,
        kind: 'working_time_override',
        from: request.date,
        to: ADULT_DAILY_HOURS_WARNING,
        note: request.overrideReason ?? null,
        userId: ctx.userId,
        at: ctx.at,
      });
    }
    await ctx.measures.refreshProjection(trx, request.measureId, ctx.today);
    // The first session worked starts the execution.
    if (measure.status === 'affecte' && request.outcome === 'present') {
      await ctx.measures.update(trx, request.measureId, { status: 'en_cours' }, ctx.at);
      await ctx.measures.appendEvent(trx, {
        measureId: request.measureId,
        kind: 'status',
        from: 'affecte',
        to: 'en_cours',
        note: 'Première séance effectuée',
        userId: ctx.userId,
        at: ctx.at,
      });
    }
  });
  return loadMeasureDetail(ctx, request.measureId);
}
