import Box from '@mui/material/Box';
import {
  DataGrid,
  type GridColDef,
  type GridPaginationModel,
  type GridRowParams,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import { useMemo, useState, type MouseEvent } from 'react';
import { frenchGridText } from '../app/gridText';

export const PAGE_SIZES = [25, 50, 100];

/** Pages asked to the server: the total it counted, the page on screen and its change. */
export interface ServerPaging {
  rowCount: number | undefined;
  model: GridPaginationModel;
  onChange: (model: GridPaginationModel) => void;
}

interface Props<R extends GridValidRowModel> {
  /** The grid's accessible name. */
  label: string;
  rows: readonly R[];
  /** Stable (module constant or memo): the grid rebuilds its columns when this changes. */
  columns: readonly GridColDef<R>[];
  loading: boolean;
  emptyText: string;
  /** Server-side pages; without it the grid pages the rows it is given. */
  paging?: ServerPaging;
  /** The name of the file the toolbar's "Télécharger en CSV" saves (the rows on screen). */
  csvFileName: string;
  /** Columns offered in "Colonnes" but not shown at first. */
  hiddenColumns?: readonly string[];
  /** A click elsewhere than on a link or a button of the row. */
  onRowClick?: (row: R) => void;
  /** 'page': a long list in a fixed-height box whose rows are virtualised; 'card': a short list sized to its rows. */
  size?: 'page' | 'card';
}

/**
 * A catalogue list as a Data Grid: French texts, pages of 25/50/100, a toolbar to choose the columns and save the
 * rows on screen as CSV. The server orders the lists (by name) and filters them with the controls above the grid,
 * so the grid neither sorts nor filters by column: doing it within one page would mislead.
 */
export function ListGrid<R extends GridValidRowModel>({
  label,
  rows,
  columns,
  loading,
  emptyText,
  paging,
  csvFileName,
  hiddenColumns = [],
  onRowClick,
  size = 'page',
}: Props<R>) {
  const localeText = useMemo(() => frenchGridText({ noRowsLabel: emptyText }), [emptyText]);
  // Read once, on mount.
  const [initialState] = useState(() => ({
    columns: { columnVisibilityModel: Object.fromEntries(hiddenColumns.map((field) => [field, false])) },
    pagination: { paginationModel: { page: 0, pageSize: PAGE_SIZES[0]! } },
  }));
  const total = paging ? paging.rowCount : rows.length;
  const grid = (
    <DataGrid<R>
      aria-label={label}
      rows={rows}
      columns={columns}
      loading={loading}
      localeText={localeText}
      initialState={initialState}
      {...(paging
        ? {
            paginationMode: 'server' as const,
            // Unknown (-1) until the first answer, so a page kept from earlier in the session is not reset to 0.
            rowCount: paging.rowCount ?? -1,
            paginationModel: paging.model,
            onPaginationModelChange: paging.onChange,
          }
        : {})}
      pageSizeOptions={PAGE_SIZES}
      hideFooter={size === 'card' && (total ?? 0) <= PAGE_SIZES[0]!}
      disableColumnSorting
      disableColumnFilter
      rowSelection={false}
      showToolbar={size === 'page'}
      slotProps={{
        toolbar: {
          showQuickFilter: false,
          printOptions: { disableToolbarButton: true },
          csvOptions: { fileName: csvFileName, delimiter: ';', utf8WithBom: true },
        },
        loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'skeleton' },
      }}
      getRowHeight={() => 'auto'}
      getEstimatedRowHeight={() => 56}
      autoHeight={size === 'card'}
      onRowClick={
        onRowClick
          ? (params: GridRowParams<R>, event: MouseEvent) => {
              if ((event.target as HTMLElement).closest('a, button')) return;
              onRowClick(params.row);
            }
          : undefined
      }
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 700 },
        '& .MuiDataGrid-cell': { py: 1, alignItems: 'flex-start', lineHeight: 1.43 },
        '& .MuiDataGrid-row': { cursor: onRowClick ? 'pointer' : undefined },
      }}
    />
  );
  if (size === 'card') return grid;
  return <Box sx={{ height: 'calc(100vh - 330px)', minHeight: 420 }}>{grid}</Box>;
}
