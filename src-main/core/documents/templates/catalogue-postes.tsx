/** @jsxRuntime automatic @jsxImportSource react */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { formatDateLong } from '../../../../src-shared/domain/local-date';
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
  commune: { fontSize: 11.5, fontWeight: 'bold', marginTop: 12, marginBottom: 2, paddingBottom: 2, borderBottomWidth: 1, borderBottomColor: '#444' },
  category: { fontSize: 9.5, fontWeight: 'bold', marginTop: 6, marginBottom: 3 },
  row: { flexDirection: 'row', borderLeftWidth: 0.5, borderColor: '#444' },
  cell: { borderRightWidth: 0.5, borderBottomWidth: 0.5, borderColor: '#444', padding: 2.5, fontSize: 8, lineHeight: 1.25 },
  head: { borderRightWidth: 0.5, borderBottomWidth: 0.5, borderTopWidth: 0.5, borderColor: '#444', padding: 2.5, fontSize: 7.5, fontWeight: 'bold', backgroundColor: '#eee' },
});

const yes = (v: boolean) => (v ? 'oui' : '—');

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
            <Text style={{ fontWeight: 'bold' }}>{post.title}</Text>
            <Text>{post.hostName}</Text>
          </View>
        ) : (
          <Text key={c.key} style={[local.cell, { width: c.width, textAlign: c.key === 'address' || c.key === 'schedule' ? 'left' : 'center' }]}>
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
        {data.postsCount} poste{data.postsCount > 1 ? 's' : ''} disponible{data.postsCount > 1 ? 's' : ''}, {data.placesFree} place{data.placesFree > 1 ? 's' : ''} libre
        {data.placesFree > 1 ? 's' : ''}
      </Text>
      <Text style={[styles.small, { marginTop: 4, lineHeight: 1.3 }]}>
        À l’attention des magistrats et des avocats. Postes de travail d’intérêt général ouverts, inscrits sur la liste départementale, proposés par une structure habilitée à
        cette date et disposant d’au moins une place libre ; classés par commune puis par catégorie. Les places se libèrent et s’occupent chaque jour : le service confirme
        l’affectation après le jugement. Mineurs : poste ouvert aux mineurs ; PMR : accessible aux personnes à mobilité réduite ; TC : desservi par les transports en
        commun.
      </Text>
      {data.postsCount === 0 ? <Text style={[styles.p, { marginTop: 12 }]}>Aucun poste n’a de place libre dans ce département à cette date.</Text> : null}
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
