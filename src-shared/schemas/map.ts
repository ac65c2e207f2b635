import { z } from 'zod';
import { idSchema } from './common';
import { POST_CATEGORIES } from '../domain/catalogue/post-categories';
import { WEEKLY_SLOTS } from '../domain/weekly-slots';

/** Schedule filters of the map: a post matches when it offers at least one slot of any chosen kind. */
export const SCHEDULE_FILTERS = ['weekday', 'evening', 'saturday', 'sunday'] as const;
export type ScheduleFilter = (typeof SCHEDULE_FILTERS)[number];
export const SCHEDULE_FILTER_LABELS: Record<ScheduleFilter, string> = {
  weekday: 'En semaine (journée)',
  evening: 'En soirée',
  saturday: 'Le samedi',
  sunday: 'Le dimanche',
};

export const nearSchema = z
  .object({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    radiusKm: z
      .number()
      .min(0.5, { message: 'Rayon d’au moins 500 m.' })
      .max(300, { message: 'Rayon de 300 km au plus.' }),
  })
  .strict();

export const mapFiltersSchema = z
  .object({
    categories: z.array(z.enum(POST_CATEGORIES)).max(12).optional(),
    schedule: z.array(z.enum(SCHEDULE_FILTERS)).max(4).optional(),
    openToMinors: z.boolean().optional(),
    pmrAccessible: z.boolean().optional(),
    publicTransport: z.boolean().optional(),
    freeNow: z.boolean().optional(),
    near: nearSchema.optional(),
    query: z.string().trim().max(200).optional(),
  })
  .strict();
export type MapFilters = z.output<typeof mapFiltersSchema>;

export const boundsSchema = z
  .object({
    south: z.number().min(-90).max(90),
    west: z.number().min(-180).max(180),
    north: z.number().min(-90).max(90),
    east: z.number().min(-180).max(180),
  })
  .strict()
  .refine((b) => b.north >= b.south, { message: 'Emprise invalide.' });

/** A compact point per post for clustering: [id, latitude, longitude, category index in POST_CATEGORIES, free places]. */
export const mapPointsOutput = z.object({
  points: z.array(z.tuple([z.string(), z.number(), z.number(), z.number().int(), z.number().int()])),
  total: z.number().int(),
});

export const postSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  hostName: z.string(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  category: z.enum(POST_CATEGORIES),
  places: z.number().int(),
  placesFree: z.number().int(),
  schedule: z.array(z.enum(WEEKLY_SLOTS)),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  distanceKm: z.number().nullable(),
  openToMinors: z.boolean(),
  pmrAccessible: z.boolean(),
  publicTransport: z.boolean(),
});
export type PostSummary = z.infer<typeof postSummarySchema>;

export const mapListInput = z
  .object({
    filters: mapFiltersSchema.default({}),
    bounds: boundsSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export const mapListOutput = z.object({ items: z.array(postSummarySchema), total: z.number().int() });

export const suggestInput = z
  .object({
    measureId: idSchema,
    limit: z.number().int().min(1).max(50).default(20),
    maxDistanceKm: z
      .number()
      .min(1)
      .max(300)
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    filters: mapFiltersSchema.omit({ near: true }).default({}),
    includeExcluded: z.boolean().default(false),
  })
  .strict();

export const suggestOutput = z.object({
  origin: z.object({ latitude: z.number(), longitude: z.number(), label: z.string() }).nullable(),
  suggestions: z.array(z.object({ post: postSummarySchema, score: z.number(), reasons: z.array(z.string()) })),
  eligibleCount: z.number().int(),
  excluded: z.array(z.object({ post: postSummarySchema, reasons: z.array(z.string()) })),
});
export type SuggestResult = z.infer<typeof suggestOutput>;
