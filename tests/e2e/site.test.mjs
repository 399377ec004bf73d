// The report site (`prerender --site`, src/publish/src/site.rs) as readers and crawlers meet it:
// built from static/reports/ next to the release build, then served on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync, mkdirSync } from 'node:fs';
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
