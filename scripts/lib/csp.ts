/**
 * The Content-Security-Policy of every page the add-in serves: our own files and Office's script, nothing else.
 * Fluent's CSS-in-JS inserts style elements, hence 'unsafe-inline' for styles only. The dev server's live reload
 * needs a websocket to localhost in development.
 */
export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
/** office.js is also served from this CDN (office-js-docs-pr PR 5882) and then loads its further files from it. */
export const OFFICE_JS_CDN_ORIGIN = "https://officeapis.public.onecdn.static.microsoft";

export function contentSecurityPolicy(dev: boolean): string {
  const connect = dev ? "'self' wss://localhost:* ws://localhost:*" : "'self'";
  // Both hosts, for scripts and frames. office.js loads its further files as script elements: connect stays 'self'.
  const office = `${OFFICE_JS_ORIGIN} ${OFFICE_JS_CDN_ORIGIN}`;
  return [
    "default-src 'self'",
    `script-src 'self' ${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    `frame-src 'self' ${office}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}
