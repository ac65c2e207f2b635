import { describe, expect, it } from 'vitest';
import { RecoveryKeyHold, RECOVERY_SHEET_WINDOW_MS } from '@core/services/recovery-key-hold';
import { FakeClock } from '../../support/test-core';

const KEY = {
  recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
  userId: 'admin-1',
  madeAt: '2026-11-23T09:00:00.000Z',
};
const printed = async (key: { recoveryKey: string }) => key.recoveryKey;

describe('RecoveryKeyHold', () => {
  it('lends the key once, to the administrator who made it', async () => {
    const hold = new RecoveryKeyHold(new FakeClock());
    hold.keep(KEY);
    await expect(hold.lend('someone-else', printed)).rejects.toMatchObject({ code: 'CONFLICT' });
    // A wrong caller drops it too: nobody else may try again.
    await expect(hold.lend('admin-1', printed)).rejects.toMatchObject({ code: 'CONFLICT' });

    hold.keep(KEY);
    await expect(hold.lend('admin-1', printed)).resolves.toBe(KEY.recoveryKey);
    await expect(hold.lend('admin-1', printed)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('gives the key back when the sheet could not be made, without extending its time', async () => {
    const clock = new FakeClock();
    const hold = new RecoveryKeyHold(clock);
    hold.keep(KEY);
    await expect(hold.lend('admin-1', async () => Promise.reject(new Error('printer font missing')))).rejects.toThrow(
      'printer font missing',
    );
    await expect(hold.lend('admin-1', printed)).resolves.toBe(KEY.recoveryKey);

    hold.keep(KEY);
    await expect(hold.lend('admin-1', async () => Promise.reject(new Error('again')))).rejects.toThrow('again');
    clock.advance(RECOVERY_SHEET_WINDOW_MS + 1);
    await expect(hold.lend('admin-1', printed)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('forgets the key when dropped', async () => {
    const hold = new RecoveryKeyHold(new FakeClock());
    hold.keep(KEY);
    hold.drop();
    await expect(hold.lend('admin-1', printed)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
