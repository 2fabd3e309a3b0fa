import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { JOB_MARK_STATES, type BoardStateKind, type JobMarkState } from '@job-hunter/domain';
import { NOTE_MAX_CHARS, applicationView, type Application } from '@job-hunter/orchestration';
import { isMarkCursor, type StoredJobMark } from '@job-hunter/persistence';

const STATE_DOC = {
  enum: JOB_MARK_STATES,
  description: 'saved: kept for later; applied: applied to (on `at`); hidden: not to be shown again',
} as const;

/** PUT /runs/:id/jobs/:rank/mark's body. */
export class MarkRequest {
  @ApiProperty(STATE_DOC)
  @IsIn(JOB_MARK_STATES, { message: `state must be one of ${JOB_MARK_STATES.join(', ')}` })
  state!: JobMarkState;

  @ApiPropertyOptional({
    description: 'YYYY-MM-DD: the day of the application (default: today on the server)',
    example: '2026-03-02',
  })
  @IsOptional()
  // Checked bottom up: the form first, then that the day exists.
  @IsISO8601({ strict: true }, { message: 'at must be a real date, e.g. 2026-03-02' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'at must be a date written YYYY-MM-DD' })
  at?: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_CHARS, description: 'the person’s own words about the job' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX_CHARS)
  note?: string;
}

/** Marks per page of GET /marks: as GET /runs pages its runs. */
export const MARKS_PAGE = { default: 20, max: 100 } as const;
const LIMIT_MESSAGE = `limit must be from 1 to ${MARKS_PAGE.max}.`;

/** `before` as GET /marks gave it in `next`. */
function IsMarkCursor(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isMarkCursor', validator: { validate: (value) => typeof value === 'string' && isMarkCursor(value) } },
    options,
  );
}

/** GET /marks' query. */
export class MarksQuery {
  @ApiPropertyOptional({ ...STATE_DOC, description: 'only the marks in this state' })
  @IsOptional()
  @IsIn(JOB_MARK_STATES, { message: `state must be one of ${JOB_MARK_STATES.join(', ')}` })
  state?: JobMarkState;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MARKS_PAGE.max,
    default: MARKS_PAGE.default,
    description: 'marks per page',
  })
  @IsOptional()
  // Digits only, as GET /runs reads its limit (ParseIntPipe): "1e1", "0x10" or " 5" are no limit.
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value,
  )
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(MARKS_PAGE.max, { message: LIMIT_MESSAGE })
  limit?: number;

  @ApiPropertyOptional({
    description: 'the `next` of the page before (an opaque cursor); absent: the newest marks',
    example: 'MjAyNi0wMy0wNFQxMDowMDowMC4wMDBafDNmOWEwYzVlN2IyMWQ0ODY',
  })
  @IsOptional()
  @IsMarkCursor({ message: 'before must be the "next" of an earlier page of GET /marks.' })
  before?: string;
}

/** A mark with the job it is on, as the run it was marked in showed the job. */
export class MarkResponse {
  @ApiProperty({ description: 'the job’s identity across runs (contract section 5)', example: '3f9a0c5e7b21d486' })
  jobKey!: string;

  @ApiProperty(STATE_DOC)
  state!: JobMarkState;

  @ApiProperty({ description: 'YYYY-MM-DD: the day applied (for the other states, the day marked)' })
  at!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  company!: string;

  @ApiProperty()
  applyUrl!: string;

  @ApiProperty({ description: 'the run the job was marked in' })
  runId!: string;
}

/** Where a marked job stands on its board, read from the scrapes of later runs. */
export class BoardStateResponse {
  @ApiProperty({
    enum: ['open', 'gone', 'unknown'],
    description:
      'open: the last complete scrape of its board listed it; gone: a later complete scrape no longer did; unknown: no recorded scrape listed it',
  })
  state!: BoardStateKind;

  @ApiProperty({ type: String, nullable: true, description: 'ISO-8601: the last scrape that listed the job' })
  lastSeenAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'ISO-8601: the last complete scrape of its board' })
  lastScrapedAt!: string | null;
}

/** A mark in GET /marks: with its job's state on its board. */
export class ApplicationResponse extends MarkResponse {
  @ApiProperty({ type: BoardStateResponse })
  board!: BoardStateResponse;
}

/** GET /marks' answer: a page. */
export class MarksResponse {
  @ApiProperty({ type: [ApplicationResponse], description: 'newest first (the latest set first)' })
  marks!: ApplicationResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the cursor to pass as `before` for the next page; null on the last page',
  })
  next!: string | null;
}

/** The stored mark as the API shows it (without its bookkeeping time). */
export function markResponse(mark: StoredJobMark): MarkResponse {
  const { jobKey, state, at, note, title, company, applyUrl, runId } = mark;
  return { jobKey, state, at, note, title, company, applyUrl, runId };
}

export function applicationResponse(application: Application): ApplicationResponse {
  return applicationView(application);
}
