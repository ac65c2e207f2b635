import type { Habilitation } from '@shared/schemas/catalogue';
import {
  HABILITATION_STEP_LABELS,
  habilitationDecisionProblem,
  habilitationStep,
  type HabilitationRecord,
} from '@shared/domain/catalogue/habilitation';
import { HABILITATION_OPINION_DELAY } from '@shared/domain/catalogue/opinions';
import { formatDateShort, type LocalDate } from '@shared/domain/local-date';
import { isHabilitatedByRight, type HostType } from '@shared/domain/catalogue/host-types';
import { opinionOf, opinionView, type Row } from './opinion-rows';

export const HABILITATION_GIVERS = ['procureur', 'jap', 'prefet'] as const;

export function habilitationRecord(row: Row): HabilitationRecord {
  return {
    requestedOn: row.requested_on,
    procureur: opinionOf(row, 'procureur'),
    jap: opinionOf(row, 'jap'),
    prefet: opinionOf(row, 'prefet'),
    decision: row.decision ?? null,
    decidedOn: row.decided_on ?? null,
    validUntil: row.valid_until ?? null,
    withdrawnOn: row.withdrawn_on ?? null,
  };
}

export function toHabilitation(row: Row, today: LocalDate): Habilitation {
  const record = habilitationRecord(row);
  const step = habilitationStep(record, today);
  const decisionProblem = record.decision ? null : habilitationDecisionProblem(record, today);
  return {
    id: row.id,
    hostId: row.host_id,
    kind: row.kind,
    requestedOn: row.requested_on,
    fileNote: row.file_note ?? null,
    procureur: opinionView(record.procureur, HABILITATION_OPINION_DELAY, today),
    jap: opinionView(record.jap, HABILITATION_OPINION_DELAY, today),
    prefet: opinionView(record.prefet, HABILITATION_OPINION_DELAY, today),
    decision: record.decision,
    decidedOn: record.decidedOn,
    validUntil: record.validUntil,
    withdrawnOn: record.withdrawnOn,
    withdrawalReason: row.withdrawal_reason ?? null,
    step,
    stepLabel: HABILITATION_STEP_LABELS[step],
    decisionProblem,
  };
}

/** Habilitation rows in the order they were requested. */
export function byRequest(a: Row, b: Row): number {
  return a.requested_on === b.requested_on
    ? String(a.created_at).localeCompare(String(b.created_at))
    : a.requested_on < b.requested_on
      ? -1
      : 1;
}

/**
 * What the host card says: "Habilitée de plein droit", "Habilitée jusqu’au 31/12/2028" (with a renewal under way),
 * the step of the latest request, or "Non habilitée".
 */
export function habilitationLabel(type: HostType, rows: readonly Row[], today: LocalDate): string {
  if (isHabilitatedByRight(type)) return 'Habilitée de plein droit';
  const sorted = [...rows].sort(byRequest);
  const granted = sorted.filter((r) => habilitationStep(habilitationRecord(r), today) === 'accordee');
  const latest = sorted.at(-1);
  const latestStep = latest ? habilitationStep(habilitationRecord(latest), today) : null;
  if (granted.length > 0) {
    const until = granted
      .map((r) => r.valid_until as string | null)
      .reduce<string | null>((max, v) => (v && (!max || v > max) ? v : max), null);
    const base = until ? `Habilitée jusqu’au ${formatDateShort(until)}` : 'Habilitée';
    const pending =
      latestStep && !latest!.decision
        ? ` (renouvellement : ${HABILITATION_STEP_LABELS[latestStep].toLowerCase()})`
        : '';
    return base + pending;
  }
  return latestStep ? HABILITATION_STEP_LABELS[latestStep] : 'Non habilitée';
}
