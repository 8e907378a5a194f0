// The kiosk's settings: one JSON document, validated here wherever it is read or written.
// Host-free (zod only), so the page's staff screens validate with the very same rules as the
// server. Every nested object has defaults, so a hand-written file may hold only what differs;
// unknown keys are refused, so a typo is reported rather than silently ignored.
import { z } from 'zod';
import { SLIDE_IDS } from './slide-catalogue.ts';
import { LANGUAGE_CODES } from './languages.ts';
import { WEEKDAYS, type Weekday } from './weekdays.ts';
import { isHttpsUrl } from './https-url.ts';
import { textProblem } from './text-rules.ts';
import { fitsQrCode } from './qr-fit.ts';
import { FIND_A_GP, NATIONS, isOdsCode, isProfileSlug, isReviewAddress } from './nation-preset.ts';

export const SETTINGS_VERSION = 1;

const HTTPS_MESSAGE = 'This must be a web address starting with https://';

export { isHttpsUrl };

/** Every stored text: the one rule of text-rules.ts, checked before trimming so nothing slips off the ends. */
const text = () =>
  z.string().superRefine((s, ctx) => {
    const problem = textProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Text shown to patients: one line, no control characters. Lit always renders it as text. */
const line = (max: number) =>
  text()
    .trim()
    .max(max, `Keep this to ${max} characters or fewer`)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'This cannot contain line breaks or control characters');

const paragraph = (max: number) =>
  text()
    .trim()
    .max(max, `Keep this to ${max} characters or fewer`)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(s), 'This cannot contain control characters');

export const httpsUrl = text()
  .trim()
  .max(2000, 'This web address is too long')
  .refine(isHttpsUrl, HTTPS_MESSAGE)
  .refine(fitsQrCode, 'This web address is too long to fit in a QR code: use a shorter address for the same page');

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 08:30');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-12-24');

export const slideIdSchema = z.enum(SLIDE_IDS);
export const languageCodeSchema = z.enum(LANGUAGE_CODES);

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

export { WEEKDAYS, type Weekday };

const openingSpan = z.strictObject({ open: time, close: time }).refine((s) => s.open < s.close, {
  message: 'Closing time must be after opening time',
  path: ['close'],
});

export const noticeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Use lower-case letters, digits and dashes'),
  title: line(60).pipe(z.string().min(1, 'Give the notice a title')),
  body: paragraph(280),
  /** Translations of title and body, keyed by language code; English above is the fallback. */
  translations: z.partialRecord(languageCodeSchema, z.strictObject({ title: line(80), body: paragraph(400) })).default({}),
  startDate: date.optional(),
  endDate: date.optional(),
  days: z.array(z.enum(WEEKDAYS)).refine(unique, 'Each day once').optional(),
  from: time.optional(),
  until: time.optional(),
});

export type Notice = z.infer<typeof noticeSchema>;

