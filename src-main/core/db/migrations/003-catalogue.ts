import type { Knex } from 'knex';
import type { Migration } from './migration';

const timestamps = (t: Knex.CreateTableBuilder) => {
  t.text('created_at').notNullable();
  t.text('updated_at').notNullable();
  t.text('deleted_at');
};

/**
 * The catalogue of TIG 360° brought to the desk: host organisations with their habilitation, tutors, posts with
 * their registration on the departmental list, the référent's prospection, and what matching needs on persons.
 */
export const catalogue: Migration = {
  name: '003-catalogue',
  async up(knex: Knex) {
    await knex.schema.alterTable('hosts', (t) => {
      t.text('siret');
      t.text('departement');
      t.text('national_partnership');
      t.text('contact_name');
      t.text('contact_phone');
      t.text('contact_email');
      t.text('notes');
      // Derived from the habilitations (null for public bodies, habilitated by right): checked against today.
      t.text('habilitation_valid_until');
    });
    await knex.schema.createTable('habilitations', (t) => {
      t.text('id').primary();
      t.text('host_id').notNullable().references('hosts.id');
      t.text('kind').notNullable(); // initial | renouvellement
      t.text('requested_on').notNullable();
      t.text('file_note');
      // One row per opinion-giver would be more general; three fixed pairs keep the workflow explicit.
      t.text('procureur_requested_on');
      t.text('procureur_received_on');
      t.text('procureur_opinion');
      t.text('jap_requested_on');
      t.text('jap_received_on');
      t.text('jap_opinion');
      t.text('prefet_requested_on');
      t.text('prefet_received_on');
      t.text('prefet_opinion');
      t.text('decision');
      t.text('decided_on');
      t.text('valid_until');
      t.text('withdrawn_on');
      t.text('withdrawal_reason');
      timestamps(t);
      t.index(['host_id']);
    });
    await knex.schema.createTable('tutors', (t) => {
      t.text('id').primary();
      t.text('host_id').notNullable().references('hosts.id');
      t.text('last_name').notNullable();
      t.text('first_name').notNullable();
      t.text('birth_date');
      t.text('birth_place');
      t.text('role');
      t.text('phone');
      t.text('email');
      t.text('trainings').notNullable().defaultTo('[]');
      timestamps(t);
      t.index(['host_id']);
    });
    await knex.schema.alterTable('posts', (t) => {
      t.text('departement');
      t.text('physical_requirements').notNullable().defaultTo('[]');
      t.boolean('pmr_accessible').notNullable().defaultTo(false);
      t.boolean('public_transport').notNullable().defaultTo(false);
      t.text('excluded_offences').notNullable().defaultTo('[]');
      t.text('useful_skills').notNullable().defaultTo('[]');
      t.boolean('collective').notNullable().defaultTo(false);
    });
    await knex.schema.createTable('post_tutors', (t) => {
      t.text('post_id').notNullable().references('posts.id');
      t.text('tutor_id').notNullable().references('tutors.id');
      t.primary(['post_id', 'tutor_id']);
      t.index(['tutor_id']);
    });
    await knex.schema.createTable('post_registrations', (t) => {
      t.text('id').primary();
      t.text('post_id').notNullable().references('posts.id');
      t.text('kind').notNullable(); // inscription | radiation
      t.text('requested_on').notNullable();
      t.integer('places');
      t.text('procureur_requested_on');
      t.text('procureur_received_on');
      t.text('procureur_opinion');
      t.text('jap_requested_on');
      t.text('jap_received_on');
      t.text('jap_opinion');
      t.text('decision');
      t.text('decided_on');
      t.text('notified_on');
      timestamps(t);
      t.index(['post_id']);
    });
    await knex.schema.createTable('prospects', (t) => {
      t.text('id').primary();
      t.text('name').notNullable();
      t.text('kind');
      t.text('city');
      t.text('contact');
      t.text('status').notNullable();
      t.text('next_action');
      t.text('next_action_on');
      t.text('history').notNullable().defaultTo('[]');
      t.text('host_id');
      timestamps(t);
      t.index(['status']);
    });
    await knex.schema.alterTable('persons', (t) => {
      t.text('preferred_categories').notNullable().defaultTo('[]');
      t.text('physical_limits').notNullable().defaultTo('[]');
    });
    // Spatial index of posts for matching and the map (keyed by the posts' rowid).
    await knex.raw('CREATE VIRTUAL TABLE posts_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)');
    await knex.raw(`CREATE TRIGGER posts_rtree_insert AFTER INSERT ON posts WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL BEGIN
      INSERT INTO posts_rtree VALUES (new.rowid, new.latitude, new.latitude, new.longitude, new.longitude);
    END`);
    await knex.raw(`CREATE TRIGGER posts_rtree_update AFTER UPDATE OF latitude, longitude, deleted_at ON posts BEGIN
      DELETE FROM posts_rtree WHERE id = old.rowid;
      INSERT INTO posts_rtree SELECT new.rowid, new.latitude, new.latitude, new.longitude, new.longitude
        WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL AND new.deleted_at IS NULL;
    END`);
    await knex.raw(`INSERT INTO posts_rtree SELECT rowid, latitude, latitude, longitude, longitude FROM posts
      WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND deleted_at IS NULL`);
    await knex.schema.alterTable('placements', (t) => {
      t.text('tutor_id');
    });
    await knex.raw(
      "CREATE INDEX placements_active_post ON placements(post_id) WHERE status = 'active' AND deleted_at IS NULL",
    );
  },
  async down(knex: Knex) {
    await knex.raw('DROP INDEX placements_active_post');
    await knex.raw('DROP TABLE posts_rtree');
    for (const table of ['prospects', 'post_registrations', 'post_tutors', 'tutors', 'habilitations'])
      await knex.schema.dropTable(table);
  },
};
