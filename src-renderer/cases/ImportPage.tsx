import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { AppError } from '@shared/errors';
import type { Role } from '@shared/roles';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { ImportRowsTable } from './ImportRowsTable';
import { casesPaths } from './routes';
import { SectionCard } from './SectionCard';

/**
 * The header the server expects (src-main/core/services/cases/measure-import.ts; accents and case ignored); the last
 * two columns are optional (empty: a contradictory judgment, enforceable on its date).
 */
const EXPECTED_HEADER =
  'nom;prenom;date_naissance;lieu_naissance;juridiction;date_decision;type_mesure;heures;date_limite;magistrat;infraction;numero_parquet;date_faits;caractere_executoire;date_executoire';

/** UTF-8 first; a file saved by Excel in Windows-1252 shows replacement characters, so it is read again. */
export async function readCsvText(file: Blob): Promise<{ text: string; encoding: string }> {
  const bytes = await file.arrayBuffer();
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD')) return { text: utf8, encoding: 'UTF-8' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
}

interface Loaded {
  fileName: string;
  content: string;
  encoding: string;
}

/** A clerk's list of new court decisions: preview every line, then import the valid ones. */
export function ImportPage({ role }: { role: Role }) {
  if (role !== 'secretariat' && role !== 'dpip') {
    return (
      <>
        <Typography variant="h1" gutterBottom>
          Importer une liste de mesures
        </Typography>
        <Alert severity="info">
          L’import de listes de décisions est réservé au secrétariat et à la direction du service.
        </Alert>
      </>
    );
  }
  return <Import />;
}

function Import() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<AppError | null>(null);
  const commit = useRpcMutation('imports.commit');
  const result = commit.data ?? null;
  // The preview is asked once per file, and no more once the file is imported.
  const previewQuery = useQuery({
    ...rpcQuery('imports.preview', loaded && !result ? { fileName: loaded.fileName, content: loaded.content } : null),
    staleTime: Infinity,
  });
  const preview = result ? null : (previewQuery.data ?? null);
  const pending = reading || previewQuery.isFetching || commit.isPending;

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setLoaded(null);
    setReadError(null);
    commit.reset();
    if (!file) return;
    setReading(true);
    readCsvText(file)
      .then(({ text, encoding }) => setLoaded({ fileName: file.name, content: text, encoding }))
      .catch(() => setReadError(new AppError('INTERNAL', 'Le fichier n’a pas pu être lu.')))
      .finally(() => setReading(false));
  };

  const onCommit = () => {
    if (loaded) commit.mutate({ fileName: loaded.fileName, content: loaded.content });
  };

  return (
    <>
      <Link href={casesPaths.caseload}>← Retour aux dossiers</Link>
      <Typography variant="h1" sx={{ mt: 1, mb: 2 }}>
        Importer une liste de mesures
      </Typography>
      <SectionCard title="Fichier attendu">
        <Typography>
          Un fichier CSV (séparateur point-virgule, comme l’enregistre un tableur français), une ligne d’en-tête puis
          une décision par ligne. Colonnes :
        </Typography>
        <Box
          component="code"
          sx={{ display: 'block', my: 1, p: 1, bgcolor: '#f0f0f0', wordBreak: 'break-all', fontSize: '0.9rem' }}
        >
          {EXPECTED_HEADER}
        </Box>
        <Typography variant="body2">
          Obligatoires : nom, prénom, date de naissance, juridiction, date de la décision, type de mesure (TIG, sursis
          TIG, TNR, TIG mineur), heures ordonnées, délai d’exécution. Dates au format JJ/MM/AAAA. Une personne déjà
          connue (même nom, prénom et date de naissance) est reprise ; une décision déjà enregistrée est signalée comme
          doublon.
        </Typography>
      </SectionCard>
      <SectionCard title="Choisir le fichier">
        <label htmlFor="csv-file" style={{ display: 'block', fontWeight: 600, marginBottom: 8 }}>
          Fichier CSV
        </label>
        <input id="csv-file" type="file" accept=".csv,text/csv" onChange={onFile} />
        {loaded && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {loaded.fileName} — encodage lu : {loaded.encoding}
          </Typography>
        )}
        {pending && <LinearProgress aria-label="Lecture du fichier" sx={{ mt: 2 }} />}
        <FormErrorAlert error={readError ?? previewQuery.error ?? commit.error} />
      </SectionCard>
      {preview && (
        <SectionCard title="Aperçu">
          <Typography role="status" sx={{ mb: 1 }}>
            {preview.counts.ok} ligne{preview.counts.ok > 1 ? 's' : ''} valide{preview.counts.ok > 1 ? 's' : ''},{' '}
            {preview.counts.error} en erreur, {preview.counts.duplicate} doublon
            {preview.counts.duplicate > 1 ? 's' : ''}.
          </Typography>
          <Button
            variant="contained"
            disabled={preview.counts.ok === 0 || commit.isPending}
            onClick={onCommit}
            sx={{ mb: 2 }}
          >
            Importer les {preview.counts.ok} ligne{preview.counts.ok > 1 ? 's' : ''} valide
            {preview.counts.ok > 1 ? 's' : ''}
          </Button>
          <ImportRowsTable rows={preview.rows} caption="Aperçu des lignes du fichier" />
        </SectionCard>
      )}
      {result && (
        <SectionCard title="Compte rendu de l’import">
          <Alert severity={result.imported > 0 ? 'success' : 'warning'} sx={{ mb: 2 }}>
            {result.imported} mesure{result.imported > 1 ? 's' : ''} importée{result.imported > 1 ? 's' : ''} ;{' '}
            {result.counts.error} ligne
            {result.counts.error > 1 ? 's' : ''} en erreur et {result.counts.duplicate} doublon
            {result.counts.duplicate > 1 ? 's' : ''} non importé
            {result.counts.error + result.counts.duplicate > 1 ? 's' : ''}. Les nouvelles mesures sont dans la liste «
            Non attribuées ».
          </Alert>
          <ImportRowsTable rows={result.rows} caption="Compte rendu des lignes importées" />
        </SectionCard>
      )}
    </>
  );
}
