import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { localDateSchema, personInputSchema, personSummarySchema } from './persons';
import { MEASURE_TYPES, OFFENCE_CATEGORIES } from '../domain/measure-types';
import { MEASURE_STATUSES } from '../domain/measure-status';
import { CONSENT_STATUSES } from '../domain/consent';
import { ALERT_KINDS } from '../domain/alerts';
import { hoursOrderedProblem } from '../domain/hours-rules';
import { deadlineProblem } from '../domain/deadline';
import { ENFORCEABLE_SOURCES, enforceableDateProblem } from '../domain/enforceable';
import { SUSPENSION_AUTHORITIES } from '../domain/suspension-decision';
import { WEEKLY_SLOTS } from '../domain/weekly-slots';
import { SESSION_OUTCOMES } from '../domain/hours-ledger';

/** Optional free text: empty becomes null. */
const text = (max: number, label: string) =>
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

/** The court decision as the clerk registers it. Cross-field rules (hours by type, deadline) are checked here. */
export const measureInputSchema = z
  .object({
    type: z.enum(MEASURE_TYPES, { message: 'Type de mesure inconnu.' }),
    court: requiredText(200, 'Juridiction'),
    decisionDate: localDateSchema,
    /** The day the decision became enforceable, from which the deadline runs; the decision date when omitted. */
    enforceableDate: localDateSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    enforceableSource: z
      .enum(ENFORCEABLE_SOURCES, { message: 'Caractère exécutoire inconnu.' })
      .optional()
      .transform((v) => v ?? 'contradictoire'),
    offenceDate: localDateSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    hoursOrdered: z.number({ message: 'Nombre d’heures obligatoire.' }),
    deadline: localDateSchema,
    /** The sentencing court's president (or the judge who validated a composition pénale). */
    magistrate: text(200, 'Président(e) ayant statué'),
    /** Who follows the measure (JAP, juge des enfants, procureur or substitut), and their court if not the same. */
    followingMagistrate: text(200, 'Magistrat qui suit la mesure'),
    followingCourt: text(200, 'Siège du magistrat qui suit la mesure'),
    offenceCategory: z.enum(OFFENCE_CATEGORIES, { message: 'Catégorie d’infraction inconnue.' }),
    courtReference: text(80, 'Numéro de parquet ou de jugement'),
  })
  .strict()
  .superRefine((m, ctx) => {
    const hours = hoursOrderedProblem(m.type, m.hoursOrdered);
    if (hours) ctx.addIssue({ code: 'custom', path: ['hoursOrdered'], message: hours });
    const enforceableDate = m.enforceableDate ?? m.decisionDate;
    // Today is only known for sure by the main process, which checks the future on its side.
    const enforceable = enforceableDateProblem(m.decisionDate, enforceableDate, m.enforceableSource, null);
    if (enforceable) ctx.addIssue({ code: 'custom', path: ['enforceableDate'], message: enforceable });
    const deadline = deadlineProblem(m.type, m.decisionDate, m.deadline, enforceableDate);
    if (deadline) ctx.addIssue({ code: 'custom', path: ['deadline'], message: deadline });
    if (m.offenceDate && m.offenceDate > m.decisionDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['offenceDate'],
        message: 'La date des faits ne peut être postérieure à la décision.',
      });
    }
  })
  .transform((m) => ({ ...m, enforceableDate: m.enforceableDate ?? m.decisionDate }));
export type MeasureInput = z.input<typeof measureInputSchema>;
export type MeasureFields = z.output<typeof measureInputSchema>;

export const registerMeasureInput = z
  .object({
    /** An existing person, or a new one. */
    personId: idSchema.optional(),
    person: personInputSchema.optional(),
    measure: measureInputSchema,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.personId === !value.person) {
      ctx.addIssue({
        code: 'custom',
        path: ['personId'],
        message: 'Choisissez une personne existante ou saisissez une nouvelle personne.',
      });
    }
  });

