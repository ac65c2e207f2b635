/** @jsxRuntime automatic @jsxImportSource react */
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import { formatMinutes } from '@shared/domain/duration';
import { authorityOf, type ConvocationData } from '../document-data';
import { DocPage, Field, styles, type FrameProps } from '../layout';

const PURPOSE: Record<ConvocationData['appointment']['kind'], string> = {
  entretien:
    'un entretien avec votre conseiller pénitentiaire d’insertion et de probation pour préparer l’exécution de votre mesure et le choix d’un poste.',
  prise_de_poste: 'votre prise de poste dans la structure d’accueil, où vous serez présenté(e) à votre tuteur.',
  point_etape: 'un point d’étape sur le déroulement de votre mesure et les heures effectuées.',
};

export function Convocation({
  frame,
  data,
  reference,
}: {
  frame: FrameProps;
  data: ConvocationData;
  reference?: string;
}) {
  const { person, appointment, measure } = data;
  const authority = authorityOf(measure);
  return (
    <DocPage frame={frame} reference={reference}>
      <View style={{ marginLeft: 260, marginBottom: 10 }}>
        <Text style={{ fontWeight: 'bold' }}>{`${person.lastName.toUpperCase()} ${person.firstName}`}</Text>
        <Text>{person.address ?? ''}</Text>
      </View>
      <Text style={styles.title}>Convocation</Text>
      <Text style={styles.p}>
        Dossier n° {person.dossierNumber} — {measure.typeLabel} ({measure.hoursOrdered} heures), {measure.court},
        décision du {formatDateLong(measure.decisionDate)}.
      </Text>
      <Text style={styles.p}>Vous êtes convoqué(e) pour {PURPOSE[appointment.kind]}</Text>
      <View style={styles.box}>
        <Field label="Objet" value={appointment.kindLabel} />
        <Field label="Date" value={formatDateLong(appointment.date)} />
        <Field label="Heure" value={appointment.time.replace(':', ' h ')} />
        <Field label="Durée prévue" value={formatMinutes(appointment.durationMinutes)} />
        <Field label="Lieu" value={appointment.place} />
        <Field label="Conseiller" value={appointment.officerName} />
        {appointment.notes ? <Field label="Observations" value={appointment.notes} /> : null}
      </View>
      <Text style={styles.h2}>Documents à apporter</Text>
      <Text style={styles.p}>• Cette convocation et une pièce d’identité en cours de validité.</Text>
      <Text style={styles.p}>
        • Un justificatif de domicile récent et votre attestation de droits à l’assurance maladie (carte Vitale).
      </Text>
      <Text style={styles.p}>• Tout justificatif utile : emploi, formation, santé, contraintes horaires.</Text>
      <Text style={styles.h2}>En cas d’empêchement</Text>
      <Text style={styles.p}>
        Prévenez le service au plus tôt{frame.letterhead.phone ? ` au ${frame.letterhead.phone}` : ''} et fournissez un
        justificatif. Une absence non justifiée est signalée {authority.toTitle}. {authority.consequence}
      </Text>
      <Text style={[styles.p, { marginTop: 12 }]}>
        Fait le {formatDateLong(data.issuedOn)}, {frame.letterhead.serviceName}.
      </Text>
    </DocPage>
  );
}
