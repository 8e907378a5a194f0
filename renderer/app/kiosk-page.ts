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
}
