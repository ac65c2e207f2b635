import type { GridLocaleText } from '@mui/x-data-grid';
import { frFR } from '@mui/x-data-grid/locales';

/** The grid's French texts plus a screen's own: a `localeText` prop replaces the theme's whole French set. */
export function frenchGridText(own: Partial<GridLocaleText>): Partial<GridLocaleText> {
  return { ...frFR.components.MuiDataGrid.defaultProps.localeText, ...own };
}
