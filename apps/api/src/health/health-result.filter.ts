import type { ServerResponse } from 'node:http';
import { Catch, ServiceUnavailableException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';

/**
 * A failed readiness check keeps Terminus' own body (`status`, `info`, `error`, `details`), which
 * probes and dashboards read, instead of the API's error shape.
 */
@Catch(ServiceUnavailableException)
export class HealthResultFilter implements ExceptionFilter {
  catch(exception: ServiceUnavailableException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<ServerResponse>();
    res.writeHead(exception.getStatus(), { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(exception.getResponse()));
  }
}
