import { createHash } from 'node:crypto'

/**
 * A fixed id for a row of an array field. Payload keeps a row's localised fields by the row's id,
 * so the English update must name the rows the Chinese create made; fixed ids also keep reseeding
 * deterministic. 24 hex digits, the shape of the ids Payload generates.
 */
export const rowId = (...parts: ReadonlyArray<string | number>) =>
  createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 24)
