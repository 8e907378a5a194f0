import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRotatingFileLogger } from './rotating-file-logger.ts';
import type { Logger } from './logger.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kiosk-log-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('createRotatingFileLogger', () => {
  it('appends timestamped lines with level and details', () => {
    const log = createRotatingFileLogger({ dir });
    log.info('started', { version: '1.0.0' });
    log.error('renderer gone', { reason: 'crashed' });
    const lines = read('kiosk.log').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z info started \{"version":"1.0.0"\}$/);
    expect(lines[1]).toMatch(/ error renderer gone \{"reason":"crashed"\}$/);
  });

  it('creates the folder when it is missing', () => {
    const nested = join(dir, 'logs', 'deeper');
    createRotatingFileLogger({ dir: nested }).warn('hello');
    expect(readFileSync(join(nested, 'kiosk.log'), 'utf8')).toMatch(/warn hello/);
  });

  it('rotates before a file passes maxBytes and keeps only `keep` old files', () => {
    const log = createRotatingFileLogger({ dir, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i++) log.info(`line ${String(i).padStart(2, '0')} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']);
    for (const name of ['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']) expect(Buffer.byteLength(read(name))).toBeLessThanOrEqual(200);
    // Newest in kiosk.log, the next older in .1: nothing reordered.
    expect(read('kiosk.log')).toMatch(/line 39/);
    const last1 = Number(/line (\d+)/.exec(read('kiosk.log.1').trimEnd().split('\n').at(-1)!)![1]);
    const first0 = Number(/line (\d+)/.exec(read('kiosk.log'))![1]);
    expect(last1 + 1).toBe(first0);
  });

  it('continues an existing file after a restart, counting its size', () => {
    writeFileSync(join(dir, 'kiosk.log'), 'x'.repeat(190) + '\n');
    createRotatingFileLogger({ dir, maxBytes: 200, keep: 1 }).info('after restart');
    expect(read('kiosk.log.1')).toHaveLength(191);
    expect(read('kiosk.log')).toMatch(/after restart/);
  });

  it('writes a single line longer than maxBytes rather than losing it', () => {
    const log = createRotatingFileLogger({ dir, maxBytes: 10, keep: 1 });
    log.info('a long line that does not fit');
    expect(read('kiosk.log')).toMatch(/a long line/);
  });

  it('echoes lines to another logger when asked', () => {
    const seen: string[] = [];
    const echo: Logger = { info: (m) => seen.push(`i ${m}`), warn: (m) => seen.push(`w ${m}`), error: (m) => seen.push(`e ${m}`) };
    const log = createRotatingFileLogger({ dir, echo });
    log.info('one');
    log.error('two');
    expect(seen).toEqual(['i one', 'e two']);
  });

  it('does not throw when the log cannot be written', () => {
    const log = createRotatingFileLogger({ dir });
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, 'now a file, not a folder');
    const complaint = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => log.info('still running')).not.toThrow();
    expect(complaint).toHaveBeenCalledWith(expect.stringMatching(/^cannot write the log /));
    complaint.mockRestore();
  });

  it('rejects nonsense limits', () => {
    expect(() => createRotatingFileLogger({ dir, maxBytes: 0 })).toThrow(/maxBytes/);
  });
});
