// Draws the app icons from build/icons/icon.svg with Debian's Chromium (no network, no image
// tools): PNGs at 512 and 256 for Linux, and icon.ico for Windows (PNG-in-ICO, which Windows
// Vista and later read). Run `node scripts/make-icons.ts` after changing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts';
import { encodeIco } from './ico.ts';

const DIR = 'build/icons';
const svg = readFileSync(`${DIR}/icon.svg`, 'utf8');

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const pngs = new Map<number, Buffer>();
  for (const size of [512, 256, 128, 64, 48, 32, 16]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    pngs.set(size, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
  for (const size of [512, 256]) writeFileSync(`${DIR}/${size}x${size}.png`, pngs.get(size)!);
  writeFileSync(`${DIR}/icon.ico`, encodeIco([256, 64, 48, 32, 16].map((size) => ({ size, png: pngs.get(size)! }))));
  console.log(`icons written to ${DIR}/`);
} finally {
  await browser.close();
}
