// Sending what the captain recorded, and fetching what changed, whenever there is a network. Each record keeps the
// UUID it got on the device, so a resend after a lost answer is stored once (the server answers "unchanged").
import * as api from '/ui/core/api.js';
import * as store from './store.js';

const FINAL = ['created', 'updated', 'unchanged'];
let running = null;

/** Runs one sync (or joins the one running): outbox, then photos, then changes. */
export function sync() {
  if (!running) {
    running = syncOnce().finally(() => { running = null; });
  }
  return running;
}

async function syncOnce() {
  await pushOutbox();
  await pushPhotos();
  await pullChanges();
  await store.put('meta', new Date().toISOString(), 'lastSync');
}

async function pushOutbox() {
  const pending = (await store.all('outbox')).filter((r) => !FINAL.includes(r.status) && r.status !== 'rejected'
    && r.status !== 'conflict');
  if (pending.length === 0) return;
  pending.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const answer = await api.post('/field/sync', {
    records: pending.map((r) => ({ id: r.id, kind: r.kind, recordedAt: r.recordedAt, data: r.data })),
  });
  await store.putMany({
    outbox: answer.results.map((result) => {
      const record = pending.find((r) => r.id === result.id);
      return [{ ...record, status: result.status, result, answeredAt: new Date().toISOString() }];
    }),
  });
}

async function pushPhotos() {
  const outbox = await store.all('outbox');
  for (const photo of (await store.all('photos')).filter((p) => !p.sent)) {
    const record = outbox.find((r) => r.id === photo.recordId);
    if (!record || !FINAL.includes(record.status)) continue;
    const response = await fetch(`/api/v1/field/records/${photo.recordId}/attachments/${encodeURIComponent(photo.name)}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${api.token()}`, 'Content-Type': photo.type || 'application/octet-stream' },
      body: photo.blob,
    });
    if (response.ok || response.status === 409) {
      await store.put('photos', { ...photo, sent: true, status: response.status });
    }
  }
}

async function pullChanges() {
  const since = await store.get('meta', 'token');
  const changes = await api.get(`/field/changes${since ? `?since=${encodeURIComponent(since)}` : ''}`);
  await store.putMany({
    buildings: [...changes.buildings.map((b) => [b]), ...(changes.removedBuildings || []).map((code) => [null, code])],
    addresses: changes.addresses.map((a) => [a]),
    people: changes.people.map((p) => [{ ...p, key: `${p.door}/${p.idNumber}` }]),
    records: changes.records.map((r) => [r]),
    meta: [[changes.token, 'token']],
  });
}

/** The record kinds, their fields and workflows: fetched online, kept for offline use. */
export async function kinds() {
  try {
    const kindsNow = await api.get('/field/kinds');
    await store.put('meta', kindsNow, 'kinds');
    return kindsNow;
  } catch (e) {
    if (e instanceof api.ApiError) throw e;
    return store.get('meta', 'kinds');
  }
}
