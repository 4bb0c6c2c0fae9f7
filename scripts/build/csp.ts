import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Only our own origin, ever: no CDN, font host or analytics can load. Applied to
 * the built page as a meta tag and, in preview, as a header (which can also
 * forbid framing). Dev mode skips it because Vite injects inline styles there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the page compile WebAssembly (HarfBuzz, which shapes Devanagari in the PDF
  // report); it allows no eval() or new Function(), and the bytes still come only from 'self'.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The page's own policy adds Trusted Types: no string may become script; the app's one
 * policy (src/app/trustedTypes.ts) passes same-origin script URLs (the import worker, the
 * service worker) and nothing else. It lives in the page's meta tag only: a header would
 * also reach the service worker, whose Workbox runtime loads with importScripts, a
 * Trusted Types sink it has no policy for. Both policies apply to the page.
 */
export const PAGE_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; require-trusted-types-for 'script'; trusted-types default`;

/**
 * Headers a static host should send with every file. A meta tag cannot forbid
 * framing or set nosniff, so `vite preview` sends these, and the build writes them
 * to `dist/_headers` (the format Netlify and Cloudflare Pages read); README lists
 * them for other hosts.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export function staticHostHeaders(): Plugin {
  return {
    name: 'hrba-static-headers',
    apply: 'build',
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}

const cspMeta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'hrba-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    ${cspMeta(PAGE_CONTENT_SECURITY_POLICY)}`),
  };
}

/** Every inline `<script>` and `<style>` body of a page, exactly as the browser will hash it. */
export function inlineBodies(html: string): { scripts: string[]; styles: string[] } {
  // A script body never contains "</script" (the inliner escapes it), but it may well contain
  // "<style>" (the HTML report's template), so styles are looked for only outside scripts.
  const script = /<script\b[^>]*>([\s\S]*?)<\/script>/g;
  const scripts = [...html.matchAll(script)].map((m) => m[1]!).filter((body) => body.length > 0);
  const styles = [...html.replace(script, '').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return { scripts, styles };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const hashes = (bodies: string[]) => (bodies.length ? bodies.map(sha256).join(' ') : "'none'");

/**
 * The single-file build's policy: everything is inline, so scripts and styles are
 * allowed by the SHA-256 of their exact text (never 'unsafe-inline'); nothing may
 * load from anywhere, not even other files next to it. `data:` in connect-src lets
 * the report code read its fonts, which the build inlines as data: URLs.
 */
export function singleFilePolicy(html: string): string {
  const { scripts, styles } = inlineBodies(html);
  if (html.includes('\r')) throw new Error('carriage returns would change what the browser hashes');
  return [
    "default-src 'none'",
    `script-src ${hashes(scripts)} 'wasm-unsafe-eval'`,
    `style-src ${hashes(styles)}`,
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    // The import worker: the page's own script, started from a Blob URL it makes (src/app/importWorkerStart.single.ts).
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // As on the served page: no string becomes script; the one policy passes only that Blob URL.
    "require-trusted-types-for 'script'",
    'trusted-types default',
  ].join('; ');
}

/**
 * Writes the hashed policy into the finished single HTML file. It runs on the file
 * on disk, after vite-plugin-singlefile has inlined every chunk, so the hashes
 * cover the final bytes; the meta tag goes first in <head>, before any script.
 */
export function hashedContentSecurityPolicy(fileName: string): Plugin {
  let outDir = '';
  return {
    name: 'hrba-csp-hashed',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: { order: 'post', handler() {
      const file = resolve(outDir, fileName);
      const html = readFileSync(file, 'utf8');
      writeFileSync(file, html.replace('<head>', `<head>\n    ${cspMeta(singleFilePolicy(html))}`));
    } },
  };
}
