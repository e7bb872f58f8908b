import makeFetchCookie from 'fetch-cookie';

// The SDK's Node entry (`@guildhall/client/node`): what a script outside the browser needs to sign
// in as a person does. Kept apart from the main entry so the dashboard's bundle does not carry a
// cookie jar it never uses (the browser keeps the session cookie itself).

/**
 * A fetch that keeps the cookies the server sets and sends them back, as a browser does: give it
 * to `createClient(url, { fetch: sessionFetch() })` and `auth.signIn` starts a session that every
 * later call of that client uses (until `auth.signOut`, or the session's hours run out). Built on
 * fetch-cookie and tough-cookie, so the cookie's own rules (expiry, path, Secure) hold.
 */
export function sessionFetch(base: typeof fetch = globalThis.fetch): typeof fetch {
  return makeFetchCookie(base) as unknown as typeof fetch;
}
