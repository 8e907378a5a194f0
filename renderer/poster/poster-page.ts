// The printable poster (or the desk leaflet): the code of conduct in one language or beside
// English, the practice's name, and the review and complaint codes with their addresses. It is
// drawn in light DOM so the one print stylesheet (poster.css) reaches every element, and :lang()
// picks each script's bundled font. The words come from posterContent, which uses the screens'
// own content functions. When the fonts are in and the text fits one sheet, <body> gets
// data-ready, which the command line (scripts/poster.ts) waits for before printing to PDF.
import { LitElement, html, nothing, svg } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Settings } from '../../main/common/settings-schema.ts';
import { i18n, loadLanguage } from '../i18n/i18n.ts';
import { loadFontsFor } from '../i18n/font-loader.ts';
import { shortAddress } from '../journey/short-address.ts';
import { posterContent, type PosterCode, type PosterContent, type PosterLanguageText } from './poster-content.ts';
import { parsePosterRequest, type PosterRequest } from './poster-request.ts';
import { loadPosterSettings } from './poster-settings.ts';
import { fitSheet } from './fit-sheet.ts';
import { QUIET_ZONE, qrMatrixFor, qrSvgPath } from '../journey/qr-matrix.ts';

@customElement('poster-page')
export class PosterPage extends LitElement {
  @state() private content: PosterContent | undefined;
  @state() private problem = '';
  readonly #request: PosterRequest = parsePosterRequest(location.search);

  override createRenderRoot(): HTMLElement {
    return this;
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    document.documentElement.dataset.size = this.#request.size;
    try {
      const settings = await loadPosterSettings();
      await this.#prepare(settings);
    } catch (error) {
      this.problem = (error as Error).message;
      document.body.dataset.ready = 'failed';
    }
  }

  async #prepare(settings: Settings): Promise<void> {
    const { lang, besideEnglish } = this.#request;
    await Promise.all([loadLanguage(lang), loadFontsFor(lang), loadFontsFor('en')]);
    const has = (key: string, code: string) => i18n.getResource(code, 'kiosk', key) !== undefined;
    const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, { lng: lang, ...options });
    this.content = posterContent(settings, { ...this.#request, besideEnglish }, t, has);
    document.title = `${settings.practice.name}: ${this.content.primary.title}`;
    await this.updateComplete;
    const sheet = this.querySelector<HTMLElement>('.sheet');
    if (sheet) {
      // Fonts are fetched only once laid-out text asks for them, so lay out, wait for them, and
      // fit again with the real glyphs (a fallback font's metrics would fit the wrong text).
      fitSheet(sheet);
      await document.fonts.ready;
      fitSheet(sheet);
    }
    document.body.dataset.ready = 'true';
  }

  override render() {
    if (this.problem) return html`<p class="problem" role="alert">${this.problem}</p>`;
    const content = this.content;
    if (!content) return html`<p class="toolbar" role="status">Preparing the poster…</p>`;
    const { primary, beside } = content;
    const leaflet = this.#request.kind === 'leaflet';
    return html`<div class="toolbar">
        <button class="print" @click=${() => window.print()}>Print</button>
        <p>Choose paper size ${this.#request.size}, portrait, scale 100% (no "fit to page") in the print dialog. You can also save it as a PDF there.</p>
      </div>
      <article class="sheet ${leaflet ? 'leaflet' : 'poster'} ${beside ? 'paired' : ''}" aria-label=${content.practice}>
        <div class="fit">
          <header>
            <p class="practice">${content.practice}</p>
            ${leaflet ? nothing : html`<h1 class="title">${this.#both(primary, beside, (l) => l.title)}</h1>`}
          </header>
          ${leaflet ? nothing : this.#rules(content)}
          <section class="codes">
            ${primary.codes.map((code, i) => this.#code(code, primary, beside, beside?.codes[i], leaflet))}
            ${primary.codes.length ? html`<p class="scan">${this.#both(primary, beside, (l) => l.scan)}</p>` : nothing}
          </section>
          <footer class="notes">
            ${this.#notes(primary)} ${beside ? this.#notes(beside) : nothing}
          </footer>
        </div>
      </article>`;
  }

  #rules(content: PosterContent) {
    return html`<ol class="rules">
      ${content.rules.map(
        (rule) => html`<li class="rule ${rule.key}">
          <div class="words" lang=${rule.lang ?? 'en'} dir=${rule.dir ?? 'ltr'}>
            <h2>${rule.headline}</h2>
            <p>${rule.body}</p>
          </div>
          ${rule.beside
            ? html`<div class="words beside" lang=${rule.beside.lang} dir=${rule.beside.dir}>
                <h2>${rule.beside.headline}</h2>
                <p>${rule.beside.body}</p>
              </div>`
            : nothing}
        </li>`,
      )}
    </ol>`;
  }

  #code(code: PosterCode, primary: PosterLanguageText, beside: PosterLanguageText | undefined, besideCode: PosterCode | undefined, leaflet: boolean) {
    const address = shortAddress(code.url);
    return html`<div class="code ${code.id}">
      <div class="code-words">
        <div lang=${primary.lang} dir=${primary.dir}>
          <h2>${code.heading}</h2>
          ${leaflet ? code.lines.map((line) => html`<p>${line}</p>`) : nothing}
        </div>
        ${beside && besideCode
          ? html`<div lang=${beside.lang} dir=${beside.dir} class="beside">
              <h2>${besideCode.heading}</h2>
              ${leaflet ? besideCode.lines.map((line) => html`<p>${line}</p>`) : nothing}
            </div>`
          : nothing}
      </div>
      <figure>
        ${printedCode(code.url, address)}
        <figcaption dir="ltr" lang="en">${address.split(/(?<=[/?&.])/).map((part, i) => (i === 0 ? part : html`<wbr />${part}`))}</figcaption>
      </figure>
    </div>`;
  }

  #notes(text: PosterLanguageText) {
    return html`<div lang=${text.lang} dir=${text.dir}>${text.complaintNotes.map((note) => html`<p>${note}</p>`)}</div>`;
  }

  #both(primary: PosterLanguageText, beside: PosterLanguageText | undefined, pick: (l: PosterLanguageText) => string) {
    return html`<span lang=${primary.lang} dir=${primary.dir}>${pick(primary)}</span>${beside
        ? html`<span class="beside" lang=${beside.lang} dir=${beside.dir}>${pick(beside)}</span>`
        : nothing}`;
  }
}

/**
 * The code as a vector, from the same matrix as the screens' qr-code. Not that component: its
 * crisp-edge rendering snaps modules to screen pixels, which on paper makes them uneven.
 */
function printedCode(url: string, label: string) {
  const matrix = qrMatrixFor(url);
  const side = matrix.size + 2 * QUIET_ZONE;
  return html`<svg class="qr" viewBox="0 0 ${side} ${side}" role="img" aria-label=${label} data-encoded=${matrix.text}>
    ${svg`<rect width=${side} height=${side} fill="#fff"></rect><path d=${qrSvgPath(matrix)} fill="#000"></path>`}
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'poster-page': PosterPage;
  }
}
