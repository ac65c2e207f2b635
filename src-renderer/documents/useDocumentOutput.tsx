import { useState, type ReactNode } from 'react';
import type { AppError } from '@shared/errors';
import { useAction } from '../cases/useAction';
import { downloadPdf } from './downloadPdf';
import { PdfPreviewDialog } from './PdfPreviewDialog';
import { printableOf, type GeneratedDocument } from './types';

export interface DocumentOutput {
  pending: boolean;
  error: AppError | null;
  /** Produces the PDF, then shows it ("Aperçu") or shows it and opens the print dialog ("Imprimer"). */
  preview(produce: () => Promise<GeneratedDocument>, options?: { print?: boolean }): Promise<boolean>;
  /** Produces the PDF and saves it as a file ("Télécharger"). */
  download(produce: () => Promise<GeneratedDocument>): Promise<boolean>;
  /** The preview dialog, to render once where the hook is used. */
  dialog: ReactNode;
}

/** One place that turns a generated document into a preview, a print or a download. */
export function useDocumentOutput(onProduced?: () => void): DocumentOutput {
  const action = useAction();
  const [shown, setShown] = useState<{ generated: GeneratedDocument; print: boolean } | null>(null);

  const preview = (produce: () => Promise<GeneratedDocument>, options: { print?: boolean } = {}) =>
    action.run(async () => {
      const generated = await produce();
      setShown({ generated, print: options.print ?? false });
      onProduced?.();
    });

  const download = (produce: () => Promise<GeneratedDocument>) =>
    action.run(async () => {
      downloadPdf(await produce());
      onProduced?.();
    });

  const dialog = shown ? (
    <PdfPreviewDialog
      key={shown.generated.document.id}
      pdf={printableOf(shown.generated)}
      printOnLoad={shown.print}
      onClose={() => setShown(null)}
    />
  ) : null;

  return { pending: action.pending, error: action.error, preview, download, dialog };
}
