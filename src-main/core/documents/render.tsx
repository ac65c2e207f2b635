/** @jsxRuntime automatic @jsxImportSource react */
import { renderToBuffer } from '@react-pdf/renderer';
import type { DocumentTemplate, Letterhead } from '@shared/schemas/documents';
import { registerFonts } from './fonts';
import { PdfDocument, type DuplicataMark, type FrameProps } from './layout';
import type { ConsentData, ConvocationData, DecisionData, TimesheetData } from './document-data';
import { DecisionAffectation } from './templates/decision-affectation';
import { Convocation } from './templates/convocation';
import { FicheHoraire } from './templates/fiche-horaire';
import { FicheConsentement } from './templates/fiche-consentement';
import type { CatalogueData, HabilitationDecisionData, RegistrationDecisionData } from './catalogue-document-data';
import { DecisionHabilitation } from './templates/decision-habilitation';
import { DecisionInscription } from './templates/decision-inscription';
import { CataloguePostes } from './templates/catalogue-postes';
import type { MeasureReportData } from './report-data';
import { AttestationExecution } from './templates/attestation-execution';
import { RapportFinMesure } from './templates/rapport-fin-mesure';
import { RapportIncident } from './templates/rapport-incident';

/** Exactly what a document rendered: archived as JSON so that a reprint renders the same content. */
export type DocumentContent =
  | { kind: 'decision_affectation'; data: DecisionData }
  | { kind: 'convocation'; data: ConvocationData }
  | { kind: 'fiche_horaire'; data: TimesheetData }
  | { kind: 'fiche_consentement'; data: ConsentData }
  | { kind: 'decision_habilitation'; data: HabilitationDecisionData }
  | { kind: 'decision_inscription'; data: RegistrationDecisionData }
  | { kind: 'catalogue_postes'; data: CatalogueData }
  | { kind: 'attestation_execution'; data: MeasureReportData }
  | { kind: 'rapport_fin_mesure'; data: MeasureReportData }
  | { kind: 'rapport_incident'; data: MeasureReportData }
  | { kind: 'batch_convocations'; data: ConvocationData[] }
  | { kind: 'batch_timesheets'; data: TimesheetData[] };

export interface StoredDocument {
  template: DocumentTemplate;
  title: string;
  reference: string;
  generatedAt: string;
  letterhead: Letterhead;
  content: DocumentContent;
}

function body(frame: FrameProps, content: DocumentContent) {
  switch (content.kind) {
    case 'decision_affectation':
      return <DecisionAffectation frame={frame} data={content.data} />;
    case 'convocation':
      return <Convocation frame={frame} data={content.data} />;
    case 'fiche_horaire':
      return <FicheHoraire frame={frame} data={content.data} />;
    case 'fiche_consentement':
      return <FicheConsentement frame={frame} data={content.data} />;
    case 'decision_habilitation':
      return <DecisionHabilitation frame={frame} data={content.data} />;
    case 'decision_inscription':
      return <DecisionInscription frame={frame} data={content.data} />;
    case 'catalogue_postes':
      return <CataloguePostes frame={frame} data={content.data} />;
    case 'attestation_execution':
      return <AttestationExecution frame={frame} data={content.data} />;
    case 'rapport_fin_mesure':
      return <RapportFinMesure frame={frame} data={content.data} />;
    case 'rapport_incident':
      return <RapportIncident frame={frame} data={content.data} />;
    case 'batch_convocations':
      return content.data.map((item) => <Convocation key={item.appointment.id} frame={frame} data={item} />);
    case 'batch_timesheets':
      return content.data.map((item) => <FicheHoraire key={item.measure.id} frame={frame} data={item} />);
  }
}

export async function renderDocument(stored: StoredDocument, duplicata: DuplicataMark | null = null): Promise<Buffer> {
  registerFonts();
  const frame: FrameProps = {
    letterhead: stored.letterhead,
    reference: stored.reference,
    title: stored.title,
    generatedAt: stored.generatedAt,
    duplicata,
  };
  return renderToBuffer(<PdfDocument frame={frame}>{body(frame, stored.content)}</PdfDocument>);
}

/** Pages of a PDF written by react-pdf (pdfkit writes page objects uncompressed). */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
