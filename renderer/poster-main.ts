// Entry of poster.html: the printable poster and desk leaflet, served at /poster/ on the kiosk's
// own origin (for the command line) and on the reception-desk listener (to print from a browser).
import './theme/tokens.css';
import './poster/poster.css';
import { initI18n } from './i18n/i18n.ts';

await initI18n();
await import('./poster/poster-page.ts');
