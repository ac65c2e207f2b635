import type { z } from 'zod';
import type { registrationSchema } from '@shared/schemas/catalogue';
import {
  REGISTRATION_STEP_LABELS,
  registrationDecisionProblem,
  registrationStep,
  type RegistrationRecord,
} from '@shared/domain/catalogue/post-registration';
import { REGISTRATION_OPINION_DELAY } from '@shared/domain/catalogue/opinions';
import { formatDateShort, type LocalDate } from '@shared/domain/local-date';
import { opinionOf, opinionView, type Row } from './opinion-rows';

export type Registration = z.infer<typeof registrationSchema>;

export function registrationRecord(row: Row): RegistrationRecord {
  return {
    kind: row.kind,
    requestedOn: row.requested_on,
    procureur: opinionOf(row, 'procureur'),
    jap: opinionOf(row, 'jap'),
    decision: row.decision ?? null,
    decidedOn: row.decided_on ?? null,
    notifiedOn: row.notified_on ?? null,
  };
}

export function toRegistration(row: Row, today: LocalDate): Registration {
  const record = registrationRecord(row);
  const step = registrationStep(record, today);
  return {
    id: row.id,
    postId: row.post_id,
    kind: record.kind,
    requestedOn: record.requestedOn,
    places: row.places ?? null,
    procureur: opinionView(record.procureur, REGISTRATION_OPINION_DELAY, today),
    jap: opinionView(record.jap, REGISTRATION_OPINION_DELAY, today),
    decision: record.decision,
    decidedOn: record.decidedOn,
    notifiedOn: record.notifiedOn,
    step,
    stepLabel: REGISTRATION_STEP_LABELS[step],
    decisionProblem: record.decision ? null : registrationDecisionProblem(record, today),
  };
}

/** Requests in the order they were made (ties by creation). */
export function byRequestOrder(a: Row, b: Row): number {
  if (a.requested_on !== b.requested_on) return a.requested_on < b.requested_on ? -1 : 1;
  return String(a.created_at).localeCompare(String(b.created_at));
}

/** Records in the order of their decisions, which is what isPostRegistered reads. */
export function recordsByDecision(rows: readonly Row[]): RegistrationRecord[] {
  return [...rows]
    .sort(
      (a, b) =>
        String(a.decided_on ?? '').localeCompare(String(b.decided_on ?? '')) ||
        String(a.created_at).localeCompare(String(b.created_at)),
    )
    .map(registrationRecord);
}

/**
 * What the post card says about the departmental list, from its latest request: "Inscrit (décision du …)",
 * "Radié le …", "Inscription : avis en cours", … or "Non inscrit" when nothing was ever asked.
 */
export function registrationLabel(rows: readonly Row[], registered: boolean, today: LocalDate): string {
  const latest = [...rows].sort(byRequestOrder).at(-1);
  if (!latest) return registered ? 'Inscrit' : 'Non inscrit';
  const record = registrationRecord(latest);
  const step = registrationStep(record, today);
  const kindLabel = record.kind === 'inscription' ? 'Inscription' : 'Radiation';
  if (record.decision === 'acceptee') {
    const notified = record.notifiedOn ? '' : ', à notifier';
    return record.kind === 'inscription'
      ? `Inscrit (décision du ${formatDateShort(record.decidedOn!)}${notified})`
      : `Radié le ${formatDateShort(record.decidedOn!)}${notified}`;
  }
  const stepLabel = REGISTRATION_STEP_LABELS[step];
  const status = `${kindLabel} : ${stepLabel.charAt(0).toLowerCase()}${stepLabel.slice(1)}`;
  return registered ? `Inscrit — ${status.charAt(0).toLowerCase()}${status.slice(1)}` : status;
}
