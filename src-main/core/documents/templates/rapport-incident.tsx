/** @jsxRuntime automatic @jsxImportSource react */
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import type { MeasureReportData } from '../report-data';
import { DocPage, Field, styles, type FrameProps } from '../layout';
import {
  FreeText,
  OfficerSignatureToJudge,
  HoursFields,
  IncidentLines,
  MeasureFields,
  PersonFields,
  SessionsTable,
} from './report-parts';

export function RapportIncident({ frame, data }: { frame: FrameProps; data: MeasureReportData }) {
  const { measure } = data;
  return (
    <DocPage frame={frame}>
      <Text style={styles.title}>Rapport d’incident / de non-exécution</Text>
      <Text style={styles.p}>
        À l’attention de M. ou Mme le juge de l’application des peines
        {measure.magistrate ? ` (${measure.magistrate})` : ''}.
      </Text>
      <Text style={styles.h2}>Personne</Text>
      <PersonFields data={data} />
      <Text style={styles.h2}>Mesure</Text>
      <MeasureFields data={data} />
      <Field label="Délai d’exécution" value={`jusqu’au ${formatDateLong(measure.effectiveDeadline)}`} />
      <Text style={styles.h2}>Faits</Text>
      <IncidentLines data={data} empty="Aucun incident enregistré." />
      <Text style={styles.h2}>Exécution des heures</Text>
      <View style={styles.box} wrap={false}>
        <HoursFields data={data} />
        <Field label="Absences injustifiées" value={String(data.unjustifiedAbsences)} />
      </View>
      <Text style={styles.h2}>
        Extrait du relevé d’heures (
        {data.sessions.length < data.sessionCount
          ? `${data.sessions.length} dernières séances sur ${data.sessionCount}`
          : `${data.sessionCount} séance${data.sessionCount > 1 ? 's' : ''}`}
        )
      </Text>
      <SessionsTable sessions={data.sessions} />
      <Text style={styles.h2}>Réponse proposée au juge</Text>
      <FreeText text={data.text ?? ''} />
      <Text style={[styles.small, { marginTop: 6 }]}>
        Rappel : en cas d’inexécution, le juge de l’application des peines peut ordonner la mise à exécution de
        l’emprisonnement ou de l’amende fixés par la juridiction (art. 733-2 du code de procédure pénale).
      </Text>
      <OfficerSignatureToJudge data={data} />
    </DocPage>
  );
}
