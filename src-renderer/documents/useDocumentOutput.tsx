import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { AppError } from '@shared/errors';
import type { MethodInput } from '@shared/rpc/contract';
import { useRpc } from '../app/RpcContext';
import { downloadPdf } from './downloadPdf';
import { PdfPreviewDialog } from './PdfPreviewDialog';
import { printableOf, type GeneratedDocument } from './types';

/** The methods that generate, archive and answer a document. */
type DocumentMethod =
  'documents.generate' | 'documents.reprint' | 'documents.batchConvocations' | 'documents.batchTimesheets';

/** A document to produce, said as the call that produces it. */
export type DocumentRequest = { [M in DocumentMethod]: { method: M; input: MethodInput<M> } }[DocumentMethod];

/** What produces a document: a request, or (older callers) a function that makes the call. */
export type DocumentSource = DocumentRequest | (() => Promise<GeneratedDocument>);

export interface DocumentOutput {
  pending: boolean;
  error: AppError | null;
  /** Produces the PDF, then shows it ("Aperçu") or shows it and opens the print dialog ("Imprimer"). */
  preview(source: DocumentSource, options?: { print?: boolean }): Promise<boolean>;
  /** Produces the PDF and saves it as a file ("Télécharger"). */
  download(source: DocumentSource): Promise<boolean>;
  /** The preview dialog, to render once where the hook is used. */
  dialog: ReactNode;
}

/**
 * One place that turns a generated document into a preview, a print or a download. Producing one is a change (the
 * document is archived): it goes through a mutation, after which the client refreshes every list of printed
 * documents (the key names documents.generate: every method here is of the documents domain).
 */
export function useDocumentOutput(onProduced?: () => void): DocumentOutput {
  const rpc = useRpc();
  const [shown, setShown] = useState<{ generated: GeneratedDocument; print: boolean } | null>(null);
  const produce = useMutation<GeneratedDocument, AppError, DocumentSource>({
    mutationKey: ['rpc', 'documents.generate'],
    mutationFn: (source) =>
      typeof source === 'function' ? source() : rpc.call<DocumentMethod>(source.method, source.input),
  });
  const { mutateAsync } = produce;
  // The latest callback, so that preview and download keep one identity (grid columns are built from them).
  const produced = useRef(onProduced);
  produced.current = onProduced;

  const preview = useCallback(
    async (source: DocumentSource, options: { print?: boolean } = {}) => {
      try {
        const generated = await mutateAsync(source);
        setShown({ generated, print: options.print ?? false });
        produced.current?.();
        return true;
      } catch {
        return false;
      }
    },
    [mutateAsync],
  );

  const download = useCallback(
    async (source: DocumentSource) => {
      try {
        downloadPdf(await mutateAsync(source));
        produced.current?.();
        return true;
      } catch {
        return false;
      }
    },
    [mutateAsync],
  );

  const dialog = shown ? (
    <PdfPreviewDialog
      key={shown.generated.document.id}
      pdf={printableOf(shown.generated)}
      printOnLoad={shown.print}
      onClose={() => setShown(null)}
    />
  ) : null;

  return { pending: produce.isPending, error: produce.error, preview, download, dialog };
}
