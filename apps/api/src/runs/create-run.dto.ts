import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const WHOLE_NUMBER = /^\d{1,6}$/;
const FLAG = ['true', 'false'];

/**
 * POST /runs's text fields (multipart/form-data): the run options of `run` as text (contract
 * section 7), checked again as the CLI checks them (buildRunConfig). The files are CreateRunBody's.
 */
export class CreateRunForm {
  @ApiPropertyOptional({ description: 'freeform preferences (or prefsFile)', maxLength: 20_000 })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  prefs?: string;

  @ApiPropertyOptional({ description: 'at most N jobs in the shortlist (default 50)', example: '20' })
  @IsOptional()
  @Matches(WHOLE_NUMBER, { message: 'top must be a whole number' })
  top?: string;

  @ApiPropertyOptional({ description: 'at most N jobs from one company (default 3)' })
  @IsOptional()
  @Matches(WHOLE_NUMBER, { message: 'maxPerCompany must be a whole number' })
  maxPerCompany?: string;

  @ApiPropertyOptional({ description: 'search at most N companies' })
  @IsOptional()
  @Matches(WHOLE_NUMBER, { message: 'companyLimit must be a whole number' })
  companyLimit?: string;

  @ApiPropertyOptional({ enum: ['heuristic', 'anthropic'] })
  @IsOptional()
  @IsIn(['heuristic', 'anthropic'])
  engine?: string;

  @ApiPropertyOptional({ enum: FLAG, description: 'no paid calls and no email' })
  @IsOptional()
  @IsIn(FLAG)
  dryRun?: string;

  @ApiPropertyOptional({ description: 'send the digest to this address' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ enum: FLAG, description: 'true: the Temporal orchestrator, as --temporal' })
  @IsOptional()
  @IsIn(FLAG)
  temporal?: string;
}

/** The whole form as the OpenAPI document shows it: the files beside the text fields. */
export class CreateRunBody extends CreateRunForm {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, DOCX, TXT or Markdown, at most 5 MiB' })
  resume!: unknown;

  @ApiPropertyOptional({ type: 'string', format: 'binary', description: 'preferences file, at most 256 KiB' })
  prefsFile?: unknown;

  @ApiPropertyOptional({
    type: 'string',
    format: 'binary',
    description: 'companies file (JSON or YAML), at most 1 MiB',
  })
  companies?: unknown;
}

/** 202's body. */
export class RunAccepted {
  @ApiProperty()
  runId!: string;

  @ApiProperty({ enum: ['queued'] })
  status!: 'queued';
}
