import {
  droppedReasonLabel,
  escapeHtml as esc,
  readingParts,
  resumeSummaryText,
  type RunResult,
  type Understanding,
} from '@job-hunter/domain';

/** Drop reasons with at least one job, most first: what the filters did with the reading. */
export function droppedCounts(result: RunResult): Array<[string, number]> {
  return Object.entries(result.stats.dropped)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a);
}

function readingList(result: RunResult): string {
  if (!result.reading) return '<p class="muted">This run was stored before runs kept their reading.</p>';
  const items = readingParts(result.reading, result.filledFromResume).map(
    (p) =>
      `<li><b>${esc(p.label)}</b> ${esc(p.value)}${p.fromResume ? ' <span class="muted">(from resume)</span>' : ''}</li>`,
  );
  return `<ul class="reading">${items.join('')}</ul>`;
}

function notes(u: Understanding | undefined): string {
  if (!u) return '';
  const lines = [
    ...u.warnings.map((w) => `<li class="warning">${esc(w)}</li>`),
    ...u.disagreements.map(
      (d) =>
        `<li>Claude and the rules read <b>${esc(d.field)}</b> differently: rules ${esc(JSON.stringify(d.rules))}, Claude ${esc(JSON.stringify(d.claude))}</li>`,
    ),
  ];
  const candidate = u.resume ? `<p><b>Candidate</b> ${esc(resumeSummaryText(u.resume))}</p>` : '';
  const readBy = `<p class="muted">Read by ${u.readBy === 'rules+claude' ? 'the rules and Claude' : 'the rules'}.</p>`;
  return `${candidate}${lines.length ? `<ul class="notes">${lines.join('')}</ul>` : ''}${readBy}`;
}

/**
 * "What we understood" beside the drop counts, at the top of the report: a misreading of the
 * person's words shows here before any job does.
 */
export function understoodSection(result: RunResult, understanding?: Understanding): string {
  const dropped = droppedCounts(result);
  const droppedHtml = dropped.length
    ? `<ul>${dropped.map(([r, n]) => `<li>${esc(droppedReasonLabel(r))}: <b>${esc(n)}</b></li>`).join('')}</ul>`
    : '<p class="muted">Nothing was dropped.</p>';
  return `<section class="understood">
<div><h3>What we understood</h3>${readingList(result)}${notes(understanding)}</div>
<div><h3>Dropped by the filters</h3>${droppedHtml}</div>
</section>`;
}
