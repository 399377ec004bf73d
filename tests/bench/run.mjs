// The speed benchmark (not a pass/fail test): the release build served on 127.0.0.1, opened in
// headless Chromium through playwright-core, each scenario loaded RUNS times; prints a table of
// medians (and p95 where asked) next to the goals, and rewrites the figures part of docs/benchmarks.md.
// Usage: node tests/bench/run.mjs [--dist dist] [--runs 20] [--write docs/benchmarks.md] [--check]
// (`bash .ci/bench` builds first and runs this with --write; the slow-phone profile is
// tests/bench/phone.mjs.) --check is the short form `.ci/test` runs: one load per scenario, no
// warm-up, the table only (no sizes, no wasm breakdown, nothing written); it exits non-zero only
// when the bench itself breaks (a page that never shows its report, a script error), never on a
// figure.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from '../e2e/serve.mjs';
import { launch } from '../e2e/browser.mjs';
import { writePages, removePages } from './pages.mjs';
import { breakdown } from './wasm-breakdown.mjs';
import { probe, visibleAt, timeClicks, median, p95 } from './measure.mjs';
import { root, arg, dist, check } from './args.mjs';

const RUNS = check ? 1 : Number(arg('runs', 20));
const TOGGLES = 10; // per load: RUNS × TOGGLES toggle samples
const SWITCHES = 2; // per load: language there and back
const out = check ? null : arg('write', null);

// --- the pages compared (tests/bench/pages.mjs) ------------------------------------------------------
const big = writePages(root, dist);

const toggles = (page) => timeClicks(page, 'toggle', TOGGLES);
const switches = (page) => timeClicks(page, 'language', SWITCHES);

async function load(browser, path, { interact }) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1024, height: 900 } });
  await context.addInitScript(probe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + path);
  const result = { visible: await visibleAt(page) };
  if (interact) {
    await page.locator('[data-sr-ready]').waitFor({ timeout: 60000 });
    // A long report builds its sections over a few frames: interact once all are there, and
    // after a pause, as a reader would (the browser also finishes optimising the wasm meanwhile).
    await page.waitForFunction((n) => document.querySelectorAll('.sr-section').length === n, interact.sections, { timeout: 60000 });
    await page.waitForTimeout(300);
    result.wasmAt = await page.evaluate(() => window.__wasmAt);
    result.toggles = await toggles(page);
    result.switches = await switches(page);
    result.memory = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
    result.jsHeap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? NaN);
  }
  await context.close();
  if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
  return result;
}

async function scenario(browser, path, options = {}) {
  const runs = [];
  if (!check) await load(browser, path, options); // warm-up: the server's file cache, Chromium's code cache
  for (let i = 0; i < RUNS; i++) runs.push(await load(browser, path, options));
  const all = (key) => runs.flatMap((r) => r[key]);
  return {
    visible: median(all('visible')),
    ...(options.interact && {
      wasmAt: median(all('wasmAt')),
      toggle: median(all('toggles')), toggleP95: p95(all('toggles')),
      language: median(all('switches')), languageP95: p95(all('switches')),
      memory: median(all('memory')) / 2 ** 20, jsHeap: median(all('jsHeap')) / 2 ** 20,
    }),
  };
}

// --- run ---------------------------------------------------------------------------------------------
const server = await serveDir(dist);
// Exact JS heap figures (performance.memory is rounded without it).
const browser = await launch(['--enable-precise-memory-info']);
const t0 = Date.now();
let seedStatic, seedClient, seedPre, bigStatic, bigClient, chromiumVersion;
try {
seedStatic = await scenario(browser, 'bench-static.html');
const seedSections = JSON.parse(readFileSync(join(dist, 'reports', 'van-lang-2020-11-03.json'), 'utf8')).sections.length;
seedClient = await scenario(browser, 'bench-client.html', { interact: { sections: seedSections } });
seedPre = await scenario(browser, '', { interact: { sections: seedSections } });
bigStatic = await scenario(browser, 'bench-synthetic-static.html');
bigClient = await scenario(browser, 'bench-client.html?src=bench-synthetic.json', { interact: { sections: big.sections.length } });
chromiumVersion = browser.version();
} finally {
  await browser.close();
  await server.close();
  removePages(dist);
}
const seconds = Math.round((Date.now() - t0) / 1000);

