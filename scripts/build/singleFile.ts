import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { hashedContentSecurityPolicy } from './csp.ts';

export const SINGLE_FILE_DIR = 'dist-single';
export const SINGLE_FILE_NAME = 'hrba-tech.html';

/**
 * `npm run build:single`: the whole app in one HTML file that runs from file://
 * (a USB stick, a locked-down laptop). Every chunk, the stylesheet, the checklist
 * content and the report fonts are inlined; dynamic imports are folded in because
 * a file:// page cannot fetch them. No service worker (file:// cannot have one):
 * the PWA plugin is kept only in its disabled form, so the update banner's import
 * resolves to a no-op.
 */
export function singleFileBuild(root: string): PluginOption[] {
  return [
    VitePWA({ disable: true }),
    importWithoutWorker(root),
    fontsWithoutCjk(root),
    inlineFavicon(root),
    viteSingleFile({ outputFileName: SINGLE_FILE_NAME }),
    hashedContentSecurityPolicy(SINGLE_FILE_NAME),
  ];
}

/** The import worker would be a second file: this build checks imports on the page instead. */
function importWithoutWorker(root: string): Plugin {
  const standIn = resolve(root, 'src/app/importWorkerStart.single.ts');
  return {
    name: 'hrba-import-without-worker',
    enforce: 'pre',
    resolveId: (source) => (/(^|\/)importWorkerStart(\.ts)?$/.test(source) ? standIn : null),
  };
}

/** The 10.5 MB CJK font would make the one file ~15 MB bigger: this copy's PDFs print CJK as noted boxes (src/report/fontUrls.single.ts). */
function fontsWithoutCjk(root: string): Plugin {
  const standIn = resolve(root, 'src/report/fontUrls.single.ts');
  return {
    name: 'hrba-fonts-without-cjk',
    enforce: 'pre',
    resolveId: (source, importer) => (/(^|\/)fontUrls(\.ts)?$/.test(source) && importer?.includes('/src/report/') ? standIn : null),
  };
}

/** The favicon as a data: URL, so the page asks for no file next to it. */
function inlineFavicon(root: string): Plugin {
  return {
    name: 'hrba-inline-favicon',
    apply: 'build',
    transformIndexHtml: (html) => {
      const svg = readFileSync(resolve(root, 'public', 'favicon.svg'));
      return html.replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${svg.toString('base64')}"`);
    },
  };
}
