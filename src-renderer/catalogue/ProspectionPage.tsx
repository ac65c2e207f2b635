import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { HOST_TYPE_LABELS } from '@shared/domain/catalogue/host-types';
import {
  PROSPECT_STATUSES,
  PROSPECT_STATUS_LABELS,
  type ProspectStatus,
} from '@shared/domain/catalogue/post-categories';
import { formatInteger } from '../app/format';
import { dateOrDash, todayLocal } from '../cases/labels';
import { SelectField } from '../forms/fields/SelectField';
import { rpcQuery } from '../queries/rpcQuery';
import { ExportCsvButton } from './ExportCsvButton';
import { ListStatus } from './ListStatus';
import { ProspectDialog, type Prospect } from './ProspectDialog';
import { SearchField } from './SearchField';
import { usePagedList } from './usePagedList';

const LIMIT = 500;
const CLOSED = new Set(['habilitee', 'refus']);

/** The référent's prospection pipeline, one table per step, overdue next actions in red. */
export function ProspectionPage() {
  const list = usePagedList('tigdesk.catalogue.prospects', { status: '' });
  const status = (list.state.filters.status || undefined) as ProspectStatus | undefined;
  const prospects = useQuery({
    ...rpcQuery('prospects.list', { query: list.query, status, offset: 0, limit: LIMIT }),
    placeholderData: keepPreviousData,
  });
  const [editing, setEditing] = useState<Prospect | 'new' | null>(null);
  const items = prospects.data?.items ?? [];
  const total = prospects.data?.total;
  const today = todayLocal();
  return (
    <>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ mb: 2, alignItems: { md: 'center' }, flexWrap: 'wrap' }}
      >
        <SearchField
          label="Rechercher un organisme (nom, commune, contact)"
          value={list.state.query}
          onChange={list.setQuery}
        />
        <SelectField
          margin="none"
          size="small"
          fullWidth={false}
          label="Filtrer par étape"
          emptyLabel="Toutes les étapes"
          options={PROSPECT_STATUSES.map((status) => [status, PROSPECT_STATUS_LABELS[status]] as const)}
          value={list.state.filters.status}
          onChange={(event) => list.setFilter('status', event.target.value)}
        />
        <ExportCsvButton input={{ list: 'prospects', query: list.state.query, filters: { status } }} />
        <Button variant="contained" onClick={() => setEditing('new')}>
          Nouvel organisme
        </Button>
      </Stack>
      <ListStatus
        loading={prospects.isFetching}
        error={prospects.error}
        total={total}
        one="organisme"
        many="organismes"
      />
      {total !== undefined && total > items.length && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          Les {formatInteger(items.length)} premiers sont affichés : affinez la recherche.
        </Typography>
      )}
      {PROSPECT_STATUSES.map((status) => {
        const group = items.filter((item) => item.status === status);
        if (list.state.filters.status && list.state.filters.status !== status) return null;
        return (
          <section key={status} aria-labelledby={`prospects-${status}`}>
            <Typography variant="h2" id={`prospects-${status}`} sx={{ mt: 3, mb: 1, fontSize: '1.15rem' }}>
              {PROSPECT_STATUS_LABELS[status]} ({group.length})
            </Typography>
            {group.length === 0 ? (
              <Typography color="text.secondary">
                {prospects.isPending ? 'Chargement…' : 'Aucun organisme à cette étape.'}
              </Typography>
            ) : (
              <TableContainer component={Paper} variant="outlined">
                <Table size="small" aria-labelledby={`prospects-${status}`}>
                  <TableHead>
                    <TableRow>
                      <TableCell>Organisme</TableCell>
                      <TableCell>Commune</TableCell>
                      <TableCell>Contact</TableCell>
                      <TableCell>Prochaine action</TableCell>
                      <TableCell>Date</TableCell>
                      <TableCell>Actions</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {group.map((prospect) => {
                      const overdue =
                        !CLOSED.has(prospect.status) && prospect.nextActionOn !== null && prospect.nextActionOn < today;
                      return (
                        <TableRow key={prospect.id} sx={{ verticalAlign: 'top' }}>
                          <TableCell>
                            <Typography sx={{ fontWeight: 600 }}>{prospect.name}</Typography>
                            {prospect.kind && (
                              <Typography variant="body2" color="text.secondary">
                                {HOST_TYPE_LABELS[prospect.kind]}
                              </Typography>
                            )}
                          </TableCell>
                          <TableCell>{prospect.city ?? '—'}</TableCell>
                          <TableCell>{prospect.contact ?? '—'}</TableCell>
                          <TableCell>{prospect.nextAction ?? '—'}</TableCell>
                          <TableCell
                            sx={{
                              whiteSpace: 'nowrap',
                              color: overdue ? 'error.main' : undefined,
                              fontWeight: overdue ? 700 : undefined,
                            }}
                          >
                            {dateOrDash(prospect.nextActionOn)}
                            {overdue && ' (en retard)'}
                          </TableCell>
                          <TableCell>
                            <Button
                              size="small"
                              onClick={() => setEditing(prospect)}
                              aria-label={`Modifier ${prospect.name}`}
                            >
                              Modifier
                            </Button>
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
          </section>
        );
      })}
      {editing && (
        <ProspectDialog
          prospect={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => setEditing(null)}
        />
      )}
    </>
  );
}
