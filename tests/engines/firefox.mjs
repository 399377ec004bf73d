// The smoke test (tests/engines/smoke.mjs) in Firefox: Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi (no geckodriver), headless, with a Vietnamese reader's
// languages. Each tab is a new browser context, so nothing is shared between them.
//   node tests/engines/firefox.mjs      (run by .ci/test; the release build must be in dist/ or $DIST)
// Exits 1 when a check fails.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smoke, WAIT_MS, LOAD_MS } from './smoke.mjs';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const puppeteer = require('puppeteer-core');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

let browser;
// A hung browser must not hang the test command: give up after 5 minutes in all.
const watchdog = setTimeout(() => {
  // Counted once: after the closing line only the shutdown hung, and the checks have their result.
  console.log(finished ? 'engine firefox: the browser did not shut down in 300 s'
    : 'engine firefox: 0 passed, 1 failed (gave up after 300 s: the browser stopped answering)');
  browser?.process()?.kill('SIGKILL');
  process.exit(finished && !failed ? 0 : 1);
}, 300_000);

// What the editor's publish step saves goes here, and is removed at the end.
const downloads = mkdtempSync(join(tmpdir(), 'engines-firefox-downloads-'));
/** `promise`, or a failure saying `what` after `ms`. */
const within = (promise, ms, what) => Promise.race([promise, new Promise((_, fail) => setTimeout(() => fail(new Error(`${what} in ${ms} ms`)), ms))]);

let failed, finished = false;
try {
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, timeout: LOAD_MS, protocolTimeout: LOAD_MS,
    extraPrefsFirefox: {
      'intl.accept_languages': 'vi-VN, vi',
      'browser.download.folderList': 2, 'browser.download.dir': downloads, 'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  console.log(`engine firefox: ${await browser.version()} (puppeteer-core ${require('puppeteer-core/package.json').version}, WebDriver BiDi)`);
  const problems = new WeakMap();
  failed = await smoke('firefox', {
    async open(url) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const seen = [];
      page.on('console', (m) => { if (m.type() === 'error') seen.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => seen.push(`uncaught: ${e.message ?? e}`));
      page.on('response', (r) => { if (r.status() >= 400) seen.push(`${r.status()} ${r.url()}`); });
      page.on('requestfailed', (r) => seen.push(`failed request: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      problems.set(page, seen);
      page.setDefaultTimeout(WAIT_MS);
      await page.goto(url, { timeout: LOAD_MS, waitUntil: 'load' });
      return page;
    },
    run: (page, fn, ...args) => page.evaluate(fn, ...args),
    click: (page, selector) => page.click(selector),
    async accept(page, selector) {
      const asked = new Promise((ok) => page.once('dialog', (d) => { const m = d.message(); d.accept().then(() => ok(m), () => ok(m)); }));
      await page.click(selector);
      return within(asked, WAIT_MS, `no confirm() after clicking ${selector}`);
    },
    downloads: () => downloads,
    url: (page) => page.url(),
    problems: (page) => problems.get(page),
    close: (page) => page.browserContext().close(),
  });
  finished = true;
} catch (e) {
  console.log(`engine firefox: FAIL could not run: ${e.stack ?? e}`);
  console.log('engine firefox: 0 passed, 1 failed');
  failed = 1;
} finally {
  await browser?.close().catch(() => {});
  rmSync(downloads, { recursive: true, force: true });
  clearTimeout(watchdog);
}
process.exit(failed ? 1 : 0);
