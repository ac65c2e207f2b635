import type { OffenceCategory } from '../measure-types';
import { OFFENCE_CATEGORY_LABELS } from '../measure-types';
import { slotLabel, type WeeklySlot, WEEKLY_SLOTS } from '../weekly-slots';
import { formatDistance, haversineKm } from './geo-distance';
import {
  PHYSICAL_DEMAND_LABELS,
  POST_CATEGORY_LABELS,
  type PhysicalDemand,
  type PostCategory,
} from './post-categories';

export interface MatchPerson {
  latitude: number | null;
  longitude: number | null;
  availability: readonly WeeklySlot[];
  drivingLicence: boolean;
  skills: readonly string[];
  preferredCategories: readonly PostCategory[];
  physicalLimits: readonly PhysicalDemand[];
  minor: boolean;
  disabledWorker: boolean;
  offenceCategory: OffenceCategory;
}

export interface MatchPost {
  id: string;
  latitude: number | null;
  longitude: number | null;
  category: PostCategory;
  schedule: readonly WeeklySlot[];
  openToMinors: boolean;
  drivingLicenceRequired: boolean;
  physicalRequirements: readonly PhysicalDemand[];
  excludedOffences: readonly OffenceCategory[];
  usefulSkills: readonly string[];
  pmrAccessible: boolean;
  publicTransport: boolean;
  active: boolean;
  registered: boolean;
  hostHabilitated: boolean;
  placesFree: number;
}

export type Evaluation =
  | { eligible: true; score: number; distanceKm: number | null; reasons: string[] }
  | { eligible: false; distanceKm: number | null; reasons: string[] };

/** Points of each criterion; the total is at most 100. */
export const SCORE_WEIGHTS = { distance: 40, schedule: 30, category: 15, skills: 10, access: 5 } as const;
/** Distance at which the distance points fall to zero. */
export const DISTANCE_ZERO_KM = 40;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** The distance of a post beyond the limit, with one more digit when rounding would show it equal to the limit. */
function beyond(km: number, limit: string): string {
  const shown = formatDistance(km);
  if (shown !== limit) return shown;
  if (km < 1) return `${Math.round(km * 1000)} m`;
  const oneDigit = km.toFixed(1);
  return `${(km >= 10 && !oneDigit.endsWith('.0') ? oneDigit : km.toFixed(2)).replace('.', ',')} km`;
}

/**
 * Whether a post can receive the person (hard rules, each failure explained) and, if so, its score and the reasons
 * for it, in the order an officer reads them: distance, schedule, wishes, skills, access.
 */
export function evaluatePost(person: MatchPerson, post: MatchPost, maxDistanceKm: number | null = null): Evaluation {
  const distanceKm =
    person.latitude !== null && person.longitude !== null && post.latitude !== null && post.longitude !== null
      ? haversineKm(person.latitude, person.longitude, post.latitude, post.longitude)
      : null;
  const excluded: string[] = [];
  if (!post.active) excluded.push('poste fermé');
  if (!post.registered) excluded.push('poste non inscrit sur la liste départementale');
  if (!post.hostHabilitated) excluded.push('structure non habilitée');
  if (post.placesFree <= 0) excluded.push('aucune place libre');
  if (person.minor && !post.openToMinors) excluded.push('poste non ouvert aux mineurs');
  if (post.excludedOffences.includes(person.offenceCategory)) {
    excluded.push(
      `poste exclu pour cette infraction (${OFFENCE_CATEGORY_LABELS[person.offenceCategory].toLowerCase()})`,
    );
  }
  if (post.drivingLicenceRequired && !person.drivingLicence) excluded.push('permis de conduire exigé');
  for (const demand of post.physicalRequirements) {
    if (person.physicalLimits.includes(demand))
      excluded.push(`${PHYSICAL_DEMAND_LABELS[demand]} incompatible avec les restrictions de santé`);
  }
  if (maxDistanceKm !== null && distanceKm !== null && distanceKm > maxDistanceKm) {
    const limit = formatDistance(maxDistanceKm);
    excluded.push(`à ${beyond(distanceKm, limit)}, au-delà de ${limit}`);
  }
  if (excluded.length > 0) return { eligible: false, distanceKm, reasons: excluded };

  const reasons: string[] = [];
  let score = 0;
  if (distanceKm === null) {
    reasons.push('distance inconnue (adresse non localisée)');
  } else {
    score += SCORE_WEIGHTS.distance * Math.max(0, 1 - distanceKm / DISTANCE_ZERO_KM);
    reasons.push(formatDistance(distanceKm));
  }
  if (post.schedule.length === 0) {
    score += SCORE_WEIGHTS.schedule / 3;
    reasons.push('horaires à convenir avec la structure');
  } else if (person.availability.length === 0) {
    score += SCORE_WEIGHTS.schedule / 3;
    reasons.push('disponibilités de la personne non renseignées');
  } else {
    const available = new Set(person.availability);
    const common = WEEKLY_SLOTS.filter((slot) => post.schedule.includes(slot) && available.has(slot));
    if (common.length === 0) {
      reasons.push('aucun créneau commun');
    } else {
      score += SCORE_WEIGHTS.schedule * (0.5 + 0.5 * Math.min(1, common.length / Math.min(post.schedule.length, 4)));
      const shown = common.slice(0, 2).map(slotLabel).join(', ');
      reasons.push(
        `${shown}${common.length > 2 ? ` (+${common.length - 2})` : ''} compatible${common.length > 1 ? 's' : ''}`,
      );
    }
  }
  if (person.preferredCategories.includes(post.category)) {
    score += SCORE_WEIGHTS.category;
    reasons.push(`catégorie souhaitée (${POST_CATEGORY_LABELS[post.category].toLowerCase()})`);
  }
  const wanted = new Set(post.usefulSkills.map(fold));
  const matchingSkill = person.skills.find((skill) => wanted.has(fold(skill)));
  if (matchingSkill) {
    score += SCORE_WEIGHTS.skills;
    reasons.push(`compétence : ${matchingSkill}`);
  }
  if (!person.drivingLicence && post.publicTransport) {
    score += SCORE_WEIGHTS.access;
    reasons.push('transports en commun à proximité');
  } else if (person.disabledWorker && post.pmrAccessible) {
    score += SCORE_WEIGHTS.access;
    reasons.push('accessible aux personnes à mobilité réduite');
  }
  return { eligible: true, score: Math.round(score * 10) / 10, distanceKm, reasons };
}

export interface Ranked {
  post: MatchPost;
  score: number;
  distanceKm: number | null;
  reasons: string[];
}

/** Best posts first (score, then distance, then id for a stable order) and, separately, the excluded ones. */
export function rankPosts(
  person: MatchPerson,
  posts: readonly MatchPost[],
  limit: number,
  maxDistanceKm: number | null = null,
) {
  const eligible: Ranked[] = [];
  const excluded: Array<{ post: MatchPost; distanceKm: number | null; reasons: string[] }> = [];
  for (const post of posts) {
    const evaluation = evaluatePost(person, post, maxDistanceKm);
    if (evaluation.eligible)
      eligible.push({ post, score: evaluation.score, distanceKm: evaluation.distanceKm, reasons: evaluation.reasons });
    else excluded.push({ post, distanceKm: evaluation.distanceKm, reasons: evaluation.reasons });
  }
  eligible.sort(
    (a, b) =>
      b.score - a.score || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || (a.post.id < b.post.id ? -1 : 1),
  );
  return { suggestions: eligible.slice(0, limit), eligibleCount: eligible.length, excluded };
}
