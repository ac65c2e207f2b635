import type { WeeklySlot } from '@shared/domain/weekly-slots';
import type { LocalDate } from '@shared/domain/local-date';
import { habilitatedUntil } from '@shared/domain/catalogue/habilitation-cover';
import type { PhysicalDemand } from '@shared/domain/catalogue/post-categories';
import type { OffenceCategory } from '@shared/domain/measure-types';
import type { Catalogue, PostRef } from './demo-catalogue';
import type { SeededRandom } from './seeded-random';

/** What the person and the measure ask of a post. */
export interface PlacementNeed {
  /** Under 18 on the start date (minor status follows age on the date, not the measure type). */
  minor: boolean;
  start: LocalDate;
  drivingLicence: boolean;
  /** A placement still running: the post must be placeable today and have a free place. */
  active: boolean;
  offenceCategory: OffenceCategory;
  physicalLimits: readonly PhysicalDemand[];
}

/**
 * Chooses posts for placements the way an officer would: in the person's département, with a tutor and a host
 * habilitated on the start date, open to minors for a person under 18 on that date,
 * no driving licence asked of someone without one, no exclusion of the measure's offence, no physical demand the
 * person cannot meet; for a placement still running, a post placeable today (active, registered, host habilitated)
 * with a free place (occupancy is tracked so that active placements never exceed a post's places); for an ended
 * one, a post that was on the departmental list at some point.
 */
export class PostPicker {
  private readonly occupied = new Map<string, number>();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly random: SeededRandom,
  ) {}

  private fits(post: PostRef, need: PlacementNeed): boolean {
    if (need.minor && !post.openToMinors) return false;
    // The tutor is one of the post's; the host's habilitation covers the start date.
    if (post.tutors.length === 0) return false;
    if (post.habilitation && habilitatedUntil(post.habilitation, need.start) === undefined) return false;
    if (post.drivingLicenceRequired && !need.drivingLicence) return false;
    if (post.excludedOffences.includes(need.offenceCategory)) return false;
    if (need.physicalLimits.length > 0 && post.physicalRequirements.some((d) => need.physicalLimits.includes(d)))
      return false;
    if (need.active) return post.placeable && (this.occupied.get(post.id) ?? 0) < post.places;
    return post.everRegistered;
  }

  /** A suitable post, preferring the person's département; null only when no post anywhere fits. */
  pick(depCode: string, need: PlacementNeed): PostRef | null {
    const local = this.catalogue.byDepartement.get(depCode) ?? [];
    let chosen: PostRef | null = null;
    for (let attempt = 0; attempt < 12 && local.length > 0 && !chosen; attempt++) {
      const post = this.random.pick(local);
      if (this.fits(post, need)) chosen = post;
    }
    if (!chosen) chosen = local.find((p) => this.fits(p, need)) ?? null;
    if (!chosen) {
      const all = this.catalogue.refs;
      const offset = this.random.int(0, all.length - 1);
      for (let i = 0; i < all.length && !chosen; i++) {
        const post = all[(offset + i) % all.length]!;
        if (this.fits(post, need)) chosen = post;
      }
    }
    if (chosen && need.active) this.occupied.set(chosen.id, (this.occupied.get(chosen.id) ?? 0) + 1);
    return chosen;
  }

  activeCount(postId: string): number {
    return this.occupied.get(postId) ?? 0;
  }
}

/**
 * The slots agreed for the placement: where the post's schedule meets the person's availability. A minor gets no
 * evening and no Sunday slot (src-shared/domain/working-time), weekday mornings when the post has nothing else.
 */
export function placementSchedule(
  post: PostRef,
  availability: readonly WeeklySlot[],
  minor = false,
): { slots: WeeklySlot[]; note: string | null } {
  const free = new Set(availability);
  const open = minor ? post.slots.filter((slot) => !slot.endsWith('_evening') && !slot.startsWith('sun_')) : post.slots;
  const common = open.filter((slot) => free.has(slot));
  if (common.length > 0) return { slots: common.slice(0, 6), note: null };
  return {
    slots: open.length > 0 ? open.slice(0, 2) : ['wed_morning', 'sat_morning'],
    note: 'Horaires à ajuster avec le tuteur selon les contraintes de la personne.',
  };
}
