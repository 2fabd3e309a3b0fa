export {
  LlmUnderstanding,
  wantsLlmUnderstanding,
  type LlmUnderstandingDeps,
  type RefinedProfile,
  type UnderstandingOptions,
} from './llm-understanding.service';
export { LLM_UNDERSTANDING, llmUnderstandingProvider } from './llm-understanding.provider';
export { readingFromAnswer, type ReadingCheck } from './reading-answer';
export { readingDisagreements } from './reading-compare';
export { mergeReading } from './reading-merge';
export { READING_TOOL } from './reading-prompt';
export type { RefinedPreferences } from './refined-preferences';
export { mergeProfile } from './profile-merge';
export { PROFILE_TOOL, UNDERSTANDING_PROMPT_VERSION } from './understanding-prompt';
