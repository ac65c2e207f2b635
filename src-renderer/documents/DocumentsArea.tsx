import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSession } from '../app/SessionContext';
import { useRpcQuery } from '../app/useRpcQuery';
import { SectionCard } from '../cases/SectionCard';
import { useDebounced } from '../cases/useDebounced';
import { SearchField } from '../catalogue/SearchField';
import { BatchPrintingCard } from './BatchPrintingCard';
import { DocumentsTable } from './DocumentsTable';

/** The "Documents" area: batches to print, and every archived document of the desk found by its reference. */
export function DocumentsArea() {
  const role = useSession().session.user?.role;
  const [printed, setPrinted] = useState(0);
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
      <BatchPrintingCard role={role} onPrinted={() => setPrinted((count) => count + 1)} />
      <ArchiveCard key={printed} />
    </>
  );
}

function ArchiveCard() {
  const [reference, setReference] = useState('');
  const settled = useDebounced(reference.trim(), 300);
  const list = useRpcQuery('documents.list', settled ? { reference: settled, limit: 100 } : { limit: 100 });
  return (
    <SectionCard title="Documents imprimés">
      <Stack direction="row" sx={{ mb: 2 }}>
        <SearchField
          label="Référence (en bas de chaque page, ex. : DA-2026-7K3M2Q)"
          value={reference}
          onChange={setReference}
        />
      </Stack>
      {list.error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {list.error.message}
        </Alert>
      )}
      {list.loading && <LinearProgress aria-label="Chargement des documents" sx={{ mb: 1 }} />}
      {list.data && (
        <DocumentsTable
          records={list.data}
          label="Documents imprimés sur ce poste"
          emptyText={settled ? 'Aucun document ne porte cette référence.' : 'Aucun document imprimé.'}
          onChanged={() => void list.reload()}
        />
      )}
    </SectionCard>
  );
}
