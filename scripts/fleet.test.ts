// The group IT's commands, on real files: a key pair, a signed document a kiosk accepts, and
// refusals for what a kiosk would refuse.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFleet } from './fleet.ts';
import { readGroupDocument } from '../main/core/fleet/group-document.ts';

let dir: string;
let printed: string[];
const run = (...argv: string[]) => runFleet(argv, (line) => printed.push(line), dir);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-fleet-'));
  printed = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('npm run fleet', () => {
  it('makes a key pair and signs a settings file that a kiosk with the public key accepts', async () => {
    run('keygen');
    const publicKey = printed.at(-1)!;
    expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect((await stat(join(dir, 'group.key'))).mode & 0o077).toBe(0);
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ practice: { name: 'Northgate PCN' }, localKeys: ['links.contact'] }));
    run('sign', 'settings.json', '--key', 'group.key', '--local', 'practice.name, links.contact');
    const read = readGroupDocument(await readFile(join(dir, 'group-settings.json'), 'utf8'), publicKey);
    expect(read.ok && read.document.settings.practice.name).toBe('Northgate PCN');
    expect(read.ok && read.document.localKeys).toEqual(['practice.name', 'links.contact']);
    printed = [];
    run('public-key', '--key', 'group.key');
    expect(printed).toEqual([publicKey]);
  });

  it('never overwrites a key, and refuses settings or local keys a kiosk would refuse', async () => {
    run('keygen');
    expect(() => run('keygen')).toThrow(/already exists/);
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ display: { dwellSeconds: 1 } }));
    expect(() => run('sign', 'bad.json', '--key', 'group.key')).toThrow(/display.dwellSeconds/);
    await writeFile(join(dir, 'good.json'), JSON.stringify({}));
    expect(() => run('sign', 'good.json', '--key', 'group.key', '--local', 'group.url')).toThrow(/group.url/);
    expect(() => run('sign', 'good.json', '--key', 'group.key', '--local', 'practice.nmae')).toThrow(/practice.nmae/);
  });
});
