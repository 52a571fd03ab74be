/**
 * The Content-Security-Policy of every page the add-in serves: our own files and Office's script, nothing else.
 * Fluent's CSS-in-JS inserts style elements, hence 'unsafe-inline' for styles only. The dev server's live reload
 * needs a websocket to localhost in development.
 */
export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

export function contentSecurityPolicy(dev: boolean): string {
  const connect = dev ? "'self' wss://localhost:* ws://localhost:*" : "'self'";
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    `frame-src 'self' ${OFFICE_JS_ORIGIN}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}
