// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RpcResult } from '@shared/errors';
import type { AppEvent } from '@shared/rpc/events';
import type { SessionState } from '@shared/schemas/session';
import { App } from '@renderer/app/App';
import { AppProviders } from '@renderer/app/AppProviders';
import { createRpcClient } from '@renderer/rpc/client';
import type { Transport } from '@renderer/rpc/transport';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const admin = {
  id: '01890a5d-ac96-7000-8000-000000000001',
  username: 'jean.martin',
  displayName: 'Jean Martin',
  role: 'admin' as const,
  disabled: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** A scripted main process: answers per method, records calls, pushes events on demand. */
function fakeTransport(answers: Record<string, (input: unknown) => RpcResult<unknown>>) {
  const listeners = new Set<(event: AppEvent) => void>();
  const calls: string[] = [];
  const transport: Transport = {
    async call(method, input) {
      calls.push(method);
      const answer = answers[method];
      return answer ? answer(input) : { ok: false, error: { code: 'INTERNAL', message: `non prévu : ${method}` } };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const push = (event: AppEvent) => act(() => listeners.forEach((listener) => listener(event)));
  return { transport, calls, push };
}

function renderApp(transport: Transport) {
  return render(
    <AppProviders client={createRpcClient(transport)}>
      <App />
    </AppProviders>,
  );
}

const ready: SessionState = { state: 'ready', user: admin, autoLockMinutes: 10, serviceName: 'SPIP de la Gironde' };

describe('App', () => {
  it('shows the setup screen on first run and checks fields with the shared schema before calling', async () => {
    const fake = fakeTransport({
      'session.status': () => ({ ok: true, result: { state: 'setup', autoLockMinutes: 10 } }),
    });
    renderApp(fake.transport);
    expect(await screen.findByRole('heading', { name: 'Installation de TIG Desk' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Créer le service' }));
    expect(await screen.findByText('Le nom du service est obligatoire.')).toBeTruthy();
    expect(fake.calls).not.toContain('session.setup');
  });

  it('follows session events pushed by the main process (auto-lock)', async () => {
    const fake = fakeTransport({ 'session.status': () => ({ ok: true, result: ready }) });
    renderApp(fake.transport);
    // The signed-in shell and its areas load as their own chunks: the first render takes longer than the default wait.
    expect(await screen.findByRole('heading', { name: 'Dossiers' }, { timeout: 15_000 })).toBeTruthy();
    fake.push({ type: 'session', session: { ...ready, state: 'locked' } });
    expect(await screen.findByRole('heading', { name: 'Session de Jean Martin verrouillée' })).toBeTruthy();
  });

  it('switches to the lock screen when any call answers LOCKED', async () => {
    let locked = false;
    const fake = fakeTransport({
      'session.status': () => ({ ok: true, result: locked ? { ...ready, state: 'locked' } : ready }),
      'session.lock': () => {
        locked = true;
        return { ok: false, error: { code: 'LOCKED', message: 'La session est verrouillée.' } };
      },
    });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByRole('button', { name: 'Verrouiller' }));
    expect(await screen.findByRole('heading', { name: 'Session de Jean Martin verrouillée' })).toBeTruthy();
  });

  it('refreshes what another window changed, and forgets everything when the user signs out', async () => {
    window.location.hash = '#/parametres/utilisateurs';
    const fake = fakeTransport({
      'session.status': () => ({ ok: true, result: ready }),
      'users.list': () => ({ ok: true, result: [admin] }),
    });
    renderApp(fake.transport);
    expect(await screen.findByText('jean.martin', {}, { timeout: 15_000 })).toBeTruthy();
    const usersCalls = () => fake.calls.filter((method) => method === 'users.list').length;
    expect(usersCalls()).toBe(1);

    fake.push({ type: 'changed', method: 'letterhead.update' });
    fake.push({ type: 'changed', method: 'users.update' });
    await waitFor(() => expect(usersCalls()).toBe(2));

    fake.push({ type: 'session', session: { state: 'login', autoLockMinutes: 10 } });
    expect(await screen.findByRole('button', { name: 'Se connecter' })).toBeTruthy();
    fake.push({ type: 'session', session: ready });
    await waitFor(() => expect(usersCalls()).toBe(3));
  });
});
