// The session and every web contents refuse what a kiosk page never needs: permissions,
// devices, downloads, navigation away, new windows, <webview> (checklist 5, 11-15, 20).
import type { Session, WebContents } from 'electron';
import { isAppUrl } from '../../core/kiosk/navigation-policy.ts';
import type { Logger } from '../../core/logger.ts';

export function lockDownSession(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission request refused', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('will-download', (event, item) => {
    log.warn('download cancelled', { url: item.getURL() });
    event.preventDefault();
  });
  session.setSpellCheckerEnabled(false);
}

export function lockDownWebContents(contents: WebContents, log: Logger, allowDevTools: boolean): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }, what: string) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log.warn(`${what} refused`, { url: event.url });
  };
  contents.on('will-navigate', (event) => refuseForeign(event, 'navigation'));
  contents.on('will-frame-navigate', (event) => refuseForeign(event, 'frame navigation'));
  contents.on('will-redirect', (event) => refuseForeign(event, 'redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('new window refused', { url });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    log.warn('webview refused');
    event.preventDefault();
  });
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  if (!allowDevTools) contents.on('devtools-opened', () => contents.closeDevTools());
}
