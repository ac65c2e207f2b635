import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { seedPosts } from '../support/seed-catalogue';

const PASS = 'phrase de passe commune';
// Bègles town hall; the posts are placed at known distances from it.
const HOME = { latitude: 44.8086, longitude: -0.5478 };
const kmNorth = (km: number) => HOME.latitude + km / 111.2;

describe('map and explained matching through the router', () => {
  const temp = makeTempDir();
  let t: TestCore;
  let posts: Record<string, string>;
  let measureId: string;

  beforeAll(async () => {
    t = await openTestCore(temp.dir, new FakeClock(Date.parse('2026-11-23T09:00:00Z')));
    await setupAdmin(t);
    await t.ok('users.create', { username: 'paul', displayName: 'Paul Durand', role: 'cpip', passphrase: PASS });
    posts = await seedPosts(temp.dir, ADMIN, [
      {
        title: 'Jardins du parc',
        latitude: kmNorth(2),
        longitude: HOME.longitude,
        schedule: ['sat_morning'],
        category: 'espaces_verts',
        publicTransport: true,
      },
      {
        title: 'Archives municipales',
        latitude: kmNorth(4),
        longitude: HOME.longitude,
        schedule: ['mon_morning', 'tue_morning'],
        category: 'culture_patrimoine',
      },
      {
        title: 'Livraison de repas',
        latitude: kmNorth(5),
        longitude: HOME.longitude,
        schedule: ['sat_morning'],
        drivingLicenceRequired: true,
      },
      {
        title: 'Poste non inscrit',
        latitude: kmNorth(1),
        longitude: HOME.longitude,
        schedule: ['sat_morning'],
        registered: false,
      },
      {
        title: 'Ferme pédagogique',
        latitude: kmNorth(25),
        longitude: HOME.longitude,
        schedule: ['sat_morning', 'sun_morning'],
        usefulSkills: ['Jardinage'],
      },
      {
        title: 'Restaurant solidaire',
        latitude: kmNorth(6),
        longitude: HOME.longitude,
        schedule: ['sat_evening'],
        category: 'restauration_aide_alimentaire',
        places: 1,
      },
    ]);
    await t.ok('session.logout');
    await t.ok('session.login', { username: 'paul', passphrase: PASS });
    const registered = await t.ok('measures.register', {
      person: {
        lastName: 'Lefèvre',
        firstName: 'Zoé',
        birthDate: '1998-05-14',
        city: 'Bègles',
        postalCode: '33130',
        ...HOME,
        availability: ['sat_morning', 'sat_afternoon'],
        skills: ['jardinage'],
        preferredCategories: ['espaces_verts'],
      },
      measure: {
        type: 'tig',
        court: 'TJ Bordeaux',
        decisionDate: '2026-10-01',
        hoursOrdered: 70,
        deadline: '2028-04-01',
        offenceCategory: 'atteinte_biens',
      },
    });
    measureId = registered.measure.id;
    await t.ok('measures.recordConsent', { measureId, status: 'hearing', date: '2026-10-01' });
  });
  afterAll(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('ranks the eligible posts and says why', async () => {
    const result = await t.ok('matching.suggest', { measureId, includeExcluded: true });
    expect(result.origin).toMatchObject(HOME);
    expect(result.suggestions.map((s) => s.post.title)).toEqual([
      'Jardins du parc',
      'Ferme pédagogique',
      'Archives municipales',
      'Restaurant solidaire',
    ]);
    expect(result.suggestions[0]!.reasons).toEqual([
      '2,0 km',
      'samedi matin compatible',
      'catégorie souhaitée (espaces verts)',
      'transports en commun à proximité',
    ]);
    expect(result.suggestions[1]!.reasons).toContain('compétence : jardinage');
    expect(result.suggestions.find((s) => s.post.title === 'Archives municipales')!.reasons).toContain(
      'aucun créneau commun',
    );
    const excluded = Object.fromEntries(result.excluded.map((e) => [e.post.title, e.reasons]));
    expect(excluded).toEqual({
      'Poste non inscrit': ['poste non inscrit sur la liste départementale'],
      'Livraison de repas': ['permis de conduire exigé'],
    });
  });

  it('keeps only the posts within the chosen distance', async () => {
    const result = await t.ok('matching.suggest', { measureId, maxDistanceKm: 10 });
    expect(result.suggestions.map((s) => s.post.title)).not.toContain('Ferme pédagogique');
  });

  it('filters the map: Saturday posts within 10 km', async () => {
    const { points } = await t.ok('map.points', {
      filters: { schedule: ['saturday'], near: { ...HOME, radiusKm: 10 } },
    });
    expect(points.map((p) => p[0]).sort()).toEqual(
      [posts['Jardins du parc'], posts['Livraison de repas'], posts['Restaurant solidaire']].sort(),
    );
    const all = await t.ok('map.points', { filters: {} });
    expect(all.total).toBe(5);
    const list = await t.ok('map.list', {
      filters: { near: { ...HOME, radiusKm: 10 } },
      bounds: { south: HOME.latitude, west: -0.6, north: kmNorth(4.5), east: -0.5 },
    });
    expect(list.items.map((i) => [i.title, i.distanceKm])).toEqual([
      ['Jardins du parc', 2],
      ['Archives municipales', 4],
    ]);
  });

  it('places the person from a suggestion: the post loses its free place', async () => {
    const before = await t.ok('map.list', { filters: { query: 'Restaurant' } });
    expect(before.items[0]!.placesFree).toBe(1);
    await t.ok('placements.create', {
      measureId,
      postId: posts['Restaurant solidaire']!,
      tutorId: posts['Restaurant solidaire (tuteur)']!,
      startDate: '2026-11-23',
      hoursPlanned: 70,
    });
    const after = await t.ok('map.list', { filters: { query: 'Restaurant' } });
    expect(after.items[0]!.placesFree).toBe(0);
    expect((await t.ok('map.points', { filters: { freeNow: true } })).points.map((p) => p[0])).not.toContain(
      posts['Restaurant solidaire'],
    );
    const suggestions = await t.ok('matching.suggest', { measureId, includeExcluded: true });
    expect(suggestions.excluded.find((e) => e.post.title === 'Restaurant solidaire')?.reasons).toEqual([
      'aucune place libre',
    ]);
  });

  it('refuses bad filters with typed errors', async () => {
    expect((await t.fail('map.points', { filters: { schedule: ['mardi'] } })).code).toBe('VALIDATION');
    expect((await t.fail('map.list', { bounds: { south: 50, west: 0, north: 40, east: 1 } })).code).toBe('VALIDATION');
    expect((await t.fail('matching.suggest', { measureId, maxDistanceKm: 0 })).code).toBe('VALIDATION');
  });
});
