// axe-core in any engine: the e2e suite's copy (tests/e2e/node_modules/axe-core/axe.min.js), put in
// the page through the driver's script execution, run with the rules the Chromium tests use
// (tests/e2e/a11y.test.mjs and the others: WCAG 2.x A and AA tags).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { here as e2eDir } from '../e2e/harness.mjs';

const AXE = readFileSync(join(e2eDir, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** The Chromium tests' runOnly tags. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// --- in the page (serialised: each function stands alone) ------------------------------------------

const hasAxe = () => typeof window.axe?.run === 'function';

/** Evaluates axe's source at the page's top level (an indirect eval), which defines window.axe. */
function putAxe(source) {
  (0, eval)(source);
  return typeof window.axe?.run === 'function';
}

/** axe's violations in the whole document, one line each: rule, then up to three targets. */
async function axeRun(tags) {
  const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/**
 * Runs axe in `tab` and fails, naming the violations, when there are any. axe is sent once per
 * document (650 KB). Returns "axe 0" for the check's line.
 */
export async function axeClean(driver, tab, where) {
  if (!(await driver.run(tab, hasAxe)) && !(await driver.run(tab, putAxe, AXE))) throw new Error(`${where}: axe-core could not be put in the page`);
  const violations = await driver.run(tab, axeRun, AXE_TAGS);
  if (violations.length) throw new Error(`${where}: ${violations.length} axe violation(s):\n    ${violations.join('\n    ')}`);
  return 'axe 0';
}
