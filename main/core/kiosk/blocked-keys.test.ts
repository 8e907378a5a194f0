import { describe, expect, it } from 'vitest';
import { isBlockedKey, type KeyInput } from './blocked-keys.ts';

function press(key: string, code: string, modifiers: Partial<KeyInput> = {}): KeyInput {
  return { type: 'keyDown', key, code, control: false, meta: false, alt: false, shift: false, ...modifiers };
}
const ctrl = { control: true };
const cmd = { meta: true };

describe('isBlockedKey', () => {
  it.each([
    ['Alt+F4', press('F4', 'F4', { alt: true })],
    ['F5', press('F5', 'F5')],
    ['F11', press('F11', 'F11')],
    ['F12', press('F12', 'F12')],
    ['F1', press('F1', 'F1')],
    ['Ctrl+W', press('w', 'KeyW', ctrl)],
    ['Ctrl+Q', press('q', 'KeyQ', ctrl)],
    ['Ctrl+R', press('r', 'KeyR', ctrl)],
    ['Ctrl+Shift+R', press('R', 'KeyR', { control: true, shift: true })],
    ['Ctrl+P', press('p', 'KeyP', ctrl)],
    ['Ctrl+S', press('s', 'KeyS', ctrl)],
    ['Ctrl+O', press('o', 'KeyO', ctrl)],
    ['Ctrl+N', press('n', 'KeyN', ctrl)],
    ['Ctrl+T', press('t', 'KeyT', ctrl)],
    ['Ctrl+Shift+I', press('I', 'KeyI', { control: true, shift: true })],
    ['Ctrl+Shift+J', press('J', 'KeyJ', { control: true, shift: true })],
    ['Ctrl+Shift+C', press('C', 'KeyC', { control: true, shift: true })],
    ['Ctrl+plus', press('+', 'Equal', { control: true, shift: true })],
    ['Ctrl+=', press('=', 'Equal', ctrl)],
    ['Ctrl+minus', press('-', 'Minus', ctrl)],
    ['Ctrl+0', press('0', 'Digit0', ctrl)],
    ['Ctrl+numpad plus', press('+', 'NumpadAdd', ctrl)],
    ['Cmd+Q (macOS)', press('q', 'KeyQ', cmd)],
    ['Cmd+W (macOS)', press('w', 'KeyW', cmd)],
    ['Alt+Left (back)', press('ArrowLeft', 'ArrowLeft', { alt: true })],
    ['Alt alone (menu)', press('Alt', 'AltLeft', { alt: true })],
    ['Browser back key', press('BrowserBack', 'BrowserBack')],
    ['Browser refresh key', press('BrowserRefresh', 'BrowserRefresh')],
    ['Zoom in key', press('ZoomIn', 'ZoomIn')],
    ['Alt+Space (window menu)', press(' ', 'Space', { alt: true })],
    ['Alt+Home', press('Home', 'Home', { alt: true })],
    ['Ctrl+Tab', press('Tab', 'Tab', ctrl)],
    ['Ctrl+L', press('l', 'KeyL', ctrl)],
    ['Ctrl+A (select all)', press('a', 'KeyA', ctrl)],
    ['Ctrl+2 (tab switch)', press('2', 'Digit2', ctrl)],
    ['Ctrl+W on an AZERTY keyboard (reported by code)', press('z', 'KeyW', ctrl)],
  ])('blocks %s', (_name, input) => expect(isBlockedKey(input)).toBe(true));

  it.each([
    ['a letter', press('a', 'KeyA')],
    ['Enter', press('Enter', 'Enter')],
    ['Space', press(' ', 'Space')],
    ['Tab (moves focus, needed for keyboard users)', press('Tab', 'Tab')],
    ['Shift+Tab', press('Tab', 'Tab', { shift: true })],
    ['arrow keys', press('ArrowRight', 'ArrowRight')],
    ['Escape (closes a QR panel)', press('Escape', 'Escape')],
    ['digits (a PIN)', press('4', 'Digit4')],
    ['Backspace (correcting a PIN)', press('Backspace', 'Backspace')],
    ['Ctrl+C (copy, harmless)', press('c', 'KeyC', ctrl)],
    ['AltGr+E typing é (Ctrl+Alt on Windows)', press('é', 'KeyE', { control: true, alt: true })],
    ['Option+E on macOS', press('´', 'KeyE', { alt: true })],
    ['Shift+letter', press('A', 'KeyA', { shift: true })],
  ])('lets %s through', (_name, input) => expect(isBlockedKey(input)).toBe(false));
});
