/** A minimal in-memory Storage that behaves like the browser's localStorage, for unit tests. */
export function fakeStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() { return map.size },
    key: i => [
      ...map.keys(),
    ][i] ?? null,
    getItem: k => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: k => void map.delete(k),
    clear: () => map.clear(),
  }
}
