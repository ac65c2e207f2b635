import TextField from '@mui/material/TextField';
import type { ZodForm } from './useZodForm';
import { passphraseHint } from './passphraseHint';

type Values = Record<string, string | boolean>;

/**
 * A new passphrase and its confirmation, with the shared rule checked live under the first field. Used wherever a
 * passphrase is chosen: setup, account creation, reset, change and recovery.
 */
export function NewPassphraseFields<V extends Values>({
  form,
  name,
  label,
  confirmationLabel,
  autoFocus = false,
}: {
  form: ZodForm<V>;
  name: keyof V & string;
  label: string;
  confirmationLabel: string;
  autoFocus?: boolean;
}) {
  return (
    <>
      <TextField
        label={label}
        type="password"
        autoFocus={autoFocus}
        autoComplete="new-password"
        {...form.text(name, passphraseHint(String(form.values[name] ?? '')))}
      />
      <TextField
        label={confirmationLabel}
        type="password"
        autoComplete="new-password"
        {...form.text('confirmation' as keyof V & string)}
      />
    </>
  );
}
