import type { Knex } from 'knex';
import type { Host, HostFields } from '@shared/schemas/catalogue';
import type { HostType } from '@shared/domain/catalogue/host-types';
import { isHabilitatedByRight } from '@shared/domain/catalogue/host-types';
import { uuidv7 } from '@core/util/uuid7';
import type { CatalogueContext } from './catalogue-context';
import { conflict, likePattern, notFound } from './catalogue-errors';
import { habilitatedTodaySql, rederiveHost } from './host-derivation';
import { hostColumns, toHosts } from './host-rows';
import type { Row } from './opinion-rows';

export interface HostFilters {
  query?: string;
  type?: HostType;
  habilitated?: boolean;
  departement?: string;
}

/** Host organisations: the card, the list, and their derived habilitation columns kept in step with the type. */
export class HostsService {
  constructor(private readonly ctx: CatalogueContext) {}

  async get(id: string): Promise<Host> {
    const row = await this.ctx.knex('hosts').where({ id }).whereNull('deleted_at').first();
    if (!row) throw notFound('Cette structure');
    const [host] = await toHosts(this.ctx.knex, [row], this.ctx.today);
    return host!;
  }

  async list(filters: HostFilters, offset: number, limit: number): Promise<{ items: Host[]; total: number }> {
    const base = this.filtered(filters);
    const total = await base.clone().count({ n: '*' }).first();
    const rows = await base.clone().select('h.*').orderByRaw('h.name COLLATE NOCASE, h.id').offset(offset).limit(limit);
    return { items: await toHosts(this.ctx.knex, rows, this.ctx.today), total: Number(total?.n ?? 0) };
  }

  async create(fields: HostFields): Promise<Host> {
    await this.assertSiretFree(fields.siret, null);
    const id = uuidv7();
    const byRight = isHabilitatedByRight(fields.type);
    await this.ctx.knex.transaction((trx) =>
      this.ctx.stores.hosts.insert(
        trx,
        { id, ...hostColumns(fields), habilitated: byRight, habilitation_valid_until: null, created_at: this.ctx.at },
        this.ctx.at,
      ),
    );
    return this.get(id);
  }

  async update(id: string, fields: HostFields): Promise<Host> {
    await this.get(id);
    await this.assertSiretFree(fields.siret, id);
    await this.ctx.knex.transaction(async (trx) => {
      await this.ctx.stores.hosts.update(trx, id, hostColumns(fields), this.ctx.at);
      // A change of type (public ↔ private) changes whether the host is habilitated by right.
      await rederiveHost(this.ctx, trx, id, fields.type);
    });
    return this.get(id);
  }

  /** The filtered, non-deleted hosts (alias h), shared by the list and the CSV export. */
  filtered(filters: HostFilters): Knex.QueryBuilder {
    let q = this.ctx.knex('hosts as h').whereNull('h.deleted_at');
    const like = likePattern(filters.query);
    if (like)
      q = q.where((w) =>
        w.where('h.name', 'like', like).orWhere('h.city', 'like', like).orWhere('h.siret', 'like', like),
      );
    if (filters.type) q = q.where('h.kind', filters.type);
    if (filters.departement) q = q.where('h.departement', filters.departement.toUpperCase());
    if (filters.habilitated !== undefined) {
      const sql = habilitatedTodaySql('h');
      q = filters.habilitated ? q.whereRaw(sql, [this.ctx.today]) : q.whereRaw(`NOT ${sql}`, [this.ctx.today]);
    }
    return q;
  }

  private async assertSiretFree(siret: string | null, selfId: string | null): Promise<void> {
    if (!siret) return;
    const other: Row | undefined = await this.ctx
      .knex('hosts')
      .where({ siret })
      .whereNull('deleted_at')
      .first('id', 'name');
    if (other && other.id !== selfId)
      throw conflict(`Ce SIRET est déjà celui de la structure « ${other.name} ».`, selfId ? 'host.siret' : 'siret');
  }
}
