// Translations for the page and for reception: the list of languages with each one's review
// status, and each language's text (fetched by the page the first time that language is shown).
import { Hono } from 'hono';
import type { LocaleList, LocaleText } from '../common/api-contract.ts';
import type { LocaleCatalogue } from '../core/locale-catalogue.ts';

export function localeRoutes(catalogue: LocaleCatalogue): Hono {
  const routes = new Hono();

  routes.get('/locales', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(catalogue.list() satisfies LocaleList);
  });

  routes.get('/locales/:code', (c) => {
    // Codes come from main/common/languages.ts; anything else, path tricks included, is not found.
    const text = catalogue.text(c.req.param('code'));
    if (!text) return c.json({ type: 'about:blank', title: 'No such translation', status: 404 }, 404, { 'Content-Type': 'application/problem+json' });
    c.header('Cache-Control', 'no-cache');
    // `_checked`: keys a translator checked against today's English, so the page can hold back
    // what must not show as a draft (the law slide). Never a key the page looks up as text.
    const checked = catalogue.checkedKeys(c.req.param('code'));
    return c.json((checked.length ? { ...text, _checked: checked } : text) satisfies LocaleText);
  });

  return routes;
}
