import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { Fragment, useState } from 'react';
import { AuthLayout } from './AuthLayout';

/** Shown once, right after setup: the only moment the recovery key is ever visible. */
export function RecoveryKeyScreen({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const [noted, setNoted] = useState(false);
  return (
    <AuthLayout title="Clé de secours" width={640}>
      <Alert severity="warning" sx={{ my: 2 }}>
        Notez cette clé de secours et conservez-la sous clé : elle permet de retrouver l'accès aux données si la phrase
        de passe de l'administrateur est perdue. Elle ne sera plus jamais affichée.
      </Alert>
      <Box
        component="output"
        aria-label="Clé de secours"
        sx={{
          display: 'block',
          fontFamily: "ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Consolas, monospace",
          fontSize: { xs: '1.2rem', sm: '1.6rem' },
          fontWeight: 600,
          letterSpacing: 1,
          textAlign: 'center',
          p: 3,
          my: 2,
          border: 2,
          borderColor: 'primary.main',
          borderRadius: 1,
          bgcolor: '#f5f5fe',
          userSelect: 'all',
        }}
      >
        {/* Lines break only between groups, never inside one, so the key is copied correctly by hand. */}
        {recoveryKey.split('-').map((group, index, groups) => (
          <Fragment key={index}>
            <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
              {group}
            </Box>
            {index < groups.length - 1 && (
              <>
                -<wbr />
              </>
            )}
          </Fragment>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary">
        Conseil : recopiez-la sur papier et rangez-la dans le coffre du service, séparément du poste.
      </Typography>
      <FormControlLabel
        sx={{ mt: 2 }}
        control={<Checkbox checked={noted} onChange={(event) => setNoted(event.target.checked)} />}
        label="J'ai noté la clé de secours"
      />
      <Button variant="contained" size="large" fullWidth sx={{ mt: 2 }} disabled={!noted} onClick={onContinue}>
        Continuer
      </Button>
    </AuthLayout>
  );
}
