/**
 * Pure helpers every report and digest renderer shares, so that escaping and link
 * rules are decided once: job text and company data are untrusted input.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** The URL, normalised, when it is an absolute http(s) URL; otherwise null (javascript:, data:, relative…). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Spreadsheet apps run cells that start with these as formulas (CSV injection), so
 * such text gets a leading apostrophe, which they show as plain text.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Keeps untrusted text on one line (subjects, headers, list items). */
export function toSingleLine(value: string): string {
  return value
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const DROPPED_LABELS: Readonly<Record<string, string>> = {
  location: 'Outside your locations',
  remote: 'Remote scope does not fit',
  remote_scope: 'Remote scope does not fit',
  work_model: 'Work model does not fit',
  seniority: 'Seniority does not fit',
  stale: 'Posted too long ago',
  undated: 'No posting date',
  excluded_company: 'Excluded companies',
  excluded_title: 'Excluded titles',
  excluded_role: 'Excluded roles',
  role: 'Another kind of work',
  excluded_industry: 'Excluded industries',
  duplicate: 'Duplicates',
  invalid: 'Invalid postings',
  salary: 'Below your minimum salary',
  employment_type: 'Employment type does not fit',
  visa: 'No visa sponsorship',
  low_score: 'Score too low',
  over_cap: 'Over the per-company cap',
  over_top: 'Beyond the shortlist size',
  hidden: 'Hidden by you',
  applied: 'Already applied to',
};

/** "excluded_company" → "Excluded companies"; unknown reasons are made readable. */
export function droppedReasonLabel(reason: string): string {
  const known = DROPPED_LABELS[reason];
  if (known) return known;
  const words = reason.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : reason;
}

const REMOTE_LABELS: Readonly<Record<string, string>> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On site',
  unknown: 'Work model not stated',
};

export function remoteLabel(remote: string): string {
  return REMOTE_LABELS[remote] ?? remote;
}

/** "2024-05-01T10:00:00Z" → "2024-05-01"; null → "". */
export function dateLabel(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
}
