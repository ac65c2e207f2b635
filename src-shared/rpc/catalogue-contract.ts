import { z } from 'zod';
import { method } from './method';
import type { Role } from '../roles';
import { idSchema } from '../schemas/common';
import {
  exportInput,
  exportOutput,
  habilitationDecisionInput,
  habilitationRequestInput,
  habilitationSchema,
  hostInputSchema,
  hostSchema,
  hostsListInput,
  postInputSchema,
  postSchema,
  postsListInput,
  prospectInputSchema,
  prospectSchema,
  prospectsListInput,
  recordOpinionInput,
  registrationDecisionInput,
  registrationNotifyInput,
  registrationOpinionInput,
  registrationOpinionsInput,
  registrationRequestInput,
  registrationSchema,
  requestOpinionsInput,
  tutorInputSchema,
  tutorSchema,
  tutorsListInput,
  withdrawInput,
} from '../schemas/catalogue';
import { mapListInput, mapListOutput, mapFiltersSchema, mapPointsOutput, suggestInput, suggestOutput } from '../schemas/map';

/** Everyone who works with the catalogue reads it; the référent (and the manager, the director's delegate) keeps it. */
const READERS: readonly Role[] = ['cpip', 'secretariat', 'dpip', 'referent'];
const KEEPERS: readonly Role[] = ['referent', 'dpip'];

const byId = z.object({ id: idSchema }).strict();
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const catalogueContract = {
  'hosts.list': method({ summary: 'Structures d’accueil (recherche, filtres, pages).', input: hostsListInput, output: page(hostSchema), access: READERS, audit: 'none' }),
  'hosts.get': method({ summary: 'Fiche d’une structure.', input: byId, output: hostSchema, access: READERS, audit: 'none' }),
  'hosts.create': method({ summary: 'Crée une structure d’accueil.', input: hostInputSchema, output: hostSchema, access: KEEPERS, audit: 'write' }),
  'hosts.update': method({ summary: 'Modifie une structure.', input: z.object({ id: idSchema, host: hostInputSchema }).strict(), output: hostSchema, access: KEEPERS, audit: 'write' }),
  'habilitations.list': method({ summary: 'Demandes d’habilitation d’une structure.', input: z.object({ hostId: idSchema }).strict(), output: z.array(habilitationSchema), access: READERS, audit: 'none' }),
  'habilitations.request': method({ summary: 'Enregistre une demande d’habilitation.', input: habilitationRequestInput, output: habilitationSchema, access: KEEPERS, audit: 'write' }),
  'habilitations.requestOpinions': method({ summary: 'Date de demande des avis (procureur, JAP, préfet).', input: requestOpinionsInput, output: habilitationSchema, access: KEEPERS, audit: 'write' }),
  'habilitations.recordOpinion': method({ summary: 'Enregistre un avis reçu.', input: recordOpinionInput, output: habilitationSchema, access: KEEPERS, audit: 'write' }),
  'habilitations.decide': method({ summary: 'Décision du directeur du SPIP.', input: habilitationDecisionInput, output: habilitationSchema, access: KEEPERS, audit: 'write' }),
  'habilitations.withdraw': method({ summary: 'Retrait d’une habilitation.', input: withdrawInput, output: habilitationSchema, access: KEEPERS, audit: 'write' }),
  'tutors.list': method({ summary: 'Tuteurs (d’une structure ou tous).', input: tutorsListInput, output: page(tutorSchema), access: READERS, audit: 'read' }),
  'tutors.create': method({ summary: 'Ajoute un tuteur.', input: tutorInputSchema, output: tutorSchema, access: KEEPERS, audit: 'write' }),
  'tutors.update': method({ summary: 'Modifie un tuteur.', input: z.object({ id: idSchema, tutor: tutorInputSchema }).strict(), output: tutorSchema, access: KEEPERS, audit: 'write' }),
  'posts.list': method({ summary: 'Postes de TIG (recherche, filtres, pages).', input: postsListInput, output: page(postSchema), access: READERS, audit: 'none' }),
  'posts.get': method({ summary: 'Fiche d’un poste.', input: byId, output: postSchema, access: READERS, audit: 'none' }),
  'posts.create': method({ summary: 'Crée un poste.', input: postInputSchema, output: postSchema, access: KEEPERS, audit: 'write' }),
  'posts.update': method({ summary: 'Modifie un poste.', input: z.object({ id: idSchema, post: postInputSchema }).strict(), output: postSchema, access: KEEPERS, audit: 'write' }),
  'registrations.list': method({ summary: 'Demandes d’inscription ou de radiation d’un poste.', input: z.object({ postId: idSchema }).strict(), output: z.array(registrationSchema), access: READERS, audit: 'none' }),
  'registrations.request': method({ summary: 'Demande d’inscription (ou de radiation) sur la liste départementale.', input: registrationRequestInput, output: registrationSchema, access: KEEPERS, audit: 'write' }),
  'registrations.requestOpinions': method({ summary: 'Date de demande des avis (procureur, JAP).', input: registrationOpinionsInput, output: registrationSchema, access: KEEPERS, audit: 'write' }),
  'registrations.recordOpinion': method({ summary: 'Enregistre un avis reçu.', input: registrationOpinionInput, output: registrationSchema, access: KEEPERS, audit: 'write' }),
  'registrations.decide': method({ summary: 'Décision sur l’inscription ou la radiation.', input: registrationDecisionInput, output: registrationSchema, access: KEEPERS, audit: 'write' }),
  'registrations.notify': method({ summary: 'Date de notification de la décision.', input: registrationNotifyInput, output: registrationSchema, access: KEEPERS, audit: 'write' }),
  'prospects.list': method({ summary: 'Prospection : organismes approchés.', input: prospectsListInput, output: page(prospectSchema), access: KEEPERS, audit: 'none' }),
  'prospects.create': method({ summary: 'Ajoute un organisme à prospecter.', input: prospectInputSchema, output: prospectSchema, access: KEEPERS, audit: 'write' }),
  'prospects.update': method({ summary: 'Fait avancer une prospection.', input: z.object({ id: idSchema, prospect: prospectInputSchema }).strict(), output: prospectSchema, access: KEEPERS, audit: 'write' }),
  'catalogue.exportCsv': method({ summary: 'Export CSV d’une liste du catalogue.', input: exportInput, output: exportOutput, access: READERS, audit: 'read' }),
  'map.points': method({ summary: 'Tous les postes filtrés, en points compacts pour la carte.', input: z.object({ filters: mapFiltersSchema.default({}) }).strict(), output: mapPointsOutput, access: READERS, audit: 'none' }),
  'map.list': method({ summary: 'Postes visibles dans l’emprise de la carte.', input: mapListInput, output: mapListOutput, access: READERS, audit: 'none' }),
  'matching.suggest': method({ summary: 'Postes proposés pour une mesure, classés et motivés.', input: suggestInput, output: suggestOutput, access: ['cpip', 'dpip'], audit: 'read' }),
} as const;
