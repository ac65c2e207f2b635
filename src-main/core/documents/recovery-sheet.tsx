/** @jsxRuntime automatic @jsxImportSource react */
import { hostname } from 'node:os';
import { renderToBuffer } from '@react-pdf/renderer';
import type { PrintedSheet } from '@shared/schemas/documents';
import type { SessionService } from '../services/session-service';
import { isoNow, type Clock } from '../util/clock';
import { registerFonts } from './fonts';
import { PdfDocument, type FrameProps } from './layout';
import { readLetterhead } from './letterhead';
import { FeuilleCleSecours } from './templates/feuille-cle-secours';

const TITLE = 'Feuille de clé de secours';

/**
 * The recovery key's sheet, printed once right after the key is made. Unlike every other document it is not
 * archived: the key must exist nowhere but on this paper and, wrapped, in the keyring.
 */
export async function printRecoverySheet(sessions: SessionService, clock: Clock): Promise<PrintedSheet> {
  const session = sessions.current();
  const letterhead = await readLetterhead(session);
  registerFonts();
  const pdf = await sessions.withRecoveryKeyForSheet((held) => {
    const frame: FrameProps = { letterhead, reference: '', title: TITLE, generatedAt: isoNow(clock), duplicata: null };
    return renderToBuffer(
      <PdfDocument frame={frame}>
        <FeuilleCleSecours
          frame={frame}
          data={{
            recoveryKey: held.recoveryKey,
            madeAt: held.madeAt,
            adminDisplayName: session.user.displayName,
            adminUsername: session.user.username,
            computerName: hostname(),
            deviceId: session.deviceId,
          }}
        />
      </PdfDocument>,
    );
  });
  return { title: TITLE, fileName: 'feuille-cle-secours.pdf', pdfBase64: pdf.toString('base64') };
}
