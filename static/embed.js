// Makes <session-report> available on any page:
//   <script type="module" src="https://your.cdn/session-report/embed.js"></script>
//   <session-report src="reports/x.json" lang="en"></session-report>
// Every file is found relative to this script, so the widget can live under any path or CDN.
// Each element gets its own shadow root: the page's CSS cannot reach in, the widget's cannot leak out.
import init, { mount_report } from './session-report.js';

const here = (file) => new URL(file, import.meta.url).href;
const ready = init({ module_or_path: here('session-report_bg.wasm') });

class SessionReport extends HTMLElement {
  static observedAttributes = ['src', 'lang'];

  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = here('widget.css');
    const root = document.createElement('div');
    const placeholder = document.createElement('p');
    placeholder.className = 'sr-loading';
    placeholder.textContent = 'Đang tải báo cáo… / Loading the report…';
    root.append(placeholder);
    shadow.append(style, root);
    ready.then(
      () => { this.report = mount_report(this, root); },
      () => { placeholder.textContent = 'Không tải được tiện ích báo cáo. / The report widget could not be loaded.'; },
    );
  }

  attributeChangedCallback() {
    // Before mounting there is nothing to update: the first render reads the attributes.
    this.report?.update(this);
  }
}

if (!customElements.get('session-report')) customElements.define('session-report', SessionReport);
