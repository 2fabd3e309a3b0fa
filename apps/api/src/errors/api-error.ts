import { HttpException } from '@nestjs/common';

/**
 * An answer with the API's own error code (contract section 7), e.g.
 * `new ApiError(409, 'RUN_NOT_FINISHED', 'The run is still going.')`, or 503 `QUEUE_FULL` with
 * `{ 'Retry-After': '30' }`. The exception filter sends `{"error": {"code", "message"}}`.
 */
export class ApiError extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message, status);
  }
}
