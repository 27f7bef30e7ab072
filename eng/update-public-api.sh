#!/usr/bin/env bash
# Adds every public symbol the analyzer reports as undeclared (RS0016) to PublicAPI.Unshipped.txt,
# and drops the ones it reports as declared but gone (RS0017). Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/../src/Extractor"
out=$(dotnet build --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", out))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", out))
path = "PublicAPI.Unshipped.txt"
lines = [l for l in open(path, encoding="utf8").read().splitlines() if l and not l.startswith("#")]
lines = sorted((set(lines) | added) - removed)
open(path, "w", encoding="utf8").write("#nullable enable\n" + "".join(l + "\n" for l in lines))
print(f"public API: +{len(added)} -{len(removed)}")
PY
