import Box from '@mui/material/Box';
import { DOCUMENT_READERS } from '@shared/rpc/document-access';
import { useSession } from '../app/SessionContext';
import { DocumentsSection } from './DocumentsSection';
import { PrintButton } from './PrintButton';

/** The host file's "Documents": the tutors' timesheets of every current placement in one PDF, and what was printed. */
export function HostDocumentsSection({ hostId }: { hostId: string }) {
  const role = useSession().session.user?.role;
  // The timesheets name the persons placed there: printed only by the roles that open case files.
  const printsTimesheets = role !== undefined && DOCUMENT_READERS.case.includes(role);
  return (
    <DocumentsSection owner={{ hostId }} label="Documents imprimés pour la structure">
      {printsTimesheets && (
        <Box sx={{ mb: 2 }}>
          <PrintButton
            label="Imprimer les fiches horaires de la structure"
            produce={{ method: 'documents.batchTimesheets', input: { hostId } }}
          />
        </Box>
      )}
    </DocumentsSection>
  );
}
