/**
 * The participant's only identity: a random id kept in this browser's localStorage (no account, no
 * name). `crypto.getRandomValues` works on plain http:// LAN addresses, where `randomUUID` does not.
 */
const KEY = 'qzgz-live:device'

export function deviceId(storage: Storage = localStorage): string {
  const saved = storage.getItem(KEY)
  if (saved && /^[\w-]{16,64}$/.test(saved))
    return saved
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  const id = Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('')
  storage.setItem(KEY, id)
  return id
}
