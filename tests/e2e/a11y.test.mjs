// Accessibility and safety in a real Chromium: axe-core (WCAG 2.x A and AA) in every state a reader
// can reach, the keyboard alone, reduced motion, print, and a strict Content Security Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, here, dist, eventually, attributeIs, reaches, WAIT_MS } from './harness.mjs';

const AXE = join(here, 'node_modules', 'axe-core', 'axe.min.js');
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server, browser;
before(async () => {
  server = await serveDir(dist, { '/pages/': join(here, 'pages') }, { '/pages/csp.html': { 'content-security-policy': STRICT_CSP } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const open = (path, options) => openPage(browser, server.url + path, options);

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
}

test('axe-core finds no WCAG A/AA violations in either language, scheme, or collapsed state', async () => {
  let audits = 0;
  for (const colorScheme of ['light', 'dark']) {
    for (const locale of ['vi-VN', 'en-US']) {
      const { page, errors, context } = await open('', { colorScheme, locale });
      await page.locator('h2.sr-title').waitFor();
      assert.deepEqual(await axeViolations(page), [], `${colorScheme} ${locale} expanded`);
      await page.locator('.sr-toolbar__group').first().locator('button').nth(1).click();
      await page.waitForFunction(() => !document.querySelector('.sr-section__toggle[aria-expanded="true"]'));
      assert.deepEqual(await axeViolations(page), [], `${colorScheme} ${locale} collapsed`);
      // A chart shown as a table.
      await page.locator('[data-section="economy"] .sr-section__toggle').click();
      await page.locator('[data-section="economy"] .sr-chart button[aria-pressed]').click();
      // Audit the table, not the chart it replaces.
      await attributeIs(page.locator('[data-section="economy"] .sr-chart button[aria-pressed]'), 'aria-pressed', 'true', 'the chart is shown as a table');
      await reaches(page.locator('[data-section="economy"] .sr-chart table'), 'visible', 'the table is on screen');
      assert.deepEqual(await axeViolations(page), [], `${colorScheme} ${locale} table`);
      audits += 3;
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
  console.log(`axe-core: ${audits} audits of the seed report, 0 violations`);
});

test('axe-core finds no violations in the error panel and the failure notice', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await open('pages/bad-report.html', { colorScheme });
    const panel = page.locator('session-report#bad [role="alert"]');
    await panel.waitFor();
    assert.deepEqual(await axeViolations(page), [], `${colorScheme} invalid report, reader's line`);
    // The editor's details, one click away.
    await panel.locator('summary').click();
    await reaches(panel.locator('.sr-error__item[data-path="sections[2].kind"]'), 'visible', 'the problem is listed once opened');
    assert.match(await panel.innerText(), /phần 3 \(economy\) › kind/);
    assert.deepEqual(await axeViolations(page), [], `${colorScheme} invalid report, details open`);
    await context.close();
    const failing = await open('pages/failing.html', { colorScheme });
    await failing.page.locator('session-report#gone [role="alert"]').waitFor();
    assert.deepEqual(await axeViolations(failing.page), [], `${colorScheme} missing report`);
    await failing.context.close();
  }
});

test('every control works from the keyboard, with a visible focus ring', async () => {
  const { page, errors, context } = await open('', { viewport: { width: 1000, height: 800 } });
  await page.locator('h2.sr-title').waitFor();
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    // The file input is visually hidden; its label draws the ring.
    const cs = getComputedStyle(el.type === 'file' ? el.closest('label') : el);
    return { tag: el.tagName, text: (el.innerText || el.getAttribute('aria-label') || '').trim(), section: el.closest('[data-section]')?.dataset.section ?? null,
      ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2, action: el.dataset.action ?? el.dataset.download ?? null };
  });
  const walk = [];
  for (let i = 0; i < 60; i++) {
    // Read the focus once it has left the element it was on (a Tab that moves nothing fails here).
    await page.evaluate(() => { window.__e2eFocusBefore = document.activeElement; });
    await page.keyboard.press('Tab');
    await eventually(() => page.evaluate(() => document.activeElement !== window.__e2eFocusBefore), true,
      `Tab number ${i + 1} moves the focus on from ${JSON.stringify(walk.at(-1) ?? 'the page')}`);
    const f = await focused();
    if (f.tag === 'BODY') break;
    walk.push(f);
  }
  assert.ok(walk.length > 20, `${walk.length} stops`);
  for (const f of walk) assert.ok(f.ring, `visible focus ring on ${f.tag} ${f.text}`);
  const stop = (pred) => walk.findIndex(pred);
  // Toolbar first, then every section toggle in order, with their contents' controls between.
  assert.ok(stop((f) => f.text === 'Thu gọn tất cả') < stop((f) => f.text === 'English'));
  const toggles = walk.filter((f) => f.tag === 'BUTTON' && f.section && f.text.length > 0 && !f.action && !/^(Xem|SVG|PNG|CSV)/.test(f.text)).map((f) => f.section);
  assert.deepEqual([...new Set(toggles)], ['party-building', 'resolution-implementation', 'economy', 'culture-society', 'discussion', 'proposed-tasks', 'conclusion', 'directives']);

  // Enter and Space operate buttons: the language switch, a section, a chart's table.
  await page.locator('.sr-lang__btn[lang="en"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('article[lang="en"]').waitFor();
  const toggle = page.locator('[data-section="economy"] .sr-section__toggle');
  await toggle.focus();
  await page.keyboard.press('Space');
  await attributeIs(toggle, 'aria-expanded', 'false', 'Space closes the section');
  await page.keyboard.press('Enter');
  await attributeIs(toggle, 'aria-expanded', 'true', 'Enter opens it again');
  const table = page.locator('[data-section="economy"] .sr-chart button[aria-pressed]');
  await table.focus();
  await page.keyboard.press('Space');
  await attributeIs(table, 'aria-pressed', 'true', "Space presses the chart's table button");
  await reaches(page.locator('[data-section="economy"] table'), 'visible', 'the chart is shown as a table');
  assert.deepEqual(errors, []);
  await context.close();
});

test('reduced motion stops the only animation; print shows every section and chart', async () => {
  const { page, context } = await open('', { reducedMotion: 'reduce' });
  await page.locator('h2.sr-title').waitFor();
  const duration = await page.locator('.sr-chevron').first().evaluate((e) => getComputedStyle(e).transitionDuration);
  assert.equal(duration, '0s');
  await page.locator('.sr-toolbar__group').first().locator('button').nth(1).click();
  // First the evidence that every section has closed, then that the chart went with them.
  await page.waitForFunction(() => !document.querySelector('.sr-section__toggle[aria-expanded="true"]'), null, { timeout: WAIT_MS });
  await reaches(page.locator('[data-section="economy"] .sr-chart'), 'hidden', 'a closed section hides its chart');
  await page.emulateMedia({ media: 'print' });
  for (const id of ['party-building', 'economy', 'directives']) {
    await reaches(page.locator(`[data-section="${id}"] .sr-section__body`), 'visible', `${id} printed`);
  }
  await reaches(page.locator('[data-section="economy"] .sr-chart svg'), 'visible', 'charts printed');
  // Print styles are in effect (the closed sections show above), so the toolbar is read once.
  assert.equal(await page.locator('.sr-toolbar').isVisible(), false, 'no buttons on paper');
  await context.close();
});

test(`a page served with a strict CSP (${STRICT_CSP}) works fully`, async () => {
  const { page, errors, context } = await open('pages/csp.html', { acceptDownloads: true });
  const widget = page.locator('session-report#w');
  await widget.locator('h2.sr-title').waitFor();
  await page.locator('session-report#loaded h2.sr-title').waitFor();
  // A compact embed (not pre-rendered): opened first, as a reader would.
  await widget.getByRole('button', { name: 'Xem toàn bộ báo cáo' }).click();
  await widget.locator('[data-sr-ready]:not([data-compact])').waitFor();
  await widget.locator('[data-section="economy"] .sr-section__toggle').click();
  await attributeIs(widget.locator('[data-section="economy"] .sr-section__toggle'), 'aria-expanded', 'false', 'a click closes the section');
  await widget.getByRole('button', { name: 'English' }).click();
  await widget.locator('article[lang="en"]').waitFor();
  await reaches(widget.locator('[data-section="party-building"] .sr-chart svg'), 'visible', 'charts are drawn under the CSP');
  // Styles came from the stylesheet, not inline: the widget is laid out, not raw.
  assert.equal(await widget.locator('.sr-lang__btn[aria-pressed="true"]').evaluate((b) => getComputedStyle(b).fontWeight), '700');
  const [download] = await Promise.all([page.waitForEvent('download'), widget.locator('[data-section="party-building"] [data-download="csv"]').click()]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  assert.deepEqual(errors, [], 'no CSP violations or other errors');
  await context.close();
});
