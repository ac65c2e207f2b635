/** @jsxRuntime automatic @jsxImportSource react */
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import type { ConsentData } from '../document-data';
import { DocPage, Field, styles, type FrameProps } from '../layout';

export function FicheConsentement({ frame, data }: { frame: FrameProps; data: ConsentData }) {
  const { person, measure } = data;
  const work = measure.type === 'tnr' ? 'travail non rémunéré (TNR)' : 'travail d’intérêt général (TIG)';
  return (
    <DocPage frame={frame}>
      <Text style={styles.title}>Fiche d’information et de consentement</Text>
      <Field
        label="Personne"
        value={`${person.lastName.toUpperCase()} ${person.firstName}, né(e) le ${formatDateLong(person.birthDate)}`}
      />
      <Field label="N° de dossier" value={person.dossierNumber} />
      <Field
        label="Décision"
        value={`${measure.court}, ${formatDateLong(measure.decisionDate)} — ${measure.typeLabel}`}
      />
      <Text style={styles.h2}>Qu’est-ce que le {work} ?</Text>
      <Text style={styles.p}>
        C’est un travail utile à la collectivité, effectué dans une collectivité publique, un établissement public, une
        association ou une entreprise habilitée. Vous devez effectuer {measure.hoursOrdered} heures.
      </Text>
      <Text style={styles.p}>
        • Ce travail n’est pas rémunéré. Vous êtes couvert(e) en cas d’accident pendant le travail.
      </Text>
      <Text style={styles.p}>
        • Les horaires sont fixés avec la structure et tiennent compte, autant que possible, de votre emploi ou de votre
        formation : ils peuvent avoir lieu en soirée ou le week-end.
      </Text>
      <Text style={styles.p}>
        • Toutes les heures doivent être effectuées avant le {formatDateLong(measure.effectiveDeadline)}.
      </Text>
      <Text style={styles.p}>
        • Si le travail n’est pas fait, ou si vous ne respectez pas vos obligations, le juge de l’application des peines
        peut ordonner la mise à exécution de l’emprisonnement ou de l’amende fixés par la juridiction.
      </Text>
      <Text style={styles.p}>
        • Vous pouvez refuser ce travail : le refus est noté et transmis au juge, qui peut alors prononcer une autre
        peine.
      </Text>
      <Text style={styles.h2}>Votre réponse</Text>
      <View style={styles.box} wrap={false}>
        <Text style={styles.p}>☐ J’accepte d’effectuer le {work} décidé par la juridiction.</Text>
        <Text style={styles.p}>☐ Je refuse d’effectuer le {work}.</Text>
        <Text style={[styles.p, { marginTop: 8 }]}>Fait à ……………………………… le ………………………</Text>
        <View style={styles.signature}>
          <View style={styles.signatureBox}>
            <Text style={styles.small}>Signature de la personne, précédée de « lu et compris »</Text>
          </View>
          <View style={styles.signatureBox}>
            <Text style={styles.small}>Le conseiller{measure.officerName ? ` : ${measure.officerName}` : ''}</Text>
          </View>
        </View>
      </View>
      <Text style={[styles.small, { marginTop: 10 }]}>Document remis le {formatDateLong(data.issuedOn)}.</Text>
    </DocPage>
  );
}
