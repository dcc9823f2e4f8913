/** The closing table of `export` and `kit`: what was written, with page counts and sizes. */
import { readFile, stat } from 'node:fs/promises'
import { relative } from 'node:path'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'

export interface OutputRow {
  file: string
  pages?: number
  bytes: number
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024)
    return `${bytes} B`
  if (bytes < 1024 * 1024)
    return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`
}

export async function describeFile(file: string): Promise<OutputRow> {
  const { size } = await stat(file)
  const row: OutputRow = {
    file: relative(process.cwd(), file),
    bytes: size,
  }
  if (file.endsWith('.pdf'))
    row.pages = (await PDFDocument.load(await readFile(file), { updateMetadata: false })).getPageCount()
  return row
}

export function printSummary(title: string, rows: OutputRow[]): void {
  const width = Math.max(4, ...rows.map(r => r.file.length))
  console.log(`\n${title}`)
  console.log(`  ${'file'.padEnd(width)}  ${'pages'.padStart(5)}  ${'size'.padStart(9)}`)
  for (const row of rows)
    console.log(`  ${row.file.padEnd(width)}  ${String(row.pages ?? '-').padStart(5)}  ${formatBytes(row.bytes).padStart(9)}`)
}
