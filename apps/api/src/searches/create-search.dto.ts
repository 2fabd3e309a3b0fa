import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CreateRunBody, CreateRunForm } from '../runs/create-run.dto';

/**
 * POST /searches's text fields: those of POST /runs, the search's name and its schedule (`every`
 * or `cron`, as `search save --every/--cron`); all checked as `search save` checks them.
 */
export class CreateSearchForm extends CreateRunForm {
  @ApiProperty({ description: "the search's name: 1-100 letters, digits, spaces or . _ @ + -", example: 'daily' })
  @IsString()
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({ description: 'run it every INTERVAL: 30m, 6h, 1d', example: '24h' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  every?: string;

  @ApiPropertyOptional({ description: "a 5-field cron expression (UTC), e.g. '0 7 * * *'" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  cron?: string;
}

/** The whole form as the OpenAPI document shows it: the files of POST /runs beside the text fields. */
export class CreateSearchBody extends CreateRunBody {
  @ApiProperty({ example: 'daily' })
  name!: string;

  @ApiPropertyOptional({ example: '24h' })
  every?: string;

  @ApiPropertyOptional({ example: '0 7 * * *' })
  cron?: string;
}
