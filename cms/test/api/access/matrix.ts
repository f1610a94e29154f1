/**
 * The expected access matrix: for every actor, collection and operation, who may do what. Written
 * from the access model (DOMAIN.md and issue 4), not from the access code: the tests in
 * access.test.ts hold the running CMS to it, and test/unit/accessCoverage.test.ts fails when a
 * collection or global of the config has no rows here.
 *
 * An outcome is either a plain `allow` / `deny` or a scope: the operation is allowed on the
 * documents in it and refused on the others.
 */

export const actors = [
  'public',
  'admin',
  'contractor',
  'convener-north',
  'convener-south',
  'school-north',
  'school-south',
  'reviewer-assigned',
  'reviewer-unassigned',
  'deactivated',
] as const
export type Actor = (typeof actors)[number]

export type Outcome =
  | 'allow'
  | 'deny'
  /** Published documents only (drafts answer 404). */
  | 'published'
  /** Published documents, and the drafts of the actor's region. */
  | 'published+own-region'
  /** Published cases, and every case of the actor's school. */
  | 'published+own-school'
  /** Published cases, and the cases the reviewer is assigned to. */
  | 'published+assigned'
  /** Documents of the actor's region (for create: the new document is in it). */
  | 'own-region'
  /** Cases of the actor's school (for create: the new case is for it). */
  | 'own-school'
  /** Cases of the actor's school while the school may still change them (draft, returned). */
  | 'own-school-editable'
  /** Draft cases of the actor's school. */
  | 'own-school-draft'
  /** Cases the reviewer is assigned to (for case reviews: a review of such a case). */
  | 'assigned'
  /** Documents the actor created (uploads, reviews). */
  | 'own'
  /** The actor's own account. */
  | 'self'
  /** The actor's own account and the school-staff accounts of its region. */
  | 'self+school-staff-of-own-region'
  /** Every account but the agency's administrators'. */
  | 'all-but-admins'

export type Operation = 'create' | 'read' | 'update' | 'trash' | 'delete' | 'publish' | 'readVersions'

/** One actor's rights on one collection; `trash`, `publish` and `readVersions` where the collection has them. */
export type Rights = { create: Outcome; read: Outcome; update: Outcome; delete: Outcome; trash?: Outcome; publish?: Outcome; readVersions?: Outcome }
export type GlobalRights = { read: Outcome; update: Outcome; readVersions: Outcome }

type Table<R> = Record<Actor, R>

// ---- Content ----------------------------------------------------------------------------------

const noRights = { create: 'deny', update: 'deny', trash: 'deny', delete: 'deny', publish: 'deny', readVersions: 'deny' } as const

/** What the public sees of drafted content: the published documents, nothing else. */
const readsPublished: Rights = { ...noRights, read: 'published' }

/** Agency administrators do everything; only they delete for good (everyone else moves to the trash). */
const everything: Rights = { create: 'allow', read: 'allow', update: 'allow', trash: 'allow', delete: 'allow', publish: 'allow', readVersions: 'allow' }
const contractorContent: Rights = { ...everything, delete: 'deny' }

/** News and galleries: conveners run their own region's. */
const regionalConvener: Rights = {
  create: 'own-region',
  read: 'published+own-region',
  update: 'own-region',
  trash: 'own-region',
  delete: 'deny',
  publish: 'own-region',
  readVersions: 'own-region',
}

const regional: Table<Rights> = {
  public: readsPublished,
  admin: everything,
  contractor: contractorContent,
  'convener-north': regionalConvener,
  'convener-south': regionalConvener,
  'school-north': readsPublished,
  'school-south': readsPublished,
  'reviewer-assigned': readsPublished,
  'reviewer-unassigned': readsPublished,
  deactivated: readsPublished,
}

/** Materials, library, pages, e-books, videos, survey reports, project zones: the agency and contractor only. */
const national: Table<Rights> = {
  public: readsPublished,
  admin: everything,
  contractor: contractorContent,
  'convener-north': readsPublished,
  'convener-south': readsPublished,
  'school-north': readsPublished,
  'school-south': readsPublished,
  'reviewer-assigned': readsPublished,
  'reviewer-unassigned': readsPublished,
  deactivated: readsPublished,
}

