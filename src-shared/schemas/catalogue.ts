import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { localDateSchema } from './persons';
import { HOST_TYPES, NATIONAL_PARTNERSHIPS } from '../domain/catalogue/host-types';
import { siretProblem, normalizeSiret } from '../domain/catalogue/siret';
import { OPINION_VALUES } from '../domain/catalogue/opinions';
import { HABILITATION_DECISIONS } from '../domain/catalogue/habilitation';
import { REGISTRATION_DECISIONS, REGISTRATION_KINDS } from '../domain/catalogue/post-registration';
import { PHYSICAL_DEMANDS, POST_CATEGORIES, PROSPECT_STATUSES } from '../domain/catalogue/post-categories';
import { OFFENCE_CATEGORIES } from '../domain/measure-types';
import { WEEKLY_SLOTS } from '../domain/weekly-slots';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} : ${max} caractères au plus.` })
    .optional()
    .transform((v) => (v ? v : null))
    .or(z.null());
const requiredText = (max: number, label: string) =>
  z
    .string({ message: `${label} obligatoire.` })
    .trim()
    .min(1, { message: `${label} obligatoire.` })
    .max(max, { message: `${label} : ${max} caractères au plus.` });
const postalCode = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .or(z.null())
  .refine((v) => v === null || /^\d{5}$/.test(v), { message: 'Code postal : 5 chiffres.' });
const latitude = z
  .number()
  .min(-90)
  .max(90)
  .nullable()
  .optional()
  .transform((v) => v ?? null);
const longitude = z
  .number()
  .min(-180)
  .max(180)
  .nullable()
  .optional()
  .transform((v) => v ?? null);
const email = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : null))
  .or(z.null())
  .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { message: 'Adresse e-mail invalide.' });

export const hostInputSchema = z
  .object({
    name: requiredText(200, 'Nom de la structure'),
    type: z.enum(HOST_TYPES, { message: 'Type de structure inconnu.' }),
    siret: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? normalizeSiret(v) : null))
      .or(z.null())
      .superRefine((v, ctx) => {
        const problem = v ? siretProblem(v) : null;
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    street: optionalText(300, 'Adresse'),
    postalCode,
    city: optionalText(200, 'Commune'),
    latitude,
    longitude,
    nationalPartnership: z
      .enum(NATIONAL_PARTNERSHIPS)
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    contactName: optionalText(200, 'Contact'),
    contactPhone: optionalText(40, 'Téléphone'),
    contactEmail: email,
    notes: optionalText(5000, 'Notes'),
  })
  .strict();
export type HostFields = z.output<typeof hostInputSchema>;

const opinionView = z.object({
  requestedOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  opinion: z.enum(OPINION_VALUES).nullable(),
  /** "Favorable (reçu le …)", "En attente (réputé donné le …)" */
  summary: z.string(),
});

export const habilitationSchema = z.object({
  id: idSchema,
  hostId: idSchema,
  kind: z.enum(['initiale', 'renouvellement']),
  requestedOn: z.string(),
  fileNote: z.string().nullable(),
  procureur: opinionView,
  jap: opinionView,
  prefet: opinionView,
  decision: z.enum(HABILITATION_DECISIONS).nullable(),
  decidedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  step: z.string(),
  stepLabel: z.string(),
  /** Why no decision can be taken yet, or null. */
  decisionProblem: z.string().nullable(),
});
export type Habilitation = z.infer<typeof habilitationSchema>;

export const hostSchema = z.object({
  id: idSchema,
  name: z.string(),
  type: z.enum(HOST_TYPES),
  siret: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  departement: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  nationalPartnership: z.enum(NATIONAL_PARTNERSHIPS).nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  notes: z.string().nullable(),
  habilitatedByRight: z.boolean(),
  habilitated: z.boolean(),
  habilitationLabel: z.string(),
  postsCount: z.number().int(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Host = z.infer<typeof hostSchema>;

export const listInput = z
  .object({
    query: z.string().trim().max(200).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();

/** The filters of each list, shared by the list and its CSV export. */
export const hostsFilters = z
  .object({
    type: z.enum(HOST_TYPES).optional(),
    habilitated: z.boolean().optional(),
    departement: z.string().max(3).optional(),
  })
  .strict();
export const hostsListInput = listInput.extend(hostsFilters.shape).strict();

export const habilitationRequestInput = z
  .object({
    hostId: idSchema,
    kind: z.enum(['initiale', 'renouvellement']),
    requestedOn: localDateSchema,
    fileNote: optionalText(2000, 'Pièces du dossier'),
  })
  .strict();
export const OPINION_GIVERS = ['procureur', 'jap', 'prefet'] as const;
export const OPINION_GIVER_LABELS = {
  procureur: 'Procureur de la République',
  jap: 'Juge de l’application des peines',
  prefet: 'Préfet',
} as const;
export const requestOpinionsInput = z
  .object({
    id: idSchema,
    givers: z.array(z.enum(OPINION_GIVERS)).min(1, { message: 'Choisissez au moins un destinataire.' }),
    requestedOn: localDateSchema,
  })
  .strict();
export const recordOpinionInput = z
  .object({
    id: idSchema,
    giver: z.enum(OPINION_GIVERS),
    receivedOn: localDateSchema,
    opinion: z.enum(OPINION_VALUES, { message: 'Avis favorable ou défavorable.' }),
  })
  .strict();
export const habilitationDecisionInput = z
  .object({
    id: idSchema,
    decision: z.enum(HABILITATION_DECISIONS),
    decidedOn: localDateSchema,
    validUntil: localDateSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.decision === 'accordee' && !d.validUntil)
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'Indiquez la fin de validité de l’habilitation.' });
    if (d.validUntil && d.validUntil <= d.decidedOn)
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'La fin de validité doit suivre la décision.' });
  });
export const withdrawInput = z
  .object({ id: idSchema, on: localDateSchema, reason: requiredText(2000, 'Motif du retrait') })
  .strict();

export const trainingSchema = z.object({ module: requiredText(200, 'Module'), date: localDateSchema });
export const tutorInputSchema = z
  .object({
    hostId: idSchema,
    lastName: requiredText(200, 'Nom'),
    firstName: requiredText(200, 'Prénom'),
    birthDate: localDateSchema,
    birthPlace: requiredText(200, 'Lieu de naissance'),
    role: requiredText(200, 'Fonction'),
    phone: optionalText(40, 'Téléphone'),
    email,
    trainings: z.array(trainingSchema).max(50).default([]),
  })
  .strict();
export const tutorSchema = z.object({
  id: idSchema,
  hostId: idSchema,
  hostName: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string().nullable(),
  birthPlace: z.string().nullable(),
  role: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  trainings: z.array(z.object({ module: z.string(), date: z.string() })),
  posts: z.array(z.object({ id: idSchema, title: z.string() })),
});
export type Tutor = z.infer<typeof tutorSchema>;

export const postInputSchema = z
  .object({
    hostId: idSchema,
    title: requiredText(200, 'Intitulé du poste'),
    category: z.enum(POST_CATEGORIES, { message: 'Catégorie inconnue.' }),
    description: optionalText(5000, 'Description'),
    street: optionalText(300, 'Adresse'),
    postalCode,
    city: optionalText(200, 'Commune'),
    latitude,
    longitude,
    schedule: z.array(z.enum(WEEKLY_SLOTS)).max(21).default([]),
    places: z
      .number({ message: 'Nombre de places obligatoire.' })
      .int()
      .min(1, { message: 'Au moins une place.' })
      .max(50, { message: 'Au plus 50 places.' }),
    openToMinors: z.boolean().default(false),
    nightWork: z.boolean().default(false),
    particularRisks: z.boolean().default(false),
    careSetting: z.boolean().default(false),
    drivingLicenceRequired: z.boolean().default(false),
    physicalRequirements: z.array(z.enum(PHYSICAL_DEMANDS)).max(10).default([]),
    pmrAccessible: z.boolean().default(false),
    publicTransport: z.boolean().default(false),
    excludedOffences: z.array(z.enum(OFFENCE_CATEGORIES)).max(20).default([]),
    usefulSkills: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
    collective: z.boolean().default(false),
    active: z.boolean().default(true),
    tutorIds: z.array(idSchema).max(20).default([]),
  })
  .strict();
export type PostFields = z.output<typeof postInputSchema>;

export const postSchema = z.object({
  id: idSchema,
  hostId: idSchema,
  hostName: z.string(),
  hostType: z.enum(HOST_TYPES),
  hostHabilitated: z.boolean(),
  title: z.string(),
  category: z.enum(POST_CATEGORIES),
  description: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  schedule: z.array(z.enum(WEEKLY_SLOTS)),
  places: z.number().int(),
  occupied: z.number().int(),
  placesFree: z.number().int(),
  openToMinors: z.boolean(),
  nightWork: z.boolean(),
  particularRisks: z.boolean(),
  careSetting: z.boolean(),
  drivingLicenceRequired: z.boolean(),
  physicalRequirements: z.array(z.enum(PHYSICAL_DEMANDS)),
  pmrAccessible: z.boolean(),
  publicTransport: z.boolean(),
  excludedOffences: z.array(z.enum(OFFENCE_CATEGORIES)),
  usefulSkills: z.array(z.string()),
  collective: z.boolean(),
  active: z.boolean(),
  registered: z.boolean(),
  registrationLabel: z.string(),
  tutors: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type Post = z.infer<typeof postSchema>;

export const postsFilters = z
  .object({
    hostId: idSchema.optional(),
    category: z.enum(POST_CATEGORIES).optional(),
    registered: z.boolean().optional(),
    freeOnly: z.boolean().optional(),
    departement: z.string().max(3).optional(),
  })
  .strict();
export const postsListInput = listInput.extend(postsFilters.shape).strict();

export const registrationSchema = z.object({
  id: idSchema,
  postId: idSchema,
  kind: z.enum(REGISTRATION_KINDS),
  requestedOn: z.string(),
  places: z.number().int().nullable(),
  procureur: opinionView,
  jap: opinionView,
  decision: z.enum(REGISTRATION_DECISIONS).nullable(),
  decidedOn: z.string().nullable(),
  notifiedOn: z.string().nullable(),
  step: z.string(),
  stepLabel: z.string(),
  decisionProblem: z.string().nullable(),
});
export const registrationRequestInput = z
  .object({
    postId: idSchema,
    kind: z.enum(REGISTRATION_KINDS),
    requestedOn: localDateSchema,
    /** The host's habilitation request, recorded with the inscription (a post of a host not yet habilitated). */
    habilitationRequest: z
      .object({ fileNote: optionalText(2000, 'Pièces du dossier') })
      .strict()
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    places: z
      .number()
      .int()
      .min(1)
      .max(50)
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .strict();
export const registrationOpinionsInput = z
  .object({
    id: idSchema,
    givers: z.array(z.enum(['procureur', 'jap'])).min(1, { message: 'Choisissez au moins un destinataire.' }),
    requestedOn: localDateSchema,
  })
  .strict();
export const registrationOpinionInput = z
  .object({
    id: idSchema,
    giver: z.enum(['procureur', 'jap']),
    receivedOn: localDateSchema,
    opinion: z.enum(OPINION_VALUES, { message: 'Avis favorable ou défavorable.' }),
  })
  .strict();
export const registrationDecisionInput = z
  .object({ id: idSchema, decision: z.enum(REGISTRATION_DECISIONS), decidedOn: localDateSchema })
  .strict();
export const registrationNotifyInput = z.object({ id: idSchema, notifiedOn: localDateSchema }).strict();

export const prospectInputSchema = z
  .object({
    name: requiredText(200, 'Nom de l’organisme'),
    kind: z
      .enum(HOST_TYPES)
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    city: optionalText(200, 'Commune'),
    contact: optionalText(300, 'Contact'),
    status: z.enum(PROSPECT_STATUSES, { message: 'Étape inconnue.' }),
    nextAction: optionalText(500, 'Prochaine action'),
    nextActionOn: localDateSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    note: optionalText(2000, 'Note'),
  })
  .strict();
export const prospectSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(HOST_TYPES).nullable(),
  city: z.string().nullable(),
  contact: z.string().nullable(),
  status: z.enum(PROSPECT_STATUSES),
  nextAction: z.string().nullable(),
  nextActionOn: z.string().nullable(),
  history: z.array(
    z.object({
      at: z.string(),
      status: z.enum(PROSPECT_STATUSES),
      note: z.string().nullable(),
      by: z.string().nullable(),
    }),
  ),
  updatedAt: instantSchema,
});

export const tutorsFilters = z.object({ hostId: idSchema.optional() }).strict();
export const tutorsListInput = listInput.extend(tutorsFilters.shape).strict();
export const prospectsFilters = z
  .object({ status: z.enum(PROSPECT_STATUSES, { message: 'Étape inconnue.' }).optional() })
  .strict();
export const prospectsListInput = listInput.extend(prospectsFilters.shape).strict();

export const EXPORT_LISTS = ['hosts', 'posts', 'tutors', 'prospects'] as const;
const exportOf = <L extends (typeof EXPORT_LISTS)[number], F extends z.ZodObject>(list: L, filters: F) =>
  z
    .object({ list: z.literal(list), query: z.string().trim().max(200).optional(), filters: filters.optional() })
    .strict();
/** One list and the same search and filters as its screen. */
export const exportInput = z.discriminatedUnion(
  'list',
  [
    exportOf('hosts', hostsFilters),
    exportOf('posts', postsFilters),
    exportOf('tutors', tutorsFilters),
    exportOf('prospects', prospectsFilters),
  ],
  { message: 'Liste inconnue.' },
);
export const exportOutput = z.object({ fileName: z.string(), content: z.string(), rows: z.number().int() });
