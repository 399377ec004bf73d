// The stand-alone pages (index.html, frame.html) as a site would serve them: under a strict
// Content Security Policy, on paper, and as links readers pass on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, liveWidgets, dist } from './harness.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let site, strict, browser;
before(async () => {
  site = await serveDir(dist);
  const csp = { 'content-security-policy': STRICT_CSP };
  strict = await serveDir(dist, {}, { '/': csp, '/index.html': csp, '/frame.html': csp });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); await strict?.close(); });

for (const path of ['', 'frame.html']) {
  test(`${path || 'index.html'} works under ${STRICT_CSP}`, async () => {
    const { page, errors, context } = await openPage(browser, strict.url + path);
    await page.locator('[data-sr-ready] h2.sr-title').waitFor();
    const toggle = page.locator('[data-section="economy"] .sr-section__toggle');
    await toggle.click();
    await page.locator('[data-section="economy"] .sr-section__toggle[aria-expanded="false"]').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('article.sr-widget[lang="en"]').waitFor();
    assert.ok(await page.locator('[data-section="party-building"] .sr-chart svg').isVisible());
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
    assert.equal(inline, 0, 'no inline script left in the page');
    assert.deepEqual(errors, [], 'no CSP violations or other errors');
    await context.close();
  });
}

test('paper has no buttons: printing hides every control, the section titles stay', async () => {
  const { page, errors, context } = await openPage(browser, site.url, { viewport: { width: 1024, height: 900 } });
  await page.locator('[data-sr-ready] h2.sr-title').waitFor();
  // A failure notice too, with its buttons: a broken file picked while the report is open.
  await page.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await page.locator('.sr-notice').waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => matchMedia('print').matches);
  const controls = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, label.sr-btn')]
    .filter((e) => e.checkVisibility())
    .map((e) => (e.classList.contains('sr-section__toggle') ? 'toggle' : `${e.tagName} ${e.className} ${e.textContent.trim()}`)));
  assert.deepEqual([...new Set(controls)], ['toggle'], 'only the section titles are on paper');
  assert.equal(controls.length, 8, 'every section title');
  assert.ok(await page.locator('[data-section="economy"] .sr-section__title').isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test("a copied link names the language on screen, even when the reader's browser chose it", async () => {
  const { page, errors, context } = await openPage(browser, site.url, { locale: 'en-US' });
  await page.locator('[data-sr-ready] article.sr-widget[lang="en"]').waitFor();
  // Untouched, the address already says English.
  await page.waitForURL(/\?sr-report=l\.en$/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  // A colleague whose browser is Vietnamese gets the same view.
  const colleague = await openPage(browser, copied, { locale: 'vi-VN' });
  await colleague.page.locator('article.sr-widget[lang="en"]').waitFor();
  await liveWidgets(colleague.page);
  assert.equal(await colleague.page.locator('article.sr-widget').getAttribute('lang'), 'en');
  assert.deepEqual(errors, []);
  assert.deepEqual(colleague.errors, []);
  await context.close();
  await colleague.context.close();
});

test('a shared link shows a preview card: the pages carry the report in their meta tags', async () => {
  for (const path of ['', 'frame.html']) {
    const html = await (await fetch(site.url + path)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    assert.match(head, /<title>Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng — Báo cáo buổi làm việc<\/title>/, path);
    assert.match(head, /<meta property="og:title" content="Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng">/, path);
    assert.match(head, /<meta name="description" content="Hôm nay \(3\/11\), Đoàn công tác[^"]*…">/, path);
    assert.match(head, /<meta property="og:site_name" content="Báo Lạng Sơn \(LSO\)">/, path);
    assert.match(head, /<meta name="twitter:card" content="summary">/, path);
    assert.equal((head.match(/<title>/g) ?? []).length, 1, `one title in ${path || 'index.html'}`);
  }
});
