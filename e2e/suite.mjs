// The set-up every end-to-end test file shares: the release build in dist/ served on 127.0.0.1,
// Debian's Chromium, and the folder the screenshots go to.
import { before, after } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { serveDist } from './serve.mjs';
import { launch } from './browser.mjs';

export const SHOTS = 'target/screenshots';

/** Starts the server and the browser before a file's tests (handing them to `ready(server,
 * browser)`) and stops both after. */
export function suite(ready) {
  let server, browser;
  before(async () => {
    server = await serveDist('dist');
    browser = await launch();
    await mkdir(SHOTS, { recursive: true });
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
}
