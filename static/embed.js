// Makes <session-report> available on any page:
//   <script type="module" src="https://your.cdn/session-report/embed.js"></script>
//   <session-report src="reports/x.json" lang="en"></session-report>
// Every file is found relative to this script, so the widget can live under any path or CDN.
// Each element gets its own shadow root: the page's CSS cannot reach in, the widget's cannot leak out.
// The stand-alone pages (index.html, frame.html) load the widget through this file too: no inline
// script, so a strict Content Security Policy works, and the same early-tap and preload behaviour.

const here = (file) => new URL(file, import.meta.url).href;

// The wasm starts downloading now, beside the glue, instead of once the glue has arrived and run:
// on a slow phone's link that is a round trip and the glue's bytes earlier (a page that preloads it
// in its head, as index.html does, keeps its own link). Same URL, mode and credentials as the
// glue's fetch, so that fetch finds it in the preload cache.
if (![...document.querySelectorAll('link[rel="preload"]')].some((l) => l.href === here('session-report_bg.wasm'))) {
  const link = document.createElement('link');
  Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', type: 'application/wasm', href: here('session-report_bg.wasm') });
  document.head.append(link);
}

// The widget's code is imported, not a static import, so that this file runs as soon as it arrives:
// taps on a pre-rendered report are answered while the wasm is still on its way.
const ready = import('./session-report.js').then(async (widget) => {
  const wasm = await widget.default({ module_or_path: here('session-report_bg.wasm') });
  // For pages and the benchmark that want to know when the widget's code is running.
  dispatchEvent(new CustomEvent('session-report:started', { detail: { wasm } }));
  return widget;
});

// --- The editor's details of a report that cannot be shown ------------------------------------
// Every problem with its place and fix is written by a bundle of its own (src/widget/src/bin/details.rs),
// fetched only when someone opens "Details for the editor": readers never download the messages.
let details;
globalThis.sessionReportDetails = (json, lang) => {
  details ??= import('./details.js').then(async (bundle) => {
    await bundle.default({ module_or_path: here('details_bg.wasm') });
    return bundle;
  });
  details.catch(() => { details = undefined; });
  return details.then((bundle) => bundle.problem_details(json, lang));
};

// --- The charts' pictures -----------------------------------------------------------------------
// Drawn by a bundle of its own (src/widget/src/bin/charts.rs), fetched when the live widget first
// asks for a picture: the first render carries no drawing code, and a pre-rendered report shows
// its charts as SVG meanwhile. The widget gives the report's text: the bundle shares no memory with it.
let charts;
globalThis.sessionReportChart = (json, section, n, lang, width, family) => {
  charts ??= import('./charts.js').then(async (bundle) => {
    await bundle.default({ module_or_path: here('charts_bg.wasm') });
    return bundle;
  });
  charts.catch(() => { charts = undefined; });
  return charts.then((bundle) => bundle.chart_svg(json, section, n, lang, width, family));
};

// --- Where a report named by the page address may come from -------------------------------------
// The same rule as the widget's (src/report/src/report_origin.rs): the page's own origin, or one the
// site lists in <meta name="session-report-origins" content="https://data.example.org …">. Only
// used here to decide what to preload: the widget itself enforces it, redirects included.
function pageMayLoad(url) {
  const listed = (document.querySelector('meta[name="session-report-origins"]')?.content ?? '')
    .split(/[\s,]+/).filter(Boolean).map((entry) => {
      try {
        const u = new URL(entry);
        return /^https?:$/.test(u.protocol) && u.pathname === '/' && !u.search && !u.hash ? u.origin : null;
      } catch { return null; }
    });
  return url.origin === location.origin || listed.includes(url.origin);
}

// A report named in the page starts downloading now, alongside the widget's own code, instead of
// after it: the widget's fetch then finds it in the preload cache (same URL, mode and credentials).
function preload(src, pageNamed) {
  try {
    const url = new URL(src, document.baseURI);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (pageNamed && !pageMayLoad(url)) return;
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = url.href;
    document.head.append(link);
  } catch { /* not an address: the widget reports it */ }
}
const pageSrc = new URLSearchParams(location.search).get('src');
if (pageSrc && document.querySelector('[data-session-report]:not([data-src])')) preload(pageSrc, true);
// A page's own pre-rendered report (index.html, the report site's pages) is read again from its file
// by the live widget once it has started: that download starts now too.
if (!pageSrc) {
  for (const root of document.querySelectorAll('[data-session-report][data-prerendered]:not([data-src])')) {
    preload(root.getAttribute('data-prerendered'), false);
  }
}

