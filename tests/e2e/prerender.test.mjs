// The pages carry the report pre-rendered at build time (src/publish/src/main.rs): it must read
// without JavaScript, and the live widget must take over without anything on screen moving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { dist, artifacts, attributeIs } from './harness.mjs';


let server, browser;
before(async () => { server = await serveDir(dist); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const path of ['', 'frame.html']) {
  test(`${path || 'index.html'} reads in full with JavaScript off`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN', viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url + path);
    assert.equal(await page.locator('h2.sr-title').innerText(), 'Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng');
    assert.equal(await page.locator('.sr-section').count(), 8);
    // Every section open, its figures, charts and directives there to read.
    for (const text of ['5.755 ha', '86,6 tỷ đồng', 'Lâm Thị Phương Thanh']) {
      assert.ok(await page.getByText(text, { exact: false }).first().isVisible(), `${text} is visible`);
    }
    assert.equal(await page.locator('.sr-section__body[hidden]').count(), 0);
    assert.ok(await page.locator('.sr-chart svg').first().isVisible(), 'charts are drawn');
    // Controls that need the script are not offered.
    assert.equal(await page.locator('.sr-toolbar').isVisible(), false);
    assert.equal(await page.locator('.sr-chart__actions').first().isVisible(), false);
    if (!path) await page.screenshot({ path: join(artifacts, 'no-javascript.png'), fullPage: true });
    await context.close();
  });
}

test('a pre-rendered <session-report> reads with JavaScript off, in its shadow root, then goes live', async () => {
  const off = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
  const page = await off.newPage();
  await page.goto(server.url + 'demo.html');
  const title = page.locator('session-report#en-report h2.sr-title');
  assert.match(await title.innerText(), /^Standing Board of the Provincial Party Committee/);
  assert.ok(await page.locator('session-report#en-report').getByText('5,755 ha').first().isVisible());
  // The widget's stylesheet applies inside the shadow root: controls that need script are hidden.
  assert.equal(await page.locator('session-report#en-report .sr-toolbar').isVisible(), false);
  await off.close();

  const on = await browser.newContext({ locale: 'vi-VN' });
  const live = await on.newPage();
  await live.goto(server.url + 'demo.html');
  await live.locator('session-report#en-report [data-sr-ready]').waitFor();
  assert.equal(await live.locator('session-report#en-report [data-sr-view]').count(), 1);
  const toggle = live.locator('session-report#en-report [data-section="economy"] .sr-section__toggle');
  await toggle.click();
  await attributeIs(toggle, 'aria-expanded', 'false', 'the live widget responds: a click closes the section');
  await on.close();
});

test('the live widget replaces the pre-rendered report without a visible change', async () => {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1024, height: 2400 } });
  const page = await context.newPage();
  // Hold the wasm back until the pre-rendered page has been photographed.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.locator('h2.sr-title').waitFor();
  assert.equal(await page.locator('[data-sr-ready]').count(), 0, 'still the pre-rendered HTML');
  const before = await page.screenshot();
  const staticHtml = await page.locator('[data-sr-view]').innerHTML();

  release();
  await page.locator('[data-sr-ready]').waitFor();
  // Give a chart that would redraw for its measured width the chance to do so.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  assert.equal(await page.locator('[data-sr-view]').count(), 1, 'one view left: the live one');
  const after = await page.screenshot();
  const liveHtml = await page.locator('[data-sr-view]').innerHTML();
  if (!before.equals(after)) {
    writeFileSync(join(artifacts, 'prerendered.png'), before);
    writeFileSync(join(artifacts, 'live.png'), after);
  }
  assert.ok(before.equals(after), 'the screen is pixel-identical before and after (see artifacts/ if not)');
  assert.equal(liveHtml, staticHtml, 'the live DOM is the pre-rendered DOM');

  // And it is live: a section toggles.
  const toggle = page.locator('[data-section="economy"] .sr-section__toggle');
  await toggle.click();
  await attributeIs(toggle, 'aria-expanded', 'false', 'the live widget responds: a click closes the section');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page asked for another report never shows the pre-rendered one', async () => {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/other.json', async (route) => {
    await held;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(otherReport) });
  });
  await page.goto(server.url + '?src=other.json');
  await page.locator('.sr-loading').first().waitFor();
  assert.equal(await page.locator('h2.sr-title').count(), 0, 'the seed report is not on screen while the other loads');
  release();
  await page.locator('[data-sr-ready] h2.sr-title').waitFor();
  assert.equal(await page.locator('h2.sr-title').innerText(), 'Một báo cáo khác');
  await context.close();
});

const otherReport = {
  format: 1,
  meta: {
    title: { vi: 'Một báo cáo khác', en: 'Another report' },
    event_date: '2021-01-05',
    place: { vi: 'Lạng Sơn' },
    source: { outlet: { vi: 'Báo Lạng Sơn' } },
  },
  sections: [{ id: 'a', kind: 'conclusion', title: { vi: 'Kết luận' }, paragraphs: [{ vi: 'Nội dung.' }] }],
};
