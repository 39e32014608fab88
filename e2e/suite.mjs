// The set-up every end-to-end test file shares: the release build in dist/ served on 127.0.0.1,
// Debian's Chromium, and the folder the screenshots go to.
import { before, after } from 'node:test';
import { createServer } from 'node:http';
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

/** Drops a file called `name` holding `text` on the page's platforms, as a person dragging it
 * from their desktop would. */
export async function dropFile(page, name, text) {
  await page.evaluate(([name, text]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/yaml' }));
    const target = document.querySelector('.sides');
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
}

/** Serves the page `html` on another port of 127.0.0.1 (another origin: a wiki framing the app);
 * resolves to { url, close }. It never keeps a test file from ending, even left open by a test
 * that failed before closing it. */
export async function hostPage(html) {
  const host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  host.unref();
  return { url: `http://127.0.0.1:${host.address().port}/wiki`, close: () => host.close() };
}
