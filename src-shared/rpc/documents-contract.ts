import { z } from 'zod';
import { method } from './method';
import type { Role } from '../roles';
import { idSchema } from '../schemas/common';
import {
  batchConvocationsInput,
  batchTimesheetsInput,
  documentRecordSchema,
  documentsArchiveInput,
  documentsArchivePageSchema,
  documentsListInput,
  generateDocumentInput,
  generatedDocumentSchema,
  letterheadInput,
  letterheadSchema,
  printedSheetSchema,
} from '../schemas/documents';
import { DOCUMENT_READERS } from './document-access';

/** Who prints at all; each document is then open only to the readers of its subject (document-access.ts). */
const PRINTERS: readonly Role[] = ['cpip', 'secretariat', 'dpip', 'referent'];

export const documentsContract = {
  'documents.generate': method({
    summary: 'Génère, archive et renvoie un document PDF.',
    input: generateDocumentInput,
    output: generatedDocumentSchema,
    access: PRINTERS,
    audit: 'write',
  }),
  'documents.reprint': method({
    summary: 'Réimprime un document archivé (marqué DUPLICATA).',
    input: z.object({ id: idSchema }).strict(),
    output: generatedDocumentSchema,
    access: PRINTERS,
    audit: 'write',
  }),
  'documents.list': method({
    summary: 'Documents archivés d’une personne, d’une mesure ou d’une structure.',
    input: documentsListInput,
    output: z.array(documentRecordSchema),
    access: PRINTERS,
    audit: 'read',
  }),
  'documents.archive': method({
    summary: 'Archive des documents du poste, page par page, la plus récente d’abord.',
    input: documentsArchiveInput,
    output: documentsArchivePageSchema,
    access: PRINTERS,
    audit: 'read',
  }),
  'documents.batchConvocations': method({
    summary: 'Toutes les convocations d’une période, en un seul PDF.',
    input: batchConvocationsInput,
    output: generatedDocumentSchema,
    access: DOCUMENT_READERS.case,
    audit: 'write',
  }),
  'documents.batchTimesheets': method({
    summary: 'Toutes les fiches horaires d’une structure, en un seul PDF.',
    input: batchTimesheetsInput,
    output: generatedDocumentSchema,
    access: DOCUMENT_READERS.case,
    audit: 'write',
  }),
  'documents.recoverySheet': method({
    summary:
      'Feuille de clé de secours : imprimable une seule fois, juste après la création de la clé ; jamais archivée.',
    input: z.object({}).strict(),
    output: printedSheetSchema,
    access: ['admin'],
    audit: 'write',
  }),
  'letterhead.get': method({
    summary: 'En-tête des documents.',
    input: z.object({}).strict(),
    output: letterheadSchema,
    access: 'signed-in',
    audit: 'none',
  }),
  'letterhead.update': method({
    summary: 'Modifie l’en-tête des documents.',
    input: letterheadInput,
    output: letterheadSchema,
    access: ['admin', 'dpip'],
    audit: 'write',
  }),
} as const;