export const settingsSchema = z.strictObject({
  /** Lets editors find docs/settings.schema.json; ignored otherwise. */
  $schema: z.string().max(500).optional(),
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  practice: z
    .strictObject({
      name: line(80).pipe(z.string().min(1, 'Enter the practice name')).default('Your GP practice'),
      nation: z.enum(NATIONS).default('england'),
    })
    .prefault({}),
  links: z
    .strictObject({
      /**
       * Where "Leave a review" sends patients: the practice's own NHS website page (England). The
       * default, Find a GP, means "not set": England shows it with a set-up warning, the other
       * nations their own route (main/common/nation-preset.ts).
       */
      review: httpsUrl
        .refine(isReviewAddress, 'On the NHS website, use your practice’s page: https://www.nhs.uk/services/gp-surgery/<name>/<ODS code>')
        .default(FIND_A_GP),
      /** England: the practice's ODS code (e.g. A81001); with reviewProfileSlug builds its NHS website page. */
      reviewOdsCode: z.string().trim().toUpperCase().refine(isOdsCode, 'An ODS code is one letter and five digits, such as A81001').optional(),
      /** The name part of the NHS website page, e.g. "threeways-surgery". */
      reviewProfileSlug: z.string().trim().toLowerCase().refine(isProfileSlug, 'Use lower-case letters, digits and dashes, as in the page’s address').optional(),
      /** The practice's complaints form. Without it the kiosk shows the other routes, never a dead code. */
      complaints: httpsUrl.optional(),
      /** Appointments, cancellations and medical questions: website, online consultation or NHS App. */
      contact: httpsUrl.optional(),
    })
    .prefault({}),
  complaintsContact: z
    .strictObject({
      phone: line(40).optional(),
      email: z.email('Enter an email address such as reception@example.nhs.uk').max(120).optional(),
      address: paragraph(200).optional(),
    })
    .prefault({}),
  /** Overrides of the nation's defaults (main/common/nation-preset.ts); leave out to use them. */
  nationDetails: z
    .strictObject({
      /** The page the complaint code opens when there is no practice form. */
      complaintGuide: httpsUrl.optional(),
      /** e.g. "NHS Kent and Medway ICB" or a Welsh health board, and how to reach it. */
      commissionerName: line(120).optional(),
      commissionerContact: line(160).optional(),
      /** Free complaints advocacy (England: the council's provider). */
      advocacyName: line(120).optional(),
      advocacyContact: line(160).optional(),
      /** Replaces the nation's sentence about its ombudsman (shown as typed, in every language). */
      ombudsmanLine: line(200).optional(),
      /** Replaces the nation's time-limit sentence (shown in English). */
      timeLimit: line(200).optional(),
      /** Urgent medical help (111; none by default in Northern Ireland) and emergencies (999). */
      urgentNumber: line(30).optional(),
      emergencyNumber: line(30).optional(),
      /** The laws named under the law slide; the practice's governance lead should sign it off. */
      lawsLine: line(300).optional(),
      /** The law slide shows in English, with its language label, until a translator checked it. */
      lawSlideInEnglishUntilChecked: z.boolean().default(true),
    })
    .prefault({}),
  display: z
    .strictObject({
      dwellSeconds: z.number().int().min(5, 'At least 5 seconds').max(120, 'At most 120 seconds').default(12),
      transitions: z.boolean().default(true),
      /** The built-in slides that show, in the order they show. */
      slides: z
        .array(slideIdSchema)
        .min(1, 'Show at least one slide')
        .refine(unique, 'Each slide once')
        .default([...SLIDE_IDS]),
    })
    .prefault({}),
  languages: z
    .strictObject({
      /** The language the display and every journey return to. */
      default: languageCodeSchema.default('en'),
      /** The languages offered, in order. */
      shown: z.array(languageCodeSchema).min(1).refine(unique, 'Each language once').default(['en']),
      /** single: one language at a time, rotating; bilingual: English beside each other; wales: Welsh first, English beside. */
      mode: z.enum(['single', 'bilingual', 'wales']).default('single'),
    })
    .prefault({}),
  journey: z
    .strictObject({
      idleSeconds: z.number().int().min(15).max(600).default(60),
      countdownSeconds: z.number().int().min(5).max(60).default(15),
    })
    .prefault({}),
  notices: z.array(noticeSchema).max(20, 'At most 20 notices').refine((n) => unique(n.map((x) => x.id)), 'Notice ids must differ').default([]),
  openingHours: z
    .strictObject({
      /** Off: the display runs all the time. */
      enabled: z.boolean().default(false),
      week: z.partialRecord(z.enum(WEEKDAYS), openingSpan).default({
        mon: { open: '08:00', close: '18:30' },
        tue: { open: '08:00', close: '18:30' },
        wed: { open: '08:00', close: '18:30' },
        thu: { open: '08:00', close: '18:30' },
        fri: { open: '08:00', close: '18:30' },
      }),
    })
    .prefault({}),
  remoteAdmin: z.strictObject({ enabled: z.boolean().default(false) }).prefault({}),
  /** Settings for a whole group of kiosks (docs/fleet.md): absent means this kiosk stands alone. */
  group: z
    .strictObject({
      /** The signed group document on any HTTPS host. */
      url: httpsUrl,
      /** The group's Ed25519 public key, as printed by `npm run fleet -- keygen`. */
      publicKey: z.string().trim().regex(/^[A-Za-z0-9+/]{43}=$/, 'Paste the 44-character public key from `npm run fleet -- keygen`'),
      checkMinutes: z.number().int().min(1).max(1440).default(15),
    })
    .optional(),
  /** Updates at night (docs/fleet.md): absent or off means this kiosk never updates itself. */
  updates: z
    .strictObject({
      enabled: z.boolean().default(false),
      /** The folder the release workflow publishes to (latest.yml and the installers). */
      url: httpsUrl.optional(),
    })
    .optional(),
  /** Anonymous daily counts of journey screens and QR codes shown, per language (README, Posters and counts). */
  counts: z.strictObject({ enabled: z.boolean().default(true) }).prefault({}),
});

/** Settings as stored and served, all defaults filled in. */
export type Settings = z.output<typeof settingsSchema>;
/** Settings as a person may write them: any default may be left out. */
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export interface SettingsProblem {
  /** Dotted path to the failing field, e.g. "display.dwellSeconds"; empty for the whole document. */
  readonly path: string;
  readonly message: string;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

/**
 * Keys that name an object's prototype are refused, not dropped: JSON.parse makes "__proto__" an
 * ordinary key, and a schema that silently loses it would save something other than was sent.
 */
function prototypeKeyProblems(value: unknown, path: string[] = []): SettingsProblem[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const here = [...path, key];
    if (key === '__proto__') return [{ path: here.join('.'), message: 'This name cannot be used as a key' }];
    return prototypeKeyProblems((value as Record<string, unknown>)[key], here);
  });
}

export function validateSettings(input: unknown): SettingsResult {
  const forbidden = prototypeKeyProblems(input);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };
  const result = settingsSchema.safeParse(input);
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.code === 'unrecognized_keys' ? `Unknown setting: ${issue.keys.join(', ')}` : issue.message,
    })),
  };
}
