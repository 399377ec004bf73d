// The editor end to end in any engine (issue 26 item 8), run by smoke.mjs with its driver: paste a
// real article, draft it, move a paragraph to another section (the editor's one action), accept the
// glossary's suggested English, paste an outside translation and accept the lined-up pairs, publish
// (the page asks first: accepted), then embed the published snippet in a page of its own and see the
// widget live with the report's title. axe-core finds no violation on any step.
// Chromium runs the same steps, and more, in tests/e2e/editor.test.mjs; this file finds things by the
// editor's visible labels and roles, and never by the inner markup of indicator cards.
import { existsSync, readFileSync, readdirSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { here as e2eDir } from '../e2e/harness.mjs';
import { axeClean } from './axe.mjs';

const REAL = '/work/shared/articles/real';
const SEED = '/work/shared/seed/000_0db29b701aa73dd2.txt';
/** A real article whose draft has several sections with paragraphs; any other one there will do. */
const PREFERRED = '01-cao-bang-pho-thu-tuong-2013.txt';
/** The outside translation: the English of one of the project's bilingual reports. */
const TRANSLATED = join(e2eDir, '..', '..', 'static', 'reports', 'van-ninh-2021-11-03.json');

/** The article to paste and where it came from (a message when the real articles are absent). */
function article() {
  if (existsSync(REAL)) {
    const files = readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort();
    const file = files.includes(PREFERRED) ? PREFERRED : files[0];
    if (file) return { text: readFileSync(join(REAL, file), 'utf8'), from: join(REAL, file) };
  }
  const seed = existsSync(SEED) ? SEED : join(e2eDir, '..', 'fixtures', 'seed-article.txt');
  return { text: readFileSync(seed, 'utf8'), from: seed, note: `${REAL} is absent: the seed article instead` };
}

// --- in the page (serialised: each function stands alone) ------------------------------------------

/** What an editor sees: whether the editor is live, its step, the preview, the counts and statuses. */
function editorState() {
  const q = (s) => document.querySelector(s);
  const text = (s) => q(s)?.textContent.trim() ?? null;
  const number = (s, re) => { const m = text(s)?.match(re); return m ? Number(m[1]) : null; };
  const suggested = [...document.querySelectorAll('details.ed-to-check li button[aria-label]')]
    .filter((b) => /^(Đã kiểm tra|Mark checked): (Tiếng Anh gợi ý|English suggested)/.test(b.getAttribute('aria-label')));
  return {
    live: /^(Đã lưu trong trình duyệt này|Saved in this browser)$/.test(text('.ed-saved') ?? ''),
    step: q('.ed-work')?.getAttribute('data-step') ?? null,
    title: text('.ed-preview h2.sr-title'),
    drafted: text('.ed-article [role="status"]'),
    failed: text('.ed-article [role="alert"]'),
    toCheck: number('details.ed-to-check > summary', /\((\d+)\)/),
    toCheckOpen: q('details.ed-to-check')?.open ?? null,
    suggested: suggested.length,
    withoutEnglish: number('.ed-english > .ed-count', /^(\d+)/),
    linedUp: number('.ed-translation__count', /^(\d+)/),
    json: q('.ed-json__text')?.value ?? null,
    snippet: q('textarea.ed-snippet')?.value ?? null,
    pageStatus: text('[aria-labelledby="ed-pub-page"] [role="status"]'),
  };
}

/** Pastes `text` into the article field: its text and the `input` event a paste fires. */
function pasteArticle(text) {
  const box = document.querySelector('.ed-article__text');
  box.focus();
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

/** Types `text` into the field `selector` at once (its `input` event). */
function fill(selector, text) {
  const field = document.querySelector(selector);
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** Chooses `value` in the select `selector` as a reader does (its change event). */
function choose(selector, value) {
  const select = document.querySelector(selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Marks the first element matching `selector` whose accessible name (aria-label, else its text)
 * matches `pattern` with data-engine-click, for the driver's real click on `[data-engine-click]`.
 */
function markForClick(selector, pattern) {
  for (const el of document.querySelectorAll('[data-engine-click]')) el.removeAttribute('data-engine-click');
  const re = new RegExp(pattern);
  const el = [...document.querySelectorAll(selector)].find((e) => re.test((e.getAttribute('aria-label') ?? e.textContent).trim()));
  el?.setAttribute('data-engine-click', '');
  return !!el;
}

/** The review step's sections: id, paragraphs, and whether each has the move form. */
function sectionsState() {
  const field = (item, re) => [...item.querySelectorAll('.ed-field')]
    .find((f) => re.test(f.querySelector('.ed-field__label')?.textContent.trim() ?? ''))?.querySelector('input, textarea, select');
  return [...document.querySelectorAll('.ed-item[id^="ed-section-"]')].map((item) => ({
    id: field(item, /^(Mã \(dùng trong liên kết\)|Id \(used in links\))$/)?.value ?? null,
    paragraphs: (field(item, /^(Đoạn văn \(mỗi dòng một đoạn\)|Paragraphs \(one per line\))$/)?.value ?? '').split('\n').filter(Boolean),
    move: !!item.querySelector('.ed-move'),
  }));
}

/** Whether the preview's section `id` shows a text starting with `start`. */
function previewShows(id, start) {
  return !!document.querySelector(`.ed-preview [data-section="${id}"]`)?.textContent.includes(start);
}

/** The self-contained page's widget: live, and its title. */
function standaloneState() {
  return {
    live: !!document.querySelector('[data-sr-ready]'),
    title: document.querySelector('[data-sr-ready] h2.sr-title')?.textContent.trim() ?? null,
  };
}

/** Each <session-report>'s title inside its open shadow root, and whether it is live. */
function embeddedWidgets() {
  return [...document.querySelectorAll('session-report')].map((host) => {
    const root = host.shadowRoot;
    return {
      live: !!root?.querySelector('[data-sr-ready]'),
      title: root?.querySelector('[data-sr-ready] h2.sr-title')?.textContent.trim() ?? null,
    };
  });
}

// --- the checks --------------------------------------------------------------------------------------

/**
 * The editor's checks, one after another in one tab. `t` is smoke.mjs's toolbox: the driver, its
 * `open`, `close`, `check`, `clean`, `eventually`, WAIT_MS and LOAD_MS, and `published`, a directory
 * the server shows at /published/ (the "news site" the snippet is embedded in).
 */
export async function editorChecks(t) {
  const { driver, check, clean, eventually, WAIT_MS, LOAD_MS } = t;
  const { text: ARTICLE, from, note } = article();
  if (note) t.say(`note: ${note}`);
  const lines = ARTICLE.replace(/\r\n/g, '\n').split('\n').map((l) => l.trim());
  const state = (tab) => driver.run(tab, editorState);
  const until = (tab, ok, what, timeout = WAIT_MS) => eventually(() => state(tab), ok, what, { timeout, interval: 100 });
  const clickNamed = async (tab, selector, pattern, what) => {
    if (!(await driver.run(tab, markForClick, selector, pattern.source))) throw new Error(`no ${what} (${selector} named ${pattern})`);
    await driver.click(tab, '[data-engine-click]');
  };
  const step = async (tab, id) => {
    await driver.click(tab, `.ed-step[data-step="${id}"]`);
    return until(tab, (s) => s.step === id, `the editor on step ${id}`);
  };

  let tab, s, title, json, snippet, saved;
  const OPENS = 'the editor opens, live, and passes axe';
  await check(OPENS, async () => {
    tab = await t.open('editor.html');
    await until(tab, (s) => s.live && s.step === 'article', 'editor.html: the live editor ("Saved in this browser") on step 1', LOAD_MS);
    await clean(tab);
    return await axeClean(driver, tab, 'the empty article step');
  });

  const DRAFTS = 'a real article pasted is drafted at once';
  await check(DRAFTS, async () => {
    await driver.run(tab, pasteArticle, ARTICLE);
    s = await until(tab, (s) => !!s.title && /^(Bản nháp|Draft):/.test(s.drafted ?? ''), 'after the paste: the preview with a title and the draft\'s summary');
    title = s.title;
    if (!lines.includes(title)) throw new Error(`the preview's title "${title}" is not a line of the article`);
    await clean(tab);
    return `${from.split('/').pop()}: "${title}"; ${s.drafted}; ${await axeClean(driver, tab, 'the drafted article step')}`;
  }, OPENS);

  const MOVES = 'review: a paragraph moved to another section with the one action';
  await check(MOVES, async () => {
    await step(tab, 'review');
    const sections = await eventually(() => driver.run(tab, sectionsState), (ss) => ss.length >= 2, 'the draft\'s sections listed for review', { timeout: WAIT_MS });
    const from = sections.findIndex((x) => x.paragraphs.length >= 2 && x.move);
    if (from < 0) throw new Error(`no section with two paragraphs to move one from: ${JSON.stringify(sections.map((x) => [x.id, x.paragraphs.length]))}`);
    const to = sections.findIndex((x, k) => k !== from && x.paragraphs.length >= 1);
    const moved = sections[from].paragraphs[0];
    const form = `#ed-section-${from} .ed-move`;
    await driver.run(tab, choose, `${form} .ed-field:nth-child(2) select`, String(to));
    await clickNamed(tab, `${form} button`, /^(Chuyển đoạn|Move the paragraph)$/, 'move button');
    await eventually(() => driver.run(tab, sectionsState), (ss) => ss[to]?.paragraphs.at(-1) === moved && !ss[from]?.paragraphs.includes(moved),
      `the first paragraph of ${sections[from].id} at the end of ${sections[to].id}, and no longer in ${sections[from].id}`, { timeout: WAIT_MS });
    await eventually(() => driver.run(tab, previewShows, sections[to].id, moved.slice(0, 40)), true,
      `the preview shows it in ${sections[to].id}`, { timeout: WAIT_MS });
    await clean(tab);
    return `${sections[from].id} → ${sections[to].id}; ${await axeClean(driver, tab, 'the review step')}`;
  }, DRAFTS);

  const SUGGESTED = "English: the glossary's suggested English accepted";
  await check(SUGGESTED, async () => {
    await step(tab, 'english');
    // Off the review step "To check" is folded to its count; it folds a render after the step
    // changes (WebKit was seen reading it still open), so wait for that before unfolding it.
    await until(tab, (s) => s.withoutEnglish > 0 && s.toCheck > 0 && s.toCheckOpen === false,
      'the English step with its count of texts without English, and "To check (N)" folded');
    await driver.click(tab, 'details.ed-to-check > summary');
    const before = await until(tab, (s) => s.toCheckOpen && s.suggested === 1, '"To check" unfolded, with its item "English suggested from the glossary"');
    await clickNamed(tab, 'details.ed-to-check li button[aria-label]', /^(Đã kiểm tra|Mark checked): (Tiếng Anh gợi ý|English suggested)/, '"Mark checked" for the suggested English');
    await until(tab, (s) => s.suggested === 0 && s.toCheck === before.toCheck - 1, `the suggested English off the list: "To check (${before.toCheck - 1})"`);
    await clean(tab);
    return `to check ${before.toCheck} → ${before.toCheck - 1}; ${await axeClean(driver, tab, 'the English step')}`;
  }, MOVES);

  const TRANSLATION = 'an outside translation pasted, lined up and accepted';
  await check(TRANSLATION, async () => {
    const seed = JSON.parse(readFileSync(TRANSLATED, 'utf8'));
    const prose = [seed.meta.title.en, seed.meta.lede?.en, ...seed.sections.flatMap((x) => [...(x.paragraphs ?? []), ...(x.items ?? [])].map((p) => p.en))].filter(Boolean);
    const before = (await state(tab)).withoutEnglish;
    await driver.click(tab, '.ed-translation > summary');
    await eventually(() => driver.run(tab, () => document.querySelector('.ed-translation')?.open), true, 'the translation box unfolded', { timeout: WAIT_MS });
    await driver.run(tab, fill, '#ed-translation-text', prose.join('\n\n'));
    await clickNamed(tab, '.ed-translation button', /^(Ghép với báo cáo|Line it up with the report)$/, '"Line it up" button');
    const lined = (await until(tab, (s) => s.linedUp > 0, 'the translation lined up: "N pieces lined up"')).linedUp;
    const axeLined = await axeClean(driver, tab, 'the lined-up pairs');
    await clickNamed(tab, '.ed-translation button', /^(Chấp nhận tất cả|Accept all)$/, '"Accept all" button');
    await until(tab, (s) => s.withoutEnglish === before - lined, `every accepted pair has its English: ${before - lined} texts without English`);
    await clean(tab);
    return `${lined} pairs accepted, without English ${before} → ${before - lined}; ${axeLined} lined up, ${await axeClean(driver, tab, 'the English step after accepting')} after`;
  }, SUGGESTED);

  const PUBLISHES = 'publish: it asks first (accepted) and makes the self-contained page';
  await check(PUBLISHES, async () => {
    await step(tab, 'json');
    json = (await until(tab, (s) => s.json?.startsWith('{'), "the JSON step's report")).json;
    const axeJson = await axeClean(driver, tab, 'the JSON step');
    await step(tab, 'publish');
    snippet = (await until(tab, (s) => /<session-report src="[^"]+\.json"/.test(s.snippet ?? ''), 'the embed snippet made')).snippet;
    const axePublish = await axeClean(driver, tab, 'the publish step');
    const asked = await driver.accept(tab, '[data-action="download-standalone"]');
    if (!/(cần kiểm tra|to check)/.test(asked)) throw new Error(`the question asked before publishing does not say what is left to check: "${asked}"`);
    await until(tab, (s) => /^(Đã tạo trang\.|The page is made\.)$/.test(s.pageStatus ?? ''), 'after accepting: "The page is made."', LOAD_MS);
    // Where the driver knows the browser's download folder: the page is saved there, named after the report.
    const folder = driver.downloads?.();
    saved = folder && join(folder, `${snippet.match(/<session-report src="(?:[^"]*\/)?([^"/]+)\.json"/)[1]}.html`);
    if (saved) await eventually(() => existsSync(saved) && statSync(saved).size > 0, true, `the self-contained page saved as ${saved}`, { timeout: WAIT_MS });
    await clean(tab);
    return `asked "${asked}"; ${saved ? `saved ${saved.split('/').pop()} (${Math.round(statSync(saved).size / 1024)} KB); ` : ''}${axeJson} (JSON), ${axePublish} (publish)`;
  }, TRANSLATION);
  if (tab) await t.close(tab).catch(() => {});

  await check("embed: the published snippet in a news site's page goes live with the report's title", async () => {
    // The news site: the snippet in an article page, the report file at the snippet's address.
    const src = snippet.match(/<session-report src="([^"]+)"/)[1];
    mkdirSync(join(t.published, src, '..'), { recursive: true });
    writeFileSync(join(t.published, src), json);
    writeFileSync(join(t.published, 'index.html'), `<!doctype html>\n<html lang="vi">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Bài báo</title></head>\n<body>\n<main>\n<h1>Bài báo</h1>\n${snippet}\n</main>\n</body>\n</html>\n`);
    const page = await t.open('published/');
    try {
      await eventually(() => driver.run(page, embeddedWidgets), (ws) => ws.length === 1 && ws[0].live && ws[0].title === title,
        `published/: the embedded widget live with the title "${title}"`, { timeout: LOAD_MS, interval: 100 });
      await clean(page);
      return `${src}; ${await axeClean(driver, page, 'the page embedding the snippet')}`;
    } finally {
      await t.close(page);
    }
  }, PUBLISHES);

  if (!saved) return;
  await check('the self-contained page saved by the publish step opens from file:// and goes live', async () => {
    const page = await driver.open(pathToFileURL(saved).href);
    try {
      await eventually(() => driver.run(page, standaloneState), (w) => w.live && w.title === title,
        `${saved}: the widget live with the title "${title}"`, { timeout: LOAD_MS, interval: 100 });
      await clean(page);
      return await axeClean(driver, page, 'the self-contained page');
    } finally {
      await driver.close(page);
    }
  }, PUBLISHES);
}
