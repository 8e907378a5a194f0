// `npm run fleet -- <command>`: what a group's IT runs to publish settings for many kiosks
// (docs/fleet.md).
//
//   keygen [--out group.key]                      a new Ed25519 key pair: the private key to the
//                                                 file (never to a kiosk), the public key printed
//   sign <settings.json> --key group.key          checks the settings as a kiosk would, then
//        [--local practice.name,links.contact]    writes the signed group document
//        [--out group-settings.json]
//   public-key --key group.key                    prints the public key again
//
// The settings file is the kiosk's own format; it may also carry "localKeys" (a list of the
// settings each kiosk may change for itself), which --local overrides.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateGroupKeyPair, rawPublicKey, signGroupDocument } from '../main/core/fleet/group-document.ts';

// `npm run` starts scripts in the project folder; paths are meant from where the command was typed.
export function runFleet(argv: readonly string[], print: (line: string) => void = console.log, cwd = process.env.INIT_CWD ?? process.cwd()): void {
  const { positionals, values: given } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { key: { type: 'string' }, out: { type: 'string' }, local: { type: 'string' } },
  });
  const at = (path: string | undefined) => (path === undefined ? undefined : resolve(cwd, path));
  const values = { key: at(given.key), out: at(given.out), local: given.local };
  const [command, rawInput] = positionals;
  const input = at(rawInput);
  if (command === 'keygen') {
    const out = values.out ?? resolve(cwd, 'group.key');
    if (existsSync(out)) throw new Error(`${out} already exists: keep it, or move it aside first (every kiosk trusts its public key)`);
    const pair = generateGroupKeyPair();
    writeFileSync(out, pair.privateKeyPem, { mode: 0o600 });
    print(`Private key written to ${out}: keep it safe and off the kiosks.`);
    print(`Public key (set once on each kiosk, settings "group.publicKey"):`);
    print(pair.publicKey);
    return;
  }
  if (command === 'public-key') {
    print(rawPublicKey(createPublicKey(createPrivateKey(readFileSync(required(values.key, '--key'), 'utf8')))));
    return;
  }
  if (command === 'sign') {
    const file = required(input, 'the settings file');
    const { localKeys: inFile, ...settings } = JSON.parse(readFileSync(file, 'utf8')) as { localKeys?: string[] } & Record<string, unknown>;
    const localKeys = values.local !== undefined ? values.local.split(',').map((k) => k.trim()).filter(Boolean) : (inFile ?? []);
    const signed = signGroupDocument({ settings, localKeys }, readFileSync(required(values.key, '--key'), 'utf8'));
    const out = values.out ?? resolve(cwd, 'group-settings.json');
    writeFileSync(out, signed);
    print(`Signed group settings written to ${out} (kiosks may change: ${localKeys.join(', ') || 'nothing'}). Put it on the web host.`);
    return;
  }
  throw new Error('Use: npm run fleet -- keygen | sign <settings.json> --key group.key [--local a.b,c.d] [--out file] | public-key --key group.key');
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new Error(`Name ${what}`);
  return value;
}

if (import.meta.main) {
  try {
    runFleet(process.argv.slice(2));
  } catch (error) {
    console.error(`fleet: ${(error as Error).message}`);
    process.exit(1);
  }
}
