// What the benchmarks measure in the page, shared by tests/bench/run.mjs (the fast profile) and
// tests/bench/phone.mjs (the slow-phone profile).

// The slow phone of issue 25: CPU 4× slower, 1.6 Mbps down, 750 kbps up, 150 ms latency, 390 px wide.
export const PHONE = {
  cpu: 4,
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  viewport: { width: 390, height: 844 },
};

/** Puts `page` on the slow phone's CPU and network, its cache off. */
export async function onPhone(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  return cdp;
}

// --- measuring in the page -------------------------------------------------------------------------
// Installed before any page script: when the report's title and first section were first painted,
// and when the wasm instance started (embed.js announces it). Nothing in the shipped markup helps:
// a MutationObserver notices when `h2.sr-title` and the first `.sr-section` are both in the DOM;
// at the next animation frame, once both are laid out (they have a box), the frame that paints them
// is under way, and a task queued from that frame runs after its paint: that task's time is the
// figure. For HTML that already holds them (the pre-rendered and static pages), the first
// contentful paint is taken when earlier.
export function probe() {
  let shownAt = Infinity, waiting = false, inHtml = false;
  const title = () => document.querySelector('h2.sr-title');
  const section = () => document.querySelector('.sr-section');
  const laidOut = (e) => !!e && e.getClientRects().length > 0;
  const check = () => {
    if (waiting || shownAt !== Infinity || !title() || !section()) return;
    waiting = true;
    const frame = () => {
      // Both in the DOM but not yet laid out (say, a stylesheet still hides them): the next frame.
      if (!laidOut(title()) || !laidOut(section())) { requestAnimationFrame(frame); return; }
      setTimeout(() => { shownAt = performance.now(); observer.disconnect(); }, 0);
    };
    requestAnimationFrame(frame);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => { inHtml = !!title() && !!section(); check(); });
  addEventListener('session-report:started', (e) => { window.__wasm = e.detail.wasm; window.__wasmAt = performance.now(); });
  window.__visibleAt = () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
    return Math.min(shownAt, inHtml ? fcp : Infinity);
  };
}

export async function visibleAt(page) {
  await page.waitForFunction(() => Number.isFinite(window.__visibleAt()), null, { timeout: 60000, polling: 50 });
  return page.evaluate(() => window.__visibleAt());
}

// In the page: ms from a click until `done()` holds and the page is laid out again, as its next
// frame needs. Yew renders in a microtask queued by its event handler, so the check runs after
// each microtask (and, should rendering ever be deferred further, after each task).
export const timeClicks = (page, kind, n) => page.evaluate(async ([kind, n]) => {
  const steps = {
    toggle: (i) => {
      const button = document.querySelector('.sr-section__toggle');
      const to = button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true';
      return [button, () => button.getAttribute('aria-expanded') === to];
    },
    language: (i) => {
      const to = i % 2 === 0 ? 'en' : 'vi';
      return [document.querySelector(`.sr-lang__btn[lang="${to}"]`), () => document.querySelector('article.sr-widget')?.lang === to];
    },
  };
  const times = [];
  for (let i = 0; i < n; i++) {
    const [button, done] = steps[kind](i);
    const t0 = performance.now();
    button.click();
    for (let m = 0; !done(); m++) await (m < 100 ? null : new Promise((ok) => setTimeout(ok, 0)));
    void document.body.offsetHeight;
    times.push(performance.now() - t0);
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  }
  return times;
}, [kind, n]);
export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
export const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };

