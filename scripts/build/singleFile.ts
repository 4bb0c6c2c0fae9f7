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
    scriptAlsoWorker(root),
    fontsWithoutCjk(root),
    inlineFavicon(root),
    viteSingleFile({ outputFileName: SINGLE_FILE_NAME }),
    hashedContentSecurityPolicy(SINGLE_FILE_NAME),
  ];
}

/**
 * The import worker would be a second file. Instead the page's one script is also the
 * worker: the entry starts the app on a page and the import worker in a worker
 * (src/ui/main.single.ts), and the worker is started from a Blob URL of the script's own
 * text (src/app/importWorkerStart.single.ts). Chromium refuses a module worker from a Blob
 * URL made by a file:// page, so the worker is a classic one, and the script must parse
 * as a classic script too: no `import.meta`. The only uses are in Vite's preload helper
 * (the base URL it receives with every dynamic import, and how it resolves a file to
 * preload), unused here: this build inlines every import and preloads nothing. So the URL
 * becomes the equivalent `self.location.href`, valid on the page and in a worker, the
 * resolve branch is cut, and the build fails if any other use appears. Vite's modulepreload
 * polyfill is left out: it reads `document` as the script starts, which a worker has not.
 */
function scriptAlsoWorker(root: string): Plugin {
  const entry = resolve(root, 'src/ui/main.single.ts');
  const start = resolve(root, 'src/app/importWorkerStart.single.ts');
  return {
    name: 'hrba-script-also-worker',
    enforce: 'pre',
    config: () => ({ build: { modulePreload: false } }),
    resolveId: (source) => (source === '/src/ui/main.tsx' ? entry : /(^|\/)importWorkerStart(\.ts)?$/.test(source) ? start : null),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          chunk.code = chunk.code.replace(/import\.meta\.resolve\?new URL\(import\.meta\.resolve\(\w+\)\)/g, 'false?null').replaceAll('import.meta.url', 'self.location.href');
          if (chunk.code.includes('import.meta')) this.error(`${chunk.fileName} uses import.meta in a way the single file's classic import worker cannot run`);
        }
      },
    },
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
