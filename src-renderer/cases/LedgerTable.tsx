import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { formatMinutes } from '@shared/domain/duration';
import { SESSION_OUTCOME_LABELS } from '@shared/domain/hours-ledger';
import type { MeasureDetail, LedgerEntryView } from '@shared/schemas/measures';
import { dateOrDash } from './labels';
import { SectionCard } from './SectionCard';
import { SessionDialog } from './SessionDialog';
import { ToneChip } from './StatusChip';

/** The append-only hours ledger: corrected entries stay visible, struck through. */
export function LedgerTable({ detail, canFollow }: { detail: MeasureDetail; canFollow: boolean }) {
  const [dialog, setDialog] = useState<{ corrects: LedgerEntryView | null } | null>(null);
  const entries = [...detail.ledger].sort(
    (a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt),
  );
  const open = ['affecte', 'en_cours', 'suspendu'].includes(detail.measure.status);
  return (
    <SectionCard
      title="Relevé d’heures"
      action={
        canFollow && open ? (
          <Button variant="contained" size="small" onClick={() => setDialog({ corrects: null })}>
            Nouvelle séance
          </Button>
        ) : undefined
      }
    >
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="Séances enregistrées">
          <TableHead>
            <TableRow>
              <TableCell>Date</TableCell>
              <TableCell>Horaires</TableCell>
              <TableCell>Durée</TableCell>
              <TableCell>Issue</TableCell>
              <TableCell>Remarques</TableCell>
              <TableCell>Saisi par</TableCell>
              {canFollow && <TableCell>Actions</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((entry) => {
              const struck = entry.superseded ? { textDecoration: 'line-through', color: 'text.secondary' } : {};
              return (
                <TableRow key={entry.id}>
                  <TableCell sx={{ ...struck, whiteSpace: 'nowrap' }}>{dateOrDash(entry.date)}</TableCell>
                  <TableCell sx={{ ...struck, whiteSpace: 'nowrap' }}>
                    {entry.startTime && entry.endTime ? `${entry.startTime} – ${entry.endTime}` : '—'}
                  </TableCell>
                  <TableCell sx={struck}>{formatMinutes(entry.durationMinutes)}</TableCell>
                  <TableCell>
                    <span style={entry.superseded ? { textDecoration: 'line-through' } : undefined}>
                      {SESSION_OUTCOME_LABELS[entry.outcome]}
                    </span>
                    {entry.superseded && (
                      <>
                        {' '}
                        <ToneChip label="corrigée" tone="neutral" />
                      </>
                    )}
                    {entry.correctsId && !entry.superseded && (
                      <>
                        {' '}
                        <ToneChip label="correction" tone="info" />
                      </>
                    )}
                  </TableCell>
                  <TableCell sx={struck}>{entry.remarks ?? ''}</TableCell>
                  <TableCell>{entry.recordedBy ?? '—'}</TableCell>
                  {canFollow && (
                    <TableCell>
                      {!entry.superseded && (
                        <Button
                          size="small"
                          onClick={() => setDialog({ corrects: entry })}
                          aria-label={`Corriger la séance du ${dateOrDash(entry.date)}`}
                        >
                          Corriger
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
            {entries.length === 0 && (
              <TableRow>
                <TableCell colSpan={canFollow ? 7 : 6}>Aucune séance enregistrée.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {dialog && <SessionDialog detail={detail} corrects={dialog.corrects} onClose={() => setDialog(null)} />}
    </SectionCard>
  );
}
