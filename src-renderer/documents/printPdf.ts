import type { PrintablePdf } from './types';

const FRAME_PRINT_FAILED =
  'L’impression directe n’a pas pu s’ouvrir : utilisez le bouton d’impression de l’aperçu, ou téléchargez le document.';

/**
 * Opens the print dialog for a PDF; answers the problem to show, or null. The desktop shell prints through the
 * operating system's dialog; in a browser the preview frame's own viewer prints.
 */
export async function printPdf(pdf: PrintablePdf, frame: HTMLIFrameElement | null): Promise<string | null> {
  if (window.tigdesk?.printPdf) {
    try {
      const outcome = await window.tigdesk.printPdf(pdf.pdfBase64, pdf.title);
      return outcome.ok || outcome.reason === 'cancelled' ? null : outcome.message;
    } catch {
      return 'L’impression n’a pas pu démarrer.';
    }
  }
  try {
    const target = frame?.contentWindow;
    if (!target) return FRAME_PRINT_FAILED;
    target.focus();
    target.print();
    return null;
  } catch {
    return FRAME_PRINT_FAILED;
  }
}
