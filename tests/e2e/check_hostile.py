#!/usr/bin/python3
"""End-to-end check of one hostile document shape (issue 16) at a moderate size.

  check_hostile.py DATAAUDIT WORK_DIR SHAPE

Writes the shape with the generator bench/scaling.py measures it with (so the test and
the scaling table see the same input), runs the real binary on it with the default
(redacted) report, and checks that it
  * exits 0 or 2 (never a crash or a kill);
  * reports the limit the shape runs into, as a diagnostic naming the member, when the
    shape has one;
  * prints none of the planted secrets, in the JSON and in the text report.
No timing is asserted: ctest's TIMEOUT catches a reader gone quadratic again.
Exit status: 0 pass, 1 fail, 2 bad usage.
"""

import importlib.util
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SECRETS = ["jane@example.com", "GB82WEST12345698765432", "+44 20 7946 0958", "4539 1488 0343 6467"]


def load_scaling():
    path = os.path.join(HERE, "..", "..", "bench", "scaling.py")
    spec = importlib.util.spec_from_file_location("scaling", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def headerless_csv(folder, n):
    """A CSV without a header row: its first row is data (issue 16: it became the names)."""
    path = os.path.join(folder, "contacts.csv")
    with open(path, "w") as f:
        f.write("jane@example.com,+44 20 7946 0958,GB82WEST12345698765432,4539 1488 0343 6467\n")
        for i in range(n):
            f.write(f"user{i}@example.org,+44 20 7946 {i % 10000:04d},NL91ABNA0417164300,x\n")
    return path


def utf32_json(folder, n):
    """A JSON member in UTF-32 (issue 16: "no JSON value after the JavaScript prefix")."""
    path = os.path.join(folder, "profile.json")
    with open(path, "wb") as f:
        f.write('{"email": "jane@example.com"}'.encode("utf-32"))
    return path


def shapes(scaling):
    """name -> (generator, size, expected diagnostic substring or None). The sizes are
    those at which the code before issue 16 took minutes (mbox, ics, vcf, HTML
    attributes) or hundreds of MB, and a linear reader well under a second."""
    return {
        "mbox-encoded-word": (scaling.mbox_encoded_word, 1 << 20, None),
        "ics-folds": (scaling.folded_lines("ics", b"DESCRIPTION;X=", b"END:VEVENT\r\nEND:VCALENDAR\r\n"), 1000000,
                      "--max-line-length"),
        "vcf-folds": (scaling.folded_lines("vcf", b"NOTE;X=", b"END:VCARD\r\n"), 1000000, "--max-line-length"),
        "html-attributes": (scaling.html_attributes, 200000, "--max-attributes"),
        "html-comment": (scaling.html_comment, 4 << 20, None),
        "html-attribute-value": (scaling.html_attribute_value, 4 << 20, "whose attributes (names and values) are longer than"),
        "csv-commas": (scaling.csv_commas, 1 << 20, "--max-columns"),
        "csv-headerless": (headerless_csv, 2000, None),
        "json-label-frames": (scaling.json_label_frames, 70, "--max-label-frames"),
        "json-path-growth": (scaling.json_path_growth, 128, "--max-field-path"),
        "json-context-tokens": (scaling.json_context_tokens, 100, "--max-field-path"),
        "json-many-fields": (scaling.json_many_fields, 3000, "--max-file-fields"),
        "json-utf32": (utf32_json, 1, "UTF-32 is not supported"),
        "text-long-line": (scaling.text_long_line, 4 << 20, "--max-line-length"),
        "text-many-labels": (scaling.text_many_labels, 3000, "--max-file-fields"),
    }


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    binary, work, name = sys.argv[1:]
    table = shapes(load_scaling())
    if name not in table:
        print(f"unknown shape {name}; known: {', '.join(sorted(table))}", file=sys.stderr)
        return 2
    make, size, expected = table[name]
    # The many-fields shapes meet a lower --max-file-fields: each new field costs a
    # classification plan, which is slow under ASan; the default is measured in bench/.
    options = ["--max-file-fields", "1000"] if "many" in name else []
    folder = os.path.join(work, "hostile", name)
    os.makedirs(folder, exist_ok=True)
    path = make(folder, size)
    failures = []
    report = subprocess.run([binary, "--format", "json", *options, path], capture_output=True)
    text = subprocess.run([binary, "--color", "never", *options, path], capture_output=True)
    os.remove(path)
    for run, label in ((report, "json"), (text, "text")):
        if run.returncode not in (0, 2):
            failures.append(f"{label} report: exit status {run.returncode}: {run.stderr.decode(errors='replace')[-400:]}")
        for secret in SECRETS:
            if secret.encode() in run.stdout or secret.encode() in run.stderr:
                failures.append(f"{label} report prints the planted secret {secret!r}")
    try:
        document = json.loads(report.stdout)
        diagnostics = [d for a in document["archives"] for d in a.get("diagnostics", [])]
    except (ValueError, KeyError) as e:
        failures.append(f"the JSON report does not parse: {e}")
        diagnostics = []
    if expected is not None:
        named = [d for d in diagnostics if expected in d.get("message", "")]
        if not named:
            failures.append(f"no diagnostic with {expected!r}; got {[d.get('message') for d in diagnostics]}")
        elif not all(d.get("file") for d in named):
            failures.append(f"the diagnostic does not name the member: {named}")
    for failure in failures:
        print("FAIL:", failure)
    if not failures:
        print(f"ok: {name} (exit {report.returncode}, {len(diagnostics)} diagnostics)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
