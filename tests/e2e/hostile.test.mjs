// The hostile-input corpus (tests/hostile/) loaded in Chromium as a reader would open a file: no
// input runs script, leaves the widget blank or panics; each gets its expected outcome on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { liveWidgets, here, dist, eventually, reaches, nextFrames, WAIT_MS } from './harness.mjs';

const corpus = join(here, '..', 'hostile');
const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8'));
let server, browser;
before(async () => { server = await serveDir(dist); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Opens a file as a reader would and waits until it has been dealt with: nothing loading, and
 * either a notice (the file was refused) or a new report view (each load gets a new one). Only
 * "nothing loading" could also be the moment before the file is read. Call with no notice open.
 */
async function openReport(page, name, buffer, { timeout = Math.max(WAIT_MS, 30000) } = {}) {
  await page.evaluate(() => { window.__e2eViewBefore = document.querySelector('article.sr-widget'); });
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer });
  try {
    await page.waitForFunction(() => !document.querySelector('.sr-loading')
      && (document.querySelector('.sr-notice') || document.querySelector('article.sr-widget') !== window.__e2eViewBefore), null, { timeout });
  } catch (e) {
    throw new Error(`${name}: neither a notice nor a new report on screen after ${timeout} ms (${e.message.split('\n')[0]})`);
  }
}

/** Closes the notice over the open report ("go back"), and waits until it is gone. */
async function goBack(page, what) {
  await page.getByRole('button', { name: 'Quay lại báo cáo đang xem' }).click();
  await eventually(() => page.locator('.sr-notice').count(), 0, `${what}: going back removes the notice`);
}

test('every corpus report: its expected outcome, no script run, never blank, no panic', { timeout: 180000 }, async () => {
  const page = await browser.newPage({ locale: 'vi-VN' });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await liveWidgets(page);
  let checked = 0;
  for (const [file, want] of Object.entries(expected)) {
    await openReport(page, file, readFileSync(join(corpus, file)));
    const notice = page.locator('.sr-notice');
    if (want.outcome === 'render') {
      assert.equal(await notice.count(), 0, `${file}: ${want.what}`);
    } else {
      assert.equal(await notice.count(), 1, `${file}: ${want.what}`);
      const text = await notice.innerText();
      // A file opened by hand is its editor's: the problems are listed open, the first one where
      // the corpus expects it (its JSON path is kept as data; people read its place).
      if (want.path !== undefined) {
        const first = notice.locator('.sr-error__item').first();
        await reaches(first, 'visible', `${file}: the problems are in view`);
        assert.equal(await first.getAttribute('data-path'), want.path, `${file} locates ${want.path}: ${text.slice(0, 300)}`);
      }
      if (file.includes('many-problems')) assert.ok(text.includes('… +150'), 'the panel counts what it does not list');
      await goBack(page, file);
    }
    await reaches(page.locator('h2.sr-title'), 'visible', `${file}: a report is on screen`);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `${file} ran script`);
    // Anywhere the widget renders (the report, its notices and panels), not only in the report.
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-session-report] script, [data-session-report] img[onerror], img[src="x"]').length), 0, `${file} injected markup`);
    checked++;
  }
  assert.deepEqual(errors, []);
  console.log(`hostile corpus in Chromium: ${checked} reports, no script ran, no blank widget, no panic`);
  await page.close();
});

test('10 MB of text is refused where it is; 100,000 characters and 10,000 sections render', { timeout: 120000 }, async () => {
  const page = await browser.newPage({ locale: 'vi-VN' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await liveWidgets(page);
  const seed = JSON.parse(readFileSync(join(dist, 'reports', 'van-lang-2020-11-03.json'), 'utf8'));

  const huge = structuredClone(seed);
  huge.sections[0].paragraphs[0].vi = 'x'.repeat(10 * 1024 * 1024);
  await openReport(page, 'huge.json', Buffer.from(JSON.stringify(huge)));
  const notice = page.locator('.sr-notice');
  assert.match(await notice.innerText(), /phần 1 \(party-building\) › paragraphs \(mục 1\) › vi[\s\S]*quá dài \(10\.485\.760 ký tự\)/);
  await goBack(page, 'huge.json');

  // The longest text allowed, as one unbroken word: laid out in time, wrapped on screen.
  const long = structuredClone(seed);
  long.sections[0].paragraphs[0].vi = 'Ư'.repeat(100000);
  await openReport(page, 'long.json', Buffer.from(JSON.stringify(long)));
  assert.equal(await notice.count(), 0);
  await nextFrames(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `a long word overflows by ${overflow}px`);

  const many = structuredClone(seed);
  many.meta.photos = [];
  many.sections = Array.from({ length: 10000 }, (_, i) => ({ ...seed.sections[3], id: `s${i}` }));
  // The copied section lists no indicators, and an indicator no section lists is refused.
  many.indicators = [];
  const started = Date.now();
  await openReport(page, 'many.json', Buffer.from(JSON.stringify(many)));
  // The beginning shows at once; the rest is built over the next frames.
  await page.locator('[data-section="s0"]').waitFor();
  console.log(`first of 10,000 sections on screen after ${Date.now() - started} ms (one run, not a benchmark)`);
  await page.locator('[data-section="s9999"]').waitFor();
  assert.equal(await page.locator('.sr-section').count(), 10000);
  console.log(`all 10,000 sections on screen after ${Date.now() - started} ms`);
  // A long report starts as a list of headings; a section's content is built when it opens.
  const last = page.locator('[data-section="s9999"]');
  assert.equal(await last.locator('.sr-section__toggle').getAttribute('aria-expanded'), 'false');
  assert.equal(await last.locator('.sr-section__body p').count(), 0);
  await last.locator('.sr-section__toggle').click();
  await reaches(last.locator('.sr-section__body p').first(), 'visible', 'opening the last section builds and shows its content');
  assert.deepEqual(errors, []);
  await page.close();
});
