import { sharedWithPages } from '../build/sharedWithPages'

/** Hands each page to the search indexer as the build renders it (see `integrations/searchIndex`). */
export type PageSink = (url: string, html: string) => void

const sharedSink = sharedWithPages<PageSink>('portal:rendered-pages')

/** Set by the build while it runs; absent in `astro dev`, where nothing is indexed. */
export const renderedPageSink = sharedSink.get
export const setRenderedPageSink = sharedSink.set
