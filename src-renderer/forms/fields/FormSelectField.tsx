import { useId } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { SelectField } from './SelectField';

interface Props<V extends FieldValues, T = V> {
  /** The form's control; its validated output (T) may differ from its values (a zod transform). */
  control: Control<V, unknown, T>;
  name: FieldPath<V>;
  label: string;
  options: readonly (readonly [value: string, label: string])[];
  emptyLabel?: string;
  helperText?: string;
  disabled?: boolean;
  required?: boolean;
  margin?: 'none' | 'dense' | 'normal';
  size?: 'small' | 'medium';
}

/** A native select bound to a react-hook-form value. */
export function FormSelectField<V extends FieldValues, T = V>({ control, name, helperText, ...props }: Props<V, T>) {
  // Unique per field on screen: a dialog's « Date » must not label the page's « Date » behind it.
  const formId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <SelectField
          {...props}
          id={`${formId}-${name}`}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}
