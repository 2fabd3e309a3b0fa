import { errorMessage, JobHunterError } from '@job-hunter/domain';
import type { SmtpServer } from './smtp-transport';

interface Advice {
  hint: string;
  retryable: boolean;
}

const UNREACHABLE: Advice = {
  hint: 'Check that the server in JH_SMTP_URL is up and reachable from here.',
  retryable: true,
};
const OTHER: Advice = { hint: 'Check JH_SMTP_URL and JH_EMAIL_FROM against what the server expects.', retryable: true };

/** What to do, by nodemailer error code; a retry cannot fix a refused login, address or certificate. */
const ADVICE: Record<string, Advice> = {
  ECONNECTION: UNREACHABLE,
  ESOCKET: UNREACHABLE,
  ETIMEDOUT: UNREACHABLE,
  EDNS: UNREACHABLE,
  EAUTH: { hint: 'Check the user name and password in JH_SMTP_URL.', retryable: false },
  ENOAUTH: { hint: 'The server wants a login: put user:password into JH_SMTP_URL.', retryable: false },
  EENVELOPE: { hint: 'Check the address given to --email and JH_EMAIL_FROM.', retryable: false },
  ETLS: {
    hint: "Check the server's TLS certificate, and the scheme: smtps:// (usually port 465) or smtp:// with STARTTLS (usually 587).",
    retryable: false,
  },
};

/** nodemailer's code; a refused certificate comes as a socket error whose original code tells. */
function codeOf(error: unknown): string | undefined {
  const { code, originalCode } = (error ?? {}) as { code?: unknown; originalCode?: unknown };
  if (typeof originalCode === 'string' && /CERT|SELF_SIGNED|VERIFY|TLS|SSL/.test(originalCode)) return 'ETLS';
  return typeof code === 'string' ? code : undefined;
}

/**
 * A failed send as a NOTIFY_FAILED error naming the server and the reason. The text goes through
 * `redact` (the SMTP password must never reach a log or a report) and the original error is left
 * out, since it can carry the server dialogue.
 */
export function smtpFailure(
  error: unknown,
  to: string,
  server: SmtpServer,
  redact: (text: string) => string,
): JobHunterError {
  const code = codeOf(error);
  const advice = (code ? ADVICE[code] : undefined) ?? OTHER;
  const reason = errorMessage(error)
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '');
  const message = `Could not email the digest to ${to} through ${server.host}:${server.port}: ${reason}. ${advice.hint}`;
  return new JobHunterError('NOTIFY_FAILED', redact(message), { retryable: advice.retryable });
}
