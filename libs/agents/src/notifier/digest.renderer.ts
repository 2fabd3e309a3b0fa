import {
  droppedReasonLabel,
  escapeHtml as esc,
  readingParts,
  readingPartText,
  remoteLabel,
  safeHttpUrl,
  toSingleLine,
  type ResultJob,
  type RunResult,
} from '@job-hunter/domain';
import type { Digest } from './notification-channel.types';
import { digestOrder, goneLines, noveltyHeadline, noveltyTag } from './digest-novelty';

export const DIGEST_TOP = 10;
const REASONS_PER_JOB = 2;
const SUBJECT_TITLE_MAX = 80;

function clip(text: string, max: number): string {
  const line = toSingleLine(text);
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** One line, so untrusted titles can never add mail headers. */
export function digestSubject(result: RunResult): string {
  const n = result.jobs.length;
  const top = result.jobs[0];
  if (!top)
    return result.status === 'failed' ? 'Job Hunter: the run failed, no matches' : 'Job Hunter: no matches this run';
  const what = (job: ResultJob) => `${clip(job.title, SUBJECT_TITLE_MAX)} at ${clip(job.company, SUBJECT_TITLE_MAX)}`;
  const matches = `${n} match${n === 1 ? '' : 'es'}`;
  // A saved search's digest leads with what is new since its last run.
  const headline = noveltyHeadline(result);
  if (headline) {
    const topNew = result.jobs.find((j) => j.novelty === 'new');
    const best = topNew ? `, top new: ${what(topNew)}, ${topNew.score}` : '';
    return toSingleLine(`Job Hunter: ${headline} (${matches}${best})`);
  }
  return toSingleLine(`Job Hunter: ${matches} (top: ${what(top)}, ${top.score})`);
}

function facts(job: ResultJob): string[] {
  return [job.location, remoteLabel(job.remote), job.salary ?? ''].map(toSingleLine).filter((f) => f);
}

function overview(result: RunResult): string {
  const { stats } = result;
  return (
    `Run ${result.runId} (${result.status}): ${stats.jobsInOutput} in the shortlist from ${stats.jobsScored} scored jobs, ` +
    `${stats.jobsScraped} found at ${stats.companiesSucceeded} of ${stats.companiesAttempted} companies.`
  );
}

/** "What we understood" as plain parts; empty for a result stored before runs kept their reading. */
function understoodParts(result: RunResult): string[] {
  return result.reading ? readingParts(result.reading, result.filledFromResume).map(readingPartText) : [];
}

/** What the filters dropped, most first: beside the reading, so a misreading shows before any job. */
function droppedLine(result: RunResult): string {
  const dropped = Object.entries(result.stats.dropped)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, n]) => `${droppedReasonLabel(reason)} ${n}`);
  return `Dropped by the filters: ${dropped.join(', ') || 'none'}.`;
}

function understoodText(result: RunResult): string {
  const parts = understoodParts(result);
  return parts.length
    ? ['What we understood:', ...parts.map((p) => `  ${toSingleLine(p)}`), droppedLine(result)].join('\n')
    : droppedLine(result);
}

function understoodHtml(result: RunResult): string {
  const parts = understoodParts(result);
  const reading = parts.length
    ? `<p style="margin:0 0 4px;font-weight:600">What we understood</p><ul style="margin:0 0 8px;padding-left:18px">${parts.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`
    : '';
  return `<div style="background:#f6f7fb;border:1px solid #e3e6ee;border-radius:8px;padding:8px 12px;margin:0 0 12px">${reading}<p style="margin:0;color:#5b6478">${esc(droppedLine(result))}</p></div>`;
}

function moreLine(result: RunResult): string {
  const more = result.jobs.length - DIGEST_TOP;
  return more > 0 ? `…and ${more} more in the full report (report.html in the run folder).` : '';
}

function textJob(job: ResultJob): string {
  const url = safeHttpUrl(job.applyUrl);
  const lines = [
    `${job.rank}. [${job.score}] ${noveltyTag(job)}${toSingleLine(job.title)} — ${toSingleLine(job.company)}`,
    `   ${facts(job).join(' · ')}`,
    ...(url ? [`   ${url}`] : []),
    ...job.reasons.slice(0, REASONS_PER_JOB).map((r) => `   - ${toSingleLine(r)}`),
  ];
  return lines.join('\n');
}

function htmlJob(job: ResultJob): string {
  const url = safeHttpUrl(job.applyUrl);
  const title = url
    ? `<a href="${esc(url)}" target="_blank" rel="noopener noreferrer" style="color:#0b5cad">${esc(job.title)}</a>`
    : esc(job.title);
  const reasons = job.reasons
    .slice(0, REASONS_PER_JOB)
    .map((r) => `<li>${esc(r)}</li>`)
    .join('');
  return `<tr><td style="vertical-align:top;padding:8px 12px 8px 0;font-weight:700;font-size:18px">${esc(job.score)}</td>
<td style="padding:8px 0;border-bottom:1px solid #e3e6ee"><div style="font-weight:600">${esc(job.rank)}. ${badge(job)}${title}</div>
<div style="color:#5b6478">${esc(job.company)} · ${facts(job).map(esc).join(' · ')}</div>
${reasons ? `<ul style="margin:4px 0;padding-left:18px">${reasons}</ul>` : ''}</td></tr>`;
}

/** A saved search's "new" or "changed" mark before a job's title; '' otherwise. */
function badge(job: ResultJob): string {
  const tag = noveltyTag(job).trim();
  return tag ? `<span style="color:#0a7d3b;font-size:13px">${esc(tag)}</span> ` : '';
}

/** The digest as a subject, a plain-text body and an HTML body (everything untrusted escaped). */
export function renderDigest(result: RunResult): Digest {
  const subject = digestSubject(result);
  const top = digestOrder(result.jobs).slice(0, DIGEST_TOP);
  const gone = goneLines(result);
  const goneTitle = 'Gone since the last run:';
  const errorsLine = result.errors.length ? `${result.errors.length} problem(s) during the run; see the report.` : '';
  const warningLines = (result.warnings ?? []).map((w) => `Warning: ${w}`);
  const empty = 'No job made the shortlist this time. The report shows what the filters removed.';
  const text = [
    subject,
    '',
    understoodText(result),
    '',
    overview(result),
    errorsLine,
    ...warningLines,
    '',
    top.length ? top.map(textJob).join('\n\n') : empty,
    '',
    moreLine(result),
    '',
    ...(gone.length ? [goneTitle, ...gone.map((g) => `  ${g}`)] : []),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="margin:0;padding:16px;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2433">
<h1 style="font-size:20px;margin:0 0 8px">${esc(subject)}</h1>
${understoodHtml(result)}
<p style="color:#5b6478;margin:0 0 12px">${esc(overview(result))}${errorsLine ? ` ${esc(errorsLine)}` : ''}</p>
${warningLines.map((w) => `<p style="color:#8a5a00;margin:0 0 12px">${esc(w)}</p>`).join('\n')}
${top.length ? `<table role="presentation" style="border-collapse:collapse;width:100%">${top.map(htmlJob).join('\n')}</table>` : `<p>${esc(empty)}</p>`}
${moreLine(result) ? `<p style="color:#5b6478">${esc(moreLine(result))}</p>` : ''}
${gone.length ? `<p style="margin:12px 0 4px;font-weight:600">${esc(goneTitle)}</p><ul style="margin:0;padding-left:18px">${gone.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
  return { subject, text: `${text}\n`, html };
}
