import { worstCaseCostUsd } from '../cost/call-estimate';
import type { CostLedger, LlmClient, LlmReply, LlmRequest } from './llm-client.types';
import { LlmInvalidOutputError } from './llm-invalid-output.error';

/**
 * An LlmClient that reserves the most a call can cost in the run's ledger before sending it (so
 * calls in flight together cannot pass the budget), then records what it did cost, including
 * calls whose output was unusable (they were paid all the same). A ledger that names the run's
 * model makes every call ask that model (and be priced at its rates), not the process's default.
 */
export class BudgetedLlmClient implements LlmClient {
  constructor(
    private readonly inner: LlmClient,
    readonly ledger: CostLedger,
  ) {}

  get model(): string {
    return this.ledger.model ?? this.inner.model;
  }

  async complete(request: LlmRequest): Promise<LlmReply> {
    const model = request.model ?? this.model;
    const release = this.ledger.reserve(request.purpose, worstCaseCostUsd(model, request));
    try {
      const reply = await this.inner.complete({ ...request, model });
      this.ledger.record(reply);
      return reply;
    } catch (error) {
      if (error instanceof LlmInvalidOutputError) this.ledger.record(error.reply);
      throw error;
    } finally {
      release();
    }
  }
}
