import type { Occupation, OccupationCatalog } from './occupation-catalog';
import { occupationWords, titleSegments } from './occupation-words';

/** What a title was read as, and the words that decided it (so a person can check it). */
export interface OccupationMatch {
  occupation: Occupation;
  /** The catalog title found in the job title, e.g. "software engineer". */
  matched: string;
  /** The qualifier that made it more specific ("backend" in "Software Engineer, Backend"). */
  qualifier?: string;
}

interface Hit {
  id: string;
  key: string;
  end: number;
  size: number;
}

// English titles put the head noun last ("Data Engineering Manager" is a manager), so in a
// segment the catalog title that ends last wins, and of those the longest (the most specific).
function bestInSegment(catalog: OccupationCatalog, words: readonly string[]): Hit | null {
  let best: Hit | null = null;
  for (let end = 0; end < words.length; end++) {
    for (let start = Math.max(0, end - catalog.maxWords + 1); start <= end; start++) {
      const key = words.slice(start, end + 1).join(' ');
      const entry = catalog.titleEntry(key);
      if (!entry) continue;
      if (!best || end > best.end || (end === best.end && entry.size > best.size)) {
        best = { id: entry.id, key, end, size: entry.size };
      }
    }
  }
  return best;
}

// "Software Engineer, Backend (Payments)": the title names the broad occupation and a word
// elsewhere narrows it. The deepest specialisation whose qualifier the title carries wins; of
// equals, the one whose qualifier comes first in the title.
function narrowed(
  catalog: OccupationCatalog,
  id: string,
  words: readonly string[],
): { id: string; qualifier?: string } {
  const below = catalog.descendants(id);
  if (below.size === 0) return { id };
  let best: { id: string; qualifier: string; depth: number } | null = null;
  for (let start = 0; start < words.length; start++) {
    for (let end = start; end < Math.min(words.length, start + catalog.maxWords); end++) {
      const key = words.slice(start, end + 1).join(' ');
      for (const owner of catalog.qualifierOwners(key)) {
        const depth = below.get(owner);
        if (depth === undefined) continue;
        if (!best || depth > best.depth) best = { id: owner, qualifier: key, depth };
      }
    }
  }
  return best ? { id: best.id, qualifier: best.qualifier } : { id };
}

/**
 * The occupation a job title (or a wanted role) names, or null when no catalog title occurs in
 * it. The first segment that names one decides ("LILT | French AI Content Experts" is read from
 * its second), then qualifiers anywhere in the title narrow it. Linear in the title's words
 * (n-grams up to the catalog's longest title).
 */
export function matchOccupation(catalog: OccupationCatalog, title: string): OccupationMatch | null {
  const words = occupationWords(title);
  // The whole title last: "Director, Engineering" splits into two segments that name nothing alone.
  for (const segment of [...titleSegments(title), words]) {
    const hit = bestInSegment(catalog, segment);
    if (!hit) continue;
    const narrow = narrowed(catalog, hit.id, words);
    const occupation = catalog.get(narrow.id);
    if (!occupation) return null;
    return { occupation, matched: hit.key, ...(narrow.qualifier ? { qualifier: narrow.qualifier } : {}) };
  }
  return null;
}
