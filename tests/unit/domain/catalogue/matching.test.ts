import { describe, expect, it } from 'vitest';
import {
  DISTANCE_ZERO_KM,
  SCORE_WEIGHTS,
  evaluatePost,
  rankPosts,
  type Evaluation,
  type MatchPerson,
  type MatchPost,
} from '@shared/domain/catalogue/matching';
import { PHYSICAL_DEMANDS, POST_CATEGORIES } from '@shared/domain/catalogue/post-categories';
import { OFFENCE_CATEGORIES } from '@shared/domain/measure-types';
import { WEEKLY_SLOTS, type WeeklySlot } from '@shared/domain/weekly-slots';

/** Home of the person: Paris, place du Châtelet. Posts are placed due north of it, `km` away. */
const HOME = { latitude: 48.8578, longitude: 2.347 };
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;
const north = (km: number) => ({ latitude: HOME.latitude + km / KM_PER_DEGREE, longitude: HOME.longitude });

/** An adult with a licence, no wishes, skills, limits or availability: nothing adds points but distance. */
function person(overrides: Partial<MatchPerson> = {}): MatchPerson {
  return {
    ...HOME,
    availability: [],
    drivingLicence: true,
    skills: [],
    preferredCategories: [],
    physicalLimits: [],
    minor: false,
    disabledWorker: false,
    offenceCategory: 'atteinte_biens',
    ...overrides,
  };
}

/** An open, registered post of a habilitated host, 5 km away, with a free place and nothing special. */
function post(overrides: Partial<MatchPost> = {}): MatchPost {
  return {
    id: 'p1',
    ...north(5),
    category: 'espaces_verts',
    schedule: [],
    openToMinors: false,
    drivingLicenceRequired: false,
    physicalRequirements: [],
    excludedOffences: [],
    usefulSkills: [],
    pmrAccessible: false,
    publicTransport: false,
    active: true,
    registered: true,
    hostHabilitated: true,
    placesFree: 1,
    ...overrides,
  };
}

function eligible(evaluation: Evaluation) {
  if (!evaluation.eligible) throw new Error(`expected eligible, excluded for: ${evaluation.reasons.join('; ')}`);
  return evaluation;
}
const scoreOf = (p: MatchPerson, q: MatchPost) => eligible(evaluatePost(p, q)).score;

