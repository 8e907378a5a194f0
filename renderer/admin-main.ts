// The reception desk's entry (admin.html): the same admin screens as on the kiosk, after a
// password sign-in, in an ordinary browser. Text for previews comes from the same i18n set-up.
import './theme/tokens.css';
import { initI18n } from './i18n/i18n.ts';

await initI18n();
await import('./admin/admin-shell.ts');
