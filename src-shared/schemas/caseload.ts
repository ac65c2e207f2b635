import { z } from 'zod';
import { idSchema } from './common';
import { MEASURE_STATUSES } from '../domain/measure-status';
import { MEASURE_TYPES } from '../domain/measure-types';
import { CONSENT_STATUSES } from '../domain/consent';
import { alertSchema } from './measures';

export const CASELOAD_SORTS = ['deadline', 'name', 'lastSession', 'registered', 'remaining'] as const;

/** The officer's list of measures: filters, sort and one page. */
export const caseloadInput = z
  .object({
    /** 'me' for the caller's own caseload; an officer id; absent for the whole service. */
    officer: z.union([z.literal('me'), idSchema]).optional(),
    unassigned: z.boolean().optional(),
    statuses: z.array(z.enum(MEASURE_STATUSES)).max(8).optional(),
    deadlineWithinDays: z.number().int().min(0).max(3650).optional(),
    noHoursForDays: z.number().int().min(1).max(3650).optional(),
    consentPending: z.boolean().optional(),
    withAlertsOnly: z.boolean().optional(),
    query: z.string().trim().max(200).optional(),
    sort: z.enum(CASELOAD_SORTS).default('deadline'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type CaseloadQuery = z.output<typeof caseloadInput>;

export const caseloadItemSchema = z.object({
  measureId: idSchema,
  personId: idSchema,
  dossierNumber: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string(),
  type: z.enum(MEASURE_TYPES),
  status: z.enum(MEASURE_STATUSES),
  consentStatus: z.enum(CONSENT_STATUSES),
  officerId: z.string().nullable(),
  officerName: z.string().nullable(),
  hoursOrdered: z.number().int(),
  creditedMinutes: z.number().int(),
  effectiveDeadline: z.string(),
  lastPresentDate: z.string().nullable(),
  registeredOn: z.string(),
  alerts: z.array(alertSchema),
});
export type CaseloadItem = z.infer<typeof caseloadItemSchema>;

export const caseloadOutput = z.object({ items: z.array(caseloadItemSchema), total: z.number().int() });
