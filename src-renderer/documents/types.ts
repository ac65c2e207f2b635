import type { MethodOutput } from '@shared/rpc/contract';

/** What documents.generate, documents.reprint and the batch methods answer: the archived record and the PDF. */
export type GeneratedDocument = MethodOutput<'documents.generate'>;

/** Any PDF the app shows, prints or saves: an archived document or the (unarchived) recovery key sheet. */
export interface PrintablePdf {
  /** Changes when the PDF changes (the preview's React key). */
  key: string;
  title: string;
  /** Shown after the title in the preview, e.g. the archive reference. */
  subtitle: string | null;
  fileName: string;
  pdfBase64: string;
}

export function printableOf(generated: GeneratedDocument): PrintablePdf {
  const { document } = generated;
  return {
    key: document.id,
    title: document.title,
    subtitle: document.reference,
    fileName: generated.fileName,
    pdfBase64: generated.pdfBase64,
  };
}
