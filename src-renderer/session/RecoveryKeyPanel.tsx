import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Fragment, useState } from 'react';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { PdfPreviewDialog } from '../documents/PdfPreviewDialog';
import type { PrintablePdf } from '../documents/types';
import { printPdf } from '../documents/printPdf';
import { useRpcMutation } from '../queries/useRpcMutation';

/**
 * The recovery key, just made: shown once, with its sheet produced once (the server gives the sheet a single time
 * and archives nothing). The sheet stays in memory only while this panel is open, to print again after a paper
 * jam; "Continuer" tells the server the key is put away, after which it can no longer be printed.
 */
export function RecoveryKeyPanel({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const produceSheet = useRpcMutation('documents.recoverySheet');
  const confirm = useRpcMutation('session.confirmRecoveryKey', { onSuccess: onContinue });
  const [noted, setNoted] = useState(false);
  const [sheet, setSheet] = useState<PrintablePdf | null>(null);
  const [printing, setPrinting] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const pending = produceSheet.isPending || printing || confirm.isPending;

  /** The desktop app prints straight through the OS dialog (no viewer that could save a copy); a browser shows it first. */
  const print = async (pdf: PrintablePdf) => {
    if (window.tigdesk?.printPdf) setPrintProblem(await printPdf(pdf, null));
    else setPreviewOpen(true);
  };

  const printSheet = async () => {
    confirm.reset();
    let pdf = sheet;
    if (!pdf) {
      // Produced once: the server refuses a second sheet, so a paper jam reprints this one.
      const printed = await produceSheet.mutateAsync({}).catch(() => null);
      if (!printed) return;
      pdf = {
        key: 'recovery-sheet',
        title: printed.title,
        subtitle: null,
        fileName: printed.fileName,
        pdfBase64: printed.pdfBase64,
      };
      setSheet(pdf);
    }
    setPrinting(true);
    try {
      await print(pdf);
    } finally {
      setPrinting(false);
    }
  };

  return (
    <>
      <Alert severity="warning" sx={{ my: 2 }}>
        Imprimez ou notez cette clé de secours et conservez-la sous clé : elle permet de retrouver l’accès aux données
        si la phrase de passe de l’administrateur est perdue. Elle ne sera plus jamais affichée.
      </Alert>
      <Box
        component="output"
        aria-label="Clé de secours"
        sx={{
          display: 'block',
          fontFamily: "ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Consolas, monospace",
          fontSize: { xs: '1.2rem', sm: '1.6rem' },
          fontWeight: 600,
          letterSpacing: 1,
          textAlign: 'center',
          p: 3,
          my: 2,
          border: 2,
          borderColor: 'primary.main',
          borderRadius: 1,
          bgcolor: '#f5f5fe',
          userSelect: 'all',
        }}
      >
        {/* Lines break only between groups, never inside one, so the key is copied correctly by hand. */}
        {recoveryKey.split('-').map((group, index, groups) => (
          <Fragment key={index}>
            <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
              {group}
            </Box>
            {index < groups.length - 1 && (
              <>
                -<wbr />
              </>
            )}
          </Fragment>
        ))}
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Button
          variant="outlined"
          sx={{ flexShrink: 0 }}
          aria-busy={pending}
          disabled={pending}
          onClick={() => void printSheet()}
        >
          {sheet ? 'Imprimer à nouveau la feuille' : 'Imprimer la feuille de clé de secours'}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {sheet
            ? 'Feuille produite : elle peut être réimprimée jusqu’à « Continuer », plus jamais ensuite.'
            : 'La feuille n’est produite qu’une fois, et n’est pas archivée : imprimez-la maintenant.'}
        </Typography>
      </Stack>
      <FormErrorAlert error={produceSheet.error ?? confirm.error} />
      {printProblem && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {printProblem}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        Conseil : rangez la feuille dans le coffre du service, séparément du poste ; ne la photographiez pas et ne la
        numérisez pas.
      </Typography>
      <FormControlLabel
        sx={{ mt: 2 }}
        control={<Checkbox checked={noted} onChange={(event) => setNoted(event.target.checked)} />}
        label="J’ai imprimé ou noté la clé de secours et je la range en lieu sûr"
      />
      <Button
        variant="contained"
        size="large"
        fullWidth
        sx={{ mt: 2 }}
        disabled={!noted || pending}
        onClick={() => {
          produceSheet.reset();
          confirm.mutate({});
        }}
      >
        Continuer
      </Button>
      {sheet && previewOpen && (
        <PdfPreviewDialog pdf={sheet} printOnLoad allowDownload={false} onClose={() => setPreviewOpen(false)} />
      )}
    </>
  );
}
