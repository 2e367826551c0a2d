// The REST API from the browser. The token lives in this device's storage and travels only in the
// Authorization header, never in a URL; no cookie is involved, so no other site can act in the user's name.
const BASE = '/api/v1';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.code = body?.error || 'http_' + status;
    this.details = body?.details || [];
  }

  /** The problem reported for one field path (title, fields.age), if any. */
  detail(field) {
    return this.details.find((d) => d.field === field);
  }
}

const session = {
  token: localStorage.getItem('fq.token'),
  account: null,
};

export function token() {
  return session.token;
}

export function account() {
  return session.account;
}

export function hasRole(...roles) {
  return !!session.account && roles.some((r) => session.account.roles.includes(r));
}

export function isStaff() {
  return !!session.account && session.account.roles.some((r) => r !== 'citizen');
}

export async function request(method, path, body, options = {}) {
  const headers = { Accept: 'application/json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch((options.base ?? BASE) + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  if (response.status === 204) return null;
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401 && session.token && path !== '/auth/login') {
      forget();
    }
    throw new ApiError(response.status, json);
  }
  return json;
}

export const get = (path) => request('GET', path);
export const post = (path, body = {}) => request('POST', path, body);
export const put = (path, body = {}) => request('PUT', path, body);
export const del = (path) => request('DELETE', path);

/** Reads the account of the stored token; a token the server no longer knows is dropped. */
export async function restore() {
  if (!session.token) return null;
  try {
    session.account = await get('/me');
  } catch (e) {
    if (e.status === 401) forget();
  }
  return session.account;
}

export async function login(username, password) {
  const answer = await post('/auth/login', { username, password });
  session.token = answer.token;
  session.account = answer.account;
  localStorage.setItem('fq.token', answer.token);
  return answer.account;
}

export async function logout() {
  try {
    if (session.token) await post('/auth/logout');
  } finally {
    forget();
  }
}

function forget() {
  session.token = null;
  session.account = null;
  localStorage.removeItem('fq.token');
}

export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  });
  const s = q.toString();
  return s ? `?${s}` : '';
}
