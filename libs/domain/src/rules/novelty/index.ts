export { searchNovelty, dismissal, type NoveltyOutcome } from './search-novelty';
