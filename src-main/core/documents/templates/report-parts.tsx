/** @jsxRuntime automatic @jsxImportSource react */
import { atPlace } from '@shared/domain/french-places';
import { View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong, formatDateShort } from '@shared/domain/local-date';
import { formatMinutes } from '@shared/domain/duration';
import type { Letterhead } from '@shared/schemas/documents';
import type { MeasureReportData, ReportSession } from '../report-data';
import { Field, styles } from '../layout';
import { authorityOf } from '../document-data';
import { addresseeOf, followedByOf, presidentPart } from './authority-lines';

/** The director, or the delegate who signs by delegation. */
export function signatoryLine(letterhead: Letterhead): string {
  if (letterhead.delegateName)
    return `${letterhead.delegateName}${letterhead.delegateTitle ? `, ${letterhead.delegateTitle}` : ''}, par délégation du directeur`;
  return letterhead.directorName
    ? `${letterhead.directorName}, directeur du service`
    : 'Le directeur du service ou son délégué';
}

export function dateOrDash(date: string | null): string {
  return date ? formatDateLong(date) : '—';
}

export function PersonFields({ data }: { data: MeasureReportData }) {
  const { person } = data;
  return (
    <>
      <Field label="Nom, prénom" value={`${person.lastName.toUpperCase()} ${person.firstName}`} />
      <Field
        label="Né(e) le"
        value={`${formatDateLong(person.birthDate)}${person.birthPlace ? ` ${atPlace(person.birthPlace)}` : ''}`}
      />
      <Field label="Adresse" value={person.address} />
      <Field label="N° de dossier" value={person.dossierNumber} />
    </>
  );
}

export function decisionLine(data: MeasureReportData): string {
  const { measure } = data;
  return `${measure.court}, décision du ${formatDateLong(measure.decisionDate)}${measure.courtReference ? ` (n° ${measure.courtReference})` : ''}${presidentPart(measure)}`;
}

export function MeasureFields({ data }: { data: MeasureReportData }) {
  const { measure } = data;
  return (
    <>
      <Field label="Mesure" value={`${measure.typeLabel} — ${measure.hoursOrdered} heures`} />
      <Field label="Décision" value={decisionLine(data)} />
      <Field label="Fondement" value={authorityOf(measure).legalBasis} />
      <Field label="Suivie par" value={followedByOf(measure)} />
    </>
  );
}

/** The hours still to do: "0 h" once all are done (never "0 min", never below zero). */
export function hoursLeft(remainingMinutes: number): string {
  return remainingMinutes > 0 ? formatMinutes(remainingMinutes) : '0 h';
}

export function HoursFields({ data }: { data: MeasureReportData }) {
  const { measure } = data;
  return (
    <>
      <Field label="Heures ordonnées" value={`${measure.hoursOrdered} h`} />
      <Field label="Heures effectuées" value={formatMinutes(measure.creditedMinutes)} />
      <Field label="Heures restantes" value={hoursLeft(measure.remainingMinutes)} />
    </>
  );
}

export function PlacementLines({ data }: { data: MeasureReportData }) {
  if (data.placements.length === 0) return <Text style={styles.p}>Aucune affectation enregistrée.</Text>;
  return (
    <>
      {data.placements.map((p, i) => (
        <Text key={i} style={styles.p}>
          • {p.hostName} — {p.postTitle}
          {p.postAddress ? ` (${p.postAddress})` : ''}
          {p.tutorName ? `, tuteur : ${p.tutorName}` : ''} — du {formatDateShort(p.startDate)}
          {p.endDate ? ` au ${formatDateShort(p.endDate)}` : ' (en cours)'}
        </Text>
      ))}
    </>
  );
}

export function IncidentLines({ data, empty }: { data: MeasureReportData; empty: string }) {
  if (data.incidents.length === 0) return <Text style={styles.p}>{empty}</Text>;
  return (
    <>
      {data.incidents.map((incident, i) => (
        <Text key={i} style={styles.p}>
          • {formatDateShort(incident.date)} — {incident.kindLabel} : {incident.description}
        </Text>
      ))}
    </>
  );
}

export function SuspensionLines({ data }: { data: MeasureReportData }) {
  if (data.suspensions.length === 0) return <Text style={styles.p}>Aucune suspension du délai.</Text>;
  return (
    <>
      {data.suspensions.map((s, i) => (
        <Text key={i} style={styles.p}>
          • du {formatDateShort(s.from)} {s.to ? `au ${formatDateShort(s.to)}` : '(en cours)'} — {s.reasonLabel} —{' '}
          {s.days} jour{s.days > 1 ? 's' : ''}
          {s.note ? ` — ${s.note}` : ''}
        </Text>
      ))}
    </>
  );
}

const COLUMNS = [
  { title: 'Date', width: '14%' },
  { title: 'Début', width: '10%' },
  { title: 'Fin', width: '10%' },
  { title: 'Heures', width: '11%' },
  { title: 'Issue', width: '20%' },
  { title: 'Remarques', width: '35%' },
] as const;

function SessionRow({ cells, head }: { cells: string[]; head?: boolean }) {
  return (
    <View style={{ flexDirection: 'row', borderLeftWidth: 0.5, borderColor: '#444' }} wrap={false}>
      {COLUMNS.map((c, i) => (
        <Text key={c.title} style={[head ? styles.headCell : styles.cell, { width: c.width }]}>
          {cells[i] ?? ''}
        </Text>
      ))}
    </View>
  );
}

export function SessionsTable({ sessions }: { sessions: ReportSession[] }) {
  if (sessions.length === 0) return <Text style={styles.p}>Aucune séance enregistrée.</Text>;
  return (
    <View style={{ marginTop: 4 }}>
      <SessionRow head cells={COLUMNS.map((c) => c.title)} />
      {sessions.map((s, i) => (
        <SessionRow
          key={i}
          cells={[
            formatDateShort(s.date),
            s.startTime ?? '',
            s.endTime ?? '',
            s.minutes > 0 ? formatMinutes(s.minutes) : '0',
            s.outcomeLabel,
            s.remarks ?? '',
          ]}
        />
      ))}
    </View>
  );
}

/** A long free text (up to 10,000 characters) split into paragraphs so that it flows over pages. */
export function FreeText({ text }: { text: string }) {
  return (
    <View style={styles.box}>
      {text.split(/\n+/).map((paragraph, i) => (
        <Text key={i} style={styles.p}>
          {paragraph}
        </Text>
      ))}
    </View>
  );
}

/** How a report to the judge ends: the officer's signature, then who receives it. */
export function OfficerSignatureToJudge({ data }: { data: MeasureReportData }) {
  const { officerName } = data.measure;
  return (
    <>
      <View style={styles.signature} wrap={false}>
        <View style={{ width: '46%' }}>
          <Text>Fait le {formatDateLong(data.issuedOn)}</Text>
          <Text style={{ marginTop: 4 }}>
            {officerName
              ? `${officerName}, conseiller pénitentiaire d’insertion et de probation`
              : 'Le conseiller pénitentiaire d’insertion et de probation'}
          </Text>
        </View>
        <View style={styles.signatureBox}>
          <Text style={styles.small}>Signature du CPIP :</Text>
        </View>
      </View>
      <Text style={[styles.small, { marginTop: 14 }]}>
        Destinataire : {addresseeOf(data.measure)}. Copie : dossier.
      </Text>
    </>
  );
}
