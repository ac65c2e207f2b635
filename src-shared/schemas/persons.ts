import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { isValidLocalDate } from '../domain/local-date';
import { WEEKLY_SLOTS } from '../domain/weekly-slots';
import { PHYSICAL_DEMANDS, POST_CATEGORIES } from '../domain/catalogue/post-categories';

export const localDateSchema = z
  .string({ message: 'Date obligatoire.' })
  .refine(isValidLocalDate, { message: 'Date invalide (jj/mm/aaaa).' });

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} : ${max} caractères au plus.` })
    .optional()
    .transform((value) => (value ? value : null))
    .or(z.null());

export const SITUATIONS = [
  'emploi',
  'recherche_emploi',
  'formation',
  'scolarite',
  'sans_activite',
  'retraite',
  'invalidite',
] as const;
export const SITUATION_LABELS: Record<(typeof SITUATIONS)[number], string> = {
  emploi: 'En emploi',
  recherche_emploi: 'En recherche d’emploi',
  formation: 'En formation',
  scolarite: 'Scolarisé',
  sans_activite: 'Sans activité',
  retraite: 'Retraité',
  invalidite: 'Invalidité',
};

const nameSchema = (label: string) =>
  z
    .string({ message: `${label} obligatoire.` })
    .trim()
    .min(1, { message: `${label} obligatoire.` })
    .max(200, { message: `${label} : 200 caractères au plus.` });

/** What a clerk or officer types about a person; shared by the forms, the router and the CSV import. */
export const personInputSchema = z
  .object({
    lastName: nameSchema('Nom'),
    firstName: nameSchema('Prénom'),
    birthDate: localDateSchema,
    birthPlace: optionalText(200, 'Lieu de naissance'),
    phone: optionalText(40, 'Téléphone'),
    email: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((value) => (value ? value : null))
      .or(z.null())
      .refine((value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
        message: 'Adresse e-mail invalide.',
      }),
    street: optionalText(300, 'Adresse'),
    postalCode: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : null))
      .or(z.null())
      .refine((value) => value === null || /^\d{5}$/.test(value), { message: 'Code postal : 5 chiffres.' }),
    city: optionalText(200, 'Commune'),
    latitude: z
      .number()
      .min(-90)
      .max(90)
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    longitude: z
      .number()
      .min(-180)
      .max(180)
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    situation: z
      .enum(SITUATIONS, { message: 'Situation inconnue.' })
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    availability: z
      .array(z.enum(WEEKLY_SLOTS))
      .max(21)
      .optional()
      .transform((v) => [...new Set(v ?? [])]),
    drivingLicence: z
      .boolean()
      .optional()
      .transform((v) => v ?? false),
    languages: z
      .array(z.string().trim().min(1).max(60))
      .max(20)
      .optional()
      .transform((v) => v ?? []),
    skills: z
      .array(z.string().trim().min(1).max(80))
      .max(40)
      .optional()
      .transform((v) => v ?? []),
    healthRestrictions: optionalText(2000, 'Restrictions de santé'),
    disabledWorker: z
      .boolean()
      .optional()
      .transform((v) => v ?? false),
    pregnant: z
      .boolean()
      .optional()
      .transform((v) => v ?? false),
    lawyer: optionalText(300, 'Avocat'),
    notes: optionalText(5000, 'Notes'),
    /** Left out by a form that does not show them: the stored values are then kept. */
    preferredCategories: z.array(z.enum(POST_CATEGORIES)).max(12).optional(),
    physicalLimits: z.array(z.enum(PHYSICAL_DEMANDS)).max(10).optional(),
  })
  .strict();
export type PersonInput = z.input<typeof personInputSchema>;
export type PersonFields = z.output<typeof personInputSchema>;

export const personSchema = z.object({
  id: idSchema,
  dossierNumber: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string(),
  birthPlace: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  situation: z.enum(SITUATIONS).nullable(),
  availability: z.array(z.enum(WEEKLY_SLOTS)),
  drivingLicence: z.boolean(),
  languages: z.array(z.string()),
  skills: z.array(z.string()),
  healthRestrictions: z.string().nullable(),
  disabledWorker: z.boolean(),
  pregnant: z.boolean(),
  lawyer: z.string().nullable(),
  notes: z.string().nullable(),
  preferredCategories: z.array(z.enum(POST_CATEGORIES)),
  physicalLimits: z.array(z.enum(PHYSICAL_DEMANDS)),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Person = z.infer<typeof personSchema>;

export const personSummarySchema = z.object({
  id: idSchema,
  dossierNumber: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string(),
  city: z.string().nullable(),
  activeMeasures: z.number().int(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const updatePersonInput = z.object({ id: idSchema, person: personInputSchema }).strict();

export const searchInput = z
  .object({
    query: z
      .string()
      .trim()
      .min(1, { message: 'Saisissez un nom, une date de naissance ou un numéro de dossier.' })
      .max(200),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();

export const TIMELINE_KINDS = [
  'measure_registered',
  'status_changed',
  'consent_recorded',
  'officer_assigned',
  'placement_created',
  'placement_ended',
  'appointment',
  'session',
  'incident',
  'suspension',
] as const;

export const timelineEventSchema = z.object({
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  measureId: z.string().nullable(),
  title: z.string(),
  detail: z.string().nullable(),
  by: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
