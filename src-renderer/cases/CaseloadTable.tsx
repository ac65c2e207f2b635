import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  DataGrid,
  type GridColDef,
  type GridPaginationModel,
  type GridRenderCellParams,
  type GridSortModel,
} from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { CONSENT_LABELS } from '@shared/domain/consent';
import { formatMinutes } from '@shared/domain/duration';
import { MEASURE_STATUS_LABELS } from '@shared/domain/measure-status';
import { MEASURE_TYPE_LABELS } from '@shared/domain/measure-types';
import { CASELOAD_SORTS, type CaseloadItem } from '@shared/schemas/caseload';
import { frenchGridText } from '../app/gridText';
import { HoursProgress } from './HoursProgress';
import { CONSENT_SHORT, MEASURE_TYPE_SHORT, dateOrDash, personName } from './labels';
import { casesPaths } from './routes';
import { AlertChip, StatusChip } from './StatusChip';

export type CaseloadSort = (typeof CASELOAD_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

/** The page sizes the lists offer: 100 is the most the MIT grid pages. */
export const PAGE_SIZES = [25, 50, 100];

/** Headers on two lines rather than cut, bold like the app's tables. */
export const gridSx = {
  bgcolor: 'background.paper',
  '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 700, whiteSpace: 'normal', lineHeight: 1.2 },
} as const;

/** The person's name as a real link to the measure, so keyboard users (and the grid's focus) can follow it. */
export function MeasureLinkCell({ row, tabIndex }: GridRenderCellParams<CaseloadItem>) {
  return (
    <Link
      sx={{ fontWeight: 600 }}
      href={casesPaths.measure(row.measureId)}
      tabIndex={tabIndex}
      onClick={(event) => event.stopPropagation()}
    >
      {personName(row)}
    </Link>
  );
}

const isSort = (field: string): field is CaseloadSort => (CASELOAD_SORTS as readonly string[]).includes(field);

/**
 * The columns; the fields of the sortable ones are the server's sort keys. Each value is the text a CSV export
 * writes (the cells show chips, bars and links).
 */
const COLUMNS: GridColDef<CaseloadItem>[] = [
  {
    field: 'name',
    headerName: 'Personne',
    flex: 1,
    minWidth: 140,
    valueGetter: (_value, row) => `${personName(row)} — ${row.dossierNumber} · ${MEASURE_TYPE_SHORT[row.type]}`,
    renderCell: (params) => (
      <div>
        <MeasureLinkCell {...params} />
        <Typography variant="body2" color="text.secondary">
          {params.row.dossierNumber} ·{' '}
          <abbr title={MEASURE_TYPE_LABELS[params.row.type]} style={{ textDecoration: 'none' }}>
            {MEASURE_TYPE_SHORT[params.row.type]}
          </abbr>
        </Typography>
      </div>
    ),
  },
  {
    field: 'status',
    headerName: 'Statut',
    sortable: false,
    width: 115,
    valueGetter: (_value, row) => MEASURE_STATUS_LABELS[row.status],
    renderCell: ({ row }) => <StatusChip status={row.status} />,
  },
  {
    field: 'consent',
    headerName: 'Consentement',
    sortable: false,
    width: 105,
    // The long word may break in a narrow header; the CSV keeps headerName.
    renderHeader: () => <span className="MuiDataGrid-columnHeaderTitle">Consen&shy;tement</span>,
    valueGetter: (_value, row) => CONSENT_LABELS[row.consentStatus],
    renderCell: ({ row }) => <span title={CONSENT_LABELS[row.consentStatus]}>{CONSENT_SHORT[row.consentStatus]}</span>,
  },
  {
    field: 'officer',
    headerName: 'CPIP',
    sortable: false,
    flex: 0.6,
    minWidth: 105,
    valueGetter: (_value, row) => row.officerName ?? 'Non attribuée',
    renderCell: ({ row }) => row.officerName ?? <em>Non attribuée</em>,
  },
  {
    field: 'remaining',
    headerName: 'Heures',
    width: 130,
    valueGetter: (_value, row) => `${formatMinutes(row.creditedMinutes)} / ${formatMinutes(row.hoursOrdered * 60)}`,
    renderCell: ({ row }) => <HoursProgress credited={row.creditedMinutes} ordered={row.hoursOrdered * 60} compact />,
  },
  {
    field: 'deadline',
    headerName: 'Échéance',
    width: 120,
    valueGetter: (_value, row) => dateOrDash(row.effectiveDeadline),
  },
  {
    field: 'lastSession',
    headerName: 'Dernière séance',
    width: 110,
    valueGetter: (_value, row) => dateOrDash(row.lastPresentDate),
  },
  {
    field: 'registered',
    headerName: 'Reçue le',
    width: 100,
    valueGetter: (_value, row) => dateOrDash(row.registeredOn),
  },
  {
    field: 'alerts',
    headerName: 'Alertes',
    sortable: false,
    flex: 1,
    minWidth: 140,
    valueGetter: (_value, row) => row.alerts.map((alert) => alert.message).join(' ; '),
    renderCell: ({ row }) => (
      <Stack spacing={0.5} sx={{ alignItems: 'flex-start', minWidth: 0 }}>
        {row.alerts.map((alert) => (
          <AlertChip key={alert.kind} severity={alert.severity} message={alert.message} />
        ))}
      </Stack>
    ),
  },
];

interface Props {
  items: readonly CaseloadItem[];
  /** Every measure matching the filters, across the pages. */
  total: number;
  loading: boolean;
  sort: CaseloadSort;
  direction: SortDirection;
  onSort: (sort: CaseloadSort, direction: SortDirection) => void;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** Shown when no row matches. */
  emptyText: string;
  labelledBy: string;
}

/**
 * The caseload as a grid: the server pages and sorts (the grid only shows one page), rows are virtualised in a
 * fixed-height box, the toolbar chooses the columns and exports the page as CSV (semicolons, for a French
 * spreadsheet). A click on a row opens the measure, like its name's link.
 */
export function CaseloadTable({
  items,
  total,
  loading,
  sort,
  direction,
  onSort,
  page,
  pageSize,
  onPage,
  emptyText,
  labelledBy,
}: Props) {
  const navigate = useNavigate();
  // Stable models: a new one on every render reads to the grid as a change, and a sort change goes back to page 1.
  const sortModel = useMemo<GridSortModel>(() => [{ field: sort, sort: direction }], [sort, direction]);
  const paginationModel = useMemo<GridPaginationModel>(() => ({ page, pageSize }), [page, pageSize]);
  return (
    <DataGrid<CaseloadItem>
      aria-labelledby={labelledBy}
      rows={items}
      columns={COLUMNS}
      getRowId={(row) => row.measureId}
      rowCount={total}
      loading={loading}
      paginationMode="server"
      paginationModel={paginationModel}
      onPaginationModelChange={(model) => onPage(model.page, model.pageSize)}
      pageSizeOptions={PAGE_SIZES}
      sortingMode="server"
      sortingOrder={['asc', 'desc']}
      sortModel={sortModel}
      onSortModelChange={(model) => {
        const first = model[0];
        const next = first?.sort === 'desc' ? 'desc' : 'asc';
        if (first && isSort(first.field) && (first.field !== sort || next !== direction)) onSort(first.field, next);
      }}
      disableColumnFilter
      disableRowSelectionOnClick
      onRowClick={(params) => void navigate(casesPaths.measure(String(params.id)))}
      getRowHeight={() => 'auto'}
      getEstimatedRowHeight={() => 72}
      showToolbar
      localeText={frenchGridText({ noRowsLabel: emptyText })}
      slotProps={{
        toolbar: {
          showQuickFilter: false,
          printOptions: { disableToolbarButton: true },
          csvOptions: { fileName: 'dossiers', delimiter: ';', utf8WithBom: true },
        },
        loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'linear-progress' },
      }}
      sx={{
        ...gridSx,
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-cell': { py: 1, display: 'flex', alignItems: 'center' },
      }}
    />
  );
}
