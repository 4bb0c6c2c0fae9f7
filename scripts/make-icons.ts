/**
 * Renders the app icons drawn as SVG to the PNG sizes the web manifest names
 * (installable browsers want raster icons of 192 and 512 px). public/icons/icon.svg
 * ships too; the maskable drawing (full bleed, mark inside the safe zone) is only a
 * source, kept in scripts/icons/ so the build does not ship it.
 * Uses Debian's Chromium, so no image library is needed. Run after editing an SVG:
 *
 *   node --import tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium';

const HERE = dirname(fileURLToPath(import.meta.url));
const ICONS = resolve(HERE, '..', 'public', 'icons');
const SOURCES = resolve(HERE, 'icons');
const OUTPUTS: { svg: string; png: string; size: number }[] = [
  { svg: join(ICONS, 'icon.svg'), png: 'icon-192.png', size: 192 },
  { svg: join(ICONS, 'icon.svg'), png: 'icon-512.png', size: 512 },
  { svg: join(ICONS, 'icon.svg'), png: 'apple-touch-icon.png', size: 180 },
  { svg: join(SOURCES, 'icon-maskable.svg'), png: 'icon-maskable-512.png', size: 512 },
];

const browser = await launchChromium();
try {
  for (const { svg, png, size } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(svg, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${markup}`);
    await page.screenshot({ path: join(ICONS, png), omitBackground: true });
    await page.close();
    process.stdout.write(`${png} (${size}×${size})\n`);
  }
} finally {
  await browser.close();
}
