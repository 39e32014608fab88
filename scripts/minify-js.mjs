// Trunk post_build hook (Trunk.toml), release builds only: minifies wasm-bindgen's JavaScript glue (and the app's stylesheet, last)
// with terser (npm; Trunk's own minifier cannot parse its `export default`), and updates the
// Subresource Integrity hash Trunk wrote for it into index.html. The page's glue is an ES module,
// the file worker's a classic script. Names the wasm imports by are object keys, which terser
// keeps. Measured: the page's glue 10.4 → 8.3 KB gzipped.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-js: TRUNK_STAGING_DIR is not set (run by trunk build)');
  process.exit(1);
}
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
for (const name of readdirSync(dir)) {
  // The glue of each wasm module: `<bin>-<hash>.js` (module) and `<worker>.js` (classic script);
  // the loader shims and the start script are a line each.
  if (!name.endsWith('.js') || name.startsWith('start-') || name.endsWith('_loader.js')) continue;
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const isModule = /^\s*export\s/m.test(source);
  const out = await minify(source, { module: isModule, compress: true, mangle: true, format: { comments: false } });
  if (!out.code) {
    console.error(`minify-js: terser gave nothing for ${name}`);
    process.exit(1);
  }
  writeFileSync(path, out.code);
  const integrity = `sha384-${createHash('sha384').update(out.code).digest('base64')}`;
  // The hash Trunk wrote for this file, wherever index.html names it.
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  html = html.replace(new RegExp(`(href=["']?\\./${escaped}["']?[^>]*?integrity=|integrity=)(["']?)sha384-[A-Za-z0-9+/=]+\\2([^>]*?href=["']?\\./${escaped})?`, 'g'), (m, pre, q, post) => {
    if (!m.includes(name)) return m;
    return `${pre}${q}${integrity}${q}${post ?? ''}`;
  });
}
writeFileSync(htmlPath, html);
// The stylesheet the first paint loads beside the app (styles/app.css, copied as it is): its comments
// and the spaces no browser needs go (it holds no strings in which they would matter, and no selector
// with a space after a colon or a comma that would change it).
const css = join(dir, 'app.css');
if (existsSync(css)) {
  const text = readFileSync(css, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1').replace(/;}/g, '}').replace(/([:,]) /g, '$1').trim();
  writeFileSync(css, text);
}
