export * from './fileTypes'
export * from './imageSizes'
