import { JobHunterError } from '@job-hunter/domain';

/** Temporal could not be reached (or refused us) within the connect deadline. */
export class TemporalConnectionError extends JobHunterError {
  constructor(
    readonly address: string,
    /** Already free of secrets: callers pass the cause's message through `redactSecrets`. */
    readonly causeMessage: string,
  ) {
    super(
      'TEMPORAL_UNAVAILABLE',
      `Cannot reach Temporal at ${address}: ${causeMessage}. Start a Temporal server there ` +
        '(e.g. `temporal server start-dev`), check JH_TEMPORAL_ADDRESS and the TLS/API-key settings, ' +
        'or set JH_TEMPORAL_FALLBACK=true to run the checkpoint pipeline instead.',
    );
    this.name = 'TemporalConnectionError';
  }
}

/** Removes every secret value from a message (gRPC errors may echo request metadata). */
export function redactSecrets(message: string, secrets: ReadonlyArray<string | undefined>): string {
  return secrets.reduce<string>(
    (text, secret) => (secret && secret.length > 0 ? text.split(secret).join('***') : text),
    message,
  );
}
