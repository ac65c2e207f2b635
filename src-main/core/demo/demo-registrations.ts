import { addDays, maxDate, minDate, type LocalDate } from '@shared/domain/local-date';
import { REGISTRATION_OPINION_DELAY, deemedDate } from '@shared/domain/catalogue/opinions';
import { isPostRegistered, type RegistrationRecord } from '@shared/domain/catalogue/post-registration';
import { uuidv7 } from '../util/uuid7';
import { officeInstant } from './demo-addresses';
import type { SeededRandom } from './seeded-random';

/**
 * The registration history of a post on the departmental list: an inscription asked with the post's places, the
 * opinions of the procureur and the JAP (received, or deemed given ten days after they were asked), the decision
 * and its notification; for a few posts a radiation later on, following the same path; for new posts or posts of
 * hosts not yet habilitated, a request still under way. `registered` is what isPostRegistered makes of it.
 */
export interface RegistrationRow {
  id: string;
  post_id: string;
  kind: 'inscription' | 'radiation';
  requested_on: string;
  places: number;
  procureur_requested_on: string | null;
  procureur_received_on: string | null;
  procureur_opinion: string | null;
  jap_requested_on: string | null;
  jap_received_on: string | null;
  jap_opinion: string | null;
  decision: 'acceptee' | 'refusee' | null;
  decided_on: string | null;
  notified_on: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * registered: inscribed and still on the list; pending: inscription under way (never decided here);
 * radiated: inscribed, then removed from `radiationOn`; none: nothing asked yet.
 */
export type RegistrationPlan =
  | { scenario: 'registered' | 'pending' | 'none'; requestedOn: LocalDate }
  | { scenario: 'radiated'; requestedOn: LocalDate; radiationOn: LocalDate };

const GIVERS = ['procureur', 'jap'] as const;

/** Carries one request as far as `today` allows; decides it only when `decide` and the date has come. */
function request(
  postId: string,
  places: number,
  kind: RegistrationRow['kind'],
  requestedOn: LocalDate,
  decide: boolean,
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
): RegistrationRow {
  const createdAt = officeInstant(requestedOn, random, nowIso);
  const row: RegistrationRow = {
    id: uuidv7(Date.parse(createdAt)),
    post_id: postId,
    kind,
    requested_on: requestedOn,
    places,
    procureur_requested_on: null,
    procureur_received_on: null,
    procureur_opinion: null,
    jap_requested_on: null,
    jap_received_on: null,
    jap_opinion: null,
    decision: null,
    decided_on: null,
    notified_on: null,
    created_at: createdAt,
    updated_at: createdAt,
  };
  const asked = addDays(requestedOn, random.int(0, 3));
  if (asked > today) return row;
  let last = asked;
  let complete = asked;
  for (const giver of GIVERS) {
    row[`${giver}_requested_on`] = asked;
    const receivedOn = random.chance(0.6) ? addDays(asked, random.int(2, 12)) : null;
    if (receivedOn && receivedOn <= today) {
      row[`${giver}_received_on`] = receivedOn;
      row[`${giver}_opinion`] = random.chance(0.97) ? 'favorable' : 'defavorable';
      last = maxDate(last, receivedOn);
      complete = maxDate(complete, receivedOn);
    } else {
      complete = maxDate(complete, deemedDate(asked, REGISTRATION_OPINION_DELAY));
    }
  }
  const decidedOn = addDays(complete, random.int(1, 15));
  if (decide && decidedOn <= today) {
    row.decision = 'acceptee';
    row.decided_on = decidedOn;
    row.notified_on = minDate(addDays(decidedOn, random.int(0, 8)), today);
    last = row.notified_on;
  }
  row.updated_at = officeInstant(last, random, nowIso);
  return row;
}

function recordOf(row: RegistrationRow): RegistrationRecord {
  const opinion = (g: (typeof GIVERS)[number]) => ({
    requestedOn: row[`${g}_requested_on`],
    receivedOn: row[`${g}_received_on`],
    opinion: row[`${g}_opinion`] as 'favorable' | 'defavorable' | null,
  });
  return {
    kind: row.kind,
    requestedOn: row.requested_on,
    procureur: opinion('procureur'),
    jap: opinion('jap'),
    decision: row.decision,
    decidedOn: row.decided_on,
    notifiedOn: row.notified_on,
  };
}

export function registrationsFor(
  postId: string,
  places: number,
  plan: RegistrationPlan,
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
) {
  const rows: RegistrationRow[] = [];
  if (plan.scenario !== 'none')
    rows.push(
      request(postId, places, 'inscription', plan.requestedOn, plan.scenario !== 'pending', today, nowIso, random),
    );
  const inscribedOn = rows[0]?.decided_on;
  const radiationOn =
    plan.scenario === 'radiated' && inscribedOn ? maxDate(plan.radiationOn, addDays(inscribedOn, 1)) : null;
  if (radiationOn && radiationOn <= today)
    rows.push(request(postId, places, 'radiation', radiationOn, true, today, nowIso, random));
  const registered = isPostRegistered(rows.map(recordOf));
  return { rows, registered, everRegistered: inscribedOn !== null && inscribedOn !== undefined };
}
