// Reading locale files for tests and tools: one `kiosk.json` per language under locales/<code>/.
// The page never imports this (it fetches text from the kiosk's own API).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LOCALES_DIR = fileURLToPath(new URL('./', import.meta.url));

export type LocaleTree = { [key: string]: string | null | LocaleTree };

export function localeFile(code: string): string {
  return `${LOCALES_DIR}${code}/kiosk.json`;
}

export function hasLocale(code: string): boolean {
  return existsSync(localeFile(code));
}

export function readLocale(code: string): LocaleTree {
  return JSON.parse(readFileSync(localeFile(code), 'utf8')) as LocaleTree;
}

/** Every patient-facing string by dotted key; `_meta` (about the file, not shown) is left out. */
export function flattenLocale(tree: LocaleTree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    if (prefix === '' && key === '_meta') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flattenLocale(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/** The `{{name}}` placeholders in a string, sorted, each once. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!))].sort();
}
