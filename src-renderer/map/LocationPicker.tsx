import 'leaflet/dist/leaflet.css';
import './locationPicker.css';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { AttributionControl, MapContainer, Marker, ZoomControl, useMap, useMapEvents } from 'react-leaflet';
import type { GeocodePurpose, GeocodeResult } from '@shared/schemas/geo';
import { AppError } from '@shared/errors';
import { rpcQuery } from '../queries/rpcQuery';
import { BaseLayers, MAP_MAX_ZOOM } from './BaseLayers';
import { coordinateText, frenchPosition, parseCoordinate, roundCoordinate } from './coordinates';
import { useBasemap } from './useBasemap';

export interface PickerAddress {
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

interface Props {
  latitude: number | null;
  longitude: number | null;
  address: PickerAddress;
  onChange: (latitude: number | null, longitude: number | null) => void;
  /** Whose address: a person's stays on this PC unless the administrator allows the address API. */
  purpose: GeocodePurpose;
  /** Shows the position without letting it change (those who do not keep the record). */
  readOnly?: boolean;
}

const SOURCE_LABELS: Record<GeocodeResult['source'], string> = {
  api: 'adresse nationale',
  gazetteer: 'répertoire des communes (hors ligne)',
};

/** Metropolitan France: the first view when there is no position yet. */
const FRANCE: L.LatLngBoundsExpression = [
  [41.3, -5.2],
  [51.1, 9.6],
];

// Leaflet positions the icon with an inline transform: the rotated drop is an inner element. Its tip is the anchor.
const pinIcon = L.divIcon({
  className: 'tig-pin',
  html: '<span class="tig-pin__drop"></span>',
  iconSize: [26, 30],
  iconAnchor: [13, 28],
});

type Lookup =
  | { state: 'idle' }
  | { state: 'loading'; query: string }
  | { state: 'done'; query: string; results: GeocodeResult[]; chosen: number | null }
  | { state: 'error'; message: string };

interface Focus {
  latitude: number;
  longitude: number;
  zoom: number;
  seq: number;
}

/**
 * Where a person, a host or a post is (DESIGN.md §7): geocoding of the address (national address API from the main
 * process, else the offline gazetteer of communes), a small map where a click places the marker and a drag moves it,
 * and the latitude and longitude as text fields for keyboard users. Nothing here waits on the network.
 */
export function LocationPicker({ latitude, longitude, address, onChange, purpose, readOnly = false }: Props) {
  const queryClient = useQueryClient();
  const basemap = useBasemap();
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const [focus, setFocus] = useState<Focus | null>(null);
  const position = latitude !== null && longitude !== null ? { latitude, longitude } : null;

  // The text of the two fields follows the value unless what is typed already means it (e.g. "44,80" for 44.8).
  const [latText, setLatText] = useState(() => coordinateText(latitude));
  const [lonText, setLonText] = useState(() => coordinateText(longitude));
  const [seen, setSeen] = useState({ latitude, longitude });
  if (seen.latitude !== latitude || seen.longitude !== longitude) {
    setSeen({ latitude, longitude });
    const lat = parseCoordinate(latText, 90);
    const lon = parseCoordinate(lonText, 180);
    if (!lat.ok || lat.value !== latitude) setLatText(coordinateText(latitude));
    if (!lon.ok || lon.value !== longitude) setLonText(coordinateText(longitude));
  }
  const latValid = parseCoordinate(latText, 90).ok;
  const lonValid = parseCoordinate(lonText, 180).ok;

  const query = [address.street, address.postalCode, address.city]
    .map((part) => (part ?? '').trim())
    .filter((part) => part !== '')
    .join(' ');

  const place = (lat: number, lon: number, zoom: number | null) => {
    onChange(lat, lon);
    if (zoom !== null) setFocus((previous) => ({ latitude: lat, longitude: lon, zoom, seq: (previous?.seq ?? 0) + 1 }));
  };

  const choose = (results: GeocodeResult[], index: number, sent: string) => {
    const result = results[index];
    if (!result) return;
    setLookup({ state: 'done', query: sent, results, chosen: index });
    place(result.latitude, result.longitude, result.source === 'gazetteer' ? 13 : 16);
  };

  const locate = async () => {
    if (query.length < 2) {
      setLookup({ state: 'error', message: 'Saisissez d’abord l’adresse, le code postal ou la commune.' });
      return;
    }
    setLookup({ state: 'loading', query });
    try {
      // Asked on demand (the button), through the cache: the same address asked again is answered at once.
      const results = await queryClient.fetchQuery(rpcQuery('geo.geocode', { query, limit: 5, purpose }));
      if (results.length === 1) choose(results, 0, query);
      else setLookup({ state: 'done', query, results, chosen: null });
    } catch (error) {
      setLookup({
        state: 'error',
        message: error instanceof AppError ? error.message : 'La recherche de l’adresse a échoué.',
      });
    }
  };

  const onLatText = (text: string) => {
    setLatText(text);
    const parsed = parseCoordinate(text, 90);
    if (parsed.ok) onChange(parsed.value, longitude);
  };
  const onLonText = (text: string) => {
    setLonText(text);
    const parsed = parseCoordinate(text, 180);
    if (parsed.ok) onChange(latitude, parsed.value);
  };
  // Typed coordinates: show them once the field is left, if the marker is off the view.
  const showTyped = () => {
    if (position) setFocus((previous) => ({ ...position, zoom: 0, seq: (previous?.seq ?? 0) + 1 }));
  };

  const half =
    latitude === null
      ? longitude === null
        ? null
        : 'Indiquez aussi la latitude.'
      : longitude === null
        ? 'Indiquez aussi la longitude.'
        : null;

  return (
    <Box sx={{ mt: 1, mb: 1 }}>
      {!readOnly && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <Button
            type="button"
            variant="outlined"
            size="small"
            onClick={() => void locate()}
            disabled={lookup.state === 'loading'}
          >
            Localiser l’adresse
          </Button>
          <Button
            type="button"
            variant="text"
            size="small"
            onClick={() => onChange(null, null)}
            disabled={latitude === null && longitude === null}
          >
            Retirer la position
          </Button>
        </Box>
      )}
      <Box aria-live="polite" sx={{ mt: 1 }}>
        {lookup.state === 'loading' && <Typography variant="body2">Recherche de « {lookup.query} »…</Typography>}
        {lookup.state === 'error' && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {lookup.message}
          </Alert>
        )}
        {lookup.state === 'done' && lookup.results.length === 0 && (
          <Alert severity="info" sx={{ mt: 1 }}>
            Aucun lieu trouvé pour « {lookup.query} » : le service national d’adresses n’a pas répondu et le répertoire
            des communes ne la contient pas. Placez le marqueur à la main en cliquant sur la carte, ou saisissez la
            latitude et la longitude.
          </Alert>
        )}
        {lookup.state === 'done' && lookup.results.length > 0 && (
          <GeocodeResults
            results={lookup.results}
            chosen={lookup.chosen}
            onChoose={(index) => choose(lookup.results, index, lookup.query)}
          />
        )}
      </Box>
      <Box
        role="region"
        aria-label="Position sur la carte"
        sx={{
          position: 'relative',
          height: 260,
          mt: 1,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          overflow: 'hidden',
        }}
      >
        <MapContainer
          className={`tig-location-map${readOnly ? ' tig-location-map--readonly' : ''}`}
          {...(position
            ? { center: [position.latitude, position.longitude] as L.LatLngTuple, zoom: 15 }
            : { bounds: FRANCE })}
          zoomControl={false}
          attributionControl={false}
          scrollWheelZoom={false}
          maxZoom={MAP_MAX_ZOOM}
          minZoom={2}
          style={{ position: 'absolute', inset: 0 }}
        >
          <BaseLayers config={basemap} />
          <ZoomControl position="topleft" zoomInTitle="Zoom avant" zoomOutTitle="Zoom arrière" />
          <AttributionControl position="bottomright" prefix="Leaflet" />
          <SizeWatcher />
          <FocusController focus={focus} />
          {!readOnly && <ClickToPlace onPlace={(lat, lon) => place(lat, lon, null)} />}
          {position && (
            <PositionMarker position={position} draggable={!readOnly} onMove={(lat, lon) => place(lat, lon, null)} />
          )}
        </MapContainer>
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {position ? `Position : ${frenchPosition(position.latitude, position.longitude)}.` : 'Aucune position.'}
        {!readOnly && ' Cliquez sur la carte pour placer le marqueur, faites-le glisser pour le déplacer.'}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 }}>
        <TextField
          label="Latitude"
          value={latText}
          onChange={(event) => onLatText(event.target.value)}
          onBlur={showTyped}
          error={!latValid}
          helperText={
            !latValid
              ? 'Nombre décimal entre -90 et 90 attendu, par exemple 44,8086.'
              : half === 'Indiquez aussi la latitude.'
                ? half
                : 'En degrés décimaux, par exemple 44,8086.'
          }
          autoComplete="off"
          slotProps={{ htmlInput: { readOnly, inputMode: 'decimal' } }}
        />
        <TextField
          label="Longitude"
          value={lonText}
          onChange={(event) => onLonText(event.target.value)}
          onBlur={showTyped}
          error={!lonValid}
          helperText={
            !lonValid
              ? 'Nombre décimal entre -180 et 180 attendu, par exemple -0,5478.'
              : half === 'Indiquez aussi la longitude.'
                ? half
                : 'Par exemple -0,5478.'
          }
          autoComplete="off"
          slotProps={{ htmlInput: { readOnly, inputMode: 'decimal' } }}
        />
      </Box>
    </Box>
  );
}

