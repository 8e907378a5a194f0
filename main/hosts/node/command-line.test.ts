import { describe, expect, it } from 'vitest';
import { DEFAULT_REMOTE_PORT, parseHostArgs } from './command-line.ts';

describe('parseHostArgs', () => {
  it('puts the reception-desk listener on 8088 unless told otherwise', () => {
    expect(parseHostArgs([], {}).remotePort).toBe(DEFAULT_REMOTE_PORT);
    expect(parseHostArgs(['--remote-port', '0'], {}).remotePort).toBe(0);
    expect(parseHostArgs([], { KIOSK_REMOTE_PORT: '9000' }).remotePort).toBe(9000);
  });

  it('refuses a remote port that is not a port number, naming the flag', () => {
    for (const value of ['-1', '65536', 'eighty', '80.5']) {
      expect(() => parseHostArgs([`--remote-port=${value}`], {})).toThrow(`--remote-port must be a whole number from 0 to 65535, not "${value}"`);
    }
  });
});
