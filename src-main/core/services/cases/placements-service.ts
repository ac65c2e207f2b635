import { AppError } from '@shared/errors';
import type { z } from 'zod';
import type { MeasureDetail, newTutorInput } from '@shared/schemas/measures';
import { isConsentGiven } from '@shared/domain/consent';
import { changeOfPostProblem, minorPostProblem } from '@shared/domain/placement-rules';
import { TERMINAL_STATUSES } from '@shared/domain/measure-status';
import type { WeeklySlot } from '@shared/domain/weekly-slots';
import { decodeBool, decodeJsonArray, encodeJson } from '@core/repo/row-codec';
import { EntityStore } from '@core/repo/entity-store';
import { uuidv7 } from '@core/util/uuid7';
import type { CaseContext } from './case-context';
import { loadMeasureDetail, notFound } from './measure-detail';
import { refreshMeasureFacts } from '@core/repo/measure-facts';
import { refreshPaceFacts } from '@core/repo/pace-facts';
import {
  addTutorToPost,
  assertHabilitationCovers,
  assertPostTutor,
  assertStartWithinDeadline,
  tutorName,
} from './placement-checks';
import { assertScheduleFitsMinor } from './placement-working-time';

export interface PlacementRequest {
  measureId: string;
  postId: string;
  tutorId: string | null;
  newTutor: z.output<typeof newTutorInput> | null;
  startDate: string;
  schedule: WeeklySlot[];
  scheduleNote: string | null;
  hoursPlanned: number;
}

/** Placing a person on a post: only a registered, active post of a habilitated host with a free place. */
export class PlacementsService {
  private readonly store: EntityStore;

  constructor(private readonly ctx: CaseContext) {
    this.store = new EntityStore(ctx.session.deviceId, 'placement', 'placements');
  }

