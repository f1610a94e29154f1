/** Splits a list into numbered pages of `size` items (page 1 always exists, even when empty). */
export function paginateList<Item>(items: Item[], size: number): Array<{ page: number; pages: number; items: Item[] }> {
  const pages = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: pages }, (_, index) => ({ page: index + 1, pages, items: items.slice(index * size, (index + 1) * size) }))
}

/** The route parameter for a page number: absent for page 1 (`/news/`), `page/2` after. */
export const pageParam = (page: number) => (page === 1 ? undefined : `page/${page}`)
