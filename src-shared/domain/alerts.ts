import type { ConsentStatus } from './consent';
import { formatMinutes } from './duration';
import { daysBetween, maxDate, type LocalDate } from './local-date';
import { ACTIVE_STATUSES, type MeasureStatus } from './measure-status';
import { habilitationShortfall, habilitationShortfallMessage, type PaceFacts } from './placement-pace';

export const ALERT_THRESHOLDS = {
  /** "délai dépassé dans 30 jours" */
  deadlineNearDays: 30,
  /** "aucune heure depuis 3 semaines" */
  noHoursDays: 21,
  consentPendingDays: 14,
  /** Window before the deadline in which the pace of hours is checked. */
  paceWindowDays: 60,
  /** More than this many hours a week still needed means the measure is far behind. */
  paceHoursPerWeek: 10,
} as const;

export const ALERT_KINDS = [
  'deadline_passed',
  'deadline_near',
  'no_hours',
  'consent_pending',
  'medical_exam_missing',
  'behind_schedule',
  'habilitation_ends',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  deadline_passed: 'Délai dépassé',
  deadline_near: 'Délai proche',
  no_hours: 'Aucune heure récente',
  consent_pending: 'Consentement en attente',
  medical_exam_missing: 'Visite médicale à prévoir',
  behind_schedule: 'Heures en retard',
  habilitation_ends: 'Habilitation trop courte',
};

export interface Alert {
  kind: AlertKind;
  severity: 'error' | 'warning';
  message: string;
}

export interface AlertFacts {
  status: MeasureStatus;
  today: LocalDate;
  effectiveDeadline: LocalDate;
  registeredOn: LocalDate;
  consentStatus: ConsentStatus;
  /** Last session where the person worked, or null. */
  lastPresentDate: LocalDate | null;
  /** Start of the current placement, or null when not placed. */
  placementStartDate: LocalDate | null;
  remainingMinutes: number;
  medicalExamReasons: string[];
  medicalExamDate: LocalDate | null;
  /** The active placement's pace against its host's habilitation (see placement-pace.ts), or null when not placed. */
  placementPace: Omit<PaceFacts, 'today' | 'measureRemainingMinutes'> | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** Everything an officer must look at for one measure, worst first. */
export function measureAlerts(f: AlertFacts): Alert[] {
  if (!ACTIVE_STATUSES.includes(f.status)) return [];
  const alerts: Alert[] = [];
  const daysLeft = daysBetween(f.today, f.effectiveDeadline);
  if (daysLeft < 0) {
    alerts.push({
      kind: 'deadline_passed',
      severity: 'error',
      message: `Délai dépassé depuis ${plural(-daysLeft, 'jour')}`,
    });
  } else if (daysLeft <= ALERT_THRESHOLDS.deadlineNearDays) {
    alerts.push({
      kind: 'deadline_near',
      severity: 'warning',
      message: daysLeft === 0 ? 'Le délai expire aujourd’hui' : `Délai dépassé dans ${plural(daysLeft, 'jour')}`,
    });
  }
  if (daysLeft >= 0 && daysLeft <= ALERT_THRESHOLDS.paceWindowDays && f.remainingMinutes > 0) {
    const weeksLeft = Math.max(daysLeft, 1) / 7;
    if (f.remainingMinutes / 60 / weeksLeft > ALERT_THRESHOLDS.paceHoursPerWeek) {
      alerts.push({
        kind: 'behind_schedule',
        severity: 'error',
        message: `${formatMinutes(f.remainingMinutes)} restantes pour ${plural(daysLeft, 'jour')} : rythme insuffisant`,
      });
    }
  }
  if (f.status === 'en_cours') {
    // Counted from the last day worked, or from the start of the current post when that is later (a new post).
    const since =
      f.lastPresentDate && f.placementStartDate
        ? maxDate(f.lastPresentDate, f.placementStartDate)
        : (f.lastPresentDate ?? f.placementStartDate);
    if (since && daysBetween(since, f.today) >= ALERT_THRESHOLDS.noHoursDays) {
      const days = daysBetween(since, f.today);
      alerts.push({
        kind: 'no_hours',
        severity: 'warning',
        message: f.lastPresentDate
          ? `Aucune heure depuis ${plural(days, 'jour')}`
          : `Aucune heure depuis la prise de poste (${plural(days, 'jour')})`,
      });
    }
  }
  if (f.consentStatus === 'pending') {
    const days = daysBetween(f.registeredOn, f.today);
    if (days >= ALERT_THRESHOLDS.consentPendingDays) {
      alerts.push({
        kind: 'consent_pending',
        severity: 'warning',
        message: `Consentement en attente depuis ${plural(days, 'jour')}`,
      });
    }
  }
  const shortfall = f.placementPace
    ? habilitationShortfall({ ...f.placementPace, today: f.today, measureRemainingMinutes: f.remainingMinutes })
    : null;
  if (shortfall) {
    alerts.push({ kind: 'habilitation_ends', severity: 'warning', message: habilitationShortfallMessage(shortfall) });
  }
  if (f.medicalExamReasons.length > 0 && !f.medicalExamDate && (f.status === 'affecte' || f.status === 'en_cours')) {
    alerts.push({
      kind: 'medical_exam_missing',
      severity: 'warning',
      message: `Visite médicale obligatoire non enregistrée (${f.medicalExamReasons.join(', ')})`,
    });
  }
  return alerts;
}
