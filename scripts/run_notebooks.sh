#!/usr/bin/env sh
# Re-execute every notebook in place (outputs saved), from a fresh kernel, in order.
# Usage: scripts/run_notebooks.sh [notebooks/NN_name.ipynb ...]
set -eu
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
[ "$#" -gt 0 ] || set -- notebooks/0*.ipynb
for nb in "$@"; do
    echo "running $nb"
    "$PY" -m jupyter nbconvert --to notebook --execute --inplace \
        --ExecutePreprocessor.timeout=300 --ExecutePreprocessor.kernel_name=python3 "$nb"
done
