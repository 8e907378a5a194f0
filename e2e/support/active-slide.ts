// Whether a slide is on screen, as a script for webContents.executeJavaScript (the Electron
// crash test, where there is no Playwright page to ask after the renderer is replaced). Slides
// live inside kiosk-app's and slide-show's shadow roots, which document.querySelector cannot
// see, so this walks into every open shadow root, as Playwright's own locators do.
function activeSlideShown(): boolean {
  const find = (root: Document | ShadowRoot): Element | null => {
    const hit = root.querySelector('kiosk-slide[active]');
    if (hit) return hit;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  return find(document)?.checkVisibility() ?? false;
}

export const ACTIVE_SLIDE_SHOWN = `(${activeSlideShown})()`;
