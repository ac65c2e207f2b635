import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { DOCUMENT_TEMPLATE_LABELS, type DocumentTemplate } from '../../src-shared/schemas/documents';
import type { MeasureDetail } from '../../src-shared/schemas/measures';
import { useRpc } from '../app/RpcContext';
import { SectionCard } from '../cases/SectionCard';
import { ArchivedDocuments } from './ArchivedDocuments';
import { PrintButton } from './PrintButton';

/** Templates of the measure file not generated yet by this version: shown, disabled. */
const COMING: readonly DocumentTemplate[] = ['attestation_execution', 'rapport_fin_mesure', 'rapport_incident'];

/** The measure's "Documents" tab: print its paperwork, and find what was printed before. */
export function MeasureDocumentsTab({ detail }: { detail: MeasureDetail }) {
  const rpc = useRpc();
  const [printed, setPrinted] = useState(0);
  const measureId = detail.measure.id;
  const placed = detail.placements.some((placement) => placement.status === 'active');
  const generate = (template: DocumentTemplate) => () => rpc.call('documents.generate', { template, entityId: measureId });
  const onPrinted = () => setPrinted((count) => count + 1);

  return (
    <>
      <SectionCard title="Imprimer">
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: { md: 'flex-start' } }}>
          <div>
            <PrintButton label="Imprimer la décision d’affectation" variant="contained" disabled={!placed} produce={generate('decision_affectation')} onPrinted={onPrinted} />
          </div>
          <div>
            <PrintButton label="Imprimer la fiche horaire" produce={generate('fiche_horaire')} onPrinted={onPrinted} />
          </div>
          <div>
            <PrintButton label="Imprimer la fiche de consentement" produce={generate('fiche_consentement')} onPrinted={onPrinted} />
          </div>
        </Stack>
        {!placed && (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            La décision d’affectation s’imprime une fois la personne affectée à un poste.
          </Typography>
        )}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 2 }}>
          {COMING.map((template) => (
            <Button key={template} size="small" disabled>
              {DOCUMENT_TEMPLATE_LABELS[template]} — bientôt
            </Button>
          ))}
        </Stack>
      </SectionCard>
      <SectionCard title="Documents de la mesure">
        <ArchivedDocuments owner={{ measureId }} label="Documents imprimés pour la mesure" printed={printed} />
      </SectionCard>
    </>
  );
}
