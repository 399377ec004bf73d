// The smoke test every browser engine runs (tests/engines/firefox.mjs, tests/engines/webkit.mjs):
// the release build served on 127.0.0.1, a reader's first minute on the stand-alone page and the
// embeds, and the report site (the archive's search, a filter, the language link, a result's link;
// a report page live; a compare page and its language switch), the editor end to end (editor.mjs),
// and axe-core on every editor step and every site page visited (axe.mjs). Each engine file supplies
// a driver with the same few operations:
//   open(url) → tab       a fresh browsing context (no storage shared with earlier tabs) at `url`;
//                         at most one is open at a time (WebKitWebDriver holds one session)
//   run(tab, fn, ...args) fn's value, fn run in the page (fn and args are serialised: no closures)
//   click(tab, selector)  a real click (the driver's input actions) on the first match in the page
//   accept(tab, selector) a real click on the first match, which opens a confirm(): accepted; its message
//   url(tab)              the tab's current address
//   downloads()           (optional) the folder the browser saves downloads in
//   problems(tab)         (optional) console errors, uncaught exceptions, failed requests so far
//   close(tab)
// Nothing is read right after an action: every check polls for its evidence (`eventually`,
// below) with a time limit and says what it waited for and what it saw last.
// Prints one line per check, `engine <name>: ok|FAIL …`, then `engine <name>: N passed, M failed`.
import { join } from 'node:path';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { serveDir } from '../e2e/serve.mjs';
import { dist, eventually as waitFor, here as e2eDir } from '../e2e/harness.mjs';
import { axeClean } from './axe.mjs';
import { editorChecks } from './editor.mjs';

/** Time limit of one wait after an action (ms); $ENGINE_WAIT_MS overrides. */
export const WAIT_MS = Number(process.env.ENGINE_WAIT_MS ?? 20000);
/** Time limit for a page to load and its widgets to go live (ms); $ENGINE_LOAD_MS overrides. */
export const LOAD_MS = Number(process.env.ENGINE_LOAD_MS ?? 60000);

const report = JSON.parse(readFileSync(join(dist, 'reports', 'van-lang-2020-11-03.json'), 'utf8'));
const TITLE = { vi: 'Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng', en: report.meta.title.en };
if (report.meta.title.vi !== TITLE.vi) throw new Error(`the seed report's title is not the one this test expects: ${report.meta.title.vi}`);

const ECONOMY = '[data-section="economy"]';

/** The e2e suite's `eventually` (tests/e2e/harness.mjs) with this test's time limits. */
export const eventually = (read, ok, what, options = {}) => waitFor(read, ok, what, { timeout: WAIT_MS, interval: 50, ...options });

// --- in the page (serialised: each function stands alone) ------------------------------------------

/** The light-DOM widget on index.html: whether it is live, its language, title and economy's state. */
function widgetState(economy) {
  const root = document.querySelector('[data-session-report]');
  const article = root?.querySelector('article.sr-widget');
  const toggle = root?.querySelector(`${economy} .sr-section__toggle`);
  const region = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
  const chartButton = root?.querySelector(`${economy} .sr-chart button[aria-pressed]`);
  const table = root?.querySelector(`${economy} .sr-chart table`);
  const langButton = root?.querySelector('.sr-lang__btn[lang="en"]');
  return {
    live: !!root?.hasAttribute('data-sr-ready'),
    lang: article?.getAttribute('lang') ?? null,
    title: root?.querySelector('h2.sr-title')?.textContent.trim() ?? null,
    englishButton: langButton?.textContent.trim() ?? null,
    economyExpanded: toggle?.getAttribute('aria-expanded') ?? null,
    economyHidden: region ? region.hidden : null,
    otherExpanded: [...(root?.querySelectorAll('.sr-section__toggle') ?? [])]
      .filter((b) => b !== toggle).map((b) => b.getAttribute('aria-expanded')),
    chartPressed: chartButton?.getAttribute('aria-pressed') ?? null,
    tableRows: table ? table.querySelectorAll('tbody tr').length : null,
    tableShown: !!table && table.getClientRects().length > 0,
  };
}

