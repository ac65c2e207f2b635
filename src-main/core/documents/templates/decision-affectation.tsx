/** @jsxRuntime automatic @jsxImportSource react */
import { atPlace } from '@shared/domain/french-places';
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import { formatMinutes } from '@shared/domain/duration';
import type { Letterhead } from '@shared/schemas/documents';
import type { DecisionData } from '../document-data';
import { DocPage, Field, styles, type FrameProps } from '../layout';

function legalBasis(type: DecisionData['measure']['type']): string {
  if (type === 'tnr') return 'Vu l’article 41-2, 6°, du code de procédure pénale (travail non rémunéré) ;';
  return 'Vu les articles 131-8 et 131-22 du code pénal, et les articles R. 623-1 et suivants du code pénitentiaire ;';
}

function signatory(letterhead: Letterhead): string {
  if (letterhead.delegateName)
    return `${letterhead.delegateName}${letterhead.delegateTitle ? `, ${letterhead.delegateTitle}` : ''}, par délégation du directeur`;
  return letterhead.directorName
    ? `${letterhead.directorName}, directeur du service`
    : 'Le directeur du service ou son délégué';
}

export function DecisionAffectation({ frame, data }: { frame: FrameProps; data: DecisionData }) {
  const { person, measure, placement } = data;
  return (
    <DocPage frame={frame}>
      <Text style={styles.title}>Décision d’affectation sur un poste de travail d’intérêt général</Text>
      <Text style={styles.p}>Le directeur du {frame.letterhead.serviceName},</Text>
      <Text style={styles.p}>{legalBasis(measure.type)}</Text>
      <Text style={styles.p}>
        Vu la décision du {measure.court} du {formatDateLong(measure.decisionDate)}
        {measure.courtReference ? ` (n° ${measure.courtReference})` : ''}
        {measure.magistrate ? `, magistrat : ${measure.magistrate}` : ''}, prononçant : {measure.typeLabel},{' '}
        {measure.hoursOrdered} heures ;
      </Text>
      <Text style={styles.p}>Vu le consentement de la personne condamnée ;</Text>
      <Text style={[styles.h2, { textAlign: 'center' }]}>DÉCIDE</Text>
      <Text style={styles.h2}>Personne affectée</Text>
      <Field label="Nom, prénom" value={`${person.lastName.toUpperCase()} ${person.firstName}`} />
      <Field
        label="Né(e) le"
        value={`${formatDateLong(person.birthDate)}${person.birthPlace ? ` ${atPlace(person.birthPlace)}` : ''}`}
      />
      <Field label="Adresse" value={person.address} />
      <Field label="N° de dossier" value={person.dossierNumber} />
      <Text style={styles.h2}>Affectation</Text>
      <Field label="Structure d’accueil" value={placement.hostName} />
      <Field label="Poste" value={placement.postTitle} />
      <Field label="Adresse du poste" value={placement.postAddress} />
      <Field label="Tuteur" value={placement.tutorName} />
      <Field
        label="Heures à effectuer"
        value={`${placement.hoursPlanned} h (reste à effectuer sur la mesure : ${formatMinutes(measure.remainingMinutes)})`}
      />
      <Field label="Horaires hebdomadaires" value={placement.schedule} />
      {placement.scheduleNote ? <Field label="Précisions" value={placement.scheduleNote} /> : null}
      <Field label="Date de début" value={formatDateLong(placement.startDate)} />
      <Field label="Délai d’exécution" value={`jusqu’au ${formatDateLong(measure.effectiveDeadline)}`} />
      <Text style={styles.h2}>Obligations de la personne</Text>
      <Text style={styles.p}>
        • Se présenter au poste aux jours et heures fixés, et prévenir sans délai le tuteur et le SPIP de toute absence,
        justificatif à l’appui.
      </Text>
      <Text style={styles.p}>
        • Respecter le règlement intérieur de la structure, les consignes d’hygiène et de sécurité et les instructions
        du tuteur.
      </Text>
      <Text style={styles.p}>
        • Répondre aux convocations du juge de l’application des peines et du SPIP ; signaler tout changement d’adresse
        ou de situation.
      </Text>
      <Text style={styles.p}>
        • Effectuer la totalité des heures avant le {formatDateLong(measure.effectiveDeadline)} : à défaut, le juge peut
        ordonner la mise à exécution de l’emprisonnement ou de l’amende fixés par la juridiction (art. 733-2 du code de
        procédure pénale).
      </Text>
      <View style={styles.signature} wrap={false}>
        <View style={{ width: '46%' }}>
          <Text>Fait le {formatDateLong(data.issuedOn)}</Text>
          <Text style={{ marginTop: 4 }}>{signatory(frame.letterhead)}</Text>
          <Text style={[styles.small, { marginTop: 22 }]}>Signature et cachet</Text>
        </View>
        <View style={styles.signatureBox}>
          <Text style={styles.small}>Notifié à la personne le ……………… — signature :</Text>
        </View>
      </View>
      <Text style={[styles.small, { marginTop: 10 }]}>
        Copies : {placement.hostName} (structure d’accueil) ; M. le procureur de la République ; dossier.
      </Text>
    </DocPage>
  );
}
