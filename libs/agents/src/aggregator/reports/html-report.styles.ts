/** Inline CSS: the report is one self-contained file that opens anywhere, offline. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg:#1d2433; --muted:#5b6478; --bg:#f6f7fb; --card:#fff; --line:#e3e6ee;
  --good:#1a7f37; --mid:#9a6700; --low:#b42318; --chip:#eef1f7; --link:#0b5cad; }
@media (prefers-color-scheme: dark) { :root { --fg:#e6e9f0; --muted:#a3abbd; --bg:#12151c; --card:#1b1f29;
  --line:#2c3240; --chip:#262c3a; --link:#7cb3ff; } }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:var(--fg); background:var(--bg); }
header, main, footer { max-width: 980px; margin: 0 auto; padding: 12px 20px; }
h1 { font-size: 1.5rem; margin: 8px 0; }
h2 { font-size: 1.1rem; margin: 0; }
h3 { font-size: .95rem; margin: 16px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
a { color: var(--link); }
.meta, .muted { color: var(--muted); }
.stats { display:flex; flex-wrap:wrap; gap:6px; margin:12px 0; padding:0; list-style:none; }
.stats li { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:4px 10px; }
.stats b { font-size:1.1rem; margin-right:6px; }
.status { display:inline-block; padding:1px 8px; border-radius:10px; font-weight:600; font-size:.85rem; background:var(--chip); }
.status-success { color:var(--good); } .status-partial { color:var(--mid); } .status-failed { color:var(--low); }
.understood { display:grid; grid-template-columns: repeat(auto-fit,minmax(280px,1fr)); gap:8px 24px; background:var(--card);
  border:1px solid var(--line); border-radius:8px; padding:4px 16px 8px; margin:12px 0; }
.understood ul { margin:0; padding-left:18px; }
.reading b { margin-right:4px; }
.notes .warning { color: var(--mid); }
.errors li { color: var(--low); }
.warnings li { color: var(--mid); }
.jobs { list-style:none; padding:0; margin:0; }
.job { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:14px 16px; margin:0 0 12px;
  display:grid; grid-template-columns: 56px 1fr; gap: 4px 14px; }
.body { min-width: 0; overflow-wrap: anywhere; }
.apply { display:inline-block; margin:2px 0 6px; padding:6px 18px; border-radius:8px; background:var(--link); color:var(--card); font-weight:600;
  text-decoration:none; white-space:nowrap; }
.apply:hover, .apply:focus-visible { filter: brightness(1.1); text-decoration: underline; }
.run-details > summary { cursor:pointer; color:var(--muted); padding:4px 0; }
.controls { display:grid; gap:8px; margin:0 0 12px; }
.controls input, .controls select { font:inherit; color:var(--fg); background:var(--card); border:1px solid var(--line);
  border-radius:8px; padding:6px 8px; }
.controls input { width:100%; }
.selects { display:flex; flex-wrap:wrap; gap:8px 16px; }
.selects label { display:flex; align-items:center; gap:6px; color:var(--muted); font-size:.9rem; }
.count { margin:0; color:var(--muted); font-size:.9rem; }
.side { text-align:center; }
.rank { color:var(--muted); font-size:.85rem; }
.score { display:inline-block; min-width:44px; padding:6px 0; border-radius:8px; color:#fff; font-weight:700; text-align:center; }
.score-high { background:var(--good); } .score-mid { background:var(--mid); } .score-low { background:var(--low); }
.facts { margin:2px 0 6px; color:var(--muted); }
.facts span + span::before { content: " · "; }
.chips { margin:4px 0; }
.chip { display:inline-block; background:var(--chip); border-radius:10px; padding:0 8px; margin:2px 4px 2px 0; font-size:.85rem; }
.chip-missing { text-decoration: line-through; opacity:.8; }
.reasons { margin:6px 0 0; padding-left: 18px; }
footer { font-size:.85rem; }
.timings table { border-collapse: collapse; margin-top: 6px; font-size:.85rem; }
.timings td, .timings th { padding: 2px 12px 2px 0; text-align: left; }
.timings .num { text-align: right; }
/* A phone's first screen shows jobs: a compact header, the run's details folded (shortlist-controls opens them on wide screens). */
@media (max-width: 600px) {
  header, main, footer { padding: 8px 12px; }
  h1 { font-size: 1.15rem; margin: 4px 0; }
  .meta { margin: 4px 0; font-size: .9rem; }
  .job { grid-template-columns: 44px 1fr; padding: 10px 12px; gap: 4px 10px; }
  .selects { display:grid; grid-template-columns: 1fr 1fr; gap:6px 8px; }
  .selects label { display:grid; gap:2px; font-size:.8rem; }
  .selects select { width:100%; padding:4px 6px; }
}
`;