// index.html served from this machine is an editor's: the editors' tools show (widget.css).
if (top === self && /^(localhost|127\.[\d.]+|\[::1\])$/.test(location.hostname)) document.documentElement.setAttribute('data-editor-tools', '');

// --- Taps before the widget is live -------------------------------------------------------------
// A pre-rendered report is on screen long before the wasm has started on a slow phone. Its section
// headings, "expand / collapse all" and the language switch answer at once, on the static HTML;
// the view is marked, and the live widget starts from what the reader left (src/widget/src/takeover.rs).
const EARLY = '.sr-section__toggle, .sr-lang__btn, [data-action="expand-all"], [data-action="collapse-all"]';
document.addEventListener('click', (event) => {
  const button = event.composedPath().find((node) => node instanceof Element && node.matches(EARLY));
  const view = button?.closest('[data-sr-view]');
  // Live views belong to the widget (their root is marked ready); only static ones are ours.
  if (!view || view.parentElement?.hasAttribute('data-sr-ready')) return;
  const toggles = [...view.querySelectorAll('.sr-section__toggle')];
  const setOpen = (toggle, open) => {
    toggle.setAttribute('aria-expanded', String(open));
    const region = view.querySelector(`[id="${CSS.escape(toggle.getAttribute('aria-controls') ?? '')}"]`);
    if (region) region.hidden = !open;
    toggle.closest('.sr-section')?.classList.toggle('sr-section--open', open);
  };
  if (button.matches('.sr-section__toggle')) {
    setOpen(button, button.getAttribute('aria-expanded') !== 'true');
  } else if (button.matches('.sr-lang__btn')) {
    for (const b of view.querySelectorAll('.sr-lang__btn')) b.setAttribute('aria-pressed', String(b === button));
  } else {
    for (const t of toggles) setOpen(t, button.dataset.action === 'expand-all');
  }
  const open = toggles.filter((t) => t.getAttribute('aria-expanded') === 'true').length;
  const expand = view.querySelector('[data-action="expand-all"]');
  const collapse = view.querySelector('[data-action="collapse-all"]');
  if (expand) expand.disabled = open === toggles.length;
  if (collapse) collapse.disabled = open === 0;
  view.setAttribute('data-sr-tapped', '');
}, true);

// --- <session-report> ---------------------------------------------------------------------------
class SessionReport extends HTMLElement {
  static observedAttributes = ['src', 'lang'];

  connectedCallback() {
    // Once per element, even when the page moves it (which connects it again).
    if (this.started) return;
    this.started = true;
    if (this.getAttribute('src')) preload(this.getAttribute('src'), false);
    // Pre-rendered (`prerender --embed`, declarative shadow DOM): the report is already on screen,
    // and the widget mounts next to it. The light snippet (`prerender --snippet`) brings only the
    // box, sized before any script runs.
    let root = this.shadowRoot?.querySelector('[data-prerendered], [data-compact]');
    let placeholder = root?.matches('[data-compact]') ? root.querySelector('.sr-loading') : null;
    if (!root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = here('widget.css');
      root = document.createElement('div');
      // Not pre-rendered: nothing says how tall the report will be, so the box keeps one height
      // until the reader opens it, and the report's arrival never pushes the article down
      // (widget.css, AppProps::on_expand). Pre-rendered embeds are full height from the start.
      root.setAttribute('data-compact', '');
      placeholder = document.createElement('p');
      placeholder.className = 'sr-loading';
      placeholder.textContent = 'Đang tải báo cáo… / Loading the report…';
      root.append(placeholder);
      shadow.replaceChildren(style, root);
    }
    ready.then(
      (widget) => { this.report = widget.mount_report(this, root, here('./')); },
      () => {
        // A pre-rendered report stays readable; otherwise the placeholder says what happened.
        if (placeholder) placeholder.textContent = 'Không tải được tiện ích báo cáo. / The report widget could not be loaded.';
      },
    );
  }

  attributeChangedCallback() {
    // Before mounting there is nothing to update: the first render reads the attributes.
    this.report?.update(this);
  }
}

if (!customElements.get('session-report')) customElements.define('session-report', SessionReport);