/** Each <session-report>'s title inside its open shadow root, and whether it is live. */
function embeddedWidgets() {
  return [...document.querySelectorAll('session-report')].map((host) => {
    const root = host.shadowRoot;
    return {
      id: host.id,
      shadowRoot: !!root,
      live: !!root?.querySelector('[data-sr-ready]') && !root.querySelector('[data-prerendered]:not([data-sr-ready])'),
      lang: root?.querySelector('article.sr-widget')?.getAttribute('lang') ?? null,
      title: root?.querySelector('[data-sr-ready] h2.sr-title')?.textContent.trim() ?? null,
    };
  });
}

const browserLanguages = () => navigator.languages.join(', ');

/** The report site's archive page (dist/site/): its results' titles, its count, its year filter. */
function archiveState() {
  return {
    titles: [...document.querySelectorAll('.archive-results li a')].map((a) => a.textContent.trim()),
    status: document.querySelector('.archive-count')?.textContent.trim() ?? null,
    year: document.querySelector('#archive-year')?.value ?? null,
    lang: document.documentElement.lang,
  };
}

/** A compare page of the site: its table's rows, the rows' links to reports, its chart's bars. */
function compareState() {
  const rows = [...document.querySelectorAll('tbody tr')];
  return {
    rows: rows.length,
    links: rows.filter((r) => r.querySelector('th a[href]')).length,
    bars: document.querySelectorAll('.sr-chart__img svg rect').length,
  };
}

