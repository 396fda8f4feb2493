"""Checks the Spark example against a local run: same records, line for line.

Builds a JSONL input from the repository's corpus (each `.txt` article as a line with its path as
id, each line of the `.jsonl` files as it is) plus a blank line and two malformed lines (which
must come back as error records, in place), runs it through Spark in local mode with
`pipe_through_newsextract`, reads the result as a DataFrame (FAILFAST, schema from
docs/record.schema.json), and compares both with `newsextract extract --threads 1 --quiet -` run
locally on the same input. The `source.line` field is left out of the comparison: on Spark it
counts lines within a partition.

    python examples/spark/check.py --binary target/debug/newsextract   (see run.sh)
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from pyspark.sql import SparkSession

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import newsextract_spark as ns  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def corpus_lines():
    """The corpus as JSONL lines, in a fixed order, with a blank and two malformed lines."""
    lines = []
    corpus = os.path.join(ROOT, "corpus")
    for dirpath, dirnames, filenames in sorted(os.walk(corpus)):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, ROOT)
            if name.endswith(".txt"):
                with open(path, encoding="utf-8") as f:
                    lines.append(json.dumps({"id": rel, "text": f.read()}, ensure_ascii=False))
            elif name.endswith(".jsonl"):
                with open(path, encoding="utf-8") as f:
                    lines.extend(line.rstrip("\n") for line in f if line.strip())
    # Framing checks: a blank line gives nothing; malformed lines give error records in place.
    lines.insert(3, "")
    lines.insert(5, '{"id": "cut-short", "text": "Acme paid $5')
    lines.insert(9, "[1, 2, 3]")
    return lines


def comparable(value):
    """A record with null fields and `source.line` removed, for comparison."""
    if isinstance(value, dict):
        out = {k: comparable(v) for k, v in value.items() if v is not None}
        if isinstance(out.get("source"), dict):
            out["source"].pop("line", None)
        return out
    if isinstance(value, list):
        return [comparable(v) for v in value]
    return value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)

    work = tempfile.mkdtemp(prefix="newsextract-spark-")
    input_path = os.path.join(work, "corpus.jsonl")
    lines = corpus_lines()
    with open(input_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    articles = sum(1 for line in lines if line.strip())

    local = subprocess.run(
        [binary, "extract", "--threads", "1", "--quiet", "-"],
        stdin=open(input_path, "rb"),
        capture_output=True,
        check=False,
    )
    if local.returncode not in (0, 2):
        sys.exit(f"local run failed ({local.returncode}): {local.stderr.decode()}")
    local_records = [json.loads(line) for line in local.stdout.decode("utf-8").splitlines()]

    started = time.monotonic()
    spark = (
        SparkSession.builder.master(f"local[{min(2, os.cpu_count() or 1)}]")
        .appName("newsextract-check")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    # The workers unpickle functions of this module by reference: ship it to them.
    spark.sparkContext.addPyFile(ns.__file__)
    rdd = spark.sparkContext.textFile(input_path, minPartitions=args.partitions)
    partitions = rdd.getNumPartitions()
    out = ns.pipe_through_newsextract(rdd, binary).cache()
    spark_lines = out.collect()
    df = spark.read.schema(ns.record_schema(os.path.join(ROOT, "docs", "record.schema.json")))
    df = df.option("mode", "FAILFAST").json(out)
    rows = [row.asDict(recursive=True) for row in df.collect()]
    # A command that fails (here: a binary that is not there) must fail the job.
    print("spark: a failing command must fail the job; Spark logs that expected failure:", flush=True)
    try:
        ns.pipe_through_newsextract(rdd, os.path.join(work, "no-such-newsextract")).count()
        failing_command_failed_the_job = False
    except Exception:  # noqa: BLE001 (Py4JJavaError, whatever the Spark version wraps it in)
        failing_command_failed_the_job = True
    spark.stop()
    elapsed = time.monotonic() - started
    shutil.rmtree(work, ignore_errors=True)

    failures = []
    if len(local_records) != articles:
        failures.append(f"local run: {len(local_records)} records for {articles} articles")
    if len(spark_lines) != len(local_records):
        failures.append(f"Spark gave {len(spark_lines)} lines, the local run {len(local_records)}")
    for i, (s, l) in enumerate(zip(spark_lines, local_records)):
        if comparable(json.loads(s)) != comparable(l):
            failures.append(f"line {i + 1} differs: Spark {s[:200]} / local {json.dumps(l)[:200]}")
            break
    if [r["id"] for r in rows] != [l["id"] for l in local_records]:
        failures.append("the DataFrame's ids are not the local run's, in order")
    for i, (r, l) in enumerate(zip(rows, local_records)):
        if comparable(r) != comparable(l):
            failures.append(f"DataFrame row {i + 1} differs from the local record {l['id']}")
            break
    if not failing_command_failed_the_job:
        failures.append("a failing newsextract command did not fail the Spark job")
    errors = sum(1 for l in local_records if "error" in l)
    if errors != 2:
        failures.append(f"expected 2 error records (the malformed lines), got {errors}")
    if failures:
        sys.exit("Spark check FAILED:\n  " + "\n  ".join(failures))
    print(
        f"Spark check: {len(rows)} records ({errors} error records) over {partitions} partitions "
        f"equal the local run's, record for record ({elapsed:.1f} s in Spark)"
    )


if __name__ == "__main__":
    main()
