// The page's entry: tokens first, then the app. The app sets up its text itself, in parallel
// with fetching the settings, so that nothing waits on anything it does not need.
import './theme/tokens.css';
import { applyKioskPage } from './app/kiosk-page.ts';
import './app/kiosk-app.ts';

applyKioskPage(document, location.search);
