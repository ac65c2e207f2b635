import Box from '@mui/material/Box';
import { DocumentsSection } from './DocumentsSection';
import { PrintButton } from './PrintButton';

/** The host file's "Documents": the tutors' timesheets of every current placement in one PDF, and what was printed. */
export function HostDocumentsSection({ hostId }: { hostId: string }) {
  return (
    <DocumentsSection owner={{ hostId }} label="Documents imprimés pour la structure">
      <Box sx={{ mb: 2 }}>
        <PrintButton
          label="Imprimer les fiches horaires de la structure"
          produce={{ method: 'documents.batchTimesheets', input: { hostId } }}
        />
      </Box>
    </DocumentsSection>
  );
}
