// Keys the kiosk swallows before the page sees them, so no keyboard left plugged in (or a
// patient's Bluetooth one) can close, reload, print, save, zoom or inspect the display. The
// application menu is removed too; this covers what Chromium still handles without it.
// Staff leave kiosk mode through the admin screen (PIN), never by a key combination.

/** The parts of Electron's `Input` (before-input-event) that decide. */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly code: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

// Function keys: F1 help, F3/F6 find and address, F5 reload, F7 caret browsing, F11 full
// screen, F12 devtools. None has a use on a touch display.
const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;

// With Ctrl (or Cmd): close, quit, reload, print, save, open, new window/tab, find, history,
// downloads, bookmarks, view source, address bar, select all, zoom.
const COMMAND_KEYS = new Set(['KeyW', 'KeyQ', 'KeyR', 'KeyP', 'KeyS', 'KeyO', 'KeyN', 'KeyT', 'KeyF', 'KeyG', 'KeyH', 'KeyJ', 'KeyD', 'KeyU', 'KeyL', 'KeyE', 'KeyK', 'KeyA', 'KeyM', 'Tab', 'PageUp', 'PageDown']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
// Browser and media keys on some keyboards navigate or zoom by themselves.
const BROWSER_KEYS = new Set(['BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserStop', 'BrowserSearch', 'BrowserHome', 'BrowserFavorites', 'ZoomIn', 'ZoomOut', 'ZoomToggle', 'Print', 'ContextMenu', 'Help', 'Close', 'Save', 'Open', 'New']);

/** True when the kiosk should swallow this key event. */
export function isBlockedKey(input: KeyInput): boolean {
  const { key, code, alt } = input;
  const command = input.control || input.meta;
  if (FUNCTION_KEY.test(key) || FUNCTION_KEY.test(code)) return true;
  if (BROWSER_KEYS.has(key) || BROWSER_KEYS.has(code)) return true;
  // Alt alone focuses a menu; Alt+arrows go back and forward; Alt+Home goes home; Alt+Space
  // opens the window menu. But AltGr (Ctrl+Alt on Windows) and macOS Option type characters
  // such as "é" into the staff screen, so a typed character passes.
  if (alt) return !isTypedCharacter(key);
  if (command) {
    if (COMMAND_KEYS.has(code)) return true;
    if (ZOOM_CODES.has(code) || ZOOM_KEYS.has(key)) return true;
    // Ctrl+Shift+I/J/C open devtools; Ctrl+1..9 switch tabs.
    if (/^Digit[1-9]$/.test(code)) return true;
    if (input.shift && ['KeyI', 'KeyJ', 'KeyC', 'Delete', 'KeyB'].includes(code)) return true;
  }
  return false;
}

function isTypedCharacter(key: string): boolean {
  return [...key].length === 1 && key.trim() !== '';
}
