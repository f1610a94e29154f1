import zlib from 'node:zlib'

/** ZIP record signatures (little-endian "PK\x05\x06", "PK\x01\x02", "PK\x03\x04"). */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50
const LOCAL_FILE_HEADER = 0x04034b50
const END_RECORD_LENGTH = 22

/** A file inside a ZIP, as its central directory lists it. */
export type ZipEntry = { name: string; method: number; compressedSize: number; localHeaderOffset: number }

const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/**
 * Whether an end-of-central-directory record at `position` is real: the central directory it
 * describes lies right before it and starts with an entry. Random bytes almost never pass this.
 */
function centralDirectoryStart(bytes: Buffer, position: number): number | undefined {
  if (position + END_RECORD_LENGTH > bytes.length) return undefined
  const size = bytes.readUInt32LE(position + 12)
  const start = position - size
  if (size === 0 || start < 0 || bytes.readUInt32LE(start) !== CENTRAL_DIRECTORY_ENTRY) return undefined
  return start
}

/** Whether a ZIP archive (its central directory) is hidden anywhere in the bytes. */
export function containsZip(bytes: Uint8Array): boolean {
  const buffer = view(bytes)
  const signature = Buffer.from([0x50, 0x4b, 0x05, 0x06])
  for (let at = buffer.indexOf(signature); at !== -1; at = buffer.indexOf(signature, at + 1)) {
    if (centralDirectoryStart(buffer, at) !== undefined) return true
  }
  return false
}

/** The entries of a ZIP archive from its central directory; empty when it has none. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const buffer = view(bytes)
  const searchFrom = Math.max(0, buffer.length - END_RECORD_LENGTH - 0xffff)
  let end = -1
  for (let at = buffer.length - END_RECORD_LENGTH; at >= searchFrom; at--) {
    if (buffer.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at
      break
    }
  }
  if (end === -1) return []
  const count = buffer.readUInt16LE(end + 10)
  let at = buffer.readUInt32LE(end + 16)
  const entries: ZipEntry[] = []
  for (let index = 0; index < count && at + 46 <= end; index++) {
    if (buffer.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) break
    const nameLength = buffer.readUInt16LE(at + 28)
    entries.push({
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
    })
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32)
  }
  return entries
}

/** An entry's content (stored or deflated), at most `maxBytes` of it; undefined when unreadable. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes = 4 * 1024 * 1024): Buffer | undefined {
  const buffer = view(bytes)
  const header = entry.localHeaderOffset
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== LOCAL_FILE_HEADER) return undefined
  const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28)
  const data = buffer.subarray(start, start + entry.compressedSize)
  try {
    if (entry.method === 0) return data.subarray(0, maxBytes)
    if (entry.method === 8) return zlib.inflateRawSync(data, { maxOutputLength: maxBytes })
  } catch {
    return undefined
  }
  return undefined
}
