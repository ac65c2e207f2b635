import { AppError } from '@shared/errors';
import { MEASURE_TYPE_LABELS, type MeasureType } from '@shared/domain/measure-types';
import { APPOINTMENT_KIND_LABELS, type Appointment } from '@shared/schemas/appointments';
import { slotWithTimes, WEEKLY_SLOTS, type WeeklySlot } from '@shared/domain/weekly-slots';
import { measureAuthority, type MeasureAuthority } from '@shared/domain/measure-authority';
import type { ConsentStatus } from '@shared/domain/consent';
import { SESSION_OUTCOME_LABELS } from '@shared/domain/hours-ledger';
import type { MeasureDetail } from '@shared/schemas/measures';
import type { CaseContext } from '../services/cases/case-context';
import { loadMeasureDetail } from '../services/cases/measure-detail';
import { AppointmentsService } from '../services/cases/appointments-service';

/** What the documents print about the person (plain JSON, archived with the document). */
export interface PersonData {
  id: string;
  dossierNumber: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  birthPlace: string | null;
  address: string | null;
}

export interface MeasureData {
  id: string;
  type: MeasureType;
  typeLabel: string;
  court: string;
  decisionDate: string;
  courtReference: string | null;
  /** The sentencing court's president. */
  magistrate: string | null;
  /** The magistrate who follows the measure, and their court when it is not the sentencing one. */
  followingMagistrate: string | null;
  followingCourt: string | null;
  /** Under 18 on the offence date: a sursis probatoire then goes to the juge des enfants. */
  minorAtFacts: boolean;
  /** Who follows the measure, with the texts and consequences printed (kept with the archived document). */
  authority: MeasureAuthority;
  consentStatus: ConsentStatus;
  consentDate: string | null;
  hoursOrdered: number;
  creditedMinutes: number;
  remainingMinutes: number;
  effectiveDeadline: string;
  officerName: string | null;
}

export interface PlacementData {
  hostId: string;
  hostName: string;
  postTitle: string;
  postAddress: string | null;
  tutorName: string | null;
  startDate: string;
  /** « lundi de 8 h 30 à 12 h, samedi de 13 h 30 à 17 h 30 ». */
  schedule: string;
  scheduleNote: string | null;
  hoursPlanned: number;
}

export interface DecisionData {
  person: PersonData;
  measure: MeasureData;
  placement: PlacementData;
  issuedOn: string;
}

export interface ConvocationData {
  person: PersonData;
  measure: MeasureData;
  appointment: {
    id: string;
    kind: Appointment['kind'];
    kindLabel: string;
    date: string;
    time: string;
    durationMinutes: number;
    place: string;
    officerName: string | null;
    notes: string | null;
  };
  issuedOn: string;
}

export interface TimesheetLine {
  date: string;
  startTime: string | null;
  endTime: string | null;
  minutes: number;
  remarks: string | null;
}

export interface TimesheetData {
  person: PersonData;
  measure: MeasureData;
  placement: PlacementData | null;
  lines: TimesheetLine[];
  issuedOn: string;
}

export interface ConsentData {
  person: PersonData;
  measure: MeasureData;
  issuedOn: string;
}

