/*
 * The Content-Security-Policy of pages, made per request by proxy.ts with a fresh nonce, as
 * Next documents it (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md):
 * Next reads the nonce from the request's policy while it renders and puts it on its own scripts,
 * so every page must be rendered per request (app/layout.tsx). Routes the proxy does not run on
 * (the API, static files) get the script-free policy of next.config.mjs.
 */

/** A fresh nonce: 16 random bytes in base64, unguessable and never repeated. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * - script-src: only scripts carrying this response's nonce, and what they load ('strict-dynamic':
 *   Next's runtime loads its chunks); 'self' is for browsers without 'strict-dynamic'. In
 *   development React also needs eval for its error overlays.
 * - style-src 'unsafe-inline': React renders `style` attributes (charts, bars, positions), which
 *   cannot carry a nonce, and Radix's dialogs and menus add `<style>` elements at run time.
 *   A nonce must not be listed here as well: beside one, browsers ignore 'unsafe-inline'.
 * - img-src data: and blob:, for the charts' PNG export (html-to-image draws through a data: image).
 * - No upgrade-insecure-requests: the demo is served over plain HTTP on a LAN address, where it
 *   would send every asset to an https:// address that does not answer.
 */
export function contentSecurityPolicy({ nonce, dev }: { nonce: string; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
