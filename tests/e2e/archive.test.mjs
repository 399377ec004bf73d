// The report site's archive page (src/archive, src/publish/src/archive.rs) as readers meet it, in
// Chromium: a site built from static/reports/ (and one of 65 made-up reports, for "show more")
// next to the release build, served on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, dist, here, eventually } from './harness.mjs';

const root = join(here, '..', '..');
const reports = join(root, 'static', 'reports');
const AXE = join(here, 'node_modules', 'axe-core', 'axe.min.js');
const prerender = (...args) =>
  spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'publish', '--bin', 'prerender', '--', ...args], { cwd: root, encoding: 'utf8' });
const seed = JSON.parse(readFileSync(join(reports, 'van-lang-2020-11-03.json'), 'utf8'));

let folders = [], site, many, manyOut, browser;
function build(from) {
  const out = mkdtempSync(join(tmpdir(), 'sr-archive-'));
  folders.push(out);
  const built = prerender('--site', from, '--out', out, '--dist', dist);
  assert.equal(built.status, 0, built.stderr);
  return out;
}
before(async () => {
  // The project's reports, templates left out (as .ci/postbuild does).
  const own = mkdtempSync(join(tmpdir(), 'sr-reports-'));
  folders.push(own);
  for (const f of readdirSync(reports).filter((f) => f.endsWith('.json') && !f.startsWith('template-'))) copyFileSync(join(reports, f), join(own, f));
  site = await serveDir(build(own));
  // 65 copies of the seed, a day apart: more than one page of results.
  const made = mkdtempSync(join(tmpdir(), 'sr-reports-'));
  folders.push(made);
  for (let i = 0; i < 65; i++) {
    const day = new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);
    const report = structuredClone(seed);
    report.meta.event_date = day;
    delete report.meta.published;
    writeFileSync(join(made, `copy-${String(i).padStart(2, '0')}.json`), JSON.stringify(report));
  }
  manyOut = build(made);
  many = await serveDir(manyOut);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await many?.close();
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/** The results' links' texts, as listed. */
const titles = (page) => page.locator('.archive-results li a').allInnerTexts();
const status = (page) => page.locator('.archive-count[role="status"]').innerText();
/** Opens `url`, recording every request the page makes. */
async function open(url, options) {
  const requests = [];
  const opened = await openPage(browser, url, options);
  opened.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  return { ...opened, requests };
}

test('without JavaScript the newest reports are listed, newest first, and say that search needs it', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url);
  const dates = await page.locator('.archive-results li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.equal(dates.length, 5);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  assert.equal(await page.locator('.archive-controls').isVisible(), false, 'no controls that cannot work');
  assert.match(await page.locator('.archive-noscript').innerText(), /Cần bật JavaScript/);
  await page.getByRole('link', { name: seed.meta.title.vi }).click();
  await page.waitForURL(`${site.url}van-lang-2020-11-03/`);
  await context.close();
});

