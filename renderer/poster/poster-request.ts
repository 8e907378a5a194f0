// Which poster to draw, as the page's query string: shared by the page, the staff screens'
// links and the command line (scripts/poster.ts), so all three ask for a poster the same way.
import { languageInfo } from '../../main/common/languages.ts';

export type PaperSize = 'A4' | 'A3';
export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'A3'];

export interface PosterRequest {
  readonly kind: 'poster' | 'leaflet';
  readonly lang: string;
  readonly size: PaperSize;
  /** English beside the language (ignored for English itself). */
  readonly besideEnglish: boolean;
}

/** Reads ?lang=pl&size=A3&beside=en&kind=leaflet; anything unknown falls back to a plain English A4 poster. */
export function parsePosterRequest(search: string): PosterRequest {
  const query = new URLSearchParams(search);
  const lang = languageInfo(query.get('lang') ?? '')?.code ?? 'en';
  const size = query.get('size')?.toUpperCase() === 'A3' ? 'A3' : 'A4';
  const kind = query.get('kind') === 'leaflet' ? 'leaflet' : 'poster';
  return { kind, lang, size: kind === 'leaflet' ? 'A4' : size, besideEnglish: query.get('beside') === 'en' && lang !== 'en' };
}

export function posterQuery(request: PosterRequest): string {
  const query = new URLSearchParams({ lang: request.lang, size: request.size });
  if (request.besideEnglish && request.lang !== 'en') query.set('beside', 'en');
  if (request.kind === 'leaflet') query.set('kind', 'leaflet');
  return `?${query}`;
}