function GeocodeResults({
  results,
  chosen,
  onChoose,
}: {
  results: GeocodeResult[];
  chosen: number | null;
  onChoose: (index: number) => void;
}) {
  const sources = [...new Set(results.map((result) => result.source))];
  const commune = sources.includes('gazetteer');
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="body2">
        Source : {sources.map((source) => SOURCE_LABELS[source]).join(' et ')}.
        {commune && ' Le répertoire donne le centre de la commune : précisez en déplaçant le marqueur.'}
      </Typography>
      {chosen !== null && results[chosen] && <Typography variant="body2">Retenu : {results[chosen].label}.</Typography>}
      {results.length > 1 && (
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5, mt: 0.5 }}>
          {results.map((result, index) => (
            <Button
              key={`${result.label} ${index}`}
              type="button"
              size="small"
              variant={chosen === index ? 'contained' : 'outlined'}
              aria-pressed={chosen === index}
              onClick={() => onChoose(index)}
            >
              Choisir : {result.label}
            </Button>
          ))}
        </Box>
      )}
    </Box>
  );
}

function ClickToPlace({ onPlace }: { onPlace: (latitude: number, longitude: number) => void }) {
  useMapEvents({
    click(event) {
      onPlace(roundCoordinate(event.latlng.lat), roundCoordinate(event.latlng.lng));
    },
  });
  return null;
}

