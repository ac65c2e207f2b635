import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { PostSummary, SuggestResult } from '@shared/schemas/map';
import type { AppError } from '@shared/errors';
import { formatInteger } from '../app/format';
import { PostSummaryLines } from './PostCard';

const score = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

interface Props {
  result: SuggestResult | null;
  loading: boolean;
  error: AppError | null;
  selectedId: string | null;
  includeExcluded: boolean;
  onIncludeExcluded: (on: boolean) => void;
  onShow: (post: PostSummary) => void;
  /** Null when the measure cannot be placed now (closed, or already placed): the button is not offered. */
  onPlace: ((post: PostSummary) => void) | null;
}

function Reasons({ reasons, tone }: { reasons: readonly string[]; tone: 'good' | 'bad' }) {
  return (
    <Box
      component="ul"
      aria-label={tone === 'good' ? 'Raisons du classement' : 'Raisons de l’exclusion'}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, listStyle: 'none', p: 0, m: 0, mt: 0.5 }}
    >
      {reasons.map((reason) => (
        <li key={reason}>
          <Chip
            size="small"
            label={reason}
            sx={
              tone === 'good'
                ? {
                    bgcolor: '#e3e3fd',
                    color: '#000091',
                    height: 'auto',
                    '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 },
                  }
                : {
                    bgcolor: '#fdecea',
                    color: '#5f2120',
                    height: 'auto',
                    '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 },
                  }
            }
          />
        </li>
      ))}
    </Box>
  );
}

/** "Postes proposés": the ranked suggestions with their score and reasons, and on demand the excluded posts. */
export function SuggestionsPanel({
  result,
  loading,
  error,
  selectedId,
  includeExcluded,
  onIncludeExcluded,
  onShow,
  onPlace,
}: Props) {
  const headingId = useId();
  const excludedId = useId();
  const suggestions = result?.suggestions ?? [];
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{
        width: 400,
        flexShrink: 0,
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
      }}
    >
      <Box sx={{ px: 2, pt: 1.5, pb: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="h2" id={headingId} sx={{ fontSize: '1.1rem' }}>
          Postes proposés
        </Typography>
        <Typography variant="body2" role="status">
          {result
            ? `${formatInteger(result.eligibleCount)} poste${result.eligibleCount > 1 ? 's' : ''} possible${result.eligibleCount > 1 ? 's' : ''} — les ${suggestions.length} mieux classés`
            : 'Recherche des postes…'}
        </Typography>
        <FormControlLabel
          control={<Switch checked={includeExcluded} onChange={(event) => onIncludeExcluded(event.target.checked)} />}
          label="Voir les postes écartés et pourquoi"
        />
      </Box>
      <Box sx={{ height: 4 }}>{loading && <LinearProgress aria-label="Recherche des postes proposés" />}</Box>
      <Box sx={{ overflow: 'auto', flex: 1 }}>
        {error && (
          <Alert severity="error" sx={{ m: 1 }}>
            {error.message}
          </Alert>
        )}
        {result && suggestions.length === 0 && (
          <Alert severity="info" variant="outlined" sx={{ m: 1 }}>
            Aucun poste ne convient avec ces critères. Élargissez la distance maximale ou retirez des créneaux.
          </Alert>
        )}
        <Box component="ol" aria-labelledby={headingId} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {suggestions.map((item, index) => (
            <Box
              component="li"
              key={item.post.id}
              aria-label={`${index + 1}. ${item.post.title}`}
              sx={{
                px: 2,
                py: 1.25,
                borderBottom: 1,
                borderColor: 'divider',
                bgcolor: item.post.id === selectedId ? '#f0f0ff' : undefined,
              }}
            >
              <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                <Typography component="span" sx={{ fontWeight: 700, color: 'primary.main' }}>
                  n° {index + 1}
                </Typography>
                <Typography component="span" variant="body2" sx={{ fontWeight: 700 }}>
                  Score {score.format(item.score)} / 100
                </Typography>
              </Box>
              <PostSummaryLines post={item.post} />
              <Reasons reasons={item.reasons} tone="good" />
              <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
                <Button
                  size="small"
                  variant="outlined"
                  onClick={() => onShow(item.post)}
                  aria-label={`Voir sur la carte : ${item.post.title}`}
                >
                  Voir sur la carte
                </Button>
                {onPlace && (
                  <Button
                    size="small"
                    variant="contained"
                    onClick={() => onPlace(item.post)}
                    aria-label={`Placer sur ce poste : ${item.post.title}`}
                  >
                    Placer sur ce poste
                  </Button>
                )}
              </Box>
            </Box>
          ))}
        </Box>
        {includeExcluded && result && (
          <Box component="section" aria-labelledby={excludedId} sx={{ px: 2, py: 1.5 }}>
            <Typography variant="h3" id={excludedId} sx={{ fontSize: '1rem' }}>
              Postes écartés ({formatInteger(result.excluded.length)})
            </Typography>
            {result.excluded.length === 0 && <Typography color="text.secondary">Aucun poste écarté.</Typography>}
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {result.excluded.map((item) => (
                <Box
                  component="li"
                  key={item.post.id}
                  aria-label={item.post.title}
                  sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}
                >
                  <PostSummaryLines post={item.post} />
                  <Reasons reasons={item.reasons} tone="bad" />
                  <Button
                    size="small"
                    sx={{ mt: 0.5 }}
                    onClick={() => onShow(item.post)}
                    aria-label={`Voir sur la carte : ${item.post.title}`}
                  >
                    Voir sur la carte
                  </Button>
                </Box>
              ))}
            </Box>
          </Box>
        )}
      </Box>
    </Box>
  );
}
