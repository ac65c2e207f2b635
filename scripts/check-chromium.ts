/** Before the e2e tests: Debian's Chromium must be installed; say exactly how to get it when it is not. */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.TIGDESK_CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`Chromium est introuvable (${CHROMIUM_PATH}). Installez-le : sudo apt-get install -y chromium`);
  process.exit(1);
}
