import type { Provider } from '@nestjs/common';
import { ApplicationsCommand } from './applications.command';
import { JOB_MARK_BOOK_PROVIDER } from './job-mark-book.provider';
import { JobsCommand, JobsMarkCommand, JobsUnmarkCommand } from './jobs.command';

/** The `jobs mark|unmark` and `applications` commands and what they use, for the CLI module. */
export const APPLICATION_PROVIDERS: Provider[] = [
  JOB_MARK_BOOK_PROVIDER,
  JobsCommand,
  JobsMarkCommand,
  JobsUnmarkCommand,
  ApplicationsCommand,
];
