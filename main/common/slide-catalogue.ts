// The built-in slides: the practice's code of conduct (shared/seed/social-media-guidance.txt),
// one slide for its opening, one for each of its eight rules and one for feedback and complaints.
// The words live in locales/<code>/kiosk.json under slides.<id>; this list fixes ids and the
// default order, and is host-free so the page and the settings schema can share it.

export const SLIDE_IDS = [
  'intro',
  'devices',
  'confidentiality',
  'contact-routes',
  'photos',
  'reviews',
  'naming-staff',
  'harmful-posts',
  'abuse-law',
  'complaints',
] as const;

export type SlideId = (typeof SLIDE_IDS)[number];
