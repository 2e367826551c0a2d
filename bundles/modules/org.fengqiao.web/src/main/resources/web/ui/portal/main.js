import { start } from '../core/shell.js';

start('portal', [
  { route: '', load: () => import('./home.js'), menu: { label: 'nav.home', order: 0 } },
  { route: 'board/:id', load: () => import('./board.js') },
  { route: 'board/:id/post', load: () => import('./post.js') },
  { route: 'ticket/:id', load: () => import('./ticket.js') },
  { route: 'mine', load: () => import('./mine.js'), menu: { label: 'nav.mine', order: 10, roles: ['signed-in'] } },
  { route: 'staff', load: () => import('./staff.js'), menu: { label: 'nav.staff', order: 40 } },
  { route: 'figures', load: () => import('./figures.js'), menu: { label: 'nav.figures', order: 45 } },
  { route: 'login', load: () => import('../core/signin.js') },
]);
