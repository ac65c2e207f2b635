import { dataPaths } from '@core/data-paths';
import { Keyring } from '@core/crypto/keyring';
import { openDatabase } from '@core/db/open-database';
import { uuidv7 } from '@core/util/uuid7';
import { TEST_KDF } from './test-core';

export interface SeededPost {
  hostId: string;
  postId: string;
  /** The post's registered tutor, Marc Roux. */
  tutorId: string;
}

/**
 * Writes a host and a post straight into the test database (through a second connection, as the catalogue
 * screens will later do through their own service).
 */
export async function seedPost(
  dataDir: string,
  credentials: { username: string; passphrase: string },
  post: Partial<{
    title: string;
    places: number;
    openToMinors: boolean;
    registered: boolean;
    habilitated: boolean;
    nightWork: boolean;
  }> = {},
): Promise<SeededPost> {
  const paths = dataPaths(dataDir);
  const key = await Keyring.load(paths.keyring, TEST_KDF).unlockWithPassphrase(
    credentials.username,
    credentials.passphrase,
  );
  if (!key) throw new Error('cannot unlock the test database');
  const db = await openDatabase(paths.database, key);
  const at = new Date().toISOString();
  const hostId = uuidv7();
  const postId = uuidv7();
  const tutorId = uuidv7();
  try {
    await db.knex('hosts').insert({
      id: hostId,
      name: 'Mairie de Bègles',
      kind: 'collectivite',
      city: 'Bègles',
      postal_code: '33130',
      habilitated: post.habilitated ?? true,
      created_at: at,
      updated_at: at,
    });
    await db.knex('posts').insert({
      id: postId,
      host_id: hostId,
      title: post.title ?? 'Entretien des espaces verts',
      category: 'espaces_verts',
      street: '77 rue Calixte-Camelle',
      postal_code: '33130',
      city: 'Bègles',
      latitude: 44.808,
      longitude: -0.548,
      places: post.places ?? 2,
      schedule: JSON.stringify(['mon_morning', 'sat_morning']),
      open_to_minors: post.openToMinors ?? false,
      night_work: post.nightWork ?? false,
      registered: post.registered ?? true,
      active: true,
      created_at: at,
      updated_at: at,
    });
    await db.knex('tutors').insert({
      id: tutorId,
      host_id: hostId,
      last_name: 'Roux',
      first_name: 'Marc',
      birth_date: '1970-03-02',
      birth_place: 'Talence',
      role: 'Responsable des espaces verts',
      created_at: at,
      updated_at: at,
    });
    await db.knex('post_tutors').insert({ post_id: postId, tutor_id: tutorId });
  } finally {
    await db.close();
  }
  return { hostId, postId, tutorId };
}

export interface PostSeed {
  title: string;
  latitude: number;
  longitude: number;
  category?: string;
  schedule?: string[];
  places?: number;
  registered?: boolean;
  drivingLicenceRequired?: boolean;
  openToMinors?: boolean;
  publicTransport?: boolean;
  usefulSkills?: string[];
}

/**
 * Several posts of one habilitated host, each with a tutor, written through a second connection; returns their ids
 * by title, and each post's tutor under "<title> (tuteur)".
 */
export async function seedPosts(
  dataDir: string,
  credentials: { username: string; passphrase: string },
  posts: PostSeed[],
): Promise<Record<string, string>> {
  const paths = dataPaths(dataDir);
  const key = await Keyring.load(paths.keyring, TEST_KDF).unlockWithPassphrase(
    credentials.username,
    credentials.passphrase,
  );
  if (!key) throw new Error('cannot unlock the test database');
  const db = await openDatabase(paths.database, key);
  const at = new Date().toISOString();
  const hostId = uuidv7();
  const ids: Record<string, string> = {};
  try {
    await db.knex('hosts').insert({
      id: hostId,
      name: 'Ville de Bordeaux',
      kind: 'collectivite',
      city: 'Bordeaux',
      postal_code: '33000',
      habilitated: true,
      created_at: at,
      updated_at: at,
    });
    for (const post of posts) {
      const id = uuidv7();
      ids[post.title] = id;
      await db.knex('posts').insert({
        id,
        host_id: hostId,
        title: post.title,
        category: post.category ?? 'espaces_verts',
        city: 'Bordeaux',
        postal_code: '33000',
        latitude: post.latitude,
        longitude: post.longitude,
        places: post.places ?? 1,
        schedule: JSON.stringify(post.schedule ?? []),
        registered: post.registered ?? true,
        active: true,
        driving_licence_required: post.drivingLicenceRequired ?? false,
        open_to_minors: post.openToMinors ?? false,
        public_transport: post.publicTransport ?? false,
        useful_skills: JSON.stringify(post.usefulSkills ?? []),
        created_at: at,
        updated_at: at,
      });
      const tutorId = uuidv7();
      ids[`${post.title} (tuteur)`] = tutorId;
      await db.knex('tutors').insert({
        id: tutorId,
        host_id: hostId,
        last_name: 'Roux',
        first_name: 'Marc',
        created_at: at,
        updated_at: at,
      });
      await db.knex('post_tutors').insert({ post_id: id, tutor_id: tutorId });
    }
  } finally {
    await db.close();
  }
  return ids;
}
