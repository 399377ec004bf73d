// The report site at scale (prerender --site, docs/site.md): for N generated reports
// (tests/bench/site-gen.mjs), the full build's time without --base (no share images) and with it
// (a 1200 × 630 PNG per page), a rebuild after one report changed, and the first view of the
// site's home page (index.html) in Chromium: every response's bytes as brotli (quality 11, as a
// CDN would send them) summed until the network is idle, whatever the page loads. The release
// prerender is built first and run directly, so cargo's own start-up is not timed (--check uses
// the debug one, which the build's post-build hook has already made: it only has to work).
// Usage: node tests/bench/site.mjs [--sizes 100,1000,10000] [--images 1000] [--write docs/benchmarks.md] [--check]
//   --images N: the build with share images is timed up to N reports (they cost most of the time)
//   --check: 100 reports only, no figures written; fails when the bench breaks (a report left out,
//            a build failing, a rebuild writing more than the one report, the home page not loading)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { arg, check, dist, root } from './args.mjs';
import { writeReports } from './site-gen.mjs';
import { serveDir } from '../e2e/serve.mjs';
import { launch } from '../e2e/browser.mjs';
import { PHONE, onPhone, median, p95 } from './measure.mjs';

const sizes = check ? [100] : arg('sizes', '100,1000,10000').split(',').map(Number);
const imagesUpTo = Number(arg('images', check ? '0' : '1000'));
const out = check ? null : arg('write', null);
const BASE = 'https://news.example.org/reports/';
const TARGET_BUILD_S = 60;
const TARGET_REBUILD_S = 5;
const TARGET_FIRST_VIEW_KB = 60;
const TARGET_SEARCH_MS = 100;
// What a reader looks for: places and people of tests/bench/site-gen.mjs, typed without marks.
const QUERIES = ['van lang', 'mai son', 'nguyen van an', 'dam doi', 'tran van thoi', 'quynh luu', 'ngo thanh long',
  'lang son', 'hoang thi ha', 'con cuong', 'dien chau', 'thang binh'];

const profile = check ? [] : ['--release'];
const made = spawnSync('cargo', ['build', '--quiet', ...profile, '--locked', '-p', 'publish', '--bin', 'prerender'], { cwd: root, stdio: 'inherit' });
if (made.status !== 0) throw new Error('cargo build of prerender failed');
const prerender = join(root, 'target', check ? 'debug' : 'release', 'prerender');

