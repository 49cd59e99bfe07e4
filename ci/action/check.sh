#!/usr/bin/env bash
# The action's second step: one `factcheck check` that writes every report asked for, the
# step outputs (claims, passed, failed, exit-code) and the job summary, then fails the step
# as factcheck's exit code says. Inputs come as INPUT_* variables (see action.yml).
set -uo pipefail

args=(check --github-output "$GITHUB_OUTPUT")
for pattern in ${INPUT_FILTER:-}; do
  args+=(--filter "$pattern")
done
[ -n "${INPUT_JUNIT:-}" ] && args+=(--junit "$INPUT_JUNIT")
[ -n "${INPUT_HTML:-}" ] && args+=(--html "$INPUT_HTML")
[ -n "${INPUT_JSON:-}" ] && args+=(--json "$INPUT_JSON")
if [ "${INPUT_ANNOTATIONS:-true}" = "true" ]; then
  args+=(--annotations always)
else
  args+=(--annotations never)
fi
summary=""
if [ "${INPUT_SUMMARY:-true}" = "true" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  summary=$(mktemp)
  args+=(--markdown "$summary")
fi

# Word splitting of the paths input is intended: several paths, separated by spaces.
# shellcheck disable=SC2086
factcheck "${args[@]}" ${INPUT_PATHS:-}
status=$?

if [ -n "$summary" ]; then
  cat "$summary" >> "$GITHUB_STEP_SUMMARY"
  rm -f "$summary"
fi
echo "exit-code=$status" >> "$GITHUB_OUTPUT"
if [ "$status" = 1 ] && [ "${INPUT_FAIL_ON_FAILURE:-true}" = "false" ]; then
  exit 0
fi
exit "$status"
