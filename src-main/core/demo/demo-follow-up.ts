import { addDays, mondayOf, toDayNumber, type LocalDate } from '@shared/domain/local-date';
import { ACTIVE_STATUSES } from '@shared/domain/measure-status';
import { uuidv7 } from '../util/uuid7';
import { officeInstant } from './demo-addresses';
import type { AppointmentRow, CaseRows, MeasureRow, PlacementRow } from './demo-case-rows';
import type { CaseContext } from './demo-case-context';
import type { PersonFacts } from './demo-persons';

/**
 * Appointments of a measure: the first interview after registration, the first day on the post, progress reviews, and
 * for a share of the running measures one in this week or the next, so the clerk's week list is never empty.
 */
export function addFollowUp(
  person: PersonFacts,
  measure: MeasureRow,
  placement: { row: PlacementRow; address: string } | null,
  ctx: CaseContext,
  rows: CaseRows,
): void {
  if (!measure.officer_id) return;
  const { random, today } = ctx;
  const office = `SPIP ${person.dep.name} — antenne de ${person.dep.prefecture}`;
  const until = measure.closed_on ?? addDays(today, 14);
  const add = (kind: AppointmentRow['kind'], date: LocalDate, place: string, time?: string) => {
    if (date > until) return;
    const past = date < today;
    const status: AppointmentRow['status'] = past ? random.weighted({ honore: 85, absent: 10, annule: 5 }) : 'prevu';
    const wanted = addDays(date, -random.int(7, 21));
    const bookedOn = wanted < measure.registered_on ? measure.registered_on : wanted;
    const booked = officeInstant(bookedOn > today ? today : bookedOn, random, ctx.nowIso);
    const at = past ? officeInstant(date, random, ctx.nowIso) : booked;
    rows.appointments.push({
      id: uuidv7(Date.parse(booked)),
      measure_id: measure.id,
      person_id: person.row.id,
      kind,
      date,
      time: time ?? `${String(random.int(9, 16)).padStart(2, '0')}:${random.chance(0.5) ? '00' : '30'}`,
      duration_minutes: kind === 'entretien' ? random.pick([45, 60]) : 30,
      place,
      officer_id: measure.officer_id,
      status,
      notes: status === 'absent' ? 'Absent sans justificatif ; nouvelle convocation adressée.' : null,
      created_at: booked,
      updated_at: at > booked ? at : booked,
    });
  };

  const first = addDays(measure.registered_on, random.int(5, 20));
  if (first < today) add('entretien', first, office);
  if (placement) {
    add('prise_de_poste', placement.row.start_date, placement.address, random.chance(0.7) ? '09:00' : '14:00');
    const review = addDays(placement.row.start_date, random.int(25, 60));
    if (review < today && (!placement.row.end_date || review < placement.row.end_date))
      add('point_etape', review, office);
  }
  if (ACTIVE_STATUSES.includes(measure.status) && random.chance(0.45)) {
    let date = addDays(mondayOf(today), random.int(0, 11));
    if ((toDayNumber(date) + 3) % 7 >= 5) date = addDays(date, 2);
    if (date >= measure.registered_on) add(placement ? 'point_etape' : 'entretien', date, office);
  }
}
