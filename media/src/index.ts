export * from './fileTypes'
export * from './imageSizes'
export * from './detectFileType'
export * from './derivative'
