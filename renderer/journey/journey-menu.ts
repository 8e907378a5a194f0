// The journey's first screen: one large button per thing a patient may want. Review shows only
// where there is a review route, Contact only when the practice has set a contact route,
// Language only when more than one is offered.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { BookOpen, ClipboardList, Languages, Phone, Star } from 'lucide-static';
import { I18nController } from '../i18n/i18n-controller.ts';
import { journeyStyles } from './journey-styles.ts';
import type { JourneyScreen } from './journey-screen.ts';
import { sendEvent } from '../app/send-event.ts';

interface MenuItem {
  readonly screen: JourneyScreen;
  readonly icon: string;
  readonly label: string;
  readonly hint?: string;
}

@customElement('journey-menu')
export class JourneyMenu extends LitElement {
  static override styles = [
    journeyStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        justify-content: center;
        gap: var(--space-5);
      }
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
        gap: var(--journey-gap);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      button {
        inline-size: 100%;
        block-size: 100%;
        min-block-size: calc(var(--journey-target) * 1.6);
        flex-direction: column;
        font-size: calc(var(--text-scale, 1) * clamp(22px, 3.4vmin, 48px));
      }
      button svg {
        inline-size: 1.6em;
        block-size: 1.6em;
      }
      .label {
        display: grid;
      }
      .hint {
        font-size: 0.7em;
        font-weight: normal;
      }
      /* Portrait: the buttons in the lower half, within reach from a wheelchair. */
      @media (orientation: portrait) {
        :host {
          justify-content: flex-end;
        }
        ul {
          grid-template-columns: minmax(0, 1fr);
        }
        button {
          min-block-size: var(--journey-target);
          flex-direction: row;
          justify-content: flex-start;
          text-align: start;
        }
      }
    `,
  ];

  /** False where the nation has no public review route and the practice set none. */
  @property({ type: Boolean }) hasReview = true;
  @property({ type: Boolean }) hasContact = false;
  @property({ type: Boolean }) hasLanguages = false;

  readonly #i18n = new I18nController(this);

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const items: MenuItem[] = [
      ...(this.hasReview ? [{ screen: 'review' as const, icon: Star, label: t('menu.review') }] : []),
      { screen: 'complaint', icon: ClipboardList, label: t('menu.complaint') },
      ...(this.hasContact ? [{ screen: 'contact' as const, icon: Phone, label: t('menu.contact'), hint: t('menu.contactHint') }] : []),
      { screen: 'rules', icon: BookOpen, label: t('menu.rules') },
      ...(this.hasLanguages ? [{ screen: 'language' as const, icon: Languages, label: t('menu.language') }] : []),
    ];
    return html`<h2 tabindex="-1">${t('menu.title')}</h2>
      <ul>
        ${items.map(
          (item) =>
            html`<li>
              <button data-screen=${item.screen} @click=${() => this.#go(item.screen)}>
                ${unsafeSVG(item.icon)}<span class="label">${item.label}${item.hint ? html` <span class="hint">${item.hint}</span>` : nothing}</span>
              </button>
            </li>`,
        )}
      </ul>`;
  }

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Puts focus back on the button that led to `screen`, when a patient comes back from it. */
  focusItem(screen: JourneyScreen): void {
    this.renderRoot.querySelector<HTMLElement>(`button[data-screen="${screen}"]`)?.focus();
  }

  #go(screen: JourneyScreen): void {
    sendEvent(this, 'journey-navigate', screen);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'journey-menu': JourneyMenu;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A menu choice: the journey screen to show. */
    'journey-navigate': CustomEvent<JourneyScreen>;
  }
}
