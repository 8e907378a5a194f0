import { describe, expect, it } from 'vitest';
import { cursorModeFrom, isBrowserShortcut } from './kiosk-page.ts';

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

describe('isBrowserShortcut', () => {
  const key = (key: string, code: string, mods: { ctrlKey?: boolean; shiftKey?: boolean; metaKey?: boolean } = {}) =>
    isBrowserShortcut({ key, code, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

  it('refuses zoom, devtools, help, save, print, open and downloads keys', () => {
    expect(key('+', 'Equal', { ctrlKey: true, shiftKey: true })).toBe(true);
    expect(key('-', 'NumpadSubtract', { ctrlKey: true })).toBe(true);
    expect(key('F12', 'F12')).toBe(true);
    expect(key('F1', 'F1')).toBe(true);
    expect(key('I', 'KeyI', { ctrlKey: true, shiftKey: true })).toBe(true);
    for (const code of ['KeyS', 'KeyP', 'KeyO', 'KeyJ']) expect(key(code.slice(3).toLowerCase(), code, { ctrlKey: true })).toBe(true);
  });

  it('lets typing, editing and the zoom reset through', () => {
    expect(key('s', 'KeyS')).toBe(false);
    expect(key('+', 'Equal', { shiftKey: true })).toBe(false);
    expect(key('c', 'KeyC', { ctrlKey: true })).toBe(false);
    expect(key('v', 'KeyV', { ctrlKey: true })).toBe(false);
    expect(key('0', 'Digit0', { ctrlKey: true })).toBe(false);
  });
});
