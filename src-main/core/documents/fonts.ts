import { join } from 'node:path';
import { Font } from '@react-pdf/renderer';
import { projectRoot } from '../paths';

export const FONT_FAMILY = 'DejaVu Sans';
/** Monospaced, for what is copied by hand character by character (the recovery key). */
export const MONO_FONT_FAMILY = 'DejaVu Sans Mono';
let registered = false;

/** DejaVu Sans (free licence, resources/fonts/DejaVu-LICENSE.txt) covers French typography: accents, ’, œ, « », €. */
export function registerFonts(): void {
  if (registered) return;
  const dir = join(projectRoot(), 'resources', 'fonts');
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: join(dir, 'DejaVuSans.ttf') },
      { src: join(dir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
      { src: join(dir, 'DejaVuSans-Oblique.ttf'), fontStyle: 'italic' },
    ],
  });
  Font.register({ family: MONO_FONT_FAMILY, src: join(dir, 'DejaVuSansMono-Bold.ttf') });
  // French words are never cut by a hyphenation guess.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
