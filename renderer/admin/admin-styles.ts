// The staff screens' shared look: NHS blue header, white cards on pale grey, big labels and
// targets of at least 48px (64px on the kiosk). Tokens come from theme/tokens.css.
import { css } from 'lit';

export const adminBase = css`
  :host {
    font-family: var(--font-family);
    color: var(--colour-text);
    line-height: var(--line-height);
    font-size: 20px;
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3 {
    margin: 0 0 var(--space-3);
    line-height: 1.2;
  }
  h2 {
    font-size: 32px;
  }
  h3 {
    font-size: 24px;
  }
  p {
    margin: 0 0 var(--space-3);
  }
  button {
    font: inherit;
    font-weight: var(--font-weight-bold);
    min-block-size: 56px;
    min-inline-size: 56px;
    padding: var(--space-2) var(--space-4);
    border-radius: var(--radius);
    border: 3px solid var(--colour-brand);
    background: var(--colour-page);
    color: var(--colour-brand);
    cursor: pointer;
    touch-action: manipulation;
  }
  button.primary {
    background: var(--colour-brand);
    color: var(--colour-on-brand);
  }
  button.danger {
    border-color: var(--nhs-red);
    color: var(--nhs-red);
  }
  button:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 4px solid var(--colour-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 8px var(--colour-focus-text);
  }
  .card {
    background: var(--colour-page);
    border-radius: var(--radius);
    padding: var(--space-4);
    margin-block-end: var(--space-4);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-3);
    align-items: center;
  }
  .error {
    color: var(--nhs-red);
    font-weight: var(--font-weight-bold);
  }
  .hint {
    color: var(--colour-text-secondary);
  }
  [role='status'],
  [role='alert'] {
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
