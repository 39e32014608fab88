// Trunk post_build hook (scripts/post-build.sh), every build: what the page's languages need
// besides the catalogs Trunk copies to dist/i18n/ (index.html's copy-dir).
//
// - The pseudo-locale `en-XA` (a row of crates/hafen-core/src/locale/languages.rs, opened only by
//   `?lang=en-XA`): dist/i18n/en-XA.ftl made from en.ftl, never committed. Every message's text is
//   accented (a → å, e → é, …), about 40 % longer (vowels repeated) and in brackets
//   (`[Çŕåååšĥééd]`); keys, comments, placeables `{ $name }`, selectors and variant keys
//   (`[one]`), string literals' punctuation and every space (no-break spaces between a number and
//   its unit too) are kept. Text on the page without brackets and accents did not come from the
//   catalogs; text cut off or spilling out of its box is too long for it (e2e/pseudo.test.mjs).
// - The loading indicator and the <noscript> text of index.html, in every language with a catalog
//   in crates/hafen-core/i18n/ (the Fluent terms -page-loading and -page-noscript, which the app
//   does not read), in the order of the language table: the page shows them before any catalog
//   can load.
//
// Usage: node scripts/languages.mjs (in a Trunk hook: writes into $TRUNK_STAGING_DIR);
// `node scripts/languages.mjs --print en-XA` prints the pseudo-locale's catalog.
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const I18N = join(ROOT, 'crates/hafen-core/i18n');
/** The pseudo-locale's tag (its row in languages.rs has `pseudo: true`). */
export const PSEUDO = 'en-XA';

const ACCENTS = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const VOWELS = /[aeiouyAEIOUY]/;

/** Plain text: accented, and longer by 40 % of its length in repeated vowels (a word's last
 * letter where it has none), shared among its words by their length. */
function text(s) {
  const words = s.match(/[A-Za-z]+/g) ?? [];
  const letters = words.reduce((n, w) => n + w.length, 0);
  let budget = Math.round(s.length * 0.4);
  return s.replace(/[A-Za-z]+/g, (w) => {
    const extra = Math.min(budget, Math.ceil((w.length / letters) * Math.round(s.length * 0.4)));
    budget -= extra;
    const spots = [...w].map((c, i) => (VOWELS.test(c) ? i : -1)).filter((i) => i >= 0);
    if (spots.length === 0) spots.push(w.length - 1);
    const times = new Array(w.length).fill(1);
    for (let k = 0; k < extra; k++) times[spots[k % spots.length]] += 1;
    return [...w].map((c, i) => (ACCENTS[c] ?? c).repeat(times[i])).join('');
  });
}

/** The index of the `}` closing the `{` at `from` (braces inside a string literal are text). */
function closing(s, from) {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error(`a { without its }: ${s}`);
}

/** A pattern: text and placeables, as the catalog reader (text/catalog.rs) reads them. */
function pattern(s) {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('{', i);
    if (open < 0) {
      out += text(s.slice(i));
      break;
    }
    out += text(s.slice(i, open));
    const end = closing(s, open);
    out += `{${placeable(s.slice(open + 1, end))}}`;
    i = end + 1;
  }
  return out;
}

/** Inside `{ … }`: a string literal's text, or a selection's variants; a variable as it is. */
function placeable(inner) {
  const literal = inner.match(/^(\s*")(.*)("\s*)$/s);
  if (literal) return literal[1] + text(literal[2]) + literal[3];
  const arrow = inner.indexOf('->');
  if (arrow < 0) return inner;
  // Variants: each line that starts one keeps its `[key]` / `*[key]`; the rest is a pattern.
  const lines = inner.slice(arrow + 2).split('\n').map((line) => {
    const m = line.match(/^(\s*\*?\[[^\]]*\])(.*)$/s);
    return m ? m[1] + pattern(m[2]) : pattern(line);
  });
  return inner.slice(0, arrow + 2) + lines.join('\n');
}

/** The pseudo-locale's catalog made from English's. */
export function pseudo(source) {
  const out = [`# Made by scripts/languages.mjs from en.ftl while building: the pseudo-locale ${PSEUDO} (?lang=${PSEUDO}).`];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('#') || !line.trim() || line.startsWith(' ')) {
      if (!line.startsWith(' ')) out.push(line);
      continue;
    }
    // A message: its first line and the indented lines that continue it.
    const eq = line.indexOf('=');
    const parts = [line.slice(eq + 1).trim()];
    const indents = [];
    while (i + 1 < lines.length && lines[i + 1].startsWith(' ')) {
      i++;
      indents.push(lines[i].match(/^ */)[0]);
      parts.push(lines[i].trim());
    }
    const said = `[${pattern(parts.join('\n'))}]`.split('\n');
    out.push(`${line.slice(0, eq).trim()} = ${said[0]}`, ...said.slice(1).map((l, k) => indents[k] + l));
  }
  return out.join('\n');
}

/** The tags of the catalogs in i18n/, in the order of the language table (languages.rs). */
export function catalogs() {
  const table = readFileSync(join(ROOT, 'crates/hafen-core/src/locale/languages.rs'), 'utf8');
  const order = [...table.matchAll(/\btag: "([^"]+)"/g)].map((m) => m[1]);
  const present = readdirSync(I18N).filter((f) => f.endsWith('.ftl')).map((f) => f.slice(0, -4));
  return order.filter((t) => present.includes(t));
}

/** A message of a catalog, as its one line says it. */
function message(tag, key) {
  const line = readFileSync(join(I18N, `${tag}.ftl`), 'utf8').split('\n').find((l) => l.startsWith(`${key} =`));
  if (!line) throw new Error(`i18n/${tag}.ftl has no ${key}`);
  return line.slice(line.indexOf('=') + 1).trim();
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** index.html's loading indicator and <noscript> in every language. */
export function page(html) {
  const tags = catalogs();
  const loading = tags.map((t) => `<span lang="${t}">${escape(message(t, '-page-loading'))}</span>`).join(' · ');
  const noscript = tags.map((t) => `<p lang="${t}">${escape(message(t, '-page-noscript'))}</p>`).join('');
  const filled = html.replace(/(<div class="?loading-text"?>)[^]*?(<\/div>)/, `$1${loading}$2`).replace(/(<noscript>)[^]*?(<\/noscript>)/, `$1${noscript}$2`);
  if (!filled.includes('lang="en"') || filled === html) throw new Error('languages: index.html has no loading text or <noscript> to fill');
  return filled;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const en = readFileSync(join(I18N, 'en.ftl'), 'utf8');
  if (process.argv[2] === '--print') {
    process.stdout.write(pseudo(en));
  } else {
    const dir = process.env.TRUNK_STAGING_DIR;
    if (!dir) {
      console.error('languages: TRUNK_STAGING_DIR is not set (run by trunk build)');
      process.exit(1);
    }
    mkdirSync(join(dir, 'i18n'), { recursive: true });
    writeFileSync(join(dir, 'i18n', `${PSEUDO}.ftl`), pseudo(en));
    const html = join(dir, 'index.html');
    writeFileSync(html, page(readFileSync(html, 'utf8')));
  }
}
