import type { CostLedger, LlmClient, LlmReply, LlmRequest } from './llm-client.types';
import { LlmInvalidOutputError } from './llm-invalid-output.error';

/**
 * An LlmClient that asks the run's ledger before every paid call and records what each call cost,
 * including calls whose output was unusable (they were paid all the same).
 */
export class BudgetedLlmClient implements LlmClient {
  constructor(
    private readonly inner: LlmClient,
    readonly ledger: CostLedger,
  ) {}

  get model(): string {
    return this.inner.model;
  }

  async complete(request: LlmRequest): Promise<LlmReply> {
    this.ledger.assertCanSpend(request.purpose);
    try {
      const reply = await this.inner.complete(request);
      this.ledger.record(reply);
      return reply;
    } catch (error) {
      if (error instanceof LlmInvalidOutputError) this.ledger.record(error.reply);
      throw error;
    }
  }
}
