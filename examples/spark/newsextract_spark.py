"""Run newsextract over a JSONL dump on Apache Spark, one process per partition.

Each partition of the input (one article per line: `text`, and optionally `id`, `title`, `url`,
`dct`, as `newsextract extract` reads them) is piped through

    newsextract extract --threads 1 --quiet -

with `RDD.pipe`, so that Spark spreads the work over its executors and newsextract does the rest.
The records come back as JSON lines and are read as a DataFrame with the schema of
`docs/record.schema.json` (FAILFAST: a line that does not parse fails the job).

    spark-submit examples/spark/newsextract_spark.py dump.jsonl out/ --binary target/release/newsextract

Framing, which must hold for the output to line up with the input:
- One non-blank input line is one article and gives exactly one output line (a record, or an
  error record for a malformed line), in order; blank lines give nothing, so they are dropped
  before the pipe.
- On standard input newsextract reads JSONL only when the first non-blank character is `{`, and
  an empty input is one (empty) text article. So every partition is given a first line of our
  own, a tiny JSON article, whose record is dropped from the output: an empty partition then
  gives nothing, and a partition starting with a malformed line still reads as JSONL.
- `pipe()` starts the command with an empty environment: the environment is passed explicitly.
- Exit status 2 means "some articles failed, their error records are in the output": that is
  kept as output, while any other failure of the command fails the job (`checkCode=True`).
"""

import argparse
import json
import os
import shlex
import sys

from pyspark.sql import SparkSession
from pyspark.sql import types as T

# First line of every partition; its record is dropped (see the module docs).
SENTINEL_ID = "__newsextract_spark_partition_start__"
SENTINEL = json.dumps({"id": SENTINEL_ID, "text": ""})

# Exit status 2 (some articles became error records) is success here; any other failure is not.
WRAPPER = 'exe="$1"; shift; "$exe" "$@"; s=$?; if [ "$s" -eq 2 ]; then exit 0; fi; exit "$s"'


def spark_type(node, defs):
    """The Spark type of a JSON Schema node (the subset docs/record.schema.json uses)."""
    if "$ref" in node:
        return spark_type(defs[node["$ref"].split("/")[-1]], defs)
    for key in ("oneOf", "anyOf"):
        if key in node:
            options = [o for o in node[key] if o.get("type") != "null"]
            if len(options) == 1:
                return spark_type(options[0], defs)
            # A union of objects (record | error record): one struct with every field.
            fields = {}
            for option in options:
                struct = spark_type(option, defs)
                if isinstance(struct, T.StructType):
                    for f in struct.fields:
                        fields.setdefault(f.name, f)
            return T.StructType(list(fields.values()))
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "object" and "properties" in node:
        return T.StructType(
            [T.StructField(name, spark_type(sub, defs), True) for name, sub in node["properties"].items()]
        )
    if kind == "array":
        items = node.get("items")
        return T.ArrayType(spark_type(items, defs) if isinstance(items, dict) else T.StringType(), True)
    return {
        "string": T.StringType(),
        "integer": T.LongType(),
        "number": T.DoubleType(),
        "boolean": T.BooleanType(),
    }.get(kind, T.StringType())


def record_schema(path):
    """The Spark schema of an output line, from the JSON Schema that `newsextract schema` prints."""
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    return spark_type(schema, schema.get("$defs", {}))


def with_sentinel(lines):
    """A partition's lines behind the sentinel article (blank lines dropped)."""
    yield SENTINEL
    for line in lines:
        if line.strip():
            yield line


def without_sentinel(lines):
    """A partition's output without the sentinel's record (always the first line)."""
    first = True
    for line in lines:
        if first:
            first = False
            if json.loads(line).get("id") != SENTINEL_ID:
                raise RuntimeError("newsextract output out of step with its input: " + line[:200])
            continue
        yield line


def pipe_through_newsextract(lines, binary, extra_args=()):
    """The RDD of output lines (JSON strings), partition for partition, line for line."""
    command = ["sh", "-c", WRAPPER, "newsextract-wrapper", binary, "extract", "--threads", "1", "--quiet"]
    command += list(extra_args) + ["-"]
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"}
    return (
        lines.mapPartitions(with_sentinel, preservesPartitioning=True)
        .pipe(shlex.join(command), env=env, checkCode=True)
        .mapPartitions(without_sentinel, preservesPartitioning=True)
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSONL dump (any path Spark reads, .gz included)")
    parser.add_argument("output", help="directory for the records (JSON lines, one file per partition)")
    parser.add_argument("--binary", default="newsextract", help="path of the newsextract binary")
    parser.add_argument("--partitions", type=int, default=None, help="minimum number of partitions")
    parser.add_argument("--schema", default=None, help="docs/record.schema.json (default: beside this script's repo)")
    parser.add_argument("--no-text", action="store_true", help="leave the article text out of the records")
    args = parser.parse_args(argv)

    here = os.path.dirname(os.path.abspath(__file__))
    schema_path = args.schema or os.path.join(here, "..", "..", "docs", "record.schema.json")
    binary = os.path.abspath(args.binary) if os.sep in args.binary else args.binary

    spark = SparkSession.builder.appName("newsextract").getOrCreate()
    sc = spark.sparkContext
    lines = sc.textFile(args.input, minPartitions=args.partitions) if args.partitions else sc.textFile(args.input)
    extra = ["--no-text"] if args.no_text else []
    out = pipe_through_newsextract(lines, binary, extra).cache()
    records = spark.read.schema(record_schema(schema_path)).option("mode", "FAILFAST").json(out)
    records.write.mode("overwrite").json(args.output)
    n = records.count()
    errors = records.filter(records.error.isNotNull()).count()
    print(f"newsextract on Spark: {n} records ({errors} error records) in {args.output}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
