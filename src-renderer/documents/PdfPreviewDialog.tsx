import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useMemo, useRef, useState } from 'react';
import { downloadPdf } from './downloadPdf';
import { pdfBlob } from './pdfBlob';
import { printPdf } from './printPdf';
import type { PrintablePdf } from './types';

/**
 * The PDF shown in the app through a blob: frame (the CSP allows `frame-src blob:`). "Imprimer" opens the operating
 * system's print dialog: through the desktop shell in Electron, through the frame in a browser.
 */
export function PdfPreviewDialog({
  pdf,
  printOnLoad,
  allowDownload = true,
  onClose,
}: {
  pdf: PrintablePdf;
  printOnLoad: boolean;
  /** The recovery key sheet is printed only: no download button, and the viewer's toolbar hidden. */
  allowDownload?: boolean;
  onClose: () => void;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const url = useMemo(() => URL.createObjectURL(pdfBlob(pdf.pdfBase64)), [pdf.pdfBase64]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const pending = useRef(printOnLoad);

  const print = async () => {
    setPrinting(true);
    try {
      setPrintProblem(await printPdf(pdf, frame.current));
    } finally {
      setPrinting(false);
    }
  };

  const onLoad = () => {
    if (!pending.current) return;
    pending.current = false;
    // The PDF viewer needs a moment after the load event before it can print.
    window.setTimeout(() => void print(), 500);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="pdf-preview-title" fullWidth maxWidth="lg">
      <DialogTitle id="pdf-preview-title">
        {pdf.title}
        {pdf.subtitle ? ` — ${pdf.subtitle}` : ''}
      </DialogTitle>
      <DialogContent>
        {printProblem && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {printProblem}
          </Alert>
        )}
        <iframe
          ref={frame}
          src={allowDownload ? url : `${url}#toolbar=0`}
          title={`Aperçu : ${pdf.title}`}
          onLoad={onLoad}
          style={{ width: '100%', height: '75vh', border: '1px solid #9e9e9e' }}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" aria-busy={printing} disabled={printing} onClick={() => void print()}>
          {printing ? 'Impression…' : 'Imprimer'}
        </Button>
        {allowDownload && (
          <Button variant="outlined" onClick={() => downloadPdf(pdf)}>
            Télécharger
          </Button>
        )}
        <Button onClick={onClose}>Fermer</Button>
      </DialogActions>
    </Dialog>
  );
}
