import { Inject, Injectable, Optional } from '@nestjs/common';
import type { CostSummary } from '@job-hunter/domain';
import { BudgetedLlmClient, LLM_CLIENT, costOfReply } from '@job-hunter/llm';
import type { CostLedger, LlmClient } from '@job-hunter/llm';
import { buildSuggestionRequest, parseSuggestions } from './company-suggestion.prompt';
import type { CompanySuggestion, SuggestionAsk } from './company-suggestion.prompt';

export interface SuggestionOutcome {
  suggestions: CompanySuggestion[];
  cost: CostSummary;
}

/**
 * Asks Claude for companies that fit a person, through the LLM port: with a ledger, the budget is
 * checked before the call and the spend recorded. Without a client (no API key) it is unavailable.
 */
@Injectable()
export class CompanySuggester {
  constructor(@Optional() @Inject(LLM_CLIENT) private readonly llm?: LlmClient) {}

  get available(): boolean {
    return this.llm !== undefined;
  }

  async suggest(ask: SuggestionAsk, ledger?: CostLedger): Promise<SuggestionOutcome> {
    if (!this.llm) return { suggestions: [], cost: { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 } };
    const client = ledger ? new BudgetedLlmClient(this.llm, ledger) : this.llm;
    const reply = await client.complete(buildSuggestionRequest(ask));
    return { suggestions: parseSuggestions(reply.json ?? safeParse(reply.text)), cost: costOfReply(reply) };
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
