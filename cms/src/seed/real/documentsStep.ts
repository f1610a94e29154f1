import type { SeedContext, SeedStep } from '../context'

/**
 * A seeding step that ensures one document (or global) per item and reports each on the progress
 * line under the step's name. `ensure` says whether it created something now, so a second run
 * reports 「新增 0」.
 */
export function documentsStep<Item>(
  name: string,
  items: (context: SeedContext) => Promise<readonly Item[]> | readonly Item[],
  ensure: (context: SeedContext, item: Item) => Promise<{ created: boolean }>,
): SeedStep {
  return {
    name,
    async run(context) {
      const list = await items(context)
      context.progress.step(name, list.length)
      for (const item of list) context.progress.tick((await ensure(context, item)).created)
      context.progress.done()
    },
  }
}
