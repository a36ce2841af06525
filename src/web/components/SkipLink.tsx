import type { MouseEvent } from 'react';

/** Moves focus without touching the URL, which may hold a router location or a link's token. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** The first thing a keyboard user reaches: jumps past the header and navigation. */
export function SkipLink() {
  return (
    // biome-ignore lint/a11y/useValidAnchor: a real link to #main that works without JavaScript; the handler only keeps the URL unchanged
    <a className="skip-link" href="#main" onClick={skipToMain}>
      Skip to main content
    </a>
  );
}
