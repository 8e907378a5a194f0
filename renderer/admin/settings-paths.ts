// Form <-> settings: the admin screens keep one draft settings document and edit it by dotted
// path ("links.complaints", "notices.0.title"), the same paths the schema and the server's 422
// errors use, so a problem from either lands next to the field that caused it.
import type { SettingsProblem } from '../../main/common/settings-schema.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Draft = { [key: string]: Json };

const isRecord = (value: unknown): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function getPath(document: unknown, path: string): unknown {
  let here: unknown = document;
  for (const part of path.split('.')) {
    if (Array.isArray(here)) here = here[Number(part)];
    else if (isRecord(here)) here = here[part];
    else return undefined;
  }
  return here;
}

/**
 * A copy of `document` with `value` at `path`; the original is untouched. `undefined` removes
 * the key (an optional setting left empty), so an empty field never saves as "".
 */
export function setPath<T>(document: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return document;
  const container: unknown = document ?? (/^\d+$/.test(head) ? [] : {});
  const child = rest.length === 0 ? value : setPath(getPath(container, head), rest.join('.'), value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(head)] = child;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...(container as Record<string, unknown>) };
  if (child === undefined) delete copy[head];
  else copy[head] = child;
  return copy as T;
}

/** A text field's value as a setting: trimmed-empty optional text is no setting at all. */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/** A number field's value: what the person typed, as a number when it is one (else the schema says why). */
export function numberField(value: string): number | string {
  const trimmed = value.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** The first problem exactly at `path`, for the message beside that field. */
export function problemAt(problems: readonly SettingsProblem[], path: string): string | undefined {
  return problems.find((p) => p.path === path)?.message;
}

/** Problems at or under `prefix` (a section), e.g. to mark its tab. */
export function problemsUnder(problems: readonly SettingsProblem[], prefix: string): SettingsProblem[] {
  return problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
}
