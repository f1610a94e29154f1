import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Payload's SQLite schema indexes each `*_locales` table on (_locale, _parent_id) only, yet reads a
 * document's translations by `_parent_id` alone: without an index of its own every read scans the
 * whole table, and reads and writes slow down as a collection grows.
 */
export const indexLocalesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (columns) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(columns._parentID) }),
    })
  }
  return schema
}
