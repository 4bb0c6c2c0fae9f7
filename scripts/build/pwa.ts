import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin, PluginOption } from 'vite';

export const THEME_COLOUR = '#1d4e89';

/**
 * The service worker (Workbox, generated at build time) and the web manifest.
 *
 * - Every file the app can ever load is precached on the first visit: the shell,
 *   every lazy chunk (wizard, checklist content, sections, PDF code), the report
 *   fonts and the icons. After one visit the app starts and works with no network.
 * - Updates never take over by themselves (`registerType: 'prompt'`, no
 *   skipWaiting): a new worker waits until the person chooses to reload, so a page
 *   is never swapped for another version mid-edit (src/ui/pwa/UpdateBanner.tsx).
 * - `clientsClaim` only matters on the very first install: the page that installed
 *   the worker is served by it at once, so its lazy chunks load offline without a reload.
 */
export function progressiveWebApp(): PluginOption[] {
  return [appleTouchIcon(), VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The manifest and its icons are added by the plugin itself; the rest comes from globPatterns.
    includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
    manifest: {
      id: './',
      name: 'HRBA@Tech due diligence',
      short_name: 'HRBA@Tech',
      description: 'Check whether a technology respects human rights across its lifecycle. Works offline; your data stays on this device.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: THEME_COLOUR,
      background_color: '#ffffff',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,ttf,wasm}'],
      // Offline export must print every script, so every report font is precached: DejaVu Sans
      // (0.75 MB a weight), Noto Sans Devanagari and Noto Emoji (0.2 and 0.9 MB) and the 10.5 MB
      // Noto Sans SC, the largest file; and HarfBuzz's WebAssembly (0.44 MB), which shapes Devanagari.
      // Fonts and HarfBuzz are fetched by the page only for reports that need them.
      maximumFileSizeToCacheInBytes: 11 * 1024 * 1024,
      navigateFallback: 'index.html',
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
    },
  })];
}

/** iOS ignores the manifest's icons when a page is added to the home screen. */
function appleTouchIcon(): Plugin {
  return {
    name: 'hrba-apple-touch-icon',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('</head>', '  <link rel="apple-touch-icon" href="./icons/apple-touch-icon.png" />\n  </head>'),
  };
}
