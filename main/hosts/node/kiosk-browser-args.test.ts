import { describe, expect, it } from 'vitest';
import { kioskBrowserArgs } from './kiosk-browser-args.ts';

const args = kioskBrowserArgs('http://127.0.0.1:4000/', '/tmp/profile');

describe('kioskBrowserArgs', () => {
  it('opens only the kiosk page, full screen, without browser UI, in a throwaway incognito profile', () => {
    expect(args).toEqual(expect.arrayContaining(['--app=http://127.0.0.1:4000/', '--kiosk', '--incognito', '--user-data-dir=/tmp/profile']));
  });

  it('turns off pinch zoom, swipe-back and translate, as the Electron shell does', () => {
    expect(args).toEqual(expect.arrayContaining(['--disable-pinch', '--overscroll-history-navigation=0', '--disable-translate']));
    const features = args.find((a) => a.startsWith('--disable-features='))!.split('=')[1]!.split(',');
    expect(features).toEqual(expect.arrayContaining(['Translate', 'TranslateUI', 'OverscrollHistoryNavigation']));
  });

  it('reaches for nothing on the network and asks nobody anything', () => {
    expect(args).toEqual(
      expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--deny-permission-prompts', '--password-store=basic', '--noerrdialogs']),
    );
  });

  it('names each flag once', () => {
    const names = args.map((a) => a.split('=')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('places the window over the whole screen when its size is known, as bare X needs', () => {
    expect(kioskBrowserArgs('http://127.0.0.1:4000/', '/tmp/p', { width: 1280, height: 800 })).toEqual(
      expect.arrayContaining(['--window-position=0,0', '--window-size=1280,800', '--kiosk']),
    );
    expect(args.some((a) => a.startsWith('--window-size'))).toBe(false);
  });
});
