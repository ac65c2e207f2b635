import { addDays, addMonths, daysBetween, maxDate, minDate, type LocalDate } from '@shared/domain/local-date';
import type { MeasureStatus } from '@shared/domain/measure-status';
import type { MeasureType, OffenceCategory } from '@shared/domain/measure-types';
import type { ConsentStatus } from '@shared/domain/consent';
import type { EnforceableSource } from '@shared/domain/enforceable';
import { HOURS_LIMITS } from '@shared/domain/hours-rules';
import type { SUSPENSION_REASONS } from '@shared/schemas/measures';
import type { SeededRandom } from './seeded-random';

/**
 * The life of one measure as dates, before any row is made: decision, registration, consent, placement, the window in
 * which hours are worked, suspensions and closing. Every status of the status machine is reachable, and the dates
 * respect the rules of src-shared/domain (hours by type, deadline ≤ decision + 18 months or 6 for a TNR, consent before
 * any placement).
 */
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

export interface MeasurePlan {
  status: MeasureStatus;
  type: MeasureType;
  decisionDate: LocalDate;
  /** The day the decision became enforceable, and how; the measure reaches the SPIP after it. */
  enforceable: { date: LocalDate; source: EnforceableSource };
  offenceDate: LocalDate;
  registeredOn: LocalDate;
  hours: number;
  deadline: LocalDate;
  offenceCategory: OffenceCategory;
  consent: { status: ConsentStatus; date: LocalDate | null; source: string | null };
  /** The décision d'affectation (`created`) and the first day on the post. */
  placement: { created: LocalDate; start: LocalDate; ends: boolean; endReason: string | null } | null;
  work: { lastAllowed: LocalDate; targetMinutes: number; exact: boolean; unjustifiedRate: number } | null;
  closedSuspension: { from: LocalDate; to: LocalDate; reason: SuspensionReason } | null;
  openSuspension: { from: LocalDate; reason: SuspensionReason } | null;
  /** Day the measure was closed, for terminal statuses not closed by the last session. */
  closedOn: LocalDate | null;
}

/**
 * Share of each status in a dataset that spans the five years of retention: mostly closed measures, about a quarter
 * still running.
 */
export const STATUS_WEIGHTS: Record<MeasureStatus, number> = {
  a_affecter: 6,
  affecte: 4,
  en_cours: 18,
  suspendu: 3,
  acheve: 58,
  inexecute: 5,
  refus: 2,
  revoque: 4,
};

const OFFENCE_WEIGHTS: Record<OffenceCategory, number> = {
  securite_routiere: 25,
  atteinte_biens: 22,
  stupefiants: 15,
  violences: 12,
  outrage_rebellion: 8,
  escroquerie: 6,
  violences_intrafamiliales: 5,
  port_arme: 3,
  autre: 3,
  infractions_sexuelles: 1,
};

const JAP_REASONS: readonly SuspensionReason[] = [
  'medical',
  'medical',
  'familial',
  'professionnel',
  'social',
  'detention',
  'arse',
];

function gaussian(random: SeededRandom): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** Hours a court orders: around 100 h for a TIG (DESIGN.md §2), fewer for a TNR or a minor; multiples of 5. */
export function orderedHours(type: MeasureType, random: SeededRandom): number {
  const median = type === 'tnr' ? 35 : type === 'tig_mineur' ? 50 : 90;
  const { min, max } = HOURS_LIMITS[type];
  const value = Math.round((median * Math.exp(0.6 * gaussian(random))) / 5) * 5;
  return Math.min(max, Math.max(type === 'tnr' ? 10 : min, value));
}

function consentFor(
  type: MeasureType,
  decision: LocalDate,
  registered: LocalDate,
  random: SeededRandom,
  refused = false,
  absent = false,
): MeasurePlan['consent'] {
  if (refused)
    return {
      status: 'refused',
      date: addDays(registered, random.int(7, 45)),
      source: 'Refus exprimé lors de l’audition par le juge de l’application des peines',
    };
  // Judged in absence (a judgment served later): the consent can only be collected afterwards by the JAP.
  const how = absent
    ? 'jap'
    : type === 'tnr'
      ? 'hearing'
      : random.weighted({ hearing: 55, lawyer_writing: 20, jap: 25 });
  if (how === 'hearing')
    return {
      status: 'hearing',
      date: decision,
      source: type === 'tnr' ? 'Accord recueilli par le délégué du procureur' : 'Consentement donné à l’audience',
    };
  if (how === 'lawyer_writing')
    return {
      // The written agreement is handed to the court at the hearing (code pénal 131-8 al. 3).
      status: 'lawyer_writing',
      date: addDays(decision, -random.int(0, 15)),
      source: 'Courrier de l’avocat joint au dossier',
    };
  return {
    status: 'jap',
    date: addDays(registered, random.int(5, 30)),
    source: 'Recueilli par le juge lors de l’audition',
  };
}

