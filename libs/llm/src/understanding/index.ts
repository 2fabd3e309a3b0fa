export {
  LlmUnderstanding,
  wantsLlmUnderstanding,
  type LlmUnderstandingDeps,
  type RefinedPreferences,
  type RefinedProfile,
  type UnderstandingOptions,
} from './llm-understanding.service';
export { LLM_UNDERSTANDING, llmUnderstandingProvider } from './llm-understanding.provider';
export { mergePreferences } from './prefs-merge';
export { mergeProfile } from './profile-merge';
export { PREFS_TOOL, PROFILE_TOOL, UNDERSTANDING_PROMPT_VERSION } from './understanding-prompt';
