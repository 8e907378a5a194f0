// The translations on disk: every language the kiosk offers, its text, and the review status
// its file declares in `_meta`. Read once at start from the locales directory the host names.
// A missing or broken file is reported (logged, and listed as such) and never stops the kiosk:
// the page then shows that language's text in English, which is bundled with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../common/languages.ts';
import type { LocaleList, LocaleStatus, LocaleSummary, LocaleText } from '../common/api-contract.ts';
import type { Logger } from './logger.ts';
import { countStatuses, keyStatuses } from './locale-status.ts';

export type { LocaleStatus, LocaleSummary } from '../common/api-contract.ts';

const DECLARED: readonly LocaleStatus[] = ['source', 'draft', 'reviewed'];

export class LocaleCatalogue {
  readonly #summaries: readonly LocaleSummary[];
  readonly #texts: ReadonlyMap<string, LocaleText>;
  readonly #checked: ReadonlyMap<string, readonly string[]>;

  private constructor(summaries: LocaleSummary[], texts: Map<string, LocaleText>, checked: Map<string, string[]>) {
    this.#summaries = summaries;
    this.#texts = texts;
    this.#checked = checked;
  }

  static load(localesDir: string, log: Logger): LocaleCatalogue {
    const summaries: LocaleSummary[] = [];
    const texts = new Map<string, LocaleText>();
    const checked = new Map<string, string[]>();
    const englishRead = readLocale(join(localesDir, 'en', 'kiosk.json'));
    const englishText = 'json' in englishRead ? englishRead.json : {};
    for (const language of LANGUAGES) {
      const { code, endonym, english, dir } = language;
      const file = join(localesDir, code, 'kiosk.json');
      const read = readLocale(file);
      if ('problem' in read) {
        if (read.status === 'invalid') log.error('locale file not used', { file, problem: read.problem });
        else log.warn('no translation yet; English is shown instead', { code });
        summaries.push({ code, endonym, english, dir, status: read.status, reviewedBy: null, problem: read.problem });
        continue;
      }
      const { _meta: meta, ...text } = read.json;
      const metaObject = (meta && typeof meta === 'object' ? meta : {}) as Record<string, unknown>;
      const status = DECLARED.find((s) => s === metaObject.status);
      const reviewedBy = typeof metaObject.reviewedBy === 'string' && metaObject.reviewedBy.trim() ? metaObject.reviewedBy.trim() : null;
      if (!status) {
        const problem = `_meta.status must be one of ${DECLARED.join(', ')}`;
        log.error('locale file not used', { file, problem });
        summaries.push({ code, endonym, english, dir, status: 'invalid', reviewedBy, problem });
        continue;
      }
      texts.set(code, text);
      if (status === 'source') {
        summaries.push({ code, endonym, english, dir, status, reviewedBy });
        continue;
      }
      const statuses = keyStatuses(englishText, read.json);
      checked.set(code, [...statuses].filter(([, s]) => s === 'reviewed').map(([key]) => key));
      summaries.push({ code, endonym, english, dir, status, reviewedBy, keys: countStatuses(statuses) });
    }
    return new LocaleCatalogue(summaries, texts, checked);
  }

  /** Every language the kiosk offers, in the order of main/common/languages.ts. */
  list(): LocaleList {
    return this.#summaries;
  }

  /** A language's text without `_meta`, or undefined when it has none that can be used. */
  text(code: string): LocaleText | undefined {
    return this.#texts.get(code);
  }

  /** The keys a qualified translator checked against today's English (none if stale). */
  checkedKeys(code: string): readonly string[] {
    return this.#checked.get(code) ?? [];
  }
}

type ReadResult = { json: LocaleText } | { status: 'missing' | 'invalid'; problem: string };

function readLocale(file: string): ReadResult {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', problem: 'No translation yet' };
    return { status: 'invalid', problem: `Cannot read the file: ${(error as Error).message}` };
  }
  try {
    const json: unknown = JSON.parse(raw);
    if (!json || typeof json !== 'object' || Array.isArray(json)) return { status: 'invalid', problem: 'The file must hold one JSON object' };
    return { json: json as LocaleText };
  } catch (error) {
    return { status: 'invalid', problem: `Not valid JSON: ${(error as Error).message}` };
  }
}
