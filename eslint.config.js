// Lint, including the layering rules that keep the architecture honest (see ARCHITECTURE.md):
//   main/common  host-free: no Node built-ins, nothing else from main/
//   main/core    Node, but neither HTTP nor Electron nor any host
//   main/web     the request handler: common + core, never a host
//   main/hosts/node      may not load electron or the Electron host
//   main/hosts/electron  may load electron, but not shell, IPC or contextBridge
//   renderer/    the page: from main/ only main/common
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const electron = {
  name: 'electron',
  allowTypeImports: true,
  message: 'Only main/hosts/electron may load electron at runtime (in plain Node it tries to download a binary).',
};
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electron] }],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            pattern(['**/main/core/**', '**/main/web/**', '**/main/hosts/**'], 'The page may import only host-free code from main/common.'),
            pattern(['node:*'], 'The page runs in a browser: no Node built-ins.'),
          ],
        },
      ],
    },
  },
  {
    files: ['main/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            pattern(['../core/**', '../web/**', '../hosts/**', '**/main/core/**', '**/main/web/**', '**/main/hosts/**'], 'main/common is host-free and imports nothing else from main/.'),
            pattern(['node:*'], 'main/common also runs in the page: no Node built-ins.'),
          ],
        },
      ],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            pattern(['../web/**', '../hosts/**', '**/main/web/**', '**/main/hosts/**'], 'main/core knows neither HTTP nor any host.'),
            pattern(['hono', 'hono/*', '@hono/*', 'node:http', 'node:https', 'node:http2', 'node:net'], 'main/core knows nothing of HTTP.'),
          ],
        },
      ],
    },
  },
  {
    files: ['main/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron], patterns: [pattern(['../hosts/**', '**/main/hosts/**'], 'The web handler knows no host.')] },
      ],
    },
  },
  {
    files: ['main/hosts/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron], patterns: [pattern(['../electron/**', '**/hosts/electron/**'], 'The Node host runs without Electron.')] },
      ],
    },
  },
  {
    files: ['main/hosts/electron/**/*.ts', 'e2e/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
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
