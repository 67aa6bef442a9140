// Draws the app's icons (a climb over a seam) as PNG with the test Chromium. Run once; the PNGs are committed.
import { chromium } from "@playwright/test";
import { chromiumArgs, findChromium } from "./chromium.mjs";

const icon = (size, padding) => `<!doctype html><html><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="${padding ? 0 : 14}" fill="#1f5f74"/>
  <g transform="translate(32 32) scale(${padding ? 0.7 : 1}) translate(-32 -32)">
    <path d="M10 44h12l10-24 10 24h12" fill="none" stroke="#f4d58d" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
    <path d="M8 52h48" stroke="#e2eef1" stroke-width="3" stroke-dasharray="4 4" stroke-linecap="round"/>
  </g>
</svg></body></html>`;

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs });
for (const [name, size, padding] of [["icon-192", 192, false], ["icon-512", 512, false], ["icon-maskable-512", 512, true]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(icon(size, padding));
  await page.screenshot({ path: `public/icons/${name}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log("icons written to public/icons");
