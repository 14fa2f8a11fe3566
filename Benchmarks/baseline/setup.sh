#!/bin/sh
# Installs the TF-IDF baseline (Python 3 + scikit-learn) into a virtual environment under .build-baseline/
# (git-ignored). Python is used for this comparison only, never by Passform itself.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
venv="$root/.build-baseline/venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check "scikit-learn>=1.3" "numpy>=1.24"
"$venv/bin/python" -c "import sklearn; print('scikit-learn', sklearn.__version__, 'in', '$venv')"
