// Prints the release build's sizes, raw and brotli (quality 11), per file, and checks the budget:
// the bytes an embedded widget needs before its first render (wasm, JS glue, loader, stylesheet;
// the report itself is fetched, the seed one too) must stay within BUDGET_KB, or this exits 1 and
// fails .ci/test.
// Given a second build made without the `charts` feature, also prints what the charts weigh in the
// reader's wasm (session-report_bg.wasm in both builds, named in the line); and, for each bundle
// loaded later (the charts' pictures, the editor's details), what it weighs and when it is fetched.
// Usage: node tests/e2e/sizes.mjs dist [dist-without-charts]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const [dir = 'dist', withoutCharts] = process.argv.slice(2);
// 143.3 KB measured on the commit that fetched the charts' drawing later (the chart bundle), plus
// a margin of 2.7 KB for function order noise (.ci/postbuild.mjs): lowered as the download shrinks.
const BUDGET_KB = 146;
const GOAL_KB = 100;
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';

function measure(dir) {
  const rows = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || !['.wasm', '.js', '.css', '.html'].includes(extname(name))) continue;
    const raw = readFileSync(path);
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    rows.push({ name, kind: extname(name).slice(1), raw: raw.length, br });
  }
  if (!rows.some((r) => r.kind === 'wasm')) { console.error(`no .wasm in ${dir}`); process.exit(1); }
  return rows;
}

const rows = measure(dir);
// What an embedded widget downloads before its first render; the rest serve other pages.
const FIRST_RENDER = /^(session-report(_bg)?\.(wasm|js)|embed\.js|widget\.css)$/;
rows.sort((a, b) => b.br - a.br);
console.log(`${'file'.padEnd(44)} ${'raw'.padStart(11)} ${'brotli'.padStart(11)}`);
for (const r of rows) console.log(`${(r.name + (FIRST_RENDER.test(r.name) ? ' *' : '')).padEnd(44)} ${kb(r.raw)} ${kb(r.br)}`);
const total = rows.filter((r) => FIRST_RENDER.test(r.name)).reduce((t, r) => ({ raw: t.raw + r.raw, br: t.br + r.br }), { raw: 0, br: 0 });
console.log(`${'* first render of an embed (its report apart)'.padEnd(44)} ${kb(total.raw)} ${kb(total.br)}`);
// The stand-alone page shows its pre-rendered report with HTML and CSS alone; the rest makes it live.
const pick = (names) => rows.filter((r) => names.includes(r.name)).reduce((t, r) => t + r.br, 0);
const readable = pick(['index.html', 'page.css', 'widget.css']);
console.log(`index.html readable (pre-rendered report, HTML + CSS): ${kb(readable).trim()}; live: ${kb(readable + pick(['session-report.js', 'session-report_bg.wasm'])).trim()}`);

// The reader's wasm, by name: the build has other wasm bundles (the details bundle, loaded later),
// which the charts feature does not touch.
const READER_WASM = 'session-report_bg.wasm';
if (withoutCharts) {
  const reader = (rs, where) => rs.find((r) => r.name === READER_WASM) ?? (console.error(`no ${READER_WASM} in ${where}`), process.exit(1));
  const [a, b] = [reader(rows, dir), reader(measure(withoutCharts), withoutCharts)];
  console.log(`charts add ${kb(a.br - b.br).trim()} to the reader's wasm (${READER_WASM} in ${dir}: ${kb(a.br).trim()} brotli with them; in ${withoutCharts}: ${kb(b.br).trim()} without), ${kb(a.raw - b.raw).trim()} raw; their drawing is in the charts bundle below`);
}

// Bundles loaded after the first render, only when needed, and when they are fetched.
const LAZY = [
  { name: 'charts', files: ['charts.js', 'charts_bg.wasm'],
    when: "fetched by embed.js (sessionReportChart) when the live widget first draws a chart: right after it is live when a chart is on screen or built (a pre-rendered report shows its SVG until then), else on the first opening of a section with charts" },
  { name: 'details', files: ['details.js', 'details_bg.wasm'],
    when: "fetched by embed.js (sessionReportDetails) the first time the editor's details of a report that cannot be shown are opened, or at once where they start open (an editor attribute on the element, a report file opened in the widget)" },
];
for (const bundle of LAZY) {
  const files = rows.filter((r) => bundle.files.includes(r.name));
  if (files.length === 0) continue;
  const sum = files.reduce((t, r) => ({ raw: t.raw + r.raw, br: t.br + r.br }), { raw: 0, br: 0 });
  console.log(`lazy bundle ${bundle.name} (${files.map((r) => r.name).join(' + ')}): ${kb(sum.br).trim()} brotli, ${kb(sum.raw).trim()} raw; ${bundle.when}`);
}

// The report site's archive page (dist/site/, the project's reports, built by the post-build step;
// or any site folder given as ARCHIVE_SITE=DIR): what its first view downloads (the page and what it
// loads before a reader reaches for the search), what the search adds (its wasm, the JS glue and
// archive/index.tsv, fetched on the reader's first reach) and the shards (on the first search or filter).
const site = process.env.ARCHIVE_SITE ?? join(dir, 'site');
if (existsSync(join(site, 'archive', 'index.tsv'))) {
  const br = (files) => files.reduce((t, f) => {
    const raw = readFileSync(join(site, f));
    return { raw: t.raw + raw.length, br: t.br + brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  }, { raw: 0, br: 0 });
  const line = (what, files) => { const m = br(files); console.log(`${what}: ${kb(m.br).trim()} brotli, ${kb(m.raw).trim()} raw (${files.length > 4 ? `${files.length} files` : files.join(' + ')})`); return m; };
  const shards = readdirSync(join(site, 'archive')).filter((f) => f.startsWith('shard-')).map((f) => `archive/${f}`);
  const reports = readFileSync(join(site, 'archive', 'index.tsv'), 'utf8').match(/^total\t(\d+)$/m)?.[1];
  console.log(`archive page (${site}, ${reports} reports):`);
  const first = line('  first view (HTML + CSS + start script)', ['index.html', 'page.css', 'archive-start.js']);
  const bundle = line('  the search, on the first reach (wasm + glue)', ['archive/archive_bg.wasm', 'archive/archive.js']);
  const index = line('  its index (archive/index.tsv)', ['archive/index.tsv']);
  console.log(`  first view live (all of the above): ${kb(first.br + bundle.br + index.br).trim()} brotli`);
  line('  every shard, on the first search or filter', shards);
}

const used = total.br / 1024;
const verdict = used <= BUDGET_KB ? 'within budget' : 'OVER BUDGET';
console.log(`budget: ${used.toFixed(1)} KB of ${BUDGET_KB} KB brotli for an embed's first render (goal ${GOAL_KB} KB) — ${verdict}`);
if (used > BUDGET_KB) process.exit(1);
