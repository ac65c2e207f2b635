import type { Knex } from 'knex';
import type { Migration } from './migration';

/**
 * Issue 10, decisions and dates:
 * - a measure's deadline runs from the day its decision became enforceable (`enforceable_date`) and how it became so
 *   (`enforceable_source`: contradictoire, signification, appel). Measures already registered were taken as
 *   contradictory judgments: enforceable on their decision date.
 * - a suspension records the decision that ordered it: date, authority (jap, juge_enfants, procureur) and reference.
 *   Earlier suspensions had none recorded; they keep null rather than an invented decision.
 */
export const decisionDates: Migration = {
  name: '009-decision-dates',
  async up(knex: Knex) {
    await knex.schema.alterTable('measures', (t) => {
      t.text('enforceable_date');
      t.text('enforceable_source');
    });
    await knex('measures').update({
      enforceable_date: knex.ref('decision_date'),
      enforceable_source: 'contradictoire',
    });
    await knex.schema.alterTable('suspensions', (t) => {
      t.text('decision_date');
      t.text('decision_authority');
      t.text('decision_reference');
    });
  },
  async down(knex: Knex) {
    await knex.schema.alterTable('measures', (t) => {
      t.dropColumn('enforceable_date');
      t.dropColumn('enforceable_source');
    });
    await knex.schema.alterTable('suspensions', (t) => {
      t.dropColumn('decision_date');
      t.dropColumn('decision_authority');
      t.dropColumn('decision_reference');
    });
  },
};
