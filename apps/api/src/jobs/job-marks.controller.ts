import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../errors/error-body.dto';
import {
  MARKS_PAGE,
  MarkRequest,
  MarkResponse,
  MarksQuery,
  MarksResponse,
  applicationResponse,
  markResponse,
} from './job-mark.dto';
import { JobMarksService } from './job-marks.service';

const RUN_PARAM = { name: 'id', description: 'the run id' } as const;
const RANK_PARAM = { name: 'rank', description: 'the job’s rank in the run’s shortlist (1 = best)' } as const;

@ApiTags('marks')
@ApiUnauthorizedResponse({ type: ErrorBody, description: 'no token, or a wrong one' })
@Controller()
export class JobMarksController {
  constructor(private readonly service: JobMarksService) {}

  /** Marks a shortlisted job saved, applied or hidden; the mark holds in every run that finds the job. */
  @Put('runs/:id/jobs/:rank/mark')
  @ApiParam(RUN_PARAM)
  @ApiParam(RANK_PARAM)
  @ApiOkResponse({ type: MarkResponse, description: 'the mark, as stored' })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'BAD_INPUT: an unknown state, a bad date, a note too long' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'RUN_NOT_FOUND, or JOB_NOT_FOUND: no job at that rank' })
  @ApiConflictResponse({ type: ErrorBody, description: 'RUN_NOT_FINISHED: the run has no shortlist yet' })
  async mark(
    @Param('id') runId: string,
    @Param('rank', ParseIntPipe) rank: number,
    @Body() body: MarkRequest,
  ): Promise<MarkResponse> {
    return markResponse(await this.service.mark(runId, rank, body));
  }

  /** Removes the job's mark (from every run that finds it). */
  @Delete('runs/:id/jobs/:rank/mark')
  @HttpCode(204)
  @ApiParam(RUN_PARAM)
  @ApiParam(RANK_PARAM)
  @ApiNoContentResponse({ description: 'the job has no mark now' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'RUN_NOT_FOUND, or JOB_NOT_FOUND: no job at that rank' })
  @ApiConflictResponse({ type: ErrorBody, description: 'RUN_NOT_FINISHED: the run has no shortlist yet' })
  async unmark(@Param('id') runId: string, @Param('rank', ParseIntPipe) rank: number): Promise<void> {
    await this.service.unmark(runId, rank);
  }

  /**
   * The marked jobs, newest first, a page at a time (as GET /runs pages), each with its job's state on
   * its board (open, gone or unknown).
   */
  @Get('marks')
  @ApiOkResponse({ type: MarksResponse, description: '{"marks": [...], "next": "cursor or null"}, newest first' })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: 'BAD_INPUT: an unknown state, a limit not from 1 to 100, a `before` no page gave as `next`',
  })
  async list(@Query() query: MarksQuery): Promise<MarksResponse> {
    const { state, before, limit = MARKS_PAGE.default } = query;
    const page = await this.service.page(limit, { state, before });
    return { marks: page.applications.map(applicationResponse), next: page.next };
  }
}
