// Start on boot on Windows: the installed app registers itself to open at login. Linux uses the
// shipped systemd user unit or XDG autostart file instead (packaging/linux/).
import { app } from 'electron';
import { loginItemArgs } from '../../core/kiosk/login-item.ts';
import type { Logger } from '../../core/logger.ts';

export function registerLoginItem(log: Logger): void {
  const args = loginItemArgs({ platform: process.platform, isPackaged: app.isPackaged, argv: process.argv, env: process.env });
  if (!args) return;
  app.setLoginItemSettings({ openAtLogin: true, path: process.execPath, args });
  log.info('registered to start at login', { args });
}
