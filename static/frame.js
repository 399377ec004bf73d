// Inside frame.html: tells the embedding page how tall the report is whenever that changes, so the
// parent can size its iframe to fit (see the snippet in the README). Heights are not secret, so
// any parent may listen.
const widget = document.querySelector('[data-session-report]');
let last = 0;
function post() {
  const height = Math.ceil(widget.getBoundingClientRect().bottom + window.scrollY);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'session-report:height', height }, '*');
  }
}
new ResizeObserver(post).observe(widget);
post();
