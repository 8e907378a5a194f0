// Styles every journey screen shares: big touch targets with instant press feedback, the NHS
// focus ring, and reading text that grows with the large-text toggle (--text-scale on the journey).
// Each journey component also takes the per-language type (languageStyles): an endonym marked
// lang="ur" gets Nastaliq, and every line height is scaled by its script's --leading, without
// which Nastaliq's tall letters overlap the line above.
import { css } from 'lit';
import { languageStyles } from '../i18n/language-styles.ts';

export const journeyStyles = [
  languageStyles,
  css`
    :host {
      box-sizing: border-box;
      min-block-size: 0;
      min-inline-size: 0;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    h2 {
      margin: 0;
      color: var(--colour-brand);
      font-size: clamp(28px, 4.2vmin, 64px);
      line-height: calc(1.15 * var(--leading, 1));
      overflow-wrap: anywhere;
    }
    h2:focus {
      outline: none;
    }
    p {
      margin: 0;
      font-size: calc(var(--text-scale, 1) * clamp(20px, 2.6vmin, 40px));
      line-height: calc(1.35 * var(--leading, 1));
      overflow-wrap: anywhere;
    }
    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--space-3);
      min-inline-size: var(--journey-target);
      min-block-size: var(--journey-target);
      padding: var(--space-3) var(--space-5);
      border: 4px solid var(--colour-brand);
      border-radius: var(--radius);
      background: var(--colour-brand);
      color: var(--colour-on-brand);
      font: inherit;
      /* Buttons are large already; the large-text toggle grows what is read, not what is pressed. */
      font-size: clamp(22px, 3vmin, 44px);
      font-weight: var(--font-weight-bold);
      line-height: calc(1.2 * var(--leading, 1));
      text-align: center;
      overflow-wrap: anywhere;
      cursor: pointer;
      touch-action: manipulation;
      -webkit-tap-highlight-color: transparent;
      box-shadow: 0 6px 0 var(--colour-pressed);
      transition: none;
    }
    button.secondary {
      background: var(--colour-button-secondary);
      color: var(--colour-brand);
    }
    button[aria-pressed='true'] {
      background: var(--colour-brand);
      color: var(--colour-on-brand);
    }
    /* Pressed: darker and pushed down, at once, so an unsteady touch sees it landed. */
    button:active {
      background: var(--colour-pressed);
      border-color: var(--colour-pressed);
      color: var(--colour-on-brand);
      box-shadow: none;
      transform: translateY(6px);
    }
    /* The NHS focus style: yellow fill, black underline. */
    button:focus-visible {
      outline: 4px solid transparent;
      background: var(--colour-focus);
      border-color: var(--colour-focus);
      color: var(--colour-focus-text);
      box-shadow: 0 6px 0 var(--colour-focus-text);
    }
    button svg {
      flex: none;
      inline-size: 1.4em;
      block-size: 1.4em;
    }
    /* Icons that point a way turn round in right-to-left languages. */
    :host(:dir(rtl)) .directional svg {
      transform: scaleX(-1);
    }
  `,
];
