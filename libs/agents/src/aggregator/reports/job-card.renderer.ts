import { escapeHtml as esc, remoteLabel, safeHttpUrl, type ResultJob } from '@job-hunter/domain';
import { facetAttributes, jobFacets } from './job-facets';
import { daysAgoLabel, readableDate } from './report-dates';

/** A link when the URL is http(s); plain escaped text otherwise (javascript:, data:…). */
export function linkOrText(url: string, text: string): string {
  const href = safeHttpUrl(url);
  if (!href) return esc(text);
  return `<a href="${esc(href)}" target="_blank" rel="noopener noreferrer">${esc(text)}</a>`;
}

/** The job's Apply button: its apply link in a new tab, none when the link is not http(s). */
function applyButton(job: ResultJob): string {
  const href = safeHttpUrl(job.applyUrl);
  if (!href) return '';
  const label = `Apply: ${job.title} at ${job.company}`;
  return `<a class="apply" href="${esc(href)}" target="_blank" rel="noopener noreferrer" aria-label="${esc(label)}">Apply</a>`;
}

function scoreClass(score: number): string {
  if (score >= 75) return 'score-high';
  if (score >= 50) return 'score-mid';
  return 'score-low';
}

function chips(skills: readonly string[], extra = ''): string {
  return skills.map((s) => `<span class="chip${extra}">${esc(s)}</span>`).join('');
}

/** "Posted 3 days ago (5 Dec 2026)", relative to the run's time. */
function postedLabel(job: ResultJob, age: number | null): string {
  const date = readableDate(job.postedAt);
  if (!job.postedAt || !date) return '<span>Posting date unknown</span>';
  const ago = age === null ? '' : `${daysAgoLabel(age)} `;
  return `<span><time datetime="${esc(job.postedAt)}">Posted ${esc(ago)}(${esc(date)})</time></span>`;
}

/** "New" or "Changed" before the title of a saved search's job (contract section 5 `novelty`); none when seen. */
function noveltyBadge(job: ResultJob): string {
  if (job.novelty === 'new') return '<span class="status" title="new to this saved search">New</span> ';
  if (job.novelty === 'changed') {
    return '<span class="status" title="title, pay or place changed since the search last showed it">Changed</span> ';
  }
  return '';
}

/**
 * One job of the shortlist or the near misses, as a list item that carries its facets for the
 * page's search, sort and filter. `now` is the run's reference time (resultAsOf), from which "posted N days ago" counts.
 */
export function jobCard(job: ResultJob, now: string): string {
  const facets = jobFacets(job, now);
  const facts = [
    [job.company, job.location, remoteLabel(job.remote)].filter((f) => f).map((f) => `<span>${esc(f)}</span>`),
    postedLabel(job, facets.age),
    job.salary ? `<span>${esc(job.salary)}</span>` : '',
  ]
    .flat()
    .join('');
  const matched = job.matchedSkills.length
    ? `<div class="chips"><span class="muted">Matched:</span> ${chips(job.matchedSkills)}</div>`
    : '';
  const missing = job.missingSkills.length
    ? `<div class="chips"><span class="muted">Missing:</span> ${chips(job.missingSkills, ' chip-missing')}</div>`
    : '';
  const reasons = job.reasons.length
    ? `<ul class="reasons">${job.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`
    : '';
  return `<li class="job" data-sl-item${facetAttributes(facets)}>
  <div class="side"><div class="rank">#${esc(job.rank)}</div><div class="score ${scoreClass(job.score)}" title="score out of 100">${esc(job.score)}</div></div>
  <div class="body">
    <h2>${noveltyBadge(job)}${linkOrText(job.applyUrl, job.title)}</h2>
    <p class="facts">${facts}</p>
    ${applyButton(job)}${matched}${missing}${reasons}
  </div>
</li>`;
}
