import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readVideoFacts, videoFactsFromProbe } from '../src'

describe('videoFactsFromProbe', () => {
  it('takes the duration from the container and the size from the video stream', () => {
    const probe = { format: { duration: '12.6' }, streams: [{ codec_type: 'audio' }, { codec_type: 'video', width: 640, height: 360 }] }
    expect(videoFactsFromProbe(probe)).toEqual({ durationSeconds: 13, width: 640, height: 360 })
  })

  it('gives the size as shown for a video recorded turned', () => {
    const probe = { format: { duration: '3' }, streams: [{ codec_type: 'video', width: 1920, height: 1080, side_data_list: [{ rotation: -90 }] }] }
    expect(videoFactsFromProbe(probe)).toMatchObject({ width: 1080, height: 1920 })
  })

  it('refuses a file without a video stream or a duration', () => {
    expect(() => videoFactsFromProbe({ format: { duration: '3' }, streams: [{ codec_type: 'audio' }] })).toThrow(/no video stream/)
    expect(() => videoFactsFromProbe({ format: {}, streams: [{ codec_type: 'video', width: 2, height: 2 }] })).toThrow(/duration/)
  })
})

describe('readVideoFacts', () => {
  let folder: string

  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'media-video-'))
    for (const [name, codec] of [['clip.mp4', 'libx264'], ['clip.webm', 'libvpx-vp9']] as const) {
      // prettier-ignore
      execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=duration=3:size=320x180:rate=10', '-c:v', codec, '-pix_fmt', 'yuv420p', path.join(folder, name)])
    }
  })

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

  it('reads an MP4’s and a WebM’s duration and size', async () => {
    expect(await readVideoFacts(path.join(folder, 'clip.mp4'))).toEqual({ durationSeconds: 3, width: 320, height: 180 })
    expect(await readVideoFacts(path.join(folder, 'clip.webm'))).toEqual({ durationSeconds: 3, width: 320, height: 180 })
  })

  it('fails with a reason for a file that is not a video', async () => {
    const text = path.join(folder, 'not-video.mp4')
    fs.writeFileSync(text, 'WEBVTT\n')
    await expect(readVideoFacts(text)).rejects.toThrow(/ffprobe/)
  })
})
