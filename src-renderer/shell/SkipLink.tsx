import Button from '@mui/material/Button';

/**
 * "Aller au contenu" for keyboard users: hidden until focused. A button rather than an #anchor link,
 * because the hash carries the route.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <Button
      variant="contained"
      color="inherit"
      onClick={() => document.getElementById(targetId)?.focus()}
      sx={{
        position: 'absolute',
        left: 8,
        top: 8,
        zIndex: 1,
        color: 'primary.main',
        bgcolor: '#ffffff',
        transform: 'translateY(-200%)',
        '&:focus-visible, &.Mui-focusVisible': { transform: 'none' },
      }}
    >
      Aller au contenu
    </Button>
  );
}
