import { makeZip, type ZipInput } from './zip'

const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const packageRelationships = `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%TARGET%"/></Relationships>`

const contentTypes = (override: string, extra = '') =>
  `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${extra}${override}</Types>`

/** The parts of a minimal Word, Excel or PowerPoint file: main part, its content type, body. */
const ooxml = {
  docx: {
    part: 'word/document.xml',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    body: `${xml}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>職涯輔導手冊 Career guidance handbook</w:t></w:r></w:p></w:body></w:document>`,
  },
  xlsx: {
    part: 'xl/workbook.xml',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    body: `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`,
  },
  pptx: {
    part: 'ppt/presentation.xml',
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    body: `${xml}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`,
  },
} as const

export type OfficeOptions = {
  /** Leave out [Content_Types].xml (OOXML) or the mimetype entry (OpenDocument). */
  withoutManifest?: boolean
  /** Add a VBA project (OOXML) or a Basic library (OpenDocument). */
  withMacros?: boolean
  /** Declare the main part as macro-enabled (a .docm saved as .docx). */
  macroEnabledType?: boolean
}

/** A Word, Excel or PowerPoint file, with what a hostile or damaged one has when asked. */
export function officeOpenXml(kind: keyof typeof ooxml, options: OfficeOptions = {}): Buffer {
  const { part, type, body } = ooxml[kind]
  const mainType = options.macroEnabledType ? 'application/vnd.ms-word.document.macroEnabled.main+xml' : type
  const entries: ZipInput[] = []
  if (!options.withoutManifest) {
    const vba = options.withMacros ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : ''
    entries.push({ name: '[Content_Types].xml', data: contentTypes(`<Override PartName="/${part}" ContentType="${mainType}"/>`, vba), deflate: true })
  }
  entries.push({ name: '_rels/.rels', data: packageRelationships.replace('%TARGET%', part), deflate: true })
  entries.push({ name: part, data: body, deflate: true })
  if (options.withMacros) entries.push({ name: `${part.split('/')[0]}/vbaProject.bin`, data: Buffer.from('\xd0\xcf\x11\xe0 Attribute VB_Name = "AutoOpen"', 'latin1') })
  return makeZip(entries)
}

/** An OpenDocument text: `mimetype` first and stored, as the format requires. */
export function openDocumentText(options: OfficeOptions = {}): Buffer {
  const entries: ZipInput[] = []
  if (!options.withoutManifest) entries.push({ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' })
  entries.push({
    name: 'content.xml',
    data: `${xml}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text><text:p>職涯輔導 Career guidance</text:p></office:text></office:body></office:document-content>`,
    deflate: true,
  })
  entries.push({
    name: 'META-INF/manifest.xml',
    data: `${xml}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    deflate: true,
  })
  if (options.withMacros) {
    entries.push({ name: 'Basic/Standard/Module1.xml', data: `${xml}<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1">Sub Main\nShell("calc")\nEnd Sub</script:module>` })
  }
  return makeZip(entries)
}
