/**
 * `imsmanifest.xml` for a single-SCO package, SCORM 1.2 or SCORM 2004 4th Edition: one organization
 * with one item that launches the built site's `index.html`, and one resource listing every file.
 *
 * No mastery score is declared (1.2 `adlcp:masteryscore`, 2004 `imsss:minNormalizedMeasure`): the LMS
 * would then judge passed/failed from the course score, while this course judges it from the
 * post-test only (scorm/scormReport.ts) and reports the status itself.
 */
import type { ScormVersion } from '../../scorm/findScormApi.ts'

export interface ScormManifestInput {
  version: ScormVersion
  /** Unique, stable package identifier (letters, digits, `-`, `_`, `.`). */
  identifier: string
  /** Course title shown in the LMS. */
  title: string
  /** Launch file, relative to the package root. */
  launch: string
  /** Every file of the package (relative, `/`-separated), the launch file included. */
  files: readonly string[]
}

const IDENTIFIER = /^[A-Z_][\w.-]*$/i

/** Text for XML character data or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

/** A file path as a manifest `href`: `/`-separated, each segment percent-encoded as a URI. */
export function hrefOf(path: string): string {
  return path.split('/').map(segment => encodeURIComponent(segment)).join('/')
}

function check(input: ScormManifestInput): void {
  if (!IDENTIFIER.test(input.identifier))
    throw new Error(`SCORM manifest: identifier "${input.identifier}" must start with a letter or "_" and hold only letters, digits, "-", "_" and "."`)
  if (!input.title.trim())
    throw new Error('SCORM manifest: the course title is empty')
  if (!input.files.includes(input.launch))
    throw new Error(`SCORM manifest: the launch file "${input.launch}" is not among the package's files`)
  const bad = input.files.find(file => file.startsWith('/') || file.includes('\\') || file.split('/').includes('..'))
  if (bad)
    throw new Error(`SCORM manifest: file "${bad}" must be a relative path inside the package`)
}

const HEADERS: Record<ScormVersion, { open: string, metadata: string }> = {
  1.2: {
    open: `<manifest identifier="{id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">`,
    metadata: `  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>`,
  },
  2004: {
    open: `<manifest identifier="{id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">`,
    metadata: `  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>`,
  },
}

export function scormManifest(input: ScormManifestInput): string {
  check(input)
  const id = escapeXml(input.identifier)
  const title = escapeXml(input.title)
  const header = HEADERS[input.version]
  const scormType = input.version === '1.2'
    ? 'adlcp:scormtype="sco"'
    : 'adlcp:scormType="sco"'
  const files = [
    ...new Set(input.files),
  ].sort().map(file => `      <file href="${escapeXml(hrefOf(file))}" />`)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    header.open.replace('{id}', id),
    header.metadata,
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org">`,
    `      <title>${title}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">`,
    `        <title>${title}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${id}-sco" type="webcontent" ${scormType} href="${escapeXml(hrefOf(input.launch))}">`,
    ...files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n')
}
