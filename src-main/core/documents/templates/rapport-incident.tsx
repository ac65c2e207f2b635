/** @jsxRuntime automatic @jsxImportSource react */
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import { formatMinutes } from '@shared/domain/duration';
import type { MeasureReportData } from '../report-data';
import { authorityOf } from '../document-data';
import { addresseeOf, afterColon } from './authority-lines';
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
  const authority = authorityOf(measure);
  // The deadline with its suspensions, as of the day the report is written.
  const expired = measure.effectiveDeadline < data.issuedOn;
  return (
    <DocPage frame={frame}>
      <Text style={styles.title}>Rapport d’incident / de non-exécution</Text>
      <Text style={styles.p}>À l’attention de {addresseeOf(measure)}.</Text>
      <Text style={styles.h2}>Personne</Text>
      <PersonFields data={data} />
      <Text style={styles.h2}>Mesure</Text>
      <MeasureFields data={data} />
      <Field
        label="Délai d’exécution"
        value={`${expired ? 'expiré le' : 'jusqu’au'} ${formatDateLong(measure.effectiveDeadline)}${measure.suspendedDays > 0 ? ` (${formatDateLong(measure.deadline)} prolongé de ${measure.suspendedDays} jours de suspension)` : ''}`}
      />
      {expired ? (
        <View style={styles.box} wrap={false}>
          <Text style={[styles.p, { fontWeight: 'bold' }]}>
            Le délai d’exécution est expiré depuis le {formatDateLong(measure.effectiveDeadline)}
            {measure.remainingMinutes > 0
              ? ` : ${formatMinutes(measure.remainingMinutes)} restent non effectuées et ne peuvent plus l’être au titre de cette mesure.`
              : '.'}
          </Text>
          <Text style={styles.p}>
            L’inexécution est constatée : il appartient {authority.toTitle} d’en tirer les conséquences.{' '}
            {authority.consequence}
          </Text>
        </View>
      ) : null}
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
      <Text style={styles.h2}>Réponse proposée {authority.toTitle}</Text>
      <FreeText text={data.text ?? ''} />
      {expired ? null : (
        <Text style={[styles.small, { marginTop: 6 }]}>Rappel : {afterColon(authority.consequence)}</Text>
      )}
      <OfficerSignatureToJudge data={data} />
    </DocPage>
  );
}
