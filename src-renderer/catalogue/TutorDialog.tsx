import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { tutorInputSchema, type Tutor } from '@shared/schemas/catalogue';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { ActionDialog } from './ActionDialog';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 } as const;

/** A tutor of the host, as the registration file needs them: identity, birth, role, contact, training followed. */
export function TutorDialog({
  hostId,
  tutor,
  onClose,
  onDone,
}: {
  hostId: string;
  tutor: Tutor | null;
  onClose: () => void;
  onDone: () => void;
}) {
  // Empty phone and e-mail are "none": the schema turns them into null.
  const form = useForm({
    defaultValues: {
      hostId,
      lastName: tutor?.lastName ?? '',
      firstName: tutor?.firstName ?? '',
      birthDate: tutor?.birthDate ?? '',
      birthPlace: tutor?.birthPlace ?? '',
      role: tutor?.role ?? '',
      phone: tutor?.phone ?? '',
      email: tutor?.email ?? '',
      trainings: tutor?.trainings ?? [],
    },
    resolver: zodResolver(tutorInputSchema),
  });
  const trainings = useFieldArray({ control: form.control, name: 'trainings' });
  const create = useRpcMutation('tutors.create');
  const update = useRpcMutation('tutors.update');
  const onSubmit = form.handleSubmit(async (parsed) => {
    try {
      if (tutor) await update.mutateAsync({ id: tutor.id, tutor: parsed });
      else await create.mutateAsync(parsed);
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  });
  const title = tutor ? `Modifier le tuteur ${tutor.firstName} ${tutor.lastName}` : 'Ajouter un tuteur';
  return (
    <ActionDialog
      title={title}
      submitLabel={tutor ? 'Enregistrer le tuteur' : 'Ajouter le tuteur'}
      pending={form.formState.isSubmitting}
      error={form.formState.errors.root?.server}
      onClose={onClose}
      onSubmit={onSubmit}
      maxWidth="md"
    >
      <Box sx={grid}>
        <FormTextField control={form.control} name="lastName" label="Nom" required autoComplete="off" />
        <FormTextField control={form.control} name="firstName" label="Prénom" required autoComplete="off" />
        <FormDateField control={form.control} name="birthDate" label="Date de naissance" required />
        <FormTextField control={form.control} name="birthPlace" label="Lieu de naissance" required autoComplete="off" />
        <FormTextField control={form.control} name="role" label="Fonction" required autoComplete="off" />
        <FormTextField control={form.control} name="phone" label="Téléphone" type="tel" autoComplete="off" />
        <FormTextField control={form.control} name="email" label="E-mail" type="email" autoComplete="off" />
      </Box>
      <Typography variant="h3" component="h3" sx={{ mt: 2 }}>
        Formations suivies
      </Typography>
      {trainings.fields.length === 0 && <Typography color="text.secondary">Aucune formation enregistrée.</Typography>}
      {trainings.fields.map((training, index) => (
        <Box
          key={training.id}
          role="group"
          aria-label={`Formation ${index + 1}`}
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr auto' },
            columnGap: 2,
            alignItems: 'center',
          }}
        >
          <FormTextField
            control={form.control}
            name={`trainings.${index}.module`}
            label={`Module de formation ${index + 1}`}
          />
          <FormDateField
            control={form.control}
            name={`trainings.${index}.date`}
            label={`Date de la formation ${index + 1}`}
          />
          <IconButton aria-label={`Retirer la formation ${index + 1}`} onClick={() => trainings.remove(index)}>
            <span aria-hidden="true">✕</span>
          </IconButton>
        </Box>
      ))}
      <Button sx={{ mt: 1 }} onClick={() => trainings.append({ module: '', date: '' })}>
        Ajouter une formation
      </Button>
    </ActionDialog>
  );
}
