#!/usr/bin/env bash
# Mutation testing of the cost model, the knapsack and the reporting chain with mutmut (not in CI: 0.24-0.36
# mutants per second on 2 heavily shared cores on 2026-11-30, i.e. hours for the default subset). Each mutant
# (a small change to the code) is run against the fast tests that cover it; a mutant
# that no test kills is a change the tests would let through. Results and survivors: docs/testing.md.
#
#   bench/mutation.sh                 mutate the default subset (MUTATE below) and report
#   MUTATE="src/fpgaprune/report/tables.py" bench/mutation.sh     another subset
#
# mutmut is installed with `pip --target` into results/bench/mutation/lib (not into the project's environment);
# the run happens in a scratch copy (results/bench/mutation/work), so the checkout is never mutated.
# Writes results/bench/mutation/results.txt (every mutant's status) and survivors.diff (each survivor's diff)
# with bench/mutation_report.py, which can also recheck the open mutants against whole test files.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
OUT=${OUT:-$ROOT/results/bench/mutation}
MUTMUT_VERSION=3.8.1
MUTATE=${MUTATE:-"src/fpgaprune/core/hardware/cost.py src/fpgaprune/core/hardware/multipliers.py
src/fpgaprune/core/hardware/structures.py src/fpgaprune/core/knapsack.py src/fpgaprune/report/tables.py
src/fpgaprune/records.py"}
TESTS=${TESTS:-"tests/core tests/report/test_tables.py tests/report/test_chain.py tests/test_records.py
tests/data/test_dataset.py"}
JOBS=${JOBS:-2}

LIB=$OUT/lib
if [ ! -f "$LIB/mutmut/__init__.py" ]; then
    "$PYTHON" -m pip install -q --disable-pip-version-check --target "$LIB" "mutmut==$MUTMUT_VERSION"
    # keep the project's own pytest, pluggy, packaging and PyYAML: mutmut's copies would shadow them
    (cd "$LIB" && rm -rf _pytest pytest pytest-* pluggy pluggy-* iniconfig iniconfig-* packaging packaging-* \
        py.py _yaml yaml PyYAML-* pyyaml-* a1_coverage.pth)
fi

WORK=$OUT/work
rm -rf "$WORK" && mkdir -p "$WORK"
cp -r src tests config "$WORK/"
{
    sed -n '/^\[tool.pytest.ini_options\]/,/^$/p' pyproject.toml  # the project's markers and filters
    echo "[tool.mutmut]"
    echo "source_paths = [\"src\"]"
    echo "also_copy = [\"config\"]  # tests read config/test.yaml"
    printf 'only_mutate = [%s]\n' "$(printf '"%s",' $MUTATE | sed 's/,$//')"
    printf 'pytest_add_cli_args_test_selection = [%s]\n' "$(printf '"%s",' $TESTS | sed 's/,$//')"
    echo 'pytest_add_cli_args = ["-m", "not slow", "-p", "no:cacheprovider", "-q"]'
} > "$WORK/pyproject.toml"

cd "$WORK"
export PYTHONPATH=$LIB
start=$(date +%s)
"$PYTHON" -m mutmut run --max-children "$JOBS" > "$OUT/run.log" 2>&1 || true
"$PYTHON" "$ROOT/bench/mutation_report.py" "$OUT"  # results.txt, survivors.diff, counts per file
echo "mutation run: $(( $(date +%s) - start )) s on $(nproc) cores, $(date -u +%F)"
