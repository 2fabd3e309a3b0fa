// The web app: hash routes, each a page built with DOM calls (no framework, nothing downloaded).
import { call, forgetToken, savedToken, whenRefused } from './api.js';
import { el, fill } from './dom.js';
import { applicationsPage } from './pages/applications-page.js';
import { newHuntPage } from './pages/new-hunt.js';
import { signInNotice, type Page } from './pages/page.js';
import { resultsPage } from './pages/results-page.js';
import { runPage } from './pages/run-page.js';
import { runsPage } from './pages/runs-page.js';
import { searchesPage } from './pages/searches-page.js';
import { signInPage } from './pages/sign-in.js';

const ROUTES: Array<[RegExp, Page]> = [
  [/^#\/signin$/, signInPage],
  [/^#\/new$/, newHuntPage],
  [/^#\/runs$/, runsPage],
  [/^#\/applications$/, applicationsPage],
  [/^#\/searches$/, searchesPage],
  [/^#\/runs\/([^/]+)$/, runPage],
  [/^#\/runs\/([^/]+)\/results$/, resultsPage],
];

const view = document.getElementById('view') as HTMLElement;
const signOut = document.getElementById('sign-out') as HTMLButtonElement;
let leaving = new AbortController();
/** Null until known: whether the API wants a token at all. */
let needsToken: boolean | null = null;

async function apiNeedsToken(): Promise<boolean> {
  if (needsToken === null) {
    try {
      await call('/runs?limit=1', {}, null);
      needsToken = false;
    } catch {
      needsToken = true;
    }
  }
  return needsToken;
}

async function show(): Promise<void> {
  const hash = location.hash || '#/new';
  // An in-page link (the skip link's #view) is not a page.
  if (!hash.startsWith('#/')) return;
  leaving.abort();
  leaving = new AbortController();
  if (hash !== '#/signin' && !savedToken() && (await apiNeedsToken())) {
    location.hash = '#/signin';
    return;
  }
  signOut.hidden = !savedToken();
  const route = ROUTES.map(([pattern, page]) => [pattern.exec(hash), page] as const).find(([match]) => match);
  if (!route) {
    fill(
      view,
      el('h1', { tabindex: '-1' }, 'Page not found'),
      el('p', {}, el('a', { href: '#/new' }, 'Start a new hunt')),
    );
    return;
  }
  const [match, page] = route;
  const rendered = page(view, match?.slice(1).map(decodeURIComponent) ?? [], leaving.signal);
  view.querySelector<HTMLElement>('h1')?.focus();
  await rendered;
}

whenRefused(() => {
  forgetToken();
  signInNotice.text = 'The API refused the token: sign in again.';
  if (location.hash === '#/signin') void show();
  else location.hash = '#/signin';
});
signOut.addEventListener('click', () => {
  forgetToken();
  location.hash = '#/signin';
});
window.addEventListener('hashchange', () => void show());
void show();