/** Exemplar cases: schools submit, their region's convener reviews and publishes, reviewers read what they are assigned. */
const caseSchool: Rights = {
  create: 'own-school',
  read: 'published+own-school',
  update: 'own-school-editable',
  trash: 'own-school-draft',
  delete: 'deny',
  publish: 'deny',
  readVersions: 'own-school',
}
const caseReviewer: Rights = { ...noRights, read: 'published+assigned' }

const cases: Table<Rights> = {
  public: readsPublished,
  admin: everything,
  contractor: contractorContent,
  'convener-north': regionalConvener,
  'convener-south': regionalConvener,
  'school-north': caseSchool,
  'school-south': caseSchool,
  'reviewer-assigned': caseReviewer,
  'reviewer-unassigned': caseReviewer,
  deactivated: readsPublished,
}

/** Reviews: written by the assigned reviewer, read by the review's side and the case's school; no drafts, versions or trash. */
const nothingAtAll: Rights = { create: 'deny', read: 'deny', update: 'deny', delete: 'deny' }
const caseReviews: Table<Rights> = {
  public: nothingAtAll,
  admin: { create: 'deny', read: 'allow', update: 'deny', delete: 'allow' },
  contractor: { create: 'deny', read: 'allow', update: 'deny', delete: 'deny' },
  'convener-north': { create: 'deny', read: 'own-region', update: 'deny', delete: 'deny' },
  'convener-south': { create: 'deny', read: 'own-region', update: 'deny', delete: 'deny' },
  'school-north': { create: 'deny', read: 'own-school', update: 'deny', delete: 'deny' },
  'school-south': { create: 'deny', read: 'own-school', update: 'deny', delete: 'deny' },
  'reviewer-assigned': { create: 'assigned', read: 'own', update: 'own', delete: 'deny' },
  'reviewer-unassigned': { create: 'assigned', read: 'own', update: 'own', delete: 'deny' },
  deactivated: nothingAtAll,
}

// ---- Reference data and files -----------------------------------------------------------------

/** Links, schools, regions: everyone reads; the agency and contractor maintain them. */
const readsOnly: Rights = { create: 'deny', read: 'allow', update: 'deny', trash: 'deny', delete: 'deny', readVersions: 'deny' }
const reference: Table<Rights> = {
  public: readsOnly,
  admin: { create: 'allow', read: 'allow', update: 'allow', trash: 'allow', delete: 'allow', readVersions: 'allow' },
  contractor: { create: 'allow', read: 'allow', update: 'allow', trash: 'allow', delete: 'deny', readVersions: 'allow' },
  'convener-north': readsOnly,
  'convener-south': readsOnly,
  'school-north': readsOnly,
  'school-south': readsOnly,
  'reviewer-assigned': readsOnly,
  'reviewer-unassigned': readsOnly,
  deactivated: readsOnly,
}

/** Images, documents, video files: public to read; work accounts upload, and change or trash their own. */
const readsFiles: Rights = { create: 'deny', read: 'allow', update: 'deny', trash: 'deny', delete: 'deny' }
const uploader: Rights = { create: 'allow', read: 'allow', update: 'own', trash: 'own', delete: 'deny' }
const uploads: Table<Rights> = {
  public: readsFiles,
  admin: { create: 'allow', read: 'allow', update: 'allow', trash: 'allow', delete: 'allow' },
  contractor: { create: 'allow', read: 'allow', update: 'allow', trash: 'allow', delete: 'deny' },
  'convener-north': uploader,
  'convener-south': uploader,
  'school-north': uploader,
  'school-south': uploader,
  'reviewer-assigned': readsFiles,
  'reviewer-unassigned': readsFiles,
  deactivated: readsFiles,
}

/** Accounts: nothing for the public; each account itself; conveners their region's school staff. */
const ownAccountOnly: Rights = { create: 'deny', read: 'self', update: 'self', delete: 'deny' }
const users: Table<Rights> = {
  public: nothingAtAll,
  admin: { create: 'allow', read: 'allow', update: 'allow', delete: 'allow' },
  contractor: { create: 'allow', read: 'all-but-admins', update: 'all-but-admins', delete: 'deny' },
  'convener-north': { create: 'own-region', read: 'self+school-staff-of-own-region', update: 'self+school-staff-of-own-region', delete: 'deny' },
  'convener-south': { create: 'own-region', read: 'self+school-staff-of-own-region', update: 'self+school-staff-of-own-region', delete: 'deny' },
  'school-north': ownAccountOnly,
  'school-south': ownAccountOnly,
  'reviewer-assigned': ownAccountOnly,
  'reviewer-unassigned': ownAccountOnly,
  deactivated: nothingAtAll,
}

