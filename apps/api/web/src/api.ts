// Calls to the API with the token kept for this browser tab (sessionStorage: gone when the tab closes).

const TOKEN_KEY = 'jh.token';

export function savedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** What the person is told for each refusal when the API's own message is missing. */
const FALLBACK_MESSAGES: Record<number, string> = {
  401: 'The API refused the token: sign in again.',
  404: 'Not found.',
  409: 'Not yet: the run has not finished.',
  413: 'That file is too large: a resume may be at most 5 MiB, a preferences file 256 KiB, a companies file 1 MiB.',
  415: 'That kind of file is not accepted: a resume must be PDF, DOCX, TXT or Markdown.',
  503: 'The API is busy with other hunts: try again in a minute.',
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let onRefused: () => void = () => undefined;

/** Called when the API answers 401 to a call made with the saved token (the app sends the person to sign in). */
export function whenRefused(handler: () => void): void {
  onRefused = handler;
}

/** A call to the API with the saved token (or `token` when given); a non-2xx answer throws an ApiError. */
export async function call(path: string, init: RequestInit = {}, token = savedToken()): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const res = await fetch(path, { ...init, headers });
  if (res.ok) return res;
  const error = await errorOf(res);
  if (res.status === 401 && token === savedToken()) onRefused();
  throw error;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await call(path, { signal })).json() as Promise<T>;
}

export async function sendJson<T>(method: string, path: string, body?: unknown): Promise<T | undefined> {
  const res = await call(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.status === 204 ? undefined : (res.json() as Promise<T>);
}

async function errorOf(res: Response): Promise<ApiError> {
  let code = `HTTP_${res.status}`;
  let message = '';
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? '';
  } catch {
    // Not the API's JSON error (e.g. a proxy's page): the status says enough.
  }
  const fallback = FALLBACK_MESSAGES[res.status] ?? `The API answered ${res.status}.`;
  return new ApiError(res.status, code, res.status === 401 ? fallback : message || fallback);
}

/** The message to show for a failed call. */
export function problemText(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'The API could not be reached. Is it running?';
}
