/**
 * Takes screenshots of pages of a running site, for looking at the work as a reader would.
 *   node scripts/screenshot.ts http://127.0.0.1:4321 out-dir /path/ [/other/ …] [--dark] [--phone] [--full] [--print]
 * `--print` shows the page as the print stylesheet lays it out (Chromium's print media).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, outDir, ...rest] = process.argv.slice(2);
const paths = rest.filter((arg) => !arg.startsWith('--'));
const dark = rest.includes('--dark');
const phone = rest.includes('--phone');
const full = rest.includes('--full');
const print = rest.includes('--print');
if (!base || !outDir || paths.length === 0) {
  console.error('usage: screenshot.ts BASE_URL OUT_DIR PATH... [--dark] [--phone] [--full] [--print]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({
  viewport: phone ? { width: 390, height: 844 } : { width: 1366, height: 900 },
  deviceScaleFactor: phone ? 2 : 1,
  colorScheme: dark ? 'dark' : 'light',
});
await context.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), dark ? 'dark' : 'light');
const page = await context.newPage();
if (print) await page.emulateMedia({ media: 'print' });
page.on('console', (message) => {
  if (message.type() === 'error') console.log(`console error on ${page.url()}: ${message.text()}`);
});
for (const path of paths) {
  await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
  const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}${dark ? '-dark' : ''}${phone ? '-phone' : ''}${print ? '-print' : ''}.png`;
  await page.screenshot({ path: join(outDir, name), fullPage: full });
  console.log(join(outDir, name));
}
await browser.close();
