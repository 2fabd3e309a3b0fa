import { JobHunterError } from '@job-hunter/domain';
import type { LlmReply } from './llm-client.types';

/**
 * The model answered, but not in the shape asked for (no call of the forced tool, or a reply cut at
 * max_tokens). The call was still paid: `reply` carries its usage and cost so the ledger counts it.
 */
export class LlmInvalidOutputError extends JobHunterError {
  constructor(
    message: string,
    readonly reply: LlmReply,
  ) {
    super('LLM_INVALID_OUTPUT', message);
    this.name = 'LlmInvalidOutputError';
  }
}