  async create(request: PlacementRequest): Promise<MeasureDetail> {
    const { ctx } = this;
    const knex = ctx.session.db.knex;
    const measure = await ctx.measures.getRow(request.measureId);
    if (!measure) throw notFound();
    if (TERMINAL_STATUSES.includes(measure.status))
      throw new AppError('CONFLICT', 'La mesure est close : aucune affectation n’est possible.');
    if (measure.consent_status === 'refused')
      throw new AppError('CONFLICT', 'La personne a refusé le TIG : aucune affectation n’est possible.');
    if (!isConsentGiven(measure.consent_status))
      throw new AppError('CONFLICT', 'Le consentement de la personne doit être recueilli avant toute affectation.');
    if (request.startDate < measure.decision_date) {
      throw new AppError('VALIDATION', 'La prise de poste ne peut précéder la décision.', {
        fields: [{ path: 'startDate', message: 'Antérieure à la décision.' }],
      });
    }
    await assertStartWithinDeadline(knex, measure, request.startDate, ctx.today);
    const post = await knex('posts as po')
      .join('hosts as h', 'h.id', 'po.host_id')
      .where('po.id', request.postId)
      .whereNull('po.deleted_at')
      .select('po.*', 'h.habilitated', 'h.habilitation_valid_until', 'h.name as host_name', 'h.kind as host_kind')
      .first();
    const postProblem = (message: string) =>
      new AppError('CONFLICT', message, { fields: [{ path: 'postId', message }] });
    if (!post)
      throw new AppError('NOT_FOUND', 'Ce poste n’existe pas (ou plus).', {
        fields: [{ path: 'postId', message: 'Poste introuvable.' }],
      });
    if (!decodeBool(post.active) || !decodeBool(post.registered))
      throw postProblem('Ce poste n’est pas inscrit sur la liste départementale ou n’est plus ouvert.');
    const habilitationExpired = post.habilitation_valid_until !== null && post.habilitation_valid_until < ctx.today;
    if (!decodeBool(post.habilitated) || habilitationExpired)
      throw postProblem(`La structure « ${post.host_name} » n’est pas habilitée.`);
    await assertHabilitationCovers(
      knex,
      { id: post.host_id, name: post.host_name, kind: post.host_kind },
      request.startDate,
    );
    const person = await knex('persons').where({ id: measure.person_id }).first();
    const minorProblem = minorPostProblem(person.birth_date, request.startDate, decodeBool(post.open_to_minors));
    if (minorProblem) throw postProblem(minorProblem);
    if (request.tutorId) await assertPostTutor(knex, request.postId, request.tutorId);
    assertScheduleFitsMinor(person.birth_date, request.startDate, request.schedule);
    if (request.hoursPlanned > measure.hours_ordered) {
      throw new AppError('VALIDATION', `Au plus ${measure.hours_ordered} h (heures ordonnées).`, {
        fields: [{ path: 'hoursPlanned', message: `Au plus ${measure.hours_ordered} h.` }],
      });
    }
    await knex.transaction(async (trx) => {
      const occupied = await trx('placements')
        .where({ post_id: request.postId, status: 'active' })
        .whereNull('deleted_at')
        .whereNot('measure_id', request.measureId)
        .count({ n: '*' })
        .first();
      if (Number(occupied?.n ?? 0) >= Number(post.places)) throw postProblem('Ce poste n’a plus de place libre.');
      const previous = await trx('placements')
        .where({ measure_id: request.measureId, status: 'active' })
        .whereNull('deleted_at')
        .first();
      if (previous) {
        const endProblem = changeOfPostProblem(previous.start_date, request.startDate, ctx.today);
        if (endProblem)
          throw new AppError('VALIDATION', endProblem, { fields: [{ path: 'startDate', message: endProblem }] });
        await this.store.update(
          trx,
          previous.id,
          { status: 'ended', end_date: request.startDate, end_reason: 'Changement de poste' },
          ctx.at,
        );
        await ctx.measures.appendEvent(trx, {
          measureId: request.measureId,
          kind: 'placement_ended',
          note: 'Changement de poste',
          userId: ctx.userId,
          at: ctx.at,
        });
      }
      const tutor = request.newTutor
        ? await addTutorToPost(trx, ctx.session.deviceId, ctx.at, post, request.newTutor)
        : { id: request.tutorId!, name: await tutorName(trx, request.tutorId!) };
      const id = uuidv7();
      await this.store.insert(
        trx,
        {
          id,
          measure_id: request.measureId,
          post_id: request.postId,
          tutor_id: tutor.id,
          tutor_name: tutor.name,
          start_date: request.startDate,
          schedule: encodeJson(request.schedule),
          schedule_note: request.scheduleNote,
          hours_planned: request.hoursPlanned,
          status: 'active',
          end_date: null,
          end_reason: null,
          created_at: ctx.at,
        },
        ctx.at,
      );
      await ctx.measures.appendEvent(trx, {
        measureId: request.measureId,
        kind: 'placement',
        to: request.postId,
        note: `${post.title} — ${post.host_name}`,
        userId: ctx.userId,
        at: ctx.at,
      });
      await refreshMeasureFacts(trx, { measureIds: [request.measureId] });
      await refreshPaceFacts(trx, { measureIds: [request.measureId] });
      if (measure.status === 'a_affecter') {
        await ctx.measures.update(trx, request.measureId, { status: 'affecte' }, ctx.at);
        await ctx.measures.appendEvent(trx, {
          measureId: request.measureId,
          kind: 'status',
          from: 'a_affecter',
          to: 'affecte',
          userId: ctx.userId,
          at: ctx.at,
        });
      }
    });
    return loadMeasureDetail(ctx, request.measureId);
  }

