import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { CONSENT_LABELS } from '@shared/domain/consent';
import { courtInSentence, measureAuthority } from '@shared/domain/measure-authority';
import { formatMinutes } from '@shared/domain/duration';
import { TERMINAL_STATUSES } from '@shared/domain/measure-status';
import { ENFORCEABLE_SOURCE_LABELS } from '@shared/domain/enforceable';
import { MEASURE_TYPE_LABELS, OFFENCE_CATEGORY_LABELS } from '@shared/domain/measure-types';
import type { Measure, MeasureDetail } from '@shared/schemas/measures';
import { Facts } from './Facts';
import { dateOrDash, personName } from './labels';
import { MeasureCorrectionDialog } from './MeasureCorrectionDialog';
import { casesPaths } from './routes';
import { StatusChip } from './StatusChip';

/** « Mme Claire Roux — tribunal judiciaire de Lyon »: the magistrate following the measure, and their court if apart. */
function followingLine(measure: Measure): string {
  const court = measure.followingCourt ? courtInSentence(measure.followingCourt) : null;
  return [measure.followingMagistrate, court].filter(Boolean).join(' — ') || '—';
}

/**
 * Who, what, where it stands: name, type, status, officer, alerts, hours and deadline. With `canCorrect`, an open
 * measure's decision can be corrected (the dialog closes once saved).
 */
export function MeasureHeader({ detail, canCorrect = false }: { detail: MeasureDetail; canCorrect?: boolean }) {
  const { measure, person } = detail;
  const { progress } = measure;
  const [correcting, setCorrecting] = useState(false);
  const correctable = canCorrect && !TERMINAL_STATUSES.includes(measure.status);
  const followedBy = measureAuthority(measure.type, measure.minorAtFacts);
  return (
    <>
      <Typography variant="h1" sx={{ mt: 1 }}>
        {personName(person)}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 1, mb: 2 }}>
        <Typography>Dossier {person.dossierNumber}</Typography>
        <Typography>{MEASURE_TYPE_LABELS[measure.type]}</Typography>
        <StatusChip status={measure.status} />
        <Typography>CPIP : {measure.officerName ?? 'non attribuée'}</Typography>
        <Typography>Suivi par : {followedBy.title}</Typography>
        <Link href={casesPaths.person(person.id)}>Fiche de la personne</Link>
        {correctable && (
          <Button size="small" variant="outlined" onClick={() => setCorrecting(true)}>
            Corriger la décision
          </Button>
        )}
      </Stack>
      {correctable && correcting && <MeasureCorrectionDialog detail={detail} onClose={() => setCorrecting(false)} />}
      {measure.alerts.length > 0 && (
        <Stack spacing={1} sx={{ mb: 2 }} aria-label="Alertes de la mesure" component="section">
          {measure.alerts.map((alert) => (
            <Alert key={alert.kind} severity={alert.severity}>
              {alert.message}
            </Alert>
          ))}
        </Stack>
      )}
      <Paper variant="outlined" component="section" aria-labelledby="progress-title" sx={{ p: 2, mb: 2 }}>
        <Typography variant="h2" id="progress-title" sx={{ mb: 1 }}>
          Avancement
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 }}>
          <Box>
            <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <Typography>
                Heures effectuées : <strong>{formatMinutes(progress.creditedMinutes)}</strong>
              </Typography>
              <Typography>
                ordonnées : <strong>{formatMinutes(progress.orderedMinutes)}</strong>
              </Typography>
              <Typography>
                restantes : <strong>{formatMinutes(progress.remainingMinutes)}</strong>
              </Typography>
            </Stack>
            <LinearProgress
              variant="determinate"
              value={progress.percent}
              aria-label={`Heures effectuées : ${progress.percent.toLocaleString('fr-FR')} %`}
              sx={{ height: 10, borderRadius: 2, my: 1 }}
            />
            <Typography variant="body2">
              {progress.percent.toLocaleString('fr-FR')} % — dernière séance effectuée :{' '}
              {dateOrDash(progress.lastPresentDate)}
              {progress.unjustifiedAbsences > 0 && ` — ${progress.unjustifiedAbsences} absence(s) injustifiée(s)`}
            </Typography>
            <Typography sx={{ mt: 1 }}>
              Échéance effective : <strong>{dateOrDash(measure.effectiveDeadline)}</strong>
              {measure.suspendedDays > 0 &&
                ` (dont ${measure.suspendedDays} jour${measure.suspendedDays > 1 ? 's' : ''} de suspension)`}
            </Typography>
          </Box>
          <Facts
            rows={[
              ['Juridiction', measure.court],
              ['Décision du', dateOrDash(measure.decisionDate)],
              [
                'Exécutoire le',
                `${dateOrDash(measure.enforceableDate)} (${ENFORCEABLE_SOURCE_LABELS[measure.enforceableSource].toLowerCase()})`,
              ],
              ['Faits du', `${dateOrDash(measure.offenceDate)}${measure.minorAtFacts ? ' (mineur aux faits)' : ''}`],
              ['Délai fixé au', dateOrDash(measure.deadline)],
              ['Président(e)', measure.magistrate ?? '—'],
              [followedBy.magistrateLabel, followingLine(measure)],
              ['Infraction', OFFENCE_CATEGORY_LABELS[measure.offenceCategory]],
              ['N° de parquet', measure.courtReference ?? '—'],
              ['Consentement', CONSENT_LABELS[measure.consentStatus]],
            ]}
          />
        </Box>
      </Paper>
    </>
  );
}
