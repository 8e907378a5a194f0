// `npm run locales:status`: per language, how many strings are reviewed, draft or stale (made
// from English that has since changed). `-- --stamp <code> [key ...]` records that a language's
// keys (all, or those named) were just translated from today's English.
import { readFileSync, writeFileSync } from 'node:fs';
import { LANGUAGES } from '../main/common/languages.ts';
import { countStatuses, keyStatuses, stampHashes } from '../main/core/locale-status.ts';
import { hasLocale, localeFile } from '../locales/locale-files.ts';

const read = (code: string) => JSON.parse(readFileSync(localeFile(code), 'utf8')) as Record<string, unknown>;
const english = read('en');
const args = process.argv.slice(2);

if (args[0] === '--stamp') {
  const [, code, ...keys] = args;
  if (!code || code === 'en' || !hasLocale(code)) throw new Error(`No translation to stamp: ${code ?? '(none)'}`);
  const tree = read(code);
  const meta = (tree._meta ?? {}) as Record<string, unknown>;
  tree._meta = { ...meta, sourceHashes: stampHashes(english, tree, keys.length ? keys : undefined) };
  writeFileSync(localeFile(code), `${JSON.stringify(tree, null, 2)}\n`);
  console.log(`${code}: recorded the English source of ${keys.length || 'every'} key(s)`);
} else {
  console.log('language  file      reviewed  draft  stale  stale keys');
  for (const { code } of LANGUAGES.filter((l) => l.code !== 'en' && hasLocale(l.code))) {
    const tree = read(code);
    const statuses = keyStatuses(english, tree);
    const { reviewed, draft, stale } = countStatuses(statuses);
    const staleKeys = [...statuses].filter(([, s]) => s === 'stale').map(([k]) => k);
    const file = String((tree._meta as { status?: unknown } | undefined)?.status ?? '?');
    console.log(`${code.padEnd(9)} ${file.padEnd(9)} ${String(reviewed).padStart(8)} ${String(draft).padStart(6)} ${String(stale).padStart(6)}  ${staleKeys.slice(0, 6).join(' ')}${staleKeys.length > 6 ? ' …' : ''}`);
  }
}
