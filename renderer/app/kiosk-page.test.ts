import { describe, expect, it } from 'vitest';
import { cursorModeFrom } from './kiosk-page.ts';

describe('cursorModeFrom', () => {
  it('reads the cursor the shell asked for', () => {
    expect(cursorModeFrom('?cursor=hidden')).toBe('hidden');
    expect(cursorModeFrom('?lang=cy&cursor=visible')).toBe('visible');
  });

  it('is automatic when absent or unknown', () => {
    expect(cursorModeFrom('')).toBe('auto');
    expect(cursorModeFrom('?cursor=none')).toBe('auto');
    expect(cursorModeFrom('?cursor=')).toBe('auto');
  });
});
