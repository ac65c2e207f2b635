import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DOCUMENT_TEMPLATE_LABELS, type DocumentTemplate } from '@shared/schemas/documents';
import type { MeasureDetail } from '@shared/schemas/measures';
import { SectionCard } from '../cases/SectionCard';
import { ArchivedDocuments } from './ArchivedDocuments';
import { PrintButton } from './PrintButton';
import { ReportPrintButton } from './ReportPrintButton';
import type { DocumentRequest } from './useDocumentOutput';

/**
 * The measure's "Documents" tab: print its paperwork, and find what was printed before (the list follows each
 * print by itself: producing a document makes the lists of printed documents stale).
 */
export function MeasureDocumentsTab({ detail }: { detail: MeasureDetail }) {
  const measureId = detail.measure.id;
  const placed = detail.placements.some((placement) => placement.status === 'active');
  const generate = (template: DocumentTemplate): DocumentRequest => ({
    method: 'documents.generate',
    input: { template, entityId: measureId },
  });
  const generateWithText =
    (template: DocumentTemplate) =>
    (text: string): DocumentRequest => ({
      method: 'documents.generate',
      input: { template, entityId: measureId, text },
    });

  return (
    <>
      <SectionCard title="Imprimer">
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: { md: 'flex-start' } }}
        >
          <div>
            <PrintButton
              label="Imprimer la décision d’affectation"
              variant="contained"
              disabled={!placed}
              produce={generate('decision_affectation')}
            />
          </div>
          <div>
            <PrintButton label="Imprimer la fiche horaire" produce={generate('fiche_horaire')} />
          </div>
          <div>
            <PrintButton label="Imprimer la fiche de consentement" produce={generate('fiche_consentement')} />
          </div>
        </Stack>
        {!placed && (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            La décision d’affectation s’imprime une fois la personne affectée à un poste.
          </Typography>
        )}
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: { md: 'flex-start' }, mt: 2 }}
        >
          <div>
            <PrintButton label="Imprimer l’attestation d’exécution" produce={generate('attestation_execution')} />
          </div>
          <div>
            <ReportPrintButton
              label="Imprimer le rapport de fin de mesure"
              title={DOCUMENT_TEMPLATE_LABELS.rapport_fin_mesure}
              textLabel="Appréciation du CPIP"
              produce={generateWithText('rapport_fin_mesure')}
            />
          </div>
          <div>
            <ReportPrintButton
              label="Imprimer le rapport d’incident"
              title={DOCUMENT_TEMPLATE_LABELS.rapport_incident}
              textLabel="Réponse proposée au juge"
              produce={generateWithText('rapport_incident')}
            />
          </div>
        </Stack>
      </SectionCard>
      <SectionCard title="Documents de la mesure">
        <ArchivedDocuments owner={{ measureId }} label="Documents imprimés pour la mesure" />
      </SectionCard>
    </>
  );
}
