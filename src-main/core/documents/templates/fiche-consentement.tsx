/** @jsxRuntime automatic @jsxImportSource react */
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import { courtInSentence } from '@shared/domain/measure-authority';
import { authorityOf, type ConsentData } from '../document-data';
import { DocPage, Field, styles, type FrameProps } from '../layout';
import { presidentPart } from './authority-lines';

const BLANK_DATE = '………………………';

/** One way of giving consent: ticked when it is the one recorded, with its date when known. */
function Way({ ticked, children }: { ticked: boolean; children: string }) {
  return (
    <Text style={styles.p}>
      {ticked ? '☒' : '☐'} {children}
    </Text>
  );
}

export function FicheConsentement({ frame, data }: { frame: FrameProps; data: ConsentData }) {
  const { person, measure } = data;
  const authority = authorityOf(measure);
  const composition = authority.kind === 'procureur';
  const work = `${authority.work} (${composition ? 'TNR' : 'TIG'})`;
  const status = measure.consentStatus ?? 'pending';
  const dated = (ways: string[]) =>
    ways.includes(status) && measure.consentDate ? formatDateLong(measure.consentDate) : BLANK_DATE;
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
        value={`${measure.court}, ${formatDateLong(measure.decisionDate)}${presidentPart(measure)} — ${measure.typeLabel}`}
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
        • Toutes les heures doivent être effectuées avant le {formatDateLong(measure.effectiveDeadline)}. Le suivi de la
        mesure est assuré par {authority.withArticle}, avec le service.
      </Text>
      <Text style={styles.p}>• {authority.consequence}</Text>
      <Text style={styles.p}>• {authority.refusal}</Text>
      <Text style={styles.h2}>Comment le consentement est donné</Text>
      {composition ? (
        <Way ticked={status !== 'pending' && status !== 'refused'}>
          {`Accord donné sur la proposition de composition pénale du procureur de la République ou de son délégué, le ${dated(['hearing', 'jap', 'lawyer_writing'])}.`}
        </Way>
      ) : (
        <>
          <Way ticked={status === 'hearing'}>
            {`À l’audience, devant la juridiction (${courtInSentence(measure.court)}), le jour de la décision : ${formatDateLong(measure.consentDate && status === 'hearing' ? measure.consentDate : measure.decisionDate)}.`}
          </Way>
          <Way ticked={status === 'jap'}>
            {`Après le jugement, recueilli par ${authority.withArticle}, le ${dated(['jap'])}.`}
          </Way>
          <Way ticked={status === 'lawyer_writing'}>
            {`Après le jugement, par écrit, par l’intermédiaire de votre avocat, le ${dated(['lawyer_writing'])}.`}
          </Way>
        </>
      )}
      <Text style={styles.h2}>Votre réponse</Text>
      <View style={styles.box} wrap={false}>
        <Text style={styles.p}>
          ☐ J’accepte d’effectuer le {work} de {measure.hoursOrdered} heures.
        </Text>
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