// The CPU time (user + system) too, through GNU time where it is installed: on a machine shared
// with other work the wall time says as much about the others as about the build.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a site build; its wall time and CPU time in seconds and what it said. */
function site(reports, to, extra = []) {
  const t0 = process.hrtime.bigint();
  const args = ['--site', reports, '--out', to, '--dist', dist, ...extra];
  const cpuFile = join(tmpdir(), `sr-site-bench-cpu-${process.pid}`);
  const run = gnuTime
    ? spawnSync(gnuTime, ['-f', '%U %S', '-o', cpuFile, prerender, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(prerender, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = gnuTime ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0) : undefined;
  if (run.status !== 0) throw new Error(`prerender --site failed: ${run.stderr}`);
  const said = run.stdout.match(/(\d+) of (\d+) reports published, (\d+) of them written/);
  if (!said) throw new Error(`prerender said: ${run.stdout}`);
  const [, published, count, written] = said.map(Number);
  if (published !== count) throw new Error(`${count - published} of ${count} generated reports left out:\n${run.stderr.slice(0, 2000)}`);
  return { seconds, cpu, written, stdout: run.stdout.trim() };
}

/** index.html's first view: brotli bytes of every response until the network is idle. */
async function firstView(browser, dir) {
  const server = await serveDir(dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = [];
  page.on('requestfinished', (req) => paths.push(decodeURIComponent(new URL(req.url()).pathname)));
  try {
    const response = await page.goto(server.url, { waitUntil: 'networkidle', timeout: 120_000 });
    if (!response?.ok()) throw new Error(`index.html: ${response?.status()}`);
    let bytes = 0;
    for (const p of paths) {
      const file = join(dir, p.endsWith('/') ? `${p}index.html` : p);
      if (existsSync(file) && statSync(file).isFile()) {
        bytes += brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      }
    }
    return { bytes, requests: paths.length };
  } finally {
    await context.close();
    await server.close();
  }
}

/** A build's times: "12.3 s (CPU 20.1 s)". */
/**
 * The archive's search as a reader on a slow phone (measure.mjs's PHONE: CPU 4× slower, 1.6 Mbps,
 * files served brotli) meets it: the search box focused (which starts the archive's wasm), the
 * first query typed (its answer waits for the shards, every report's entry), then one answer per
 * query. An answer's time runs from the input event to the results list and count replaced and
 * laid out: Yew renders in a microtask of the event, so a task queued after the event runs after
 * it (the time of the last change to the list is taken should it ever come later).
 */
async function search(browser, dir) {
  const server = await serveDir(dir, {}, {}, { brotli: true });
  // serve.mjs compresses a file on its first request (quality 11, seconds for the shards of
  // 10,000 reports); a CDN holds them compressed: ask for each once before the reader does.
  for (const file of readdirSync(join(dir, 'archive'))) {
    await (await fetch(`${server.url}archive/${file}`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
  }
  const context = await browser.newContext({ locale: 'vi-VN', viewport: PHONE.viewport });
  const page = await context.newPage();
  const shards = [];
  page.on('requestfinished', (req) => { if (/archive\/shard-/.test(req.url())) shards.push(new URL(req.url()).pathname); });
  try {
    await onPhone(page);
    await page.goto(server.url, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(() => { document.getElementById('archive-q').prerendered = true; });
    await page.focus('#archive-q');
    // The wasm has taken over when the search box is its own, not the pre-rendered one.
    await page.waitForFunction(() => document.getElementById('archive-q') && !document.getElementById('archive-q').prerendered,
      null, { timeout: 120_000, polling: 50 });
    const type = (q) => page.evaluate(async (q) => {
      const list = document.querySelector('[data-archive]');
      let changed = 0;
      const seen = new MutationObserver(() => { changed = performance.now(); });
      seen.observe(list, { childList: true, subtree: true, characterData: true });
      const box = document.getElementById('archive-q');
      const t0 = performance.now();
      box.value = q;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((ok) => setTimeout(ok, 0));
      void document.body.offsetHeight;
      const t1 = Math.max(performance.now(), changed);
      seen.disconnect();
      return { ms: t1 - t0, status: document.querySelector('.archive-count').textContent, t0 };
    }, q);
    // The first query: until every shard is in and the count is the whole archive's answer.
    const first = await type(QUERIES[0]);
    await page.waitForFunction(() => /^\s*\d/.test(document.querySelector('.archive-count').textContent), null, { timeout: 120_000, polling: 20 });
    const firstMs = await page.evaluate((t0) => performance.now() - t0, first.t0);
    const times = [];
    for (const q of [...QUERIES.slice(1), QUERIES[0]]) {
      const answer = await type(q);
      if (!/^\s*\d/.test(answer.status)) throw new Error(`search "${q}": the page said "${answer.status}"`);
      times.push(answer.ms);
    }
    const shardBytes = [...new Set(shards)].reduce((sum, p) =>
      sum + brotliCompressSync(readFileSync(join(dir, decodeURIComponent(p))), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
    return { firstMs, median: median(times), p95: p95(times), shards: new Set(shards).size, shardBytes };
  } finally {
    await context.close();
    await server.close();
  }
}

const searched = (f) => `first answer ${f.firstMs.toFixed(0)} ms (${f.shards} shard${f.shards === 1 ? "" : "s"}, ${(f.shardBytes / 1024).toFixed(0)} KB brotli), ` +
  `then ${f.median.toFixed(0)} ms median, ${f.p95.toFixed(0)} ms p95 per answer`;
const secs = (x) => `${x.toFixed(x < 10 ? 2 : 1)} s`;
const s = (run) => (run ? `${secs(run.seconds)}${run.cpu === undefined ? '' : ` (CPU ${secs(run.cpu)})`}` : 'not run');

const rows = [];
const loadBefore = loadavg()[0];
const browser = await launch();
try {
  for (const n of sizes) {
    const work = mkdtempSync(join(tmpdir(), `sr-site-bench-${n}-`));
    try {
      const reports = join(work, 'reports');
      const ids = writeReports(reports, n);
      const plain = join(work, 'site');
      const full = site(reports, plain);
      // One report changed: a word of its conclusion.
      const changed = join(reports, `${ids[Math.floor(n / 2)]}.json`);
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('ghi nhận', 'ghi nhận, đánh giá cao'));
      const rebuild = site(reports, plain);
      if (rebuild.written !== 1) throw new Error(`the rebuild after one report changed wrote ${rebuild.written} reports`);
      let images = null;
      let imagesRebuild = null;
      if (n <= imagesUpTo) {
        const withImages = join(work, 'site-images');
        images = site(reports, withImages, ['--base', BASE]);
        writeFileSync(changed, readFileSync(changed, 'utf8').replace('đánh giá cao', 'biểu dương'));
        imagesRebuild = site(reports, withImages, ['--base', BASE]);
        rmSync(withImages, { recursive: true, force: true });
      }
      const view = await firstView(browser, plain);
      const found = await search(browser, plain);
      rows.push({ n, full, rebuild, images, imagesRebuild, view, found });
      console.log(`site: ${n} reports: full build ${s(full)}, rebuild after one changed ${s(rebuild)}` +
        (images ? `; with share images ${s(images)}, rebuild ${s(imagesRebuild)}` : '') +
        `; home page first view ${(view.bytes / 1024).toFixed(1)} KB brotli in ${view.requests} requests` +
        `; search on a slow phone: ${searched(found)}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

const meets = (ok) => (ok ? 'meets' : '**misses**');
const table = [
  `| reports | full build, no share images: wall (CPU) | with share images (--base) | rebuild after one report changed (no images / images) | home page first view, brotli | search on a slow phone | |`,
  `|---:|---:|---:|---:|---:|---|---|`,
  ...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${s(r.full)} | ${s(r.images)} | ${s(r.rebuild)} / ${s(r.imagesRebuild)} | ${(r.view.bytes / 1024).toFixed(1)} KB (${r.view.requests} requests) | ${searched(r.found)} | ` +
    [r.n === 10000 ? `build ${meets(r.full.seconds <= TARGET_BUILD_S)} ≤ ${TARGET_BUILD_S} s` : null,
      r.n === 10000 && r.images ? `with images ${meets(r.images.seconds <= TARGET_BUILD_S)} ≤ ${TARGET_BUILD_S} s` : null,
      `rebuild ${meets(r.rebuild.seconds <= TARGET_REBUILD_S)} ≤ ${TARGET_REBUILD_S} s`,
      `first view ${meets(r.view.bytes / 1024 <= TARGET_FIRST_VIEW_KB)} ≤ ${TARGET_FIRST_VIEW_KB} KB`,
      r.n === 10000 ? `search p95 ${meets(r.found.p95 <= TARGET_SEARCH_MS)} ≤ ${TARGET_SEARCH_MS} ms` : null].filter(Boolean).join(', ') + ' |'),
].join('\n');
console.log(`\n${table}\n`);
console.log(`site bench: ${rows.length} sizes measured on ${cpus().length} cores`);

if (out) {
  const figures = `<!-- site figures: written by tests/bench/site.mjs; edit the text outside these markers -->
Command: \`${arg('command', `node tests/bench/site.mjs --sizes ${sizes.join(',')} --images ${imagesUpTo} --write ${out}`)}\`, on ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after.
Reports from \`tests/bench/site-gen.mjs\`; times are the release \`prerender --site\`'s wall time (and CPU time, user + system, on every core) into an empty folder (full) or
the same folder again after one report's JSON changed (rebuild); the first view is \`index.html\` loaded in Chromium, every
response's bytes brotli-compressed (quality 11) and summed until the network is idle. The search is the archive's on the slow-phone
profile (CPU 4× slower, 1.6 Mbps, files served brotli): the first answer waits for every shard; then ${QUERIES.length} queries, each answer
from the input event to the list replaced and laid out.

${table}
<!-- /site figures -->`;
  const doc = readFileSync(out, 'utf8');
  const re = /<!-- site figures[\s\S]*?<!-- \/site figures -->/;
  writeFileSync(out, re.test(doc) ? doc.replace(re, () => figures) : `${doc.trimEnd()}\n\n## The report site at scale\n\n${figures}\n`);
  console.log(`site figures written into ${out}`);
}
