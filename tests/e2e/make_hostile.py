#!/usr/bin/python3
"""Writes one hostile input for check_hostile.sh, at a moderate size, at test time.

    make_hostile.py SHAPE DIR

Shapes (each file is small on disk; what it would cost to read is in the comment):
  overlap      overlap.zip: 3,000 central-directory entries that all name one local
               header holding 8 MiB of deflated zeros
  skipped-bz2  skipped.tar.bz2: a media member and a JSON member that fails at byte 0,
               each followed by 32 MiB of zeros, then a good JSON member
  cut-directory cut-directory.zip: a zip cut inside its central directory (the end
               record and all but the first directory record are gone)
  fake-end     fake-end.zip: a good zip whose comment ends in a false end record
  rar          export.rar: RAR magic and junk
  lying-size   a.zip, big.zip, c.zip: big.zip holds a nested zip whose directory claims
               1 GiB, so that reading it asks for that much memory at once
  nested       nested.zip: 16 levels of zips, each stored inside the next with 1 MiB of
               zeros, deflated only at the top; the innermost holds profile.json
"""
import io, os, struct, sys, tarfile, zipfile

GOOD_JSON = b'{"profile": {"email": "jane@example.com", "phone": "+447700900123"}}'


def zip_bytes(members, method=zipfile.ZIP_DEFLATED, comment=b""):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as z:
        for name, data in members:
            z.writestr(name, data)
        z.comment = comment
    return buffer.getvalue()


def overlap(out):
    one = zip_bytes([("data/zeros.json", b"\0" * (8 << 20))])
    directory = one.index(b"PK\x01\x02")
    end = one.index(b"PK\x05\x06")
    record = one[directory:end]
    records = b"".join(
        record[:28] + struct.pack("<H", len(b"data/z00000.json")) + record[30:46] + b"data/z%05d.json" % i
        for i in range(3000))
    end_record = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 3000, 3000, len(records), directory, 0)
    write(out, "overlap.zip", one[:directory] + records + end_record)


def skipped_bz2(out):
    path = os.path.join(out, "skipped.tar.bz2")
    with tarfile.open(path, "w:bz2") as t:
        for name, head in (("media/clip.mp4", b""), ("data/broken.json", b"}")):
            add(t, name, head + b"\0" * (32 << 20))
        add(t, "data/profile.json", GOOD_JSON)


def add(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))


def cut_directory(out):
    whole = zip_bytes([("data/profile.json", GOOD_JSON), ("data/more.json", GOOD_JSON)])
    second_record = whole.index(b"PK\x01\x02", whole.index(b"PK\x01\x02") + 4)
    write(out, "cut-directory.zip", whole[:second_record])


def fake_end(out):
    fake = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0, 0, 0, 0, 0)
    write(out, "fake-end.zip", zip_bytes([("data/profile.json", GOOD_JSON)], comment=b"exported " + fake))


def rar(out):
    write(out, "export.rar", b"Rar!\x1a\x07\x00" + bytes(range(256)) * 4)


def lying_size(out):
    inner = zip_bytes([("inner/profile.json", GOOD_JSON)])
    big = bytearray(zip_bytes([("inner.zip", inner), ("data/profile.json", GOOD_JSON)]))
    record = big.index(b"PK\x01\x02")
    struct.pack_into("<I", big, record + 24, 1 << 30)  # the uncompressed size the directory claims
    write(out, "big.zip", bytes(big))
    write(out, "a.zip", zip_bytes([("data/profile.json", GOOD_JSON)]))
    write(out, "c.zip", zip_bytes([("data/profile.json", GOOD_JSON)]))


def nested(out):
    level = zip_bytes([("profile.json", GOOD_JSON)], zipfile.ZIP_STORED)
    for depth in range(15):
        level = zip_bytes([("padding.bin", b"\0" * (1 << 20)), ("level%02d.zip" % depth, level)], zipfile.ZIP_STORED)
    write(out, "nested.zip", zip_bytes([("level15.zip", level)]))


def write(out, name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


SHAPES = {"overlap": overlap, "skipped-bz2": skipped_bz2, "cut-directory": cut_directory, "fake-end": fake_end,
          "rar": rar, "lying-size": lying_size, "nested": nested}

if __name__ == "__main__":
    SHAPES[sys.argv[1]](sys.argv[2])
