import FormHelperText from '@mui/material/FormHelperText';
import { Controller, type Control } from 'react-hook-form';
import { FormTextField } from '../forms/fields/FormTextField';
import { AvailabilityGrid } from './AvailabilityGrid';
import type { PlacementValues } from './placementValues';

/** The weekly slots of a placement and the note that says what the grid cannot (one Saturday in two). */
export function PlacementScheduleFields({ control }: { control: Control<PlacementValues> }) {
  return (
    <>
      <Controller
        control={control}
        name="schedule"
        render={({ field, fieldState }) => (
          <>
            <AvailabilityGrid legend="Créneaux de la semaine" value={field.value} onChange={field.onChange} />
            {/* The server's refusal of these slots (a minor's evening or Sunday, more than 35 h a week). */}
            {fieldState.error && <FormHelperText error>{fieldState.error.message}</FormHelperText>}
          </>
        )}
      />
      <FormTextField
        control={control}
        name="scheduleNote"
        label="Précisions sur les horaires"
        helperText="Ex. : samedi 9 h – 12 h, un samedi sur deux."
      />
    </>
  );
}
