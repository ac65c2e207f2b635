import type { MeasureStatus } from '@shared/domain/measure-status';
import type { MeasureType, OffenceCategory } from '@shared/domain/measure-types';
import type { ConsentStatus } from '@shared/domain/consent';
import type { EnforceableSource } from '@shared/domain/enforceable';
import type { AuthorityKind } from '@shared/domain/measure-authority';
import type { HoursEntryRow } from './demo-ledger';
import type { PersonRow } from './demo-persons';
import type { MeasureProjection } from './measure-projection';

/** The rows of the case tables, as inserted (snake_case columns of migration 002). */
export interface MeasureRow extends MeasureProjection {
  id: string;
  person_id: string;
  type: MeasureType;
  court: string;
  decision_date: string;
  enforceable_date: string;
  enforceable_source: EnforceableSource;
  offence_date: string;
  hours_ordered: number;
  deadline: string;
  magistrate: string;
  following_magistrate: string;
  offence_category: OffenceCategory;
  court_reference: string;
  status: MeasureStatus;
  consent_status: ConsentStatus;
  consent_date: string | null;
  consent_source: string | null;
  officer_id: string | null;
  medical_exam_date: string | null;
  registered_on: string;
  closed_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeasureEventRow {
  id: string;
  measure_id: string;
  at: string;
  kind: 'registered' | 'consent' | 'officer' | 'status' | 'placement' | 'placement_ended' | 'suspension';
  from_value: string | null;
  to_value: string | null;
  note: string | null;
  user_id: string | null;
}

export interface PlacementRow {
  id: string;
  measure_id: string;
  post_id: string;
  tutor_id: string | null;
  tutor_name: string;
  start_date: string;
  schedule: string;
  schedule_note: string | null;
  hours_planned: number;
  status: 'active' | 'ended';
  end_date: string | null;
  end_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface IncidentRow {
  id: string;
  measure_id: string;
  kind: 'absence' | 'comportement' | 'accident' | 'suspension_structure';
  date: string;
  description: string;
  recorded_by: string | null;
  recorded_at: string;
}

export interface SuspensionRow {
  id: string;
  measure_id: string;
  reason: string;
  from_date: string;
  to_date: string | null;
  note: string | null;
  decision_date: string | null;
  decision_authority: AuthorityKind | null;
  decision_reference: string | null;
  created_at: string;
  updated_at: string;
}

export interface AppointmentRow {
  id: string;
  measure_id: string;
  person_id: string;
  kind: 'entretien' | 'prise_de_poste' | 'point_etape';
  date: string;
  time: string;
  duration_minutes: number;
  place: string;
  officer_id: string | null;
  status: 'prevu' | 'honore' | 'absent' | 'annule';
  notes: string | null;
  created_at: string;
  updated_at: string;
}

/** One batch of rows, in foreign-key order. */
export interface CaseRows {
  persons: PersonRow[];
  measures: MeasureRow[];
  measure_events: MeasureEventRow[];
  placements: PlacementRow[];
  hours_entries: HoursEntryRow[];
  incidents: IncidentRow[];
  suspensions: SuspensionRow[];
  appointments: AppointmentRow[];
}

export const CASE_TABLES = [
  'persons',
  'measures',
  'measure_events',
  'placements',
  'hours_entries',
  'incidents',
  'suspensions',
  'appointments',
] as const;

export function emptyCaseRows(): CaseRows {
  return {
    persons: [],
    measures: [],
    measure_events: [],
    placements: [],
    hours_entries: [],
    incidents: [],
    suspensions: [],
    appointments: [],
  };
}
