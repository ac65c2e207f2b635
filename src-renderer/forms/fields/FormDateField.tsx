import { useId } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateField, type DateFieldProps } from './DateField';
import { TimeField } from './TimeField';

type Props<V extends FieldValues, T = V> = Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur' | 'error' | 'name'> & {
  /** The form's control; its validated output (T) may differ from its values (a zod transform). */
  control: Control<V, unknown, T>;
  name: FieldPath<V>;
  /** A time of day (HH:mm) rather than a date. */
  time?: boolean;
  /** A rule broken by the value as typed (shown as an error until the form has its own). */
  problem?: string;
};

/** A date (jj/mm/aaaa) or time (HH:mm) field bound to a react-hook-form value held as the contract's string. */
export function FormDateField<V extends FieldValues, T = V>({
  control,
  name,
  helperText,
  time = false,
  problem,
  ...props
}: Props<V, T>) {
  // Unique per field on screen: a dialog's « Date » must not label the page's « Date » behind it.
  const formId = useId();
  const Field = time ? TimeField : DateField;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          {...props}
          id={props.id ?? `${formId}-${name}`}
          name={field.name}
          value={(field.value as string | null | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldState.error !== undefined || problem !== undefined}
          helperText={fieldState.error?.message ?? problem ?? helperText}
        />
      )}
    />
  );
}
