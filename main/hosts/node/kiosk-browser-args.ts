// Command-line flags for the system Chromium in kiosk mode, as close to the Electron shell's
// lock-down as flags allow: full screen with no browser UI, nothing that phones home, no pinch
// or swipe-back, no translate bar, no prompts, a throwaway incognito profile. What flags cannot
// do (devtools, printing, downloads, other sites) needs Chromium's managed policy: see
// packaging/linux/chromium-kiosk-policy.json and docs/deployment.md.
import type { ScreenSize } from '../../core/kiosk/browser-supervision.ts';

/**
 * `screen`, when known, places the window over the whole screen explicitly: --kiosk alone is
 * full screen only where a window manager honours it (on bare X the window was 945x1060).
 */
export function kioskBrowserArgs(url: string, profileDir: string, screen?: ScreenSize): string[] {
  return [
    ...(screen ? ['--window-position=0,0', `--window-size=${screen.width},${screen.height}`] : []),
    `--app=${url}`,
    '--kiosk',
    '--incognito',
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,MediaRouter,AutofillServerCommunication',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--disable-session-crashed-bubble',
    '--hide-crash-restore-bubble',
    '--noerrdialogs',
    '--disable-infobars',
    // No keyring prompt on Linux desktops: the kiosk stores no passwords.
    '--password-store=basic',
    '--autoplay-policy=user-gesture-required',
    '--deny-permission-prompts',
    // UK formats in the staff screens' date and time pickers, whatever the machine's locale.
    '--lang=en-GB',
  ];
}
