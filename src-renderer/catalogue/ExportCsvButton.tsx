import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import type { MethodInput } from '@shared/rpc/contract';
import { formatInteger } from '../app/format';
import { useRpcMutation } from '../queries/useRpcMutation';
import { downloadText } from './downloadText';

/**
 * "Exporter en CSV": the server builds the file of the WHOLE list from the same search and filters as the screen
 * (not only the page on screen, which the grid's own toolbar exports), the browser saves it.
 */
export function ExportCsvButton({ input }: { input: MethodInput<'catalogue.exportCsv'> }) {
  const exportCsv = useRpcMutation('catalogue.exportCsv');
  const [done, setDone] = useState<string | null>(null);
  const onClick = () =>
    exportCsv.mutate(
      { ...input, query: input.query?.trim() || undefined },
      {
        onSuccess: (file) => {
          downloadText(file.fileName, file.content);
          setDone(
            `${formatInteger(file.rows)} ligne${file.rows > 1 ? 's' : ''} exportée${file.rows > 1 ? 's' : ''} dans ${file.fileName}.`,
          );
        },
      },
    );
  const close = () => {
    setDone(null);
    exportCsv.reset();
  };
  return (
    <>
      <Button variant="outlined" onClick={onClick} disabled={exportCsv.isPending}>
        Exporter en CSV
      </Button>
      <Snackbar open={done !== null || exportCsv.error !== null} autoHideDuration={6000} onClose={close}>
        <Alert severity={exportCsv.error ? 'error' : 'success'} onClose={close} role="status">
          {exportCsv.error ? exportCsv.error.message : done}
        </Alert>
      </Snackbar>
    </>
  );
}
