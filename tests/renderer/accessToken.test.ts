// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { pageAccessToken, takeAccessToken } from '@renderer/rpc/accessToken';

const TOKEN = 'dGhlLWhvc3QtYWNjZXNzLXRva2VuLWZvci10ZXN0cw';

afterEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('browser host access token in the page', () => {
  it('takes the token from the fragment, drops it from the address bar and sets no cookie', () => {
    window.history.replaceState(null, '', `/#token=${TOKEN}`);
    const lengthBefore = window.history.length;
    expect(takeAccessToken(window)).toBe(TOKEN);
    expect(window.location.href).not.toContain(TOKEN);
    expect(window.location.hash).toBe('#/');
    // Replaced, not pushed: Back does not bring the token back either.
    expect(window.history.length).toBe(lengthBefore);
    expect(document.cookie).toBe('');
  });

  it('finds the token again after a reload of the tab, from sessionStorage', () => {
    window.history.replaceState(null, '', `/#token=${TOKEN}`);
    takeAccessToken(window);
    window.history.replaceState(null, '', '/#/dossiers');
    expect(takeAccessToken(window)).toBe(TOKEN);
    expect(window.location.hash).toBe('#/dossiers');
  });

  it('has no token without the printed address, and ignores a malformed fragment', () => {
    expect(takeAccessToken(window)).toBeNull();
    window.history.replaceState(null, '', '/#token=<script>');
    expect(takeAccessToken(window)).toBeNull();
  });

  it('takes a new token when the printed address is opened again in the same tab', () => {
    window.history.replaceState(null, '', `/#token=${TOKEN}`);
    const current = pageAccessToken(window);
    expect(current()).toBe(TOKEN);
    const renewed = `${TOKEN}-renewed`;
    window.history.replaceState(null, '', `/#token=${renewed}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(current()).toBe(renewed);
    expect(window.location.hash).toBe('#/');
  });
});
