// Swallows the keys that would close, reload, zoom or inspect the kiosk (see blocked-keys.ts).
// With --dev (never when packaged) F12 opens devtools, since the menu that would is gone.
import type { WebContents } from 'electron';
import { isBlockedKey } from '../../core/kiosk/blocked-keys.ts';

export function blockKioskKeys(contents: WebContents, allowDevTools: boolean): void {
  contents.on('before-input-event', (event, input) => {
    if (allowDevTools && input.type === 'keyDown' && input.key === 'F12') {
      event.preventDefault();
      contents.toggleDevTools();
      return;
    }
    if (isBlockedKey(input)) event.preventDefault();
  });
}
