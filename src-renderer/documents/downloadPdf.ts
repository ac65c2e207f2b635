import type { GeneratedDocument } from './types';
import { pdfBlob } from './pdfBlob';

/** Saves the PDF under its file name through a temporary <a download>: the same in the browser host and in Electron. */
export function downloadPdf(generated: GeneratedDocument): void {
  const url = URL.createObjectURL(pdfBlob(generated.pdfBase64));
  const link = document.createElement('a');
  link.href = url;
  link.download = generated.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the click start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
