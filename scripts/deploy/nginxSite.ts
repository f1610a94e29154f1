/**
 * The production nginx site, rendered from deploy/nginx/career-platform.conf.template. The values
 * that differ between machines come in as `NginxSite`; everything else is in the template.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sizeLimits } from 'media'

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const templateFile = path.join(repositoryRoot, 'deploy/nginx/career-platform.conf.template')

export type NginxSite = {
  /** The portal's public address (SITE_URL); its host is the server name. */
  siteURL: string
  /** The folder served: the `live` symlink of the published releases. */
  portalRoot: string
  /** `address:port` or `port` nginx listens on. */
  listen: string
  /** The CMS servers (`host:port`); several share the load. */
  cmsServers: string[]
  /** The draft preview server (`host:port`). */
  previewServer: string
  /** HTTPS on `listen`, and a redirect to it on port 80; plain HTTP without. */
  tls?: { certificate: string; certificateKey: string }
  /**
   * Addresses or CIDR ranges of load balancers in front of nginx: their X-Forwarded-For names the
   * client and, without TLS here, their X-Forwarded-Proto the scheme.
   */
  trustedProxies?: string[]
  /** The folder of the API's micro-cache; its parent must exist (nginx creates the folder). */
  apiCacheDirectory?: string
}

/** Debian's nginx keeps its own state in /var/lib/nginx. */
const defaultApiCacheDirectory = '/var/lib/nginx/career-platform-api'

/** nginx's size syntax for the largest upload the CMS accepts, plus room for the form's other fields. */
export const maxUploadSize = () => `${Math.ceil(sizeLimits.video / 2 ** 20) + 1}m`

const cspHash = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`

/**
 * What Astro writes inline where an island hydrates: the island element's script and style and the
 * script of each client directive. Read from the portal's own Astro, so an upgrade of Astro
 * changes the hashes with it.
 */
async function astroInlineHashes(): Promise<{ scripts: string[]; styles: string[] }> {
  const astro = createRequire(path.join(repositoryRoot, 'site/package.json'))
  const load = async <T>(specifier: string): Promise<T> => (await import(astro.resolve(specifier))) as T
  const script = async (specifier: string) => (await load<{ default: string }>(specifier)).default
  const directives = ['idle', 'load', 'media', 'only', 'visible'].map((name) => `astro/runtime/client/${name}.prebuilt.js`)
  const scripts = await Promise.all(['astro/runtime/server/astro-island.prebuilt.js', ...directives].map(script))
  const { ISLAND_STYLES } = await load<{ ISLAND_STYLES: string }>('astro/runtime/server/astro-island-styles.js')
  return { scripts: scripts.map(cspHash), styles: [cspHash(ISLAND_STYLES)] }
}

const indent = (lines: string[]) => lines.map((line) => `    ${line}`).join('\n')

/** The site file for `site`, ready for nginx's http block. */
export async function renderNginxSite(site: NginxSite): Promise<string> {
  const { protocol, host, hostname, origin } = new URL(site.siteURL)
  if (site.tls && protocol !== 'https:') throw new Error(`With TLS certificates SITE_URL must be https (it is ${site.siteURL})`)
  const inline = await astroInlineHashes()
  const listen = site.tls
    ? [
        // nginx 1.22 (Debian 12) takes http2 as a listen parameter.
        `listen ${site.listen} ssl http2;`,
        `ssl_certificate ${site.tls.certificate};`,
        `ssl_certificate_key ${site.tls.certificateKey};`,
        'ssl_protocols TLSv1.2 TLSv1.3;',
        'ssl_session_cache shared:career_tls:10m;',
        'ssl_session_timeout 1d;',
      ]
    : [`listen ${site.listen};`]
  const redirect = site.tls ? `\nserver {\n    listen 80;\n    server_name ${hostname};\n    return 301 ${origin}$request_uri;\n}\n` : ''
  const proxies = site.trustedProxies ?? []
  const values: Record<string, string> = {
    CMS_SERVERS: indent(site.cmsServers.map((server) => `server ${server};`)),
    PREVIEW_SERVER: site.previewServer,
    INLINE_SCRIPT_HASHES: inline.scripts.join(' '),
    INLINE_STYLE_HASHES: inline.styles.join(' '),
    HTTPS_REDIRECT: redirect,
    LISTEN: indent(listen),
    SERVER_NAME: hostname,
    TRUSTED_PROXIES: proxies.length
      ? indent([...proxies.map((proxy) => `set_real_ip_from ${proxy};`), 'real_ip_header X-Forwarded-For;', 'real_ip_recursive on;'])
      : '',
    PORTAL_ROOT: site.portalRoot,
    // Where TLS ends at a load balancer, the scheme the browser used is the balancer's to tell.
    FORWARDED_PROTO: proxies.length && !site.tls ? '$http_x_forwarded_proto' : '$scheme',
    MAX_UPLOAD: maxUploadSize(),
    MAX_UPLOAD_MEGABYTES: String(sizeLimits.video / 2 ** 20),
    API_CACHE_DIRECTORY: site.apiCacheDirectory ?? defaultApiCacheDirectory,
  }
  const template = fs.readFileSync(templateFile, 'utf8')
  const rendered = template.replace(/\$\{([A-Z_]+)\}/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`${templateFile}: unknown placeholder ${placeholder}`)
    return values[name]
  })
  return `# Rendered for ${host} from ${path.relative(repositoryRoot, templateFile)}; edit the template, not this file.\n${rendered}`
}
