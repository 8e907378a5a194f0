// Re-renders its host whenever the language changes or a language finishes loading, so text
// switches in place with no reload.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { i18n } from './i18n.ts';

export class I18nController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #update = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    i18n.on('languageChanged', this.#update);
    i18n.on('loaded', this.#update);
  }

  hostDisconnected(): void {
    i18n.off('languageChanged', this.#update);
    i18n.off('loaded', this.#update);
  }

  /** Text in the current language (or in `lng`), English where a translation lacks the key. */
  t(key: string, options?: Record<string, unknown> & { lng?: string }): string {
    return i18n.t(key, options ?? {});
  }
}
