// The report site (`prerender --site`, src/publish/src/site.rs) as readers and crawlers meet it:
// built from static/reports/ next to the release build, then served on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, dist, here } from './harness.mjs';

const root = join(here, '..', '..');
const BASE = 'https://news.example.org/reports/';
const reports = join(root, 'static', 'reports');
const prerender = (...args) =>
  spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'publish', '--bin', 'prerender', '--', ...args], { cwd: root, encoding: 'utf8' });

let out, site, browser;
before(async () => {
  out = mkdtempSync(join(tmpdir(), 'sr-site-'));
  const built = prerender('--site', reports, '--out', out, '--base', BASE, '--dist', dist);
  assert.equal(built.status, 0, built.stderr);
  site = await serveDir(out);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

const seed = JSON.parse(readFileSync(join(reports, 'van-lang-2020-11-03.json'), 'utf8'));

test('the list shows every report, newest first, each linking to its page, without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url);
  const links = page.locator('main ol li a');
  await links.first().waitFor();
  const dates = await page.locator('main ol li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.ok(dates.length >= 5, `${dates.length} reports listed`);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  await page.getByRole('link', { name: seed.meta.title.vi }).click();
  await page.waitForURL(`${site.url}van-lang-2020-11-03/`);
  // Readable with scripts off: the report was rendered into the page.
  assert.equal(await page.locator('h2.sr-title').innerText(), seed.meta.title.vi);
  await context.close();
});

test('a report page in English goes live, answers a tap, and links to its Vietnamese page', async () => {
  const { page, errors, context } = await openPage(browser, `${site.url}van-lang-2020-11-03/en/`);
  await page.locator('[data-sr-ready] article.sr-widget[lang="en"]').waitFor();
  const toggle = page.locator('[data-section="economy"] .sr-section__toggle');
  const before = await toggle.getAttribute('aria-expanded');
  await toggle.click();
  await page.locator(`[data-section="economy"] .sr-section__toggle[aria-expanded="${before === 'true' ? 'false' : 'true'}"]`).waitFor();
  await page.locator('nav.page-links').getByRole('link', { name: 'Tiếng Việt' }).click();
  await page.locator('[data-sr-ready] article.sr-widget[lang="vi"]').waitFor();
  assert.equal(new URL(page.url()).pathname, '/van-lang-2020-11-03/');
  assert.deepEqual(errors, []);
  await context.close();
});

test("each report page's link preview names its own title, language and address, as a crawler reads it", async () => {
  const meta = (html, attr, name) => html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
  const link = (html, rel, extra = '') => html.match(new RegExp(`<link rel="${rel}"${extra} href="([^"]*)"`))?.[1];
  for (const [path, lang] of [['van-lang-2020-11-03/', 'vi'], ['van-lang-2020-11-03/en/', 'en']]) {
    // No browser: the page's HTML as served, as a chat app's or a search engine's crawler fetches it.
    const html = await (await fetch(site.url + path)).text();
    assert.equal(meta(html, 'property', 'og:title'), seed.meta.title[lang]);
    assert.equal(meta(html, 'property', 'og:url'), BASE + path);
    assert.equal(link(html, 'canonical'), BASE + path);
    assert.equal(link(html, 'alternate', ' hreflang="vi"'), `${BASE}van-lang-2020-11-03/`);
    assert.equal(link(html, 'alternate', ' hreflang="en"'), `${BASE}van-lang-2020-11-03/en/`);
    assert.match(html, new RegExp(`<html lang="${lang}">`));
    // Its own share image, there at that address: a 1200 × 630 PNG (the width and height in its header).
    const image = meta(html, 'property', 'og:image');
    assert.equal(image, `${BASE}${path}share.png`);
    assert.equal(meta(html, 'name', 'twitter:card'), 'summary_large_image');
    const png = Buffer.from(await (await fetch(site.url + path + 'share.png')).arrayBuffer());
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  }
  const sitemap = await (await fetch(`${site.url}sitemap.xml`)).text();
  assert.ok(sitemap.includes(`<loc>${BASE}van-lang-2020-11-03/en/</loc>`), sitemap);
  assert.ok(sitemap.includes(`<loc>${BASE}compare/budget-revenue/en/</loc>`), 'the sitemap names the compare pages');
  const feed = await (await fetch(`${site.url}feed.xml`)).text();
  assert.ok(feed.includes(`<title>${seed.meta.title.vi}</title>`), 'the feed names the report');
});

test("the build's own site (dist/site/, what `bash .ci/serve` shows) is one link away from index.html, and its pages go live", async () => {
  const served = await serveDir(dist);
  try {
    const { page, errors, context } = await openPage(browser, served.url);
    await page.getByRole('link', { name: /All work sessions/ }).click();
    await page.waitForURL(`${served.url}site/`);
    await page.getByRole('link', { name: seed.meta.title.vi }).click();
    await page.locator('[data-sr-ready] h2.sr-title').waitFor();
    assert.equal(new URL(page.url()).pathname, '/site/van-lang-2020-11-03/');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await served.close();
  }
});

test('every page of the site is valid HTML (the Nu HTML Checker, errors only)', () => {
  const checked = spawnSync('node', [join(here, 'html-valid.mjs'), out], { encoding: 'utf8' });
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  assert.match(checked.stdout, /html: \d+ pages, 0 errors/);
});

test('a report with problems is left out with its located problems; --strict writes nothing', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sr-reports-'));
  try {
    writeFileSync(join(folder, 'van-lang-2020-11-03.json'), JSON.stringify(seed));
    const broken = structuredClone(seed);
    broken.indicators[0].value_to = 1;
    writeFileSync(join(folder, 'broken.json'), JSON.stringify(broken, null, 2));
    const to = join(folder, 'site');
    const built = prerender('--site', folder, '--out', to, '--dist', dist);
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stderr, /broken\.json: left out, 1 problem:\n {2}indicators\[0\]\.value_to \(line \d+, column \d+\): A range rises/);
    assert.ok(existsSync(join(to, 'van-lang-2020-11-03', 'index.html')));
    assert.ok(!existsSync(join(to, 'broken')), 'nothing of the broken report is published');
    assert.ok(!existsSync(join(to, 'reports', 'broken.json')));
    const strictTo = join(folder, 'strict');
    mkdirSync(strictTo);
    const strict = prerender('--site', folder, '--out', strictTo, '--dist', dist, '--strict');
    assert.notEqual(strict.status, 0);
    assert.match(strict.stderr, /1 of 2 reports have problems \(--strict\): nothing written/);
    assert.ok(!existsSync(join(strictTo, 'index.html')));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

// The compare pages: the answer key is read from the report files themselves.
const reportFiles = readdirSync(reports).filter((f) => f.endsWith('.json') && !f.startsWith('template-'));
const having = (id) => reportFiles
  .map((f) => ({ id: f.slice(0, -5), report: JSON.parse(readFileSync(join(reports, f), 'utf8')) }))
  .filter(({ report }) => report.indicators?.some((i) => i.id === id && i.value !== undefined && i.currency === 'VND'));

test('a compare page lists every report having the indicator, each linking back to its page, in vi and en, without JavaScript', async () => {
  const expected = having('budget-revenue');
  assert.ok(expected.length >= 2, `${expected.length} reports have budget-revenue`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // From the list page's header to the index, then to the indicator.
  await page.goto(site.url);
  await page.locator('main .page-links').getByRole('link', { name: 'So sánh chỉ tiêu giữa các buổi làm việc' }).click();
  await page.waitForURL(`${site.url}compare/`);
  const label = expected[0].report.indicators.find((i) => i.id === 'budget-revenue').label;
  await page.getByRole('link', { name: `${label.vi} (VND)` }).click();
  await page.waitForURL(`${site.url}compare/budget-revenue/`);
  assert.equal(await page.locator('h1').innerText(), `${label.vi} (VND)`);
  assert.equal(await page.locator('.sr-chart__img svg rect').count() >= expected.length, true, 'a bar per report');
  const titles = await page.locator('tbody tr th a').allInnerTexts();
  assert.deepEqual([...titles].sort(), expected.map((e) => e.report.meta.title.vi).sort());
  // The figure as its report gives it, and what it is measured against.
  const seedRow = page.locator('tbody tr', { has: page.getByRole('link', { name: seed.meta.title.vi }) });
  if (await seedRow.count()) assert.match(await seedRow.innerText(), /tỷ đồng/);
  const first = expected.find((e) => e.id === 'van-ninh-2021-11-03') ?? expected[0];
  await page.getByRole('link', { name: first.report.meta.title.vi }).click();
  await page.waitForURL(`${site.url}${first.id}/`);
  assert.equal(await page.locator('h2.sr-title').innerText(), first.report.meta.title.vi);
  // The English page: its own words and the reports' English titles, linking to English pages.
  await page.goto(`${site.url}compare/budget-revenue/en/`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('h1').innerText(), `${label.en} (VND)`);
  assert.deepEqual(await page.locator('thead th').allInnerTexts(), ['Report', 'Date', 'Place', 'Figure', 'Against']);
  const en = await page.locator('tbody tr th a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  assert.deepEqual([...en].sort(), expected.map((e) => `/${e.id}/en/`).sort());
  await context.close();
});

test('the compare pages pass axe-core (WCAG A/AA) in both languages', async () => {
  const AXE = join(here, 'node_modules', 'axe-core', 'axe.min.js');
  for (const path of ['compare/', 'compare/en/', 'compare/budget-revenue/', 'compare/budget-revenue/en/']) {
    const { page, context } = await openPage(browser, site.url + path);
    await page.locator('main table').waitFor();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    });
    assert.deepEqual(violations, [], path);
    await context.close();
  }
});

test('a rebuild after one report changed writes only that report, and the compare pages again', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sr-rebuild-'));
  try {
    const from = join(folder, 'reports');
    mkdirSync(from);
    for (const f of reportFiles) writeFileSync(join(from, f), readFileSync(join(reports, f)));
    const to = join(folder, 'site');
    const first = prerender('--site', from, '--out', to, '--dist', dist);
    assert.match(first.stdout, new RegExp(`${reportFiles.length} of ${reportFiles.length} reports published, ${reportFiles.length} of them written`));
    const changed = structuredClone(seed);
    changed.meta.title.vi += ' (sửa)';
    writeFileSync(join(from, 'van-lang-2020-11-03.json'), JSON.stringify(changed));
    const again = prerender('--site', from, '--out', to, '--dist', dist);
    assert.match(again.stdout, /1 of them written/);
    assert.match(readFileSync(join(to, 'van-lang-2020-11-03', 'index.html'), 'utf8'), /\(sửa\)/);
    assert.match(readFileSync(join(to, 'index.html'), 'utf8'), /\(sửa\)/, 'the list is written again');
    // A report taken out of the folder leaves the site.
    rmSync(join(from, 'van-lang-2020-11-03.json'));
    prerender('--site', from, '--out', to, '--dist', dist);
    assert.ok(!existsSync(join(to, 'van-lang-2020-11-03')));
    assert.ok(!readFileSync(join(to, 'index.html'), 'utf8').includes('van-lang-2020-11-03'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
