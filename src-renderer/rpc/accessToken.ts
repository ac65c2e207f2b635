const STORAGE_KEY = 'tigdesk.accessToken';
const TOKEN_FRAGMENT = /^#token=([A-Za-z0-9_-]{16,256})$/;

/**
 * Takes the browser host's access token from the address. The printed address carries it in its fragment
 * (#token=…), which browsers never send to any server; it is then kept in this tab's sessionStorage so a reload
 * finds it (never a cookie: those go to every port of 127.0.0.1), and the address bar and history lose it.
 */
export function takeAccessToken(win: Window): string | null {
  const fromAddress = TOKEN_FRAGMENT.exec(win.location.hash)?.[1];
  if (fromAddress) {
    try {
      win.sessionStorage.setItem(STORAGE_KEY, fromAddress);
    } catch {
      // Storage refused (private mode, policy): the token lives in memory only, a reload needs the address again.
    }
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}#/`);
    return fromAddress;
  }
  try {
    return win.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The token of this page, read at start and again when the printed address is opened anew in the same tab (a
 * fragment-only navigation, no reload). Must run before the router: the fragment is the router's too.
 */
export function pageAccessToken(win: Window = window): () => string | null {
  let token = takeAccessToken(win);
  win.addEventListener('popstate', () => {
    if (TOKEN_FRAGMENT.test(win.location.hash)) token = takeAccessToken(win);
  });
  return () => token;
}
