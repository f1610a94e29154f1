/**
 * Hands each page to the search indexer as the build renders it (see `integrations/searchIndex`).
 * The integration and the pages are bundled apart, so they meet through one global.
 */
export type PageSink = (url: string, html: string) => void

const SINK = Symbol.for('portal:rendered-pages')
type WithSink = typeof globalThis & { [SINK]?: PageSink }

/** Set by the build while it runs; absent in `astro dev`, where nothing is indexed. */
export const renderedPageSink = (): PageSink | undefined => (globalThis as WithSink)[SINK]

export function setRenderedPageSink(sink: PageSink | undefined): void {
  if (sink) (globalThis as WithSink)[SINK] = sink
  else delete (globalThis as WithSink)[SINK]
}