  async end(placementId: string, date: string, reason: string): Promise<MeasureDetail> {
    const { ctx } = this;
    const knex = ctx.session.db.knex;
    const placement = await knex('placements').where({ id: placementId }).whereNull('deleted_at').first();
    if (!placement) throw new AppError('NOT_FOUND', 'Cette affectation n’existe pas (ou plus).');
    if (placement.status !== 'active') throw new AppError('CONFLICT', 'Cette affectation est déjà terminée.');
    if (date < placement.start_date)
      throw new AppError('VALIDATION', 'La fin ne peut précéder le début de l’affectation.', {
        fields: [{ path: 'date', message: 'Antérieure au début.' }],
      });
    if (date > ctx.today)
      throw new AppError('VALIDATION', 'La fin d’une affectation ne peut être datée dans le futur.', {
        fields: [{ path: 'date', message: 'Date future.' }],
      });
    const measure = await ctx.measures.getRow(placement.measure_id);
    await knex.transaction(async (trx) => {
      await this.store.update(trx, placementId, { status: 'ended', end_date: date, end_reason: reason }, ctx.at);
      await ctx.measures.appendEvent(trx, {
        measureId: placement.measure_id,
        kind: 'placement_ended',
        note: reason,
        userId: ctx.userId,
        at: ctx.at,
      });
      await refreshMeasureFacts(trx, { measureIds: [placement.measure_id] });
      await refreshPaceFacts(trx, { measureIds: [placement.measure_id] });
      if (measure.status === 'affecte' || measure.status === 'en_cours') {
        await ctx.measures.update(trx, placement.measure_id, { status: 'a_affecter' }, ctx.at);
        await ctx.measures.appendEvent(trx, {
          measureId: placement.measure_id,
          kind: 'status',
          from: measure.status,
          to: 'a_affecter',
          note: reason,
          userId: ctx.userId,
          at: ctx.at,
        });
      }
    });
    return loadMeasureDetail(ctx, placement.measure_id);
  }
}

/** Posts open for a placement, with their free places (until the catalogue's map and matching). */
export async function postChoices(ctx: CaseContext, query: string | undefined) {
  const knex = ctx.session.db.knex;
  let builder = knex('posts as po')
    .join('hosts as h', 'h.id', 'po.host_id')
    .whereNull('po.deleted_at')
    .where({ 'po.active': true, 'po.registered': true, 'h.habilitated': true })
    .where((w) => w.whereNull('h.habilitation_valid_until').orWhere('h.habilitation_valid_until', '>=', ctx.today))
    .select(
      'po.id',
      'po.title',
      'po.city',
      'po.category',
      'po.places',
      'po.schedule',
      'po.open_to_minors',
      'h.name as host_name',
    )
    .select(
      knex.raw(
        "(SELECT count(*) FROM placements p WHERE p.post_id = po.id AND p.status = 'active' AND p.deleted_at IS NULL) AS occupied",
      ),
    )
    .orderBy(['po.city', 'po.title'])
    .limit(50);
  if (query) {
    const like = `%${query.replace(/[%_]/g, '')}%`;
    builder = builder.where((w) =>
      w.where('po.title', 'like', like).orWhere('po.city', 'like', like).orWhere('h.name', 'like', like),
    );
  }
  const rows = await builder;
  const tutors = await postTutors(
    knex,
    rows.map((r) => r.id as string),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    hostName: r.host_name,
    city: r.city,
    category: r.category,
    placesFree: Math.max(0, Number(r.places) - Number(r.occupied)),
    schedule: decodeJsonArray<WeeklySlot>(r.schedule),
    openToMinors: decodeBool(r.open_to_minors),
    tutors: tutors.get(r.id) ?? [],
  }));
}

/** The registered tutors of each post, by name, for the placement form's choice. */
async function postTutors(knex: CaseContext['session']['db']['knex'], postIds: string[]) {
  const byPost = new Map<string, { id: string; name: string }[]>();
  if (postIds.length === 0) return byPost;
  const links = await knex('post_tutors as pt')
    .join('tutors as t', 't.id', 'pt.tutor_id')
    .whereIn('pt.post_id', postIds)
    .whereNull('t.deleted_at')
    .orderBy(['t.last_name', 't.first_name'])
    .select('pt.post_id', 't.id', 't.first_name', 't.last_name');
  for (const l of links)
    byPost.set(l.post_id, [...(byPost.get(l.post_id) ?? []), { id: l.id, name: `${l.first_name} ${l.last_name}` }]);
  return byPost;
}
