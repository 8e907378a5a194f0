// Per-language type for any component that puts a `lang` on its elements (or sits under one):
// the script's bundled font, Nastaliq's taller lines, and icons that point a way mirrored in
// right-to-left text. Styles do not cross shadow roots, so each such component adopts these;
// font-family then inherits into its children's shadow trees. Values are tokens (tokens.css).
import { css } from 'lit';

export const languageStyles = css`
  [lang] {
    font-family: var(--font-family);
    --leading: 1;
  }
  :lang(ar),
  :lang(fa) {
    font-family: var(--font-family-arabic);
    --leading: var(--leading-arabic);
  }
  :lang(ur) {
    font-family: var(--font-family-urdu);
    --leading: var(--leading-nastaliq);
  }
  :lang(pa),
  :lang(bn),
  :lang(gu),
  :lang(ta) {
    --leading: var(--leading-indic);
  }
  :lang(pa) {
    font-family: var(--font-family-gurmukhi);
  }
  :lang(bn) {
    font-family: var(--font-family-bengali);
  }
  :lang(gu) {
    font-family: var(--font-family-gujarati);
  }
  :lang(ta) {
    font-family: var(--font-family-tamil);
  }
  :lang(zh-Hans) {
    font-family: var(--font-family-sc);
  }
  :lang(zh-Hant) {
    font-family: var(--font-family-tc);
  }
  /* Arrows and other icons that point "forward" or "back" flip with the reading direction. */
  :dir(rtl) .mirror-in-rtl {
    transform: scaleX(-1);
  }
`;
