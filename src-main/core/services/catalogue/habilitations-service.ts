import type { Knex } from 'knex';
import type { Habilitation } from '@shared/schemas/catalogue';
import {
  habilitationDecisionProblem,
  habilitationStep,
  type HabilitationDecision,
} from '@shared/domain/catalogue/habilitation';
import { isHabilitatedByRight, type HostType } from '@shared/domain/catalogue/host-types';
import type { OpinionValue } from '@shared/domain/catalogue/opinions';
import type { LocalDate } from '@shared/domain/local-date';
import { uuidv7 } from '@core/util/uuid7';
import type { CatalogueContext } from './catalogue-context';
import { assertNotBefore, assertNotFuture, conflict, notFound } from './catalogue-errors';
import { rederiveHost } from './host-derivation';
import { byRequest, habilitationRecord, toHabilitation } from './habilitation-rows';
import type { Row } from './opinion-rows';

type Giver = 'procureur' | 'jap' | 'prefet';

export interface HabilitationRequest {
  hostId: string;
  kind: 'initiale' | 'renouvellement';
  requestedOn: LocalDate;
  fileNote: string | null;
}
const GIVER_NAMES: Record<Giver, string> = { procureur: 'du procureur', jap: 'du JAP', prefet: 'du préfet' };

/**
 * Habilitation of a private host by the SPIP director: request → opinions of procureur, JAP and préfet (deemed
 * given after one month) → decision → withdrawal. Each step rewrites the host's derived columns in its transaction.
 */
export class HabilitationsService {
  constructor(private readonly ctx: CatalogueContext) {}

  async list(hostId: string): Promise<Habilitation[]> {
    await this.host(hostId);
    const rows = await this.ctx.knex('habilitations').where({ host_id: hostId }).whereNull('deleted_at');
    return rows.sort(byRequest).map((r) => toHabilitation(r, this.ctx.today));
  }

  async request(input: HabilitationRequest): Promise<Habilitation> {
    const row = await this.prepareRequest(input);
    await this.ctx.knex.transaction((trx) => this.insertRequest(trx, row));
    return this.get(row.id as string);
  }

  /** Checks a new request and returns its row, for `insertRequest` (alone, or with a post's inscription). */
  async prepareRequest(input: HabilitationRequest): Promise<Row> {
    const host = await this.host(input.hostId);
    if (isHabilitatedByRight(host.kind as HostType)) {
      throw conflict(
        `« ${host.name} » est une personne publique, habilitée de plein droit : aucune demande d’habilitation n’est nécessaire.`,
        'hostId',
      );
    }
    assertNotFuture(input.requestedOn, this.ctx.today, 'requestedOn', 'La date de la demande');
    const rows = await this.ctx.knex('habilitations').where({ host_id: input.hostId }).whereNull('deleted_at');
    if (rows.some((r) => !r.decision))
      throw conflict(
        'Une demande d’habilitation est déjà en cours pour cette structure : menez-la jusqu’à la décision.',
      );
    if (input.kind === 'renouvellement' && !rows.some((r) => r.decision === 'accordee')) {
      throw conflict(
        'Aucune habilitation n’a été accordée à cette structure : la demande est une demande initiale.',
        'kind',
      );
    }
    return {
      id: uuidv7(),
      host_id: input.hostId,
      kind: input.kind,
      requested_on: input.requestedOn,
      file_note: input.fileNote,
      created_at: this.ctx.at,
    };
  }

  async insertRequest(trx: Knex.Transaction, row: Row): Promise<void> {
    await this.ctx.stores.habilitations.insert(trx, row as Row & { id: string }, this.ctx.at);
  }

  async requestOpinions(id: string, givers: readonly Giver[], requestedOn: LocalDate): Promise<Habilitation> {
    const row = await this.open(id);
    assertNotBefore(
      requestedOn,
      row.requested_on,
      'requestedOn',
      'Les avis ne peuvent être demandés avant la demande d’habilitation',
    );
    assertNotFuture(requestedOn, this.ctx.today, 'requestedOn', 'La date de demande des avis');
    const patch: Row = {};
    for (const giver of new Set(givers)) {
      if (row[`${giver}_received_on`]) throw conflict(`L’avis ${GIVER_NAMES[giver]} a déjà été reçu.`, 'givers');
      patch[`${giver}_requested_on`] = requestedOn;
    }
    return this.write(id, patch);
  }

  async recordOpinion(id: string, giver: Giver, receivedOn: LocalDate, opinion: OpinionValue): Promise<Habilitation> {
    const row = await this.open(id);
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

  async decide(
    id: string,
    decision: HabilitationDecision,
    decidedOn: LocalDate,
    validUntil: LocalDate | null,
  ): Promise<Habilitation> {
    const row = await this.row(id);
    if (row.decision) throw conflict('Une décision a déjà été prise sur cette demande.');
    assertNotFuture(decidedOn, this.ctx.today, 'decidedOn', 'La date de la décision');
    const record = habilitationRecord(row);
    for (const giver of ['procureur', 'jap', 'prefet'] as const) {
      const received = record[giver].receivedOn;
      if (received)
        assertNotBefore(decidedOn, received, 'decidedOn', `La décision ne peut précéder l’avis ${GIVER_NAMES[giver]}`);
    }
    const problem = habilitationDecisionProblem(record, decidedOn);
    if (problem) throw conflict(problem, 'decidedOn');
    return this.write(id, {
      decision,
      decided_on: decidedOn,
      valid_until: decision === 'accordee' ? validUntil : null,
    });
  }

  async withdraw(id: string, on: LocalDate, reason: string): Promise<Habilitation> {
    const row = await this.row(id);
    const step = habilitationStep(habilitationRecord(row), this.ctx.today);
    if (row.withdrawn_on) throw conflict('Cette habilitation a déjà été retirée.');
    if (step !== 'accordee')
      throw conflict('Seule une habilitation accordée et en cours de validité peut être retirée.');
    assertNotBefore(on, row.decided_on, 'on', 'Le retrait ne peut précéder la décision d’habilitation');
    assertNotFuture(on, this.ctx.today, 'on', 'La date du retrait');
    return this.write(id, { withdrawn_on: on, withdrawal_reason: reason });
  }

  async get(id: string): Promise<Habilitation> {
    return toHabilitation(await this.row(id), this.ctx.today);
  }

  private async row(id: string): Promise<Row> {
    const row = await this.ctx.knex('habilitations').where({ id }).whereNull('deleted_at').first();
    if (!row) throw notFound('Cette demande d’habilitation');
    return row;
  }

  /** A request still waiting for its decision. */
  private async open(id: string): Promise<Row> {
    const row = await this.row(id);
    if (row.decision) throw conflict('La décision a déjà été prise : les avis ne peuvent plus être modifiés.');
    return row;
  }

  private async host(hostId: string): Promise<Row> {
    const host = await this.ctx.knex('hosts').where({ id: hostId }).whereNull('deleted_at').first();
    if (!host) throw notFound('Cette structure');
    return host;
  }

  private async write(id: string, patch: Row): Promise<Habilitation> {
    await this.ctx.knex.transaction(async (trx: Knex.Transaction) => {
      await this.ctx.stores.habilitations.update(trx, id, patch, this.ctx.at);
      const { host_id: hostId } = await trx('habilitations').where({ id }).first('host_id');
      await rederiveHost(this.ctx, trx, hostId);
    });
    return this.get(id);
  }
}
