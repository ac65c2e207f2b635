/** @jsxRuntime automatic @jsxImportSource react */
import { atPlace } from '@shared/domain/french-places';
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import { formatMinutes } from '@shared/domain/duration';
import type { Letterhead } from '@shared/schemas/documents';
import { consentWording } from '@shared/domain/consent';
import { ofCourt } from '@shared/domain/measure-authority';
import { authorityOf, type DecisionData } from '../document-data';
import { DocPage, Field, styles, type FrameProps } from '../layout';
import { followedByOf, ofNoun, presidentPart, seenBasis } from './authority-lines';

function signatory(letterhead: Letterhead): string {
  if (letterhead.delegateName)
    return `${letterhead.delegateName}${letterhead.delegateTitle ? `, ${letterhead.delegateTitle}` : ''}, par délégation du directeur`;
  return letterhead.directorName
    ? `${letterhead.directorName}, directeur du service`
    : 'Le directeur du service ou son délégué';
}

// The preamble and the obligations a little tighter than body text, so that the decision keeps to one page with the
// longest legal bases (minors) and schedules.
const compact = { fontSize: 9.5, marginBottom: 2.5, lineHeight: 1.25 };

export function DecisionAffectation({ frame, data }: { frame: FrameProps; data: DecisionData }) {
  const { person, measure, placement } = data;
  const authority = authorityOf(measure);
  const consent = measure.consentStatus
    ? consentWording(
        { status: measure.consentStatus, date: measure.consentDate ?? null, decisionDate: measure.decisionDate },
        authority,
        formatDateLong,
      )
    : null;
  // The procureur oversees the execution of every sentence (CPP 707-1): copied too when a judge follows the measure.
  const copies = [
    `${placement.hostName} (structure d’accueil)`,
    followedByOf(measure).split(' — ')[0]!,
    ...(authority.kind === 'procureur' ? [] : ['procureur de la République']),
    'dossier',
  ];
  return (
    <DocPage frame={frame}>
      <Text style={styles.title}>Décision d’affectation sur un poste de {authority.work}</Text>
      <Text style={[styles.p, compact]}>Le directeur du {frame.letterhead.serviceName},</Text>
      <Text style={[styles.p, compact]}>{seenBasis(authority.legalBasis)} ;</Text>
      <Text style={[styles.p, compact]}>
        Vu la décision {ofCourt(measure.court)} du {formatDateLong(measure.decisionDate)}
        {measure.courtReference ? ` (n° ${measure.courtReference})` : ''}
        {presidentPart(measure)}, prononçant : {measure.typeLabel}, {measure.hoursOrdered} heures ;
      </Text>
      <Text style={[styles.p, compact]}>
        Vu le consentement {ofNoun(authority.personNoun)}
        {consent ? `, ${consent}` : ' (à recueillir avant la prise de poste)'} ;
      </Text>
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
      <Field label="Horaires hebdomadaires" value={placement.schedule || 'à convenir avec la structure'} />
      {placement.scheduleNote ? <Field label="Précisions" value={placement.scheduleNote} /> : null}
      <Field label="Date de début" value={formatDateLong(placement.startDate)} />
      <Field label="Délai d’exécution" value={`jusqu’au ${formatDateLong(measure.effectiveDeadline)}`} />
      <Text style={styles.h2}>Obligations de la personne</Text>
      <Text style={[styles.p, compact]}>
        • Se présenter au poste aux jours et heures fixés, et prévenir sans délai le tuteur et le SPIP de toute absence,
        justificatif à l’appui.
      </Text>
      <Text style={[styles.p, compact]}>
        • Respecter le règlement intérieur de la structure, les consignes d’hygiène et de sécurité et les instructions
        du tuteur.
      </Text>
      <Text style={[styles.p, compact]}>
        • Répondre aux convocations {authority.ofTitle} et du SPIP ; signaler tout changement d’adresse ou de situation.
      </Text>
      <Text style={[styles.p, compact]}>
        • Effectuer la totalité des heures avant le {formatDateLong(measure.effectiveDeadline)}.
      </Text>
      <Text style={[styles.small, { marginBottom: 3 }]}>{authority.consequence}</Text>
      <View style={styles.signature} wrap={false}>
        <View style={{ width: '46%' }}>
          <Text>Fait le {formatDateLong(data.issuedOn)}</Text>
          <Text style={{ marginTop: 4 }}>{signatory(frame.letterhead)}</Text>
          <Text style={[styles.small, { marginTop: 16 }]}>Signature et cachet</Text>
        </View>
        <View style={styles.signatureBox}>
          <Text style={styles.small}>Notifié à la personne le ……………… — signature :</Text>
        </View>
      </View>
      <Text style={[styles.small, { marginTop: 6 }]}>Copies : {copies.join(' ; ')}.</Text>
    </DocPage>
  );
}
