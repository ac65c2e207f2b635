import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { DocumentRecord } from '@shared/schemas/documents';
import { useRpc } from '../app/RpcContext';
import { formatDateTime } from '../app/format';
import { useSession } from '../app/SessionContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { generatedByLabel } from './generatedByLabel';
import { useDocumentOutput } from './useDocumentOutput';

/** Archived documents, newest first; a reprint or a download gives the same content marked DUPLICATA. */
export function DocumentsTable({
  records,
  label,
  emptyText,
  onChanged,
}: {
  records: DocumentRecord[];
  label: string;
  emptyText: string;
  onChanged: () => void;
}) {
  const rpc = useRpc();
  const me = useSession().session.user;
  const output = useDocumentOutput(onChanged);
  const sorted = [...records].sort((a, b) => b.generatedAt.localeCompare(a.generatedAt));
  const reprint = (id: string) => () => rpc.call('documents.reprint', { id });
  return (
    <>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              <TableCell>Document</TableCell>
              <TableCell>Référence</TableCell>
              <TableCell>Date</TableCell>
              <TableCell>Par</TableCell>
              <TableCell>Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((record) => (
              <TableRow key={record.id}>
                <TableCell>
                  {record.title}
                  {record.duplicataOf && !/duplicata/i.test(record.title) ? ' (duplicata)' : ''}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{record.reference}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(record.generatedAt)}</TableCell>
                <TableCell>{generatedByLabel(record, me)}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      disabled={output.pending}
                      onClick={() => void output.preview(reprint(record.id), { print: true })}
                    >
                      Réimprimer (duplicata)
                    </Button>
                    <Button
                      size="small"
                      disabled={output.pending}
                      onClick={() => void output.download(reprint(record.id))}
                    >
                      Télécharger
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
            {sorted.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>{emptyText}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <FormErrorAlert error={output.error} />
      {output.dialog}
    </>
  );
}
