import { Body, Controller, Delete, Get, HttpCode, Param, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../errors/error-body.dto';
import { RunAccepted } from '../runs/create-run.dto';
import type { RunUploads } from '../runs/run-intake';
import { UPLOAD_FIELDS, UPLOAD_LIMITS } from '../runs/runs.controller';
import { limitedMemoryStorage } from '../runs/upload-storage';
import { CreateSearchBody, CreateSearchForm } from './create-search.dto';
import { SearchesService, type SearchView } from './searches.service';

const NOT_FOUND = { type: ErrorBody, description: 'SEARCH_NOT_FOUND' };

/** The saved searches (contract section 7): `search save|list|show|run|pause|resume|delete` over HTTP. */
@ApiTags('searches')
@Controller('searches')
export class SearchesController {
  constructor(private readonly searches: SearchesService) {}

  @Get()
  @ApiOkResponse({ description: "[search, ...] by name, as search show --json (the resume's bytes left out)" })
  list(): Promise<SearchView[]> {
    return this.searches.list();
  }

  @Get(':name')
  @ApiOkResponse({ description: 'the search, as search show --json' })
  @ApiNotFoundResponse(NOT_FOUND)
  view(@Param('name') name: string): Promise<SearchView> {
    return this.searches.view(name);
  }

  /** Stores a search from an upload, checked as `search save` checks it. */
  @Post()
  @UseInterceptors(FileFieldsInterceptor(UPLOAD_FIELDS, { storage: limitedMemoryStorage(), limits: UPLOAD_LIMITS }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: CreateSearchBody })
  @ApiCreatedResponse({ description: 'the stored search' })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'bad input, as `search save` would refuse it' })
  @ApiConflictResponse({ type: ErrorBody, description: 'SEARCH_EXISTS: the name is taken' })
  create(@Body() form: CreateSearchForm, @UploadedFiles() files: RunUploads = {}): Promise<SearchView> {
    return this.searches.create(form, files);
  }

  @Post(':name/run')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: RunAccepted })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ type: ErrorBody, description: 'SEARCH_BUSY: a run of the search (here or a cron) holds it' })
  @ApiServiceUnavailableResponse({ type: ErrorBody, description: 'QUEUE_FULL, with Retry-After' })
  async run(@Param('name') name: string): Promise<RunAccepted> {
    return { runId: await this.searches.run(name), status: 'queued' };
  }

  @Post(':name/pause')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the search, paused' })
  @ApiNotFoundResponse(NOT_FOUND)
  pause(@Param('name') name: string): Promise<SearchView> {
    return this.searches.setPaused(name, true);
  }

  @Post(':name/resume')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the search, resumed' })
  @ApiNotFoundResponse(NOT_FOUND)
  resume(@Param('name') name: string): Promise<SearchView> {
    return this.searches.setPaused(name, false);
  }

  @Delete(':name')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'deleted (its Temporal Schedule too)' })
  @ApiNotFoundResponse(NOT_FOUND)
  async delete(@Param('name') name: string): Promise<void> {
    await this.searches.delete(name);
  }
}
