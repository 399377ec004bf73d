// Makes <session-report> available on any page:
//   <script type="module" src="https://your.cdn/session-report/embed.js"></script>
//   <session-report src="reports/x.json" lang="en"></session-report>
// Every file is found relative to this script, so the widget can live under any path or CDN.
// Each element gets its own shadow root: the page's CSS cannot reach in, the widget's cannot leak out.
import init, { mount_report } from './session-report.js';

const here = (file) => new URL(file, import.meta.url).href;

// A report named in the page starts downloading now, alongside the widget's own code, instead of
// after it: the widget's fetch then finds it in the preload cache (same URL, mode and credentials).
function preload(src) {
  try {
    const url = new URL(src, document.baseURI);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = url.href;
    document.head.append(link);
  } catch { /* not an address: the widget reports it */ }
}
const pageSrc = new URLSearchParams(location.search).get('src');
if (pageSrc && document.querySelector('[data-session-report]:not([data-src])')) preload(pageSrc);

const ready = init({ module_or_path: here('session-report_bg.wasm') });

class SessionReport extends HTMLElement {
  static observedAttributes = ['src', 'lang'];

  connectedCallback() {
    // Once per element, even when the page moves it (which connects it again).
    if (this.started) return;
    this.started = true;
    if (this.getAttribute('src')) preload(this.getAttribute('src'));
    // Pre-rendered at build time (`prerender`, declarative shadow DOM): the report is already on
    // screen, and the widget mounts next to it.
    let root = this.shadowRoot?.querySelector('[data-prerendered]');
    let placeholder = null;
    if (!root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = here('widget.css');
      root = document.createElement('div');
      placeholder = document.createElement('p');
      placeholder.className = 'sr-loading';
      placeholder.textContent = 'Đang tải báo cáo… / Loading the report…';
      root.append(placeholder);
      shadow.replaceChildren(style, root);
    }
    ready.then(
      () => { this.report = mount_report(this, root); },
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
