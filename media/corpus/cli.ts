/** Writes the upload corpus to a folder: good/ and bad/<collection>/, and manifest.json saying what each file must do. */
import fs from 'node:fs'
import path from 'node:path'

import { badFiles, goodFiles } from './index'

const target = process.argv[2]
if (!target) {
  console.error('Usage: pnpm --filter media corpus <folder>')
  process.exit(1)
}
// pnpm runs scripts in the package folder; INIT_CWD is where the command was typed.
const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), target)
const manifest: Array<Record<string, unknown>> = []
/** File names may be hostile (that is the point of some): stored under a number, the name in the manifest. */
const write = (kind: 'good' | 'bad', index: number, file: { collection: string; name: string; bytes: Buffer }) => {
  const stored = path.join(kind, file.collection, `${String(index).padStart(2, '0')}${path.extname(file.name.replace(/[/\\]/g, '_'))}`)
  fs.mkdirSync(path.join(folder, path.dirname(stored)), { recursive: true })
  fs.writeFileSync(path.join(folder, stored), file.bytes)
  return stored
}
for (const [index, { bytes, ...file }] of (await goodFiles()).entries()) {
  manifest.push({ file: write('good', index, { ...file, bytes }), ...file, size: bytes.length })
}
for (const [index, { bytes, ...file }] of (await badFiles()).entries()) {
  manifest.push({ file: write('bad', index, { ...file, bytes }), ...file, size: bytes.length })
}
fs.writeFileSync(path.join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
console.log(`${manifest.length} files in ${folder} (manifest.json says what each must do)`)
