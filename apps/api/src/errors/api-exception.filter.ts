import type { ServerResponse } from 'node:http';
import { Catch, Inject, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { APP_CONFIG, redactSecrets, type AppConfig } from '@job-hunter/config';
import { errorMessage } from '@job-hunter/domain';
import { errorAnswer } from './error-answer';

/** Every error the API answers, as `{"error": {"code", "message"}}` (see errorAnswer); secrets never in it. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Api');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const answer = errorAnswer(exception);
    if (answer.unexpected) {
      const detail = exception instanceof Error ? (exception.stack ?? exception.message) : errorMessage(exception);
      this.logger.error(redactSecrets(detail, this.config));
    }
    const res = host.switchToHttp().getResponse<ServerResponse>();
    // A stream already under way (server-sent events) cannot change its status any more.
    if (res.headersSent) {
      res.end();
      return;
    }
    const body = { error: { code: answer.code, message: redactSecrets(answer.message, this.config) } };
    res.writeHead(answer.status, { ...answer.headers, 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }
}
