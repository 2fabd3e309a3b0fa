/** One message, as the SMTP channel hands it to a transport. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** The SMTP channel's port: nodemailer in production, a fake in unit tests. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

/** Where JH_SMTP_URL points, and how to log in there. */
export interface SmtpServer {
  host: string;
  port: number;
  /** TLS from the first byte (smtps://); otherwise STARTTLS whenever the server offers it. */
  secure: boolean;
  /** smtp:// with a login to a non-loopback host: STARTTLS is required, so the password never goes in clear. */
  requireTLS: boolean;
  auth?: { user: string; pass: string };
}

export type MailTransportFactory = (server: SmtpServer) => MailTransport;

/** Bounded waits, so an unreachable or stalled server fails the digest instead of hanging the run. */
export const SMTP_TIMEOUTS_MS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
  dnsTimeout: 10_000,
};

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1)$/i;

/**
 * smtp://user:pass@host[:587] (STARTTLS when offered; required when logging in to a host other
 * than this machine) or smtps://user:pass@host[:465] (implicit TLS).
 */
export function smtpServerOf(url: string): SmtpServer {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  const auth = parsed.username ? { user: decode(parsed.username), pass: decode(parsed.password) } : undefined;
  return {
    host,
    port: Number(parsed.port) || (secure ? 465 : 587),
    secure,
    requireTLS: !secure && auth !== undefined && !LOOPBACK.test(host),
    ...(auth ? { auth } : {}),
  };
}

/**
 * Sends with nodemailer, one connection per message. On smtp:// it upgrades with STARTTLS when the
 * server offers it and fails rather than go on in clear if the upgrade fails; certificates are verified.
 * nodemailer is loaded on the first send, not at every CLI start (most runs send no mail).
 */
export function nodemailerTransport(server: SmtpServer, timeouts = SMTP_TIMEOUTS_MS): MailTransport {
  return {
    async send(mail) {
      const { createTransport } = await import('nodemailer');
      const transport = createTransport({ ...server, ...timeouts });
      try {
        await transport.sendMail(mail);
      } finally {
        transport.close();
      }
    },
  };
}
