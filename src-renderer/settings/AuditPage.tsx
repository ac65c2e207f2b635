import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridPaginationModel } from '@mui/x-data-grid';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatInteger } from '../app/format';
import { rpcQuery } from '../queries/rpcQuery';
import { AUDIT_COLUMNS } from './auditColumns';
import { AuditVerifyPanel } from './AuditVerifyPanel';
import { AuditCheckpointPanel } from './AuditCheckpointPanel';

const FIRST_PAGE: GridPaginationModel = { page: 0, pageSize: 100 };

/**
 * Where the pages are counted from: just above the newest entry when the first page was read, and how many entries
 * there were then. Entries are numbered 1, 2, 3… without gaps (the chain checks it), so page p starts at
 * `beforeSeq - p × pageSize`, and entries written meanwhile do not shift the pages being read.
 */
interface Anchor {
  beforeSeq: number;
  total: number;
}

/** The audit trail, newest first, read from the server page by page. */
export function AuditPage() {
  const queryClient = useQueryClient();
  const [pagination, setPagination] = useState<GridPaginationModel>(FIRST_PAGE);
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const { page, pageSize } = pagination;
  const input =
    page === 0 || anchor === null
      ? { limit: pageSize }
      : { beforeSeq: Math.max(1, anchor.beforeSeq - page * pageSize), limit: pageSize };
  const list = useQuery({ ...rpcQuery('audit.list', input), placeholderData: keepPreviousData });

  // The first page, read afresh, moves the anchor to the newest entry.
  const first = page === 0 && list.data && !list.isPlaceholderData ? list.data : null;
  const top = first ? { beforeSeq: (first.entries[0]?.seq ?? 0) + 1, total: first.total } : null;
  if (top && (top.beforeSeq !== anchor?.beforeSeq || top.total !== anchor.total)) setAnchor(top);

  const refresh = () => {
    setPagination((previous) => ({ ...previous, page: 0 }));
    void queryClient.invalidateQueries({ queryKey: ['rpc', 'audit.list'] });
  };

  const total = anchor?.total ?? list.data?.total ?? 0;
  return (
    <section aria-labelledby="audit-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2, gap: 2 }}>
        <Typography variant="h2" id="audit-title">
          Journal d'audit
        </Typography>
        <Button variant="outlined" onClick={refresh} disabled={list.isFetching}>
          Actualiser
        </Button>
      </Stack>
      <AuditVerifyPanel />
      <AuditCheckpointPanel />
      {list.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {list.error.message}
        </Alert>
      )}
      {list.data && (
        <Typography sx={{ mb: 1 }} color="text.secondary">
          {formatInteger(total)} entrée(s), de la plus récente à la plus ancienne.
        </Typography>
      )}
      <Box
        sx={{
          height: 'calc(100vh - 300px)',
          minHeight: 420,
          '& .audit-outcome--failed': { color: 'error.main', fontWeight: 600 },
        }}
      >
        <DataGrid
          aria-labelledby="audit-title"
          rows={list.data?.entries ?? []}
          columns={AUDIT_COLUMNS}
          getRowId={(entry) => entry.seq}
          getRowHeight={() => 'auto'}
          loading={list.isFetching}
          paginationMode="server"
          rowCount={total}
          paginationModel={pagination}
          onPaginationModelChange={setPagination}
          pageSizeOptions={[25, 50, 100]}
          // The server gives the entries newest first, page by page: a sort or a filter would see one page only.
          disableColumnSorting
          disableColumnFilter
          rowSelection={false}
          density="compact"
          showToolbar
          slotProps={{
            toolbar: {
              showQuickFilter: false,
              csvOptions: { fileName: 'journal-audit', delimiter: ';', utf8WithBom: true },
              printOptions: { disableToolbarButton: true },
            },
          }}
        />
      </Box>
    </section>
  );
}
