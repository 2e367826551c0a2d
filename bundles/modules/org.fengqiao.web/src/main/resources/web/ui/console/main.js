import { start } from '../core/shell.js';

const POLICE_ADMIN = ['officer', 'leader', 'supervisor', 'admin'];

start('console', [
  { route: '', load: () => import('./queue.js'), menu: { label: 'nav.queue', order: 0 } },
  { route: 'ticket/:id', load: () => import('./ticket.js') },
  { route: 'supervision', load: () => import('./supervision.js'), menu: { label: 'nav.supervision', order: 20, roles: ['leader'] } },
  { route: 'flags', load: () => import('./flags.js'), menu: { label: 'nav.flags', order: 30, roles: POLICE_ADMIN } },
  { route: 'admin/staff', load: () => import('./staff.js'), menu: { label: 'nav.adminStaff', order: 80, roles: ['admin'] } },
  { route: 'admin/keys', load: () => import('./keys.js'), menu: { label: 'nav.adminKeys', order: 85, roles: ['admin'] } },
  { route: 'admin/features', load: () => import('./features.js'), menu: { label: 'nav.adminFeatures', order: 90, roles: ['admin'] } },
  { route: 'login', load: () => import('../core/signin.js') },
], { requireStaff: true });
