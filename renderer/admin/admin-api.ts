// The admin API (docs/admin-api.md) as typed calls. Keeps the CSRF token it is given at sign-in
// and sends it with every change; turns problem details into AdminApiError so screens can show
// `detail` and map `errors[].path` back to fields.
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';

export interface AdminStatus {
  readonly pinSet: boolean;
  readonly lockedUntil: string | null;
  readonly signedIn: boolean;
  readonly surface: 'kiosk' | 'remote';
  /** Only for signed-in staff (the rest is what the sign-in screen needs). */
  readonly remote?: { readonly enabled: boolean; readonly url: string | null };
  readonly settings?: { readonly source: string; readonly problem: string | null };
  /** Set while saves cannot be stored (read-only or full disk), in words without paths. */
  readonly storage?: { readonly problem: string | null; readonly notes: readonly string[] };
  /** Set when credentials.json is damaged: sign-in is refused until it is reset. */
  readonly credentialsProblem?: string | null;
  /** The host can leave kiosk mode (the Electron shell); a browser cannot. */
  readonly canQuit?: boolean;
  /** Group settings (docs/fleet.md): state off when this kiosk has no group; problem says why it is failing. */
  readonly group?: { readonly state: 'off' | 'pending' | 'ok' | 'failing'; readonly lastSuccessAt: string | null; readonly problem: string | null } | null;
}

export interface SettingsRevision {
  readonly settings: Settings;
  readonly revision: string;
}

export interface HistoryVersion {
  readonly id: string;
  readonly savedAt: string;
  readonly revision: string;
}

export interface AuditEvent {
  readonly at: string;
  readonly action: string;
  readonly surface: string;
  readonly detail: string;
}

export interface CountsSummary {
  readonly enabled: boolean;
  /** Oldest first; each week's totals per counted event (main/common/count-events.ts). */
  readonly weeks: readonly { readonly weekStart: string; readonly totals: Readonly<Record<string, number>> }[];
}

export class AdminApiError extends Error {
  readonly status: number;
  readonly errors: readonly SettingsProblem[];
  readonly triesLeft: number | undefined;
  /** Seconds to wait, from Retry-After, while the pad is locked. */
  readonly retryAfter: number | undefined;

  constructor(status: number, detail: string, extra: { errors?: SettingsProblem[]; triesLeft?: number; retryAfter?: number } = {}) {
    super(detail);
    this.name = 'AdminApiError';
    this.status = status;
    this.errors = extra.errors ?? [];
    this.triesLeft = extra.triesLeft;
    this.retryAfter = extra.retryAfter;
  }
}

const BASE = '/api/admin';

const FALLBACK_DETAIL: Record<number, string> = {
  401: 'Please sign in again.',
  404: 'That could not be found.',
  412: 'Someone else saved changes while you were editing.',
  413: 'That is too big to save.',
  422: 'Some settings need correcting.',
  429: 'Too many wrong tries. Please wait.',
};

export class AdminApi {
  #csrfToken: string | undefined;

  get signedIn(): boolean {
    return this.#csrfToken !== undefined;
  }

  async #call<T>(method: string, path: string, options: { body?: unknown; ifMatch?: string } = {}): Promise<{ data: T; response: Response }> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      if (this.#csrfToken) headers['X-CSRF-Token'] = this.#csrfToken;
    }
    if (options.ifMatch) headers['If-Match'] = `"${options.ifMatch}"`;
    let response: Response;
    try {
      response = await fetch(`${BASE}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch {
      throw new AdminApiError(0, 'The kiosk did not answer. Check it is switched on, then try again.');
    }
    const text = await response.text();
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (a proxy's error page, say): the status alone explains it
    }
    if (!response.ok) {
      const problem = (data ?? {}) as { detail?: string; title?: string; errors?: SettingsProblem[]; triesLeft?: number };
      const retry = Number(response.headers.get('Retry-After'));
      throw new AdminApiError(response.status, problem.detail ?? FALLBACK_DETAIL[response.status] ?? problem.title ?? `The kiosk refused this (${response.status}).`, {
        errors: problem.errors,
        triesLeft: problem.triesLeft,
        retryAfter: Number.isFinite(retry) && retry > 0 ? retry : undefined,
      });
    }
    return { data: data as T, response };
  }

  async status(): Promise<AdminStatus> {
    return (await this.#call<AdminStatus>('GET', '/status')).data;
  }

  async setPin(pin: string): Promise<void> {
    this.#csrfToken = (await this.#call<{ csrfToken: string }>('POST', '/pin', { body: { pin } })).data.csrfToken;
  }

  async signIn(credential: { pin: string } | { password: string }): Promise<void> {
    this.#csrfToken = (await this.#call<{ csrfToken: string }>('POST', '/session', { body: credential })).data.csrfToken;
  }

  async signOut(): Promise<void> {
    try {
      await this.#call('DELETE', '/session');
    } finally {
      this.#csrfToken = undefined;
    }
  }

  /** Asks the host to leave kiosk mode (the Electron shell closes). */
  async leaveKioskMode(): Promise<void> {
    await this.#call('POST', '/shell/quit');
  }

  /** Any signed-in request keeps the session; this one is cheap and changes nothing. */
  async keepAlive(): Promise<void> {
    await this.#call('GET', '/settings');
  }

  async settings(): Promise<SettingsRevision> {
    return (await this.#call<SettingsRevision>('GET', '/settings')).data;
  }

  async save(settings: unknown, revision: string): Promise<SettingsRevision> {
    return (await this.#call<SettingsRevision>('PUT', '/settings', { body: settings, ifMatch: revision })).data;
  }

  /** Validates and normalises on the server; saves nothing. */
  async check(settings: unknown): Promise<Settings> {
    return (await this.#call<{ settings: Settings }>('POST', '/settings/check', { body: settings })).data.settings;
  }

  async history(): Promise<HistoryVersion[]> {
    return (await this.#call<{ versions: HistoryVersion[] }>('GET', '/history')).data.versions;
  }

  async historyVersion(id: string): Promise<SettingsRevision> {
    return (await this.#call<SettingsRevision>('GET', `/history/${encodeURIComponent(id)}`)).data;
  }

  async restore(id: string, revision: string): Promise<SettingsRevision> {
    return (await this.#call<SettingsRevision>('POST', `/history/${encodeURIComponent(id)}/restore`, { ifMatch: revision, body: {} })).data;
  }

  /** The settings file exactly as the server exports it, and the name it suggests. */
  async exportFile(): Promise<{ text: string; filename: string }> {
    const { data, response } = await this.#call<unknown>('GET', '/export');
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'kiosk-settings.json';
    return { text: `${JSON.stringify(data, null, 2)}\n`, filename };
  }

  async changePin(currentPin: string, newPin: string): Promise<void> {
    await this.#call('PUT', '/pin', { body: { currentPin, newPin } });
  }

  async setRemotePassword(pin: string, password: string): Promise<void> {
    await this.#call('PUT', '/remote-password', { body: { pin, password } });
  }

  /** Anonymous counts: the last twelve weeks (section-counts). */
  async counts(): Promise<CountsSummary> {
    return (await this.#call<CountsSummary>('GET', '/counts')).data;
  }

  async clearCounts(): Promise<void> {
    await this.#call('DELETE', '/counts');
  }

  async audit(): Promise<AuditEvent[]> {
    return (await this.#call<{ events: AuditEvent[] }>('GET', '/audit')).data.events;
  }
}
