import { HttpException } from '@nestjs/common';
import { isJobHunterError } from '@job-hunter/domain';
import { ApiError } from './api-error';

/** What the API answers for an error: the status, the body's code and message, extra headers. */
export interface ErrorAnswer {
  status: number;
  code: string;
  message: string;
  headers: Readonly<Record<string, string>>;
  /** Not an answer the code meant to give: logged in full on the server, shown to no one. */
  unexpected: boolean;
}

/** The code of an HTTP error raised by Nest or a library rather than by the API's own code. */
const CODE_OF_STATUS: Readonly<Record<number, string>> = {
  400: 'BAD_INPUT',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'UPLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** The status of a bad-input JobHunterError; any other such code is 400. */
const STATUS_OF_USER_ERROR: Readonly<Partial<Record<string, number>>> = {
  RUN_NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  RUN_NOT_FINISHED: 409,
};

export const INTERNAL_MESSAGE = 'Something went wrong on the server; the details are in its log.';

function internal(): ErrorAnswer {
  return { status: 500, code: 'INTERNAL', message: INTERNAL_MESSAGE, headers: {}, unexpected: true };
}

/** The message of an HttpException: its string, or the message(s) of Nest's `{statusCode, message}` body. */
function httpMessage(e: HttpException): string {
  const body = e.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return typeof message === 'string' ? message : e.message;
}

/**
 * Maps anything thrown while answering to the one error shape (contract section 7):
 * - ApiError: its status, code, message and headers;
 * - JobHunterError: a bad-input one (the CLI would exit 2) is 400 with its code and message,
 *   RUN_NOT_FOUND and JOB_NOT_FOUND 404, RUN_NOT_FINISHED 409; any other is a failure of the server, 500 INTERNAL;
 * - Nest's HttpException (an unknown route, a too large body, a failed pipe): its status, a
 *   code for the status, its message; 401 never says why, 5xx never says what;
 * - anything else: 500 INTERNAL with a message that gives nothing away.
 */
export function errorAnswer(e: unknown): ErrorAnswer {
  if (e instanceof ApiError) {
    return { status: e.getStatus(), code: e.code, message: e.message, headers: e.headers, unexpected: false };
  }
  if (isJobHunterError(e)) {
    if (!e.isUserError) return internal();
    const status = STATUS_OF_USER_ERROR[e.code] ?? 400;
    return { status, code: e.code, message: e.message, headers: {}, unexpected: false };
  }
  if (e instanceof HttpException) {
    const status = e.getStatus();
    if (status >= 500) return internal();
    if (status === 401) {
      return {
        status,
        code: 'UNAUTHORIZED',
        message: 'Unauthorized',
        headers: { 'WWW-Authenticate': 'Bearer' },
        unexpected: false,
      };
    }
    return {
      status,
      code: CODE_OF_STATUS[status] ?? 'BAD_INPUT',
      message: httpMessage(e),
      headers: {},
      unexpected: false,
    };
  }
  return internal();
}
