import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { ChoiceGroup } from './ChoiceGroup';

/** A ChoiceGroup bound to a react-hook-form value; its error (schema or server) shows under the choices. */
export function FormChoiceGroup<V extends FieldValues, T = V>({
  control,
  name,
  label,
  options,
}: {
  control: Control<V, unknown, T>;
  name: FieldPath<V>;
  label: string;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <ChoiceGroup
          label={label}
          options={options}
          value={(field.value as string | null | undefined) ?? ''}
          onChange={field.onChange}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
