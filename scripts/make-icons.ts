/**
 * Renders the app icons drawn in public/icons/*.svg to the PNG sizes the web
 * manifest names (installable browsers want raster icons of 192 and 512 px).
 * Uses Debian's Chromium, so no image library is needed. Run after editing an SVG:
 *
 *   node --import tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium';

const ICONS = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const OUTPUTS: { svg: string; png: string; size: number }[] = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon.png', size: 180 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
];

const browser = await launchChromium();
try {
  for (const { svg, png, size } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(join(ICONS, svg), 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${markup}`);
    await page.screenshot({ path: join(ICONS, png), omitBackground: true });
    await page.close();
    process.stdout.write(`${png} (${size}×${size})\n`);
  }
} finally {
  await browser.close();
}
