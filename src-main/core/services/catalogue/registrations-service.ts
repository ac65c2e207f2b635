import type { Knex } from 'knex';
import {
  isPostRegistered,
  registrationDecisionProblem,
  type RegistrationDecision,
  type RegistrationKind,
} from '@shared/domain/catalogue/post-registration';
import type { OpinionValue } from '@shared/domain/catalogue/opinions';
import type { LocalDate } from '@shared/domain/local-date';
import { decodeBool } from '@core/repo/row-codec';
import { uuidv7 } from '@core/util/uuid7';
import type { CatalogueContext } from './catalogue-context';
import { assertNotBefore, assertNotFuture, conflict, notFound } from './catalogue-errors';
import type { Row } from './opinion-rows';
import {
  inscriptionHabilitationProblem,
  needlessHabilitationRequest,
  radiationPlacementsProblem,
  type HostStanding,
} from '@shared/domain/catalogue/post-list-rules';
import { isHabilitatedByRight, type HostType } from '@shared/domain/catalogue/host-types';
import { HabilitationsService } from './habilitations-service';
import {
  byRequestOrder,
  recordsByDecision,
  registrationRecord,
  toRegistration,
  type Registration,
} from './registration-rows';

type Giver = 'procureur' | 'jap';
const GIVER_NAMES: Record<Giver, string> = { procureur: 'du procureur', jap: 'du JAP' };

/**
 * Registration (or removal) of a post on the departmental list: request with tutors and places → opinions of
 * procureur and JAP (deemed given after ten days) → decision → notification. The decision rewrites
 * posts.registered (and posts.places for an accepted inscription) in its transaction.
 */
export class RegistrationsService {
  constructor(private readonly ctx: CatalogueContext) {}

  async list(postId: string): Promise<Registration[]> {
    await this.post(postId);
    const rows = await this.ctx.knex('post_registrations').where({ post_id: postId }).whereNull('deleted_at');
    return rows.sort(byRequestOrder).map((r) => toRegistration(r, this.ctx.today));
  }

  async request(input: {
    postId: string;
    kind: RegistrationKind;
    requestedOn: LocalDate;
    places: number | null;
    /** The host's habilitation request, recorded in the same step (an inscription of a non-habilitated host). */
    habilitationRequest?: { fileNote: string | null } | null;
  }): Promise<Registration> {
    const post = await this.post(input.postId);
    assertNotFuture(input.requestedOn, this.ctx.today, 'requestedOn', 'La date de la demande');
    const withHabilitation = input.habilitationRequest ?? null;
    if (withHabilitation && input.kind !== 'inscription')
      throw conflict('Une demande d’habilitation ne se joint qu’à une demande d’inscription.', 'habilitationRequest');
    const open = await this.ctx
      .knex('post_registrations')
      .where({ post_id: input.postId })
      .whereNull('deleted_at')
      .whereNull('decision')
      .first('id');
    if (open) throw conflict('Une demande est déjà en cours pour ce poste : menez-la jusqu’à la décision.');
    const registered = decodeBool(post.registered);
    if (input.kind === 'radiation' && !registered)
      throw conflict('Seul un poste inscrit sur la liste départementale peut en être radié.', 'kind');
    if (input.kind === 'radiation' && input.places !== null)
      throw conflict('Une demande de radiation ne porte pas de nombre de places.', 'places');
    if (input.kind === 'inscription') {
      if (registered) throw conflict('Ce poste est déjà inscrit sur la liste départementale.', 'kind');
      const tutors = await this.ctx
        .knex('post_tutors as pt')
        .join('tutors as t', 't.id', 'pt.tutor_id')
        .where('pt.post_id', input.postId)
        .whereNull('t.deleted_at')
        .count({ n: '*' })
        .first();
      if (Number(tutors?.n ?? 0) === 0)
        throw conflict('Désignez au moins un tuteur du poste avant de demander son inscription.', 'postId');
    }
    let habilitationRow: Row | null = null;
    if (input.kind === 'inscription') {
      const host = await hostStanding(this.ctx, post.host_id);
      if (withHabilitation) {
        const needless = needlessHabilitationRequest(host);
        if (needless) throw conflict(needless, 'habilitationRequest');
        const granted = await this.ctx
          .knex('habilitations')
          .where({ host_id: post.host_id, decision: 'accordee' })
          .whereNull('deleted_at')
          .first('id');
        habilitationRow = await new HabilitationsService(this.ctx).prepareRequest({
          hostId: post.host_id,
          kind: granted ? 'renouvellement' : 'initiale',
          requestedOn: input.requestedOn,
          fileNote: withHabilitation.fileNote,
        });
      } else {
        const problem = inscriptionHabilitationProblem(host, false);
        if (problem) throw conflict(problem, 'habilitationRequest');
      }
    }
    const id = uuidv7();
    const places = input.kind === 'inscription' ? (input.places ?? Number(post.places)) : null;
    await this.ctx.knex.transaction(async (trx) => {
      if (habilitationRow) await new HabilitationsService(this.ctx).insertRequest(trx, habilitationRow);
      await this.ctx.stores.registrations.insert(
        trx,
        {
          id,
          post_id: input.postId,
          kind: input.kind,
          requested_on: input.requestedOn,
          places,
          created_at: this.ctx.at,
        },
        this.ctx.at,
      );
    });
    return this.get(id);
  }

