import { Inject, Injectable, Optional } from '@nestjs/common';
import { preparePlaces, type CandidateProfile } from '@job-hunter/domain';
import { LLM_UNDERSTANDING, wantsLlmUnderstanding } from '@job-hunter/llm';
import type { LlmUnderstanding, UnderstandingOptions } from '@job-hunter/llm';
import { profileFromText } from './resume-profile';
import { readResumeText, resumeTextOf, type ResumeFile } from './resume-file.reader';

/**
 * Reads a resume file (PDF, DOCX, TXT, Markdown) into a CandidateProfile by rules; on a paid
 * 'anthropic' run with an API key, Claude refines the rules' reading (which stands on any failure).
 */
@Injectable()
export class ResumeParserAgent {
  constructor(@Optional() @Inject(LLM_UNDERSTANDING) private readonly llm?: LlmUnderstanding) {}

  /** `source`: a file path, or the file's name and bytes (as stored with a run, read on any worker). */
  async parse(
    source: string | ResumeFile,
    now: Date = new Date(),
    opts?: UnderstandingOptions,
  ): Promise<CandidateProfile> {
    // The gazetteer the reading needs is built while a PDF's text is extracted on its worker thread.
    const text =
      typeof source === 'string'
        ? await readResumeText(source, preparePlaces)
        : await resumeTextOf(source, preparePlaces);
    const profile = profileFromText(text, now);
    if (!this.llm || !wantsLlmUnderstanding(opts)) return profile;
    return (await this.llm.refineProfile(profile, text, opts?.ledger)).profile;
  }
}
