import { Injectable } from '@nestjs/common';
import { emptyProfile, resumeSummaryOf, type CandidateProfile, type Understanding } from '@job-hunter/domain';
import type { UnderstandingOptions } from '@job-hunter/llm';
import { PrefsParserAgent, ResumeParserAgent, type PrefsInput } from '@job-hunter/agents';

/**
 * What a person is shown of their preferences before any job is judged: `job-hunter understand`
 * prints it and the API's `POST /understand` returns it (contract section 6). The reading is of the
 * text alone; with a resume, its summary and the fields it filled are added.
 */
@Injectable()
export class UnderstandingReader {
  constructor(
    private readonly resumeParser: ResumeParserAgent,
    private readonly prefsParser: PrefsParserAgent,
  ) {}

  /** The resume's profile, or none without a resume (then nothing is filled in from one). */
  async resume(resumePath: string | undefined, opts: UnderstandingOptions): Promise<CandidateProfile | undefined> {
    return resumePath === undefined ? undefined : this.resumeParser.parse(resumePath, new Date(), opts);
  }

  async read(
    input: PrefsInput,
    resume: CandidateProfile | undefined,
    opts: UnderstandingOptions,
  ): Promise<Understanding> {
    const { understanding } = await this.prefsParser.understand(input, resume ?? emptyProfile(), opts);
    return resume ? { ...understanding, resume: resumeSummaryOf(resume) } : understanding;
  }
}