function PositionMarker({
  position,
  draggable,
  onMove,
}: {
  position: { latitude: number; longitude: number };
  draggable: boolean;
  onMove: (latitude: number, longitude: number) => void;
}) {
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(
    () => ({
      dragend(event) {
        const { lat, lng } = (event.target as L.Marker).getLatLng();
        onMove(roundCoordinate(lat), roundCoordinate(lng));
      },
    }),
    [onMove],
  );
  return (
    <Marker
      position={[position.latitude, position.longitude]}
      icon={pinIcon}
      draggable={draggable}
      keyboard={false}
      title={draggable ? 'Position choisie : faites glisser pour la déplacer' : 'Position'}
      eventHandlers={handlers}
    />
  );
}

/** Shows a geocoded place (with its zoom), or a typed one when it is off the view (zoom 0: keep the zoom). */
function FocusController({ focus }: { focus: Focus | null }) {
  const map = useMap();
  useEffect(() => {
    if (!focus) return;
    const target = L.latLng(focus.latitude, focus.longitude);
    if (focus.zoom > 0) map.setView(target, focus.zoom);
    else if (!map.getBounds().contains(target)) map.setView(target, Math.max(map.getZoom(), 13));
  }, [map, focus]);
  return null;
}

/** Forms open and close sections around the map: Leaflet must be told its size changed. */
function SizeWatcher() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
