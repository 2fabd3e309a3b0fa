import { BudgetedLlmClient } from '../client/budgeted-llm.client';
import type { CostLedger, LlmClient, LlmReply, SystemBlock } from '../client/llm-client.types';
import { LlmInvalidOutputError } from '../client/llm-invalid-output.error';
import { SCORE_TOOL } from './scoring-rubric';
import { buildRepairTurn, buildUserTurn, type PromptJob } from './scoring-prompt';
import {
  describeProblems,
  validateBatchReply,
  type BatchValidation,
  type LlmJobVerdict,
} from './score-reply.validator';

/** Room for one job's answer (score, skills, four assessments, up to four quoted reasons). */
const OUTPUT_TOKENS_PER_JOB = 500;
const OUTPUT_TOKENS_BASE = 200;
export const SCORE_PURPOSE = 'score-jobs';

export interface BatchCall {
  client: LlmClient;
  ledger: CostLedger;
  system: SystemBlock[];
  signal?: AbortSignal;
  /** Called after every paid call (counts for outcomes and benchmarks). */
  onCall?: () => void;
}

export interface BatchResult {
  /** Valid answers by job id. */
  verdicts: Map<string, LlmJobVerdict>;
  /** Jobs still without a valid answer after the repair attempt, with what was wrong. */
  invalid: Map<string, string[]>;
  /** Set when the repair call could not be made (budget spent, model error): the invalid jobs got no repair. */
  repairFailed?: unknown;
}

/**
 * One paid call through the run's ledger (budget checked before, spend recorded after, unusable
 * replies included), its answer validated against the batch. A reply without the tool call or
 * cut at the token limit is invalid output like any other: it goes to the repair attempt.
 */
async function callOnce(call: BatchCall, user: string, batch: readonly PromptJob[]): Promise<BatchValidation> {
  let reply: LlmReply;
  try {
    reply = await new BudgetedLlmClient(call.client, call.ledger).complete({
      purpose: SCORE_PURPOSE,
      system: call.system,
      user,
      maxTokens: OUTPUT_TOKENS_BASE + OUTPUT_TOKENS_PER_JOB * batch.length,
      temperature: 0,
      json: SCORE_TOOL,
      ...(call.signal ? { signal: call.signal } : {}),
    });
  } catch (error) {
    if (!(error instanceof LlmInvalidOutputError)) throw error;
    call.onCall?.();
    const cut = error.reply.stopReason === 'max_tokens';
    return validateBatchReply(
      undefined,
      batch,
      cut ? 'the answer was cut at the token limit: keep notes and reasons shorter' : error.message,
    );
  }
  call.onCall?.();
  return validateBatchReply(reply.json, batch);
}

function byJobId(
  batch: readonly PromptJob[],
  byLocal: Map<string, LlmJobVerdict>,
  into: Map<string, LlmJobVerdict>,
): void {
  for (const p of batch) {
    const v = byLocal.get(p.localId);
    if (v) into.set(p.job.id, v);
  }
}

function problemsByJobId(batch: readonly PromptJob[], v: BatchValidation): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of batch) {
    const list = v.problems.get(p.localId);
    if (list) out.set(p.job.id, [...list, ...v.general]);
  }
  return out;
}

/**
 * Scores one batch: one call, and for the jobs whose answer failed validation one repair call
 * that sends the problems back. Errors of the first call propagate (nothing was scored);
 * an error of the repair call is returned, keeping the valid answers of the first.
 */
export async function scoreBatch(call: BatchCall, batch: readonly PromptJob[]): Promise<BatchResult> {
  const first = await callOnce(call, buildUserTurn(batch), batch);
  const verdicts = new Map<string, LlmJobVerdict>();
  byJobId(batch, first.verdicts, verdicts);
  if (first.problems.size === 0) return { verdicts, invalid: new Map() };

  const failing = batch.filter((p) => first.problems.has(p.localId));
  try {
    const second = await callOnce(call, buildRepairTurn(failing, describeProblems(first)), failing);
    byJobId(failing, second.verdicts, verdicts);
    return { verdicts, invalid: problemsByJobId(failing, second) };
  } catch (error) {
    if (call.signal?.aborted) throw error;
    return { verdicts, invalid: problemsByJobId(failing, first), repairFailed: error };
  }
}
