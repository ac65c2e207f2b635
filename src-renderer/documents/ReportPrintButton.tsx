import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useDocumentOutput, type DocumentSource } from './useDocumentOutput';

/** A report to the judge: asks the officer's text (required) in a dialog, then generates, shows and prints it. */
export function ReportPrintButton({
  label,
  title,
  textLabel,
  produce,
  onPrinted,
}: {
  label: string;
  /** The dialog's title: the document's name. */
  title: string;
  /** The text the dialog asks, e.g. "Appréciation du CPIP". */
  textLabel: string;
  /** The document to produce with the officer's text. */
  produce: (text: string) => DocumentSource;
  onPrinted?: () => void;
}) {
  const output = useDocumentOutput(onPrinted);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) {
      setMissing(true);
      return;
    }
    if (await output.preview(produce(value), { print: true })) {
      setOpen(false);
      setText('');
    }
  };

  return (
    <>
      <Button variant="outlined" aria-busy={output.pending} disabled={output.pending} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {!open && <FormErrorAlert error={output.error} />}
      {open && (
        <Dialog open onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="md">
          <form onSubmit={(event) => void onSubmit(event)} noValidate>
            <DialogTitle id={titleId}>{title}</DialogTitle>
            <DialogContent>
              <TextField
                label={textLabel}
                required
                autoFocus
                fullWidth
                multiline
                minRows={6}
                margin="dense"
                value={text}
                onChange={(event) => {
                  setText(event.target.value);
                  if (event.target.value.trim()) setMissing(false);
                }}
                error={missing}
                helperText={
                  missing
                    ? `${textLabel} : obligatoire.`
                    : '10 000 caractères au plus ; imprimé tel quel dans le rapport.'
                }
                slotProps={{ htmlInput: { maxLength: 10_000 } }}
              />
              <FormErrorAlert error={output.error} />
            </DialogContent>
            <DialogActions sx={{ px: 3, pb: 2 }}>
              <Button onClick={() => setOpen(false)}>Annuler</Button>
              <Button type="submit" variant="contained" disabled={output.pending}>
                {output.pending ? 'Génération…' : 'Générer et imprimer'}
              </Button>
            </DialogActions>
          </form>
        </Dialog>
      )}
      {output.dialog}
    </>
  );
}
