import { AppError } from '@shared/errors';
import { SESSION_OUTCOME_LABELS } from '@shared/domain/hours-ledger';
import { INCIDENT_KIND_LABELS, SUSPENSION_REASON_LABELS, type MeasureDetail } from '@shared/schemas/measures';
import type { CaseContext } from '../services/cases/case-context';
import { loadMeasureDetail } from '../services/cases/measure-detail';
import { consentData, type MeasureData, type PersonData } from './document-data';

/** Where the hours were done: one line per placement of the measure (archived with the document). */
export interface ReportPlacement {
  hostName: string;
  postTitle: string;
  postAddress: string | null;
  tutorName: string | null;
  startDate: string;
  endDate: string | null;
}

export interface ReportIncident {
  date: string;
  kindLabel: string;
  description: string;
}

export interface ReportSuspension {
  from: string;
  to: string | null;
  reasonLabel: string;
  days: number;
  note: string | null;
}

export interface ReportSession {
  date: string;
  startTime: string | null;
  endTime: string | null;
  minutes: number;
  outcomeLabel: string;
  remarks: string | null;
}

/** What the attestation and the two reports to the JAP print about a measure. */
export interface MeasureReportData {
  person: PersonData;
  measure: MeasureData & { deadline: string; suspendedDays: number };
  placements: ReportPlacement[];
  /** First day a placement started (mise à exécution), or null when never placed. */
  startDate: string | null;
  firstWorkedDay: string | null;
  lastWorkedDay: string | null;
  unjustifiedAbsences: number;
  incidents: ReportIncident[];
  suspensions: ReportSuspension[];
  /** The last sessions of the ledger, oldest first (15 at most). */
  sessions: ReportSession[];
  sessionCount: number;
  /** The officer's assessment or the proposed response to the judge. */
  text: string | null;
  issuedOn: string;
}

export const LEDGER_EXTRACT = 15;

function byDate<T extends { date: string }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

function build(
  detail: MeasureDetail,
  base: { person: PersonData; measure: MeasureData },
  text: string | null,
  issuedOn: string,
): MeasureReportData {
  const ledger = detail.ledger.filter((e) => !e.superseded).sort(byDate);
  const worked = ledger.filter((e) => e.outcome === 'present' && e.durationMinutes > 0);
  const placements = [...detail.placements].sort((a, b) =>
    a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0,
  );
  return {
    person: base.person,
    measure: { ...base.measure, deadline: detail.measure.deadline, suspendedDays: detail.measure.suspendedDays },
    placements: placements.map((p) => ({
      hostName: p.hostName,
      postTitle: p.postTitle,
      postAddress: p.postAddress,
      tutorName: p.tutorName,
      startDate: p.startDate,
      endDate: p.endDate,
    })),
    startDate: placements[0]?.startDate ?? null,
    firstWorkedDay: worked[0]?.date ?? null,
    lastWorkedDay: worked[worked.length - 1]?.date ?? null,
    unjustifiedAbsences: detail.measure.progress.unjustifiedAbsences,
    incidents: [...detail.incidents]
      .sort(byDate)
      .map((i) => ({ date: i.date, kindLabel: INCIDENT_KIND_LABELS[i.kind], description: i.description })),
    suspensions: [...detail.suspensions]
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
      .map((s) => ({
        from: s.from,
        to: s.to,
        reasonLabel: SUSPENSION_REASON_LABELS[s.reason],
        days: s.days,
        note: s.note,
      })),
    sessions: ledger.slice(-LEDGER_EXTRACT).map((e) => ({
      date: e.date,
      startTime: e.startTime,
      endTime: e.endTime,
      minutes: e.outcome === 'present' ? e.durationMinutes : 0,
      outcomeLabel: SESSION_OUTCOME_LABELS[e.outcome],
      remarks: e.remarks,
    })),
    sessionCount: ledger.length,
    text,
    issuedOn,
  };
}

function requiredText(text: string | undefined, what: string): string {
  const value = text?.trim() ?? '';
  if (!value)
    throw new AppError('VALIDATION', `${what} est obligatoire.`, {
      fields: [{ path: 'text', message: `${what} est obligatoire.` }],
    });
  return value;
}

async function load(ctx: CaseContext, measureId: string, text: string | null): Promise<MeasureReportData> {
  const base = await consentData(ctx, measureId);
  const detail = await loadMeasureDetail(ctx, measureId);
  return build(detail, base, text, ctx.today);
}

/** Attestation d'exécution: refused while no hour has been done. */
export async function attestationData(ctx: CaseContext, measureId: string): Promise<MeasureReportData> {
  const data = await load(ctx, measureId, null);
  if (data.measure.creditedMinutes <= 0)
    throw new AppError(
      'CONFLICT',
      'Aucune heure n’a encore été effectuée sur cette mesure : l’attestation d’exécution ne peut pas être établie.',
    );
  return data;
}

/** Rapport de fin de mesure: the officer's assessment is required. */
export async function endReportData(
  ctx: CaseContext,
  measureId: string,
  text: string | undefined,
): Promise<MeasureReportData> {
  const assessment = requiredText(text, 'L’appréciation du CPIP');
  return load(ctx, measureId, assessment);
}

/** Rapport d'incident: needs at least one recorded incident and the proposed response. */
export async function incidentReportData(
  ctx: CaseContext,
  measureId: string,
  text: string | undefined,
): Promise<MeasureReportData> {
  const response = requiredText(text, 'La réponse proposée au juge');
  const data = await load(ctx, measureId, response);
  if (data.incidents.length === 0)
    throw new AppError(
      'CONFLICT',
      'Aucun incident n’est enregistré sur cette mesure : le rapport d’incident ne peut pas être établi.',
    );
  return data;
}
