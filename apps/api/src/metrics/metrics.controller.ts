import { Controller, Get, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { ApiTags } from '@nestjs/swagger';
import { enableProcessMetrics, scrapeMetrics } from '@job-hunter/telemetry';
import { Public } from '../auth/public.decorator';

/**
 * Prometheus scrapes GET /metrics: the process's registry (runs by status, stage durations,
 * board errors by code, paid tokens and dollars of whatever this process ran, and Node's own
 * process metrics). Like /health, it is left outside any API token, as scrapers expect.
 */
@Public()
@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor() {
    enableProcessMetrics();
  }

  @Get()
  async metrics(@Res({ passthrough: true }) res: ServerResponse): Promise<string> {
    const { contentType, body } = await scrapeMetrics();
    res.setHeader('content-type', contentType);
    return body;
  }
}
