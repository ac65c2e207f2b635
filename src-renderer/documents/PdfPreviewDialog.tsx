import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useMemo, useRef, useState } from 'react';
import { downloadPdf } from './downloadPdf';
import { pdfBlob } from './pdfBlob';
import type { GeneratedDocument } from './types';

/**
 * The PDF shown in the app through a blob: frame (the CSP allows `frame-src blob:`); "Imprimer" asks the frame to
 * print, which opens the operating system's print dialog in Electron and the browser's in the browser host.
 */
export function PdfPreviewDialog({ generated, printOnLoad, onClose }: { generated: GeneratedDocument; printOnLoad: boolean; onClose: () => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [printError, setPrintError] = useState(false);
  const url = useMemo(() => URL.createObjectURL(pdfBlob(generated.pdfBase64)), [generated.pdfBase64]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const pending = useRef(printOnLoad);

  const print = () => {
    try {
      const target = frame.current?.contentWindow;
      if (!target) throw new Error('no frame');
      target.focus();
      target.print();
      setPrintError(false);
    } catch {
      setPrintError(true);
    }
  };

  const onLoad = () => {
    if (!pending.current) return;
    pending.current = false;
    // The PDF viewer needs a moment after the load event before it can print.
    window.setTimeout(print, 500);
  };

  const { document: record } = generated;
  return (
    <Dialog open onClose={onClose} aria-labelledby="pdf-preview-title" fullWidth maxWidth="lg">
      <DialogTitle id="pdf-preview-title">
        {record.title} — {record.reference}
      </DialogTitle>
      <DialogContent>
        {printError && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            L’impression directe n’a pas pu s’ouvrir : utilisez le bouton d’impression de l’aperçu, ou téléchargez le document.
          </Alert>
        )}
        <iframe
          ref={frame}
          src={url}
          title={`Aperçu : ${record.title}`}
          onLoad={onLoad}
          style={{ width: '100%', height: '75vh', border: '1px solid #9e9e9e' }}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" onClick={print}>
          Imprimer
        </Button>
        <Button variant="outlined" onClick={() => downloadPdf(generated)}>
          Télécharger
        </Button>
        <Button onClick={onClose}>Fermer</Button>
      </DialogActions>
    </Dialog>
  );
}
