// A slow phone: the pre-rendered report is on screen well before the widget is live. Taps on it
// meanwhile must neither do nothing nor be undone when the live widget takes over
// (static/embed.js answers them on the static HTML; src/widget/src/takeover.rs carries them over).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { dist } from './harness.mjs';

let site, browser;
before(async () => { site = await serveDir(dist, {}, {}, { brotli: true }); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

/** A phone on a slow network, as in the issue: CPU 4× slower, 1.6 Mbps down, 150 ms latency. */
async function slowPhone(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 93750 });
}

/**
 * Opens `path` on a slow phone with the wasm held back until `release()` (so the taps surely come
 * before the widget is live, however fast the machine); `asked` settles once the page has asked for
 * the wasm, which embed.js does after installing its tap handler.
 */
async function openHeld(path, options = {}) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, hasTouch: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await slowPhone(context, page);
  let release, asked;
  const held = new Promise((ok) => { release = ok; });
  const wasmAsked = new Promise((ok) => { asked = ok; });
  await page.route('**/*.wasm', async (route) => { asked(); await held; await route.continue(); });
  await page.goto(site.url + path, { waitUntil: 'commit' });
  return { context, page, errors, release, wasmAsked };
}

test('taps on the pre-rendered report before the widget is live are answered and kept (slow phone)', { timeout: 120000 }, async () => {
  const { context, page, errors, release, wasmAsked } = await openHeld('');
  await page.locator('h2.sr-title').waitFor();
  await wasmAsked;
  assert.equal(await page.locator('[data-sr-ready]').count(), 0, 'not live yet');

  const section = (id) => page.locator(`[data-section="${id}"] .sr-section__toggle`);
  await section('economy').tap();
  await page.locator('[data-section="economy"] .sr-section__toggle[aria-expanded="false"]').waitFor();
  assert.equal(await page.locator('[data-section="economy"] .sr-section__body').isVisible(), false, 'the section closed at once');
  await page.getByRole('button', { name: 'English' }).tap();
  await page.locator('.sr-lang__btn[lang="en"][aria-pressed="true"]').waitFor();
  await section('conclusion').tap();
  await page.locator('[data-section="conclusion"] .sr-section__toggle[aria-expanded="false"]').waitFor();

  release();
  await page.locator('[data-sr-ready]').waitFor({ timeout: 60000 });
  // The live widget starts from what the reader left: economy and conclusion closed, English.
  await page.locator('article.sr-widget[lang="en"]').waitFor();
  const expanded = await page.locator('.sr-section__toggle').evaluateAll((bs) => bs.map((b) => [b.closest('[data-section]').dataset.section, b.getAttribute('aria-expanded')]));
  assert.deepEqual(Object.fromEntries(expanded), {
    'party-building': 'true', 'resolution-implementation': 'true', economy: 'false', 'culture-society': 'true',
    discussion: 'true', 'proposed-tasks': 'true', conclusion: 'false', directives: 'true',
  });
  // It is live: a tap now goes through the widget, and the address records the view.
  await section('economy').tap();
  await page.locator('[data-section="economy"] .sr-section__toggle[aria-expanded="true"]').waitFor();
  await page.waitForURL(/sr-report=l\.en~o\.party-building,resolution-implementation,economy,culture-society,discussion,proposed-tasks,directives$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pre-rendered <session-report> answers taps before it is live too', { timeout: 120000 }, async () => {
  const { context, page, errors, release, wasmAsked } = await openHeld('demo.html');
  const widget = page.locator('session-report#en-report');
  await widget.locator('h2.sr-title').waitFor();
  await wasmAsked;
  await widget.getByRole('button', { name: 'Collapse all' }).tap();
  await widget.locator('[data-section="economy"] .sr-section__toggle[aria-expanded="false"]').waitFor();
  await widget.locator('[data-section="discussion"] .sr-section__toggle').tap();
  await widget.locator('[data-section="discussion"] .sr-section__toggle[aria-expanded="true"]').waitFor();
  release();
  await widget.locator('[data-sr-ready]').waitFor({ timeout: 60000 });
  const open = await widget.locator('.sr-section__toggle[aria-expanded="true"]').evaluateAll((bs) => bs.map((b) => b.closest('[data-section]').dataset.section));
  assert.deepEqual(open, ['discussion']);
  assert.ok(await widget.locator('[data-action="collapse-all"]').isEnabled());
  assert.deepEqual(errors, []);
  await context.close();
});
