// The signed group settings document: what a group's IT publishes on any HTTPS host and every
// kiosk of the group fetches. The signed bytes travel as a string inside a small JSON envelope,
// so no canonical JSON is needed: the kiosk verifies exactly the text that was signed.
//
//   { "format": "waiting-room-kiosk-group/1", "document": "<JSON text>", "signature": "<base64>" }
//
// The document text is { "issuedAt", "settings" (the kiosk's own schema), "localKeys" (the
// settings each kiosk may change for itself, as dotted paths) }.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../common/settings-schema.ts';
import { readSettingsDocument } from '../settings-migration.ts';

export const GROUP_FORMAT = 'waiting-room-kiosk-group/1';
/** Larger than any real settings document, small enough that a wrong URL cannot fill memory. */
export const MAX_GROUP_DOCUMENT_BYTES = 1024 * 1024;
/** A kiosk's link to its group is its own: a group document can neither move nor re-key it. */
const KIOSK_ONLY_KEYS = new Set(['group', '$schema', 'version']);

export interface GroupDocument {
  readonly issuedAt: string;
  readonly settings: Settings;
  readonly localKeys: readonly string[];
}

export type GroupReadResult = { ok: true; document: GroupDocument } | { ok: false; problem: string };

const envelopeSchema = z.strictObject({ format: z.literal(GROUP_FORMAT), document: z.string(), signature: z.string() });
const innerSchema = z.strictObject({ issuedAt: z.string(), settings: z.unknown(), localKeys: z.array(z.string()).default([]) });

export interface GroupKeyPair {
  /** 44 characters of base64: the raw Ed25519 key, pasted into each kiosk's settings. */
  readonly publicKey: string;
  /** PKCS#8 PEM: stays with the group's IT, never on a kiosk. */
  readonly privateKeyPem: string;
}

export function generateGroupKeyPair(): GroupKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: rawPublicKey(publicKey), privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

export function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url').toString('base64');
}

export function publicKeyFromRaw(raw: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw, 'base64').toString('base64url') }, format: 'jwk' });
}

/** Checks the settings and local keys, then signs: a group never publishes what kiosks would refuse. */
export function signGroupDocument(input: { settings: unknown; localKeys?: readonly string[] }, privateKeyPem: string, issuedAt = new Date()): string {
  const inner = { issuedAt: issuedAt.toISOString(), settings: input.settings, localKeys: [...(input.localKeys ?? [])] };
  const checked = readInner(inner);
  if (!checked.ok) throw new Error(checked.problem);
  const document = JSON.stringify(inner, null, 2);
  const key = createPrivateKey(privateKeyPem);
  const signature = sign(null, Buffer.from(document, 'utf8'), key).toString('base64');
  return `${JSON.stringify({ format: GROUP_FORMAT, document, signature }, null, 2)}\n`;
}

/** Verifies the signature first, and only then reads what was signed. */
export function readGroupDocument(text: string, publicKey: string): GroupReadResult {
  let envelope: z.infer<typeof envelopeSchema>;
  try {
    const parsed = envelopeSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return { ok: false, problem: `the group file is not a signed group document (${GROUP_FORMAT})` };
    envelope = parsed.data;
  } catch {
    return { ok: false, problem: 'the group file is not valid JSON' };
  }
  let good: boolean;
  try {
    good = verify(null, Buffer.from(envelope.document, 'utf8'), publicKeyFromRaw(publicKey), Buffer.from(envelope.signature, 'base64'));
  } catch {
    good = false;
  }
  if (!good) return { ok: false, problem: 'the group file’s signature does not match this kiosk’s group public key' };
  try {
    return readInner(JSON.parse(envelope.document));
  } catch {
    return { ok: false, problem: 'the signed group document is not valid JSON' };
  }
}

function readInner(input: unknown): GroupReadResult {
  const inner = innerSchema.safeParse(input);
  if (!inner.success) return { ok: false, problem: 'the signed group document lacks issuedAt, settings or localKeys' };
  const settings = readSettingsDocument(inner.data.settings);
  if (!settings.ok) return { ok: false, problem: `the group settings are not valid: ${settings.problems.map((p) => `${p.path || 'settings'}: ${p.message}`).join('; ')}` };
  const unknownKeys = inner.data.localKeys.filter((key) => !isSettingPath(key));
  if (unknownKeys.length > 0) return { ok: false, problem: `localKeys names settings that do not exist: ${unknownKeys.join(', ')}` };
  return { ok: true, document: { issuedAt: inner.data.issuedAt, settings: settings.settings, localKeys: inner.data.localKeys } };
}

/** "practice" or "practice.name": a section, or a field of one, that a kiosk may keep for itself. */
export function isSettingPath(path: string): boolean {
  const [section, field, ...rest] = path.split('.');
  if (rest.length > 0 || !section || KIOSK_ONLY_KEYS.has(section)) return false;
  const sectionSchema = (settingsSchema.shape as Record<string, z.ZodType>)[section];
  if (!sectionSchema) return false;
  if (field === undefined) return true;
  const shape = objectShape(sectionSchema);
  return shape !== undefined && Object.hasOwn(shape, field);
}

/** The fields of a section, through the default/prefault/optional wrappers zod puts round it. */
function objectShape(schema: z.ZodType): Record<string, unknown> | undefined {
  let current: unknown = schema;
  for (let depth = 0; depth < 5 && current; depth++) {
    const candidate = current as { shape?: Record<string, unknown>; _zod?: { def?: { innerType?: unknown } } };
    if (candidate.shape) return candidate.shape;
    current = candidate._zod?.def?.innerType;
  }
  return undefined;
}
