import type { CollectionBeforeOperationHook } from 'payload'

/** The data an operation was called with (create, update, login, reset…), if it takes any. */
export const operationData = (args: Parameters<CollectionBeforeOperationHook>[0]['args']): Record<string, unknown> =>
  ('data' in args && (args.data as Record<string, unknown> | undefined)) || {}
