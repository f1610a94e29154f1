/**
 * Writes the production nginx site for this machine: `scripts/deploy/nginx-config [file]` (default:
 * standard output). Reads the platform's settings (SITE_URL, PUBLIC_URL, PORT, DATA_DIR, .env) as
 * the CMS does, and these:
 *
 *   PORTAL_ROOT                 folder served (default: the live release's site, $PORTAL_DIR/live/site)
 *   PREVIEW_PORT                port of the draft preview server (default: 4322)
 *   NGINX_LISTEN                address:port or port to listen on (default: 443 with TLS, else 80)
 *   NGINX_TLS_CERTIFICATE       certificate chain (PEM); with the key, serves HTTPS and redirects port 80 to it
 *   NGINX_TLS_CERTIFICATE_KEY   its private key
 *   NGINX_CMS_SERVERS           comma-separated host:port of the CMS servers (default: 127.0.0.1:$PORT)
 *   NGINX_PREVIEW_SERVER        host:port of the preview server (default: 127.0.0.1:$PREVIEW_PORT)
 *   NGINX_TRUSTED_PROXIES       comma-separated addresses or CIDR ranges of load balancers in front
 *   NGINX_API_CACHE_DIR         folder of the API's micro-cache (default: /var/lib/nginx/career-platform-api)
 */
import fs from 'node:fs'
import path from 'node:path'

import { port, portalDirectory, serverURL, siteURL } from '../../cms/src/environment'
import { type NginxSite, renderNginxSite } from './nginxSite'

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean)

function siteFromEnvironment(env: NodeJS.ProcessEnv): NginxSite {
  // nginx serves the admin and the portal on one origin; the CMS builds its links from PUBLIC_URL.
  if (new URL(serverURL).origin !== new URL(siteURL).origin) {
    throw new Error(`PUBLIC_URL (${serverURL}) must be the origin of SITE_URL (${siteURL}): nginx serves the CMS at SITE_URL/admin and /api`)
  }
  const certificate = env.NGINX_TLS_CERTIFICATE
  const certificateKey = env.NGINX_TLS_CERTIFICATE_KEY
  if (Boolean(certificate) !== Boolean(certificateKey)) throw new Error('Set both NGINX_TLS_CERTIFICATE and NGINX_TLS_CERTIFICATE_KEY, or neither')
  const tls = certificate && certificateKey ? { certificate, certificateKey } : undefined
  const cmsServers = list(env.NGINX_CMS_SERVERS)
  return {
    siteURL,
    portalRoot: path.resolve(env.PORTAL_ROOT || path.join(portalDirectory, 'live', 'site')),
    listen: env.NGINX_LISTEN || (tls ? '443' : '80'),
    cmsServers: cmsServers.length ? cmsServers : [`127.0.0.1:${port}`],
    previewServer: env.NGINX_PREVIEW_SERVER || `127.0.0.1:${env.PREVIEW_PORT || 4322}`,
    tls,
    trustedProxies: list(env.NGINX_TRUSTED_PROXIES),
    apiCacheDirectory: env.NGINX_API_CACHE_DIR || undefined,
  }
}

try {
  const output = process.argv[2]
  const site = await renderNginxSite(siteFromEnvironment(process.env))
  if (output) fs.writeFileSync(output, site)
  else process.stdout.write(site)
} catch (error) {
  console.error(`nginx-config: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
}
