// The page's entry: tokens first, then text, then the app.
import './theme/tokens.css';
import { initI18n } from './i18n/i18n.ts';
import { applyKioskPage } from './app/kiosk-page.ts';

applyKioskPage(document, location.search);

await initI18n();
await import('./app/kiosk-app.ts');
