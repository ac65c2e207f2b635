import type { Knex } from 'knex';
import type { Migration } from './migration';

/** Device metadata, users, settings, the change log that sync consumes, and the hash-chained audit trail. */
export const foundation: Migration = {
  name: '001-foundation',
  async up(knex: Knex) {
    await knex.schema.createTable('meta', (t) => {
      t.text('key').primary();
      t.text('value').notNullable();
    });
    await knex.schema.createTable('users', (t) => {
      t.text('id').primary();
      t.text('username').notNullable().unique();
      t.text('display_name').notNullable();
      t.text('role').notNullable();
      t.boolean('disabled').notNullable().defaultTo(false);
      t.text('created_at').notNullable();
      t.text('updated_at').notNullable();
      t.text('deleted_at');
    });
    await knex.schema.createTable('settings', (t) => {
      t.text('key').primary();
      t.text('value').notNullable();
      t.text('updated_at').notNullable();
    });
    await knex.schema.createTable('change_log', (t) => {
      t.increments('seq');
      t.text('mutation_id').notNullable().unique();
      t.text('entity').notNullable();
      t.text('entity_id').notNullable();
      t.text('op').notNullable();
      t.text('fields').notNullable();
      t.text('device_id').notNullable();
      t.integer('clock').notNullable();
      t.text('at').notNullable();
      t.index(['entity', 'entity_id']);
    });
    await knex.schema.createTable('audit_log', (t) => {
      t.increments('seq');
      t.text('at').notNullable();
      t.text('user_id');
      t.text('username');
      t.text('role');
      t.text('method').notNullable();
      t.text('entity_ids').notNullable();
      t.text('outcome').notNullable();
      t.text('error_code');
      t.text('prev_hash').notNullable();
      t.text('hash').notNullable();
    });
  },
  async down(knex: Knex) {
    for (const table of ['audit_log', 'change_log', 'settings', 'users', 'meta']) await knex.schema.dropTable(table);
  },
};
