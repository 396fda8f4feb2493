#!/usr/bin/env bash
# Runs the Spark example in local mode on the corpus and checks that Spark's records equal a
# local run's, record for record (examples/spark/check.py). Installs PySpark 3.5 from PyPI into
# a virtual environment under target/ (nothing is cached outside the repository); needs Java 17
# (or 11) and python3 with venv. `.ci/run` runs it after the tests.
#
#   examples/spark/run.sh                      # build newsextract (debug) and check
#   NEWSEXTRACT_BIN=target/release/newsextract examples/spark/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=target/spark-venv
started=$(date +%s)
if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
        "$venv/bin/pip" install --quiet 'pyspark>=3.5,<3.6'
fi
installed=$(date +%s)
echo "spark: PySpark $("$venv/bin/python" -c 'import pyspark; print(pyspark.__version__)') ready in $((installed - started)) s"

bin=${NEWSEXTRACT_BIN:-}
if [ -z "$bin" ]; then
    cargo build --quiet --locked --bin newsextract
    bin=target/debug/newsextract
fi

# pipe() gives the command an empty environment (the script passes one); Spark itself must
# bind to loopback only.
export SPARK_LOCAL_IP=127.0.0.1
export PYTHONDONTWRITEBYTECODE=1
export SPARK_LOCAL_DIRS="$PWD/target/spark-local"
export PYSPARK_PYTHON="$PWD/$venv/bin/python"
export PYSPARK_DRIVER_PYTHON="$PWD/$venv/bin/python"
"$venv/bin/python" examples/spark/check.py --binary "$bin"
echo "spark: done in $(($(date +%s) - started)) s"
