// Where settings live when no --data-dir is given: the user's own config directory, as each
// platform expects it.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'waiting-room-kiosk';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_DIR_NAME);
}
