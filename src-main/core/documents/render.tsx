/** @jsxRuntime automatic @jsxImportSource react */
import { renderToBuffer } from '@react-pdf/renderer';
import type { DocumentTemplate, Letterhead } from '../../../src-shared/schemas/documents';
import { registerFonts } from './fonts';
import { PdfDocument, type DuplicataMark, type FrameProps } from './layout';
import type { ConsentData, ConvocationData, DecisionData, TimesheetData } from './document-data';
import { DecisionAffectation } from './templates/decision-affectation';
import { Convocation } from './templates/convocation';
import { FicheHoraire } from './templates/fiche-horaire';
import { FicheConsentement } from './templates/fiche-consentement';

/** Exactly what a document rendered: archived as JSON so that a reprint renders the same content. */
export type DocumentContent =
  | { kind: 'decision_affectation'; data: DecisionData }
  | { kind: 'convocation'; data: ConvocationData }
  | { kind: 'fiche_horaire'; data: TimesheetData }
  | { kind: 'fiche_consentement'; data: ConsentData }
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
    case 'batch_convocations':
      return content.data.map((item) => <Convocation key={item.appointment.id} frame={frame} data={item} />);
    case 'batch_timesheets':
      return content.data.map((item) => <FicheHoraire key={item.measure.id} frame={frame} data={item} />);
  }
}

export async function renderDocument(stored: StoredDocument, duplicata: DuplicataMark | null = null): Promise<Buffer> {
  registerFonts();
  const frame: FrameProps = { letterhead: stored.letterhead, reference: stored.reference, title: stored.title, generatedAt: stored.generatedAt, duplicata };
  return renderToBuffer(<PdfDocument frame={frame}>{body(frame, stored.content)}</PdfDocument>);
}

/** Pages of a PDF written by react-pdf (pdfkit writes page objects uncompressed). */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
