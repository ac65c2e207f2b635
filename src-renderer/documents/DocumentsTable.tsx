import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { DocumentRecord } from '@shared/schemas/documents';
import { formatDateTime } from '../app/format';
import { useSession } from '../app/SessionContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { DocumentActions, documentTitle } from './DocumentActions';
import { generatedByLabel } from './generatedByLabel';
import { useDocumentOutput } from './useDocumentOutput';

/**
 * The archived documents of one person, host or measure, newest first: a short list, in a plain table (the whole
 * archive of the desk is a data grid, in the Documents area). A reprint or a download gives the same content
 * marked DUPLICATA.
 */
export function DocumentsTable({
  records,
  label,
  emptyText,
}: {
  records: DocumentRecord[];
  label: string;
  emptyText: string;
}) {
  const me = useSession().session.user;
  const output = useDocumentOutput();
  const sorted = [...records].sort((a, b) => b.generatedAt.localeCompare(a.generatedAt));
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
                <TableCell>{documentTitle(record)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{record.reference}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(record.generatedAt)}</TableCell>
                <TableCell>{generatedByLabel(record, me)}</TableCell>
                <TableCell>
                  <DocumentActions record={record} output={output} />
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
