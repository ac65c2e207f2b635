import type { Knex } from 'knex';
import type { Migration } from './migration';

const timestamps = (t: Knex.CreateTableBuilder) => {
  t.text('created_at').notNullable();
  t.text('updated_at').notNullable();
  t.text('deleted_at');
};

/**
 * Case management (persons, measures, placements, ledger, incidents, suspensions, appointments) and the minimal
 * catalogue a placement needs (hosts, tutors, posts), which the catalogue work extends.
 */
export const cases: Migration = {
  name: '002-cases',
  async up(knex: Knex) {
    await knex.schema.createTable('hosts', (t) => {
      t.text('id').primary();
      t.text('name').notNullable();
      t.text('kind').notNullable();
      t.text('street');
      t.text('postal_code');
      t.text('city');
      t.float('latitude');
      t.float('longitude');
      t.boolean('habilitated').notNullable().defaultTo(true);
      timestamps(t);
    });
    await knex.schema.createTable('posts', (t) => {
      t.text('id').primary();
      t.text('host_id').notNullable().references('hosts.id');
      t.text('title').notNullable();
      t.text('category').notNullable();
      t.text('description');
      t.text('street');
      t.text('postal_code');
      t.text('city');
      t.float('latitude');
      t.float('longitude');
      t.integer('places').notNullable().defaultTo(1);
      t.text('schedule').notNullable().defaultTo('[]');
      t.boolean('open_to_minors').notNullable().defaultTo(false);
      t.boolean('night_work').notNullable().defaultTo(false);
      t.boolean('particular_risks').notNullable().defaultTo(false);
      t.boolean('care_setting').notNullable().defaultTo(false);
      t.boolean('driving_licence_required').notNullable().defaultTo(false);
      t.boolean('registered').notNullable().defaultTo(true);
      t.boolean('active').notNullable().defaultTo(true);
      timestamps(t);
      t.index(['host_id']);
    });
    await knex.schema.createTable('persons', (t) => {
      t.text('id').primary();
      t.text('dossier_number').notNullable().unique();
      t.text('last_name').notNullable();
      t.text('first_name').notNullable();
      t.text('birth_date').notNullable();
      t.text('birth_place');
      t.text('phone');
      t.text('email');
      t.text('street');
      t.text('postal_code');
      t.text('city');
      t.float('latitude');
      t.float('longitude');
      t.text('situation');
      t.text('availability').notNullable().defaultTo('[]');
      t.boolean('driving_licence').notNullable().defaultTo(false);
      t.text('languages').notNullable().defaultTo('[]');
      t.text('skills').notNullable().defaultTo('[]');
      t.text('health_restrictions');
      t.boolean('disabled_worker').notNullable().defaultTo(false);
      t.boolean('pregnant').notNullable().defaultTo(false);
      t.text('lawyer');
      t.text('notes');
      t.text('identity_key').notNullable();
      timestamps(t);
      t.index(['identity_key']);
      t.index(['birth_date']);
      t.index(['last_name', 'first_name']);
    });
    // Names without accents and case, so "Lefevre" finds "Lefèvre" (unicode61 remove_diacritics 2).
    await knex.raw(
      "CREATE VIRTUAL TABLE persons_fts USING fts5(person_id UNINDEXED, names, dossier, tokenize = 'unicode61 remove_diacritics 2')",
    );
    await knex.raw(`CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons BEGIN
      INSERT INTO persons_fts(rowid, person_id, names, dossier) VALUES (new.rowid, new.id, new.last_name || ' ' || new.first_name, new.dossier_number);
    END`);
    await knex.raw(`CREATE TRIGGER persons_fts_update AFTER UPDATE OF last_name, first_name, dossier_number, deleted_at ON persons BEGIN
      DELETE FROM persons_fts WHERE rowid = old.rowid;
      INSERT INTO persons_fts(rowid, person_id, names, dossier)
        SELECT new.rowid, new.id, new.last_name || ' ' || new.first_name, new.dossier_number WHERE new.deleted_at IS NULL;
    END`);

    await knex.schema.createTable('measures', (t) => {
      t.text('id').primary();
      t.text('person_id').notNullable().references('persons.id');
      t.text('type').notNullable();
      t.text('court').notNullable();
      t.text('decision_date').notNullable();
      t.text('offence_date');
      t.integer('hours_ordered').notNullable();
      t.text('deadline').notNullable();
      t.text('magistrate');
      t.text('offence_category').notNullable();
      t.text('court_reference');
      t.text('status').notNullable();
      t.text('consent_status').notNullable();
      t.text('consent_date');
      t.text('consent_source');
      t.text('officer_id').references('users.id');
      t.text('medical_exam_date');
      t.text('registered_on').notNullable();
      t.text('closed_on');
      t.text('import_key').unique();
      // Projection of the ledger and suspensions, rewritten in the same transaction as each entry, for the caseload.
      t.integer('credited_minutes').notNullable().defaultTo(0);
      t.text('last_present_date');
      t.integer('closed_suspension_days').notNullable().defaultTo(0);
      t.text('open_suspension_from');
      t.text('deadline_after_closed_suspensions').notNullable();
      timestamps(t);
      t.index(['person_id']);
      t.index(['officer_id', 'status']);
      t.index(['status', 'deadline_after_closed_suspensions']);
      t.index(['court_reference']);
    });
    await knex.schema.createTable('measure_events', (t) => {
      t.text('id').primary();
      t.text('measure_id').notNullable().references('measures.id');
      t.text('at').notNullable();
      t.text('kind').notNullable();
      t.text('from_value');
      t.text('to_value');
      t.text('note');
      t.text('user_id');
      t.index(['measure_id']);
    });
    await knex.schema.createTable('placements', (t) => {
      t.text('id').primary();
      t.text('measure_id').notNullable().references('measures.id');
      t.text('post_id').notNullable().references('posts.id');
      t.text('tutor_name');
      t.text('start_date').notNullable();
      t.text('schedule').notNullable().defaultTo('[]');
      t.text('schedule_note');
      t.integer('hours_planned').notNullable();
      t.text('status').notNullable();
      t.text('end_date');
      t.text('end_reason');
      timestamps(t);
      t.index(['measure_id']);
      t.index(['post_id', 'status']);
    });
    await knex.schema.createTable('hours_entries', (t) => {
      t.text('id').primary();
      t.text('measure_id').notNullable().references('measures.id');
      t.text('placement_id').references('placements.id');
      t.text('date').notNullable();
      t.text('start_time');
      t.text('end_time');
      t.integer('duration_minutes').notNullable();
      t.text('outcome').notNullable();
      t.text('remarks');
      t.text('corrects_id').references('hours_entries.id');
      t.text('recorded_by');
      t.text('recorded_at').notNullable();
      t.index(['measure_id', 'date']);
    });
    // An entry is corrected at most once; the correction itself may be corrected in turn.
    await knex.raw(
      'CREATE UNIQUE INDEX hours_entries_corrects_once ON hours_entries(corrects_id) WHERE corrects_id IS NOT NULL',
    );
    await knex.schema.createTable('incidents', (t) => {
      t.text('id').primary();
      t.text('measure_id').notNullable().references('measures.id');
      t.text('kind').notNullable();
      t.text('date').notNullable();
      t.text('description').notNullable();
      t.text('recorded_by');
      t.text('recorded_at').notNullable();
      t.index(['measure_id']);
    });
    await knex.schema.createTable('suspensions', (t) => {
      t.text('id').primary();
      t.text('measure_id').notNullable().references('measures.id');
      t.text('reason').notNullable();
      t.text('from_date').notNullable();
      t.text('to_date');
      t.text('note');
      timestamps(t);
      t.index(['measure_id']);
    });
    await knex.schema.createTable('appointments', (t) => {
      t.text('id').primary();
      t.text('measure_id').notNullable().references('measures.id');
      t.text('person_id').notNullable().references('persons.id');
      t.text('kind').notNullable();
      t.text('date').notNullable();
      t.text('time').notNullable();
      t.integer('duration_minutes').notNullable();
      t.text('place').notNullable();
      t.text('officer_id');
      t.text('status').notNullable();
      t.text('notes');
      timestamps(t);
      t.index(['date', 'time']);
      t.index(['measure_id']);
    });
  },
  async down(knex: Knex) {
    for (const table of [
      'appointments',
      'suspensions',
      'incidents',
      'hours_entries',
      'placements',
      'measure_events',
      'measures',
    ]) {
      await knex.schema.dropTable(table);
    }
    await knex.raw('DROP TABLE persons_fts');
    for (const table of ['persons', 'posts', 'hosts']) await knex.schema.dropTable(table);
  },
};
