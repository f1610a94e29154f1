export * from './fileTypes'
export * from './imageSizes'
export * from './detectFileType'