  async requestOpinions(id: string, givers: readonly Giver[], requestedOn: LocalDate): Promise<Registration> {
    const row = await this.undecided(id, 'La décision a déjà été prise : les avis ne peuvent plus être modifiés.');
    assertNotBefore(requestedOn, row.requested_on, 'requestedOn', 'Les avis ne peuvent être demandés avant la demande');
    assertNotFuture(requestedOn, this.ctx.today, 'requestedOn', 'La date de demande des avis');
    const patch: Row = {};
    for (const giver of new Set(givers)) {
      if (row[`${giver}_received_on`]) throw conflict(`L’avis ${GIVER_NAMES[giver]} a déjà été reçu.`, 'givers');
      patch[`${giver}_requested_on`] = requestedOn;
    }
    return this.write(id, patch);
  }

  async recordOpinion(id: string, giver: Giver, receivedOn: LocalDate, opinion: OpinionValue): Promise<Registration> {
    const row = await this.undecided(id, 'La décision a déjà été prise : les avis ne peuvent plus être modifiés.');
    const requestedOn: string | null = row[`${giver}_requested_on`];
    if (!requestedOn)
      throw conflict(
        `L’avis ${GIVER_NAMES[giver]} n’a pas été demandé : enregistrez d’abord la demande d’avis.`,
        'giver',
      );
    if (row[`${giver}_received_on`]) throw conflict(`L’avis ${GIVER_NAMES[giver]} a déjà été enregistré.`, 'giver');
    assertNotBefore(receivedOn, requestedOn, 'receivedOn', 'Un avis ne peut être reçu avant d’avoir été demandé');
    assertNotFuture(receivedOn, this.ctx.today, 'receivedOn', 'La date de réception');
    return this.write(id, { [`${giver}_received_on`]: receivedOn, [`${giver}_opinion`]: opinion });
  }

  async decide(id: string, decision: RegistrationDecision, decidedOn: LocalDate): Promise<Registration> {
    const row = await this.undecided(id, 'Une décision a déjà été prise sur cette demande.');
    assertNotFuture(decidedOn, this.ctx.today, 'decidedOn', 'La date de la décision');
    const record = registrationRecord(row);
    for (const giver of ['procureur', 'jap'] as const) {
      const received = record[giver].receivedOn;
      if (received)
        assertNotBefore(decidedOn, received, 'decidedOn', `La décision ne peut précéder l’avis ${GIVER_NAMES[giver]}`);
    }
    const problem = registrationDecisionProblem(record, decidedOn);
    if (problem) throw conflict(problem, 'decidedOn');
    if (decision === 'acceptee' && row.kind === 'radiation') {
      const placed = radiationPlacementsProblem(await placedPeople(this.ctx, row.post_id));
      if (placed) throw conflict(placed, 'decision');
    }
    if (decision === 'acceptee' && row.kind === 'inscription' && row.places !== null) {
      const occupied = await this.ctx
        .knex('placements')
        .where({ post_id: row.post_id, status: 'active' })
        .whereNull('deleted_at')
        .count({ n: '*' })
        .first();
      if (Number(row.places) < Number(occupied?.n ?? 0))
        throw conflict(
          'Le nombre de places demandé est inférieur au nombre de personnes affectées à ce poste.',
          'decision',
        );
    }
    return this.write(id, { decision, decided_on: decidedOn });
  }