export const alertSchema = z.object({
  kind: z.enum(ALERT_KINDS),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const progressSchema = z.object({
  orderedMinutes: z.number().int(),
  creditedMinutes: z.number().int(),
  remainingMinutes: z.number().int(),
  percent: z.number(),
  lastPresentDate: z.string().nullable(),
  unjustifiedAbsences: z.number().int(),
});

export const measureSchema = z.object({
  id: idSchema,
  personId: idSchema,
  type: z.enum(MEASURE_TYPES),
  court: z.string(),
  decisionDate: z.string(),
  enforceableDate: z.string(),
  enforceableSource: z.enum(ENFORCEABLE_SOURCES),
  offenceDate: z.string().nullable(),
  /** The person was a minor at the facts: the minors' regime and authority (measureAuthority(type, minorAtFacts)). */
  minorAtFacts: z.boolean(),
  hoursOrdered: z.number().int(),
  deadline: z.string(),
  effectiveDeadline: z.string(),
  suspendedDays: z.number().int(),
  magistrate: z.string().nullable(),
  followingMagistrate: z.string().nullable(),
  followingCourt: z.string().nullable(),
  offenceCategory: z.enum(OFFENCE_CATEGORIES),
  courtReference: z.string().nullable(),
  status: z.enum(MEASURE_STATUSES),
  consentStatus: z.enum(CONSENT_STATUSES),
  consentDate: z.string().nullable(),
  consentSource: z.string().nullable(),
  officerId: z.string().nullable(),
  officerName: z.string().nullable(),
  medicalExamDate: z.string().nullable(),
  medicalExamReasons: z.array(z.string()),
  registeredOn: z.string(),
  progress: progressSchema,
  alerts: z.array(alertSchema),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Measure = z.infer<typeof measureSchema>;

export const placementSchema = z.object({
  id: idSchema,
  measureId: idSchema,
  postId: idSchema,
  postTitle: z.string(),
  hostName: z.string(),
  postAddress: z.string().nullable(),
  /** The post's registered tutor, or null for a placement made before tutors were chosen from the catalogue. */
  tutorId: idSchema.nullable(),
  /** The tutor's name: the registered tutor's, or the legacy free text of an old placement. */
  tutorName: z.string().nullable(),
  /** True when tutorName is an old free-text name matched to no registered tutor (kept as it was, read-only). */
  tutorLegacy: z.boolean(),
  startDate: z.string(),
  schedule: z.array(z.enum(WEEKLY_SLOTS)),
  scheduleNote: z.string().nullable(),
  hoursPlanned: z.number().int(),
  status: z.enum(['active', 'ended']),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
});
export type Placement = z.infer<typeof placementSchema>;

export const ledgerEntrySchema = z.object({
  id: idSchema,
  measureId: idSchema,
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  durationMinutes: z.number().int(),
  outcome: z.enum(SESSION_OUTCOMES),
  remarks: z.string().nullable(),
  correctsId: z.string().nullable(),
  /** True when a later entry corrects this one: it no longer counts. */
  superseded: z.boolean(),
  recordedBy: z.string().nullable(),
  recordedAt: instantSchema,
});
export type LedgerEntryView = z.infer<typeof ledgerEntrySchema>;

export const INCIDENT_KINDS = ['absence', 'comportement', 'accident', 'suspension_structure'] as const;
export const INCIDENT_KIND_LABELS: Record<(typeof INCIDENT_KINDS)[number], string> = {
  absence: 'Absence',
  comportement: 'Comportement',
  accident: 'Accident',
  suspension_structure: 'Suspension par la structure',
};

export const incidentSchema = z.object({
  id: idSchema,
  measureId: idSchema,
  kind: z.enum(INCIDENT_KINDS),
  date: z.string(),
  description: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: instantSchema,
});

export const SUSPENSION_REASONS = [
  'medical',
  'familial',
  'professionnel',
  'social',
  'detention',
  'arse',
  'service_militaire',
] as const;
export const SUSPENSION_REASON_LABELS: Record<(typeof SUSPENSION_REASONS)[number], string> = {
  medical: 'Motif médical grave (décision du juge)',
  familial: 'Motif familial grave (décision du juge)',
  professionnel: 'Motif professionnel grave (décision du juge)',
  social: 'Motif social grave (décision du juge)',
  detention: 'Détention (suspension légale)',
  arse: 'Assignation à résidence sous surveillance électronique (suspension légale)',
  service_militaire: 'Obligations du service national (suspension légale)',
};

export const suspensionSchema = z.object({
  id: idSchema,
  measureId: idSchema,
  reason: z.enum(SUSPENSION_REASONS),
  from: z.string(),
  to: z.string().nullable(),
  note: z.string().nullable(),
  days: z.number().int(),
  /** The decision that ordered it (null for a suspension by law recorded without one). */
  decisionDate: z.string().nullable(),
  decisionAuthority: z.enum(SUSPENSION_AUTHORITIES).nullable(),
  decisionReference: z.string().nullable(),
});

export const measureDetailSchema = z.object({
  measure: measureSchema,
  person: personSummarySchema,
  placements: z.array(placementSchema),
  ledger: z.array(ledgerEntrySchema),
  incidents: z.array(incidentSchema),
  suspensions: z.array(suspensionSchema),
  allowedTransitions: z.array(z.enum(MEASURE_STATUSES)),
});
export type MeasureDetail = z.infer<typeof measureDetailSchema>;

export const updateMeasureInput = z.object({ id: idSchema, measure: measureInputSchema }).strict();

export const recordConsentInput = z
  .object({
    measureId: idSchema,
    status: z.enum(CONSENT_STATUSES),
    date: localDateSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    source: text(500, 'Source'),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.status !== 'pending' && !value.date)
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'Indiquez la date du consentement ou du refus.' });
  });

export const transitionInput = z
  .object({
    measureId: idSchema,
    to: z.enum(MEASURE_STATUSES, { message: 'Statut inconnu.' }),
    date: localDateSchema,
    reason: text(2000, 'Motif'),
  })
  .strict();

export const assignInput = z
  .object({
    measureIds: z.array(idSchema).min(1, { message: 'Choisissez au moins une mesure.' }).max(500),
    officerId: idSchema.nullable(),
  })
  .strict();

export const medicalExamInput = z.object({ measureId: idSchema, date: localDateSchema.nullable() }).strict();

export const officerLoadSchema = z.object({
  officerId: idSchema,
  displayName: z.string(),
  active: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  alerts: z.number().int(),
});

/** A tutor added to the post while placing the person: the identity a post registration asks of its tutors. */
export const newTutorInput = z
  .object({
    lastName: requiredText(200, 'Nom'),
    firstName: requiredText(200, 'Prénom'),
    birthDate: localDateSchema,
    birthPlace: requiredText(200, 'Lieu de naissance'),
    role: requiredText(200, 'Fonction'),
    phone: text(40, 'Téléphone'),
  })
  .strict();

export const createPlacementInput = z
  .object({
    measureId: idSchema,
    postId: idSchema,
    /** One of the post's registered tutors… */
    tutorId: idSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    /** …or a tutor to add to the post in the same call. */
    newTutor: newTutorInput
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    startDate: localDateSchema,
    schedule: z.array(z.enum(WEEKLY_SLOTS)).max(21).default([]),
    scheduleNote: text(500, 'Précisions sur les horaires'),
    hoursPlanned: z
      .number()
      .int({ message: 'Nombre entier d’heures.' })
      .min(1, { message: 'Au moins 1 heure.' })
      .max(400),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.tutorId && !value.newTutor)
      ctx.addIssue({ code: 'custom', path: ['tutorId'], message: 'Choisissez le tuteur (ou ajoutez-en un au poste).' });
    if (value.tutorId && value.newTutor)
      ctx.addIssue({ code: 'custom', path: ['tutorId'], message: 'Un seul tuteur : choisi dans la liste ou ajouté.' });
  });

