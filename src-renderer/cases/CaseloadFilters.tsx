import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { MEASURE_STATUSES, MEASURE_STATUS_LABELS, type MeasureStatus } from '@shared/domain/measure-status';

export type CaseloadScope = 'me' | 'all' | 'unassigned';

export interface CaseloadFilterState {
  scope: CaseloadScope;
  statuses: MeasureStatus[];
  deadlineWithinDays: string;
  noHoursForDays: string;
  consentPending: boolean;
  withAlertsOnly: boolean;
  query: string;
}

const SCOPE_LABELS: Record<CaseloadScope, string> = {
  me: 'Mes mesures',
  all: 'Tout le service',
  unassigned: 'Non attribuées',
};

const compact = { margin: 'none', size: 'small' } as const;

export function CaseloadFilters({
  value,
  onChange,
}: {
  value: CaseloadFilterState;
  onChange: (next: CaseloadFilterState) => void;
}) {
  const set = <K extends keyof CaseloadFilterState>(key: K, next: CaseloadFilterState[K]) =>
    onChange({ ...value, [key]: next });
  const digits = (text: string) => text.replace(/\D/g, '').slice(0, 4);
  return (
    <Stack component="section" aria-label="Filtres de la liste" spacing={2} sx={{ mb: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={value.scope}
          onChange={(_event, scope: CaseloadScope | null) => scope && set('scope', scope)}
          aria-label="Périmètre"
        >
          {(Object.keys(SCOPE_LABELS) as CaseloadScope[]).map((scope) => (
            <ToggleButton key={scope} value={scope}>
              {SCOPE_LABELS[scope]}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <TextField
          {...compact}
          label="Rechercher (nom, n° de dossier)"
          type="search"
          value={value.query}
          onChange={(event) => set('query', event.target.value)}
          sx={{ flex: 1, minWidth: 240 }}
        />
      </Stack>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ alignItems: { md: 'center' }, flexWrap: 'wrap' }}
      >
        <TextField
          {...compact}
          select
          label="Statuts"
          value={value.statuses}
          sx={{ width: 240 }}
          slotProps={{
            select: {
              multiple: true,
              renderValue: (selected) =>
                (selected as MeasureStatus[]).length === 0
                  ? 'Mesures en cours (par défaut)'
                  : (selected as MeasureStatus[]).map((status) => MEASURE_STATUS_LABELS[status]).join(', '),
              displayEmpty: true,
            },
            inputLabel: { shrink: true },
          }}
          onChange={(event) => set('statuses', event.target.value as unknown as MeasureStatus[])}
        >
          {MEASURE_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              <Checkbox checked={value.statuses.includes(status)} size="small" sx={{ p: 0.5, mr: 1 }} />
              <ListItemText primary={MEASURE_STATUS_LABELS[status]} />
            </MenuItem>
          ))}
        </TextField>
        <TextField
          {...compact}
          label="Échéance dans (jours)"
          value={value.deadlineWithinDays}
          onChange={(event) => set('deadlineWithinDays', digits(event.target.value))}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ width: 220 }}
        />
        <TextField
          {...compact}
          label="Sans heures depuis (jours)"
          value={value.noHoursForDays}
          onChange={(event) => set('noHoursForDays', digits(event.target.value))}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ width: 240 }}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={value.consentPending}
              onChange={(event) => set('consentPending', event.target.checked)}
            />
          }
          label="Consentement en attente"
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={value.withAlertsOnly}
              onChange={(event) => set('withAlertsOnly', event.target.checked)}
            />
          }
          label="Avec alertes"
        />
      </Stack>
    </Stack>
  );
}
