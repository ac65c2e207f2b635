import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { useState } from 'react';
import { useSession } from '../app/SessionContext';
import { SectionCard } from '../cases/SectionCard';
import { useDebounced } from '../cases/useDebounced';
import { SearchField } from '../catalogue/SearchField';
import { rpcQuery } from '../queries/rpcQuery';
import { BatchPrintingCard } from './BatchPrintingCard';
import { DocumentsArchiveGrid } from './DocumentsArchiveGrid';

const FIRST_PAGE: GridPaginationModel = { page: 0, pageSize: 25 };

/** The "Documents" area: batches to print, and every archived document of the desk found by its reference. */
export function DocumentsArea() {
  const role = useSession().session.user?.role;
  const [reference, setReference] = useState('');
  if (!role || role === 'admin') {
    return (
      <>
        <Typography variant="h1" gutterBottom>
          Documents
        </Typography>
        <Alert severity="info">
          Les documents sont imprimés par les agents du service (greffe, CPIP, DPIP, référents) : ce compte
          d’administration n’y a pas accès.
        </Alert>
      </>
    );
  }
  return (
    <>
      <Typography variant="h1" gutterBottom>
        Documents
      </Typography>
      {/* A new print clears the search, so that the document just printed shows at the top of the archive. */}
      <BatchPrintingCard role={role} onPrinted={() => setReference('')} />
      <ArchiveCard reference={reference} onReference={setReference} />
    </>
  );
}

function ArchiveCard({ reference, onReference }: { reference: string; onReference: (text: string) => void }) {
  const settled = useDebounced(reference.trim(), 300);
  const [pagination, setPagination] = useState(FIRST_PAGE);
  // A new search starts again from its first page.
  const [searched, setSearched] = useState(settled);
  if (searched !== settled) {
    setSearched(settled);
    setPagination((previous) => ({ ...previous, page: 0 }));
  }
  const paging = { offset: pagination.page * pagination.pageSize, limit: pagination.pageSize };
  const list = useQuery({
    ...rpcQuery('documents.archive', settled ? { reference: settled, ...paging } : paging),
    placeholderData: keepPreviousData,
  });
  return (
    <SectionCard title="Documents imprimés">
      <Stack direction="row" sx={{ mb: 2 }}>
        <SearchField
          label="Référence (en bas de chaque page, ex. : DA-2026-7K3M2Q)"
          value={reference}
          onChange={onReference}
        />
      </Stack>
      {list.error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {list.error.message}
        </Alert>
      )}
      <DocumentsArchiveGrid
        records={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        pagination={pagination}
        onPagination={setPagination}
        label="Documents imprimés sur ce poste"
        emptyText={settled ? 'Aucun document ne porte cette référence.' : 'Aucun document imprimé.'}
        loading={list.isFetching}
      />
    </SectionCard>
  );
}
