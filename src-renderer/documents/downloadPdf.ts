import type { PrintablePdf } from './types';
import { pdfBlob } from './pdfBlob';

/** Saves the PDF under its file name through a temporary <a download>: the same in the browser host and in Electron. */
export function downloadPdf(pdf: Pick<PrintablePdf, 'fileName' | 'pdfBase64'>): void {
  const url = URL.createObjectURL(pdfBlob(pdf.pdfBase64));
  const link = document.createElement('a');
  link.href = url;
  link.download = pdf.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the click start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
