import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Tutor, tutorInputSchema } from '@shared/schemas/catalogue';
import { decodeJsonArray, encodeJson } from '@core/repo/row-codec';
import { uuidv7 } from '@core/util/uuid7';
import type { CatalogueContext } from './catalogue-context';
import { conflict, likePattern, notFound } from './catalogue-errors';
import type { Row } from './opinion-rows';

export type TutorFields = z.output<typeof tutorInputSchema>;

export interface TutorFilters {
  query?: string;
  hostId?: string;
}

/** Tutors of a host: the identity the post registration needs, their training, and the posts they supervise. */
export class TutorsService {
  constructor(private readonly ctx: CatalogueContext) {}

  async get(id: string): Promise<Tutor> {
    const row = await this.filtered({}).where('t.id', id).select('t.*', 'h.name as host_name').first();
    if (!row) throw notFound('Ce tuteur');
    const [tutor] = await toTutors(this.ctx.knex, [row]);
    return tutor!;
  }

  async list(filters: TutorFilters, offset: number, limit: number): Promise<{ items: Tutor[]; total: number }> {
    const base = this.filtered(filters);
    const total = await base.clone().count({ n: '*' }).first();
    const rows = await base
      .clone()
      .select('t.*', 'h.name as host_name')
      .orderByRaw('t.last_name COLLATE NOCASE, t.first_name COLLATE NOCASE, t.id')
      .offset(offset)
      .limit(limit);
    return { items: await toTutors(this.ctx.knex, rows), total: Number(total?.n ?? 0) };
  }

  async create(fields: TutorFields): Promise<Tutor> {
    await this.assertHost(fields.hostId, 'hostId');
    const id = uuidv7();
    await this.ctx.knex.transaction((trx) =>
      this.ctx.stores.tutors.insert(trx, { id, ...tutorColumns(fields), created_at: this.ctx.at }, this.ctx.at),
    );
    return this.get(id);
  }

  async update(id: string, fields: TutorFields): Promise<Tutor> {
    const current = await this.get(id);
    if (fields.hostId !== current.hostId) {
      await this.assertHost(fields.hostId, 'tutor.hostId');
      if (current.posts.length > 0)
        throw conflict(
          'Ce tuteur encadre des postes de sa structure : retirez-le de ces postes avant de changer de structure.',
          'tutor.hostId',
        );
    }
    await this.ctx.knex.transaction((trx) => this.ctx.stores.tutors.update(trx, id, tutorColumns(fields), this.ctx.at));
    return this.get(id);
  }

  /** Non-deleted tutors joined to their host (aliases t and h), shared with the CSV export. */
  filtered(filters: TutorFilters): Knex.QueryBuilder {
    let q = this.ctx.knex('tutors as t').join('hosts as h', 'h.id', 't.host_id').whereNull('t.deleted_at');
    if (filters.hostId) q = q.where('t.host_id', filters.hostId);
    const like = likePattern(filters.query);
    if (like)
      q = q.where((w) =>
        w.where('t.last_name', 'like', like).orWhere('t.first_name', 'like', like).orWhere('h.name', 'like', like),
      );
    return q;
  }

  private async assertHost(hostId: string, path: string): Promise<void> {
    const host = await this.ctx.knex('hosts').where({ id: hostId }).whereNull('deleted_at').first('id');
    if (!host) throw notFound('Cette structure', path);
  }
}

function tutorColumns(fields: TutorFields): Row {
  return {
    host_id: fields.hostId,
    last_name: fields.lastName,
    first_name: fields.firstName,
    birth_date: fields.birthDate,
    birth_place: fields.birthPlace,
    role: fields.role,
    phone: fields.phone,
    email: fields.email,
    trainings: encodeJson(fields.trainings),
  };
}

export async function toTutors(knex: Knex, rows: readonly Row[]): Promise<Tutor[]> {
  const posts = new Map<string, { id: string; title: string }[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id as string);
    const links = await knex('post_tutors as pt')
      .join('posts as p', 'p.id', 'pt.post_id')
      .whereIn('pt.tutor_id', ids)
      .whereNull('p.deleted_at')
      .orderBy('p.title')
      .select('pt.tutor_id', 'p.id', 'p.title');
    for (const l of links) posts.set(l.tutor_id, [...(posts.get(l.tutor_id) ?? []), { id: l.id, title: l.title }]);
  }
  return rows.map((row) => ({
    id: row.id,
    hostId: row.host_id,
    hostName: row.host_name,
    lastName: row.last_name,
    firstName: row.first_name,
    birthDate: row.birth_date ?? null,
    birthPlace: row.birth_place ?? null,
    role: row.role ?? null,
    phone: row.phone ?? null,
    email: row.email ?? null,
    trainings: decodeJsonArray<{ module: string; date: string }>(row.trainings),
    posts: posts.get(row.id) ?? [],
  }));
}
