import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import {
  DataGrid,
  GridRowCheckbox,
  useGridApiContext,
  type GridColDef,
  type GridRowCheckboxProps,
  type GridRowId,
  type GridRowSelectionModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { MEASURE_STATUS_LABELS, type MeasureStatus } from '@shared/domain/measure-status';
import { MEASURE_TYPE_LABELS } from '@shared/domain/measure-types';
import type { Role } from '@shared/roles';
import type { CaseloadItem } from '@shared/schemas/caseload';
import { frenchGridText } from '../app/gridText';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { SelectField } from '../forms/fields/SelectField';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { MeasureLinkCell, PAGE_SIZES, gridSx, type CaseloadSort, type SortDirection } from './CaseloadTable';
import { MEASURE_TYPE_SHORT, dateOrDash, personName } from './labels';
import { casesPaths } from './routes';
import { SectionCard } from './SectionCard';

const byStatusText = (byStatus: Record<string, number>) =>
  Object.entries(byStatus)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${MEASURE_STATUS_LABELS[status as MeasureStatus] ?? status} : ${count}`)
    .join(' · ') || '—';

const plural = (count: number, word: string) => `${word}${count > 1 ? 's' : ''}`;

/** The manager's distribution: each officer's load, and the measures waiting for an officer. */
export function DistributionPage({ role }: { role: Role }) {
  if (role !== 'dpip') {
    return (
      <>
        <Typography variant="h1" gutterBottom>
          Répartition
        </Typography>
        <Alert severity="info">
          La répartition des mesures entre les CPIP est réservée à la direction du service (DPIP).
        </Alert>
      </>
    );
  }
  return (
    <>
      <Link href={casesPaths.caseload}>← Retour aux dossiers</Link>
      <Typography variant="h1" sx={{ mt: 1, mb: 2 }}>
        Répartition
      </Typography>
      <OfficerLoads />
      <Unassigned />
    </>
  );
}

function OfficerLoads() {
  const loads = useQuery(rpcQuery('measures.officerLoads', {}));
  return (
    <SectionCard title="Charge des CPIP">
      {loads.error && <Alert severity="error">{loads.error.message}</Alert>}
      {loads.isFetching && <LinearProgress aria-label="Chargement des charges" />}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="Charge des CPIP">
          <TableHead>
            <TableRow>
              <TableCell>CPIP</TableCell>
              <TableCell align="right">Mesures actives</TableCell>
              <TableCell>Par statut</TableCell>
              <TableCell align="right">Alertes</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(loads.data ?? []).map((load) => (
              <TableRow key={load.officerId}>
                <TableCell>{load.displayName}</TableCell>
                <TableCell align="right">{load.active}</TableCell>
                <TableCell>{byStatusText(load.byStatus)}</TableCell>
                <TableCell align="right">{load.alerts}</TableCell>
              </TableRow>
            ))}
            {loads.isSuccess && loads.data.length === 0 && (
              <TableRow>
                <TableCell colSpan={4}>Aucun CPIP.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </SectionCard>
  );
}

/** Each row's checkbox names the measure it selects ("Sélectionner DUPONT Jean (2026-00042)"). */
function NamedRowCheckbox({ rowId, slotProps, ...props }: GridRowCheckboxProps) {
  const apiRef = useGridApiContext();
  const row = apiRef.current.getRow<CaseloadItem>(rowId);
  const label = row ? `Sélectionner ${personName(row)} (${row.dossierNumber})` : slotProps?.htmlInput?.['aria-label'];
  return (
    <GridRowCheckbox
      {...props}
      rowId={rowId}
      slotProps={{ ...slotProps, htmlInput: { ...slotProps?.htmlInput, 'aria-label': label } }}
    />
  );
}

const COLUMNS: GridColDef<CaseloadItem>[] = [
  {
    field: 'name',
    headerName: 'Personne',
    flex: 1.5,
    minWidth: 240,
    valueGetter: (_value, row) => `${personName(row)} — ${row.dossierNumber}`,
    renderCell: (params) => (
      <span>
        <MeasureLinkCell {...params} /> — {params.row.dossierNumber}
      </span>
    ),
  },
  {
    field: 'type',
    headerName: 'Type',
    sortable: false,
    width: 110,
    valueGetter: (_value, row) => MEASURE_TYPE_SHORT[row.type],
    renderCell: ({ row }) => <abbr title={MEASURE_TYPE_LABELS[row.type]}>{MEASURE_TYPE_SHORT[row.type]}</abbr>,
  },
  {
    field: 'hours',
    headerName: 'Heures',
    sortable: false,
    width: 100,
    valueGetter: (_value, row) => `${row.hoursOrdered} h`,
  },
  {
    field: 'deadline',
    headerName: 'Échéance',
    width: 120,
    valueGetter: (_value, row) => dateOrDash(row.effectiveDeadline),
  },
  {
    field: 'registered',
    headerName: 'Reçue le',
    width: 120,
    valueGetter: (_value, row) => dateOrDash(row.registeredOn),
  },
];

const SORTABLE: readonly CaseloadSort[] = ['name', 'deadline', 'registered'];
const NONE: GridRowSelectionModel = { type: 'include', ids: new Set() };

/**
 * The measures no officer follows yet, oldest first, paged by the server. The selection is kept from page to page
 * until it is given to one officer.
 */
function Unassigned() {
  const [page, setPage] = useState({ page: 0, pageSize: 50 });
  const [sort, setSort] = useState<{ sort: CaseloadSort; direction: SortDirection }>({
    sort: 'registered',
    direction: 'asc',
  });
  const users = useQuery(rpcQuery('users.list', {}));
  const unassigned = useQuery({
    ...rpcQuery('measures.caseload', {
      unassigned: true,
      ...sort,
      offset: page.page * page.pageSize,
      limit: page.pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  const [selection, setSelection] = useState<GridRowSelectionModel>(NONE);
  const [officerId, setOfficerId] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const assign = useRpcMutation('measures.assign');
  const officers = (users.data ?? [])
    .filter((user) => user.role === 'cpip' && !user.disabled)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
  const items = unassigned.data?.items ?? [];
  const total = unassigned.data?.total ?? 0;
  const selected = [...selection.ids].map(String);
  // A new model on every render would read to the grid as a change (see CaseloadTable).
  const sortModel = useMemo<GridSortModel>(() => [{ field: sort.sort, sort: sort.direction }], [sort]);

  const onAssign = async () => {
    setNotice(null);
    const officer = officers.find((o) => o.id === officerId);
    try {
      const result = await assign.mutateAsync({ measureIds: selected, officerId });
      setNotice(
        `${result.assigned} ${plural(result.assigned, 'mesure')} ${plural(result.assigned, 'attribuée')} à ${officer?.displayName ?? 'ce CPIP'}.`,
      );
      setSelection(NONE);
    } catch {
      // The mutation's error is shown below the controls.
    }
  };

  return (
    <SectionCard title={`Mesures à attribuer (${total})`}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 1 }}>
        <SelectField
          label="Attribuer à"
          emptyLabel="Choisir un CPIP"
          options={officers.map((o) => [o.id, o.displayName] as const)}
          value={officerId}
          onChange={(event) => setOfficerId(event.target.value)}
          margin="none"
          size="small"
          fullWidth={false}
        />
        <Button
          variant="contained"
          disabled={selected.length === 0 || officerId === '' || assign.isPending}
          onClick={() => void onAssign()}
        >
          Attribuer{' '}
          {selected.length > 0
            ? `les ${selected.length} ${plural(selected.length, 'mesure')} ${plural(selected.length, 'sélectionnée')}`
            : 'la sélection'}
        </Button>
      </Stack>
      {users.error && <Alert severity="error">{users.error.message}</Alert>}
      {notice && (
        <Alert severity="success" sx={{ mb: 1 }} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <FormErrorAlert error={assign.error} />
      {unassigned.error && <Alert severity="error">{unassigned.error.message}</Alert>}
      <Box sx={{ height: 'calc(100vh - 320px)', minHeight: 420, mt: 1 }}>
        <DataGrid<CaseloadItem>
          aria-label="Mesures à attribuer"
          rows={items}
          columns={COLUMNS}
          getRowId={(row) => row.measureId}
          rowCount={total}
          loading={unassigned.isFetching}
          paginationMode="server"
          paginationModel={page}
          onPaginationModelChange={setPage}
          pageSizeOptions={PAGE_SIZES}
          sortingMode="server"
          sortingOrder={['asc', 'desc']}
          sortModel={sortModel}
          onSortModelChange={(model) => {
            const first = model[0];
            const field = SORTABLE.find((key) => key === first?.field);
            const direction = first?.sort === 'desc' ? 'desc' : 'asc';
            if (!field || (field === sort.sort && direction === sort.direction)) return;
            setSort({ sort: field, direction });
            setPage((previous) => ({ ...previous, page: 0 }));
          }}
          checkboxSelection
          disableRowSelectionOnClick
          disableRowSelectionExcludeModel
          keepNonExistentRowsSelected
          rowSelectionModel={selection}
          onRowSelectionModelChange={(model) =>
            setSelection(model.type === 'include' ? model : including(items, model.ids))
          }
          disableColumnFilter
          showToolbar
          localeText={frenchGridText({
            noRowsLabel: 'Aucune mesure à attribuer.',
            checkboxSelectionSelectAllRows: 'Sélectionner toutes les mesures de la page',
            checkboxSelectionUnselectAllRows: 'Désélectionner toutes les mesures de la page',
          })}
          slots={{ rowCheckbox: NamedRowCheckbox }}
          slotProps={{
            toolbar: {
              showQuickFilter: false,
              printOptions: { disableToolbarButton: true },
              csvOptions: { fileName: 'mesures-a-attribuer', delimiter: ';', utf8WithBom: true },
            },
            loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'linear-progress' },
          }}
          sx={gridSx}
        />
      </Box>
    </SectionCard>
  );
}

/** An "every row but these" model made explicit on the page's rows (the grid is asked not to make one). */
function including(items: readonly CaseloadItem[], excluded: ReadonlySet<GridRowId>): GridRowSelectionModel {
  return { type: 'include', ids: new Set(items.map((item) => item.measureId).filter((id) => !excluded.has(id))) };
}
