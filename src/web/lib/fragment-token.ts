import { useEffect, useState } from 'react';

/** Reads `token` from the URL fragment (never the query string: fragments are not sent to any server). */
function readFragmentToken(): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('token');
  return token?.trim() ? token.trim() : null;
}

/**
 * Takes the token from a link's fragment once, then removes it from the address bar and history,
 * so it is not left behind for the next person using the device.
 */
export function useFragmentToken(): string | null {
  const [token] = useState(readFragmentToken);
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
    }
  }, []);
  return token;
}
