/** Facts about a video file, read with ffprobe (Debian's ffmpeg) under a time limit. */
import { runTool, type ToolLimits } from './externalTool'

export type VideoFacts = { durationSeconds: number; width: number; height: number }

type Probe = {
  format?: { duration?: string }
  streams?: Array<{
    codec_type?: string
    width?: number
    height?: number
    duration?: string
    tags?: { rotate?: string }
    side_data_list?: Array<{ rotation?: number }>
  }>
}

/** Duration (whole seconds, rounded) and picture size (as shown, rotation applied) from ffprobe's JSON. */
export function videoFactsFromProbe(probe: Probe): VideoFacts {
  const picture = probe.streams?.find((stream) => stream.codec_type === 'video' && stream.width && stream.height)
  const duration = Number(probe.format?.duration ?? picture?.duration)
  if (!picture || !Number.isFinite(duration) || duration <= 0) throw new Error('ffprobe found no video stream with a duration')
  const rotation = Number(picture.side_data_list?.find((data) => data.rotation !== undefined)?.rotation ?? picture.tags?.rotate ?? 0)
  const turned = Math.abs(rotation) % 180 === 90
  return {
    durationSeconds: Math.round(duration),
    width: turned ? picture.height! : picture.width!,
    height: turned ? picture.width! : picture.height!,
  }
}

/** The duration and picture size of the video at `file`. */
export async function readVideoFacts(file: string, limits: ToolLimits = {}): Promise<VideoFacts> {
  const output = await runTool('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], limits)
  return videoFactsFromProbe(JSON.parse(output) as Probe)
}
