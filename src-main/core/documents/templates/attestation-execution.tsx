/** @jsxRuntime automatic @jsxImportSource react */
import { atPlace } from '@shared/domain/french-places';
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import { formatMinutes } from '@shared/domain/duration';
import type { MeasureReportData } from '../report-data';
import { DocPage, Field, styles, type FrameProps } from '../layout';
import { dateOrDash, decisionLine, hoursLeft, PlacementLines, signatoryLine } from './report-parts';
import { authorityOf } from '../document-data';
import { followedByOf } from './authority-lines';

export function AttestationExecution({ frame, data }: { frame: FrameProps; data: MeasureReportData }) {
  const { person, measure } = data;
  const complete = measure.remainingMinutes <= 0;
  // "400 h" is never split at the end of a line: non-breaking spaces, as French typography wants.
  const done = formatMinutes(measure.creditedMinutes).replace(/ /g, '\u00a0');
  return (
    <DocPage frame={frame}>
      <Text style={styles.title}>Attestation d’exécution</Text>
      <Text style={styles.p}>
        Le directeur du {frame.letterhead.serviceName} atteste que la personne désignée ci-dessous a effectué {done} de
        travail au titre de la mesure « {measure.typeLabel} »
        {complete ? ', soit la totalité des heures ordonnées.' : `, sur les ${measure.hoursOrdered} heures ordonnées.`}
      </Text>
      <Text style={styles.h2}>Personne et mesure</Text>
      <Field label="Nom, prénom" value={`${person.lastName.toUpperCase()} ${person.firstName}`} />
      <Field
        label="Né(e) le"
        value={`${formatDateLong(person.birthDate)}${person.birthPlace ? ` ${atPlace(person.birthPlace)}` : ''}`}
      />
      <Field label="N° de dossier" value={person.dossierNumber} />
      <Field label="Mesure" value={measure.typeLabel} />
      <Field label="Décision" value={decisionLine(data)} />
      <Field label="Fondement" value={authorityOf(measure).legalBasis} />
      <Field label="Suivie par" value={followedByOf(measure)} />
      <Text style={styles.h2}>Lieu(x) d’exécution</Text>
      <PlacementLines data={data} />
      <Text style={styles.h2}>Heures</Text>
      <View style={styles.box} wrap={false}>
        <Field label="Heures ordonnées" value={`${measure.hoursOrdered} h`} />
        <Field label="Heures effectuées" value={formatMinutes(measure.creditedMinutes)} />
        <Field label="Heures restantes" value={hoursLeft(measure.remainingMinutes)} />
        <Field label="Premier jour travaillé" value={dateOrDash(data.firstWorkedDay)} />
        <Field label="Dernier jour travaillé" value={dateOrDash(data.lastWorkedDay)} />
      </View>
      <Text style={[styles.p, { marginTop: 8 }]}>
        Attestation délivrée à {person.firstName} {person.lastName.toUpperCase()} pour servir et valoir ce que de droit.
      </Text>
      <View style={styles.signature} wrap={false}>
        <View style={{ width: '46%' }}>
          <Text>Fait le {formatDateLong(data.issuedOn)}</Text>
          <Text style={{ marginTop: 4 }}>{signatoryLine(frame.letterhead)}</Text>
          <Text style={[styles.small, { marginTop: 24 }]}>Signature et cachet</Text>
        </View>
      </View>
    </DocPage>
  );
}
