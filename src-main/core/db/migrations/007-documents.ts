import type { Knex } from 'knex';
import type { Migration } from './migration';

/**
 * The archive of printed documents (DESIGN §3.4): every generation is kept with the exact data the template
 * rendered, so that a reprint (a DUPLICATA) shows the same content, and with the SHA-256 of the bytes handed out.
 */
export const documents: Migration = {
  name: '007-documents',
  async up(knex: Knex) {
    await knex.schema.createTable('documents', (t) => {
      t.text('id').primary();
      t.text('template').notNullable();
      t.integer('template_version').notNullable();
      t.text('title').notNullable();
      t.text('reference').notNullable().unique();
      t.text('entity_type').notNullable();
      t.text('entity_id');
      t.text('person_id');
      t.text('host_id');
      t.text('measure_id');
      t.text('generated_by');
      t.text('generated_at').notNullable();
      t.text('sha256').notNullable();
      t.text('duplicata_of');
      t.integer('pages').notNullable();
      t.integer('bytes').notNullable();
      t.text('data').notNullable();
      t.text('updated_at').notNullable();
      t.text('deleted_at');
      t.index(['person_id', 'generated_at']);
      t.index(['host_id', 'generated_at']);
      t.index(['measure_id', 'generated_at']);
    });
  },
  async down(knex: Knex) {
    await knex.schema.dropTable('documents');
  },
};
