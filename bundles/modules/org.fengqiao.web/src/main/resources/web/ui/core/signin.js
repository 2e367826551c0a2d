// Sign in, and (on the portal) register as a citizen.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import * as api from './api.js';
import { t } from './i18n.js';
import { control, formError } from './forms.js';

export default function signIn(ctx, { staffOnly = false } = {}) {
  let error = null;
  let registering = ctx.query.register === '1' && !staffOnly;
  let busy = false;
  const draw = () => ctx.render(html`<section class="panel narrow">
    <h1>${registering ? t('auth.register') : staffOnly ? t('auth.staffSignIn') : t('auth.signIn')}</h1>
    <form novalidate @submit=${submit}>
      ${control({ name: 'username', labelText: t('auth.username'), error, autocomplete: 'username', required: true })}
      ${registering ? control({ name: 'displayName', labelText: t('auth.displayName'), error, required: true }) : nothing}
      ${registering ? control({ name: 'phone', labelText: t('auth.phone'), error, kind: 'tel' }) : nothing}
      ${control({ name: 'password', labelText: t('auth.password'), kind: 'password', error, required: true,
        autocomplete: registering ? 'new-password' : 'current-password' })}
      ${formError(error, ['username', 'password', 'displayName', 'phone'])}
      <button type="submit" class="primary" ?disabled=${busy}>${registering ? t('auth.registerButton') : t('auth.signInButton')}</button>
    </form>
    ${staffOnly ? nothing : html`<p>${registering
      ? html`<a href="#/login">${t('auth.haveAccount')}</a>`
      : html`<a href="#/login?register=1">${t('auth.noAccount')}</a>`}</p>`}
  </section>`);

  async function submit(e) {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.target));
    busy = true;
    error = null;
    draw();
    try {
      if (registering) {
        await api.post('/auth/register', { username: data.username, password: data.password,
          displayName: data.displayName, phone: data.phone || undefined });
      }
      await api.login(data.username, data.password);
      if (staffOnly && !api.isStaff()) {
        await api.logout();
        throw new api.ApiError(403, { error: 'staff_only', message: t('error.staff_only') });
      }
      const back = sessionStorage.getItem('fq.after-login');
      sessionStorage.removeItem('fq.after-login');
      if (back) location.hash = back;
      else ctx.navigate(staffOnly ? '' : 'mine');
    } catch (err) {
      error = err;
      busy = false;
      draw();
    }
  }
  draw();
}

/** Sends the visitor to sign in, and back here afterwards. */
export function requireSignIn(ctx) {
  sessionStorage.setItem('fq.after-login', location.hash);
  ctx.navigate('login');
}
