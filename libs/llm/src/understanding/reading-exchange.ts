import { addCosts, emptyCost, errorMessage, JobHunterError, type CostSummary, type Reading } from '@job-hunter/domain';
import type { LlmClient, LlmReply, LlmRequest } from '../client/llm-client.types';
import { LlmInvalidOutputError } from '../client/llm-invalid-output.error';
import { costOfReply } from '../cost/cost-ledger';
import { readingFromAnswer } from './reading-answer';
import { repairRequest } from './reading-prompt';

/** The outcome of asking Claude for a reading: the reading when one fit, and in every case what it cost. */
export interface ReadingExchange {
  reading?: Reading;
  /** Every call, the repair and unusable answers included: all were paid. */
  cost: CostSummary;
  /** Why no reading came back (budget, API failure, an answer still invalid after its repair). */
  error?: JobHunterError;
  /** For the person: a repair asked for, values dropped because the text does not bear them out. */
  warnings: string[];
}

/** One call: a reading, problems worth a repair, or an error that ends the exchange. */
interface Step {
  cost: CostSummary;
  reading?: Reading;
  dropped?: string[];
  problems?: string[];
  answer?: unknown;
  error?: JobHunterError;
}

async function ask(client: LlmClient, request: LlmRequest, text: string): Promise<Step> {
  let reply: LlmReply;
  try {
    reply = await client.complete(request);
  } catch (error) {
    if (!(error instanceof JobHunterError)) {
      const failure = new JobHunterError('LLM_ERROR', `The Claude call failed: ${errorMessage(error)}`, {
        cause: error,
      });
      return { cost: emptyCost(), error: failure };
    }
    if (!(error instanceof LlmInvalidOutputError)) return { cost: emptyCost(), error };
    // Paid all the same. A reply cut at max_tokens would be cut again: only a missing tool call is worth a repair.
    const cost = costOfReply(error.reply);
    return error.reply.stopReason === 'max_tokens' ? { cost, error } : { cost, problems: [error.message] };
  }
  const check = readingFromAnswer(reply.json, text);
  const cost = costOfReply(reply);
  return check.reading
    ? { cost, reading: check.reading, dropped: check.dropped }
    : { cost, problems: check.problems, answer: reply.json };
}

const droppedWarnings = (dropped: readonly string[] = []) =>
  dropped.map((d) => `Claude's reading named ${d}; it was left out.`);

/**
 * Asks for the reading, validates the answer and, when it does not fit the schema (or the tool was
 * not called), asks once more with the problems named. `client` is the run's budgeted client, so a
 * repair that would pass the budget is refused like any other call and the rules' reading stands.
 */
export async function askForReading(client: LlmClient, request: LlmRequest, text: string): Promise<ReadingExchange> {
  const first = await ask(client, request, text);
  if (!first.problems) {
    return { reading: first.reading, cost: first.cost, error: first.error, warnings: droppedWarnings(first.dropped) };
  }
  const asked = `Claude's first reading did not fit the schema (${first.problems.join('; ')}); it was asked once more.`;
  const second = await ask(client, repairRequest(request, first.answer, first.problems), text);
  const cost = addCosts(first.cost, second.cost);
  if (second.problems) {
    const problems = second.problems.join('; ');
    const error = new JobHunterError(
      'LLM_INVALID_OUTPUT',
      `Claude's reading still did not fit the schema after one repair (${problems}).`,
    );
    return { cost, error, warnings: [asked] };
  }
  return { reading: second.reading, cost, error: second.error, warnings: [asked, ...droppedWarnings(second.dropped)] };
}
