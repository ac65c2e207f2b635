import type { Knex } from 'knex';
import { AppError } from '@shared/errors';
import { effectiveDeadline } from '@shared/domain/deadline';
import { habilitationCoverProblem, habilitationPeriods } from '@shared/domain/catalogue/habilitation-cover';
import { isHabilitatedByRight, type HostType } from '@shared/domain/catalogue/host-types';
import { placementDeadlineProblem } from '@shared/domain/placement-rules';
import type { LocalDate } from '@shared/domain/local-date';
import type { z } from 'zod';
import type { newTutorInput } from '@shared/schemas/measures';
import { appendChange } from '@core/repo/change-log';
import { EntityStore } from '@core/repo/entity-store';
import { encodeJson } from '@core/repo/row-codec';
import { uuidv7 } from '@core/util/uuid7';
import { habilitationRecord } from '../catalogue/habilitation-rows';

/**
 * The placement rules of issue 10 that need the database (habilitation on the start date, effective deadline, the
 * post's tutors), kept beside the placements service so that it only calls them. Each throws a typed French error
 * with the field to show it under.
 */

const problem = (code: 'CONFLICT' | 'VALIDATION', path: string, message: string) =>
  new AppError(code, message, { fields: [{ path, message }] });

/** The host's habilitation must cover the placement's start date (public bodies are habilitated by right). */
export async function assertHabilitationCovers(
  db: Knex | Knex.Transaction,
  host: { id: string; name: string; kind: string },
  startDate: LocalDate,
): Promise<void> {
  const rows = await db('habilitations').where({ host_id: host.id }).whereNull('deleted_at');
  const message = habilitationCoverProblem(
    host.name,
    isHabilitatedByRight(host.kind as HostType),
    habilitationPeriods(rows.map(habilitationRecord)),
    startDate,
  );
  if (message) throw problem('CONFLICT', 'startDate', message);
}

/** No start after the effective deadline (the court's, pushed back by the suspensions). */
export async function assertStartWithinDeadline(
  db: Knex | Knex.Transaction,
  measure: { id: string; deadline: LocalDate },
  startDate: LocalDate,
  today: LocalDate,
): Promise<void> {
  const suspensions = await db('suspensions').where({ measure_id: measure.id }).whereNull('deleted_at');
  const periods = suspensions.map((s) => ({ from: s.from_date as string, to: (s.to_date as string | null) ?? null }));
  const message = placementDeadlineProblem(startDate, effectiveDeadline(measure.deadline, periods, today));
  if (message) throw problem('VALIDATION', 'startDate', message);
}

/** The chosen tutor must be one of the post's registered tutors. */
export async function assertPostTutor(db: Knex | Knex.Transaction, postId: string, tutorId: string): Promise<void> {
  const link = await db('post_tutors as pt')
    .join('tutors as t', 't.id', 'pt.tutor_id')
    .where({ 'pt.post_id': postId, 'pt.tutor_id': tutorId })
    .whereNull('t.deleted_at')
    .first('t.id');
  if (!link) throw problem('VALIDATION', 'tutorId', 'Ce tuteur n’est pas l’un des tuteurs inscrits du poste.');
}

/**
 * Registers a new tutor of the post's host and adds them to the post's tutors, inside the placement's transaction
 * (same change records as the catalogue's tutor and post screens). Returns the tutor's id and name.
 */
export async function addTutorToPost(
  trx: Knex.Transaction,
  deviceId: string,
  at: string,
  post: { id: string; host_id: string },
  tutor: z.output<typeof newTutorInput>,
): Promise<{ id: string; name: string }> {
  const id = uuidv7();
  await new EntityStore(deviceId, 'tutor', 'tutors').insert(
    trx,
    {
      id,
      host_id: post.host_id,
      last_name: tutor.lastName,
      first_name: tutor.firstName,
      birth_date: tutor.birthDate,
      birth_place: tutor.birthPlace,
      role: tutor.role,
      phone: tutor.phone,
      email: null,
      trainings: encodeJson([]),
      created_at: at,
    },
    at,
  );
  await trx('post_tutors').insert({ post_id: post.id, tutor_id: id });
  const tutorIds = ((await trx('post_tutors').where({ post_id: post.id }).pluck('tutor_id')) as string[]).sort();
  await appendChange(trx, deviceId, {
    entity: 'post',
    entityId: post.id,
    op: 'update',
    fields: { tutor_ids: tutorIds },
    at,
  });
  return { id, name: `${tutor.firstName} ${tutor.lastName}` };
}

/** The name a registered tutor is shown and printed under. */
export async function tutorName(db: Knex | Knex.Transaction, tutorId: string): Promise<string> {
  const row = await db('tutors').where({ id: tutorId }).first('first_name', 'last_name');
  return `${row.first_name} ${row.last_name}`;
}
