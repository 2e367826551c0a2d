// One page for every application of the site: the path says which one starts.
const app = window.location.pathname.startsWith('/console') ? 'console' : 'portal';
import(`/ui/${app}/main.js`);
