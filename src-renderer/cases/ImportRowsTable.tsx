import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ImportRow } from '@shared/schemas/measure-import';
import type { Tone } from './labels';
import { ToneChip } from './StatusChip';

const STATUS: Record<ImportRow['status'], [string, Tone]> = {
  ok: ['Valide', 'success'],
  error: ['Erreur', 'error'],
  duplicate: ['Doublon', 'warning'],
};
const SHOWN = 500;

/** The rows of an import report; the ones to correct first. */
export function ImportRowsTable({ rows, caption }: { rows: readonly ImportRow[]; caption: string }) {
  const order = { error: 0, duplicate: 1, ok: 2 } as const;
  const sorted = [...rows].sort((a, b) => order[a.status] - order[b.status] || a.line - b.line);
  return (
    <>
      <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 560 }}>
        <Table size="small" stickyHeader aria-label={caption}>
          <TableHead>
            <TableRow>
              <TableCell>Ligne</TableCell>
              <TableCell>Statut</TableCell>
              <TableCell>Personne</TableCell>
              <TableCell>Résumé</TableCell>
              <TableCell>Motifs</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.slice(0, SHOWN).map((row) => (
              <TableRow key={row.line} sx={{ verticalAlign: 'top' }}>
                <TableCell>{row.line}</TableCell>
                <TableCell>
                  <ToneChip label={STATUS[row.status][0]} tone={STATUS[row.status][1]} />
                </TableCell>
                <TableCell>{row.personName ?? '—'}</TableCell>
                <TableCell>{row.summary ?? '—'}</TableCell>
                <TableCell>
                  {row.reasons.length === 0 ? (
                    '—'
                  ) : (
                    <ul style={{ margin: 0, paddingLeft: 18 }}>
                      {row.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > SHOWN && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {SHOWN} premières lignes affichées sur {rows.length} (les erreurs d’abord).
        </Typography>
      )}
    </>
  );
}
