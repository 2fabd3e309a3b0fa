import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  emptyPreferences,
  filledFromResume,
  isEmptyReading,
  readingOf,
  toSingleLine,
  type CandidateProfile,
  type SearchPreferences,
  type Understanding,
} from '@job-hunter/domain';
import { LLM_UNDERSTANDING, wantsLlmUnderstanding } from '@job-hunter/llm';
import type { LlmUnderstanding, UnderstandingOptions } from '@job-hunter/llm';
import { enrichFromProfile } from './prefs-enrich';
import { prefsFileOf, readPrefsFile } from './prefs-file.reader';
import { prefsFromText } from './prefs-text.rules';

export interface PrefsInput {
  /** Freeform English (CLI --prefs). */
  text?: string;
  /** A .yaml/.yml/.json file of explicit fields, or a .txt/.md file of freeform text (CLI --prefs-file). */
  file?: string;
  /** The file's contents, when stored with the run: `file` is then only its name (for its format and messages). */
  fileText?: string;
}

/** The reading of the person's words beside the preferences a run applies (the reading filled from the resume). */
export interface PrefsReading {
  understanding: Understanding;
  prefs: SearchPreferences;
}

const QUOTE_MAX = 80;

/** The text as a warning names it: one line, clipped. */
function quoted(text: string): string {
  const line = toSingleLine(text);
  return `"${line.length > QUOTE_MAX ? `${line.slice(0, QUOTE_MAX - 1)}…` : line}"`;
}

type RefinementNotes = Pick<Understanding, 'readBy' | 'disagreements' | 'warnings'>;

/**
 * Turns the person's preferences into SearchPreferences by rules (refined by Claude on a paid
 * 'anthropic' run with an API key), then fills gaps from the resume.
 */
@Injectable()
export class PrefsParserAgent {
  constructor(@Optional() @Inject(LLM_UNDERSTANDING) private readonly llm?: LlmUnderstanding) {}

  async parse(input: PrefsInput, profile: CandidateProfile, opts?: UnderstandingOptions): Promise<SearchPreferences> {
    return (await this.understand(input, profile, opts)).prefs;
  }

  /**
   * The one path `run`, `understand` and the API share: the reading of the text (and explicit
   * file fields) alone, who read it, warnings, and the preferences the run applies once the
   * resume has filled what the text left open (reported in `filledFromResume`).
   */
  async understand(input: PrefsInput, profile: CandidateProfile, opts?: UnderstandingOptions): Promise<PrefsReading> {
    const texts: string[] = [];
    if (input.text?.trim()) texts.push(input.text.trim());
    let explicit: Partial<SearchPreferences> = {};
    if (input.file) {
      const file =
        input.fileText === undefined ? await readPrefsFile(input.file) : prefsFileOf(input.file, input.fileText);
      if (file.kind === 'text') texts.push(file.text.trim());
      else {
        explicit = file.fields;
        if (file.text?.trim()) texts.push(file.text.trim());
      }
    }
    const raw = texts.join('\n');
    let fromText = raw ? prefsFromText(raw) : emptyPreferences();
    let notes: RefinementNotes = { readBy: 'rules', disagreements: [], warnings: [] };
    if (raw && this.llm && wantsLlmUnderstanding(opts)) {
      const refined = await this.llm.refinePreferences({ ...fromText, raw }, raw, profile, opts?.ledger);
      fromText = refined.prefs;
      // Claude's refinement says who read the text, where it and the rules differ, and what went wrong.
      notes = { readBy: refined.readBy, disagreements: refined.disagreements, warnings: refined.warnings };
    }
    const warnings = [...notes.warnings];
    // Explicit fields from a file win over what the freeform text implies.
    const merged: SearchPreferences = { ...fromText, ...explicit, raw };
    const reading = readingOf(merged);
    if (raw && isEmptyReading(reading)) {
      warnings.push(
        `Nothing could be read from the preferences ${quoted(raw)}: no role, place, level, pay or exclusion was recognised. ` +
          'Write them in plain words, e.g. "senior backend roles in Berlin or remote, at least €80k, posted in the last 30 days".',
      );
    }
    const prefs = enrichFromProfile(merged, profile);
    const filled = filledFromResume(reading, readingOf(prefs));
    const understanding: Understanding = {
      reading,
      readBy: notes.readBy,
      disagreements: notes.disagreements,
      warnings,
    };
    if (Object.keys(filled).length > 0) understanding.filledFromResume = filled;
    return { understanding, prefs };
  }
}
