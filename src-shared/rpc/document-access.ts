import type { Role } from '../roles';
import { ROLE_LABELS_FR } from '../roles';
import { DOCUMENT_TEMPLATES, type DocumentTemplate } from '../schemas/documents';
import type { Access } from './method';
import { casesContract } from './cases-contract';
import { catalogueContract } from './catalogue-contract';

/**
 * Need-to-know on documents: who may print, reprint or find a document in the archive follows what it is about.
 * A document about a person or a measure (décision, convocation, fiche horaire, reports…) is open to whoever may
 * open that case file (`measures.get`); a catalogue document (habilitation or registration decision, catalogue of
 * posts) to whoever reads the catalogue (`posts.list`). Taken from the contract so that both rules stay one rule.
 */
export type DocumentSubject = 'case' | 'catalogue';

export const DOCUMENT_SUBJECTS: Record<DocumentTemplate, DocumentSubject> = {
  decision_affectation: 'case',
  convocation: 'case',
  fiche_horaire: 'case',
  fiche_consentement: 'case',
  attestation_execution: 'case',
  rapport_fin_mesure: 'case',
  rapport_incident: 'case',
  decision_habilitation: 'catalogue',
  decision_inscription: 'catalogue',
  catalogue_postes: 'catalogue',
};

function roles(access: Access): readonly Role[] {
  if (typeof access === 'string') throw new Error(`a role list was expected, not "${access}"`);
  return access;
}

export const DOCUMENT_READERS: Record<DocumentSubject, readonly Role[]> = {
  case: roles(casesContract['measures.get'].access),
  catalogue: roles(catalogueContract['posts.list'].access),
};

export function mayOpenDocument(role: Role, template: DocumentTemplate): boolean {
  return DOCUMENT_READERS[DOCUMENT_SUBJECTS[template]].includes(role);
}

/** The templates whose archived documents a role may list and reprint. */
export function templatesOpenTo(role: Role): DocumentTemplate[] {
  return DOCUMENT_TEMPLATES.filter((template) => mayOpenDocument(role, template));
}

/** The French refusal, naming what the document is about rather than the template. */
export function documentRefusal(role: Role, template: DocumentTemplate): string {
  return DOCUMENT_SUBJECTS[template] === 'case'
    ? `Ce document relève du dossier d’une personne : votre rôle (${ROLE_LABELS_FR[role]}) n’y donne pas accès.`
    : `Ce document relève du catalogue des postes : votre rôle (${ROLE_LABELS_FR[role]}) n’y donne pas accès.`;
}
