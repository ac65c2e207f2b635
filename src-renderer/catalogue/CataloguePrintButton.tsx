import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useDocumentOutput } from '../documents/useDocumentOutput';
import { useRpcMutation } from '../queries/useRpcMutation';
import { ActionDialog } from './ActionDialog';
import { DepartementField } from './DepartementField';

/** "Imprimer le catalogue des postes": asks the département (the list's filter by default), then previews and prints. */
export function CataloguePrintButton({ departement }: { departement: string }) {
  const generate = useRpcMutation('documents.generate');
  const [asking, setAsking] = useState(false);
  const [value, setValue] = useState('');
  const output = useDocumentOutput(() => setAsking(false));
  const open = () => {
    setValue(departement);
    setAsking(true);
  };
  return (
    <>
      <Button variant="outlined" onClick={open}>
        Imprimer le catalogue des postes
      </Button>
      {asking && (
        <ActionDialog
          title="Catalogue des postes disponibles"
          submitLabel="Imprimer"
          pending={output.pending}
          error={output.error}
          onClose={() => setAsking(false)}
          onSubmit={() =>
            void output.preview(
              () =>
                generate.mutateAsync({
                  template: 'catalogue_postes',
                  ...(value ? { departement: value } : {}),
                }),
              { print: true },
            )
          }
          maxWidth="xs"
        >
          <Typography sx={{ mb: 2 }}>
            Postes ouverts, inscrits et habilités ayant une place libre aujourd’hui, pour l’audience.
          </Typography>
          <DepartementField value={value} onChange={setValue} />
        </ActionDialog>
      )}
      {output.dialog}
    </>
  );
}
