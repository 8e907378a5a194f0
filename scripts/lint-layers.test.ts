// The layer fences in eslint.config.js, proved on fixture code. Each fixture is linted as if it
// were a file at that path in the tree (lintText with a filePath), so the real config, resolver
// and files decide; nothing is written to disk.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') });
const layerRules = new Set(['import-x/no-restricted-paths', 'import-x/no-nodejs-modules', 'no-restricted-imports', 'no-restricted-syntax']);

async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  const fatal = result!.messages.filter((message) => message.fatal);
  expect(fatal, 'the fixture must parse').toEqual([]);
  return result!.messages.filter((message) => layerRules.has(message.ruleId ?? ''));
}

// [file the code pretends to live in, code, rule expected to refuse it]
const forbidden: [string, string, string][] = [
  ['main/core/kiosk/probe.ts', "export { createWebApp } from '../../web/app.ts';", 'import-x/no-restricted-paths'],
  ['main/core/kiosk/probe.ts', "export * from '../../hosts/node/http-host.ts';", 'import-x/no-restricted-paths'],
  ['main/core/kiosk/probe.ts', "export const load = () => import('../../web/app.ts');", 'import-x/no-restricted-paths'],
  ['main/core/probe.ts', "export { Hono } from 'hono';", 'import-x/no-restricted-paths'],
  ['main/core/probe.ts', "export { createServer } from 'node:http';", 'no-restricted-imports'],
  ['main/core/probe.ts', "export { app } from 'electron';", 'no-restricted-imports'],
  ['main/core/probe.ts', "export const load = () => import('node:http');", 'no-restricted-syntax'],
  ['main/web/probe.ts', "export const load = () => import('electron');", 'no-restricted-syntax'],
  ['main/web/probe.ts', "export * from '../hosts/node/remote-listener.ts';", 'import-x/no-restricted-paths'],
  ['main/hosts/node/probe.ts', "export * from '../electron/windows.ts';", 'import-x/no-restricted-paths'],
  ['main/hosts/node/probe.ts', "export { app } from 'electron';", 'no-restricted-imports'],
  ['main/hosts/electron/probe.ts', "export { shell } from 'electron';", 'no-restricted-imports'],
  ['main/common/probe.ts', "export * from '../../renderer/display/slide-rotation.ts';", 'import-x/no-restricted-paths'],
  ['main/common/probe.ts', "export * from '../core/logger.ts';", 'import-x/no-restricted-paths'],
  ['main/common/probe.ts', "export const load = () => import('../web/app.ts');", 'import-x/no-restricted-paths'],
  ['main/common/probe.ts', "export { Hono } from 'hono';", 'import-x/no-restricted-paths'],
  ['main/common/probe.ts', "export { html } from 'lit';", 'import-x/no-restricted-paths'],
  ['main/common/probe.ts', "export { join } from 'node:path';", 'import-x/no-nodejs-modules'],
  ['renderer/display/probe.ts', "export const load = () => import('../../main/core/settings-store.ts');", 'import-x/no-restricted-paths'],
  ['renderer/admin/probe.ts', "export { createWebApp } from '../../main/web/app.ts';", 'import-x/no-restricted-paths'],
  ['renderer/admin/probe.ts', "import type { WebApp } from '../../main/web/app.ts';\nexport type Probe = WebApp;", 'import-x/no-restricted-paths'],
  ['renderer/probe.ts', "export * from '../main/hosts/node/http-host.ts';", 'import-x/no-restricted-paths'],
  ['renderer/display/probe.ts', "export { readFile } from 'node:fs/promises';", 'import-x/no-nodejs-modules'],
  ['renderer/display/probe.ts', "export const load = () => import('node:fs');", 'import-x/no-nodejs-modules'],
];

const allowed: [string, string][] = [
  ['main/common/probe.ts', "export { z } from 'zod';\nexport { SLIDE_IDS } from './slide-catalogue.ts';"],
  ['main/common/probe.test.ts', "import { expect } from 'vitest';\nimport { readFileSync } from 'node:fs';\nexpect(readFileSync).toBeTypeOf('function');"],
  ['main/core/kiosk/probe.ts', "export * from '../../common/settings-schema.ts';\nexport { readFile } from 'node:fs/promises';\nimport type { App } from 'electron';\nexport type Probe = App;"],
  ['main/web/probe.ts', "export * from '../core/settings-store.ts';\nexport { Hono } from 'hono';"],
  ['main/hosts/node/probe.ts', "export * from '../../web/app.ts';\nexport { createServer } from 'node:http';"],
  ['main/hosts/electron/probe.ts', "export { app, protocol } from 'electron';\nexport * from '../node/remote-listener.ts';\nexport const load = () => import('electron');"],
  ['renderer/admin/probe.ts', "export const load = () => import('../../main/common/settings-schema.ts');\nexport { html } from 'lit';"],
  ['renderer/display/probe.ts', "import type { Settings } from '../../main/common/settings-schema.ts';\nexport type Probe = Settings;"],
];

describe('layer fences in eslint.config.js', () => {
  // Loading the config, plugins and parser is the slow part (seconds on a busy machine): once.
  beforeAll(() => eslint.lintText('', { filePath: join(root, 'main/core/probe.ts') }), 60_000);

  it.each(forbidden)('%s refuses %s', async (path, code, rule) => {
    const messages = await lint(path, code);
    expect(messages.map((message) => message.ruleId)).toContain(rule);
  });

  it.each(allowed)('%s allows %s', async (path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});
