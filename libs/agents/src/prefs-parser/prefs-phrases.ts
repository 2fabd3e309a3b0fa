import {
  findPlacesInText,
  type Place,
  type RemoteMode,
  seniorityRank,
  type Seniority,
  SENIORITIES,
} from '@job-hunter/domain';

const LEVEL_WORDS: [RegExp, Seniority][] = [
  [/^(?:intern|interns|internship|internships)$/, 'intern'],
  [/^(?:junior|jr|entry[\s-]level|graduate|new[\s-]grad|associate)$/, 'junior'],
  [/^(?:mid|mid[\s-]level|intermediate)$/, 'mid'],
  [/^(?:senior|sr|lead)$/, 'senior'],
  [/^staff$/, 'staff'],
  [/^principal$/, 'principal'],
  [/^(?:director|head)$/, 'director'],
  [/^(?:executive|vp|c[\s-]level)$/, 'executive'],
];
const LEVEL_TOKEN =
  /\b(?:internships?|interns?|junior|jr|entry[\s-]level|graduate|new[\s-]grad|mid[\s-]level|mid|intermediate|senior|sr|lead|staff|principal|director|head|executive|vp|c[\s-]level)\b/gi;
const NEGATION = /\b(?:not|no|never|avoid|excluding|exclude|except|nothing|don'?t|without)\b/i;

export function levelOf(word: string): Seniority | undefined {
  const w = word.toLowerCase().trim();
  return LEVEL_WORDS.find(([re]) => re.test(w))?.[1];
}

/** "senior or staff", "mid to senior", "senior+", "not junior", "at least senior". */
export function seniorityRange(text: string): { min: Seniority | null; max: Seniority | null } {
  const positive: Seniority[] = [];
  const negative: Seniority[] = [];
  let openEnded = false;
  for (const m of text.matchAll(LEVEL_TOKEN)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "lead generation", "head of growth" and "associate product manager" are not levels on their own.
    if (/^[\s-]+(?:generation|gen|of)\b/i.test(after)) continue;
    const level = levelOf(m[0]);
    if (!level) continue;
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    const clauseBefore = before.split(/[.;,\n]|\bbut\b/).pop() ?? '';
    if (NEGATION.test(clauseBefore)) negative.push(level);
    else positive.push(level);
    if (/^\s*(?:\+|and\s+(?:above|up)|or\s+(?:above|higher|more))/i.test(after) || /\bat\s+least\s+$/i.test(before)) {
      openEnded = true;
    }
  }
  const ranks = positive.map(seniorityRank);
  if (ranks.length > 0) {
    const min = SENIORITIES[Math.min(...ranks)] ?? null;
    const max = openEnded ? null : (SENIORITIES[Math.max(...ranks)] ?? null);
    return { min, max };
  }
  if (negative.length > 0) {
    const lowest = Math.max(...negative.filter((l) => seniorityRank(l) <= seniorityRank('mid')).map(seniorityRank), -1);
    const highest = Math.min(...negative.filter((l) => seniorityRank(l) > seniorityRank('mid')).map(seniorityRank), 99);
    return {
      min: lowest >= 0 ? (SENIORITIES[lowest + 1] ?? null) : null,
      max: highest < 99 ? (SENIORITIES[highest - 1] ?? null) : null,
    };
  }
  return { min: null, max: null };
}

const ROLE_NOUNS =
  /\b(?:engineer(?:ing)?|developer|development|manager|management|scientist|science|analyst|analytics|designer|design|architect|lead|researcher|marketer|marketing|sales|consultant|specialist|administrator|sre|devops|product|writer|recruiter|operations)\b/i;
const STRIP_FROM_ROLE =
  /\b(?:internships?|interns?|junior|jr|entry[\s-]level|graduate|mid[\s-]level|mid|senior|sr|staff|principal|remote|hybrid|on[\s-]?site|full[\s-]time|part[\s-]time|contract|permanent|a|an|some|new|good|great)\b/gi;

function splitRoleList(phrase: string): string[] {
  const parts = phrase
    .split(/\s*(?:,|\bor\b|\band\b|\/|&)\s*/i)
    .map((p) => p.replace(STRIP_FROM_ROLE, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  const tail = last.split(' ').slice(1).join(' ');
  // "backend or platform engineering" shares its noun: give it to "backend" too.
  return parts.map((p) => (!ROLE_NOUNS.test(p) && tail && ROLE_NOUNS.test(tail) ? `${p} ${tail}` : p));
}

/** "looking for backend or platform engineering roles", "roles: X, Y", "as a data engineer". */
export function rolesFrom(text: string): string[] {
  const roles: string[] = [];
  const patterns = [
    /\b(?:looking\s+for|seeking|want(?:ing)?|interested\s+in|targeting|target|open\s+to|prefer(?:ably)?|find\s+me)\s+(?:a\s+|an\s+|some\s+)?(.{3,80}?)\s+(?:roles?|positions?|jobs?|opportunities|openings)\b/gi,
    /\b(?:roles?|titles?|positions?)\s*[:=]\s*([^.;\n]+)/gi,
    /(?:^|[.;,\n]\s*)([\p{L}][\p{L}\s/+#-]{2,60}?)\s+(?:roles?|positions?|jobs?)\b/giu,
    /\b(?:as|work\s+as|role\s+as)\s+(?:a|an)\s+([^.;,\n]{3,60}?(?:engineer|developer|manager|scientist|analyst|designer|architect|lead|marketer|consultant))\b/gi,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const phrase = m[1] ?? '';
      if (NEGATION.test(text.slice(Math.max(0, m.index - 12), m.index)) || NEGATION.test(phrase)) continue;
      if (/\b(?:looking|seeking|want|interested|open|prefer)\b/i.test(phrase)) continue;
      for (const role of splitRoleList(phrase))
        if (role.length > 1 && !roles.includes(role.toLowerCase())) roles.push(role.toLowerCase());
    }
  }
  return roles;
}

const REMOTE_BEFORE =
  /\bremote(?:ly)?\b[\s(:-]*(?:only\s+)?(?:(?:within|in|from|across|anywhere\s+in|based\s+in|inside)\s+)?(?:the\s+)?$/i;
const REMOTE_AFTER = /^\s*(?:only\s*)?\)?\s*[-\s]?(?:remote|based\s+remote)\b|^\s*\(?\s*remote\b/i;
const WORLD = /\b(?:remote\s+)?(?:anywhere|worldwide|globally|global(?:ly)?\s+remote|from\s+anywhere)\b/i;

export interface PlacePrefs {
  locations: Place[];
  remoteScopes: string[];
  workModels: RemoteMode[];
}

function scopeOf(place: Place): string | undefined {
  return place.country ?? place.region?.toUpperCase();
}

/** Places to work on site, remote scopes and work models from the text. */
export function placePrefs(text: string): PlacePrefs {
  const locations: Place[] = [];
  const scopes = new Set<string>();
  let prevRemoteEnd = -1;
  for (const mention of findPlacesInText(text)) {
    const before = text.slice(Math.max(0, mention.index - 40), mention.index);
    const end = mention.index + mention.length;
    const after = text.slice(end, end + 20);
    const joined = prevRemoteEnd >= 0 && /^\s*(?:,|or|and|\/|&)\s*$/i.test(text.slice(prevRemoteEnd, mention.index));
    if (NEGATION.test(before.split(/[.;,\n]/).pop() ?? '')) continue;
    if (REMOTE_BEFORE.test(before) || REMOTE_AFTER.test(after) || joined) {
      const s = scopeOf(mention.place);
      if (s) scopes.add(s);
      prevRemoteEnd = end;
    } else {
      locations.push(mention.place);
      prevRemoteEnd = -1;
    }
  }
  if (WORLD.test(text)) scopes.add('WORLD');
  return { locations, remoteScopes: [...scopes], workModels: workModelsFrom(text, locations.length > 0) };
}

const MODE_WORDS: [RemoteMode, string][] = [
  ['remote', 'remote(?:ly)?|wfh|work\\s+from\\s+home'],
  ['hybrid', 'hybrid'],
  ['onsite', 'on[\\s-]?site|in[\\s-]office|office[\\s-]based|in[\\s-]person|office'],
];

/** "hybrid or remote" → both; "no onsite" → remote and hybrid; "remote only" → remote. */
function workModelsFrom(text: string, hasCities: boolean): RemoteMode[] {
  if (/\b(?:remote[\s-]only|only\s+remote|fully\s+remote|100%\s+remote)\b/i.test(text)) return ['remote'];
  const positive = new Set<RemoteMode>();
  const negative = new Set<RemoteMode>();
  for (const [mode, words] of MODE_WORDS) {
    if (new RegExp(`\\b(?:no|not|never|avoid|without)\\s+(?:\\w+\\s+)?(?:${words})\\b`, 'i').test(text))
      negative.add(mode);
    else if (new RegExp(`\\b(?:${words})\\b`, 'i').test(text) && mode !== 'onsite') positive.add(mode);
    else if (new RegExp(`\\b(?:on[\\s-]?site|in[\\s-]office|in[\\s-]person)\\b`, 'i').test(text) && mode === 'onsite')
      positive.add(mode);
  }
  if (positive.size > 0) {
    // A city next to "remote within X" means any model in that city; remote alone means remote only.
    if (positive.size === 1 && positive.has('remote') && hasCities && negative.size === 0) return [];
    return [...positive].filter((m) => !negative.has(m));
  }
  if (negative.size > 0) return (['remote', 'hybrid', 'onsite'] as const).filter((m) => !negative.has(m));
  return [];
}
