// What every end-to-end test file shares: where the build and the screenshots are, a fresh
// browser context per page (so permissions, storage and locale never leak between tests) and a
// record of everything that went wrong in it.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This folder (pages/, node_modules/ and artifacts/ are in it). */
export const here = dirname(fileURLToPath(import.meta.url));
/** The release build under test: dist/, or $DIST. */
export const dist = process.env.DIST ?? join(here, '..', '..', 'dist');
/** Where screenshots go (ignored by git). */
export const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

/**
 * Opens `url` in a new context (a Vietnamese reader unless `options.locale` says otherwise: the
 * widget follows the browser's languages) and collects console errors, uncaught exceptions and
 * failed requests in `errors`.
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ locale: 'vi-VN', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(url);
  await liveWidgets(page);
  return { page, errors, context };
}

/**
 * Waits until every widget the page had pre-rendered has been taken over by the live one (the
 * pre-rendered HTML looks the same but does not respond yet). Pages without them return at once.
 */
export async function liveWidgets(page) {
  await page.waitForFunction(() => [document, ...[...document.querySelectorAll('session-report')].map((e) => e.shadowRoot)]
    .every((root) => !root?.querySelector('[data-prerendered]:not([data-sr-ready])')));
}
