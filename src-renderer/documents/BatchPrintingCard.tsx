import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { addDays, mondayOf } from '@shared/domain/local-date';
import type { Role } from '@shared/roles';
import { DOCUMENT_READERS } from '@shared/rpc/document-access';
import type { Host } from '@shared/schemas/catalogue';
import { batchConvocationsInput } from '@shared/schemas/documents';
import { SectionCard } from '../cases/SectionCard';
import { todayLocal } from '../cases/labels';
import { useDebounced } from '../cases/useDebounced';
import { CataloguePrintButton } from '../catalogue/CataloguePrintButton';
import { DateField } from '../forms/fields/DateField';
import { rpcQuery } from '../queries/rpcQuery';
import { PrintButton } from './PrintButton';

/** Convocations and timesheets name persons: only the roles that open case files print them (need-to-know). */
const CASE_PRINTERS: readonly Role[] = DOCUMENT_READERS.case;

/** Several documents in one PDF: the convocations of a period, the fiches horaires of a host, the catalogue for a hearing. */
export function BatchPrintingCard({ role, onPrinted }: { role: Role; onPrinted: () => void }) {
  return (
    <SectionCard title="Impressions par lot">
      <Stack spacing={3}>
        {CASE_PRINTERS.includes(role) && <ConvocationsOfPeriod onPrinted={onPrinted} />}
        {CASE_PRINTERS.includes(role) && <TimesheetsOfHost onPrinted={onPrinted} />}
        <section aria-labelledby="batch-catalogue-title">
          <Typography variant="h3" id="batch-catalogue-title" gutterBottom>
            Catalogue des postes disponibles
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            Pour une audience : les postes ayant une place libre, par commune et par catégorie.
          </Typography>
          <CataloguePrintButton departement="" />
        </section>
      </Stack>
    </SectionCard>
  );
}

function ConvocationsOfPeriod({ onPrinted }: { onPrinted: () => void }) {
  const [from, setFrom] = useState(() => mondayOf(todayLocal()));
  const [to, setTo] = useState(() => addDays(mondayOf(todayLocal()), 6));
  // Checked here with the contract's schema, so an empty or half-typed date is said under its field before printing.
  const checked = batchConvocationsInput.safeParse({ from, to });
  const problem = (field: 'from' | 'to') =>
    checked.success ? undefined : checked.error.issues.find((issue) => issue.path[0] === field)?.message;
  return (
    <section aria-labelledby="batch-convocations-title">
      <Typography variant="h3" id="batch-convocations-title" gutterBottom>
        Convocations d’une période
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Box sx={{ width: 200, flexShrink: 0 }}>
          <DateField
            label="Du"
            name="from"
            value={from}
            onChange={setFrom}
            margin="none"
            error={problem('from') !== undefined}
            helperText={problem('from')}
          />
        </Box>
        <Box sx={{ width: 200, flexShrink: 0 }}>
          <DateField
            label="Au"
            name="to"
            value={to}
            onChange={setTo}
            margin="none"
            error={problem('to') !== undefined}
            helperText={problem('to')}
          />
        </Box>
        <div style={{ flexShrink: 0 }}>
          <PrintButton
            label="Imprimer les convocations"
            produce={{ method: 'documents.batchConvocations', input: { from, to } }}
            disabled={!checked.success}
            onPrinted={onPrinted}
          />
        </div>
      </Stack>
    </section>
  );
}

function TimesheetsOfHost({ onPrinted }: { onPrinted: () => void }) {
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 300);
  const [host, setHost] = useState<Host | null>(null);
  const found = useQuery({
    ...rpcQuery('hosts.list', settled.length >= 2 ? { query: settled, limit: 20 } : null),
    placeholderData: keepPreviousData,
  });
  const options = settled.length >= 2 ? (found.data?.items ?? []) : [];

  return (
    <section aria-labelledby="batch-timesheets-title">
      <Typography variant="h3" id="batch-timesheets-title" gutterBottom>
        Fiches horaires d’une structure
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Autocomplete
          sx={{ minWidth: 320, flex: 1 }}
          options={options}
          value={host}
          onChange={(_event, picked) => setHost(picked)}
          inputValue={query}
          onInputChange={(_event, text) => setQuery(text)}
          getOptionLabel={(option) => (option.city ? `${option.name} — ${option.city}` : option.name)}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          filterOptions={(all) => all}
          loading={found.isFetching}
          loadingText="Recherche…"
          noOptionsText={settled.length < 2 ? 'Tapez au moins deux lettres du nom.' : 'Aucune structure trouvée.'}
          renderInput={(params) => <TextField {...params} label="Structure d’accueil" margin="none" />}
        />
        <div style={{ flexShrink: 0 }}>
          <PrintButton
            label="Imprimer les fiches horaires"
            disabled={!host}
            produce={{ method: 'documents.batchTimesheets', input: { hostId: host?.id ?? '' } }}
            onPrinted={onPrinted}
          />
        </div>
      </Stack>
    </section>
  );
}
