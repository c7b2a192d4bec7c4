#!/usr/bin/env bash
# The praktijkscan's evaluation (issue 13), outside the normal build: runs the leave-one-municipality-out evaluation
# (ScanEvaluationTests, on the report's words when ../shared/source/ is present) and the latency harness of
# scanPortfolio (25 rows against 1, interleaved rounds), then writes both tables into docs/SCAN.md between the
# markers. Takes 3-5 minutes on 2 cores.
#
#   bench/scan-eval.sh             (the report's words)
#   bench/scan-eval.sh --names     (the printed names only, as CI sees it)
set -euo pipefail
cd "$(dirname "$0")/.."
extra=()
out=docs/SCAN.md
marker=eval
if [[ ${1:-} == --names ]]; then
  extra+=(-Dbotoc.scan.eval.names-only=true)
  marker=eval-names
fi
./mvnw -q -B test -Dfrontend.skip=true -Dtest=ScanEvaluationTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbotoc.scan.bench=true "${extra[@]}" >target/scan-eval.log 2>&1 || { tail -40 target/scan-eval.log; exit 1; }
splice() { # splice FILE MARKER: replaces the lines between <!-- MARKER:start --> and <!-- MARKER:end -->
  python3 - "$out" "$1" "$2" <<'PY'
import sys, re
doc, part, name = sys.argv[1], open(sys.argv[2]).read(), sys.argv[3]
text = open(doc).read()
text = re.sub(r'(<!-- %s:start -->\n).*?(<!-- %s:end -->)' % (name, name), lambda m: m.group(1) + part + m.group(2), text, flags=re.S)
open(doc, 'w').write(text)
PY
}
splice target/scan-eval.md "$marker"
[[ $marker == eval ]] && splice target/scan-latency.md latency
cat target/scan-eval.md target/scan-latency.md
