#!/usr/bin/python3
"""Writes small synthetic seeds of the hostile shapes of issue 16 for one fuzz target.

  make_seeds.py TARGET DIR

Each seed is the shape bench/scaling.py measures, shrunk to a few kilobytes so that
libFuzzer mutates around it: encoded-word openers without a closer, '=' folds, an element
with many attributes, unclosed comments, long attribute values, rows of delimiters,
nested label/value objects, long nested keys, many fields, UTF-32. All data is made up.
"""

import os
import sys


def seeds(target):
    if target == "mbox":
        return {
            "encoded-words": b"From: a@example.com\nSubject: " + b"=?a?B?x" * 300 + b"\n\nbody\n",
            "long-word": b"From: a@example.com\nSubject: =?utf-8?B?" + b"QUJD" * 400 + b"?=\n\n",
            "folded": b"From a@b Tue Aug 05 08:00:23 +0000 2008\nTo: a@example.com,\n" + b" b@example.com,\n" * 50 + b"\n",
        }
    if target in ("ics", "vcard"):
        head = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:a=" if target == "ics" else b"BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a="
        end = b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" if target == "ics" else b"\r\nEND:VCARD\r\n"
        return {"eq-folds": head + b"\r\n a=" * 500 + end, "soft-breaks": head + b"=\r\nb=" * 500 + end}
    if target == "html":
        return {
            "attributes": b"<html><body><div" + b"".join(b" a%d=1" % i for i in range(400)) + b">x</div></body></html>",
            "comment": b"<html><body><p>Email: j@example.com</p><!--" + b"x-" * 2000,
            "attribute-value": b'<a href="https://example.com/' + b"x" * 4000 + b'">link</a>',
            "script": b"<script>if (a<!--b) x</script><p>Label:</p><p>value</p>",
        }
    if target == "csv":
        return {
            "commas": b"," * 5000 + b"\na,b\n",
            "headerless": b"jane@example.com,+44 20 7946 0958,GB82WEST12345698765432\nx@example.org,+1 202 555 0143,y\n",
            "wide-header": b",".join(b"column name %d" % i for i in range(600)) + b"\n1,2\n",
        }
    if target == "json":
        return {
            "label-frames": b'{"label":"L","dict":' * 100 + b'"x"' + b"}" * 100,
            "path-growth": b"".join(b'{"v":"1","k%d%s":' % (i, b"k" * 100) for i in range(60)) + b'"x"' + b"}" * 60,
            "many-fields": b"{" + b",".join(b'"f%d":%d' % (i, i) for i in range(1500)) + b"}",
            "utf32": '{"email": "jane@example.com"}'.encode("utf-32"),
        }
    if target == "text":
        return {
            "labels": b"".join(b"Label %d: value %d\n" % (i, i) for i in range(800)),
            "long-line": b"Email: " + b"x" * 8000,
        }
    return {}


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    target, folder = sys.argv[1:]
    os.makedirs(folder, exist_ok=True)
    for name, data in seeds(target).items():
        with open(os.path.join(folder, f"hostile-{name}"), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
