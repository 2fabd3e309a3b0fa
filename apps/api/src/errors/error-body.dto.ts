import { ApiProperty } from '@nestjs/swagger';

class ErrorDetail {
  @ApiProperty({ description: 'stable: BAD_INPUT, UNAUTHORIZED, RUN_NOT_FOUND, … (contract section 7)' })
  code!: string;

  @ApiProperty({ description: 'what went wrong, for a person; never a stack or a secret' })
  message!: string;
}

/** Every error answer's body, for the OpenAPI document: `@ApiNotFoundResponse({ type: ErrorBody })`. */
export class ErrorBody {
  @ApiProperty({ type: ErrorDetail })
  error!: ErrorDetail;
}
