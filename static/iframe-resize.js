// For the page that embeds frame.html: sizes each iframe to the height its report posts.
//   <script src="https://your.cdn/session-report/iframe-resize.js" defer></script>
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'session-report:height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.max(0, Math.min(data.height, 100000))}px`;
  }
});
