import { maskUrlPasswords } from '@job-hunter/domain';

const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;
const SECRET_PARAMS = /([?&](?:password|sslpassword|sslkey)=)[^&#]*/gi;

/**
 * A database URL safe to print: the password (in the user info or in a `password=`
 * query parameter) becomes `***`. `postgres://user:pw@host/db` → `postgres://user:***@host/db`.
 */
export function redactUrl(url: string): string {
  return maskUrlPasswords(url).replace(SECRET_PARAMS, '$1***');
}

/** Removes every occurrence of the URL's secrets from a free text (e.g. a driver error message). */
export function redactSecretsIn(text: string, url: string): string {
  let out = text.split(url).join(redactUrl(url));
  for (const secret of urlSecrets(url)) {
    if (secret.length >= 3) out = out.split(secret).join('***');
  }
  return out;
}

function urlSecrets(url: string): string[] {
  const secrets: string[] = [];
  const userinfo = USERINFO.exec(url)?.[2];
  const colon = userinfo?.indexOf(':') ?? -1;
  if (userinfo && colon >= 0) secrets.push(userinfo.slice(colon + 1));
  for (const match of url.matchAll(SECRET_PARAMS)) {
    secrets.push(match[0].slice(match[1]?.length ?? 0));
  }
  return secrets.flatMap((s) => (s ? [s, safeDecode(s)] : []));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
