#!/usr/bin/env python3
"""Derives Referent's English -> Danish word list from the FreeDict dictionaries (dictd format, as Debian ships them
in dict-freedict-dan-eng and dict-freedict-eng-dan): the Danish-English dictionary reversed (its ~5,100 headwords are
the bulk), and the small English-Danish one as is. Single Danish words only; English keys of one or two words.

usage: english_danish_from_freedict.py DAN_ENG.index DAN_ENG.dict.dz ENG_DAN.index ENG_DAN.dict.dz > english-danish.tsv
"""
import gzip
import re
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def entries(index, dictz):
    data = gzip.open(dictz).read()
    for line in open(index, encoding="utf-8"):
        head, off, length = line.rstrip("\n").split("\t")
        if head.startswith("00-database") or head.startswith("00database"):
            continue
        body = data[b64(off):b64(off) + b64(length)].decode("utf-8").split("\n")[1:]
        yield head, body


def senses(lines):
    """The translations of an entry, in order: bracketed notes and examples dropped, split at commas and semicolons."""
    out = []
    for line in lines:
        line = re.sub(r"\[[^\]]*\]", " ", line)
        line = re.sub(r"\([^)]*\)", " ", line)
        for part in re.split(r"[,;]", line):
            part = re.sub(r"\s+", " ", part).strip().lower()
            if part.startswith("to "):
                part = part[3:]
            if part and re.fullmatch(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*)?", part):
                out.append(part)
    return out


def main(dan_idx, dan_dict, eng_idx, eng_dict):
    danish_word = re.compile(r"[a-zæøå][a-zæøå-]*")
    table = {}  # english -> [(rank, danish)]
    for head, body in entries(dan_idx, dan_dict):
        dan = head.strip().lower()
        if not danish_word.fullmatch(dan):
            continue
        for rank, eng in enumerate(senses(body)):
            table.setdefault(eng, []).append((rank, dan))
    for head, body in entries(eng_idx, eng_dict):
        eng = head.strip().lower()
        if not re.fullmatch(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*)?", eng):
            continue
        for rank, dan in enumerate(senses(body)):
            if danish_word.fullmatch(dan):
                table.setdefault(eng, []).append((rank, dan))
    print("# English -> Danish, derived from FreeDict's Danish-English dictionary 0.3.1 (reversed) and English-Danish")
    print("# dictionary 0.1.0 (Joe Hansen and FreeDict contributors, https://freedict.org/), as in Debian's dict-freedict-dan-eng")
    print("# and dict-freedict-eng-dan 2022.04.21-1. Licence: GNU GPL 3.0 or later; changes from version 0.3 on also")
    print("# CC BY-SA 3.0. Regenerate with minutes/tools/english_danish_from_freedict.py. An English word, a tab, its Danish")
    print("# words, the likeliest first (where the English word is the first sense of the Danish entry).")
    for eng in sorted(table):
        seen = []
        for rank, dan in sorted(table[eng], key=lambda t: (t[0], len(t[1]), t[1])):
            if dan not in seen:
                seen.append(dan)
        print(eng + "\t" + ", ".join(seen[:6]))


if __name__ == "__main__":
    main(*sys.argv[1:5])
