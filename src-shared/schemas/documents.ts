import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { localDateSchema } from './persons';

/** The printable documents of DESIGN §3.4; each has a template version stamped on what it printed. */
export const DOCUMENT_TEMPLATES = [
  'decision_affectation',
  'convocation',
  'fiche_horaire',
  'fiche_consentement',
  'attestation_execution',
  'rapport_fin_mesure',
  'rapport_incident',
  'decision_habilitation',
  'decision_inscription',
  'catalogue_postes',
] as const;
export type DocumentTemplate = (typeof DOCUMENT_TEMPLATES)[number];

export const DOCUMENT_TEMPLATE_LABELS: Record<DocumentTemplate, string> = {
  decision_affectation: 'Décision d’affectation',
  convocation: 'Convocation',
  fiche_horaire: 'Fiche horaire / relevé d’heures',
  fiche_consentement: 'Fiche d’information et de consentement',
  attestation_execution: 'Attestation d’exécution',
  rapport_fin_mesure: 'Rapport de fin de mesure',
  rapport_incident: 'Rapport d’incident / de non-exécution',
  decision_habilitation: 'Décision d’habilitation',
  decision_inscription: 'Décision d’inscription d’un poste',
  catalogue_postes: 'Catalogue des postes disponibles',
};

export const documentRecordSchema = z.object({
  id: idSchema,
  template: z.enum(DOCUMENT_TEMPLATES),
  templateVersion: z.number().int(),
  title: z.string(),
  /** Printed on every page, e.g. "SPIP33-DA-2026-000123". */
  reference: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  personId: z.string().nullable(),
  hostId: z.string().nullable(),
  generatedBy: z.string().nullable(),
  /** The display name of who printed it, as the accounts list knows it now. */
  generatedByName: z.string().nullable(),
  generatedAt: instantSchema,
  sha256: z.string(),
  /** Set on a reprint: the archived original it duplicates. */
  duplicataOf: z.string().nullable(),
  pages: z.number().int(),
  bytes: z.number().int(),
});
export type DocumentRecord = z.infer<typeof documentRecordSchema>;

/** A generated PDF travels as base64 inside the JSON answer; the renderer turns it into a file to preview or save. */
export const generatedDocumentSchema = z.object({
  document: documentRecordSchema,
  fileName: z.string(),
  pdfBase64: z.string(),
});

export const generateDocumentInput = z
  .object({
    template: z.enum(DOCUMENT_TEMPLATES, { message: 'Modèle de document inconnu.' }),
    /** The measure, appointment, incident, habilitation or registration the document is about (none for the catalogue). */
    entityId: idSchema.optional(),
    /** Free text some templates carry: the officer's assessment, the proposed response to the judge. */
    text: z.string().trim().max(10_000, { message: '10 000 caractères au plus.' }).optional(),
    /** Catalogue of posts: the département (e.g. "33", "2A", "974"). */
    departement: z
      .string()
      .trim()
      .regex(/^(\d{2}|2[AB]|97\d)$/, { message: 'Département invalide (ex. : 33, 2A, 974).' })
      .optional(),
  })
  .strict();

/** A PDF printed but not archived (the recovery key's sheet). */
export const printedSheetSchema = z.object({ title: z.string(), fileName: z.string(), pdfBase64: z.string() });
export type PrintedSheet = z.infer<typeof printedSheetSchema>;

/** The start of a reference as printed at the foot of a page, e.g. "DA-2026-7K". */
const referencePrefixSchema = z
  .string()
  .trim()
  .toUpperCase()
  .max(40, { message: '40 caractères au plus.' })
  .regex(/^[A-Z0-9-]*$/, { message: 'Référence : lettres, chiffres et tirets (ex. : DA-2026-7K3M2Q).' });

export const documentsListInput = z
  .object({
    personId: idSchema.optional(),
    hostId: idSchema.optional(),
    measureId: idSchema.optional(),
    reference: referencePrefixSchema.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

/** The whole archive of the desk, a page at a time (it grows by tens of thousands of documents over the years). */
export const documentsArchiveInput = z
  .object({
    reference: referencePrefixSchema.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .strict();

export const documentsArchivePageSchema = z.object({
  items: z.array(documentRecordSchema),
  /** Every document matching the search, not only this page. */
  total: z.number().int(),
});
export type DocumentsArchivePage = z.infer<typeof documentsArchivePageSchema>;

export const batchConvocationsInput = z
  .object({ from: localDateSchema, to: localDateSchema })
  .strict()
  .superRefine((r, ctx) => {
    if (r.to < r.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'La fin de la période doit suivre son début.' });
  });

export const batchTimesheetsInput = z.object({ hostId: idSchema }).strict();

/** The office's letterhead, printed on every document. */
export const letterheadSchema = z.object({
  serviceName: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  directorName: z.string(),
  delegateName: z.string(),
  delegateTitle: z.string(),
  /** PNG or JPEG as a data: URL, at most ~300 KB. */
  logoDataUrl: z.string().nullable(),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

export const letterheadInput = z
  .object({
    serviceName: z.string().trim().min(1, { message: 'Le nom du service est obligatoire.' }).max(200),
    address: z.string().trim().max(500),
    phone: z.string().trim().max(40),
    email: z.string().trim().max(200),
    directorName: z.string().trim().max(200),
    delegateName: z.string().trim().max(200),
    delegateTitle: z.string().trim().max(200),
    logoDataUrl: z
      .string()
      .max(420_000, { message: 'Logo trop lourd (300 Ko au plus).' })
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { message: 'Logo : image PNG ou JPEG attendue.' })
      .nullable(),
  })
  .strict();
