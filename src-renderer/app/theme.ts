import { createTheme } from '@mui/material/styles';
import { frFR } from '@mui/material/locale';
import { frFR as dataGridFrFR } from '@mui/x-data-grid/locales';
import { frFR as pickersFrFR } from '@mui/x-date-pickers/locales';
import { RouterLink } from './RouterLink';

// "Bleu France", the institutional blue, on white: contrast well above WCAG AA for text and controls.
const INSTITUTIONAL_BLUE = '#000091';
const FOCUS_RING = '3px solid #0a76f6';

export const theme = createTheme(
  {
    palette: {
      mode: 'light',
      primary: { main: INSTITUTIONAL_BLUE },
      secondary: { main: '#3a3a3a' },
      error: { main: '#b3261e' },
      background: { default: '#f6f6f6', paper: '#ffffff' },
      text: { primary: '#161616', secondary: '#3a3a3a' },
    },
    typography: {
      fontFamily: "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
      h1: { fontSize: '1.75rem', fontWeight: 700 },
      h2: { fontSize: '1.35rem', fontWeight: 700 },
      h3: { fontSize: '1.1rem', fontWeight: 700 },
      button: { textTransform: 'none', fontWeight: 600 },
    },
    shape: { borderRadius: 4 },
    components: {
      MuiButtonBase: {
        defaultProps: { disableRipple: true, LinkComponent: RouterLink },
        styleOverrides: {
          // A visible focus ring on every interactive control, keyboard users first.
          root: { '&.Mui-focusVisible': { outline: FOCUS_RING, outlineOffset: 2 } },
        },
      },
      MuiLink: {
        defaultProps: { component: RouterLink },
        styleOverrides: { root: { '&:focus-visible': { outline: FOCUS_RING, outlineOffset: 2 } } },
      },
      MuiTextField: { defaultProps: { fullWidth: true, margin: 'normal' } },
      MuiTableCell: { styleOverrides: { head: { fontWeight: 700 } } },
    },
  },
  frFR,
  pickersFrFR,
  dataGridFrFR,
);
