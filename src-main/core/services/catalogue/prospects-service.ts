import type { Knex } from 'knex';
import type { z } from 'zod';
import type { prospectInputSchema, prospectSchema } from '@shared/schemas/catalogue';
import type { ProspectStatus } from '@shared/domain/catalogue/post-categories';
import { decodeJsonArray, encodeJson } from '@core/repo/row-codec';
import { uuidv7 } from '@core/util/uuid7';
import type { CatalogueContext } from './catalogue-context';
import { likePattern, notFound } from './catalogue-errors';
import type { Row } from './opinion-rows';

export type ProspectFields = z.output<typeof prospectInputSchema>;
export type Prospect = z.infer<typeof prospectSchema>;
type HistoryEntry = Prospect['history'][number];

export interface ProspectFilters {
  query?: string;
  status?: ProspectStatus;
}

/** The référent's prospection: organisations approached, where each stands, and a history of every step. */
export class ProspectsService {
  constructor(private readonly ctx: CatalogueContext) {}

  async get(id: string): Promise<Prospect> {
    const row = await this.ctx.knex('prospects').where({ id }).whereNull('deleted_at').first();
    if (!row) throw notFound('Cette prospection');
    return toProspect(row);
  }

  async list(filters: ProspectFilters, offset: number, limit: number): Promise<{ items: Prospect[]; total: number }> {
    const base = this.filtered(filters);
    const total = await base.clone().count({ n: '*' }).first();
    const rows = await base
      .clone()
      .select('pr.*')
      .orderByRaw('pr.name COLLATE NOCASE, pr.id')
      .offset(offset)
      .limit(limit);
    return { items: rows.map(toProspect), total: Number(total?.n ?? 0) };
  }

  async create(fields: ProspectFields): Promise<Prospect> {
    const id = uuidv7();
    const history: HistoryEntry[] = [this.entry(fields.status, fields.note)];
    await this.ctx.knex.transaction((trx) =>
      this.ctx.stores.prospects.insert(
        trx,
        { id, ...columns(fields), history: encodeJson(history), created_at: this.ctx.at },
        this.ctx.at,
      ),
    );
    return this.get(id);
  }

  /** A change of status or a note appends to the history; other fields are simply updated. */
  async update(id: string, fields: ProspectFields): Promise<Prospect> {
    const current = await this.get(id);
    const history = [...current.history];
    if (fields.status !== current.status || fields.note) history.push(this.entry(fields.status, fields.note));
    await this.ctx.knex.transaction((trx) =>
      this.ctx.stores.prospects.update(trx, id, { ...columns(fields), history: encodeJson(history) }, this.ctx.at),
    );
    return this.get(id);
  }

  /** Non-deleted prospects (alias pr), shared with the CSV export. */
  filtered(filters: ProspectFilters): Knex.QueryBuilder {
    let q = this.ctx.knex('prospects as pr').whereNull('pr.deleted_at');
    const like = likePattern(filters.query);
    if (like)
      q = q.where((w) =>
        w.where('pr.name', 'like', like).orWhere('pr.city', 'like', like).orWhere('pr.contact', 'like', like),
      );
    if (filters.status) q = q.where('pr.status', filters.status);
    return q;
  }

  private entry(status: ProspectStatus, note: string | null): HistoryEntry {
    return { at: this.ctx.at, status, note, by: this.ctx.userName };
  }
}

function columns(fields: ProspectFields): Row {
  return {
    name: fields.name,
    kind: fields.kind,
    city: fields.city,
    contact: fields.contact,
    status: fields.status,
    next_action: fields.nextAction,
    next_action_on: fields.nextActionOn,
  };
}

export function toProspect(row: Row): Prospect {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind ?? null,
    city: row.city ?? null,
    contact: row.contact ?? null,
    status: row.status,
    nextAction: row.next_action ?? null,
    nextActionOn: row.next_action_on ?? null,
    history: decodeJsonArray<HistoryEntry>(row.history),
    updatedAt: row.updated_at,
  };
}
