import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { tutorInputSchema, type Tutor } from '@shared/schemas/catalogue';
import { useRpc } from '../app/RpcContext';
import { blankToNull } from '../cases/labels';
import { useZodForm } from '../forms/useZodForm';
import { ActionDialog } from './ActionDialog';

const dateProps = { type: 'date', slotProps: { inputLabel: { shrink: true } } } as const;
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
  const rpc = useRpc();
  const form = useZodForm({
    lastName: tutor?.lastName ?? '',
    firstName: tutor?.firstName ?? '',
    birthDate: tutor?.birthDate ?? '',
    birthPlace: tutor?.birthPlace ?? '',
    role: tutor?.role ?? '',
    phone: tutor?.phone ?? '',
    email: tutor?.email ?? '',
  });
  const [trainings, setTrainings] = useState(tutor?.trainings ?? []);
  const setTraining = (index: number, key: 'module' | 'date', value: string) =>
    setTrainings((previous) => previous.map((training, i) => (i === index ? { ...training, [key]: value } : training)));

  const submit = () => {
    const { values } = form;
    const input = { hostId, ...values, phone: blankToNull(values.phone), email: blankToNull(values.email), trainings };
    void form.submit(tutorInputSchema, input, async (parsed) => {
      if (tutor) await rpc.call('tutors.update', { id: tutor.id, tutor: parsed });
      else await rpc.call('tutors.create', parsed);
      onDone();
    });
  };
  const title = tutor ? `Modifier le tuteur ${tutor.firstName} ${tutor.lastName}` : 'Ajouter un tuteur';
  return (
    <ActionDialog
      title={title}
      submitLabel={tutor ? 'Enregistrer le tuteur' : 'Ajouter le tuteur'}
      pending={form.pending}
      error={form.formError}
      onClose={onClose}
      onSubmit={submit}
      maxWidth="md"
    >
      <Box sx={grid}>
        <TextField label="Nom" required autoComplete="off" {...form.text('lastName')} />
        <TextField label="Prénom" required autoComplete="off" {...form.text('firstName')} />
        <TextField label="Date de naissance" required {...dateProps} {...form.text('birthDate')} />
        <TextField label="Lieu de naissance" required autoComplete="off" {...form.text('birthPlace')} />
        <TextField label="Fonction" required autoComplete="off" {...form.text('role')} />
        <TextField label="Téléphone" type="tel" autoComplete="off" {...form.text('phone')} />
        <TextField label="E-mail" type="email" autoComplete="off" {...form.text('email')} />
      </Box>
      <Typography variant="h3" component="h3" sx={{ mt: 2 }}>
        Formations suivies
      </Typography>
      {trainings.length === 0 && <Typography color="text.secondary">Aucune formation enregistrée.</Typography>}
      {trainings.map((training, index) => (
        <Box
          key={index}
          role="group"
          aria-label={`Formation ${index + 1}`}
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr auto' },
            columnGap: 2,
            alignItems: 'center',
          }}
        >
          <TextField
            label={`Module de formation ${index + 1}`}
            value={training.module}
            onChange={(event) => setTraining(index, 'module', event.target.value)}
            error={form.fieldErrors[`trainings.${index}.module`] !== undefined}
            helperText={form.fieldErrors[`trainings.${index}.module`]}
          />
          <TextField
            label={`Date de la formation ${index + 1}`}
            {...dateProps}
            value={training.date}
            onChange={(event) => setTraining(index, 'date', event.target.value)}
            error={form.fieldErrors[`trainings.${index}.date`] !== undefined}
            helperText={form.fieldErrors[`trainings.${index}.date`]}
          />
          <IconButton
            aria-label={`Retirer la formation ${index + 1}`}
            onClick={() => setTrainings((previous) => previous.filter((_t, i) => i !== index))}
          >
            <span aria-hidden="true">✕</span>
          </IconButton>
        </Box>
      ))}
      <Button sx={{ mt: 1 }} onClick={() => setTrainings((previous) => [...previous, { module: '', date: '' }])}>
        Ajouter une formation
      </Button>
    </ActionDialog>
  );
}
