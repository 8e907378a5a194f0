// Command-line flags for the system Chromium in kiosk mode: full screen, no browser UI, nothing
// that phones home, no way to wander off with a keyboard shortcut or a pinch.
export function kioskBrowserArgs(url: string, profileDir: string): string[] {
  return [
    `--app=${url}`,
    '--kiosk',
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,MediaRouter',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--disable-session-crashed-bubble',
    '--noerrdialogs',
    '--disable-infobars',
    '--autoplay-policy=user-gesture-required',
    '--deny-permission-prompts',
  ];
}
