import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import type { MethodInput } from '@shared/rpc/contract';
import { formatInteger } from '../app/format';
import { useRpc } from '../app/RpcContext';
import { useAction } from '../cases/useAction';
import { downloadText } from './downloadText';

/** "Exporter en CSV": the server builds the file from the same search and filters as the screen, the browser saves it. */
export function ExportCsvButton({ input }: { input: MethodInput<'catalogue.exportCsv'> }) {
  const rpc = useRpc();
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  const onClick = () =>
    void action.run(async () => {
      const file = await rpc.call('catalogue.exportCsv', { ...input, query: input.query?.trim() || undefined });
      downloadText(file.fileName, file.content);
      setDone(
        `${formatInteger(file.rows)} ligne${file.rows > 1 ? 's' : ''} exportée${file.rows > 1 ? 's' : ''} dans ${file.fileName}.`,
      );
    });
  return (
    <>
      <Button variant="outlined" onClick={onClick} disabled={action.pending}>
        Exporter en CSV
      </Button>
      <Snackbar
        open={done !== null || action.error !== null}
        autoHideDuration={6000}
        onClose={() => (setDone(null), action.clear())}
      >
        <Alert
          severity={action.error ? 'error' : 'success'}
          onClose={() => (setDone(null), action.clear())}
          role="status"
        >
          {action.error ? action.error.message : done}
        </Alert>
      </Snackbar>
    </>
  );
}
