import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Role } from '@shared/roles';
import { MeasureDocumentsTab } from '../documents/MeasureDocumentsTab';
import { rpcQuery } from '../queries/rpcQuery';
import { AppointmentsCard } from './AppointmentsCard';
import { ConsentCard } from './ConsentCard';
import { IncidentsCard } from './IncidentsCard';
import { LedgerTable } from './LedgerTable';
import { MeasureHeader } from './MeasureHeader';
import { MedicalExamCard } from './MedicalExamCard';
import { PlacementCard } from './PlacementCard';
import { casesPaths } from './routes';
import { StatusActions } from './StatusActions';
import { SuspensionsCard } from './SuspensionsCard';

export const MEASURE_TABS = [
  { segment: 'suivi', label: 'Consentement et statut' },
  { segment: 'affectation', label: 'Affectation' },
  { segment: 'heures', label: 'Relevé d’heures' },
  { segment: 'incidents', label: 'Incidents' },
  { segment: 'suspensions', label: 'Suspensions du délai' },
  { segment: 'visite-medicale', label: 'Visite médicale' },
  { segment: 'rendez-vous', label: 'Rendez-vous' },
  { segment: 'documents', label: 'Documents' },
] as const;

/** The measure file: header and progress, then one tab per part of the follow-up. */
export function MeasurePage({ id, tab, role }: { id: string; tab: string | undefined; role: Role }) {
  const navigate = useNavigate();
  const query = useQuery(rpcQuery('measures.get', { id }));
  const canFollow = role === 'cpip' || role === 'dpip';
  const canCorrect = canFollow || role === 'secretariat';
  const current = MEASURE_TABS.find((candidate) => candidate.segment === tab) ?? MEASURE_TABS[0];
  const detail = query.data;

  return (
    <>
      <Link href={casesPaths.caseload}>← Retour aux dossiers</Link>
      {query.error && !detail && (
        <>
          <Typography variant="h1" sx={{ mt: 1 }}>
            Mesure
          </Typography>
          <Alert severity="error" sx={{ mt: 2 }}>
            {query.error.message}
          </Alert>
        </>
      )}
      {!detail && query.isPending && <LinearProgress aria-label="Chargement de la mesure" sx={{ mt: 2 }} />}
      {detail && (
        <>
          <MeasureHeader detail={detail} canCorrect={canCorrect} />
          {query.error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {query.error.message}
            </Alert>
          )}
          <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
            <Tabs
              value={current.segment}
              onChange={(_event, value: string) => navigate(casesPaths.measure(id, value))}
              aria-label="Parties du dossier"
              variant="scrollable"
              scrollButtons="auto"
            >
              {MEASURE_TABS.map((item) => (
                <Tab
                  key={item.segment}
                  value={item.segment}
                  label={item.label}
                  id={`measure-tab-${item.segment}`}
                  aria-controls="measure-panel"
                />
              ))}
            </Tabs>
          </Box>
          <div role="tabpanel" id="measure-panel" aria-labelledby={`measure-tab-${current.segment}`}>
            {current.segment === 'suivi' && (
              <>
                <ConsentCard key={detail.measure.updatedAt} detail={detail} />
                <StatusActions detail={detail} canFollow={canFollow} />
              </>
            )}
            {current.segment === 'affectation' && <PlacementCard detail={detail} canFollow={canFollow} />}
            {current.segment === 'heures' && <LedgerTable detail={detail} canFollow={canFollow} />}
            {current.segment === 'incidents' && <IncidentsCard detail={detail} canFollow={canFollow} />}
            {current.segment === 'suspensions' && <SuspensionsCard detail={detail} canFollow={canFollow} />}
            {current.segment === 'visite-medicale' && (
              <MedicalExamCard key={detail.measure.updatedAt} detail={detail} canFollow={canFollow} />
            )}
            {current.segment === 'rendez-vous' && <AppointmentsCard detail={detail} />}
            {current.segment === 'documents' && <MeasureDocumentsTab detail={detail} />}
          </div>
        </>
      )}
    </>
  );
}
