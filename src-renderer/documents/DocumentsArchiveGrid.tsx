import Box from '@mui/material/Box';
import { DataGrid, GridOverlay, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import type { DocumentRecord } from '@shared/schemas/documents';
import { formatDateTime } from '../app/format';
import { useSession } from '../app/SessionContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { DocumentActions, documentTitle } from './DocumentActions';
import { generatedByLabel } from './generatedByLabel';
import { useDocumentOutput } from './useDocumentOutput';

/**
 * The archive of the desk in a data grid: one page of the documents the server found (newest first, searched by
 * reference above the grid), with the choice of columns and a CSV export of the page.
 */
export function DocumentsArchiveGrid({
  records,
  total,
  pagination,
  onPagination,
  label,
  emptyText,
  loading,
}: {
  records: DocumentRecord[];
  /** Every document the search finds, on all pages. */
  total: number;
  pagination: GridPaginationModel;
  onPagination: (model: GridPaginationModel) => void;
  label: string;
  emptyText: string;
  loading: boolean;
}) {
  const me = useSession().session.user;
  const output = useDocumentOutput();
  const { pending, preview, download } = output;

  const columns = useMemo<GridColDef<DocumentRecord>[]>(
    () => [
      {
        field: 'title',
        headerName: 'Document',
        flex: 1,
        minWidth: 200,
        valueGetter: (_value, row) => documentTitle(row),
      },
      { field: 'reference', headerName: 'Référence', width: 160 },
      {
        field: 'generatedAt',
        headerName: 'Date',
        width: 180,
        valueFormatter: (value: string) => formatDateTime(value),
      },
      {
        field: 'generatedBy',
        headerName: 'Par',
        width: 150,
        valueGetter: (_value, row) => generatedByLabel(row, me),
      },
      {
        field: 'actions',
        headerName: 'Actions',
        width: 310,
        sortable: false,
        disableExport: true,
        renderCell: ({ row, tabIndex }) => (
          <Box sx={{ display: 'flex', alignItems: 'center', height: '100%' }}>
            <DocumentActions record={row} output={{ pending, preview, download }} tabIndex={tabIndex} />
          </Box>
        ),
      },
    ],
    [me, pending, preview, download],
  );

  return (
    <>
      {/* A fixed height: the rows scroll inside the grid, and only those on screen are drawn. */}
      <Box sx={{ height: 'calc(100vh - 300px)', minHeight: 420 }}>
        <DataGrid
          aria-label={label}
          rows={records}
          columns={columns}
          loading={loading}
          paginationMode="server"
          rowCount={total}
          paginationModel={pagination}
          onPaginationModelChange={onPagination}
          pageSizeOptions={[25, 50, 100]}
          // The server orders newest first and searches by reference (above the grid); sorting or filtering here
          // would only see the page shown.
          disableColumnFilter
          disableColumnSorting
          rowSelection={false}
          showToolbar
          slots={{ noRowsOverlay: GridOverlay }}
          slotProps={{
            noRowsOverlay: { children: emptyText },
            toolbar: {
              showQuickFilter: false,
              csvOptions: { fileName: 'documents-imprimes', delimiter: ';', utf8WithBom: true },
              printOptions: { disableToolbarButton: true },
            },
          }}
        />
      </Box>
      <FormErrorAlert error={output.error} />
      {output.dialog}
    </>
  );
}
