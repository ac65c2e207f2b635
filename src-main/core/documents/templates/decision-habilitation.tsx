/** @jsxRuntime automatic @jsxImportSource react */
import { StyleSheet, View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import type { Letterhead } from '@shared/schemas/documents';
import type { HabilitationDecisionData, OpinionData } from '../catalogue-document-data';
import { DocPage, styles, type FrameProps } from '../layout';

/** Paragraphs and label/value lines at the font's natural line height. */
export const tight = StyleSheet.create({
  p: { marginBottom: 4 },
  h2: { fontSize: 11, fontWeight: 'bold', marginTop: 7, marginBottom: 3 },
  row: { flexDirection: 'row', marginBottom: 3 },
  label: { width: 140, fontWeight: 'bold' },
  value: { flex: 1 },
});

export function Line({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <View style={tight.row} wrap={false}>
      <Text style={tight.label}>{label}</Text>
      <Text style={tight.value}>{value && value.length > 0 ? value : '—'}</Text>
    </View>
  );
}

export function catalogueSignatory(letterhead: Letterhead): string {
  if (letterhead.delegateName)
    return `${letterhead.delegateName}${letterhead.delegateTitle ? `, ${letterhead.delegateTitle}` : ''}, par délégation du directeur`;
  return letterhead.directorName
    ? `${letterhead.directorName}, directeur du service`
    : 'Le directeur du service ou son délégué';
}

/** "Procureur de la République : avis favorable reçu le 10 février 2026" / "… : avis réputé donné le 28 février 2026 (…)". */
export function opinionText(o: OpinionData, delayWords: string): string {
  switch (o.state) {
    case 'received':
      return `${o.giverLabel} : avis ${o.opinion === 'favorable' ? 'favorable' : 'défavorable'} reçu le ${formatDateLong(o.on!)}`;
    case 'deemed':
      return `${o.giverLabel} : avis réputé donné le ${formatDateLong(o.on!)} (aucun avis reçu dans le délai de ${delayWords})`;
    case 'pending':
      return `${o.giverLabel} : avis non reçu à la date de la décision`;
    case 'not_requested':
      return `${o.giverLabel} : avis non sollicité`;
  }
}

/** A section heading, never left alone at the foot of a page: at least two lines of its section follow it there. */
export function Heading({ children }: { children: string }) {
  return (
    <Text style={tight.h2} minPresenceAhead={32}>
      {children}
    </Text>
  );
}

/** The heading, the dates the opinions were asked, then one line per opinion, kept on one page. */
export function OpinionsBlock({ opinions, delayWords }: { opinions: OpinionData[]; delayWords: string }) {
  const asked = [...new Set(opinions.map((o) => o.requestedOn).filter((d): d is string => Boolean(d)))];
  return (
    <View wrap={false}>
      <Text style={tight.h2}>Avis recueillis</Text>
      {asked.length > 0 ? (
        <Text style={tight.p}>Avis sollicités le {asked.map(formatDateLong).join(', le ')}.</Text>
      ) : null}
      {opinions.map((o) => (
        <Text key={o.giver} style={tight.p}>
          • {opinionText(o, delayWords)}
        </Text>
      ))}
    </View>
  );
}

export function SignatureBlock({ frame, issuedOn }: { frame: FrameProps; issuedOn: string }) {
  return (
    <View style={[styles.signature, { marginTop: 10 }]} wrap={false}>
      <View style={{ width: '46%' }}>
        <Text>Fait le {formatDateLong(issuedOn)}</Text>
        <Text style={{ marginTop: 4 }}>{catalogueSignatory(frame.letterhead)}</Text>
        <Text style={[styles.small, { marginTop: 22 }]}>Signature et cachet</Text>
      </View>
      <View style={[styles.signatureBox, { height: 62 }]}>
        <Text style={styles.small}>Notifié à la structure le ……………… — signature du représentant :</Text>
      </View>
    </View>
  );
}

/** How a decision to a host ends: the recourse, the signature and notification, who receives it. */
export function DecisionClosing({
  frame,
  issuedOn,
  hostName,
}: {
  frame: FrameProps;
  issuedOn: string;
  hostName: string;
}) {
  return (
    <>
      <Text style={[styles.small, { marginTop: 6 }]}>
        La présente décision peut faire l’objet d’un recours devant le tribunal administratif dans un délai de deux mois
        à compter de sa notification.
      </Text>
      <SignatureBlock frame={frame} issuedOn={issuedOn} />
      <View wrap={false} style={{ marginTop: 10 }}>
        <Text style={styles.small}>Destinataire : {hostName}.</Text>
        <Text style={styles.small}>Copies : procureur de la République, juge de l’application des peines, préfet.</Text>
      </View>
    </>
  );
}

export function DecisionHabilitation({ frame, data }: { frame: FrameProps; data: HabilitationDecisionData }) {
  const { host, habilitation: h } = data;
  const granted = h.decision === 'accordee';
  return (
    <DocPage frame={frame}>
      <Text style={styles.title}>
        Décision {granted ? 'd’habilitation' : 'de refus d’habilitation'} d’une structure d’accueil de travail d’intérêt
        général
      </Text>
      <Text style={tight.p}>Le directeur du {frame.letterhead.serviceName},</Text>
      <Text style={tight.p}>
        Vu l’article 131-8 du code pénal et les articles R. 623-1 et suivants du code pénitentiaire ;
      </Text>
      <Text style={tight.p}>
        Vu la demande {h.kind === 'renouvellement' ? 'de renouvellement ' : ''}d’habilitation présentée le{' '}
        {formatDateLong(h.requestedOn)} par la structure désignée ci-dessous
        {h.fileNote ? ` (pièces : ${h.fileNote})` : ''} ;
      </Text>
      <Text style={tight.p}>
        Vu les avis du procureur de la République, du juge de l’application des peines et du préfet, recueillis ou
        réputés donnés un mois après leur sollicitation ;
      </Text>
      <Heading>Structure d’accueil</Heading>
      <Line label="Dénomination" value={host.name} />
      <Line label="Nature" value={host.typeLabel} />
      <Line label="SIRET" value={host.siret} />
      <Line label="Adresse" value={host.address} />
      <Line label="Date de la demande" value={formatDateLong(h.requestedOn)} />
      <OpinionsBlock opinions={data.opinions} delayWords="un mois" />
      <View wrap={false}>
        <Text style={[tight.h2, { textAlign: 'center' }]}>DÉCIDE</Text>
        <View style={styles.box}>
          {granted ? (
            <Text style={tight.p}>
              La structure « {host.name} » est habilitée à accueillir des personnes condamnées à un travail d’intérêt
              général, à compter du {formatDateLong(h.decidedOn)}
              {h.validUntil ? ` et jusqu’au ${formatDateLong(h.validUntil)}` : ''}.
            </Text>
          ) : (
            <Text style={tight.p}>
              L’habilitation de la structure « {host.name} » à accueillir des personnes condamnées à un travail
              d’intérêt général est refusée.
            </Text>
          )}
          <Line label="Décision" value={granted ? 'Habilitation accordée' : 'Habilitation refusée'} />
          <Line label="Date de la décision" value={formatDateLong(h.decidedOn)} />
          <Line
            label="Validité"
            value={
              granted ? (h.validUntil ? `jusqu’au ${formatDateLong(h.validUntil)}` : 'sans limite fixée') : 'sans objet'
            }
          />
        </View>
      </View>
      {granted ? (
        <Text style={[tight.p, { marginTop: 8 }]}>
          Les postes proposés sont inscrits sur la liste départementale par décisions distinctes. L’habilitation peut
          être retirée si les conditions d’accueil ne sont plus remplies.
        </Text>
      ) : null}
      <DecisionClosing frame={frame} issuedOn={data.issuedOn} hostName={host.name} />
    </DocPage>
  );
}
