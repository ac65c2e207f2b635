import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { POST_CATEGORIES, POST_CATEGORY_LABELS, type PostCategory } from '@shared/domain/catalogue/post-categories';
import { SCHEDULE_FILTERS, SCHEDULE_FILTER_LABELS, type ScheduleFilter } from '@shared/schemas/map';
import { categoryColour } from './categoryColours';
import { CONDITION_LABELS, radiusOf, type ConditionKey, type FilterState } from './filterState';

interface Props {
  value: FilterState;
  onChange: (next: FilterState) => void;
  /** Which conditions to offer (the matching applies some rules itself). */
  conditions?: readonly ConditionKey[];
  radiusLabel: string;
  radiusHelp?: string;
  /** The "Autour de" picker, placed before the radius. */
  place?: ReactNode;
}

// Legend and boxes on one line: the filters must leave the map most of the height.
const LEGEND = { fontWeight: 600, float: 'left', mr: 1.5, mt: '11px' } as const;

const ALL_CONDITIONS: readonly ConditionKey[] = ['openToMinors', 'pmrAccessible', 'publicTransport', 'freeNow'];

/** The map's filters: categories, schedule, conditions and the radius around a place. */
export function MapFilters({ value, onChange, conditions = ALL_CONDITIONS, radiusLabel, radiusHelp, place }: Props) {
  const scheduleId = useId();
  const conditionsId = useId();
  const radiusInvalid = value.radiusKm.trim() !== '' && radiusOf(value) === null;
  const toggleSchedule = (slot: ScheduleFilter, on: boolean) =>
    onChange({
      ...value,
      schedule: SCHEDULE_FILTERS.filter((item) => (item === slot ? on : value.schedule.includes(item))),
    });

  return (
    <Box
      component="section"
      aria-label="Filtres de la carte"
      sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0, alignItems: 'flex-start' }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, alignItems: 'flex-start', flex: '1 1 560px' }}>
        <Autocomplete
          multiple
          size="small"
          limitTags={2}
          options={POST_CATEGORIES}
          value={value.categories}
          onChange={(_event, next: PostCategory[]) => onChange({ ...value, categories: next })}
          getOptionLabel={(option) => POST_CATEGORY_LABELS[option]}
          disableCloseOnSelect
          renderOption={({ key, ...optionProps }, option, { selected }) => (
            <li key={key} {...optionProps}>
              <Checkbox size="small" checked={selected} sx={{ mr: 1, p: 0.5 }} tabIndex={-1} />
              <Box
                component="span"
                aria-hidden="true"
                sx={{
                  width: 12,
                  height: 12,
                  borderRadius: '50%',
                  bgcolor: categoryColour(option),
                  mr: 1,
                  flexShrink: 0,
                }}
              />
              {POST_CATEGORY_LABELS[option]}
            </li>
          )}
          sx={{ flex: '1 1 260px', maxWidth: 380 }}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Catégories d’activité"
              placeholder={value.categories.length === 0 ? 'Toutes' : undefined}
              margin="dense"
            />
          )}
        />
        {place}
        <TextField
          label={radiusLabel}
          size="small"
          margin="dense"
          value={value.radiusKm}
          onChange={(event) => onChange({ ...value, radiusKm: event.target.value })}
          error={radiusInvalid}
          helperText={radiusInvalid ? 'Entre 0,5 et 300 km.' : radiusHelp}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          sx={{ width: 200, flex: '0 0 auto' }}
        />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, width: '100%' }}>
        <fieldset aria-labelledby={scheduleId} style={{ border: 0, margin: 0, padding: 0 }}>
          <Typography component="legend" id={scheduleId} variant="body2" sx={LEGEND}>
            Créneaux
          </Typography>
          {SCHEDULE_FILTERS.map((slot) => (
            <FormControlLabel
              key={slot}
              sx={{ mr: 1.5 }}
              control={
                <Checkbox
                  size="small"
                  checked={value.schedule.includes(slot)}
                  onChange={(event) => toggleSchedule(slot, event.target.checked)}
                />
              }
              label={SCHEDULE_FILTER_LABELS[slot]}
            />
          ))}
        </fieldset>
        {conditions.length > 0 && (
          <fieldset aria-labelledby={conditionsId} style={{ border: 0, margin: 0, padding: 0 }}>
            <Typography component="legend" id={conditionsId} variant="body2" sx={LEGEND}>
              Conditions
            </Typography>
            {conditions.map((key) => (
              <FormControlLabel
                key={key}
                sx={{ mr: 1.5 }}
                control={
                  <Checkbox
                    size="small"
                    checked={value[key]}
                    onChange={(event) => onChange({ ...value, [key]: event.target.checked })}
                  />
                }
                label={CONDITION_LABELS[key]}
              />
            ))}
          </fieldset>
        )}
      </Box>
    </Box>
  );
}
