import zlib from 'node:zlib'

/** PNG chunk: length, type, data, CRC over type and data. */
function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * A decompression bomb: a black 1-bit PNG of `side`×`side` pixels whose compressed rows take a
 * few kilobytes. Decoded it would take side² bytes or more.
 */
export function pngBomb(side: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  const row = Math.ceil(side / 8) + 1 // filter byte and the packed pixels
  const pixels = zlib.deflateSync(Buffer.alloc(row * side), { level: 9 })
  return Buffer.concat([pngSignature, pngChunk('IHDR', header), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))])
}

/** The PNG with a text chunk (`tEXt`) inserted after its header, where metadata goes. */
export function withPngText(png: Buffer, keyword: string, text: string): Buffer {
  const headerEnd = 8 + 25
  const chunk = pngChunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1'))
  return Buffer.concat([png.subarray(0, headerEnd), chunk, png.subarray(headerEnd)])
}

/** The PNG with its compressed pixel data overwritten with noise: complete in length, undecodable. */
export function withDamagedPixels(png: Buffer): Buffer {
  const damaged = Buffer.from(png)
  const at = damaged.indexOf('IDAT', 8, 'latin1')
  const length = damaged.readUInt32BE(at - 4)
  for (let index = at + 8; index < at + 4 + length; index++) damaged[index] = (index * 7919) & 0xff
  return damaged
}

/** The start of a Linux executable (ELF, 64-bit, x86-64). */
export function elfExecutable(): Buffer {
  const bytes = Buffer.alloc(128)
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(bytes)
  bytes.writeUInt16LE(2, 16) // executable
  bytes.writeUInt16LE(0x3e, 18) // x86-64
  bytes.writeUInt32LE(1, 20)
  return bytes
}

/** The start of a Windows executable: the MZ stub pointing at a PE header. */
export function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(256)
  bytes.write('MZ', 0, 'latin1')
  bytes.write('This program cannot be run in DOS mode.', 0x4e, 'latin1')
  bytes.writeUInt32LE(0x80, 0x3c)
  bytes.write('PE\0\0', 0x80, 'latin1')
  bytes.writeUInt16LE(0x8664, 0x84)
  return bytes
}

/** The start of a macOS executable (Mach-O, 64-bit). */
export function macExecutable(): Buffer {
  const bytes = Buffer.alloc(64)
  bytes.writeUInt32LE(0xfeedfacf, 0)
  bytes.writeUInt32LE(0x01000007, 4) // x86-64
  bytes.writeUInt32LE(2, 12) // executable
  return bytes
}
