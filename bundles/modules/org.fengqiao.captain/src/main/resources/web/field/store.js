// The captain's data on the device (IndexedDB): buildings, addresses, people and records from the server, the
// record kinds, and the outbox of records made here until the server has answered for them.
const DB = 'fengqiao-field';
const STORES = ['meta', 'buildings', 'addresses', 'people', 'records', 'outbox', 'photos'];

let opened = null;

function open() {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('meta');
        db.createObjectStore('buildings', { keyPath: 'code' });
        db.createObjectStore('addresses', { keyPath: 'code' });
        db.createObjectStore('people', { keyPath: 'key' });
        db.createObjectStore('records', { keyPath: 'id' });
        db.createObjectStore('outbox', { keyPath: 'id' });
        db.createObjectStore('photos', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opened;
}

function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(store, mode, work) {
  const db = await open();
  const tx = db.transaction(store, mode);
  const result = work(tx.objectStore(store));
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return result instanceof IDBRequest ? result.result : result;
}

export const all = (store) => run(store, 'readonly', (s) => s.getAll());
export const get = (store, key) => run(store, 'readonly', (s) => s.get(key));
export const put = (store, value, key) => run(store, 'readwrite', (s) => (key === undefined ? s.put(value) : s.put(value, key)));
export const remove = (store, key) => run(store, 'readwrite', (s) => s.delete(key));

/** Writes many values into several stores in one transaction: all or nothing. */
export async function putMany(changes) {
  const db = await open();
  const names = Object.keys(changes);
  const tx = db.transaction(names, 'readwrite');
  for (const name of names) {
    const store = tx.objectStore(name);
    for (const [value, key] of changes[name]) {
      if (value === null) store.delete(key);
      else if (key === undefined) store.put(value);
      else store.put(value, key);
    }
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export async function clear() {
  const db = await open();
  const tx = db.transaction(STORES, 'readwrite');
  STORES.forEach((name) => tx.objectStore(name).clear());
  await new Promise((resolve) => { tx.oncomplete = resolve; });
}

export { done };
