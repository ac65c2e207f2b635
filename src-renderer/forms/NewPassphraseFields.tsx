import { useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FormTextField } from './fields/FormTextField';
import { passphraseHint } from './passphraseHint';

/**
 * A new passphrase and its confirmation (the form's `confirmation` value), with the shared rule checked live under
 * the first field. Used wherever a passphrase is chosen: setup, account creation, reset, change and recovery.
 */
export function NewPassphraseFields<V extends FieldValues & { confirmation: string }>({
  control,
  name,
  label,
  confirmationLabel,
  autoFocus = false,
}: {
  control: Control<V>;
  name: FieldPath<V>;
  label: string;
  confirmationLabel: string;
  autoFocus?: boolean;
}) {
  const value: unknown = useWatch({ control, name });
  return (
    <>
      <FormTextField
        control={control}
        name={name}
        label={label}
        type="password"
        autoFocus={autoFocus}
        autoComplete="new-password"
        helperText={passphraseHint(typeof value === 'string' ? value : '')}
      />
      <FormTextField
        control={control}
        name={'confirmation' as FieldPath<V>}
        label={confirmationLabel}
        type="password"
        autoComplete="new-password"
      />
    </>
  );
}
