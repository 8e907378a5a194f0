// Page-wide kiosk behaviour that the shell asks for by query parameter (no IPC): the pointer is
// hidden on touch-only hardware (`?cursor=hidden`, or automatically when no fine pointer is
// present), and a long press or right click opens no context menu.
export const CURSOR_MODES = ['auto', 'hidden', 'visible'] as const;
export type CursorMode = (typeof CURSOR_MODES)[number];

export function cursorModeFrom(search: string): CursorMode {
  const value = new URLSearchParams(search).get('cursor');
  return (CURSOR_MODES as readonly string[]).includes(value ?? '') ? (value as CursorMode) : 'auto';
}

export function applyKioskPage(doc: Document, search: string): void {
  // tokens.css reads this attribute (see --cursor-interactive).
  doc.documentElement.dataset.cursor = cursorModeFrom(search);
  doc.addEventListener('contextmenu', (event) => event.preventDefault());
  // In the Chromium fallback these keys reach the browser: zoom (the layout breaks), devtools,
  // help, save, print, open, downloads, view source. The Electron shell swallows them first.
  doc.addEventListener('keydown', (event) => {
    if (isBrowserShortcut(event)) event.preventDefault();
  });
  doc.addEventListener('wheel', (event) => event.ctrlKey && event.preventDefault(), { passive: false });
}

const CTRL_CODES = new Set(['Equal', 'Minus', 'NumpadAdd', 'NumpadSubtract', 'KeyS', 'KeyP', 'KeyO', 'KeyJ', 'KeyU', 'KeyH', 'KeyD', 'KeyG']);

export function isBrowserShortcut({ key, code, ctrlKey, metaKey, shiftKey }: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): boolean {
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(key)) return true;
  if (!ctrlKey && !metaKey) return false;
  return CTRL_CODES.has(code) || ['+', '=', '-', '_'].includes(key) || (shiftKey && ['KeyI', 'KeyJ', 'KeyC'].includes(code));
}
