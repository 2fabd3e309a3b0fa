import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface FakeSmtpOptions {
  /** Require a login with these credentials, by any of `methods` (default PLAIN and LOGIN); without it AUTH is off. */
  auth?: { user: string; pass: string; methods?: Array<'PLAIN' | 'LOGIN'> };
  /** Recipients refused with 550 at RCPT TO. */
  rejectRecipients?: string[];
  /** Offer STARTTLS with smtp-server's built-in self-signed certificate, which no client trusts. */
  starttls?: boolean;
  /** Accept connections but never send the greeting (for timeouts). */
  silent?: boolean;
}

/** A message the server accepted: the envelope, who logged in, and the parsed content. */
export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  /** The logged-in user and the AUTH method, when there was a login. */
  login?: { user: string; method: string };
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

type Reply = (err?: Error | null) => void;

const smtpError = (responseCode: number, message: string): Error => Object.assign(new Error(message), { responseCode });
const addressOf = (a: SMTPServerAddress | false): string => (a ? a.address : '');

/** A real SMTP server (nodemailer's smtp-server) on 127.0.0.1 with a free port, keeping what it receives. */
export class FakeSmtpServer {
  readonly received: ReceivedMail[] = [];
  /** Every AUTH attempt, accepted or not. */
  readonly logins: Array<{ user: string; method: string; accepted: boolean }> = [];
  private server?: SMTPServer;
  private port = 0;

  constructor(private readonly options: FakeSmtpOptions = {}) {}

  /** smtp://[user:pass@]127.0.0.1:port, credentials percent-encoded. */
  url(credentials?: { user: string; pass: string }): string {
    if (!this.server) throw new Error('FakeSmtpServer is not started');
    const login = credentials ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.pass)}@` : '';
    return `smtp://${login}127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const { auth, starttls, silent } = this.options;
    const rejected = new Set((this.options.rejectRecipients ?? []).map((a) => a.toLowerCase()));
    const server = new SMTPServer({
      logger: false,
      disableReverseLookup: true,
      // Open connections are cut this long after close(), so a test never waits on a client.
      closeTimeout: 200,
      disabledCommands: [...(starttls ? [] : ['STARTTLS']), ...(auth ? [] : ['AUTH'])],
      authMethods: auth?.methods ?? ['PLAIN', 'LOGIN'],
      authOptional: !auth,
      allowInsecureAuth: true,
      onConnect: (_session, reply: Reply) => {
        if (!silent) reply();
      },
      onAuth: (attempt, _session, reply) => {
        const accepted = attempt.username === auth?.user && attempt.password === auth?.pass;
        this.logins.push({ user: attempt.username ?? '', method: attempt.method, accepted });
        if (!accepted) return reply(smtpError(535, 'Authentication credentials invalid'));
        reply(null, { user: { name: attempt.username, method: attempt.method } });
      },
      onRcptTo: (address, _session, reply: Reply) => {
        if (rejected.has(address.address.toLowerCase())) {
          return reply(smtpError(550, `<${address.address}>: Recipient address rejected: user unknown`));
        }
        reply();
      },
      onData: (stream, session, reply: Reply) => {
        simpleParser(stream)
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
            const user = session.user as { name: string; method: string } | undefined;
            this.received.push({
              envelopeFrom: addressOf(session.envelope.mailFrom),
              envelopeTo: session.envelope.rcptTo.map(addressOf),
              ...(user ? { login: { user: user.name, method: user.method } } : {}),
              from: mail.from?.text ?? '',
              to,
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: mail.html || '',
            });
            reply();
          })
          .catch((error: unknown) => reply(error instanceof Error ? error : new Error(String(error))));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
