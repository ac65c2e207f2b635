// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RpcResult } from '@shared/errors';
import { AppProviders } from '@renderer/app/AppProviders';
import { createRpcClient } from '@renderer/rpc/client';
import type { Transport } from '@renderer/rpc/transport';
import { UserCreateDialog } from '@renderer/settings/UserCreateDialog';

afterEach(cleanup);

function transportAnswering(answer: RpcResult<unknown>): Transport {
  return { call: async () => answer, subscribe: () => () => undefined };
}

function fillValidUser() {
  fireEvent.change(screen.getByLabelText('Identifiant'), { target: { value: 'paul.durand' } });
  fireEvent.change(screen.getByLabelText('Nom affiché'), { target: { value: 'Paul Durand' } });
  fireEvent.change(screen.getByLabelText('Phrase de passe initiale'), { target: { value: 'une phrase assez longue' } });
  fireEvent.change(screen.getByLabelText('Confirmation de la phrase de passe'), {
    target: { value: 'une phrase assez longue' },
  });
  fireEvent.click(screen.getByRole('button', { name: "Créer l'utilisateur" }));
}

describe('server errors in forms', () => {
  it('puts a VALIDATION field message under its field', async () => {
    const transport = transportAnswering({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Saisie invalide.',
        fields: [{ path: 'displayName', message: 'Nom refusé par le serveur.' }],
      },
    });
    render(
      <AppProviders client={createRpcClient(transport)}>
        <UserCreateDialog onClose={() => undefined} onCreated={() => undefined} />
      </AppProviders>,
    );
    fillValidUser();
    const message = await screen.findByText('Nom refusé par le serveur.');
    expect(screen.getByLabelText('Nom affiché').getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows other errors in an alert with the server sentence', async () => {
    const transport = transportAnswering({
      ok: false,
      error: { code: 'CONFLICT', message: 'L’identifiant « paul.durand » est déjà utilisé.' },
    });
    render(
      <AppProviders client={createRpcClient(transport)}>
        <UserCreateDialog onClose={() => undefined} onCreated={() => undefined} />
      </AppProviders>,
    );
    fillValidUser();
    expect((await screen.findByRole('alert')).textContent).toContain('déjà utilisé');
  });

  it('refuses a confirmation that differs, without calling the server', async () => {
    let called = false;
    const transport: Transport = {
      call: async () => {
        called = true;
        return { ok: true, result: {} };
      },
      subscribe: () => () => undefined,
    };
    render(
      <AppProviders client={createRpcClient(transport)}>
        <UserCreateDialog onClose={() => undefined} onCreated={() => undefined} />
      </AppProviders>,
    );
    fireEvent.change(screen.getByLabelText('Phrase de passe initiale'), {
      target: { value: 'une phrase assez longue' },
    });
    fireEvent.change(screen.getByLabelText('Confirmation de la phrase de passe'), { target: { value: 'autre chose' } });
    fireEvent.click(screen.getByRole('button', { name: "Créer l'utilisateur" }));
    expect(await screen.findByText('Les deux phrases de passe ne sont pas identiques.')).toBeTruthy();
    expect(called).toBe(false);
  });
});
