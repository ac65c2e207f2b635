import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { importGazetteerInput, type GazetteerReport } from '@shared/schemas/geo';
import { formatInteger } from '../app/format';
import { readCsvText } from '../cases/ImportPage';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';

/** Errors listed under the report; the server keeps the first 200, the screen shows fewer. */
const LISTED_ERRORS = 20;

function plural(count: number, one: string, many: string): string {
  return `${formatInteger(count)} ${count > 1 ? many : one}`;
}

const NO_FILE = { fileName: '', content: '' };

/** The offline gazetteer of communes (admin and référent): current size, CSV import, report of refused lines. */
export function GazetteerSection() {
  const status = useQuery(rpcQuery('geo.gazetteerStatus', {}));
  // The file's name and text are the form's values, filled when a file is chosen.
  const form = useForm({ defaultValues: NO_FILE, resolver: zodResolver(importGazetteerInput) });
  const importGazetteer = useRpcMutation('geo.importGazetteer');
  const fileName = useWatch({ control: form.control, name: 'fileName' });
  const [encoding, setEncoding] = useState<string | null>(null);
  const [report, setReport] = useState<GazetteerReport | null>(null);
  const [reading, setReading] = useState(false);
  const inputId = useId();
  const helpId = `${inputId}-aide`;
  const { errors } = form.formState;
  const fileError = errors.content?.message ?? errors.fileName?.message;

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setReport(null);
    setEncoding(null);
    form.reset(NO_FILE);
    if (!file) return;
    setReading(true);
    void readCsvText(file)
      .then(({ text, encoding: read }) => {
        form.reset({ fileName: file.name, content: text });
        setEncoding(read);
      })
      .finally(() => setReading(false));
  };

  const onSubmit = (event: React.FormEvent) => {
    setReport(null);
    void form.handleSubmit(async (parsed) => {
      try {
        setReport(await importGazetteer.mutateAsync(parsed));
      } catch (error) {
        showServerError(form, error);
      }
    })(event);
  };
  const pending = form.formState.isSubmitting;

  const count = status.data?.communes;
  return (
    <section aria-labelledby="gazetteer-title">
      <Typography variant="h2" id="gazetteer-title" gutterBottom>
        Répertoire des communes (géocodage hors ligne)
      </Typography>
      {status.error && <Alert severity="error">{status.error.message}</Alert>}
      {count !== undefined && (
        <Typography role="status" sx={{ mb: 1 }}>
          {count === 0
            ? 'Le répertoire est vide : aucune commune ne peut être trouvée hors ligne.'
            : `${plural(count, 'commune', 'communes')} dans le répertoire.`}
        </Typography>
      )}
      <Typography sx={{ mb: 1, maxWidth: 720 }}>
        Un fichier CSV (point-virgule ou virgule), une ligne d'en-tête puis une commune par ligne ; l'import remplace le
        répertoire actuel. Colonnes :
      </Typography>
      <Box
        component="code"
        sx={{ display: 'block', mb: 2, p: 1, bgcolor: '#f0f0f0', fontSize: '0.9rem', maxWidth: 720 }}
      >
        code_insee;nom;code_postal;latitude;longitude
      </Box>
      <form onSubmit={onSubmit} noValidate style={{ maxWidth: 720 }}>
        <label htmlFor={inputId} style={{ display: 'block', fontWeight: 600, marginBottom: 8 }}>
          Fichier CSV des communes
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={onFile}
          aria-describedby={helpId}
          aria-invalid={fileError !== undefined}
        />
        <FormHelperText id={helpId} error={fileError !== undefined}>
          {fileError ??
            (fileName
              ? `${fileName} — encodage lu : ${encoding ?? '…'}`
              : 'Encodage UTF-8 ou Windows-1252 (tableur). Latitude et longitude en degrés décimaux.')}
        </FormHelperText>
        <FormErrorAlert error={form.formState.errors.root?.server} />
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={pending || reading || fileName === ''}>
          {pending ? 'Import en cours…' : 'Importer le répertoire'}
        </Button>
      </form>
      {report && <GazetteerReportView report={report} />}
    </section>
  );
}

function GazetteerReportView({ report }: { report: GazetteerReport }) {
  const shown = report.errors.slice(0, LISTED_ERRORS);
  return (
    <Box sx={{ mt: 2, maxWidth: 720 }}>
      <Alert severity={report.errorCount > 0 ? 'warning' : 'success'}>
        {plural(report.imported, 'commune importée', 'communes importées')}
        {report.errorCount > 0 ? ` ; ${plural(report.errorCount, 'ligne refusée', 'lignes refusées')}.` : '.'}
      </Alert>
      {shown.length > 0 && (
        <>
          <Typography
            variant="h3"
            id="gazetteer-errors-title"
            sx={{ mt: 2, mb: 1, fontSize: '1.05rem', fontWeight: 600 }}
          >
            {report.errorCount > shown.length
              ? `${formatInteger(shown.length)} premières lignes refusées`
              : 'Lignes refusées'}
          </Typography>
          <Box component="ul" aria-labelledby="gazetteer-errors-title" sx={{ m: 0, pl: 3 }}>
            {shown.map((error) => (
              <li key={error.line}>
                Ligne {error.line} : {error.reasons.join(' ')}
              </li>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}
