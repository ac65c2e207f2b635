import { z } from 'zod';
import { method } from './method';
import type { Role } from '../roles';
import { idSchema } from '../schemas/common';
import {
  personInputSchema,
  personSchema,
  personSummarySchema,
  searchInput,
  timelineEventSchema,
  updatePersonInput,
} from '../schemas/persons';
import {
  assignInput,
  createPlacementInput,
  endPlacementInput,
  endSuspensionInput,
  incidentInput,
  measureDetailSchema,
  medicalExamInput,
  officerLoadSchema,
  postChoiceSchema,
  recordConsentInput,
  registerMeasureInput,
  sessionInputSchema,
  suspensionInput,
  transitionInput,
  updateMeasureInput,
} from '../schemas/measures';
import { caseloadInput, caseloadOutput } from '../schemas/caseload';
import {
  appointmentInput,
  appointmentSchema,
  appointmentsRangeInput,
  updateAppointmentInput,
} from '../schemas/appointments';
import { importInput, importReportSchema } from '../schemas/measure-import';

/** Who works on cases: officers, clerks and their manager. The référent and the IT administrator do not. */
const CASE_STAFF: readonly Role[] = ['cpip', 'secretariat', 'dpip'];
/** Who follows the execution of a measure. */
const FOLLOW_UP: readonly Role[] = ['cpip', 'dpip'];

const byId = z.object({ id: idSchema }).strict();

export const casesContract = {
  'persons.search': method({
    summary: 'Recherche de personnes (nom avec ou sans accents, date de naissance, numéro de dossier).',
    input: searchInput,
    output: z.array(personSummarySchema),
    access: CASE_STAFF,
    audit: 'read',
  }),
  'persons.get': method({
    summary: 'Fiche d’une personne.',
    input: byId,
    output: personSchema,
    access: CASE_STAFF,
    audit: 'read',
  }),
  'persons.create': method({
    summary: 'Crée une personne.',
    input: personInputSchema,
    output: personSchema,
    access: CASE_STAFF,
    audit: 'write',
  }),
  'persons.update': method({
    summary: 'Modifie la fiche d’une personne.',
    input: updatePersonInput,
    output: personSchema,
    access: CASE_STAFF,
    audit: 'write',
  }),
  'persons.timeline': method({
    summary: 'Historique d’une personne, du plus récent au plus ancien.',
    input: byId,
    output: z.array(timelineEventSchema),
    access: CASE_STAFF,
    audit: 'read',
  }),
  'persons.measures': method({
    summary: 'Mesures d’une personne.',
    input: byId,
    output: z.array(measureDetailSchema.shape.measure),
    access: CASE_STAFF,
    audit: 'read',
  }),
  'measures.register': method({
    summary: 'Enregistre une décision : une mesure pour une personne existante ou nouvelle.',
    input: registerMeasureInput,
    output: measureDetailSchema,
    access: CASE_STAFF,
    audit: 'write',
  }),
  'measures.get': method({
    summary: 'Dossier complet d’une mesure.',
    input: byId,
    output: measureDetailSchema,
    access: CASE_STAFF,
    audit: 'read',
  }),
  'measures.update': method({
    summary: 'Corrige les éléments de la décision.',
    input: updateMeasureInput,
    output: measureDetailSchema,
    access: CASE_STAFF,
    audit: 'write',
  }),
  'measures.caseload': method({
    summary: 'Liste des mesures avec filtres, tri et pagination.',
    input: caseloadInput,
    output: caseloadOutput,
    access: CASE_STAFF,
    audit: 'read',
  }),
  'measures.assign': method({
    summary: 'Attribue des mesures à un CPIP (ou les remet à attribuer).',
    input: assignInput,
    output: z.object({ assigned: z.number().int() }),
    access: ['dpip'],
    audit: 'write',
  }),
  'measures.officerLoads': method({
    summary: 'Charge de chaque CPIP.',
    input: z.object({}).strict(),
    output: z.array(officerLoadSchema),
    access: ['dpip', 'secretariat'],
    audit: 'none',
  }),
  'measures.recordConsent': method({
    summary: 'Enregistre le consentement (ou le refus) de la personne.',
    input: recordConsentInput,
    output: measureDetailSchema,
    access: CASE_STAFF,
    audit: 'write',
  }),
  'measures.transition': method({
    summary: 'Change le statut de la mesure.',
    input: transitionInput,
    output: measureDetailSchema,
    access: FOLLOW_UP,
    audit: 'write',
  }),
  'measures.setMedicalExam': method({
    summary: 'Enregistre la date de la visite médicale.',
    input: medicalExamInput,
    output: measureDetailSchema,
    access: FOLLOW_UP,
    audit: 'write',
  }),
  'placements.create': method({
    summary: 'Affecte la personne à un poste.',
    input: createPlacementInput,
    output: measureDetailSchema,
    access: FOLLOW_UP,
    audit: 'write',
  }),
  'placements.end': method({
    summary: 'Met fin à une affectation.',
    input: endPlacementInput,
    output: measureDetailSchema,
    access: FOLLOW_UP,
    audit: 'write',
  }),
  'posts.choices': method({
    summary: 'Postes ouverts pour une affectation.',
    input: z.object({ query: z.string().trim().max(200).optional() }).strict(),
    output: z.array(postChoiceSchema),
    access: CASE_STAFF,
    audit: 'none',
  }),
  'hours.record': method({
    summary: 'Enregistre une séance (ou la correction d’une séance) au relevé d’heures.',
    input: sessionInputSchema,
    output: measureDetailSchema,
    access: FOLLOW_UP,
    audit: 'write',
  }),
  'incidents.record': method({
    summary: 'Enregistre un incident.',
    input: incidentInput,
    output: measureDetailSchema,
    access: FOLLOW_UP,
    audit: 'write',
  }),
  'suspensions.record': method({
    summary: 'Enregistre une suspension du délai.',
    input: suspensionInput,
    output: measureDetailSchema,
    access: FOLLOW_UP,
    audit: 'write',
  }),
  'suspensions.end': method({
    summary: 'Clôt une suspension en cours.',
    input: endSuspensionInput,
    output: measureDetailSchema,
    access: FOLLOW_UP,
    audit: 'write',
  }),
  'appointments.create': method({
    summary: 'Fixe un rendez-vous.',
    input: appointmentInput,
    output: appointmentSchema,
    access: CASE_STAFF,
    audit: 'write',
  }),
  'appointments.update': method({
    summary: 'Déplace un rendez-vous ou en note l’issue.',
    input: updateAppointmentInput,
    output: appointmentSchema,
    access: CASE_STAFF,
    audit: 'write',
  }),
  'appointments.list': method({
    summary: 'Rendez-vous d’une période (la semaine du secrétariat).',
    input: appointmentsRangeInput,
    output: z.array(appointmentSchema),
    access: CASE_STAFF,
    audit: 'read',
  }),
  'imports.preview': method({
    summary: 'Aperçu de l’import d’une liste de mesures (CSV).',
    input: importInput,
    output: importReportSchema,
    access: ['secretariat', 'dpip'],
    audit: 'none',
  }),
  'imports.commit': method({
    summary: 'Importe les lignes valides d’une liste de mesures (CSV).',
    input: importInput,
    output: importReportSchema,
    access: ['secretariat', 'dpip'],
    audit: 'write',
  }),
} as const;
