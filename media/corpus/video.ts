import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Encoder arguments for a one-second 64×48 clip with a silent audio track. */
const encoders = {
  mp4: ['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart'],
  webm: ['-c:v', 'libvpx-vp9', '-b:v', '100k', '-c:a', 'libopus'],
} as const

/** A tiny real video made with ffmpeg (installed by scripts/setup). */
export function tinyVideo(format: keyof typeof encoders): Buffer {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'media-corpus-'))
  try {
    const output = path.join(directory, `clip.${format}`)
    execFileSync(
      'ffmpeg',
      ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10:duration=1', '-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=mono', '-t', '1', ...encoders[format], output],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    return fs.readFileSync(output)
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}
