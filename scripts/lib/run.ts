/** Runs commands with inherited or captured output and resolves with their exit code (never throws on failure). */
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { StringDecoder } from 'node:string_decoder'
import { stripVTControlCharacters } from 'node:util'

/** Path of a locally installed npm binary, so scripts work with or without `npm run`. */
export function localBin(name: string): string {
  return join(process.cwd(), 'node_modules', '.bin', name)
}

export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: options.env ?? process.env })
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}

/**
 * Runs a command with its output shown as usual, and hands each line of its standard output (colours taken out) to
 * `onLine` as it is written, e.g. to act on a progress line before the command ends.
 */
export function runWatched(command: string, args: string[], onLine: (line: string) => void, options: { env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  return new Promise((resolve) => {
    const env = options.env ?? process.env
    const child = spawn(command, args, {
      stdio: ['inherit', 'pipe', 'inherit'],
      // Piped output loses the terminal's colours unless asked for.
      env: process.stdout.isTTY
        ? { FORCE_COLOR: '1', ...env }
        : env,
    })
    let pending = ''
    // A chunk may end inside a character: the decoder keeps its first bytes for the next one.
    const decoder = new StringDecoder('utf8')
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk)
      const lines = (pending + decoder.write(chunk)).split('\n')
      pending = lines.pop()!
      for (const line of lines)
        onLine(stripVTControlCharacters(line))
    })
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`)
      resolve(127)
    })
    child.on('close', (code, signal) => {
      pending += decoder.end()
      if (pending)
        onLine(stripVTControlCharacters(pending))
      resolve(code ?? (signal ? 128 : 1))
    })
  })
}

/**
 * Runs a command with its output (stdout and stderr, interleaved as written) captured instead of shown, e.g.
 * to run it beside another command and show its output afterwards in one piece. Colours stay on.
 */
export function runCaptured(command: string, args: string[]): Promise<{ code: number, output: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { FORCE_COLOR: '1', ...process.env },
    })
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.on('error', (error) => {
      resolve({ code: 127, output: `Could not start ${command}: ${error.message}\n` })
    })
    child.on('close', (code, signal) => resolve({
      code: code ?? (signal ? 128 : 1),
      output: Buffer.concat(chunks).toString('utf8'),
    }))
  })
}
