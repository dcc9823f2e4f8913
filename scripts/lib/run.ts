/** Runs a command with inherited output and resolves with its exit code (never throws on failure). */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'

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
