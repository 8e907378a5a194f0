// The fuse hook against a stand-in binary: a file carrying Electron's fuse sentinel and wire,
// which @electron/fuses reads and rewrites exactly as it does a real Electron binary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const require = createRequire(import.meta.url);
const hook = require('./set-fuses.cjs') as {
  setFuses(executable: string, env: NodeJS.ProcessEnv): Promise<void>;
  packagedExecutable(context: { appOutDir: string; electronPlatformName: string; packager: { appInfo: { productFilename: string }; executableName: string } }): string;
};

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
let dir: string;
let binary: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-fuses-'));
  binary = join(dir, 'waiting-room-kiosk');
  // Electron's defaults: everything on except the privileged ones; nine fuses, wire version 1.
  const wire = Buffer.from([1, 9, ...'111100010'.split('').map((c) => c.charCodeAt(0))]);
  writeFileSync(binary, Buffer.concat([Buffer.from('\x7fELF...padding...'), Buffer.from(SENTINEL), wire, Buffer.from('...rest of binary')]));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const on = (state: FuseState | undefined) => state === FuseState.ENABLE;

describe('set-fuses (afterPack)', () => {
  it('locks down a production build', async () => {
    await hook.setFuses(binary, {});
    const wire = await getCurrentFuseWire(binary);
    expect({
      runAsNode: on(wire[FuseV1Options.RunAsNode]),
      nodeOptions: on(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]),
      inspect: on(wire[FuseV1Options.EnableNodeCliInspectArguments]),
      onlyAsar: on(wire[FuseV1Options.OnlyLoadAppFromAsar]),
      asarIntegrity: on(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]),
      fileProtocolPrivileges: on(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]),
      cookieEncryption: on(wire[FuseV1Options.EnableCookieEncryption]),
    }).toEqual({ runAsNode: false, nodeOptions: false, inspect: false, onlyAsar: true, asarIntegrity: true, fileProtocolPrivileges: false, cookieEncryption: true });
  });

  it('allows --inspect only in a test build (for Playwright), and nothing else more', async () => {
    await hook.setFuses(binary, { KIOSK_TEST_BUILD: '1' });
    const wire = await getCurrentFuseWire(binary);
    expect(on(wire[FuseV1Options.EnableNodeCliInspectArguments])).toBe(true);
    expect(on(wire[FuseV1Options.RunAsNode])).toBe(false);
    expect(on(wire[FuseV1Options.OnlyLoadAppFromAsar])).toBe(true);
  });

  it('changes only the fuse wire, not a byte of the rest of the binary', async () => {
    const before = readFileSync(binary);
    await hook.setFuses(binary, {});
    const after = readFileSync(binary);
    expect(after.length).toBe(before.length);
    const differing = [...after].map((b, i) => (b === before[i] ? -1 : i)).filter((i) => i >= 0);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(differing.every((i) => i >= wireStart && i < wireStart + 9)).toBe(true);
    expect(differing.length).toBeGreaterThan(0);
  });

  it('fails loudly on a file that is not an Electron binary', async () => {
    writeFileSync(binary, 'not electron');
    await expect(hook.setFuses(binary, {})).rejects.toThrow(/sentinel/);
  });

  it('finds the executable electron-builder produced on each platform', () => {
    const packager = { appInfo: { productFilename: 'Waiting Room Kiosk' }, executableName: 'waiting-room-kiosk' };
    expect(hook.packagedExecutable({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe(join('/out', 'waiting-room-kiosk'));
    expect(hook.packagedExecutable({ appOutDir: '/out', electronPlatformName: 'win32', packager })).toBe(join('/out', 'Waiting Room Kiosk.exe'));
    expect(hook.packagedExecutable({ appOutDir: '/out', electronPlatformName: 'darwin', packager })).toBe(join('/out', 'Waiting Room Kiosk.app'));
  });
});
