/** @jsxRuntime automatic @jsxImportSource react */
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import type { MeasureReportData } from '../report-data';
import { authorityOf } from '../document-data';
import { addresseeOf, afterColon } from './authority-lines';
import { DocPage, Field, styles, type FrameProps } from '../layout';
import {
  dateOrDash,
  FreeText,
  OfficerSignatureToJudge,
  HoursFields,
  IncidentLines,
  MeasureFields,
  PersonFields,
  PlacementLines,
  SuspensionLines,
} from './report-parts';

export function RapportFinMesure({ frame, data }: { frame: FrameProps; data: MeasureReportData }) {
  const { measure } = data;
  return (
    <DocPage frame={frame}>
      <Text style={styles.title}>Rapport de fin de mesure</Text>
      <Text style={styles.p}>À l’attention de {addresseeOf(measure)}.</Text>
      <Text style={styles.h2}>Personne</Text>
      <PersonFields data={data} />
      <Text style={styles.h2}>Mesure et décision</Text>
      <MeasureFields data={data} />
      <Field label="Date de la décision" value={formatDateLong(measure.decisionDate)} />
      <Field label="Début d’exécution" value={dateOrDash(data.startDate)} />
      <Field label="Premier jour travaillé" value={dateOrDash(data.firstWorkedDay)} />
      <Field label="Dernier jour travaillé" value={dateOrDash(data.lastWorkedDay)} />
      <Field
        label="Délai d’exécution"
        value={`${formatDateLong(measure.effectiveDeadline)}${measure.suspendedDays > 0 ? ` (${formatDateLong(measure.deadline)} prolongé de ${measure.suspendedDays} jours de suspension)` : ''}`}
      />
      <Text style={styles.h2}>Heures</Text>
      <View style={styles.box} wrap={false}>
        <HoursFields data={data} />
        <Field label="Absences injustifiées" value={String(data.unjustifiedAbsences)} />
      </View>
      <Text style={styles.h2}>Lieu(x) d’exécution</Text>
      <PlacementLines data={data} />
      <Text style={styles.h2}>Incidents</Text>
      <IncidentLines data={data} empty="Aucun incident enregistré." />
      <Text style={styles.h2}>Suspensions du délai</Text>
      <SuspensionLines data={data} />
      <Text style={styles.h2}>Appréciation du CPIP</Text>
      <FreeText text={data.text ?? ''} />
      {measure.remainingMinutes > 0 ? (
        <Text style={[styles.small, { marginTop: 6 }]}>Rappel : {afterColon(authorityOf(measure).consequence)}</Text>
      ) : null}
      <OfficerSignatureToJudge data={data} />
    </DocPage>
  );
}
