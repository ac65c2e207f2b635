import type { Knex } from 'knex';
import type { Migration } from './migration';

/**
 * Covering indexes for the caseload at national scale: filtering and sorting run on index pages alone, and only the
 * page of measures shown is read in full (see services/cases/caseload-service.ts).
 */
export const caseloadIndexes: Migration = {
  name: '005-caseload-indexes',
  async up(knex: Knex) {
    const live = 'WHERE deleted_at IS NULL';
    await knex.raw(
      `CREATE INDEX measures_by_status_deadline ON measures(status, deadline_after_closed_suspensions, open_suspension_from, officer_id, consent_status, id) ${live}`,
    );
    await knex.raw(
      `CREATE INDEX measures_by_officer_deadline ON measures(officer_id, status, deadline_after_closed_suspensions, open_suspension_from, consent_status, id) ${live}`,
    );
    await knex.raw(
      `CREATE INDEX measures_by_status_last_session ON measures(status, last_present_date, officer_id, id) ${live}`,
    );
    await knex.raw(
      `CREATE INDEX measures_by_status_registered ON measures(status, registered_on, officer_id, id) ${live}`,
    );
    await knex.raw(
      `CREATE INDEX measures_by_status_remaining ON measures(status, (hours_ordered * 60 - credited_minutes), officer_id, id) ${live}`,
    );
    await knex.raw('CREATE INDEX measures_by_person_status ON measures(person_id, status)');
    // identity_key is the folded "last|first|birth date": sorting on it puts "Étienne" with the E, as French readers expect.
    await knex.raw('CREATE INDEX persons_by_name ON persons(identity_key, id) WHERE deleted_at IS NULL');
    await knex.raw('CREATE INDEX appointments_by_officer_date ON appointments(officer_id, date, time)');
    await knex.raw('CREATE INDEX appointments_by_person ON appointments(person_id)');
    await knex.raw('CREATE INDEX hours_entries_by_placement ON hours_entries(placement_id)');
    await knex.raw('ANALYZE');
  },
  async down(knex: Knex) {
    for (const index of [
      'measures_by_status_deadline',
      'measures_by_officer_deadline',
      'measures_by_status_last_session',
      'measures_by_status_registered',
      'measures_by_status_remaining',
      'measures_by_person_status',
      'persons_by_name',
      'appointments_by_officer_date',
      'appointments_by_person',
      'hours_entries_by_placement',
    ]) {
      await knex.raw(`DROP INDEX ${index}`);
    }
  },
};
