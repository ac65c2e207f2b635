import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDebounced } from '../cases/useDebounced';
import { rpcQuery } from '../queries/rpcQuery';
import type { Origin } from './PostMap';

const NUMBER = '(-?\\d{1,3}(?:[.,]\\d+)?)';
// "48.85, 2.35", "48,85 ; 2,35", "48.85 2.35"
const COORDINATES = new RegExp(`^${NUMBER}\\s*(?:;|/|,\\s+|\\s+)\\s*${NUMBER}$`);

/** A latitude and longitude typed by hand, when the text is one. */
export function parseCoordinates(text: string): Origin | null {
  const match = COORDINATES.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const latitude = Number(match[1].replace(',', '.'));
  const longitude = Number(match[2].replace(',', '.'));
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return {
    latitude,
    longitude,
    label: `${latitude.toFixed(4).replace('.', ',')} ; ${longitude.toFixed(4).replace('.', ',')}`,
  };
}

interface Props {
  value: Origin | null;
  onChange: (origin: Origin | null) => void;
  /** The centre of the map, offered as a place when nothing can be looked up (no network, no gazetteer). */
  mapCentre: { latitude: number; longitude: number } | null;
}

/** "Autour de": a commune or an address (geo.geocode: online API, else the offline gazetteer), or coordinates. */
export function OriginPicker({ value, onChange, mapCentre }: Props) {
  const [text, setText] = useState('');
  const settled = useDebounced(text.trim(), 300);
  const typed = parseCoordinates(settled);
  const lookup = useQuery({
    ...rpcQuery('geo.geocode', settled.length >= 2 && !typed ? { query: settled, limit: 6 } : null),
    placeholderData: keepPreviousData,
  });
  const found: Origin[] = typed
    ? [typed]
    : (lookup.data ?? []).map((result) => ({
        latitude: result.latitude,
        longitude: result.longitude,
        label: result.label,
      }));
  const unavailable = lookup.error !== null && !typed;

  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flex: '1 1 320px', maxWidth: 480 }}>
      <Autocomplete
        size="small"
        options={found}
        value={value}
        onChange={(_event, next) => onChange(next)}
        inputValue={text}
        onInputChange={(_event, next) => setText(next)}
        filterOptions={(options) => options}
        getOptionLabel={(option) => option.label}
        isOptionEqualToValue={(a, b) => a.latitude === b.latitude && a.longitude === b.longitude}
        loading={lookup.isFetching && settled.length >= 2}
        loadingText="Recherche…"
        noOptionsText={settled.length < 2 ? 'Tapez une commune, une adresse ou des coordonnées.' : 'Aucun lieu trouvé.'}
        sx={{ flex: 1, minWidth: 200 }}
        renderInput={(params) => (
          <TextField
            {...params}
            label="Autour de"
            margin="dense"
            placeholder="Commune, adresse ou 48,85 ; 2,35"
            helperText={
              unavailable
                ? 'Recherche indisponible : tapez des coordonnées ou prenez le centre de la carte.'
                : undefined
            }
          />
        )}
      />
      <Button
        size="small"
        variant="outlined"
        sx={{ mt: 1.25, flexShrink: 0 }}
        disabled={!mapCentre}
        onClick={() => {
          if (!mapCentre) return;
          const label = `Centre de la carte (${mapCentre.latitude.toFixed(3).replace('.', ',')} ; ${mapCentre.longitude.toFixed(3).replace('.', ',')})`;
          onChange({ ...mapCentre, label });
        }}
      >
        Centre de la carte
      </Button>
    </Box>
  );
}
