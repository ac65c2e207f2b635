import Box from '@mui/material/Box';
import { DataGrid, GridOverlay, type GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import type { DocumentRecord } from '@shared/schemas/documents';
import { formatDateTime } from '../app/format';
import { useSession } from '../app/SessionContext';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { DocumentActions, documentTitle } from './DocumentActions';
import { generatedByLabel } from './generatedByLabel';
import { useDocumentOutput } from './useDocumentOutput';

/**
 * The archive of the desk in a data grid: the documents the server found (newest first, searched by reference above
 * the grid), in pages, with the choice of columns and a CSV export. The server answers a bounded list without
 * pages, so the grid pages it here.
 */
export function DocumentsArchiveGrid({
  records,
  label,
  emptyText,
  loading,
}: {
  records: DocumentRecord[];
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
          initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
          pageSizeOptions={[25, 50, 100]}
          // The reference search above the grid asks the server; a filter here would see the rows shown only.
          disableColumnFilter
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
