import { Injectable } from '@nestjs/common';
import type { CandidateProfile, SearchPreferences } from '@job-hunter/domain';
import { enrichFromProfile } from './prefs-enrich';
import { readPrefsFile } from './prefs-file.reader';
import { emptyPreferences, prefsFromText } from './prefs-text.rules';

export interface PrefsInput {
  /** Freeform English (CLI --prefs). */
  text?: string;
  /** A .yaml/.yml/.json file of explicit fields, or a .txt/.md file of freeform text (CLI --prefs-file). */
  file?: string;
}

/** Turns the person's preferences into SearchPreferences by rules, then fills gaps from the resume. */
@Injectable()
export class PrefsParserAgent {
  async parse(input: PrefsInput, profile: CandidateProfile): Promise<SearchPreferences> {
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
    const fromText = raw ? prefsFromText(raw) : emptyPreferences();
    // Explicit fields from a file win over what the freeform text implies.
    const merged: SearchPreferences = { ...fromText, ...explicit, raw };
    return enrichFromProfile(merged, profile);
  }
}
