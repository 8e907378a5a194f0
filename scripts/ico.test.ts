import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { encodeIco } from './ico.ts';

function png(size: number): Buffer {
  const image = new PNG({ width: size, height: size });
  image.data.fill(0x80);
  return PNG.sync.write(image);
}

/** Reads an .ico back: the directory entries and the images they point at. */
function decodeIco(ico: Buffer) {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const width = ico.readUInt8(at) || 256;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return { width, bits: ico.readUInt16LE(at + 6), image: PNG.sync.read(ico.subarray(offset, offset + length)) };
  });
}

describe('encodeIco', () => {
  it('holds each PNG whole, findable from its directory entry, with 256 written as 0', () => {
    const entries = decodeIco(encodeIco([256, 48, 16].map((size) => ({ size, png: png(size) }))));
    expect(entries.map((e) => [e.width, e.bits, e.image.width, e.image.height])).toEqual([
      [256, 32, 256, 256],
      [48, 32, 48, 48],
      [16, 32, 16, 16],
    ]);
  });

  it('refuses what Windows could not read', () => {
    expect(() => encodeIco([])).toThrow(/at least one/);
    expect(() => encodeIco([{ size: 512, png: png(4) }])).toThrow(/1 to 256/);
    expect(() => encodeIco([{ size: 16, png: Buffer.from('GIF89a') }])).toThrow(/not a PNG/);
  });

  it('matches the committed icon.ico, which holds the 256px app icon', () => {
    const entries = decodeIco(readFileSync('build/icons/icon.ico'));
    expect(entries[0]).toMatchObject({ width: 256, image: { width: 256, height: 256 } });
    const committed = PNG.sync.read(readFileSync('build/icons/256x256.png'));
    expect(entries[0]!.image.data.equals(committed.data)).toBe(true);
  });
});
