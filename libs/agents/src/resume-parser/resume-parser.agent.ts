import { Injectable } from '@nestjs/common';
import type { CandidateProfile } from '@job-hunter/domain';
import { profileFromText } from './resume-profile';
import { readResumeText } from './resume-file.reader';

/** Reads a resume file (PDF, DOCX, TXT, Markdown) into a CandidateProfile, offline and by rules. */
@Injectable()
export class ResumeParserAgent {
  async parse(path: string, now: Date = new Date()): Promise<CandidateProfile> {
    const text = await readResumeText(path);
    return profileFromText(text, now);
  }
}