test('"van lang" finds the seed report (no marks needed); the count is announced and the address keeps the words', async () => {
  const { page, errors, context, requests } = await open(site.url);
  assert.ok(!requests.some((p) => p.endsWith('.wasm')), 'the first view loads no wasm');
  await page.getByLabel('Tìm theo tiêu đề, địa điểm, người tham dự').fill('van lang');
  // First the report with the words as typed; then Bình Gia (Lạng Sơn province, a "Nông Văn Khải"), with each.
  await eventually(() => titles(page), (t) => t.length === 2 && t[0] === seed.meta.title.vi, 'the seed report first');
  await eventually(() => status(page), '2 buổi làm việc', 'the count');
  await page.getByLabel('Tìm theo tiêu đề, địa điểm, người tham dự').fill('van lang thiệu');
  await eventually(() => titles(page), [seed.meta.title.vi], 'a word of a name narrows it (Hồ Tiến Thiệu)');
  await eventually(() => status(page), '1 buổi làm việc', 'the count');
  await page.getByLabel('Tìm theo tiêu đề, địa điểm, người tham dự').fill('van lang');
  await eventually(() => new URL(page.url()).search, '?q=van+lang', 'the address');
  // The box kept the focus and the words through the wasm's arrival.
  assert.equal(await page.locator('#archive-q').evaluate((e) => e === document.activeElement && e.value), 'van lang');
  await page.getByRole('link', { name: seed.meta.title.vi }).click();
  await page.waitForURL(`${site.url}van-lang-2020-11-03/`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a filter narrows the list; the address reopens the same view; the language link keeps it', async () => {
  const { page, errors, context } = await open(site.url);
  await page.getByLabel('Năm').selectOption('2022');
  await eventually(() => page.locator('.archive-results li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))), ['2022-09-15'], 'only 2022');
  await eventually(() => status(page), '1 buổi làm việc', 'the count');
  await page.getByLabel('Tỉnh, thành phố').selectOption('Lạng Sơn');
  await eventually(() => status(page), '0 buổi làm việc', 'Lạng Sơn had no session in 2022');
  await page.getByLabel('Năm').selectOption('');
  await eventually(() => titles(page), (t) => t.length === 2 && t.includes(seed.meta.title.vi), 'both Lạng Sơn reports');
  const address = page.url();
  assert.match(address, /\?province=L%E1%BA%A1ng\+S%C6%A1n$/);

  // Reopened: the same view, straight away (the address asks for it).
  const again = await open(address);
  await eventually(() => titles(again.page), await titles(page), 'the same results');
  assert.equal(await again.page.getByLabel('Tỉnh, thành phố').inputValue(), 'Lạng Sơn');

  // The language link carries the query: the English archive, same filter, English words.
  await again.page.getByRole('link', { name: 'English' }).click();
  await again.page.waitForURL(/\/en\/\?province=/);
  await eventually(() => status(again.page), '2 work sessions', 'the count in English');
  assert.ok((await titles(again.page)).includes(seed.meta.title.en));
  assert.equal(await again.page.locator('html').getAttribute('lang'), 'en');
  await again.page.getByRole('link', { name: seed.meta.title.en }).click();
  await again.page.waitForURL(`${site.url}van-lang-2020-11-03/en/`);
  assert.deepEqual([...errors, ...again.errors], []);
  await context.close();
  await again.context.close();
});

test('a long archive shows its first page, then more on demand', async () => {
  const { page, errors, context } = await open(many.url);
  assert.equal((await titles(page)).length, 30);
  assert.match(await status(page), /^65 buổi làm việc · Hiển thị 30 \/ 65$/);
  await page.getByRole('button', { name: 'Xem thêm' }).click();
  await eventually(async () => (await titles(page)).length, 60, 'a second page');
  await page.getByRole('button', { name: 'Xem thêm' }).click();
  await eventually(async () => (await titles(page)).length, 65, 'the rest');
  assert.equal(await page.getByRole('button', { name: 'Xem thêm' }).count(), 0);
  const dates = await page.locator('.archive-results li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first throughout');
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no WCAG A/AA violations on the archive, in both languages, searched or not', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const path of ['', 'en/', '?q=van+lang', 'en/?year=2022']) {
      const { page, context } = await open(site.url + path, { colorScheme });
      if (path.includes('?')) await eventually(() => page.locator('.archive-count').innerText(), /^\d+ (buổi|work)/, `${path} answered`);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      });
      assert.deepEqual(violations, [], `${colorScheme} /${path}`);
      await context.close();
    }
  }
});

test("the archive's data: the first view's files do not list every report", () => {
  const index = readFileSync(join(manyOut, 'archive', 'index.tsv'), 'utf8');
  assert.equal(index.split('\n').filter((l) => l.startsWith('entry\t')).length, 30, 'index.tsv: the first page only');
  const shard = readFileSync(join(manyOut, 'archive', 'shard-0.tsv'), 'utf8');
  assert.equal(shard.split('\n').filter((l) => l.startsWith('entry\t')).length, 65, 'the shard: all of them');
});
