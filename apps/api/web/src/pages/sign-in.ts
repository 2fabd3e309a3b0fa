import { ApiError, call, problemText, saveToken } from '../api.js';
import { el, field, fill } from '../dom.js';
import { signInNotice, type Page } from './page.js';

export const signInPage: Page = (view) => {
  const token = el('input', { type: 'password', name: 'token', autocomplete: 'current-password', required: true });
  const problem = el('p', { class: 'problem', role: 'alert' }, signInNotice.text);
  signInNotice.text = '';
  const form = el(
    'form',
    { class: 'card narrow' },
    field('API token', token, 'The JH_API_TOKEN the API was started with. It is kept in this tab only.'),
    el('button', { type: 'submit', class: 'primary' }, 'Sign in'),
    problem,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void signIn(token.value.trim(), problem);
  });
  fill(view, el('h1', { tabindex: '-1' }, 'Sign in'), form);
};

async function signIn(token: string, problem: HTMLElement): Promise<void> {
  fill(problem);
  try {
    await call('/runs?limit=1', {}, token);
    saveToken(token);
    location.hash = '#/new';
  } catch (e) {
    fill(
      problem,
      e instanceof ApiError && e.status === 401 ? 'That token was refused. Check it and try again.' : problemText(e),
    );
  }
}
