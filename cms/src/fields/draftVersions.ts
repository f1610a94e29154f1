import type { CollectionConfig } from 'payload'

/**
 * Versions of public content: drafts, the last 50 versions, and Payload's scheduled publishing
 * (the Publish button's "schedule" menu), whose jobs the CMS runs (`scheduling/jobs.ts`).
 */
export const draftVersions = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']
