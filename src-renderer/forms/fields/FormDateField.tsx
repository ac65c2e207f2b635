import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateField, type DateFieldProps } from './DateField';
import { TimeField } from './TimeField';

type Props<V extends FieldValues> = Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur' | 'error' | 'name'> & {
  control: Control<V>;
  name: FieldPath<V>;
  /** A time of day (HH:mm) rather than a date. */
  time?: boolean;
};

/** A date (jj/mm/aaaa) or time (HH:mm) field bound to a react-hook-form value held as the contract's string. */
export function FormDateField<V extends FieldValues>({ control, name, helperText, time = false, ...props }: Props<V>) {
  const Field = time ? TimeField : DateField;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          {...props}
          id={props.id ?? `field-${name}`}
          name={field.name}
          value={(field.value as string | null | undefined) ?? ''}
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
