import { addDays, addMonths, daysBetween, maxDate, minDate, type LocalDate } from '@shared/domain/local-date';
import { HABILITATION_OPINION_DELAY, deemedDate } from '@shared/domain/catalogue/opinions';
import { isHostHabilitated, type HabilitationRecord } from '@shared/domain/catalogue/habilitation';
import type { HostType } from '@shared/domain/catalogue/host-types';
import { uuidv7 } from '../util/uuid7';
import { officeInstant } from './demo-addresses';
import type { SeededRandom } from './seeded-random';

/**
 * The habilitation history of a private host (public bodies need none): the initial request, opinions of the
 * procureur, the JAP and the préfet (received, or deemed given a month after they were asked), the director's
 * decision valid five years, renewals before the end, a few refusals and withdrawals, and requests still under way
 * for the hosts that applied recently. The host's derived columns follow from it as the catalogue service derives
 * them.
 */
export interface HabilitationRow {
  id: string;
  host_id: string;
  kind: 'initiale' | 'renouvellement';
  requested_on: string;
  file_note: string | null;
  procureur_requested_on: string | null;
  procureur_received_on: string | null;
  procureur_opinion: string | null;
  jap_requested_on: string | null;
  jap_received_on: string | null;
  jap_opinion: string | null;
  prefet_requested_on: string | null;
  prefet_received_on: string | null;
  prefet_opinion: string | null;
  decision: 'accordee' | 'refusee' | null;
  decided_on: string | null;
  valid_until: string | null;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface HostHabilitation {
  rows: HabilitationRow[];
  habilitated: boolean;
  validUntil: LocalDate | null;
  /** The first grant: posts can be put on the departmental list from then. */
  grantedOn: LocalDate | null;
  withdrawnOn: LocalDate | null;
}

const GIVERS = ['procureur', 'jap', 'prefet'] as const;
const VALIDITY_MONTHS = 60;
const FILE_NOTES = [
  'Statuts, liste des postes proposés et des tuteurs, attestation d’assurance.',
  'Dossier complet reçu par courrier ; projet de convention joint.',
  'Demande déposée lors du rendez-vous avec le référent TIG.',
];
const WITHDRAWAL_REASONS = [
  'Encadrement insuffisant constaté lors de deux visites ; la structure n’a plus de tuteur disponible.',
  'Cessation d’activité de la structure.',
  'Manquements répétés à l’obligation de signaler les absences.',
];

export function record(row: HabilitationRow): HabilitationRecord {
  const opinion = (g: (typeof GIVERS)[number]) => ({
    requestedOn: row[`${g}_requested_on`],
    receivedOn: row[`${g}_received_on`],
    opinion: row[`${g}_opinion`] as 'favorable' | 'defavorable' | null,
  });
  return {
    requestedOn: row.requested_on,
    procureur: opinion('procureur'),
    jap: opinion('jap'),
    prefet: opinion('prefet'),
    decision: row.decision,
    decidedOn: row.decided_on,
    validUntil: row.valid_until,
    withdrawnOn: row.withdrawn_on,
  };
}

/** One request, carried as far as today allows: opinions asked, received or deemed, then decided. */
function request(
  hostId: string,
  kind: HabilitationRow['kind'],
  requestedOn: LocalDate,
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
): HabilitationRow {
  const createdAt = officeInstant(requestedOn, random, nowIso);
  const row: HabilitationRow = {
    id: uuidv7(Date.parse(createdAt)),
    host_id: hostId,
    kind,
    requested_on: requestedOn,
    file_note: random.chance(0.7) ? random.pick(FILE_NOTES) : null,
    procureur_requested_on: null,
    procureur_received_on: null,
    procureur_opinion: null,
    jap_requested_on: null,
    jap_received_on: null,
    jap_opinion: null,
    prefet_requested_on: null,
    prefet_received_on: null,
    prefet_opinion: null,
    decision: null,
    decided_on: null,
    valid_until: null,
    withdrawn_on: null,
    withdrawal_reason: null,
    created_at: createdAt,
    updated_at: createdAt,
  };
  let last = requestedOn;
  const asked = addDays(requestedOn, random.int(0, 6));
  if (asked > today) return row;
  let complete = asked;
  let unfavourable = false;
  for (const giver of GIVERS) {
    row[`${giver}_requested_on`] = asked;
    last = maxDate(last, asked);
    const receivedOn = random.chance(0.7) ? addDays(asked, random.int(6, 45)) : null;
    if (receivedOn && receivedOn <= today) {
      const opinion = random.chance(0.97) ? 'favorable' : 'defavorable';
      unfavourable ||= opinion === 'defavorable';
      row[`${giver}_received_on`] = receivedOn;
      row[`${giver}_opinion`] = opinion;
      last = maxDate(last, receivedOn);
      complete = maxDate(complete, receivedOn);
    } else {
      complete = maxDate(complete, deemedDate(asked, HABILITATION_OPINION_DELAY));
    }
  }
  const decidedOn = addDays(complete, random.int(2, 30));
  if (decidedOn <= today) {
    row.decision = random.chance(unfavourable ? 0.4 : 0.025) ? 'refusee' : 'accordee';
    row.decided_on = decidedOn;
    if (row.decision === 'accordee') row.valid_until = addMonths(decidedOn, VALIDITY_MONTHS);
    last = decidedOn;
  }
  row.updated_at = officeInstant(last, random, nowIso);
  return row;
}

/** The habilitations of a private host created on `createdOn`, and what they make of the host today. */
export function habilitationsFor(
  hostId: string,
  kind: HostType,
  createdOn: LocalDate,
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
): HostHabilitation {
  const rows = [
    request(hostId, 'initiale', minDate(addDays(createdOn, random.int(0, 7)), today), today, nowIso, random),
  ];
  for (;;) {
    const current = rows.at(-1)!;
    if (current.decision !== 'accordee' || current.withdrawn_on) break;
    const renewalOn = addDays(current.valid_until!, -random.int(45, 150));
    if (renewalOn <= today && random.chance(0.8)) {
      rows.push(request(hostId, 'renouvellement', renewalOn, today, nowIso, random));
      continue;
    }
    // A few habilitations are withdrawn while they run.
    const earliest = addDays(current.decided_on!, 90);
    if (earliest < today && current.valid_until! > today && random.chance(0.03)) {
      current.withdrawn_on = addDays(earliest, random.int(0, Math.min(700, daysBetween(earliest, today))));
      current.withdrawal_reason = random.pick(WITHDRAWAL_REASONS);
      current.updated_at = officeInstant(current.withdrawn_on, random, nowIso);
    }
    break;
  }
  const records = rows.map(record);
  let validUntil: LocalDate | null = null;
  for (const r of rows)
    if (r.decision === 'accordee' && !r.withdrawn_on && (!validUntil || r.valid_until! > validUntil))
      validUntil = r.valid_until;
  return {
    rows,
    habilitated: isHostHabilitated(kind, records, today),
    validUntil,
    grantedOn: rows.find((r) => r.decision === 'accordee')?.decided_on ?? null,
    withdrawnOn: rows.find((r) => r.withdrawn_on)?.withdrawn_on ?? null,
  };
}
