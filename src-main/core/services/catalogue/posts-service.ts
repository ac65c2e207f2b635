import type { Knex } from 'knex';
import type { Post, PostFields } from '@shared/schemas/catalogue';
import type { PostCategory } from '@shared/domain/catalogue/post-categories';
import { appendChange } from '@core/repo/change-log';
import { uuidv7 } from '@core/util/uuid7';
import type { CatalogueContext } from './catalogue-context';
import { conflict, invalid, likePattern, notFound } from './catalogue-errors';
import { OCCUPIED_SQL, postColumns, postSelect, toPosts } from './post-rows';
import type { Row } from './opinion-rows';
import { refreshMeasureFacts } from '@core/repo/measure-facts';

export interface PostFilters {
  query?: string;
  hostId?: string;
  category?: PostCategory;
  registered?: boolean;
  freeOnly?: boolean;
  departement?: string;
}

/**
 * TIG posts: their card with occupancy and registration, the list, and the links to the host's tutors. A new post
 * is not on the departmental list: only a registration decision puts it there.
 */
export class PostsService {
  constructor(private readonly ctx: CatalogueContext) {}

  async get(id: string): Promise<Post> {
    const row = await postSelect(this.ctx.knex, this.filtered({}).where('po.id', id)).first();
    if (!row) throw notFound('Ce poste');
    const [post] = await toPosts(this.ctx.knex, [row], this.ctx.today);
    return post!;
  }

  async list(filters: PostFilters, offset: number, limit: number): Promise<{ items: Post[]; total: number }> {
    const base = this.filtered(filters);
    const total = await base.clone().count({ n: '*' }).first();
    // Page the ids first: the card's columns (occupancy subquery included) are then computed for this page only.
    const ids = (await base
      .clone()
      .orderByRaw('po.title COLLATE NOCASE, po.id')
      .offset(offset)
      .limit(limit)
      .pluck('po.id')) as string[];
    const rows: Row[] =
      ids.length === 0 ? [] : await postSelect(this.ctx.knex, this.filtered({}).whereIn('po.id', ids));
    const order = new Map(ids.map((id, index) => [id, index]));
    rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return { items: await toPosts(this.ctx.knex, rows, this.ctx.today), total: Number(total?.n ?? 0) };
  }

  async create(fields: PostFields): Promise<Post> {
    await this.assertHost(fields.hostId, 'hostId');
    await this.assertTutors(fields.hostId, fields.tutorIds, 'tutorIds');
    const id = uuidv7();
    await this.ctx.knex.transaction(async (trx) => {
      await this.ctx.stores.posts.insert(
        trx,
        { id, ...postColumns(fields), registered: false, created_at: this.ctx.at },
        this.ctx.at,
      );
      await this.linkTutors(trx, id, fields.tutorIds);
    });
    return this.get(id);
  }

  async update(id: string, fields: PostFields): Promise<Post> {
    const current = await this.get(id);
    if (fields.hostId !== current.hostId)
      throw conflict('Un poste ne peut pas changer de structure : créez un nouveau poste.', 'post.hostId');
    await this.assertTutors(fields.hostId, fields.tutorIds, 'post.tutorIds');
    if (fields.places < current.occupied) {
      throw conflict(
        `${current.occupied} personnes sont affectées à ce poste : il lui faut au moins ${current.occupied} places.`,
        'post.places',
      );
    }
    await this.ctx.knex.transaction(async (trx) => {
      await this.ctx.stores.posts.update(trx, id, postColumns(fields), this.ctx.at);
      await this.linkTutors(trx, id, fields.tutorIds);
      // The post's risks decide whether the people placed there need a medical examination.
      await refreshMeasureFacts(trx, { postId: id });
    });
    return this.get(id);
  }

  /** Non-deleted posts joined to their host (aliases po and h), shared with the CSV export. */
  filtered(filters: PostFilters): Knex.QueryBuilder {
    let q = this.ctx.knex('posts as po').join('hosts as h', 'h.id', 'po.host_id').whereNull('po.deleted_at');
    const like = likePattern(filters.query);
    if (like)
      q = q.where((w) =>
        w.where('po.title', 'like', like).orWhere('po.city', 'like', like).orWhere('h.name', 'like', like),
      );
    if (filters.hostId) q = q.where('po.host_id', filters.hostId);
    if (filters.category) q = q.where('po.category', filters.category);
    if (filters.registered !== undefined) q = q.where('po.registered', filters.registered);
    if (filters.departement) q = q.where('po.departement', filters.departement.toUpperCase());
    if (filters.freeOnly) q = q.whereRaw(`po.places > ${OCCUPIED_SQL}`);
    return q;
  }

  private async assertHost(hostId: string, path: string): Promise<void> {
    const host = await this.ctx.knex('hosts').where({ id: hostId }).whereNull('deleted_at').first('id');
    if (!host) throw notFound('Cette structure', path);
  }

  /** Tutors of a post must belong to its host. */
  private async assertTutors(hostId: string, tutorIds: readonly string[], path: string): Promise<void> {
    if (tutorIds.length === 0) return;
    const found = await this.ctx
      .knex('tutors')
      .whereIn('id', [...new Set(tutorIds)])
      .whereNull('deleted_at')
      .select('id', 'host_id');
    const ok = new Set(found.filter((t) => t.host_id === hostId).map((t) => t.id as string));
    const index = tutorIds.findIndex((tid) => !ok.has(tid));
    if (index >= 0) throw invalid(`${path}.${index}`, 'Ce tuteur n’appartient pas à la structure du poste.');
  }

  /** Replaces the post's tutor links; the new set is recorded as a change of the post (`tutor_ids`). */
  private async linkTutors(trx: Knex.Transaction, postId: string, tutorIds: readonly string[]): Promise<void> {
    const wanted = [...new Set(tutorIds)].sort();
    const existing = ((await trx('post_tutors').where({ post_id: postId }).pluck('tutor_id')) as string[]).sort();
    if (wanted.join() === existing.join()) return;
    await trx('post_tutors').where({ post_id: postId }).whereNotIn('tutor_id', wanted).delete();
    const added = wanted.filter((tid) => !existing.includes(tid));
    if (added.length > 0)
      await trx('post_tutors').insert(added.map((tutorId) => ({ post_id: postId, tutor_id: tutorId })));
    await appendChange(trx, this.ctx.deviceId, {
      entity: 'post',
      entityId: postId,
      op: 'update',
      fields: { tutor_ids: wanted },
      at: this.ctx.at,
    });
  }
}