// --- report ------------------------------------------------------------------------------------------
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${x.toFixed(1)} MB`;
const meets = (ok) => (ok ? 'met' : '**missed**');
const rows = [
  ['Seed report: title + first section visible, plain static page (the limit)', ms(seedStatic.visible), '', ''],
  ['Seed report: … widget rendering in the browser', ms(seedClient.visible), `≤ 1.5 × static = ${ms(1.5 * seedStatic.visible)}`, meets(seedClient.visible <= 1.5 * seedStatic.visible)],
  ['Seed report: … ratio, widget / static', `${(seedClient.visible / seedStatic.visible).toFixed(2)} ×`, '≤ 1.5 ×', meets(seedClient.visible <= 1.5 * seedStatic.visible)],
  ['Seed report: … widget with the pre-rendered HTML', ms(seedPre.visible), '≈ 1.0 × static', `${(seedPre.visible / seedStatic.visible).toFixed(2)} ×`],
  ['Seed report: wasm started (pre-rendered page)', ms(seedPre.wasmAt), '', ''],
  ['Seed report: toggle one section, median', ms(seedPre.toggle), '≤ 16 ms', meets(seedPre.toggle <= 16)],
  ['Seed report: toggle one section, p95', ms(seedPre.toggleP95), '≤ 16 ms', meets(seedPre.toggleP95 <= 16)],
  ['Seed report: switch language, median (p95)', `${ms(seedPre.language)} (${ms(seedPre.languageP95)})`, '≤ 100 ms', meets(seedPre.languageP95 <= 100)],
  ['Seed report: wasm memory', mb(seedPre.memory), '≤ 30 MB', meets(seedPre.memory <= 30)],
  ['1,000 sections / 5,000 indicators: static page, title + first section visible', ms(bigStatic.visible), '', ''],
  ['1,000 sections: widget first render (navigation → visible)', ms(bigClient.visible), `≤ 1.5 × static = ${ms(1.5 * bigStatic.visible)}`, meets(bigClient.visible <= 1.5 * bigStatic.visible)],
  ['1,000 sections: … ratio, widget / static', `${(bigClient.visible / bigStatic.visible).toFixed(2)} ×`, '≤ 1.5 ×', meets(bigClient.visible <= 1.5 * bigStatic.visible)],
  ['1,000 sections: … of which after the wasm started (fetch 2 MB, parse, render)', ms(bigClient.visible - bigClient.wasmAt), '', ''],
  ['1,000 sections: toggle one section, median', ms(bigClient.toggle), '≤ 16 ms', meets(bigClient.toggle <= 16)],
  ['1,000 sections: toggle one section, p95', ms(bigClient.toggleP95), '≤ 16 ms', meets(bigClient.toggleP95 <= 16)],
  ['1,000 sections: switch language, median (p95)', `${ms(bigClient.language)} (${ms(bigClient.languageP95)})`, 'median ≤ 50 ms', meets(bigClient.language <= 50)],
  ['1,000 sections: wasm memory (JS heap besides)', `${mb(bigClient.memory)} (${mb(bigClient.jsHeap)})`, '≤ 30 MB', meets(bigClient.memory <= 30)],
];
const table = ['| Figure | Median of ' + RUNS + ' runs | Goal | |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(table);
if (check) {
  console.log(`\nbench (fast profile, short form): every page showed its report, no script error; ${Math.round((Date.now() - t0) / 1000)} s`);
  process.exit(0);
}

const sizes = execFileSync('node', [join(root, 'tests', 'e2e', 'sizes.mjs'), dist], { encoding: 'utf8' }).trim();
const wasmTable = breakdown(root);
console.log('\n' + sizes + '\n\n' + wasmTable);

if (out) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() ? ' plus uncommitted changes' : '';
  const figures = `<!-- figures: written by tests/bench/run.mjs; edit the text outside these markers -->
Measured ${new Date().toISOString().slice(0, 10)} on commit ${commit}${dirty}: ${cpus().length} × ${cpus()[0].model.trim()}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM,
Chromium ${chromiumVersion} (headless, through playwright-core), node ${process.version}; files served from 127.0.0.1
(no network delay, no CPU throttling); ${RUNS} page loads per scenario after one warm-up, ${TOGGLES} toggles and ${SWITCHES} language switches per load; took ${seconds} s.
Command: \`bash .ci/bench\` (builds the release, then \`node tests/bench/run.mjs --write docs/benchmarks.md\`).

${table}

Sizes of this build (\`node tests/e2e/sizes.mjs dist\`, also printed by every test run):

\`\`\`
${sizes}
\`\`\`

Where the wasm's bytes go (${'`'}tests/bench/wasm-breakdown.mjs${'`'}: the release wasm optimised with its names kept, function bodies grouped by crate, each group brotli-compressed on its own):

\`\`\`
${wasmTable}
\`\`\`
<!-- /figures -->`;
  let doc;
  try { doc = readFileSync(out, 'utf8'); } catch { doc = '# Benchmarks\n\n<!-- figures -->\n<!-- /figures -->\n'; }
  const updated = doc.replace(/<!-- figures[\s\S]*?<!-- \/figures -->/, figures);
  writeFileSync(out, updated);
  console.log(`\nwrote the figures into ${out}`);
}
