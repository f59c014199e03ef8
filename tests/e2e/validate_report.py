#!/usr/bin/env python3
"""Validates dataaudit JSON reports against schema/report.schema.json (JSON Schema 2020-12).

    validate_report.py SCHEMA FILE...

A FILE ending in .ndjson is validated line by line against $defs/ndjson_record; any
other FILE is one --format json document. Prints each problem; exit status 0 when every
file is valid, 1 when one is not, 2 on bad usage or an invalid schema.
Needs the python3-jsonschema package (Debian), which .ci/install-deps installs.
"""
import json
import sys

from jsonschema import Draft202012Validator


def problems(validator, instance):
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        yield f"{where}: {error.message[:300]}"


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    document = Draft202012Validator(schema)
    record = Draft202012Validator({"$schema": schema["$schema"], "$defs": schema["$defs"],
                                   "$ref": "#/$defs/ndjson_record"})
    failed = checked = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if path.endswith(".ndjson"):
            items = [(f"{path}:{n}", line, record) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        else:
            items = [(path, text, document)]
        for name, text, validator in items:
            checked += 1
            try:
                instance = json.loads(text)
            except json.JSONDecodeError as e:
                print(f"FAIL {name}: not JSON: {e}")
                failed += 1
                continue
            found = list(problems(validator, instance))
            for p in found[:20]:
                print(f"FAIL {name}: {p}")
            failed += bool(found)
    print(f"{checked} reports checked, {failed} invalid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
