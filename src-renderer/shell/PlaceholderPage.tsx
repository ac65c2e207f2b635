import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';

/** An honest page for areas not built yet: says what will come, nothing pretends to work. */
export function PlaceholderPage({ title, text }: { title: string; text: string }) {
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {title}
      </Typography>
      <Alert severity="info" variant="outlined" sx={{ maxWidth: 720 }}>
        {text}
      </Alert>
    </>
  );
}
