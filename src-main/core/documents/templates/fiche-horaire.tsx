/** @jsxRuntime automatic @jsxImportSource react */
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong, formatDateShort } from '@shared/domain/local-date';
import { formatMinutes } from '@shared/domain/duration';
import type { TimesheetData } from '../document-data';
import { DocPage, Field, styles, type FrameProps } from '../layout';

const COLUMNS = [
  { title: 'Date', width: '14%' },
  { title: 'Début', width: '10%' },
  { title: 'Fin', width: '10%' },
  { title: 'Heures', width: '11%' },
  { title: 'Visa tuteur', width: '13%' },
  { title: 'Remarques', width: '42%' },
] as const;
const EMPTY_LINES = 12;

function Row({ cells, head }: { cells: string[]; head?: boolean }) {
  return (
    <View style={{ flexDirection: 'row', borderLeftWidth: 0.5, borderColor: '#444' }} wrap={false}>
      {COLUMNS.map((c, i) => (
        <Text
          key={c.title}
          style={[head ? styles.headCell : styles.cell, { width: c.width, minHeight: head ? undefined : 18 }]}
        >
          {cells[i] ?? ''}
        </Text>
      ))}
    </View>
  );
}

export function FicheHoraire({
  frame,
  data,
  reference,
}: {
  frame: FrameProps;
  data: TimesheetData;
  reference?: string;
}) {
  const { person, measure, placement, lines } = data;
  const total = lines.reduce((sum, l) => sum + l.minutes, 0);
  return (
    <DocPage frame={frame} reference={reference}>
      <Text style={styles.title}>Fiche horaire — relevé d’heures</Text>
      <Field
        label="Personne"
        value={`${person.lastName.toUpperCase()} ${person.firstName} (dossier ${person.dossierNumber})`}
      />
      <Field
        label="Mesure"
        value={`${measure.typeLabel} — ${measure.hoursOrdered} h ordonnées, à effectuer avant le ${formatDateLong(measure.effectiveDeadline)}`}
      />
      <Field label="Structure d’accueil" value={placement?.hostName ?? null} />
      <Field
        label="Poste"
        value={placement ? `${placement.postTitle}${placement.postAddress ? ` — ${placement.postAddress}` : ''}` : null}
      />
      <Field label="Tuteur" value={placement?.tutorName ?? null} />
      <View style={{ marginTop: 8 }}>
        <Row head cells={COLUMNS.map((c) => c.title)} />
        {lines.map((l, i) => (
          <Row
            key={i}
            cells={[
              formatDateShort(l.date),
              l.startTime ?? '',
              l.endTime ?? '',
              l.minutes > 0 ? formatMinutes(l.minutes) : '0',
              '',
              l.remarks ?? '',
            ]}
          />
        ))}
        {Array.from({ length: EMPTY_LINES }, (_, i) => (
          <Row key={`empty-${i}`} cells={[]} />
        ))}
      </View>
      <View style={styles.box} wrap={false}>
        <Field label="Heures déjà relevées" value={formatMinutes(total)} />
        <Field label="Heures créditées" value={formatMinutes(measure.creditedMinutes)} />
        <Field label="Reste à effectuer" value={formatMinutes(measure.remainingMinutes)} />
        <Field label="Total de cette fiche" value="…………………" />
      </View>
      <Text style={[styles.p, { marginTop: 10 }]}>
        Fiche à retourner signée par le tuteur, chaque fin de mois, à : {frame.letterhead.serviceName}
        {frame.letterhead.address ? `, ${frame.letterhead.address}` : ''}
        {frame.letterhead.email ? ` (${frame.letterhead.email})` : ''}.
      </Text>
    </DocPage>
  );
}