  async notify(id: string, notifiedOn: LocalDate): Promise<Registration> {
    const row = await this.row(id);
    if (!row.decision) throw conflict('La décision doit être prise avant d’être notifiée.');
    if (row.notified_on) throw conflict('Cette décision a déjà été notifiée.');
    assertNotBefore(notifiedOn, row.decided_on, 'notifiedOn', 'La notification ne peut précéder la décision');
    assertNotFuture(notifiedOn, this.ctx.today, 'notifiedOn', 'La date de notification');
    return this.write(id, { notified_on: notifiedOn });
  }

  async get(id: string): Promise<Registration> {
    return toRegistration(await this.row(id), this.ctx.today);
  }

  private async row(id: string): Promise<Row> {
    const row = await this.ctx.knex('post_registrations').where({ id }).whereNull('deleted_at').first();
    if (!row) throw notFound('Cette demande d’inscription');
    return row;
  }

  private async undecided(id: string, message: string): Promise<Row> {
    const row = await this.row(id);
    if (row.decision) throw conflict(message);
    return row;
  }

  private async post(postId: string): Promise<Row> {
    const post = await this.ctx.knex('posts').where({ id: postId }).whereNull('deleted_at').first();
    if (!post) throw notFound('Ce poste', 'postId');
    return post;
  }

  /** Writes the step, then the post's derived columns, in one transaction. */
  private async write(id: string, patch: Row): Promise<Registration> {
    await this.ctx.knex.transaction(async (trx: Knex.Transaction) => {
      await this.ctx.stores.registrations.update(trx, id, patch, this.ctx.at);
      const row = await trx('post_registrations').where({ id }).first();
      const all = await trx('post_registrations').where({ post_id: row.post_id }).whereNull('deleted_at');
      const postPatch: Row = { registered: isPostRegistered(recordsByDecision(all)) };
      if (row.decision === 'acceptee' && row.kind === 'inscription' && row.places !== null)
        postPatch.places = Number(row.places);
      await this.ctx.stores.posts.update(trx, row.post_id, postPatch, this.ctx.at);
    });
    return this.get(id);
  }
}

/** Where the post's host stands for the inscription rule. */
async function hostStanding(ctx: CatalogueContext, hostId: string): Promise<HostStanding> {
  const host = await ctx.knex('hosts').where({ id: hostId }).first();
  const pending = await ctx
    .knex('habilitations')
    .where({ host_id: hostId })
    .whereNull('deleted_at')
    .whereNull('decision')
    .first('id');
  return {
    name: host.name,
    byRight: isHabilitatedByRight(host.kind as HostType),
    habilitatedToday:
      decodeBool(host.habilitated) &&
      (host.habilitation_valid_until === null || host.habilitation_valid_until >= ctx.today),
    requestPending: Boolean(pending),
  };
}

/**
 * The people placed on the post, as the caller may see them: the DPIP, who follows the cases, by name and dossier
 * number; the référent, whose work is the catalogue, by dossier number only.
 */
async function placedPeople(ctx: CatalogueContext, postId: string): Promise<string[]> {
  const rows = await ctx
    .knex('placements as p')
    .join('measures as m', 'm.id', 'p.measure_id')
    .join('persons as pe', 'pe.id', 'm.person_id')
    .where({ 'p.post_id': postId, 'p.status': 'active' })
    .whereNull('p.deleted_at')
    .orderBy('pe.dossier_number')
    .select('pe.dossier_number', 'pe.first_name', 'pe.last_name');
  return rows.map((r) =>
    ctx.userRole === 'referent' ? r.dossier_number : `${r.first_name} ${r.last_name} (${r.dossier_number})`,
  );
}
