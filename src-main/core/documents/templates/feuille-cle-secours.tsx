/** @jsxRuntime automatic @jsxImportSource react */
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong, parisDateOf } from '@shared/domain/local-date';
import { DocPage, Field, styles, type FrameProps } from '../layout';
import { MONO_FONT_FAMILY } from '../fonts';

export interface RecoverySheetData {
  recoveryKey: string;
  /** ISO instant the key was made (setup or renewal). */
  madeAt: string;
  adminDisplayName: string;
  adminUsername: string;
  /** The computer's name, so that an office with several desks knows which database the key opens. */
  computerName: string;
  deviceId: string;
}

function madeAtText(madeAt: string): string {
  const time = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(madeAt));
  return `${formatDateLong(parisDateOf(Date.parse(madeAt)))} à ${time.replace(':', ' h ')}`;
}

/** The administrator's recovery key on paper: printed once, never archived (DESIGN §5). */
export function FeuilleCleSecours({ frame, data }: { frame: FrameProps; data: RecoverySheetData }) {
  const groups = data.recoveryKey.split('-');
  return (
    <DocPage frame={frame} footer="Clé de secours — confidentiel, non archivé, ne jamais numériser">
      <Text style={styles.title}>Feuille de clé de secours</Text>
      <Text style={[styles.p, { textAlign: 'center', fontWeight: 'bold' }]}>
        CONFIDENTIEL — à conserver sous clé, séparément de l’ordinateur
      </Text>
      <View style={[styles.box, { alignItems: 'center', paddingVertical: 16, borderWidth: 2 }]} wrap={false}>
        <Text style={[styles.small, { marginBottom: 8 }]}>Clé de secours (8 groupes de 4 caractères)</Text>
        {[groups.slice(0, 4), groups.slice(4)].map((row, rowIndex) => (
          <Text key={rowIndex} style={{ fontFamily: MONO_FONT_FAMILY, fontSize: 20, marginVertical: 3 }}>
            {row.join(' - ')}
            {rowIndex === 0 && groups.length > 4 ? ' -' : ''}
          </Text>
        ))}
        <Text style={[styles.small, { marginTop: 8 }]}>
          Alphabet sans I, L, O ni U : 0 (zéro) et 1 (un) sont des chiffres.
        </Text>
      </View>
      <Text style={styles.h2}>Installation concernée</Text>
      <Field label="Service" value={frame.letterhead.serviceName} />
      <Field label="Ordinateur" value={data.computerName} />
      <Field label="Identifiant du poste" value={data.deviceId} />
      <Field label="Administrateur" value={`${data.adminDisplayName} (identifiant : ${data.adminUsername})`} />
      <Field label="Clé créée le" value={madeAtText(data.madeAt)} />
      <Text style={styles.h2}>À quoi sert cette clé</Text>
      <Text style={styles.p}>
        Les données de TIG Desk sont chiffrées sur cet ordinateur. Si la phrase de passe de l’administrateur est perdue,
        cette clé est le seul moyen de lui en définir une nouvelle sans perdre les données : sur l’écran de connexion,
        choisir « Phrase de passe oubliée (administrateur) ? », saisir cette clé, l’identifiant de l’administrateur et
        la nouvelle phrase de passe.
      </Text>
      <Text style={styles.h2}>Règles de conservation</Text>
      <Text style={styles.p}>
        • Ranger cette feuille dans le coffre du service ou sous la garde du directeur, jamais avec l’ordinateur.
      </Text>
      <Text style={styles.p}>
        • Ne pas la photographier, la numériser, l’envoyer par courriel ni la recopier dans un fichier.
      </Text>
      <Text style={styles.p}>
        • En cas de perte ou si quelqu’un d’autre a pu la lire : générer aussitôt une nouvelle clé (Paramètres →
        Sécurité) ; l’ancienne cesse alors de fonctionner. Détruire ensuite cette feuille.
      </Text>
      <Text style={styles.p}>
        • TIG Desk ne conserve aucune copie de cette feuille : elle ne peut pas être réimprimée.
      </Text>
      <View style={styles.signature} wrap={false}>
        <View style={styles.signatureBox}>
          <Text style={styles.small}>Lieu de conservation</Text>
        </View>
        <View style={styles.signatureBox}>
          <Text style={styles.small}>Déposée le ……………… par (nom et signature)</Text>
        </View>
      </View>
    </DocPage>
  );
}
