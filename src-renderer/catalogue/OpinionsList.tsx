import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Habilitation } from '@shared/schemas/catalogue';
import { OPINION_GIVER_LABELS } from '@shared/schemas/catalogue';
import { dateOrDash } from '../cases/labels';

type OpinionView = Habilitation['procureur'];
export type Giver = keyof typeof OPINION_GIVER_LABELS;

/** Each opinion with the server's summary: received, pending ("réputé donné le …") or deemed given. */
export function OpinionsList({
  opinions,
  extra = [],
}: {
  opinions: Partial<Record<Giver, OpinionView>>;
  extra?: [string, string][];
}) {
  const entries = (Object.keys(OPINION_GIVER_LABELS) as Giver[]).filter((giver) => opinions[giver]);
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'max-content 1fr' },
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
      }}
    >
      {entries.map((giver) => {
        const opinion = opinions[giver]!;
        const tone = opinion.opinion === 'defavorable' ? 'error.main' : undefined;
        return (
          <Box key={giver} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              Avis du {giver === 'prefet' ? 'préfet' : giver === 'jap' ? 'JAP' : 'procureur'}
            </Typography>
            <Typography component="dd" sx={{ m: 0, color: tone }}>
              {opinion.summary}
              {opinion.requestedOn && (
                <Typography component="span" variant="body2" color="text.secondary">
                  {' '}
                  — demandé le {dateOrDash(opinion.requestedOn)}
                </Typography>
              )}
            </Typography>
          </Box>
        );
      })}
      {extra.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {term}
          </Typography>
          <Typography component="dd" sx={{ m: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
