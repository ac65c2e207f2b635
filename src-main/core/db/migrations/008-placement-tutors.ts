import type { Knex } from 'knex';
import { refreshPaceFacts } from '@core/repo/pace-facts';
import type { Migration } from './migration';

const CIVILITIES = new Set(['m', 'mme', 'mlle', 'mr', 'monsieur', 'madame', 'mademoiselle']);

/** Lower case, no accents, no civility, no punctuation: the words of a name. */
function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '' && !CIVILITIES.has(w));
}

export interface TutorName {
  id: string;
  firstName: string;
  lastName: string;
}

/**
 * The tutor an old free-text name stands for among the post's tutors: the same first and last names in any order
 * ("Marc Roux", "ROUX Marc", "M. Marc Roux"), else the last name alone ("M. Roux") when a single tutor of the post
 * bears it. Null when nothing or more than one tutor matches.
 */
export function matchTutorByName(text: string, tutors: readonly TutorName[]): string | null {
  const words = nameWords(text).sort().join(' ');
  if (words === '') return null;
  const full = tutors.filter((t) => nameWords(`${t.firstName} ${t.lastName}`).sort().join(' ') === words);
  if (full.length === 1) return full[0]!.id;
  if (full.length > 1) return null;
  const byLast = tutors.filter((t) => nameWords(t.lastName).sort().join(' ') === words);
  return byLast.length === 1 ? byLast[0]!.id : null;
}

/**
 * Placements name their tutor by id, among the post's registered tutors (issue 10). The tutor_id column exists
 * since 003-catalogue but the app wrote only tutor_name: each old name is matched to a tutor of the post; an
 * unmatched name stays in tutor_name as the placement's legacy, read-only tutor (nothing is dropped, and a matched
 * row keeps its old text too). Also adds the measure facts of the "habilitation ends before the hours" alert.
 */
export const placementTutors: Migration = {
  name: '008-placement-tutors',
  async up(knex: Knex) {
    const rows = await knex('placements')
      .whereNull('tutor_id')
      .whereNotNull('tutor_name')
      .select('id', 'post_id', 'tutor_name');
    const tutorsByPost = new Map<string, TutorName[]>();
    for (const row of rows) {
      let tutors = tutorsByPost.get(row.post_id);
      if (!tutors) {
        tutors = (await knex('post_tutors as pt')
          .join('tutors as t', 't.id', 'pt.tutor_id')
          .where('pt.post_id', row.post_id)
          .whereNull('t.deleted_at')
          .select('t.id', 't.first_name as firstName', 't.last_name as lastName')) as TutorName[];
        tutorsByPost.set(row.post_id, tutors);
      }
      const tutorId = matchTutorByName(row.tutor_name, tutors);
      if (tutorId) await knex('placements').where({ id: row.id }).update({ tutor_id: tutorId });
    }
    if (!(await knex.schema.hasColumn('measures', 'habilitation_end'))) {
      await knex.schema.alterTable('measures', (t) => {
        t.integer('placement_planned_minutes');
        t.integer('placement_weekly_minutes');
        t.text('habilitation_end');
      });
    }
    await refreshPaceFacts(knex);
  },
  async down(knex: Knex) {
    await knex.schema.alterTable('measures', (t) => {
      t.dropColumn('placement_planned_minutes');
      t.dropColumn('placement_weekly_minutes');
      t.dropColumn('habilitation_end');
    });
  },
};
