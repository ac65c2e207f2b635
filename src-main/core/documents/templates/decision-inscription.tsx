/** @jsxRuntime automatic @jsxImportSource react */
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import type { RegistrationDecisionData } from '../catalogue-document-data';
import { DocPage, styles, type FrameProps } from '../layout';
import { DecisionClosing, Heading, Line, OpinionsBlock, tight } from './decision-habilitation';

function decisionSentence(data: RegistrationDecisionData): string {
  const { post, registration: r } = data;
  const accepted = r.decision === 'acceptee';
  if (r.kind === 'inscription') {
    return accepted
      ? `Le poste « ${post.title} » est inscrit sur la liste départementale des travaux d’intérêt général, pour ${r.places ?? post.places} place${(r.places ?? post.places) > 1 ? 's' : ''}.`
      : `L’inscription du poste « ${post.title} » sur la liste départementale des travaux d’intérêt général est refusée.`;
  }
  return accepted
    ? `Le poste « ${post.title} » est radié de la liste départementale des travaux d’intérêt général.`
    : `La radiation du poste « ${post.title} » de la liste départementale des travaux d’intérêt général est refusée.`;
}

export function DecisionInscription({ frame, data }: { frame: FrameProps; data: RegistrationDecisionData }) {
  const { host, post, registration: r } = data;
  const what = r.kind === 'inscription' ? 'd’inscription' : 'de radiation';
  return (
    <DocPage frame={frame}>
      <Text style={styles.title}>
        Décision {what} d’un poste de travail d’intérêt général sur la liste départementale
      </Text>
      <Text style={tight.p}>Le directeur du {frame.letterhead.serviceName},</Text>
      <Text style={tight.p}>
        Vu l’article 131-8 du code pénal et les articles R. 623-1 et suivants du code pénitentiaire ;
      </Text>
      <Text style={tight.p}>
        Vu la demande {what} présentée le {formatDateLong(r.requestedOn)} pour le poste désigné ci-dessous ;
      </Text>
      <Text style={tight.p}>
        Vu les avis du procureur de la République et du juge de l’application des peines, recueillis ou réputés donnés
        dix jours après leur sollicitation ;
      </Text>
      <Heading>Structure d’accueil</Heading>
      <Line label="Dénomination" value={host.name} />
      <Line label="Nature" value={host.typeLabel} />
      <Line label="SIRET" value={host.siret} />
      <Line label="Adresse" value={host.address} />
      <Heading>Poste</Heading>
      <Line label="Intitulé" value={post.title} />
      <Line label="Catégorie" value={post.categoryLabel} />
      <Line label="Adresse du poste" value={post.address} />
      <Line label="Places" value={String(r.places ?? post.places)} />
      <Line label="Horaires" value={post.schedule} />
      <Line label="Tuteurs" value={post.tutors.map((t) => (t.role ? `${t.name} (${t.role})` : t.name)).join(' ; ')} />
      <OpinionsBlock opinions={data.opinions} delayWords="dix jours" />
      <View wrap={false}>
        <Text style={[tight.h2, { textAlign: 'center' }]}>DÉCIDE</Text>
        <View style={styles.box}>
          <Text style={tight.p}>{decisionSentence(data)}</Text>
          <Line
            label="Décision"
            value={
              r.decision === 'acceptee'
                ? r.kind === 'inscription'
                  ? 'Inscription acceptée'
                  : 'Radiation prononcée'
                : 'Demande refusée'
            }
          />
          <Line label="Date de la décision" value={formatDateLong(r.decidedOn)} />
          <Line label="Notifiée le" value={r.notifiedOn ? formatDateLong(r.notifiedOn) : 'à notifier'} />
        </View>
      </View>
      <DecisionClosing frame={frame} issuedOn={data.issuedOn} hostName={host.name} />
    </DocPage>
  );
}
