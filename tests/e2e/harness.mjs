// What every end-to-end test file shares: where the build and the screenshots are, a fresh
// browser context per page (so permissions, storage and locale never leak between tests) and a
// record of everything that went wrong in it.
import { AssertionError } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect, isDeepStrictEqual } from 'node:util';

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

// Waiting for what a test checks. The widget updates the page after an action has returned: Yew
// renders after the event, the address is written a frame later, a scroll or a resize follows the
// render. So a check right after click() or keyboard.press() can read the state from before it.
// These helpers wait, with a time limit, for the expected state, and fail saying what was expected
// and what was last seen. (playwright-core has no `expect`: that comes with @playwright/test.)

/** How long the expected state may take to show up after an action (ms); $E2E_WAIT_MS overrides. */
export const WAIT_MS = Number(process.env.E2E_WAIT_MS ?? 10000);

const describe = (expected) => (typeof expected === 'function' ? `a value for which ${expected}` : inspect(expected));

/**
 * Calls `read()` (sync or async) until its value matches `expected`, and returns that value.
 * `expected` is a predicate, a RegExp (for a string) or a value compared with deep equality. Fails
 * after `timeout` ms with `message` (a string, or a function of the last value), what was expected
 * and the last value read (or the error the last read threw).
 */
export async function eventually(read, expected, message, { timeout = WAIT_MS, interval = 25 } = {}) {
  const matches = typeof expected === 'function' ? expected
    : expected instanceof RegExp ? (v) => typeof v === 'string' && expected.test(v)
      : (v) => isDeepStrictEqual(v, expected);
  const deadline = Date.now() + timeout;
  let last, error, timer;
  for (;;) {
    const left = deadline - Date.now();
    const value = Promise.resolve().then(read);
    value.catch(() => {}); // a read still pending when the time is up must not fail the process later
    try {
      last = await Promise.race([value, new Promise((_, fail) => { timer = setTimeout(() => fail(new Error('the read itself did not finish in time')), Math.max(left, 0)); })]);
      error = undefined;
      if (matches(last)) return last;
    } catch (e) {
      error = e;
    } finally {
      clearTimeout(timer);
    }
    if (Date.now() >= deadline) break;
    await new Promise((ok) => setTimeout(ok, interval));
  }
  const text = typeof message === 'function' ? message(last) : message;
  throw new AssertionError({
    message: `${text}\n  waited ${timeout} ms for ${describe(expected)}\n  last seen: ${error ? `(error) ${error.message.split('\n')[0]}` : inspect(last)}`,
    actual: last, expected: typeof expected === 'function' ? undefined : expected, operator: 'eventually',
  });
}

/** Waits until attribute `name` of `locator` is `value` (a string, or a RegExp). */
export function attributeIs(locator, name, value, message, options) {
  return eventually(() => locator.getAttribute(name, { timeout: WAIT_MS }), value, message ?? `${locator} ${name}=${inspect(value)}`, options);
}

/**
 * Waits until `locator` (one element) is in `state`: 'visible', 'hidden' (not visible, or gone),
 * 'attached' or 'detached'; fails with `message`.
 */
export async function reaches(locator, state, message, { timeout = WAIT_MS } = {}) {
  try {
    await locator.waitFor({ state, timeout });
  } catch (e) {
    throw new AssertionError({ message: `${message}\n  waited ${timeout} ms for ${locator} to be ${state}: ${e.message.split('\n')[0]}`, operator: 'waitFor' });
  }
}

/**
 * Resolves after the page has drawn two more frames: work the widget defers to the next frame
 * (layout-dependent redraws, the share link) has had its turn. For measuring layout once the
 * action's positive evidence is already on screen, never as a wait for the evidence itself.
 */
export function nextFrames(page) {
  return page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
}
