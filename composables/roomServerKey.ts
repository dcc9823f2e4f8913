/** Name of the room's server state (`server-reactive:kitRoom`), and the key of its default in vite.config.ts. */
export const ROOM_SERVER_KEY = 'kitRoom'
