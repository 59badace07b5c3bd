// The bearer token for mutations when the server has NEWSGRAPH_TOKEN set. Kept for the
// browser tab's session only, so that it is typed once, not stored on disk.

const KEY = 'newsgraph-token';

export function getToken(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function setToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the field still holds it for this page.
  }
}