/**
 * Picks the measure type; a TNR cannot be revoked. A person who was a minor at the facts mostly gets a TIG mineur,
 * sometimes a sursis probatoire with TIG or a TNR (CJPM L.122-1, L.422-3), followed under the minors' regime.
 */
export function measureType(status: MeasureStatus, minor: boolean, random: SeededRandom): MeasureType {
  const type = minor
    ? random.weighted({ tig_mineur: 80, sursis_tig: 14, tnr: 6 })
    : random.weighted({ tig: 45, sursis_tig: 38, tnr: 17 });
  return status === 'revoque' && type === 'tnr' ? 'sursis_tig' : type;
}

/** The day of the first decision for a status, so the person's age can be fixed before the measure is planned. */
export function planMeasure(
  status: MeasureStatus,
  type: MeasureType,
  today: LocalDate,
  random: SeededRandom,
): MeasurePlan {
  const hours = orderedHours(type, random);
  const months = type === 'tnr' ? (hours > 40 ? 6 : random.pick([3, 4, 6, 6])) : random.chance(0.7) ? 18 : 12;
  const minutes = hours * 60;
  // Offsets in days from the decision, fixed first; the decision date is then placed so that all is in the past.
  // Some judgments given in absence become enforceable weeks later, once served, a few after an appeal; the SPIP
  // receives the measure once it is enforceable.
  const enforceableSource: EnforceableSource =
    type === 'tnr' ? 'contradictoire' : random.weighted({ contradictoire: 82, signification: 15, appel: 3 });
  const enforceableAfter =
    enforceableSource === 'signification' ? random.int(14, 40) : enforceableSource === 'appel' ? random.int(45, 75) : 0;
  const reg = enforceableAfter + random.int(2, 20);
  // A TNR is agreed at the hearing and placed quickly; a TIG's consent may come up to 30 days after registration.
  const placementDelay = type === 'tnr' ? random.int(3, 15) : random.int(5, 40);
  const startDelay = type === 'tnr' ? random.int(5, 10) : random.int(7, 25);
  const consentPad = type === 'tnr' ? 0 : 30;
  const deadlineDays = (d: LocalDate) => daysBetween(d, addMonths(d, months));
  const plan = (decisionDate: LocalDate): MeasurePlan => {
    const registeredOn = addDays(decisionDate, reg);
    return {
      status,
      type,
      decisionDate,
      enforceable: { date: addDays(decisionDate, enforceableAfter), source: enforceableSource },
      offenceDate: addDays(decisionDate, -random.int(20, 500)),
      registeredOn,
      hours,
      deadline: addMonths(decisionDate, months),
      offenceCategory: random.weighted(OFFENCE_WEIGHTS),
      consent: consentFor(
        type,
        decisionDate,
        registeredOn,
        random,
        status === 'refus',
        enforceableSource === 'signification',
      ),
      placement: null,
      work: null,
      closedSuspension: null,
      openSuspension: null,
      closedOn: null,
    };
  };
  const place = (p: MeasurePlan): { created: LocalDate; start: LocalDate } => {
    const created = addDays(maxDate(p.registeredOn, p.consent.date ?? p.registeredOn), placementDelay);
    return { created, start: addDays(created, startDelay) };
  };

  switch (status) {
    case 'a_affecter': {
      const p = plan(addDays(today, -random.int(3 + reg, 100)));
      if (p.consent.date! > today || random.chance(0.4)) p.consent = { status: 'pending', date: null, source: null };
      return p;
    }
    case 'affecte': {
      // First day on the post between ten days ago and three weeks ahead; décision d'affectation before today.
      const start = addDays(today, random.int(-10, 21));
      const latestDecision = minDate(addDays(start, -startDelay), addDays(today, -1));
      const p = plan(addDays(latestDecision, -(placementDelay + reg + consentPad)));
      const { created } = place(p);
      p.placement = { created, start: maxDate(start, addDays(created, 1)), ends: false, endReason: null };
      return p;
    }
    case 'en_cours':
    case 'suspendu': {
      const ago =
        status === 'suspendu' ? random.int(40, 300) : type === 'tnr' ? random.int(14, 110) : random.int(14, 320);
      const start = addDays(today, -ago);
      const p = plan(addDays(start, -(startDelay + placementDelay + reg + consentPad)));
      p.placement = { created: addDays(start, -startDelay), start, ends: false, endReason: null };
      const stalled = status === 'en_cours' && random.chance(0.15);
      let lastAllowed = stalled ? addDays(today, -random.int(22, 60)) : addDays(today, -1);
      if (status === 'suspendu') {
        const from = maxDate(addDays(today, -random.int(3, 90)), addDays(start, 7));
        p.openSuspension = { from, reason: random.pick(JAP_REASONS) };
        lastAllowed = addDays(from, -1);
      } else if (ago > 120 && random.chance(0.12)) {
        const from = addDays(start, random.int(10, 40));
        p.closedSuspension = { from, to: addDays(from, random.int(13, 60)), reason: random.pick(JAP_REASONS) };
      }
      const fraction = 0.1 + random.next() * 0.85;
      p.work = {
        lastAllowed,
        targetMinutes: Math.max(180, Math.min(minutes - 420, Math.round((minutes * fraction) / 30) * 30)),
        exact: false,
        unjustifiedRate: 0.07,
      };
      return p;
    }
    case 'acheve': {
      const sessions = Math.ceil(minutes / 200);
      const firstStart = reg + consentPad + placementDelay + startDelay;
      const pause = random.chance(0.12) ? random.int(14, 60) : 0;
      const span = Math.max(sessions + 5, Math.min(sessions * random.int(3, 8), deadlineDays(today) - firstStart - 20));
      const decision = addDays(today, -(firstStart + span + pause + random.int(5, 1500)));
      const p = plan(decision);
      const { created, start } = place(p);
      p.placement = { created, start, ends: true, endReason: 'Heures effectuées' };
      if (pause > 0) {
        const from = addDays(start, random.int(7, Math.max(8, Math.floor(span / 2))));
        p.closedSuspension = { from, to: addDays(from, pause - 1), reason: random.pick(JAP_REASONS) };
      }
      p.work = {
        lastAllowed: minDate(addDays(start, span + pause), addDays(today, -1)),
        targetMinutes: minutes,
        exact: true,
        unjustifiedRate: 0.03,
      };
      return p;
    }
    case 'inexecute':
    case 'revoque': {
      const deadlineSpan = deadlineDays(today);
      const decision = addDays(today, -(deadlineSpan + random.int(30, 1500)));
      const p = plan(decision);
      const placed = random.chance(0.7);
      if (placed) {
        const { created, start } = place(p);
        const stop = addDays(start, random.int(15, Math.max(16, daysBetween(start, p.deadline) - 30)));
        const ended =
          status === 'inexecute' ? 'Absences répétées sans justification' : 'Révocation du sursis probatoire';
        p.placement = { created, start, ends: true, endReason: ended };
        p.work = {
          lastAllowed: stop,
          targetMinutes: Math.max(180, Math.round((minutes * random.next() * 0.6) / 30) * 30),
          exact: false,
          unjustifiedRate: 0.25,
        };
        p.closedOn =
          status === 'inexecute' ? addDays(p.deadline, random.int(10, 120)) : addDays(stop, random.int(20, 120));
      } else {
        if (random.chance(0.5)) p.consent = { status: 'pending', date: null, source: null };
        p.closedOn =
          status === 'inexecute'
            ? addDays(p.deadline, random.int(10, 120))
            : addDays(p.registeredOn, random.int(30, 200));
      }
      p.closedOn = minDate(p.closedOn, addDays(today, -1));
      return p;
    }
    case 'refus': {
      const p = plan(addDays(today, -random.int(reg + 60, 1500)));
      p.closedOn = minDate(addDays(p.consent.date!, random.int(0, 15)), addDays(today, -1));
      return p;
    }
  }
}
