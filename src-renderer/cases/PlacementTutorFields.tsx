import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useWatch, type Control } from 'react-hook-form';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { NEW_TUTOR, type PlacementValues } from './placementValues';

/**
 * The placement's tutor: one of the post's registered tutors, or « Ajouter un tuteur » with the identity a post's
 * tutor needs (R.623 list of tutors: names, date and place of birth, role); the tutor is then added to the post by
 * the same call.
 */
export function PlacementTutorFields({
  control,
  tutors,
  disabled = false,
}: {
  control: Control<PlacementValues>;
  tutors: readonly { id: string; name: string }[];
  /** Until a post is chosen. */
  disabled?: boolean;
}) {
  const choice = useWatch({ control, name: 'tutorId' });
  return (
    <>
      <FormSelectField
        control={control}
        name="tutorId"
        label="Tuteur"
        required
        disabled={disabled}
        emptyLabel={disabled ? 'Choisissez d’abord le poste' : 'Choisir le tuteur'}
        options={[...tutors.map((t) => [t.id, t.name] as const), [NEW_TUTOR, 'Ajouter un tuteur…'] as const]}
        helperText={
          tutors.length === 0 && !disabled ? 'Ce poste n’a pas encore de tuteur : ajoutez-le.' : 'Tuteurs du poste.'
        }
      />
      {choice === NEW_TUTOR && (
        <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, mt: 1, px: 2, pb: 1 }}>
          <Typography component="legend" variant="body2" sx={{ px: 0.5 }}>
            Nouveau tuteur du poste
          </Typography>
          <FormTextField control={control} name="newTutor.lastName" label="Nom" required />
          <FormTextField control={control} name="newTutor.firstName" label="Prénom" required />
          <FormDateField control={control} name="newTutor.birthDate" label="Date de naissance" required />
          <FormTextField control={control} name="newTutor.birthPlace" label="Lieu de naissance" required />
          <FormTextField control={control} name="newTutor.role" label="Fonction" required />
          <FormTextField control={control} name="newTutor.phone" label="Téléphone" />
        </Box>
      )}
    </>
  );
}
