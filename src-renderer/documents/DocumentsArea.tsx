import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatInteger } from '../app/format';
import { useSession } from '../app/SessionContext';
import { SectionCard } from '../cases/SectionCard';
import { useDebounced } from '../cases/useDebounced';
import { SearchField } from '../catalogue/SearchField';
import { rpcQuery } from '../queries/rpcQuery';
import { BatchPrintingCard } from './BatchPrintingCard';
import { DocumentsArchiveGrid } from './DocumentsArchiveGrid';

/** The most documents.list answers at once: the newest ones, the older found by their reference. */
const ARCHIVE_LIMIT = 500;

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
  const list = useQuery({
    ...rpcQuery('documents.list', settled ? { reference: settled, limit: ARCHIVE_LIMIT } : { limit: ARCHIVE_LIMIT }),
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
      {list.data?.length === ARCHIVE_LIMIT && (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          Les {formatInteger(ARCHIVE_LIMIT)} documents les plus récents : cherchez les plus anciens par leur référence.
        </Typography>
      )}
      <DocumentsArchiveGrid
        records={list.data ?? []}
        label="Documents imprimés sur ce poste"
        emptyText={settled ? 'Aucun document ne porte cette référence.' : 'Aucun document imprimé.'}
        loading={list.isFetching}
      />
    </SectionCard>
  );
}
