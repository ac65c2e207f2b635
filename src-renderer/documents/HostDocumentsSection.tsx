import Box from '@mui/material/Box';
import { useState } from 'react';
import { useRpc } from '../app/RpcContext';
import { DocumentsSection } from './DocumentsSection';
import { PrintButton } from './PrintButton';

/** The host file's "Documents": the tutors' timesheets of every current placement in one PDF, and what was printed. */
export function HostDocumentsSection({ hostId }: { hostId: string }) {
  const rpc = useRpc();
  const [printed, setPrinted] = useState(0);
  return (
    <DocumentsSection owner={{ hostId }} label="Documents imprimés pour la structure" printed={printed}>
      <Box sx={{ mb: 2 }}>
        <PrintButton
          label="Imprimer les fiches horaires de la structure"
          produce={() => rpc.call('documents.batchTimesheets', { hostId })}
          onPrinted={() => setPrinted((count) => count + 1)}
        />
      </Box>
    </DocumentsSection>
  );
}