describe('weights', () => {
  it('add up to 100, and distance points fall to zero at 40 km', () => {
    expect(Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(DISTANCE_ZERO_KM).toBe(40);
  });
});

describe('evaluatePost: hard rules', () => {
  it('accepts the baseline post', () => {
    expect(evaluatePost(person(), post()).eligible).toBe(true);
  });

  it.each<[string, Partial<MatchPerson>, Partial<MatchPost>, string]>([
    ['closed post', {}, { active: false }, 'poste fermé'],
    ['post not on the departmental list', {}, { registered: false }, 'poste non inscrit sur la liste départementale'],
    ['host not habilitated', {}, { hostHabilitated: false }, 'structure non habilitée'],
    ['no free place', {}, { placesFree: 0 }, 'aucune place libre'],
    ['over-occupied post', {}, { placesFree: -2 }, 'aucune place libre'],
    ['minor on a post not open to minors', { minor: true }, { openToMinors: false }, 'poste non ouvert aux mineurs'],
    [
      'excluded offence',
      { offenceCategory: 'violences_intrafamiliales' },
      { excludedOffences: ['violences', 'violences_intrafamiliales'] },
      'poste exclu pour cette infraction (violences intrafamiliales)',
    ],
    [
      'excluded offence (sexual)',
      { offenceCategory: 'infractions_sexuelles' },
      { excludedOffences: ['infractions_sexuelles'] },
      'poste exclu pour cette infraction (infractions sexuelles)',
    ],
    ['licence required', { drivingLicence: false }, { drivingLicenceRequired: true }, 'permis de conduire exigé'],
    [
      'carrying loads vs limits',
      { physicalLimits: ['port_de_charges'] },
      { physicalRequirements: ['port_de_charges', 'travail_exterieur'] },
      'port de charges incompatible avec les restrictions de santé',
    ],
    [
      'heights vs limits',
      { physicalLimits: ['travail_en_hauteur', 'station_debout'] },
      { physicalRequirements: ['travail_en_hauteur'] },
      'travail en hauteur incompatible avec les restrictions de santé',
    ],
  ])('%s is excluded with its reason', (_case, who, what, reason) => {
    const evaluation = evaluatePost(person(who), post(what));
    expect(evaluation).toMatchObject({ eligible: false, reasons: [reason] });
    expect(evaluation).not.toHaveProperty('score');
    expect(evaluation.distanceKm).toBeCloseTo(5, 6);
  });

  it.each<[string, Partial<MatchPerson>, Partial<MatchPost>]>([
    ['a minor on a post open to minors', { minor: true }, { openToMinors: true }],
    ['an adult on a post closed to minors', { minor: false }, { openToMinors: false }],
    [
      'an offence other than the excluded ones',
      { offenceCategory: 'stupefiants' },
      { excludedOffences: ['violences', 'infractions_sexuelles'] },
    ],
    ['a licence holder on a post requiring one', { drivingLicence: true }, { drivingLicenceRequired: true }],
    [
      'a person without licence on a post not requiring one',
      { drivingLicence: false },
      { drivingLicenceRequired: false },
    ],
    [
      'limits the post does not demand',
      { physicalLimits: ['port_de_charges', 'travail_en_hauteur'] },
      { physicalRequirements: ['travail_exterieur', 'station_debout'] },
    ],
    ['a single free place', {}, { placesFree: 1 }],
  ])('accepts %s', (_case, who, what) => {
    expect(evaluatePost(person(who), post(what)).eligible).toBe(true);
  });

  it('lists every failed rule, in reading order', () => {
    const evaluation = evaluatePost(
      person({
        minor: true,
        drivingLicence: false,
        offenceCategory: 'violences',
        physicalLimits: ['port_de_charges', 'gestes_repetitifs'],
      }),
      post({
        active: false,
        registered: false,
        hostHabilitated: false,
        placesFree: 0,
        openToMinors: false,
        excludedOffences: ['violences'],
        drivingLicenceRequired: true,
        physicalRequirements: ['gestes_repetitifs', 'port_de_charges'],
        ...north(30),
      }),
      10,
    );
    expect(evaluation.reasons).toEqual([
      'poste fermé',
      'poste non inscrit sur la liste départementale',
      'structure non habilitée',
      'aucune place libre',
      'poste non ouvert aux mineurs',
      'poste exclu pour cette infraction (violences)',
      'permis de conduire exigé',
      'gestes répétitifs incompatible avec les restrictions de santé',
      'port de charges incompatible avec les restrictions de santé',
      'à 30 km, au-delà de 10 km',
    ]);
  });

  describe('maximum distance', () => {
    // A reason never reads "à 10 km, au-delà de 10 km" for a post at 10.4 km: the distance gets one more digit.
    it.each([
      [12, 10, 'à 12 km, au-delà de 10 km'],
      [10.4, 10, 'à 10,4 km, au-delà de 10 km'],
      [0.8, 0.5, 'à 800 m, au-delà de 500 m'],
      [5.1, 5, 'à 5,1 km, au-delà de 5,0 km'],
      [10.04, 10, 'à 10,04 km, au-delà de 10 km'],
      [0.5004, 0.5, 'à 500 m, au-delà de 500 m'],
      [0.5014, 0.5, 'à 501 m, au-delà de 500 m'],
    ])('excludes a post at %d km beyond %d km: "%s"', (km, max, reason) => {
      expect(evaluatePost(person(), post(north(km)), max)).toMatchObject({ eligible: false, reasons: [reason] });
    });

    it('keeps a post at or within the limit, and ignores the limit when none is given', () => {
      expect(evaluatePost(person(), post(north(9.99)), 10).eligible).toBe(true);
      expect(evaluatePost(person(), post(north(0)), 0).eligible).toBe(true);
      expect(evaluatePost(person(), post(north(300)), null).eligible).toBe(true);
      expect(evaluatePost(person(), post(north(300))).eligible).toBe(true);
    });

    it('cannot exclude a post whose distance is unknown', () => {
      const evaluation = eligible(evaluatePost(person({ latitude: null, longitude: null }), post(), 1));
      expect(evaluation.distanceKm).toBeNull();
    });
  });
});

describe('evaluatePost: score and reasons', () => {
  it('gives the distance points linearly down to zero at 40 km, and says the distance first', () => {
    const cases: Array<[number, number, string]> = [
      [0, 40 + 10, '0 m'],
      [0.8, 39.2 + 10, '800 m'],
      [4.2, 35.8 + 10, '4,2 km'],
      [12, 28 + 10, '12 km'],
      [20, 20 + 10, '20 km'],
      [40, 0 + 10, '40 km'],
      [120, 0 + 10, '120 km'],
    ];
    for (const [km, score, text] of cases) {
      const evaluation = eligible(evaluatePost(person(), post(north(km))));
      expect(evaluation.score).toBeCloseTo(score, 1);
      expect(evaluation.reasons[0]).toBe(text);
      expect(evaluation.distanceKm).toBeCloseTo(km, 6);
    }
  });

  it('ranks the nearer of two otherwise equal posts higher', () => {
    for (const [near, far] of [
      [0.3, 0.9],
      [2, 3],
      [9, 11],
      [30, 39],
    ] as Array<[number, number]>) {
      expect(scoreOf(person(), post(north(near)))).toBeGreaterThan(scoreOf(person(), post(north(far))));
    }
  });

  it('says "distance inconnue" and gives no distance points when either position is unknown', () => {
    for (const [who, what] of [
      [{ latitude: null, longitude: null }, {}],
      [{ latitude: 48.85, longitude: null }, {}],
      [{}, { latitude: null, longitude: null }],
      [{}, { latitude: null }],
    ] as Array<[Partial<MatchPerson>, Partial<MatchPost>]>) {
      const evaluation = eligible(evaluatePost(person(who), post(what)));
      expect(evaluation.distanceKm).toBeNull();
      expect(evaluation.reasons[0]).toBe('distance inconnue (adresse non localisée)');
      expect(evaluation.score).toBe(10);
    }
  });

  describe('schedule', () => {
    const at = (schedule: WeeklySlot[], availability: WeeklySlot[]) =>
      eligible(evaluatePost(person({ availability }), post({ ...north(40), schedule })));

    it('says "samedi matin compatible" for one common slot, with full points when it is the post\'s only slot', () => {
      const evaluation = at(['sat_morning'], ['sat_morning', 'sun_morning']);
      expect(evaluation.reasons).toEqual(['40 km', 'samedi matin compatible']);
      expect(evaluation.score).toBe(30);
    });

    it('uses the plural for two common slots, in week order', () => {
      expect(at(['sat_afternoon', 'sat_morning', 'mon_evening'], ['sat_afternoon', 'sat_morning']).reasons[1]).toBe(
        'samedi matin, samedi après-midi compatibles',
      );
    });

    it('shows two slots and counts the others beyond', () => {
      expect(at(['mon_morning', 'wed_morning', 'sat_morning', 'sun_morning'], [...WEEKLY_SLOTS]).reasons[1]).toBe(
        'lundi matin, mercredi matin (+2) compatibles',
      );
    });

    it.each<[WeeklySlot[], WeeklySlot[], number]>([
      [['sat_morning'], ['sat_morning'], 30],
      [['mon_morning', 'tue_morning'], ['mon_morning'], 22.5],
      [
        ['mon_morning', 'tue_morning', 'wed_morning', 'thu_morning', 'fri_morning', 'sat_morning'],
        ['mon_morning'],
        18.8,
      ],
      [
        ['mon_morning', 'tue_morning', 'wed_morning', 'thu_morning', 'fri_morning', 'sat_morning'],
        ['mon_morning', 'tue_morning'],
        22.5,
      ],
      [
        ['mon_morning', 'tue_morning', 'wed_morning', 'thu_morning', 'fri_morning', 'sat_morning'],
        ['mon_morning', 'tue_morning', 'wed_morning', 'thu_morning'],
        30,
      ],
      [
        ['mon_morning', 'tue_morning', 'wed_morning', 'thu_morning', 'fri_morning', 'sat_morning'],
        [...WEEKLY_SLOTS],
        30,
      ],
    ])('post %j, person %j → %d points', (schedule, availability, points) => {
      expect(at(schedule, availability).score).toBe(points);
    });

    it('gives no points and says so when there is no common slot; an overlap beats none', () => {
      const none = at(['sat_morning'], ['mon_morning']);
      expect(none.reasons[1]).toBe('aucun créneau commun');
      expect(none.score).toBe(0);
      expect(at(['sat_morning', 'mon_morning', 'tue_morning', 'wed_morning'], ['mon_morning']).score).toBeGreaterThan(
        none.score,
      );
    });

    it("gives a third of the points when the post's schedule or the person's availability is unknown", () => {
      expect(at([], ['sat_morning'])).toMatchObject({
        score: 10,
        reasons: ['40 km', 'horaires à convenir avec la structure'],
      });
      expect(at(['sat_morning'], [])).toMatchObject({
        score: 10,
        reasons: ['40 km', 'disponibilités de la personne non renseignées'],
      });
    });
  });

  it('adds 15 points for a preferred category, with its reason', () => {
    const plain = eligible(
      evaluatePost(person({ preferredCategories: ['sport'] }), post({ category: 'restauration_aide_alimentaire' })),
    );
    const wished = eligible(
      evaluatePost(
        person({ preferredCategories: ['sport', 'restauration_aide_alimentaire'] }),
        post({ category: 'restauration_aide_alimentaire' }),
      ),
    );
    expect(wished.score - plain.score).toBeCloseTo(15, 6);
    expect(wished.reasons).toContain('catégorie souhaitée (restauration et aide alimentaire)');
    expect(plain.reasons.some((r) => r.startsWith('catégorie souhaitée'))).toBe(false);
  });

  it("adds 10 points for a useful skill, once, matching without accents or case, and names the person's own wording", () => {
    const base = scoreOf(person(), post({ usefulSkills: ['electricite', 'plomberie'] }));
    const one = eligible(
      evaluatePost(
        person({ skills: ['Cuisine', 'Électricité'] }),
        post({ usefulSkills: ['electricite', 'plomberie'] }),
      ),
    );
    const two = eligible(
      evaluatePost(
        person({ skills: ['Plomberie', ' ÉLECTRICITÉ '] }),
        post({ usefulSkills: ['electricite', 'plomberie'] }),
      ),
    );
    expect(one.score - base).toBeCloseTo(10, 6);
    expect(two.score - base).toBeCloseTo(10, 6);
    expect(one.reasons).toContain('compétence : Électricité');
    expect(two.reasons).toContain('compétence : Plomberie');
    expect(scoreOf(person({ skills: ['maçonnerie'] }), post({ usefulSkills: ['electricite'] }))).toBe(base);
  });

  describe('access', () => {
    it('mentions public transport, with 5 points, only for a person without a licence', () => {
      const without = eligible(evaluatePost(person({ drivingLicence: false }), post({ publicTransport: true })));
      const withLicence = eligible(evaluatePost(person({ drivingLicence: true }), post({ publicTransport: true })));
      expect(without.reasons).toContain('transports en commun à proximité');
      expect(withLicence.reasons).not.toContain('transports en commun à proximité');
      expect(without.score - withLicence.score).toBeCloseTo(5, 6);
      expect(
        eligible(evaluatePost(person({ drivingLicence: false }), post({ publicTransport: false }))).reasons,
      ).not.toContain('transports en commun à proximité');
    });

    it('mentions PMR access for a disabled worker only', () => {
      expect(eligible(evaluatePost(person({ disabledWorker: true }), post({ pmrAccessible: true }))).reasons).toContain(
        'accessible aux personnes à mobilité réduite',
      );
      expect(
        eligible(evaluatePost(person({ disabledWorker: false }), post({ pmrAccessible: true }))).reasons,
      ).not.toContain('accessible aux personnes à mobilité réduite');
      expect(
        eligible(evaluatePost(person({ disabledWorker: true }), post({ pmrAccessible: false }))).reasons,
      ).not.toContain('accessible aux personnes à mobilité réduite');
    });

    it('gives the access points once even when both apply', () => {
      const both = eligible(
        evaluatePost(
          person({ drivingLicence: false, disabledWorker: true }),
          post({ publicTransport: true, pmrAccessible: true }),
        ),
      );
      const neither = eligible(evaluatePost(person({ drivingLicence: false, disabledWorker: true }), post()));
      expect(both.score - neither.score).toBeCloseTo(5, 6);
    });
  });

  it("scores 100 for a perfect post, in the officer's reading order", () => {
    const evaluation = eligible(
      evaluatePost(
        person({
          drivingLicence: false,
          availability: ['sat_morning'],
          preferredCategories: ['animation'],
          skills: ['Animation'],
        }),
        post({
          ...HOME,
          schedule: ['sat_morning'],
          category: 'animation',
          usefulSkills: ['animation'],
          publicTransport: true,
        }),
      ),
    );
    expect(evaluation.score).toBe(100);
    expect(evaluation.reasons).toEqual([
      '0 m',
      'samedi matin compatible',
      'catégorie souhaitée (animation)',
      'compétence : Animation',
      'transports en commun à proximité',
    ]);
  });

  it('never scores above 100 nor below 0, and rounds to a tenth', () => {
    let checked = 0;
    for (const km of [0, 0.01, 3.33, 17, 41]) {
      for (const availability of [[], ['sat_morning'], [...WEEKLY_SLOTS]] as WeeklySlot[][]) {
        for (const schedule of [
          [],
          ['sat_morning'],
          ['sat_morning', 'sun_morning', 'mon_evening', 'tue_evening', 'wed_evening'],
        ] as WeeklySlot[][]) {
          for (const drivingLicence of [true, false]) {
            const evaluation = eligible(
              evaluatePost(
                person({
                  availability,
                  drivingLicence,
                  disabledWorker: true,
                  preferredCategories: [...POST_CATEGORIES],
                  skills: ['a', 'b'],
                }),
                post({ ...north(km), schedule, usefulSkills: ['A', 'B'], pmrAccessible: true, publicTransport: true }),
              ),
            );
            expect(evaluation.score).toBeLessThanOrEqual(100);
            expect(evaluation.score).toBeGreaterThanOrEqual(0);
            expect(Math.round(evaluation.score * 10) / 10).toBe(evaluation.score);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(90);
  });
});

describe('rankPosts', () => {
  const posts = [
    post({ id: 'far', ...north(30) }),
    post({ id: 'near', ...north(2) }),
    post({ id: 'closed', active: false, ...north(1) }),
    post({ id: 'mid', ...north(10) }),
    post({ id: 'full', placesFree: 0 }),
    post({ id: 'unknown', latitude: null, longitude: null }),
  ];

  it('puts the best first and reports the excluded ones with their reasons', () => {
    const { suggestions, eligibleCount, excluded } = rankPosts(person(), posts, 10);
    expect(suggestions.map((s) => s.post.id)).toEqual(['near', 'mid', 'far', 'unknown']);
    expect(eligibleCount).toBe(4);
    expect(excluded.map((e) => [e.post.id, e.reasons])).toEqual([
      ['closed', ['poste fermé']],
      ['full', ['aucune place libre']],
    ]);
    expect(suggestions[0]!.reasons[0]).toBe('2,0 km');
    expect(suggestions[0]!.score).toBeGreaterThan(suggestions[1]!.score);
  });

  it('cuts to the limit but counts every eligible post', () => {
    const { suggestions, eligibleCount } = rankPosts(person(), posts, 2);
    expect(suggestions.map((s) => s.post.id)).toEqual(['near', 'mid']);
    expect(eligibleCount).toBe(4);
    expect(rankPosts(person(), posts, 0).suggestions).toEqual([]);
    expect(rankPosts(person(), [], 20)).toEqual({ suggestions: [], eligibleCount: 0, excluded: [] });
  });

  it('applies the maximum distance as an exclusion', () => {
    const { suggestions, excluded } = rankPosts(person(), posts, 10, 15);
    expect(suggestions.map((s) => s.post.id)).toEqual(['near', 'mid', 'unknown']);
    expect(excluded.find((e) => e.post.id === 'far')?.reasons).toEqual(['à 30 km, au-delà de 15 km']);
  });

  it('breaks ties by distance, then by id, whatever the input order', () => {
    // Beyond 40 km every post has 0 distance points: same score, nearer first.
    const beyond = [post({ id: 'b', ...north(60) }), post({ id: 'a', ...north(50) }), post({ id: 'c', ...north(45) })];
    expect(rankPosts(person(), beyond, 10).suggestions.map((s) => s.post.id)).toEqual(['c', 'a', 'b']);
    const same = ['d', 'b', 'e', 'a', 'c'].map((id) => post({ id, ...north(3) }));
    const expected = ['a', 'b', 'c', 'd', 'e'];
    expect(rankPosts(person(), same, 10).suggestions.map((s) => s.post.id)).toEqual(expected);
    expect(rankPosts(person(), [...same].reverse(), 10).suggestions.map((s) => s.post.id)).toEqual(expected);
    const unknown = ['z', 'y', 'x'].map((id) => post({ id, latitude: null, longitude: null }));
    expect(
      rankPosts(person(), [...unknown, post({ id: 'w', ...north(45) })], 10).suggestions.map((s) => s.post.id),
    ).toEqual(['w', 'x', 'y', 'z']);
  });

  it('lets a better schedule and a wished category outweigh a few kilometres', () => {
    const who = person({ availability: ['sat_morning'], preferredCategories: ['sport'] });
    const nearButNoSlot = post({ id: 'near', ...north(1), schedule: ['mon_morning'] });
    const fartherMatching = post({ id: 'farther', ...north(8), schedule: ['sat_morning'], category: 'sport' });
    const ranked = rankPosts(who, [nearButNoSlot, fartherMatching], 5).suggestions;
    expect(ranked.map((s) => s.post.id)).toEqual(['farther', 'near']);
    expect(ranked[0]!.reasons).toEqual(['8,0 km', 'samedi matin compatible', 'catégorie souhaitée (sport)']);
  });

  it('excludes for every offence category a post lists, and no other', () => {
    for (const offence of OFFENCE_CATEGORIES) {
      const { suggestions, excluded } = rankPosts(
        person({ offenceCategory: offence }),
        [
          post({ id: 'x', excludedOffences: [offence] }),
          post({ id: 'y', excludedOffences: OFFENCE_CATEGORIES.filter((o) => o !== offence) }),
        ],
        5,
      );
      expect(excluded.map((e) => e.post.id)).toEqual(['x']);
      expect(suggestions.map((s) => s.post.id)).toEqual(['y']);
    }
  });

  it('excludes for every physical demand the person cannot meet', () => {
    for (const demand of PHYSICAL_DEMANDS) {
      expect(
        evaluatePost(person({ physicalLimits: [demand] }), post({ physicalRequirements: [demand] })).eligible,
      ).toBe(false);
      expect(
        evaluatePost(
          person({ physicalLimits: PHYSICAL_DEMANDS.filter((d) => d !== demand) }),
          post({ physicalRequirements: [demand] }),
        ).eligible,
      ).toBe(true);
    }
  });
});
