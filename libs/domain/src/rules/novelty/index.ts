export { searchNovelty, dismissal, newJobsOf, type NoveltyOutcome } from './search-novelty';
