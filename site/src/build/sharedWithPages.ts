/**
 * A value the build's integrations hand to the pages they render. The two are bundled apart, so
 * they meet through a global, named once here.
 */
export function sharedWithPages<Value>(name: string) {
  const key = Symbol.for(name)
  const globals = globalThis as unknown as Record<symbol, Value | undefined>
  return {
    /** The value while a build that set it runs; undefined otherwise (and in `astro dev`). */
    get: (): Value | undefined => globals[key],
    set: (value: Value | undefined): void => {
      if (value) globals[key] = value
      else delete globals[key]
    },
  }
}
