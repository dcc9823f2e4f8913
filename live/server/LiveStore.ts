/**
 * Where a live workshop's sessions and answers live: one SQLite file (Node's built-in `node:sqlite`),
 * in WAL mode, so a committed answer survives `kill -9` (and, with `sync: 'full'`, a power cut).
 * Answers are written in batches, one transaction per batch (`saveAnswers`); the caller acknowledges
 * them only after it returns.
 */
import type { Phase, RoundState } from '../protocol.ts'
import { randomBytes, randomInt } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

/** How hard SQLite pushes each commit to disk. */
export type SyncMode = 'normal' | 'full'

export interface Session {
  id: string
  room: string
  token: string
  createdAt: string
  current: RoundState | null
}

export interface StoredAnswer {
  entry: number
  device: string
  response: unknown
  seq: number
  score: number
  maxScore: number
  hidden: boolean
  updatedAt: string
}

export interface AnswerInput {
  exercise: string
  device: string
  seq: number
  response: unknown
  score: number
  maxScore: number
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  room TEXT NOT NULL,
  token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  current_exercise TEXT,
  current_slide INTEGER
);
CREATE TABLE IF NOT EXISTS rounds (
  session TEXT NOT NULL REFERENCES sessions(id),
  exercise TEXT NOT NULL,
  phase TEXT NOT NULL CHECK (phase IN ('open', 'closed', 'revealed')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (session, exercise)
);
CREATE TABLE IF NOT EXISTS answers (
  entry INTEGER PRIMARY KEY AUTOINCREMENT,
  session TEXT NOT NULL REFERENCES sessions(id),
  exercise TEXT NOT NULL,
  device TEXT NOT NULL,
  seq INTEGER NOT NULL,
  response TEXT NOT NULL,
  score INTEGER NOT NULL,
  max_score INTEGER NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  UNIQUE (session, exercise, device)
);
`

const now = () => new Date().toISOString()

export class LiveStore {
  readonly path: string
  private readonly db: DatabaseSync

  /**
   * `sync`: `normal` (default) commits survive a killed or crashed server process; `full` also survives
   * a power cut or OS crash, at the cost of an fsync per commit (slower under load, see docs/live.md).
   */
  constructor(path: string, sync: SyncMode = 'normal') {
    this.path = path
    if (path !== ':memory:')
      mkdirSync(dirname(path), { recursive: true })
    this.db = new DatabaseSync(path)
    this.db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${sync === 'full'
      ? 'FULL'
      : 'NORMAL'}; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;`)
    this.db.exec(SCHEMA)
  }

  /** The journal mode SQLite reports (`wal` unless the file system cannot do it). */
  journalMode(): string {
    return String((this.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode)
  }

  /** The latest session, or a new one (new room code and presenter token) when there is none or `fresh`. */
  openSession(fresh = false): Session {
    const latest = this.db.prepare('SELECT * FROM sessions ORDER BY created_at DESC, rowid DESC LIMIT 1').get() as SessionRow | undefined
    if (latest && !fresh)
      return this.toSession(latest)
    const day = now().slice(0, 10)
    const sameDay = (this.db.prepare('SELECT count(*) AS n FROM sessions WHERE id LIKE ?').get(`${day}-%`) as { n: number }).n
    const row: SessionRow = {
      id: `${day}-${sameDay + 1}`,
      room: String(randomInt(1000, 10_000)),
      token: randomBytes(18).toString('base64url'),
      created_at: now(),
      current_exercise: null,
      current_slide: null,
    }
    this.db.prepare('INSERT INTO sessions (id, room, token, created_at) VALUES (?, ?, ?, ?)').run(row.id, row.room, row.token, row.created_at)
    return this.toSession(row)
  }

  sessionById(id: string): Session | undefined {
    const row = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined
    return row && this.toSession(row)
  }

  /** Phase of every exercise opened in the session. */
  phases(session: string): Record<string, Phase> {
    const rows = this.db.prepare('SELECT exercise, phase FROM rounds WHERE session = ?').all(session) as { exercise: string, phase: Phase }[]
    return Object.fromEntries(rows.map(row => [row.exercise, row.phase]))
  }

  /** Sets an exercise's phase and, when it is the current one, the session's current exercise. One transaction. */
  setPhase(session: string, exercise: string, phase: Phase, slide?: number): void {
    this.transaction(() => {
      if (phase === 'open') {
        // Only one exercise is open at a time.
        this.db.prepare('UPDATE rounds SET phase = \'closed\', updated_at = ? WHERE session = ? AND phase = \'open\' AND exercise <> ?').run(now(), session, exercise)
        this.db.prepare('UPDATE sessions SET current_exercise = ?, current_slide = ? WHERE id = ?').run(exercise, slide ?? null, session)
      }
      this.db.prepare(`INSERT INTO rounds (session, exercise, phase, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (session, exercise) DO UPDATE SET phase = excluded.phase, updated_at = excluded.updated_at`).run(session, exercise, phase, now())
    })
  }

  /**
   * Saves answers in one transaction (one row per session, exercise and device: a later answer replaces
   * it); returns each answer's entry number, in order.
   */
  saveAnswers(session: string, answers: readonly AnswerInput[]): number[] {
    if (!answers.length)
      return []
    const upsert = this.db.prepare(`INSERT INTO answers (session, exercise, device, seq, response, score, max_score, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (session, exercise, device) DO UPDATE SET
        seq = excluded.seq, response = excluded.response, score = excluded.score, max_score = excluded.max_score, updated_at = excluded.updated_at
      RETURNING entry`)
    const at = now()
    const entries: number[] = []
    this.transaction(() => {
      for (const a of answers)
        entries.push((upsert.get(session, a.exercise, a.device, a.seq, JSON.stringify(a.response), a.score, a.maxScore, at) as { entry: number }).entry)
    })
    return entries
  }

  answers(session: string, exercise: string): StoredAnswer[] {
    const rows = this.db.prepare('SELECT * FROM answers WHERE session = ? AND exercise = ? ORDER BY entry').all(session, exercise) as unknown as AnswerRowDb[]
    return rows.map(toAnswer)
  }

  /** Every answer of the session, for the CSV export. */
  allAnswers(session: string): (StoredAnswer & { exercise: string })[] {
    const rows = this.db.prepare('SELECT * FROM answers WHERE session = ? ORDER BY exercise, entry').all(session) as unknown as AnswerRowDb[]
    return rows.map(row => ({
      ...toAnswer(row),
      exercise: row.exercise,
    }))
  }

  /** Hides or shows one answer; false when the entry is not an answer to that exercise in the session. */
  setHidden(session: string, exercise: string, entry: number, hidden: boolean): boolean {
    const result = this.db.prepare('UPDATE answers SET hidden = ? WHERE entry = ? AND session = ? AND exercise = ?').run(hidden
      ? 1
      : 0, entry, session, exercise)
    return Number(result.changes) > 0
  }

  close(): void {
    this.db.close()
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      work()
      this.db.exec('COMMIT')
    }
    catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }

  private toSession(row: SessionRow): Session {
    const phase = row.current_exercise
      ? this.phases(row.id)[row.current_exercise]
      : undefined
    return {
      id: row.id,
      room: row.room,
      token: row.token,
      createdAt: row.created_at,
      current: row.current_exercise && phase
        ? {
            exercise: row.current_exercise,
            phase,
            ...(row.current_slide
              ? { slide: row.current_slide }
              : {}),
          }
        : null,
    }
  }
}

interface SessionRow {
  id: string
  room: string
  token: string
  created_at: string
  current_exercise: string | null
  current_slide: number | null
}

interface AnswerRowDb {
  entry: number
  exercise: string
  device: string
  seq: number
  response: string
  score: number
  max_score: number
  hidden: number
  updated_at: string
}

function toAnswer(row: AnswerRowDb): StoredAnswer {
  return {
    entry: row.entry,
    device: row.device,
    response: JSON.parse(row.response) as unknown,
    seq: row.seq,
    score: row.score,
    maxScore: row.max_score,
    hidden: row.hidden === 1,
    updatedAt: row.updated_at,
  }
}
