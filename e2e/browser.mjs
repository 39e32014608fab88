// Launches Debian's Chromium through playwright-core (never a downloaded browser) and records
// everything a test must fail on: console errors, uncaught exceptions, requests to other origins.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Opens `url` in a fresh page; returns { page, problems } where problems collects every failure. */
export async function openWatched(browser, url, origin, viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`request to another origin: ${u}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(url);
  return { page, problems };
}

/** Waits until the page shows what the last input asked for: an edit's runs are made in slices
 * after it (the platforms' `main` is busy meanwhile), and a diagram mounted on a page already
 * drawn waits for its width, then adds its replicas a share per task (its wrap is busy meanwhile;
 * one hidden on a phone waits until it is shown). */
export async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('main[aria-busy="true"], .diagram-wrap[aria-busy="true"]')
    && [...document.querySelectorAll('.diagram-wrap')].every((w) => w.clientWidth === 0 || w.querySelector('svg.diagram')), null, { polling: 'raf' });
}
