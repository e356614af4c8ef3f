# Source this file (`. tools/node-lts.sh`) to run the project on the Node.js major that .nvmrc names when the
# system's node is older. That Node comes from the npm registry (the node-<os>-<arch> package ships the binary and
# the headers), is kept in ~/.cache/casa-bot, and is put first on PATH; npm_config_nodedir points node-gyp at its
# headers, so native modules (better-sqlite3) are built for its ABI and not for the system Node's.
casa_node_lts() {
  local root want have os arch cache home tmp
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  want="$(tr -d ' v\n' < "$root/.nvmrc")"
  want="${want%%.*}"
  have="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$have" -ge "$want" ]; then return 0; fi

  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "node-lts: no npm package of Node for $(uname -s)" >&2; return 1 ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "node-lts: no npm package of Node for $(uname -m)" >&2; return 1 ;; esac
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/casa-bot"
  home="$(ls -d "$cache/node-$os-$arch-v$want".* 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$home" ] || [ ! -x "$home/bin/node" ]; then
    echo "node-lts: system node is $(node -v 2>/dev/null || echo missing); fetching node-$os-$arch@$want from the npm registry…" >&2
    mkdir -p "$cache" && tmp="$(mktemp -d "$cache/fetch.XXXXXX")"
    (cd "$tmp" && npm pack --silent "node-$os-$arch@$want" > /dev/null) || { rm -rf "$tmp"; return 1; }
    mkdir -p "$tmp/node" && tar -xzf "$tmp"/node-*.tgz -C "$tmp/node" --strip-components=1
    home="$cache/node-$os-$arch-v$("$tmp/node/bin/node" -p process.versions.node)"
    [ -x "$home/bin/node" ] || { rm -rf "$home" && mv "$tmp/node" "$home"; }
    rm -rf "$tmp"
  fi
  export PATH="$home/bin:$PATH"
  export npm_config_nodedir="$home"
  echo "node-lts: using $(node -v) from $home" >&2
}
casa_node_lts
