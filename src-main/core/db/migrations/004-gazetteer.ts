import type { Knex } from 'knex';
import type { Migration } from './migration';

/**
 * The offline gazetteer of communes (DESIGN.md §7): reference data imported on this device from a CSV, searched by
 * folded name prefix or postal code. Not an entity of the office: it is replaced as a whole by each import and not
 * written to the change log (a national file is some 39,000 rows).
 */
export const gazetteer: Migration = {
  name: '004-gazetteer',
  async up(knex: Knex) {
    await knex.schema.createTable('gazetteer', (t) => {
      t.increments('id');
      t.text('insee_code').notNullable();
      t.text('name').notNullable();
      /** Lower-case ASCII without accents or punctuation ("Saint-Étienne" → "saint etienne"). */
      t.text('name_folded').notNullable();
      t.text('postal_code').notNullable();
      t.float('latitude').notNullable();
      t.float('longitude').notNullable();
      t.unique(['insee_code', 'postal_code']);
      t.index(['name_folded']);
      t.index(['postal_code']);
    });
  },
  async down(knex: Knex) {
    await knex.schema.dropTable('gazetteer');
  },
};
