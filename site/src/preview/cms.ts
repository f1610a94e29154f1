/**
 * The CMS as the preview server reaches it: PUBLIC_URL, as the CMS itself names its address
 * (`cms/src/environment.ts`). Read at request time, so one build runs anywhere.
 */
export const cmsURL = () => (process.env.PUBLIC_URL || 'http://localhost:3000').replace(/\/$/, '')