function joinAddress(street: string | null, postalCode: string | null, city: string | null): string | null {
  return [street, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null;
}

async function personData(ctx: CaseContext, personId: string): Promise<PersonData> {
  const row = await ctx.session.db.knex('persons').where({ id: personId }).first();
  if (!row) throw new AppError('NOT_FOUND', 'Cette personne n’existe pas (ou plus).');
  return {
    id: row.id,
    dossierNumber: row.dossier_number,
    lastName: row.last_name,
    firstName: row.first_name,
    birthDate: row.birth_date,
    birthPlace: row.birth_place ?? null,
    address: joinAddress(row.street ?? null, row.postal_code ?? null, row.city ?? null),
  };
}

/**
 * The authority a document prints. Documents archived before it was stored (issue 10) carry none: their reprint
 * derives it from the measure type.
 */
export function authorityOf(measure: Pick<MeasureData, 'type'> & Partial<MeasureData>): MeasureAuthority {
  return measure.authority ?? measureAuthority(measure.type, measure.minorAtFacts ?? false);
}

/** The court of the magistrate following the measure: theirs when registered, else the sentencing court. */
export function followingCourtOf(measure: Pick<MeasureData, 'court'> & Partial<MeasureData>): string {
  return measure.followingCourt ?? measure.court;
}

function measureData(detail: MeasureDetail): MeasureData {
  const m = detail.measure;
  const minor = m.minorAtFacts;
  return {
    id: m.id,
    type: m.type,
    typeLabel: MEASURE_TYPE_LABELS[m.type],
    court: m.court,
    decisionDate: m.decisionDate,
    courtReference: m.courtReference,
    magistrate: m.magistrate,
    followingMagistrate: m.followingMagistrate,
    followingCourt: m.followingCourt,
    minorAtFacts: minor,
    authority: measureAuthority(m.type, minor),
    consentStatus: m.consentStatus,
    consentDate: m.consentDate,
    hoursOrdered: m.hoursOrdered,
    creditedMinutes: m.progress.creditedMinutes,
    remainingMinutes: m.progress.remainingMinutes,
    effectiveDeadline: m.effectiveDeadline,
    officerName: m.officerName,
  };
}

/** The weekly slots with the hours they stand for, in week order. */
function scheduleWithTimes(slots: readonly WeeklySlot[]): string {
  const set = new Set(slots);
  return WEEKLY_SLOTS.filter((slot) => set.has(slot))
    .map(slotWithTimes)
    .join(', ');
}

async function activePlacement(ctx: CaseContext, detail: MeasureDetail): Promise<PlacementData | null> {
  const placement = detail.placements.find((p) => p.status === 'active');
  if (!placement) return null;
  const post = await ctx.session.db.knex('posts').where({ id: placement.postId }).first('host_id');
  return {
    hostId: post?.host_id ?? '',
    hostName: placement.hostName,
    postTitle: placement.postTitle,
    postAddress: placement.postAddress,
    tutorName: placement.tutorName,
    startDate: placement.startDate,
    schedule: scheduleWithTimes(placement.schedule),
    scheduleNote: placement.scheduleNote,
    hoursPlanned: placement.hoursPlanned,
  };
}

export async function decisionData(ctx: CaseContext, measureId: string): Promise<DecisionData> {
  const detail = await loadMeasureDetail(ctx, measureId);
  const placement = await activePlacement(ctx, detail);
  if (!placement)
    throw new AppError(
      'CONFLICT',
      'Cette mesure n’a pas d’affectation en cours : la décision d’affectation ne peut pas être établie.',
    );
  return {
    person: await personData(ctx, detail.person.id),
    measure: measureData(detail),
    placement,
    issuedOn: ctx.today,
  };
}

export async function convocationData(ctx: CaseContext, appointmentId: string): Promise<ConvocationData> {
  const a = await new AppointmentsService(ctx).get(appointmentId);
  const detail = await loadMeasureDetail(ctx, a.measureId);
  return {
    person: await personData(ctx, a.personId),
    measure: measureData(detail),
    appointment: {
      id: a.id,
      kind: a.kind,
      kindLabel: APPOINTMENT_KIND_LABELS[a.kind],
      date: a.date,
      time: a.time,
      durationMinutes: a.durationMinutes,
      place: a.place,
      officerName: a.officerName,
      notes: a.notes,
    },
    issuedOn: ctx.today,
  };
}

export async function timesheetData(ctx: CaseContext, measureId: string): Promise<TimesheetData> {
  const detail = await loadMeasureDetail(ctx, measureId);
  const lines = detail.ledger
    .filter((e) => !e.superseded)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => ({
      date: e.date,
      startTime: e.startTime,
      endTime: e.endTime,
      minutes: e.outcome === 'present' ? e.durationMinutes : 0,
      remarks:
        [e.outcome === 'present' ? null : SESSION_OUTCOME_LABELS[e.outcome], e.remarks].filter(Boolean).join(' — ') ||
        null,
    }));
  return {
    person: await personData(ctx, detail.person.id),
    measure: measureData(detail),
    placement: await activePlacement(ctx, detail),
    lines,
    issuedOn: ctx.today,
  };
}

export async function consentData(ctx: CaseContext, measureId: string): Promise<ConsentData> {
  const detail = await loadMeasureDetail(ctx, measureId);
  return { person: await personData(ctx, detail.person.id), measure: measureData(detail), issuedOn: ctx.today };
}