/** Regions are few and fixed: they are not moved to the trash. */
function withoutTrash(table: Table<Rights>): Table<Rights> {
  return Object.fromEntries(Object.entries(table).map(([actor, { trash: _trash, ...rights }]) => [actor, rights])) as Table<Rights>
}

/** The audit log: read by the agency's administrators; written by the server only, changed and removed by nobody. */
const auditLog: Table<Rights> = {
  public: nothingAtAll,
  admin: { create: 'deny', read: 'allow', update: 'deny', delete: 'deny' },
  contractor: nothingAtAll,
  'convener-north': nothingAtAll,
  'convener-south': nothingAtAll,
  'school-north': nothingAtAll,
  'school-south': nothingAtAll,
  'reviewer-assigned': nothingAtAll,
  'reviewer-unassigned': nothingAtAll,
  deactivated: nothingAtAll,
}

/** Portal builds: every active account sees whether its changes are live; only the server writes them. */
const readsBuilds: Rights = { create: 'deny', read: 'allow', update: 'deny', delete: 'deny' }
const siteBuilds: Table<Rights> = {
  public: nothingAtAll,
  admin: readsBuilds,
  contractor: readsBuilds,
  'convener-north': readsBuilds,
  'convener-south': readsBuilds,
  'school-north': readsBuilds,
  'school-south': readsBuilds,
  'reviewer-assigned': readsBuilds,
  'reviewer-unassigned': readsBuilds,
  deactivated: nothingAtAll,
}

/**
 * Failed schedules: read by the account that scheduled one, and by the agency and the contractor
 * all; written only by the job runner; deleted for good by administrators, as everything is.
 */
const readsOwnFailures: Rights = { create: 'deny', read: 'own', update: 'deny', delete: 'deny' }
const scheduleFailures: Table<Rights> = {
  public: nothingAtAll,
  admin: { create: 'deny', read: 'allow', update: 'deny', delete: 'allow' },
  contractor: { create: 'deny', read: 'allow', update: 'deny', delete: 'deny' },
  'convener-north': readsOwnFailures,
  'convener-south': readsOwnFailures,
  'school-north': readsOwnFailures,
  'school-south': readsOwnFailures,
  'reviewer-assigned': readsOwnFailures,
  'reviewer-unassigned': readsOwnFailures,
  deactivated: nothingAtAll,
}

export const collectionMatrix: Record<string, Table<Rights>> = {
  news: regional,
  cases,
  'case-reviews': caseReviews,
  galleries: regional,
  materials: national,
  library: national,
  'survey-reports': national,
  pages: national,
  links: reference,
  'project-zones': national,
  media: uploads,
  documents: uploads,
  ebooks: national,
  videos: national,
  'video-files': uploads,
  schools: reference,
  regions: withoutTrash(reference),
  users,
  'site-builds': siteBuilds,
  'audit-log': auditLog,
  'schedule-failures': scheduleFailures,
}

// ---- Globals ----------------------------------------------------------------------------------

const editsSettings: GlobalRights = { read: 'allow', update: 'allow', readVersions: 'allow' }
const readsSettings: GlobalRights = { read: 'allow', update: 'deny', readVersions: 'deny' }
const settings: Table<GlobalRights> = {
  public: readsSettings,
  admin: editsSettings,
  contractor: editsSettings,
  'convener-north': readsSettings,
  'convener-south': readsSettings,
  'school-north': readsSettings,
  'school-south': readsSettings,
  'reviewer-assigned': readsSettings,
  'reviewer-unassigned': readsSettings,
  deactivated: readsSettings,
}

export const globalMatrix: Record<string, Table<GlobalRights>> = {
  'site-settings': settings,
  'header-navigation': settings,
  footer: settings,
}
