// Lint, including the layering rules that keep the architecture honest (see ARCHITECTURE.md):
//   main/common  host-free: zod and qrcode-generator only from npm, no Node built-ins, nothing else from main/
//   main/core    Node, but neither HTTP nor Electron nor any host
//   main/web     the request handler: common + core, never a host
//   main/hosts/node      may not load electron or the Electron host
//   main/hosts/electron  may load electron, but not shell, IPC or contextBridge
//   renderer/    the page: from main/ only main/common, no Node built-ins
// The fences are import-x/no-restricted-paths zones: each import is resolved to a file before it
// is compared, so `../../web/app.ts` is caught however many `../` it takes, and dynamic import()
// is checked like a static one. scripts/lint-layers.test.ts proves each fence on fixture code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';

const electron = {
  name: 'electron',
  allowTypeImports: true,
  message: 'Only main/hosts/electron may load electron at runtime (in plain Node it tries to download a binary).',
};
const pattern = (group, message) => ({ group, message });
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
// no-restricted-imports sees only static imports; these catch import('electron') and the like.
const dynamicImport = (modules, message) => ({ selector: `ImportExpression > Literal[value=/^(${modules})$/]`, message });
const dynamicElectron = dynamicImport('electron', electron.message);

// Paths are relative to this file, so the zones hold wherever eslint is run from.
const layers = [
  zone('main/common', ['main/core', 'main/web', 'main/hosts', 'renderer'], 'main/common is host-free and imports nothing else from main/, nor the page.'),
  zone('main/core', ['main/web', 'main/hosts'], 'main/core knows neither HTTP nor any host.'),
  zone('main/core', ['node_modules/hono', 'node_modules/@hono'], 'main/core knows nothing of HTTP.'),
  zone('main/web', 'main/hosts', 'The web handler knows no host.'),
  zone('main/hosts/node', 'main/hosts/electron', 'The Node host runs without Electron.'),
  zone('renderer', 'main', 'The page may import only host-free code from main/common.', ['common']),
];
// Tests beside main/common run in Node under vitest; the code itself may take only zod and qrcode-generator (both browser-safe) from npm.
const commonPackages = zone('main/common', 'node_modules', 'main/common also runs in the page: from npm it may use zod and qrcode-generator only.', ['zod', 'qrcode-generator']);
const noRestrictedPaths = (zones) => ['error', { zones, basePath: import.meta.dirname }];

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electron] }],
      'no-restricted-syntax': ['error', dynamicElectron],
      'import-x/no-restricted-paths': noRestrictedPaths(layers),
    },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The page runs in a browser, and main/common runs in it too.
    files: ['renderer/**/*.ts', 'main/common/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    files: ['main/common/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'import-x/no-restricted-paths': noRestrictedPaths([...layers, commonPackages]) },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [pattern(['node:http', 'node:https', 'node:http2', 'node:net'], 'main/core knows nothing of HTTP.')],
        },
      ],
      'no-restricted-syntax': ['error', dynamicElectron, dynamicImport('node:(http|https|http2|net)', 'main/core knows nothing of HTTP.')],
    },
  },
  {
    files: ['main/hosts/electron/**/*.ts', 'e2e/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    // The shell gives the page no way out and no way in (docs/security-checklist.md items 15,
    // 17 and 20): no shell.openExternal, no IPC, nothing exposed through a preload.
    files: ['main/hosts/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['shell', 'ipcMain', 'contextBridge', 'ipcRenderer'],
              message: 'The kiosk has no IPC and opens nothing outside itself; see docs/security-checklist.md.',
            },
          ],
        },
      ],
    },
  },
);