/** A compare page's words and links: its language, heading, table heads, chart words, rows' links. */
function compareWords() {
  return {
    lang: document.documentElement.lang,
    h1: document.querySelector('h1')?.textContent.trim() ?? null,
    heads: [...document.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
    chart: document.querySelector('.sr-chart')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    chartLang: document.querySelector('.sr-chart')?.closest('[lang]')?.getAttribute('lang') ?? null,
    links: [...document.querySelectorAll('tbody tr th a[href]')].map((a) => new URL(a.href).pathname),
    titles: [...document.querySelectorAll('tbody tr th a[href]')].map((a) => a.textContent.trim()),
  };
}

/** Chooses `value` in the select `selector` as a reader does (its change event). */
function choose(selector, value) {
  const select = document.querySelector(selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

// --- the checks --------------------------------------------------------------------------------------

/** Runs the smoke test in `driver` (see the top of this file); returns the number of failed checks. */
export async function smoke(name, driver) {
  // /published/: the news site the editor's snippet is embedded in (written by editor.mjs).
  const published = mkdtempSync(join(tmpdir(), 'engines-published-'));
  const server = await serveDir(dist, { '/pages/': join(e2eDir, 'pages'), '/cdn/v1/': dist, '/published/': published });
  let passed = 0, failed = 0;
  const say = (line) => console.log(`engine ${name}: ${line}`);
  const tabs = new Set();
  const open = async (path) => {
    const tab = await driver.open(server.url + path);
    tabs.add(tab);
    return tab;
  };
  const close = async (tab) => { tabs.delete(tab); await driver.close(tab); };
  const state = (tab) => driver.run(tab, widgetState, ECONOMY);
  /** Fails when the engine reported errors in `tab` (only drivers that can see them). */
  const clean = async (tab) => {
    const problems = (await driver.problems?.(tab)) ?? [];
    if (problems.length) throw new Error(`errors in the page:\n    ${problems.join('\n    ')}`);
  };

  // One check after another; `needs` names an earlier check whose state this one continues from.
  const results = new Map();
  const check = async (title, body, needs) => {
    const t0 = Date.now();
    if (needs && !results.get(needs)) {
      failed++;
      say(`FAIL ${title}: not run, it continues from "${needs}", which failed`);
      results.set(title, false);
      return;
    }
    try {
      const detail = await body();
      passed++;
      say(`ok   ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s${detail ? `; ${detail}` : ''})`);
      results.set(title, true);
    } catch (e) {
      failed++;
      say(`FAIL ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s): ${String(e.message ?? e).replace(/\n/g, '\n    ')}`);
      results.set(title, false);
    }
  };

  let tab;
  const RENDERS = 'index.html renders the report and goes live';
  await check(RENDERS, async () => {
    tab = await open('index.html');
    const s = await eventually(() => state(tab), (s) => s.live && s.title === TITLE.vi && s.lang === 'vi',
      `index.html: the live widget with the Vietnamese title "${TITLE.vi}"`, { timeout: LOAD_MS, interval: 100 });
    if (s.economyExpanded !== 'true') throw new Error(`economy should start open (a short report starts with every section open); aria-expanded=${s.economyExpanded}`);
    await clean(tab);
    return `browser languages: ${await driver.run(tab, browserLanguages)}`;
  });

  const ENGLISH = 'the language switches to English';
  await check(ENGLISH, async () => {
    await eventually(() => state(tab), (s) => s.englishButton === 'English', 'the language button for English, labelled "English"', { timeout: WAIT_MS });
    await driver.click(tab, '.sr-lang__btn[lang="en"]');
    await eventually(() => state(tab), (s) => s.lang === 'en' && s.title === TITLE.en,
      `after clicking "English": article.sr-widget[lang="en"] and the English title`, { timeout: WAIT_MS });
    await clean(tab);
  }, RENDERS);

  const TABLE = "economy's chart shows its table";
  await check(TABLE, async () => {
    await driver.click(tab, `${ECONOMY} .sr-chart button[aria-pressed]`);
    const s = await eventually(() => state(tab), (s) => s.chartPressed === 'true' && s.tableRows > 0 && s.tableShown,
      "after clicking the chart's table button: aria-pressed=true and a shown table with rows", { timeout: WAIT_MS });
    await clean(tab);
    return `${s.tableRows} rows`;
  }, ENGLISH);

  const TOGGLE = 'a section toggles (economy closes)';
  await check(TOGGLE, async () => {
    await driver.click(tab, `${ECONOMY} .sr-section__toggle`);
    await eventually(() => state(tab), (s) => s.economyExpanded === 'false' && s.economyHidden === true,
      "after clicking economy's toggle: aria-expanded=false and its region hidden", { timeout: WAIT_MS });
    await clean(tab);
  }, TABLE);

  await check('the share link reopens the same view in a fresh tab', async () => {
    // The address is written a frame after each render: wait for the state after the last click
    // (English, economy's table, every section open but economy).
    const link = await eventually(() => driver.url(tab), (u) => {
      const fields = new URL(u).searchParams.get('sr-report')?.split('~') ?? [];
      const open = fields.find((f) => f.startsWith('o.'));
      return fields.includes('l.en') && fields.some((f) => f.startsWith('t.') && f.includes('economy:0')) &&
        !!open && !open.slice(2).split(',').includes('economy');
    }, 'the address holding sr-report= with English, the table and economy closed', { timeout: WAIT_MS });
    // Closed first: WebKitWebDriver holds one session at a time. Only the address goes across.
    await close(tab);
    tab = undefined;
    const again = await open(link.replace(/^https?:\/\/[^/]+\//, ''));
    try {
      await eventually(() => state(again), (s) => s.live && s.lang === 'en' && s.title === TITLE.en &&
        s.economyExpanded === 'false' && s.economyHidden === true && s.otherExpanded.every((x) => x === 'true') &&
        s.chartPressed === 'true' && s.tableRows > 0,
      `${link} opened in a fresh tab: live, English, economy closed, the others open, economy's chart as a table`, { timeout: LOAD_MS, interval: 100 });
      await clean(again);
    } finally {
      await close(again);
    }
    return decodeURIComponent(link.slice(link.indexOf('?')));
  }, TOGGLE);
  if (tab) await close(tab).catch(() => {});

  await check('demo.html renders both <session-report> widgets in their shadow roots', async () => {
    const demo = await open('demo.html');
    try {
      await eventually(() => driver.run(demo, embeddedWidgets), (ws) => {
        const by = Object.fromEntries(ws.map((w) => [w.id, w]));
        return by['vi-report']?.live && by['vi-report'].title === TITLE.vi && by['vi-report'].lang === 'vi' &&
          by['en-report']?.live && by['en-report'].title === TITLE.en && by['en-report'].lang === 'en';
      }, 'demo.html: session-report#vi-report live with the Vietnamese title, #en-report with the English one', { timeout: LOAD_MS, interval: 100 });
      await clean(demo);
    } finally {
      await close(demo);
    }
  });

  await check('a bare host page: session-report#w renders', async () => {
    const bare = await open('pages/bare.html');
    try {
      await eventually(() => driver.run(bare, embeddedWidgets), (ws) => ws.length === 1 && ws[0].id === 'w' && ws[0].live && ws[0].title === TITLE.vi,
        'pages/bare.html: session-report#w live with the Vietnamese title', { timeout: LOAD_MS, interval: 100 });
      await clean(bare);
    } finally {
      await close(bare);
    }
  });

  await check('a report loaded by src (pages/cdn.html, files under /cdn/v1/)', async () => {
    const cdn = await open('pages/cdn.html');
    try {
      await eventually(() => driver.run(cdn, embeddedWidgets), (ws) => ws.length === 1 && ws[0].id === 'cdn' && ws[0].live && ws[0].title === TITLE.en,
        'pages/cdn.html: session-report#cdn (src="/cdn/v1/reports/…", lang="en") live with the English title', { timeout: LOAD_MS, interval: 100 });
      await clean(cdn);
    } finally {
      await close(cdn);
    }
  });

  // The report site's archive (src/archive): its own wasm, search, a filter, the language link.
  const ARCHIVE = 'the archive (site/?q=van+lang) finds the seed report, "van lang" without marks';
  let archive;
  await check(ARCHIVE, async () => {
    archive = await open('site/?q=van+lang');
    const s = await eventually(() => driver.run(archive, archiveState), (s) => s.titles[0] === TITLE.vi && /^\d+ buổi làm việc/.test(s.status),
      `site/?q=van+lang: the seed report first and the count`, { timeout: LOAD_MS, interval: 100 });
    await clean(archive);
    return `${s.status}: ${s.titles.length} results; ${await axeClean(driver, archive, 'site/?q=van+lang')}`;
  });
  const ARCHIVE_FILTER = "the archive's year filter narrows it and the address keeps it";
  await check(ARCHIVE_FILTER, async () => {
    await driver.run(archive, choose, '#archive-year', '2020');
    await eventually(() => driver.run(archive, archiveState), (s) => s.titles.length === 1 && s.titles[0] === TITLE.vi && s.status === '1 buổi làm việc',
      'after choosing 2020: the seed report alone, "1 buổi làm việc"', { timeout: WAIT_MS });
    await eventually(() => driver.url(archive), (u) => u.endsWith('site/?q=van+lang&year=2020'), 'the address with the year', { timeout: WAIT_MS });
    await clean(archive);
  }, ARCHIVE);
  await check("the archive's language link keeps the search; a result links to its report", async () => {
    await driver.click(archive, '.archive .page-links a[hreflang="en"]');
    await eventually(() => driver.run(archive, archiveState), (s) => s.lang === 'en' && s.titles[0] === TITLE.en && s.year === '2020' && s.status === '1 work session',
      'site/en/?q=van+lang&year=2020: the English title, the year kept, "1 work session"', { timeout: LOAD_MS, interval: 100 });
    await driver.click(archive, '.archive-results li a');
    await eventually(() => driver.url(archive), (u) => u.endsWith('site/van-lang-2020-11-03/en/'), "the English report's page", { timeout: WAIT_MS });
    await clean(archive);
  }, ARCHIVE_FILTER);
  const REPORT_PAGE = "the site's report page goes live and passes axe";
  await check(REPORT_PAGE, async () => {
    await eventually(() => driver.run(archive, widgetState, ECONOMY), (s) => s.live && s.title === TITLE.en,
      'site/van-lang-2020-11-03/en/: the widget live, in English', { timeout: LOAD_MS, interval: 100 });
    await clean(archive);
    return await axeClean(driver, archive, 'site/van-lang-2020-11-03/en/');
  }, "the archive's language link keeps the search; a result links to its report");
  const COMPARE = "the report page's compare link shows an indicator across reports, each row a report";
  let english;
  await check(COMPARE, async () => {
    await driver.click(archive, 'nav.page-links a[href$="compare/en/"]');
    await eventually(() => driver.url(archive), (u) => u.endsWith('site/compare/en/'), 'the compare index', { timeout: WAIT_MS });
    const axeIndex = await axeClean(driver, archive, 'site/compare/en/');
    await driver.click(archive, 'main a[href$="compare/budget-revenue/en/"]');
    await eventually(() => driver.run(archive, compareState), (s) => s.rows >= 2 && s.rows === s.links && s.bars >= s.rows,
      'site/compare/budget-revenue/en/: a table row and a bar per report, each row linking to its report', { timeout: WAIT_MS, interval: 100 });
    english = await driver.run(archive, compareWords);
    await clean(archive);
    return `${axeIndex} (index), ${await axeClean(driver, archive, 'site/compare/budget-revenue/en/')} (indicator)`;
  }, REPORT_PAGE);
  const COMPARE_LANG = "the compare view's language switch: vi ⇄ en, the chart's and table's words change, the rows link to the reports in that language";
  await check(COMPARE_LANG, async () => {
    if (english.lang !== 'en' || !english.links.length || !english.links.every((l) => /\/site\/[^/]+\/en\/$/.test(l))) {
      throw new Error(`the English compare page should link each row to an English report page: ${JSON.stringify(english)}`);
    }
    await driver.click(archive, 'main .page-links a[hreflang="vi"]');
    const vi = await eventually(() => driver.run(archive, compareWords), (w) => w.lang === 'vi' && w.chartLang === 'vi' &&
      w.h1 && w.h1 !== english.h1 && w.heads.length === english.heads.length && w.heads.every((h, k) => h !== english.heads[k]) &&
      w.chart && w.chart !== english.chart && w.links.length === english.links.length &&
      w.links.every((l) => /\/site\/[^/]+\/$/.test(l) && english.links.includes(l.replace(/\/$/, '/en/'))),
    'site/compare/budget-revenue/: Vietnamese heading, table heads and chart words, each row linking to the same report in Vietnamese', { timeout: LOAD_MS, interval: 100 });
    await eventually(() => driver.url(archive), (u) => u.endsWith('site/compare/budget-revenue/'), 'the Vietnamese compare address', { timeout: WAIT_MS });
    const axeVi = await axeClean(driver, archive, 'site/compare/budget-revenue/');
    await driver.click(archive, 'main .page-links a[hreflang="en"]');
    await eventually(() => driver.run(archive, compareWords), (w) => JSON.stringify(w) === JSON.stringify(english),
      'back to site/compare/budget-revenue/en/: the English words and links again', { timeout: LOAD_MS, interval: 100 });
    // Back in Vietnamese, a row goes to its report, in Vietnamese.
    await driver.click(archive, 'main .page-links a[hreflang="vi"]');
    await eventually(() => driver.run(archive, compareWords), (w) => w.lang === 'vi' && w.links.length === vi.links.length, 'the Vietnamese compare page again', { timeout: LOAD_MS, interval: 100 });
    await driver.click(archive, 'tbody tr:first-child th a');
    await eventually(() => driver.run(archive, widgetState, ECONOMY), (s) => s.live && s.lang === 'vi' && s.title === vi.titles[0],
      `${vi.links[0]}: the first row's report live, in Vietnamese, titled "${vi.titles[0]}"`, { timeout: LOAD_MS, interval: 100 });
    await eventually(() => driver.url(archive), (u) => new URL(u).pathname === vi.links[0], `the address ${vi.links[0]}`, { timeout: WAIT_MS });
    await clean(archive);
    return `heads ${english.heads.join('/')} ⇄ ${vi.heads.join('/')}; ${axeVi} (vi)`;
  }, COMPARE);
  if (archive) await close(archive).catch(() => {});

  // The editor end to end (editor.mjs), after the reader's pages.
  await editorChecks({ driver, open, close, check, clean, say, eventually, WAIT_MS, LOAD_MS, published });

  for (const t of tabs) await driver.close(t).catch(() => {});
  await server.close();
  rmSync(published, { recursive: true, force: true });
  say(`${passed} passed, ${failed} failed`);
  return failed;
}
