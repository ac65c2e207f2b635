import { z } from 'zod';
import { idSchema } from './common';
import { localDateSchema } from './persons';

export const APPOINTMENT_KINDS = ['entretien', 'prise_de_poste', 'point_etape'] as const;
export const APPOINTMENT_KIND_LABELS: Record<(typeof APPOINTMENT_KINDS)[number], string> = {
  entretien: 'Entretien',
  prise_de_poste: 'Prise de poste',
  point_etape: 'Point d’étape',
};
export const APPOINTMENT_STATUSES = ['prevu', 'honore', 'absent', 'annule'] as const;
export const APPOINTMENT_STATUS_LABELS: Record<(typeof APPOINTMENT_STATUSES)[number], string> = {
  prevu: 'Prévu',
  honore: 'Honoré',
  absent: 'Absent',
  annule: 'Annulé',
};

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Heure invalide (HH:MM).' });

export const appointmentInput = z
  .object({
    measureId: idSchema,
    kind: z.enum(APPOINTMENT_KINDS, { message: 'Type de rendez-vous inconnu.' }),
    date: localDateSchema,
    time: timeSchema,
    durationMinutes: z.number().int().min(5).max(480).default(45),
    place: z.string().trim().min(1, { message: 'Lieu obligatoire.' }).max(300),
    notes: z
      .string()
      .trim()
      .max(2000)
      .nullable()
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .strict();

export const updateAppointmentInput = z
  .object({
    id: idSchema,
    date: localDateSchema.optional(),
    time: timeSchema.optional(),
    place: z.string().trim().min(1, { message: 'Lieu obligatoire.' }).max(300).optional(),
    status: z.enum(APPOINTMENT_STATUSES).optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();

export const appointmentSchema = z.object({
  id: idSchema,
  measureId: idSchema,
  personId: idSchema,
  personName: z.string(),
  dossierNumber: z.string(),
  kind: z.enum(APPOINTMENT_KINDS),
  date: z.string(),
  time: z.string(),
  durationMinutes: z.number().int(),
  place: z.string(),
  officerId: z.string().nullable(),
  officerName: z.string().nullable(),
  status: z.enum(APPOINTMENT_STATUSES),
  notes: z.string().nullable(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

export const appointmentsRangeInput = z
  .object({
    from: localDateSchema,
    to: localDateSchema,
    officer: z.union([z.literal('me'), idSchema]).optional(),
    measureId: idSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.to < r.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'La fin de la période doit suivre son début.' });
  });
