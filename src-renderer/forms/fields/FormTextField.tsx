import { useId } from 'react';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

type Props<V extends FieldValues, T = V> = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'onBlur' | 'error'> & {
  /** The form's control; its validated output (T) may differ from its values (a zod transform). */
  control: Control<V, unknown, T>;
  name: FieldPath<V>;
};

/** A text field bound to a react-hook-form value; its error (schema or server) replaces the helper text. */
export function FormTextField<V extends FieldValues, T = V>({ control, name, helperText, ...props }: Props<V, T>) {
  // Unique per field on screen: a dialog's « Date » must not label the page's « Date » behind it.
  const formId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          id={props.id ?? `${formId}-${name}`}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}
