import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { READING_FIELDS, type Reading, type Understanding } from '@job-hunter/domain';

export const PREFS_MAX_CHARS = 20_000;

/** POST /understand's body. */
export class UnderstandRequest {
  @ApiProperty({
    description: 'what the person is looking for, in their own words (as `understand --prefs`)',
    minLength: 1,
    maxLength: PREFS_MAX_CHARS,
    example: 'Senior backend roles in Berlin or remote in the EU, at least €80k, posted in the last 30 days',
  })
  // class-validator checks the decorator nearest the field first (and stops at the first failure).
  @Matches(/\S/, { message: 'prefs is empty: write what you are looking for' })
  @MaxLength(PREFS_MAX_CHARS)
  @IsString()
  prefs!: string;
}

/** The reading of the text alone (contract section 6, the `understand --json` object without a resume). */
export class UnderstandingResponse implements Understanding {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: `the reading's fields (contract section 6): ${READING_FIELDS.join(', ')}`,
  })
  reading!: Reading;

  @ApiProperty({ enum: ['rules', 'rules+claude'], description: 'who read the text: the API reads by rules alone' })
  readBy!: Understanding['readBy'];

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  disagreements!: Understanding['disagreements'];

  @ApiProperty({ type: [String], description: 'what could not be read, in words a person can act on' })
  warnings!: string[];
}
