// `npm run poster` arguments, parsed and checked without side effects (poster-args.test.ts).
//   --lang <code> --size A4|A3 --out <file.pdf> [--beside-english] [--data-dir <dir>]
//   --pack --out <dir> [--size A4|A3] [--data-dir <dir>]
import { parseArgs } from 'node:util';
import { languageInfo } from '../main/common/languages.ts';
import { defaultDataDir } from '../main/core/data-dir.ts';

export type PosterArgs =
  | { readonly mode: 'one'; readonly lang: string; readonly size: 'A4' | 'A3'; readonly besideEnglish: boolean; readonly out: string; readonly dataDir: string }
  | { readonly mode: 'pack'; readonly size: 'A4' | 'A3'; readonly out: string; readonly dataDir: string };

export const USAGE = `usage: npm run poster -- --lang <code> --size A4|A3 --out <file.pdf> [--beside-english] [--data-dir <dir>]
       npm run poster -- --pack --out <folder> [--size A4|A3] [--data-dir <dir>]`;

export function parsePosterArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): PosterArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      lang: { type: 'string', default: 'en' },
      size: { type: 'string', default: 'A4' },
      out: { type: 'string' },
      'beside-english': { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: env.KIOSK_DATA_DIR },
      pack: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const size = values.size.toUpperCase();
  if (size !== 'A4' && size !== 'A3') throw new Error(`--size must be A4 or A3, not "${values.size}"`);
  if (!values.out) throw new Error(`--out is needed\n${USAGE}`);
  const dataDir = values['data-dir'] || defaultDataDir(env);
  if (values.pack) return { mode: 'pack', size, out: values.out, dataDir };
  const info = languageInfo(values.lang);
  if (!info) throw new Error(`--lang "${values.lang}" is not one of the kiosk's languages (see main/common/languages.ts)`);
  return { mode: 'one', lang: info.code, size, besideEnglish: values['beside-english'] && info.code !== 'en', out: values.out, dataDir };
}
