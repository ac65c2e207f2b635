import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PersonSummary } from '@shared/schemas/persons';
import { rpcQuery } from '../queries/rpcQuery';
import { dateOrDash, personName } from './labels';
import { useDebounced } from './useDebounced';

/** Finds an existing person as the clerk types (name with or without accents, birth date, dossier number). */
export function PersonPicker({ onPick }: { onPick: (person: PersonSummary) => void }) {
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 300);
  const asked = settled.length >= 2;
  const search = useQuery({
    ...rpcQuery('persons.search', asked ? { query: settled, limit: 20 } : null),
    placeholderData: keepPreviousData,
  });
  const results: readonly PersonSummary[] | null = asked ? (search.data ?? null) : null;
  const error = asked ? search.error : null;

  return (
    <>
      <TextField
        label="Rechercher une personne"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        helperText="Nom (avec ou sans accents), date de naissance (JJ/MM/AAAA) ou numéro de dossier."
        autoComplete="off"
      />
      {error && <Alert severity="error">{error.message}</Alert>}
      <Typography role="status" variant="body2" sx={{ my: 1 }}>
        {results === null
          ? ''
          : results.length === 0
            ? 'Aucune personne trouvée.'
            : `${results.length} personne${results.length > 1 ? 's' : ''} trouvée${results.length > 1 ? 's' : ''}.`}
      </Typography>
      {results && results.length > 0 && (
        <Paper variant="outlined">
          <List aria-label="Personnes trouvées" dense>
            {results.map((person) => (
              <ListItem
                key={person.id}
                divider
                secondaryAction={
                  <Button
                    size="small"
                    variant="outlined"
                    onClick={() => onPick(person)}
                    aria-label={`Choisir ${personName(person)}`}
                  >
                    Choisir
                  </Button>
                }
              >
                <ListItemText
                  primary={`${personName(person)} — ${person.dossierNumber}`}
                  secondary={`né(e) le ${dateOrDash(person.birthDate)} · ${person.city ?? 'commune non renseignée'} · ${person.activeMeasures} mesure${person.activeMeasures > 1 ? 's' : ''} en cours`}
                />
              </ListItem>
            ))}
          </List>
        </Paper>
      )}
    </>
  );
}
