// Starts the report site's archive page (archive/archive.js and archive_bg.wasm, .ci/build-archive)
// when a reader reaches for the search or a filter (pointer over them, focus, a tap), or at once when
// the page's address asks for a search or a filter. Until then the page is its pre-rendered HTML,
// the newest reports: the first view downloads no wasm, whatever the number of reports. What was
// typed or chosen before the wasm is there is kept (src/archive/src/main.rs reads the form).
const root = document.querySelector('[data-archive]');
let started = false;
const start = () => {
  if (started) return;
  started = true;
  root.setAttribute('aria-busy', 'true');
  import('./archive/archive.js')
    .then((glue) => glue.default({ module_or_path: new URL('archive/archive_bg.wasm', import.meta.url) }))
    .catch((e) => console.error('archive: the search could not be started', e))
    .finally(() => root.removeAttribute('aria-busy'));
};
if (root) {
  // "Show more" pressed on the pre-rendered page: the wasm shows the next page once it is there.
  root.addEventListener('click', (e) => { if (e.target.closest('.archive-more button')) root.dataset.more = ''; });
  if (location.search.length > 1) start();
  else for (const type of ['pointerover', 'focusin', 'touchstart', 'input', 'change']) root.addEventListener(type, start, { passive: true });
}
