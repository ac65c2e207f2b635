import { AppError } from '@shared/errors';
import { decisionDateProblem } from '@shared/domain/decision-date';
import { enforceableDateProblem } from '@shared/domain/enforceable';
import { ageProblem } from '@shared/domain/minors';
import type { MeasureFields } from '@shared/schemas/measures';

/** The age rules need the person's birth date, so they run here rather than in the measure schema. */
export function assertAgeRules(measure: MeasureFields, birthDate: string, pathPrefix: string): void {
  const problem = ageProblem(measure.type, birthDate, measure.decisionDate, measure.offenceDate);
  if (problem) {
    throw new AppError('VALIDATION', problem.message, {
      fields: [{ path: `${pathPrefix}${problem.field}`, message: problem.message }],
    });
  }
}

/** The decision and enforceable dates against today, which only the main process knows for sure. */
export function assertDecisionDate(measure: MeasureFields, today: string, pathPrefix: string): void {
  const problem = decisionDateProblem(measure.decisionDate, today);
  if (problem) {
    throw new AppError('VALIDATION', problem, { fields: [{ path: `${pathPrefix}decisionDate`, message: problem }] });
  }
  const enforceable = enforceableDateProblem(
    measure.decisionDate,
    measure.enforceableDate,
    measure.enforceableSource,
    today,
  );
  if (enforceable) {
    throw new AppError('VALIDATION', enforceable, {
      fields: [{ path: `${pathPrefix}enforceableDate`, message: enforceable }],
    });
  }
}
