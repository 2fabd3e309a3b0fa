import type { Provider } from '@nestjs/common';
import { JobMarkBook } from '@job-hunter/orchestration';
import { JobMarkRepository, JobSightingRepository, RunRepository } from '@job-hunter/persistence';

/** The marks' one path (the API's too), on the CLI's database. */
export const JOB_MARK_BOOK_PROVIDER: Provider = {
  provide: JobMarkBook,
  useFactory: (runs: RunRepository, marks: JobMarkRepository, sightings: JobSightingRepository) =>
    new JobMarkBook({ runs, marks, sightings }),
  inject: [RunRepository, JobMarkRepository, JobSightingRepository],
};
