// Swallows the keys that would close, reload, zoom or inspect the kiosk (see blocked-keys.ts).
import type { WebContents } from 'electron';
import { isBlockedKey } from '../../core/kiosk/blocked-keys.ts';

export function blockKioskKeys(contents: WebContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedKey(input)) event.preventDefault();
  });
}
