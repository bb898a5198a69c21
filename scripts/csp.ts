// The built page's content security policy, as a <meta> tag Vite writes into index.html at build time (the dev server,
// which injects inline styles for hot reload, runs without it). No inline script, no eval, nothing fetched from
// another origin: scripts, styles, fonts and workers come from the site itself; images also from data: and blob: URLs
// (Phaser's built-in textures are data: images).
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'five-days:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    },
  };
}
