// electron-builder run for real on electron-builder.yml, offline, with a stand-in Electron (a
// file carrying the fuse sentinel) as electronDist: checks what goes into the app, that the
// afterPack hook sets the production fuses, and that the Linux start-on-boot files ship.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { electronBuilderArgs } from './package-args.ts';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(path: string): string[]; extractFile(path: string, file: string): Buffer };

let work: string;
let unpacked: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kiosk-package-'));
  const electronDist = join(work, 'electron-dist');
  mkdirSync(join(electronDist, 'resources'), { recursive: true });
  const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  writeFileSync(join(electronDist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n#'), sentinel, Buffer.from([1, 9]), Buffer.from('111100010')]));
  chmodSync(join(electronDist, 'electron'), 0o755);
  writeFileSync(join(electronDist, 'LICENSE'), 'stand-in');

  execFileSync(process.execPath, ['scripts/build-if-needed.ts'], { stdio: 'inherit' });
  const args = electronBuilderArgs(['--linux', 'dir', '--x64', `--config.directories.output=${join(work, 'release')}`], { KIOSK_ELECTRON_DIST: electronDist });
  execFileSync(process.execPath, [require.resolve('electron-builder/cli.js'), ...args], { stdio: 'pipe', env: { ...process.env, KIOSK_TEST_BUILD: '' } });
  unpacked = join(work, 'release', 'linux-unpacked');
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run package (Linux, unpacked, stand-in Electron)', () => {
  it('packs only the app bundle, the built page and the locales into app.asar', () => {
    const files = asar.listPackage(join(unpacked, 'resources', 'app.asar'));
    expect(files).toEqual(expect.arrayContaining(['/dist/main/main.cjs', '/dist/renderer/index.html', '/locales/en/kiosk.json', '/package.json']));
    expect(files.some((f) => f.includes('node_modules'))).toBe(false);
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
    expect(files.some((f) => f.startsWith('/main/') || f.endsWith('.ts'))).toBe(false);
  });

  it('starts Electron on the bundle, which needs nothing but electron and Node itself', () => {
    const app = join(unpacked, 'resources', 'app.asar');
    expect(JSON.parse(asar.extractFile(app, 'package.json').toString()).main).toBe('dist/main/main.cjs');
    const bundle = asar.extractFile(app, 'dist/main/main.cjs').toString();
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    expect([...required].filter((name) => name !== 'electron' && !name.startsWith('node:'))).toEqual([]);
  });

  it('sets the production fuses on the packaged executable', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'waiting-room-kiosk'));
    const on = (fuse: FuseV1Options) => wire[fuse] === FuseState.ENABLE;
    expect(on(FuseV1Options.RunAsNode)).toBe(false);
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(false);
  });

  it('ships the Linux start-on-boot files beside the app', () => {
    for (const file of ['waiting-room-kiosk.service', 'waiting-room-kiosk-autostart.desktop', 'chromium-kiosk-policy.json']) {
      expect(existsSync(join(unpacked, 'resources', 'linux', file))).toBe(true);
    }
  });
});
