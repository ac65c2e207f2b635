/** @jsxRuntime automatic @jsxImportSource react */
import { StyleSheet, View } from '@react-pdf/renderer';
import { Text } from '../french-text';
import { formatDateLong } from '@shared/domain/local-date';
import type { CatalogueData, CataloguePost } from '../catalogue-document-data';
import { DocPage, styles, type FrameProps } from '../layout';

const COLUMNS = [
  { key: 'post', label: 'Poste — structure', width: 148 },
  { key: 'address', label: 'Adresse', width: 106 },
  { key: 'schedule', label: 'Horaires', width: 101 },
  { key: 'free', label: 'Places libres', width: 40 },
  { key: 'minors', label: 'Mineurs', width: 38 },
  { key: 'pmr', label: 'PMR', width: 30 },
  { key: 'transport', label: 'TC', width: 36 },
] as const;

const local = StyleSheet.create({
  commune: {
    fontSize: 11.5,
    fontWeight: 'bold',
    marginTop: 12,
    marginBottom: 2,
    paddingBottom: 2,
    borderBottomWidth: 1,
    borderBottomColor: '#444',
  },
  category: { fontSize: 9.5, fontWeight: 'bold', marginTop: 6, marginBottom: 3 },
  row: { flexDirection: 'row', borderLeftWidth: 0.5, borderColor: '#444' },
  cell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: '#444',
    padding: 2.5,
    fontSize: 8,
    lineHeight: 1.25,
  },
  head: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderTopWidth: 0.5,
    borderColor: '#444',
    padding: 2.5,
    fontSize: 7.5,
    fontWeight: 'bold',
    backgroundColor: '#eee',
  },
});

const yes = (v: boolean) => (v ? 'oui' : '—');

/** Glyph advance in DejaVu Sans (bold, capitals included) that no run of characters exceeds on average, in em. */
const WIDEST_AVERAGE_EM = 0.72;
const CELL_FONT_SIZE = 8;
const CELL_PADDING = 2 * 2.5;

/**
 * Words are never cut (fonts.ts), but a cell is narrower than some names: "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson"
 * would run into the next column. A word too wide for its cell may break after one of its own hyphens (the next
 * line then starts with a hyphen, as French typography does for a compound word cut at its hyphen), or, without
 * one, every `max` characters. Shorter words stay whole.
 */
export function breakWordsWiderThan(width: number) {
  const max = Math.max(4, Math.floor((width - CELL_PADDING) / (CELL_FONT_SIZE * WIDEST_AVERAGE_EM)));
  return (word: string): string[] => {
    if (word.length <= max) return [word];
    const pieces: string[] = [];
    for (const segment of word.split(/(?=-)/)) {
      const last = pieces.length - 1;
      if (last >= 0 && pieces[last]!.length + segment.length <= max) pieces[last] += segment;
      else for (let i = 0; i < segment.length; i += max) pieces.push(segment.slice(i, i + max));
    }
    return pieces;
  };
}
const BREAKS = Object.fromEntries(COLUMNS.map((c) => [c.key, breakWordsWiderThan(c.width)])) as Record<
  (typeof COLUMNS)[number]['key'],
  (word: string) => string[]
>;

function HeadRow() {
  return (
    <View style={local.row}>
      {COLUMNS.map((c) => (
        <Text key={c.key} style={[local.head, { width: c.width }]}>
          {c.label}
        </Text>
      ))}
    </View>
  );
}

function PostRow({ post }: { post: CataloguePost }) {
  const cells: Record<(typeof COLUMNS)[number]['key'], string> = {
    post: '',
    address: post.address ?? '—',
    schedule: post.schedule || 'à convenir',
    free: `${post.placesFree} sur ${post.places}`,
    minors: yes(post.openToMinors),
    pmr: yes(post.pmrAccessible),
    transport: yes(post.publicTransport),
  };
  return (
    <View style={local.row} wrap={false}>
      {COLUMNS.map((c) =>
        c.key === 'post' ? (
          <View key={c.key} style={[local.cell, { width: c.width }]}>
            <Text style={{ fontWeight: 'bold' }} hyphenationCallback={BREAKS.post}>
              {post.title}
            </Text>
            <Text hyphenationCallback={BREAKS.post}>{post.hostName}</Text>
            {post.excludedOffences?.length ? (
              <Text style={{ fontStyle: 'italic' }} hyphenationCallback={BREAKS.post}>
                Infractions exclues : {post.excludedOffences.join(' ; ')}
              </Text>
            ) : null}
          </View>
        ) : (
          <Text
            key={c.key}
            style={[
              local.cell,
              { width: c.width, textAlign: c.key === 'address' || c.key === 'schedule' ? 'left' : 'center' },
            ]}
            hyphenationCallback={BREAKS[c.key]}
          >
            {cells[c.key]}
          </Text>
        ),
      )}
    </View>
  );
}

export function CataloguePostes({ frame, data }: { frame: FrameProps; data: CatalogueData }) {
  return (
    <DocPage frame={frame}>
      <Text style={styles.title}>Catalogue des postes disponibles</Text>
      <Text style={[styles.p, { textAlign: 'center', fontWeight: 'bold' }]}>
        Département {data.departement} — situation au {formatDateLong(data.issuedOn)}
      </Text>
      <Text style={[styles.p, { textAlign: 'center' }]}>
        {data.postsCount} poste{data.postsCount > 1 ? 's' : ''} disponible{data.postsCount > 1 ? 's' : ''},{' '}
        {data.placesFree} place{data.placesFree > 1 ? 's' : ''} libre
        {data.placesFree > 1 ? 's' : ''}
      </Text>
      <Text style={[styles.small, { marginTop: 4, lineHeight: 1.3 }]}>
        À l’attention des magistrats et des avocats. Postes de travail d’intérêt général ouverts, inscrits sur la liste
        départementale, proposés par une structure habilitée à cette date et disposant d’au moins une place libre ;
        classés par commune puis par catégorie. Les places se libèrent et s’occupent chaque jour : le service confirme
        l’affectation après le jugement. Mineurs : poste ouvert aux mineurs ; PMR : accessible aux personnes à mobilité
        réduite ; TC : desservi par les transports en commun.
      </Text>
      {data.postsCount === 0 ? (
        <Text style={[styles.p, { marginTop: 12 }]}>
          Aucun poste n’a de place libre dans ce département à cette date.
        </Text>
      ) : null}
      {data.communes.map((commune) => (
        <View key={commune.commune}>
          <Text style={local.commune} minPresenceAhead={60}>
            {commune.commune}
          </Text>
          {commune.categories.map((category) => (
            <View key={category.category}>
              <Text style={local.category} minPresenceAhead={60}>
                {category.label} ({category.posts.length})
              </Text>
              {/* Fixed inside the category: the column heads repeat on every page the category runs over. */}
              <View fixed>
                <HeadRow />
              </View>
              {category.posts.map((post) => (
                <PostRow key={post.id} post={post} />
              ))}
            </View>
          ))}
        </View>
      ))}
    </DocPage>
  );
}
