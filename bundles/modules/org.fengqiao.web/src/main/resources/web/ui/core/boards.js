// The boards installed now (GET /boards), read again whenever a page needs them: a board uninstalled a moment ago
// is gone from the next page shown.
import * as api from './api.js';

export async function boards() {
  return api.get('/boards');
}

export async function board(id) {
  try {
    return await api.get(`/boards/${encodeURIComponent(id)}`);
  } catch (e) {
    if (e.status === 404) return null;
    throw e;
  }
}

/** The intake fields of a category: the board's own first, then the category's. */
export function fieldsOf(board, categoryCode) {
  const category = board?.categories.find((c) => c.code === categoryCode);
  return [...(board?.fields || []), ...(category?.fields || [])];
}
