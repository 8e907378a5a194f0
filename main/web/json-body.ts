// Reads a request body as JSON, strictly: the right content type, at most MAX_BODY_BYTES,
// valid UTF-8, valid JSON. Anything else is answered with a problem and has no effect.
import { bodyLimit } from 'hono/body-limit';
import type { Context } from 'hono';
import { problem } from './problem.ts';

export const MAX_BODY_BYTES = 64 * 1024;
/**
 * A settings document the schema allows can be far larger than 64 KB (20 notices, each translated
 * into every language at full length, is about 625 KB in UTF-8), and staff must be able to save
 * anything the schema accepts; so settings bodies may be up to 1 MB.
 */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

const limit = (maxSize: number, words: string) =>
  bodyLimit({ maxSize, onError: () => problem(413, 'Too large', `The request body is larger than ${words}`) });

export const limitBody = limit(MAX_BODY_BYTES, '64 KB');
export const limitSettingsBody = limit(MAX_SETTINGS_BYTES, '1 MB');

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

export async function readJsonBody(c: Context): Promise<JsonBody> {
  const type = c.req.header('Content-Type') ?? '';
  if (!JSON_TYPE.test(type.trim())) {
    return { ok: false, response: problem(415, 'Unsupported media type', `Send JSON with Content-Type: application/json (not "${type || 'none'}")`) };
  }
  const bytes = await c.req.arrayBuffer();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: problem(400, 'Bad request', 'The request body is not valid UTF-8 text') };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, response: problem(400, 'Bad request', `The request body is not valid JSON: ${(error as Error).message}`) };
  }
}

/** The field as a string, or undefined when it is missing or not a string. */
export function stringField(value: unknown, name: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === 'string' ? field : undefined;
}
