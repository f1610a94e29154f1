import type { Material } from 'cms/payload-types'

/** Materials a kind's list page shows. */
export const MATERIALS_PER_PAGE = 20

/** Materials of each kind the landing page shows before linking to the kind's list. */
export const MATERIALS_PER_KIND_ON_LANDING = 4

/** The first page of a kind's list, without language prefix. */
export const materialKindPath = (kind: string) => `/materials/kind/${kind}/`

/** The materials of one kind, in the CMS's order (newest edition first). */
export const materialsOfKind = <Item extends Pick<Material, 'kind'>>(materials: readonly Item[], kind: string): Item[] =>
  materials.filter((material) => material.kind === kind)
