import type { Knex } from 'knex';
import type { TimelineEvent } from '@shared/schemas/persons';
import { MEASURE_STATUS_LABELS, type MeasureStatus } from '@shared/domain/measure-status';
import { CONSENT_LABELS, type ConsentStatus } from '@shared/domain/consent';
import { SESSION_OUTCOME_LABELS, type SessionOutcome } from '@shared/domain/hours-ledger';
import { formatMinutes } from '@shared/domain/duration';
import { formatDateLong } from '@shared/domain/local-date';
import { APPOINTMENT_KIND_LABELS, APPOINTMENT_STATUS_LABELS } from '@shared/schemas/appointments';
import { INCIDENT_KIND_LABELS, SUSPENSION_REASON_LABELS } from '@shared/schemas/measures';
import { MEASURE_TYPE_LABELS, type MeasureType } from '@shared/domain/measure-types';

const TIMELINE_LIMIT = 500;

type Row = Record<string, string | number | null>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const label = <T extends string>(labels: Record<T, string>, value: any): string =>
  labels[value as T] ?? String(value ?? '');

/** Everything that happened to a person across their measures, newest first. */
export async function personTimeline(knex: Knex, personId: string): Promise<TimelineEvent[]> {
  const measureIds = knex('measures').where({ person_id: personId }).select('id');
  const [measures, events, sessions, incidents, appointments, suspensions] = await Promise.all([
    knex('measures').where({ person_id: personId }).select('id', 'type'),
    knex('measure_events as e')
      .leftJoin('users as u', 'u.id', 'e.user_id')
      .leftJoin('users as o', 'o.id', 'e.to_value')
      .whereIn('e.measure_id', measureIds)
      .select('e.*', 'u.display_name as by', 'o.display_name as officer_name')
      .orderBy([
        { column: 'e.at', order: 'desc' },
        { column: 'e.id', order: 'desc' },
      ])
      .limit(TIMELINE_LIMIT),
    knex('hours_entries as h')
      .leftJoin('users as u', 'u.id', 'h.recorded_by')
      .whereIn('h.measure_id', measureIds)
      .select('h.*', 'u.display_name as by')
      .orderBy('h.date', 'desc')
      .limit(TIMELINE_LIMIT),
    knex('incidents as i')
      .leftJoin('users as u', 'u.id', 'i.recorded_by')
      .whereIn('i.measure_id', measureIds)
      .select('i.*', 'u.display_name as by')
      .limit(TIMELINE_LIMIT),
    knex('appointments').where({ person_id: personId }).whereNull('deleted_at').select('*').limit(TIMELINE_LIMIT),
    knex('suspensions').whereIn('measure_id', measureIds).whereNull('deleted_at').select('*').limit(TIMELINE_LIMIT),
  ]);
  const typeOf = new Map(measures.map((m) => [m.id as string, m.type as MeasureType]));
  const items: TimelineEvent[] = [];
  for (const e of events as Row[]) {
    const base = { at: String(e.at), measureId: String(e.measure_id), by: (e.by as string) ?? null };
    switch (e.kind) {
      case 'registered':
        items.push({
          ...base,
          kind: 'measure_registered',
          title: `Mesure enregistrée : ${label(MEASURE_TYPE_LABELS, typeOf.get(String(e.measure_id)))}`,
          detail: null,
        });
        break;
      case 'status':
        items.push({
          ...base,
          kind: 'status_changed',
          title: `Statut : ${label(MEASURE_STATUS_LABELS, e.to_value as MeasureStatus)}`,
          detail: (e.note as string) ?? null,
        });
        break;
      case 'consent':
        items.push({
          ...base,
          kind: 'consent_recorded',
          title: `Consentement : ${label(CONSENT_LABELS, e.to_value as ConsentStatus)}`,
          detail: (e.note as string) ?? null,
        });
        break;
      case 'officer':
        items.push({
          ...base,
          kind: 'officer_assigned',
          title: e.to_value ? `Attribuée à ${e.officer_name ?? 'un CPIP'}` : 'Remise à attribuer',
          detail: null,
        });
        break;
      case 'placement':
        items.push({
          ...base,
          kind: 'placement_created',
          title: 'Affectation à un poste',
          detail: (e.note as string) ?? null,
        });
        break;
      case 'placement_ended':
        items.push({
          ...base,
          kind: 'placement_ended',
          title: 'Fin d’affectation',
          detail: (e.note as string) ?? null,
        });
        break;
      case 'suspension':
        items.push({
          ...base,
          kind: 'suspension',
          title: `Suspension : ${label(SUSPENSION_REASON_LABELS, e.to_value)}`,
          detail: (e.note as string) ?? null,
        });
        break;
      case 'override':
        // A rule the officer overrode, with the reason given (issue 10: unsettled points of law).
        if (e.to_value === 'suspension_retroactive')
          items.push({
            ...base,
            kind: 'suspension',
            title: 'Suspension ordonnée après son début (justifiée)',
            detail: (e.note as string) ?? null,
          });
        break;
      case 'working_time_override':
        items.push({
          ...base,
          kind: 'session',
          title: `Plus de 10 h de travail le ${formatDateLong(String(e.from_value))}, enregistré sur motif`,
          detail: (e.note as string) ?? null,
        });
        break;
    }
  }
  for (const h of sessions as Row[]) {
    const worked = h.outcome === 'present' ? ` — ${formatMinutes(Number(h.duration_minutes))}` : '';
    items.push({
      at: String(h.date),
      kind: 'session',
      measureId: String(h.measure_id),
      title: `${h.corrects_id ? 'Correction de séance' : 'Séance'} : ${label(SESSION_OUTCOME_LABELS, h.outcome as SessionOutcome)}${worked}`,
      detail: (h.remarks as string) ?? null,
      by: (h.by as string) ?? null,
    });
  }
  for (const i of incidents as Row[]) {
    items.push({
      at: String(i.date),
      kind: 'incident',
      measureId: String(i.measure_id),
      title: `Incident : ${label(INCIDENT_KIND_LABELS, i.kind)}`,
      detail: String(i.description),
      by: (i.by as string) ?? null,
    });
  }
  for (const a of appointments as Row[]) {
    items.push({
      at: `${a.date}T${a.time}`,
      kind: 'appointment',
      measureId: String(a.measure_id),
      title: `Rendez-vous : ${label(APPOINTMENT_KIND_LABELS, a.kind)} (${label(APPOINTMENT_STATUS_LABELS, a.status).toLowerCase()})`,
      detail: String(a.place),
      by: null,
    });
  }
  for (const s of suspensions as Row[]) {
    if (s.to_date) {
      items.push({
        at: String(s.to_date),
        kind: 'suspension',
        measureId: String(s.measure_id),
        title: 'Fin de suspension',
        detail: label(SUSPENSION_REASON_LABELS, s.reason),
        by: null,
      });
    }
  }
  return items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, TIMELINE_LIMIT);
}
