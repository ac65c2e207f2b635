/** @jsxRuntime automatic @jsxImportSource react */
import type { ReactNode } from 'react';
import { Document, Image, Page, StyleSheet, View } from '@react-pdf/renderer';
import { Text } from './french-text';
import type { Letterhead } from '@shared/schemas/documents';
import { formatDateLong } from '@shared/domain/local-date';
import { FONT_FAMILY } from './fonts';

/** The marking a reprint carries on each page; removed, the duplicata's text equals the original's. */
export interface DuplicataMark {
  reprintedOn: string;
  originalOn: string;
  /** The duplicata's own archive reference. */
  reference: string;
}

export interface FrameProps {
  letterhead: Letterhead;
  reference: string;
  title: string;
  /** ISO instant of the original generation; PDF metadata use it so that a reprint is the same file but for the marking. */
  generatedAt: string;
  duplicata: DuplicataMark | null;
}

export const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 10, paddingTop: 36, paddingBottom: 50, paddingHorizontal: 48 },
  header: { flexDirection: 'row', marginBottom: 14, borderBottomWidth: 1, borderBottomColor: '#444', paddingBottom: 8 },
  logo: { width: 70, height: 50, objectFit: 'contain', marginRight: 12 },
  serviceName: { fontSize: 12, fontWeight: 'bold' },
  small: { fontSize: 8.5, color: '#333' },
  title: { fontSize: 15, fontWeight: 'bold', textAlign: 'center', marginVertical: 6 },
  h2: { fontSize: 11, fontWeight: 'bold', marginTop: 8, marginBottom: 4 },
  // react-pdf resolves a unitless lineHeight against the style's own fontSize (18 pt when not set there): keep both together.
  p: { fontSize: 10, marginBottom: 4, lineHeight: 1.35 },
  row: { flexDirection: 'row', marginBottom: 2 },
  label: { width: 150, fontSize: 10, fontWeight: 'bold', lineHeight: 1.35 },
  value: { flex: 1, fontSize: 10, lineHeight: 1.35 },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: 48,
    right: 48,
    fontSize: 8,
    color: '#333',
    borderTopWidth: 0.5,
    borderTopColor: '#888',
    paddingTop: 4,
  },
  pageNumber: {
    position: 'absolute',
    bottom: 24,
    right: 48,
    width: 120,
    textAlign: 'right',
    fontSize: 8,
    color: '#333',
    paddingTop: 4,
  },
  // In the top margin, out of the flow: a reprint breaks its pages exactly where the original did.
  duplicata: {
    position: 'absolute',
    top: 6,
    left: 48,
    right: 48,
    borderWidth: 1.2,
    borderColor: '#b00',
    color: '#b00',
    fontWeight: 'bold',
    textAlign: 'center',
    paddingVertical: 1.5,
    fontSize: 7.5,
  },
  box: { borderWidth: 0.8, borderColor: '#444', padding: 8, marginTop: 6 },
  signature: { marginTop: 12, flexDirection: 'row', justifyContent: 'space-between' },
  signatureBox: { width: '46%', borderWidth: 0.8, borderColor: '#444', padding: 6, height: 64 },
  cell: { borderRightWidth: 0.5, borderBottomWidth: 0.5, borderColor: '#444', padding: 3, fontSize: 9 },
  headCell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderTopWidth: 0.5,
    borderColor: '#444',
    padding: 3,
    fontSize: 9,
    fontWeight: 'bold',
    backgroundColor: '#eee',
  },
});

export function duplicataText(mark: DuplicataMark): string {
  return `DUPLICATA — réimpression du ${formatDateLong(mark.reprintedOn)} de l’original du ${formatDateLong(mark.originalOn)}`;
}

export function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.value}>{value && value.length > 0 ? value : '—'}</Text>
    </View>
  );
}

function LetterheadBlock({ letterhead }: { letterhead: Letterhead }) {
  return (
    <View style={styles.header}>
      {letterhead.logoDataUrl ? <Image style={styles.logo} src={letterhead.logoDataUrl} /> : null}
      <View style={{ flex: 1 }}>
        <Text style={styles.small}>Ministère de la Justice — Direction de l’administration pénitentiaire</Text>
        <Text style={styles.serviceName}>{letterhead.serviceName}</Text>
        {letterhead.address ? <Text style={styles.small}>{letterhead.address}</Text> : null}
        {[letterhead.phone && `Tél. ${letterhead.phone}`, letterhead.email].filter(Boolean).length > 0 ? (
          <Text style={styles.small}>
            {[letterhead.phone && `Tél. ${letterhead.phone}`, letterhead.email].filter(Boolean).join(' — ')}
          </Text>
        ) : null}
      </View>
    </View>
  );
}

/** One page group (which may flow over several pages): letterhead, DUPLICATA banner, reference and page numbers on each page. */
export function DocPage({
  frame,
  reference,
  footer,
  children,
}: {
  frame: FrameProps;
  reference?: string;
  footer?: string;
  children: ReactNode;
}) {
  const footerText = footer ?? `Réf. ${reference ?? frame.reference}`;
  return (
    <Page size="A4" style={styles.page} wrap>
      {frame.duplicata ? (
        <View fixed style={styles.duplicata}>
          <Text>{duplicataText(frame.duplicata)}</Text>
          <Text style={{ fontSize: 7 }}>DUPLICATA réf. {frame.duplicata.reference}</Text>
        </View>
      ) : null}
      <LetterheadBlock letterhead={frame.letterhead} />
      {children}
      <Text fixed style={[styles.footer, { textAlign: 'left' }]}>
        {footerText}
      </Text>
      {/* Counted within this page group: in a batch, each convocation or fiche reads "Page 1 / 1", not "Page 37 / 200". */}
      <Text
        fixed
        style={styles.pageNumber}
        render={({ subPageNumber, subPageTotalPages }) => `Page ${subPageNumber} / ${subPageTotalPages}`}
      />
    </Page>
  );
}

export function PdfDocument({ frame, children }: { frame: FrameProps; children: ReactNode }) {
  const created = new Date(frame.generatedAt);
  return (
    <Document
      title={`${frame.title} — ${frame.reference}`}
      author={frame.letterhead.serviceName}
      creator="TIG Desk"
      producer="TIG Desk"
      language="fr-FR"
      creationDate={created}
      modificationDate={created}
    >
      {children}
    </Document>
  );
}
