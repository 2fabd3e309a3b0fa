/** Error codes; each edge (CLI exit code, HTTP status, Temporal failure) translates them. */
export const ERROR_CODES = {
  INVALID_INPUT: { retryable: false, userError: true },
  CONFIG_INVALID: { retryable: false, userError: true },
  RESUME_UNREADABLE: { retryable: false, userError: true },
  RUN_NOT_FOUND: { retryable: false, userError: true },
  /** A run's shortlist has no job at the rank asked for. */
  JOB_NOT_FOUND: { retryable: false, userError: true },
  /** The run has no shortlist yet (queued or still going). */
  RUN_NOT_FINISHED: { retryable: false, userError: true },
  BOARD_NOT_FOUND: { retryable: false, userError: false },
  BOARD_UNSUPPORTED: { retryable: false, userError: false },
  BOARD_HTTP_ERROR: { retryable: true, userError: false },
  BOARD_TIMEOUT: { retryable: true, userError: false },
  BOARD_MALFORMED: { retryable: false, userError: false },
  BOARD_TOO_LARGE: { retryable: false, userError: false },
  /** One company's board used up its whole time (JH_BOARD_DEADLINE_SECONDS) over all its requests and retries. */
  BOARD_DEADLINE: { retryable: true, userError: false },
  /**
   * The company is on this board but its public feed is switched off or refused (Personio's XML
   * feed disabled, a 401/403): the careers-page reader takes over where it can.
   */
  BOARD_FEED_OFF: { retryable: false, userError: false },
  HOST_BLOCKED: { retryable: false, userError: false },
  // A careers page read in a browser: what went wrong, in words a person can act on.
  PAGE_TIMEOUT: { retryable: true, userError: false },
  PAGE_BLOCKED: { retryable: false, userError: false },
  PAGE_NOT_FOUND: { retryable: false, userError: false },
  PAGE_HTTP_ERROR: { retryable: true, userError: false },
  PAGE_UNREACHABLE: { retryable: true, userError: false },
  PAGE_UNREADABLE: { retryable: false, userError: false },
  LLM_AUTH: { retryable: false, userError: false },
  LLM_ERROR: { retryable: true, userError: false },
  LLM_INVALID_OUTPUT: { retryable: false, userError: false },
  BUDGET_EXCEEDED: { retryable: false, userError: false },
  /** The person stopped the run (the API's cancel, Temporal's cancel signal). */
  CANCELLED: { retryable: false, userError: false },
  TEMPORAL_UNAVAILABLE: { retryable: true, userError: false },
  STORAGE_ERROR: { retryable: true, userError: false },
  NOTIFY_FAILED: { retryable: true, userError: false },
  INTERNAL: { retryable: false, userError: false },
} as const satisfies Record<string, { retryable: boolean; userError: boolean }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The one error type the product throws on purpose: a code, a retryable flag and a message that says what to do. */
export class JobHunterError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { cause?: unknown; retryable?: boolean; company?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'JobHunterError';
    this.retryable = options.retryable ?? ERROR_CODES[code].retryable;
    this.company = options.company;
  }

  readonly company?: string;

  /** Bad input or configuration: the CLI exits 2. */
  get isUserError(): boolean {
    return ERROR_CODES[this.code].userError;
  }
}

export function isJobHunterError(e: unknown): e is JobHunterError {
  return e instanceof JobHunterError;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
