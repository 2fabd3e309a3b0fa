import { Inject, Injectable, Optional } from '@nestjs/common';
import { emptyPreferences, type CandidateProfile, type SearchPreferences } from '@job-hunter/domain';
import { LLM_UNDERSTANDING, wantsLlmUnderstanding } from '@job-hunter/llm';
import type { LlmUnderstanding, UnderstandingOptions } from '@job-hunter/llm';
import { enrichFromProfile } from './prefs-enrich';
import { readPrefsFile } from './prefs-file.reader';
import { prefsFromText } from './prefs-text.rules';

export interface PrefsInput {
  /** Freeform English (CLI --prefs). */
  text?: string;
  /** A .yaml/.yml/.json file of explicit fields, or a .txt/.md file of freeform text (CLI --prefs-file). */
  file?: string;
}

/**
 * Turns the person's preferences into SearchPreferences by rules (refined by Claude on a paid
 * 'anthropic' run with an API key), then fills gaps from the resume.
 */
@Injectable()
export class PrefsParserAgent {
  constructor(@Optional() @Inject(LLM_UNDERSTANDING) private readonly llm?: LlmUnderstanding) {}

  async parse(input: PrefsInput, profile: CandidateProfile, opts?: UnderstandingOptions): Promise<SearchPreferences> {
    const texts: string[] = [];
    if (input.text?.trim()) texts.push(input.text.trim());
    let explicit: Partial<SearchPreferences> = {};
    if (input.file) {
      const file = await readPrefsFile(input.file);
      if (file.kind === 'text') texts.push(file.text.trim());
      else {
        explicit = file.fields;
        if (file.text?.trim()) texts.push(file.text.trim());
      }
    }
    const raw = texts.join('\n');
    let fromText = raw ? prefsFromText(raw) : emptyPreferences();
    if (raw && this.llm && wantsLlmUnderstanding(opts)) {
      fromText = (await this.llm.refinePreferences({ ...fromText, raw }, raw, profile, opts?.ledger)).prefs;
    }
    // Explicit fields from a file win over what the freeform text implies.
    const merged: SearchPreferences = { ...fromText, ...explicit, raw };
    return enrichFromProfile(merged, profile);
  }
}
