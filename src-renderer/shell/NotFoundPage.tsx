import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useLocation } from 'react-router';
import { DEFAULT_ROUTE } from './navigation';

/** An address that leads nowhere (an old bookmark, a mistyped link): said plainly, with a way back. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <Typography variant="h1" gutterBottom>
        Page introuvable
      </Typography>
      <Alert severity="warning" variant="outlined" sx={{ maxWidth: 720, mb: 2 }}>
        L’adresse « {pathname} » ne correspond à aucune page de TIG Desk. Le lien est peut-être ancien ou incomplet.
      </Alert>
      <Button variant="contained" href={DEFAULT_ROUTE}>
        Revenir aux dossiers
      </Button>
    </>
  );
}