export const endPlacementInput = z
  .object({ placementId: idSchema, date: localDateSchema, reason: requiredText(500, 'Motif') })
  .strict();

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Heure invalide (HH:MM).' });

export const sessionInputSchema = z
  .object({
    measureId: idSchema,
    date: localDateSchema,
    startTime: timeSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    endTime: timeSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    durationMinutes: z
      .number({ message: 'Durée en minutes.' })
      .int({ message: 'Durée en minutes entières.' })
      .min(0, { message: 'Durée négative.' })
      .max(24 * 60, { message: 'Une séance dure au plus 24 h.' })
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    outcome: z.enum(SESSION_OUTCOMES, { message: 'Issue de la séance inconnue.' }),
    remarks: text(2000, 'Remarques'),
    /** The entry this one corrects. */
    correctsId: idSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    /** Why the officer records it anyway after a working-time warning (an adult's day past 10 h). */
    overrideReason: text(2000, 'Motif'),
  })
  .strict()
  .superRefine((s, ctx) => {
    // A new worked session is dated to the minute (working-time rules); a correction may keep an older duration.
    if (s.outcome === 'present' && s.correctsId === null && s.startTime === null && s.endTime === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['startTime'],
        message: 'Indiquez l’heure de début et l’heure de fin de la séance.',
      });
      return;
    }
    if ((s.startTime === null) !== (s.endTime === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [s.startTime ? 'endTime' : 'startTime'],
        message: 'Indiquez l’heure de début et l’heure de fin.',
      });
    } else if (s.startTime && s.endTime && s.endTime <= s.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'L’heure de fin doit suivre l’heure de début.' });
    }
    if (s.outcome === 'present' && s.startTime === null && (s.durationMinutes === null || s.durationMinutes === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['durationMinutes'],
        message: 'Indiquez les horaires ou la durée de la séance.',
      });
    }
  });

export const incidentInput = z
  .object({
    measureId: idSchema,
    kind: z.enum(INCIDENT_KINDS, { message: 'Type d’incident inconnu.' }),
    date: localDateSchema,
    description: requiredText(5000, 'Description'),
  })
  .strict();

export const suspensionInput = z
  .object({
    measureId: idSchema,
    reason: z.enum(SUSPENSION_REASONS, { message: 'Motif de suspension inconnu.' }),
    from: localDateSchema,
    to: localDateSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    note: text(2000, 'Observations'),
    decisionDate: localDateSchema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    /** Omitted: the authority that follows the measure. */
    decisionAuthority: z
      .enum(SUSPENSION_AUTHORITIES, { message: 'Autorité inconnue.' })
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    decisionReference: text(120, 'Référence de la décision'),
    /** Why a decision taken after the suspension's first day still holds; recorded in the measure's history. */
    retroactiveReason: text(1000, 'Justification de l’effet rétroactif'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.to && s.to < s.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'La fin de la suspension doit suivre son début.' });
  });

export const endSuspensionInput = z.object({ suspensionId: idSchema, to: localDateSchema }).strict();

export const postChoiceSchema = z.object({
  id: idSchema,
  title: z.string(),
  hostName: z.string(),
  city: z.string().nullable(),
  category: z.string(),
  placesFree: z.number().int(),
  schedule: z.array(z.enum(WEEKLY_SLOTS)),
  openToMinors: z.boolean(),
  /** The post's registered tutors, to choose the placement's. */
  tutors: z.array(z.object({ id: idSchema, name: z.string() })),
});
