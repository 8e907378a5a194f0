// The kiosk PIN and the remote-admin password, stored only as salted scrypt hashes in
// credentials.json, apart from settings.json so that export, import and history never carry them.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.ts';
import { passwordProblem } from '../common/text-rules.ts';

export const PIN_PATTERN = /^\d{6,12}$/;
export const PIN_RULE = 'The PIN must be 6 to 12 digits';
export { PASSWORD_RULE, PASSWORD_MIN_CHARACTERS as PASSWORD_MIN_LENGTH } from '../common/text-rules.ts';

const KEY_LENGTH = 32;
export const CREDENTIALS_PROBLEM =
  'Staff sign-in is unavailable: the kiosk’s sign-in file (credentials.json, in its data folder) is damaged or unreadable. Someone with access to the kiosk computer must move it aside, then set a new PIN on the kiosk.';
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}
// N = 2^15 (32 MiB, well under a second even on a busy kiosk PC): slow for a guesser, unnoticeable
// for a receptionist. The cost is stored with each hash, so raising it later keeps old hashes valid.
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

export interface StoredHash {
  readonly salt: string;
  readonly hash: string;
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

interface CredentialsFile {
  pin?: StoredHash;
  remotePassword?: StoredHash;
}

type Kind = keyof CredentialsFile;

function derive(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashSecret(secret: string, cost: ScryptCost = DEFAULT_COST): Promise<StoredHash> {
  const salt = randomBytes(16);
  const hash = await derive(secret, salt, cost);
  return { salt: salt.toString('base64'), hash: hash.toString('base64'), N: cost.N, r: cost.r, p: cost.p };
}

export async function verifySecret(secret: string, stored: StoredHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(secret, Buffer.from(stored.salt, 'base64'), { N: stored.N, r: stored.r, p: stored.p });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export class CredentialStore {
  readonly #file: string;
  readonly #cost: ScryptCost;
  #data: CredentialsFile;
  readonly #listeners = new Set<() => void>();
  /** Set when credentials.json is damaged: nobody can sign in, and nobody can set a new PIN. Holds the path: for the log and signed-in staff. */
  readonly problem: string | undefined;
  /** The same, without the path or the file's contents: safe for anyone at the sign-in screen. */
  get publicProblem(): string | undefined {
    return this.problem === undefined ? undefined : CREDENTIALS_PROBLEM;
  }

  private constructor(file: string, data: CredentialsFile, cost: ScryptCost, problem?: string) {
    this.#file = file;
    this.#cost = cost;
    this.#data = data;
    this.problem = problem;
  }

  /**
   * A missing file means no PIN yet (first use). A damaged one never silently unlocks, and never
   * stops the display either: sign-in is refused, saying how to reset, until someone with access
   * to the computer moves the file aside.
   */
  static async open(dir: string, cost: ScryptCost = DEFAULT_COST): Promise<CredentialStore> {
    const file = join(dir, 'credentials.json');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new CredentialStore(file, {}, cost);
      return new CredentialStore(file, {}, cost, `${file} cannot be read (${(error as Error).message})`);
    }
    try {
      const data = JSON.parse(text) as unknown;
      if (!isCredentialsFile(data)) throw new Error('it does not hold PIN and password hashes');
      return new CredentialStore(file, data, cost);
    } catch (error) {
      return new CredentialStore(file, {}, cost, `${file} is damaged (${(error as Error).message}): move it aside, then set a new PIN on the kiosk`);
    }
  }

  get hasPin(): boolean {
    return this.problem !== undefined || this.#data.pin !== undefined;
  }

  get hasRemotePassword(): boolean {
    return this.#data.remotePassword !== undefined;
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  verifyPin(pin: string): Promise<boolean> {
    return this.#verify('pin', pin);
  }

  verifyRemotePassword(password: string): Promise<boolean> {
    return this.#verify('remotePassword', password);
  }

  async setPin(pin: string): Promise<void> {
    if (!PIN_PATTERN.test(pin)) throw new RangeError(PIN_RULE);
    await this.#set('pin', pin);
  }

  async setRemotePassword(password: string): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw new RangeError(problem);
    await this.#set('remotePassword', password);
  }

  async #verify(kind: Kind, secret: string): Promise<boolean> {
    if (this.problem) return false;
    const stored = this.#data[kind];
    return stored !== undefined && (await verifySecret(secret, stored));
  }

  async #set(kind: Kind, secret: string): Promise<void> {
    if (this.problem) throw new Error(this.problem);
    const next = { ...this.#data, [kind]: await hashSecret(secret, this.#cost) };
    await writeFileAtomic(this.#file, `${JSON.stringify(next, null, 2)}\n`);
    this.#data = next;
    for (const listener of this.#listeners) listener();
  }
}

function isStoredHash(value: unknown): value is StoredHash {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.salt === 'string' && typeof v.hash === 'string' && [v.N, v.r, v.p].every((n) => typeof n === 'number' && Number.isInteger(n) && n > 0);
}

function isCredentialsFile(value: unknown): value is CredentialsFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { pin, remotePassword } = value as Record<string, unknown>;
  return (pin === undefined || isStoredHash(pin)) && (remotePassword === undefined || isStoredHash(remotePassword));
}
