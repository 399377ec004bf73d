// Starts the editor page's wasm (editor/editor.js, built by .ci/build-editor); its main() mounts
// the editor into #editor-app. A file rather than an inline script, as the reader's pages do.
import init from './editor/editor.js';

init({ module_or_path: new URL('editor/editor_bg.wasm', import.meta.url) }).catch((e) => {
  // The static frame (editor.html) stays; its status line says why nothing answers.
  const box = document.querySelector('#editor .ed-saved');
  if (box) {
    box.textContent = `Không tải được trình soạn. / The editor could not be loaded: ${e}`;
    box.setAttribute('role', 'alert');
  }
});
