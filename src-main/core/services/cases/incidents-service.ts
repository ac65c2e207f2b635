import { AppError } from '@shared/errors';
import type { MeasureDetail } from '@shared/schemas/measures';
import { TERMINAL_STATUSES } from '@shared/domain/measure-status';
import { appendChange } from '@core/repo/change-log';
import { uuidv7 } from '@core/util/uuid7';
import type { CaseContext } from './case-context';
import { loadMeasureDetail, notFound } from './measure-detail';

/** Incidents are facts reported by the host or seen by the officer; they are recorded once and never edited. */
export async function recordIncident(
  ctx: CaseContext,
  input: { measureId: string; kind: string; date: string; description: string },
): Promise<MeasureDetail> {
  const knex = ctx.session.db.knex;
  const measure = await ctx.measures.getRow(input.measureId);
  if (!measure) throw notFound();
  if (TERMINAL_STATUSES.includes(measure.status))
    throw new AppError('CONFLICT', 'La mesure est close : aucun incident ne peut être ajouté.');
  if (input.date > ctx.today)
    throw new AppError('VALIDATION', 'Un incident ne peut être daté dans le futur.', {
      fields: [{ path: 'date', message: 'Date future.' }],
    });
  await knex.transaction(async (trx) => {
    const id = uuidv7();
    const row = {
      id,
      measure_id: input.measureId,
      kind: input.kind,
      date: input.date,
      description: input.description,
      recorded_by: ctx.userId,
      recorded_at: ctx.at,
    };
    await trx('incidents').insert(row);
    const { id: _id, ...fields } = row;
    await appendChange(trx, ctx.session.deviceId, {
      entity: 'incident',
      entityId: id,
      op: 'insert',
      fields,
      at: ctx.at,
    });
  });
  return loadMeasureDetail(ctx, input.measureId);
}
