import type { Payload } from 'payload'

import { caseRandom, generateCase } from '../../cms/src/seed/demo/cases'
import { demoSchoolIds } from '../../cms/src/seed/demo/schools'

/**
 * Creates `count` generated, published exemplar cases of the demo schools through the Local API,
 * marked as seeding (they ask for no portal build); `onProgress` after every hundred.
 */
export async function addGeneratedCases(payload: Payload, count: number, onProgress: (done: number) => void): Promise<void> {
  const schoolIds = await demoSchoolIds(payload)
  for (let index = 0; index < count; index++) {
    const data = { ...generateCase(index, caseRandom(index), schoolIds), slug: `bench-case-${index + 1}`, _status: 'published' as const }
    await payload.create({ collection: 'cases', data, depth: 0, context: { seeding: true } })
    if ((index + 1) % 100 === 0 || index + 1 === count) onProgress(index + 1)
  }
}
