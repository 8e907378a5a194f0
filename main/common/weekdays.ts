// The days of the week as settings name them, Monday first. Apart from the schema so that the
// page's schedule code (schedule.ts) does not pull zod into the page's initial bundle.
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
