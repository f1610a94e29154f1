# Sourced by the entry points. Installs the Debian packages the platform uses when they are
# missing: Chromium for browser tests, poppler for PDF covers, ffmpeg for demo videos, CJK fonts
# so Chinese renders in generated images and screenshots, and nginx for the production site's test.
ensure_system_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
  fc-list 2>/dev/null | grep -q 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
  # Debian puts nginx in /usr/sbin, which is not on every user's PATH.
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "! Missing ${missing[*]}; install them with your system's package manager." >&2
    return 0
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "› Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
