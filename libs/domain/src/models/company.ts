import type { AtsKind } from './job';

/** Where a company came from: the curated registry ranks before probed suggestions. */
export type CompanyTier = 'file' | 'curated' | 'suggested';

export interface Company {
  name: string;
  careersUrl: string;
  /** Detected from careersUrl unless given. */
  ats?: AtsKind;
  /** The ATS board token / site / account, detected unless given. */
  board?: string;
  /** ISO country codes or region codes where it hires. */
  regions?: string[];
  industries?: string[];
  tier?: CompanyTier;
  /** Names of later companies-file entries for the same job board, merged into this one (searched once). */
  mergedDuplicates?: string[];
}
