import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type FormEvent, type ReactNode } from 'react';
import { FormErrorAlert } from '../forms/FormErrorAlert';

interface Props {
  title: string;
  submitLabel: string;
  pending: boolean;
  /** The error that belongs to no field: a form's root.server error or a call's AppError. */
  error: { message?: string } | null | undefined;
  onClose: () => void;
  /** A react-hook-form `handleSubmit(...)`, or any handler of the form's submit event. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => unknown;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}

/** A small form in a dialog: title, fields, the server's error, "Annuler" and the action. */
export function ActionDialog({
  title,
  submitLabel,
  pending,
  error,
  onClose,
  onSubmit,
  children,
  maxWidth = 'sm',
}: Props) {
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onSubmit(event);
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={id} fullWidth maxWidth={maxWidth}>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={id}>{title}</DialogTitle>
        <DialogContent>
          {children}
          <FormErrorAlert error={error} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
