// A list of what would change, shown before a restore or an import is applied.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { adminBase } from './admin-styles.ts';
import { describePath, describeValue, type SettingsChange } from './settings-diff.ts';

@customElement('settings-changes')
export class SettingsChanges extends LitElement {
  static override styles = [
    adminBase,
    css`
      ul {
        margin: 0 0 var(--space-3);
        padding-inline-start: var(--space-4);
      }
      li {
        margin-block-end: var(--space-2);
        overflow-wrap: anywhere;
      }
      .path {
        font-weight: var(--font-weight-bold);
      }
      del {
        color: var(--colour-text-secondary);
      }
    `,
  ];

  @property({ attribute: false }) changes: readonly SettingsChange[] = [];

  override render() {
    return html`<ul>
      ${this.changes.map(
        (c) =>
          html`<li>
            <span class="path">${describePath(c.path)}</span>:
            ${c.kind === 'added' ? html`<ins>${describeValue(c.after)}</ins>` : c.kind === 'removed' ? html`<del>${describeValue(c.before)}</del>` : html`<del>${describeValue(c.before)}</del> → <ins>${describeValue(c.after)}</ins>`}
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-changes': SettingsChanges;
  }
}
