#!/usr/bin/env bash
# The action's first step: build factcheck from the action's own checkout
# ($FACTCHECK_SOURCE) into the runner's tool cache and put it on the PATH of later steps.
# A factcheck of the same version already on the PATH is used as it is.
set -euo pipefail

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$FACTCHECK_SOURCE/Cargo.toml" | head -1)
if command -v factcheck >/dev/null 2>&1 && [ "$(factcheck --version)" = "factcheck $version" ]; then
  echo "factcheck $version is installed: $(command -v factcheck)"
  exit 0
fi
root="${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/factcheck/$version"
if [ ! -x "$root/bin/factcheck" ]; then
  cargo install --locked --quiet --path "$FACTCHECK_SOURCE" --root "$root"
fi
echo "$root/bin" >> "$GITHUB_PATH"
echo "factcheck $version: $root/bin/factcheck"
