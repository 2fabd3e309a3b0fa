import {
  Body,
  Controller,
  DefaultValuePipe,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Res,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { MarkedRunResult, RunStatus } from '@job-hunter/domain';
import { ApiError } from '../errors/api-error';
import { ErrorBody } from '../errors/error-body.dto';
import { CreateRunBody, CreateRunForm, RunAccepted } from './create-run.dto';
import type { RunUploads } from './run-intake';
import { RunReader } from './run-reader';
import { RunStream } from './run-stream';
import { MAX_UPLOAD_BYTES } from './run-upload';
import type { RunListItem, RunView } from './run-view';
import { RunsService } from './runs.service';
import { limitedMemoryStorage } from './upload-storage';

export const UPLOAD_FIELDS = [
  { name: 'resume', maxCount: 1 },
  { name: 'prefsFile', maxCount: 1 },
  { name: 'companies', maxCount: 1 },
];

/**
 * A file over its field's limit is refused while it streams in (413, limitedMemoryStorage; multer's
 * fileSize is the largest of them). A text field may hold 20,000 characters of up to 4 bytes (prefs).
 */
export const UPLOAD_LIMITS = {
  fileSize: MAX_UPLOAD_BYTES,
  files: UPLOAD_FIELDS.length,
  fields: 20,
  fieldSize: 128 * 1024,
};

@ApiTags('runs')
@Controller('runs')
export class RunsController {
  constructor(
    private readonly runs: RunsService,
    private readonly reader: RunReader,
    private readonly stream: RunStream,
  ) {}

  /** Starts a hunt from an upload: checked as `run` checks its input, recorded `queued`, run later. */
  @Post()
  @HttpCode(202)
  @UseInterceptors(FileFieldsInterceptor(UPLOAD_FIELDS, { storage: limitedMemoryStorage(), limits: UPLOAD_LIMITS }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: CreateRunBody })
  @ApiAcceptedResponse({ type: RunAccepted })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'bad input, as `run` would refuse it' })
  @ApiPayloadTooLargeResponse({ type: ErrorBody, description: 'UPLOAD_TOO_LARGE' })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorBody, description: 'UNSUPPORTED_MEDIA_TYPE' })
  @ApiServiceUnavailableResponse({ type: ErrorBody, description: 'QUEUE_FULL, with Retry-After' })
  async create(@Body() form: CreateRunForm, @UploadedFiles() files: RunUploads = {}): Promise<RunAccepted> {
    return { runId: await this.runs.submit(form, files), status: 'queued' };
  }

  @Get()
  @ApiOkResponse({ description: '{"runs": [...], "next": "RUN_ID or null"}, newest first' })
  list(
    @Query('limit', new DefaultValuePipe(20), ParseIntPipe) limit: number,
    @Query('before') before?: string,
  ): Promise<{ runs: RunListItem[]; next: string | null }> {
    if (limit < 1 || limit > 100) throw new ApiError(400, 'BAD_INPUT', 'limit must be from 1 to 100.');
    return this.reader.list(limit, before);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'status, stages, progress, reading, errors, stats' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'RUN_NOT_FOUND' })
  view(@Param('id') runId: string): Promise<RunView> {
    return this.reader.view(runId);
  }

  @Get(':id/events')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'server-sent events: status, stage, progress, understanding, notice, end' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'RUN_NOT_FOUND' })
  async events(@Param('id') runId: string, @Res() res: Response): Promise<void> {
    await this.stream.follow(runId, res, this.runs.isHere(runId));
  }

  @Get(':id/results')
  @ApiOkResponse({ description: 'the result object (contract section 5), each job with jobKey, mark and isNew' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'RUN_NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorBody, description: 'RUN_NOT_FINISHED' })
  results(@Param('id') runId: string): Promise<MarkedRunResult> {
    return this.reader.results(runId);
  }

  @Get(':id/files/:name')
  @ApiProduces('application/json', 'text/csv', 'text/html', 'text/plain')
  @ApiOkResponse({ description: 'a file of the run folder, by name from a fixed list' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'RUN_NOT_FOUND or FILE_NOT_FOUND' })
  async file(@Param('id') runId: string, @Param('name') name: string, @Res() res: Response): Promise<void> {
    const file = await this.reader.file(runId, name);
    res.status(200).set(file.headers).send(file.body);
  }

  @Post(':id/cancel')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: '{"runId", "status"}: failed (a queued run dropped) or running (stopping)' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'RUN_NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorBody, description: 'RUN_FINISHED' })
  async cancel(@Param('id') runId: string): Promise<{ runId: string; status: RunStatus }> {
    return { runId, status: await this.runs.cancel(runId) };
  }
}
