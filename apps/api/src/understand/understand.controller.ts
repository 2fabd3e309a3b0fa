import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Understanding } from '@job-hunter/domain';
import type { UnderstandingOptions } from '@job-hunter/llm';
import { UnderstandingReader } from '@job-hunter/orchestration';
import { ErrorBody } from '../errors/error-body.dto';
import { UnderstandRequest, UnderstandingResponse } from './understand.dto';

/** The rules alone read: the web app asks as the person types, so no call may cost money. */
const NO_PAID_CALL: UnderstandingOptions = { engine: 'heuristic', dryRun: true };

@ApiTags('understand')
@Controller('understand')
export class UnderstandController {
  constructor(private readonly reader: UnderstandingReader) {}

  /** What `job-hunter understand --prefs TEXT --json` prints for the text; nothing is stored. */
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: UnderstandingResponse, description: 'the reading of the text alone' })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'BAD_INPUT: prefs missing, blank or too long' })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: 'no token, or a wrong one' })
  understand(@Body() body: UnderstandRequest): Promise<Understanding> {
    return this.reader.read({ text: body.prefs }, undefined, NO_PAID_CALL);
  }
}
