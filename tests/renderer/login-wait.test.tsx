// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RpcResult } from '@shared/errors';
import { formatWaitFr } from '@shared/wait-duration';
import { App } from '@renderer/app/App';
import { AppProviders } from '@renderer/app/AppProviders';
import { createRpcClient } from '@renderer/rpc/client';
import type { Transport } from '@renderer/rpc/transport';

afterEach(() => cleanup());

describe('formatWaitFr', () => {
  it.each([
    [1, '1 s'],
    [30, '30 s'],
    [60, '1 min'],
    [270, '4 min 30 s'],
    [300, '5 min'],
    [0, '0 s'],
  ])('says %i seconds as « %s »', (seconds, text) => {
    expect(formatWaitFr(seconds)).toBe(text);
  });
});

describe('login form after too many wrong passphrases', () => {
  it('tells how long to wait in minutes and seconds, and keeps the button disabled', async () => {
    const answers: Record<string, () => RpcResult<unknown>> = {
      'session.status': () => ({ ok: true, result: { state: 'login', autoLockMinutes: 10, serviceName: 'SPIP 33' } }),
      'session.login': () => ({
        ok: false,
        error: {
          code: 'LOCKED',
          message: 'Trop de tentatives infructueuses. Réessayez dans 4 min 30 s.',
          retryAfterSeconds: 270,
        },
      }),
    };
    const transport: Transport = {
      call: async (method) => answers[method]?.() ?? { ok: false, error: { code: 'INTERNAL', message: method } },
      subscribe: () => () => {},
    };
    render(
      <AppProviders client={createRpcClient(transport)}>
        <App />
      </AppProviders>,
    );
    fireEvent.change(await screen.findByLabelText(/Identifiant/), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText(/Phrase de passe/), { target: { value: 'une phrase de passe' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Nouvel essai possible dans [45] min( [0-9]{1,2} s)?\./);
    expect(alert.textContent).toContain('Un administrateur peut lever cette attente');
    expect(screen.getByRole('button', { name: 'Se connecter' }).hasAttribute('disabled')).toBe(true);
  });
});
