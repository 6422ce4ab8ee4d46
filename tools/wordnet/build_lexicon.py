#!/usr/bin/python3
"""Builds src/ConsistencyCheck/Resources/wordnet.lex.gz from an installed WordNet 3.0 database.

Usage (from the repository root; stdlib only):

    /usr/bin/python3 tools/wordnet/build_lexicon.py [--wordnet /usr/share/wordnet] [--out FILE]

The input is the WordNet 3.0 database as Debian's `wordnet-base` installs it: data.{noun,verb,adj,adv},
index.{noun,verb,adj,adv}, {noun,verb,adj,adv}.exc and cntlist.rev. WordNet 3.0 is Copyright 2006 by Princeton
University and used under the WordNet 3.0 licence (src/ConsistencyCheck/Resources/WORDNET-LICENSE.txt).

The output is deterministic: the same database gives the same bytes (gzip level 9, no file name, mtime 0; the
payload is sorted and independent of dictionary order). The C# reader is
src/ConsistencyCheck/Text/Lexical/WordNetLexiconReader.cs; change both together and bump the format version.

Payload format, version 1: ASCII text, one record per line, fields separated by one space, lines ending in LF.

    wordnet-lexicon 1 wordnet-3.0
    lemmas <L> <senses>
    <lemma> <sense> [<sense> ...]                 L lines
    synsets <S> <members> <hypernyms> <Snoun> <Sverb> <Sadj> <Sadv>
    <offset> <member>[,<member> ...] [<hypernym>[,<hypernym> ...]]     S lines
    exceptions noun <E>
    <form> <base> [<base> ...]                    E lines (then the same for verb, adj and adv)
    end

- Section headers give the number of records and, so that a reader can size its arrays at once, the total number of
  senses, synset members and hypernyms.
- Lemmas are WordNet's index lemmas: lower case, '_' for a space, sorted by ordinal (byte) order. The i-th lemma
  line (from 0) is lemma id i. Every lemma has at least one sense.
- A sense is <synset id>, or <synset id>:<tag count> when its tag count (cntlist.rev, the number of times the sense
  was tagged in the semantic concordances) is not 0. A lemma's senses are grouped by part of speech in the order
  noun, verb, adjective, adverb and, within one part of speech, listed in WordNet's sense order (index.*).
- Synset ids number the synsets from 0: all noun synsets in data.noun offset order, then verbs, then adjectives
  (heads and satellites, data.adj), then adverbs; so the part of speech of a synset follows from its id and the
  counts on the `synsets` line. <offset> is the synset's WordNet 3.0 offset in its data file (its usual identifier).
- Members are lemma ids in the synset's own word order (case and adjective markers dropped, duplicates removed).
- Hypernyms (nouns and verbs only) are synset ids: the `@` pointers followed by the instance hypernyms `@i`, each in
  data-file order. The field is absent when the synset has none.
- Tag counts are looked up by sense key, as NLTK's Lemma.count() does: the key is computed from the data files
  (lemma%ss_type:lex_filenum:lex_id:head_word:head_id). cntlist.rev also holds entries whose keys WordNet 3.0 no
  longer has (about 1,900, dropped) and sense numbers of an older release (not used: WordNet's sense order is the
  order of index.*). Checked when this script was written: for 155,286 of the 155,287 (lemma, part of speech)
  pairs the number of senses with a tag count above 0 equals index.*'s tagsense_cnt (the other is adjective "last").
- Exceptions are the morphological exception lists (*.exc) as WordNet ships them, sorted by form: an irregular form
  and its base forms in file order ("children child", "went go"). Base forms need not be lemmas. A form listed on
  two lines (four in noun.exc: "involucra involucre" and "involucra involucrum", ...) is one record with the bases of
  both, without repeats; so every form appears once per part of speech.
"""

import argparse
import gzip
import io
import os
import sys

FORMAT_VERSION = 1
POS = ("noun", "verb", "adj", "adv")
POS_LETTER = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
SS_TYPE = {"n": 1, "v": 2, "a": 3, "r": 4, "s": 5}


def data_lines(path):
    """The synset lines of a data.* or index.* file (the licence header lines start with a space)."""
    with open(path, "r", encoding="ascii") as f:
        for line in f:
            if not line.startswith(" "):
                yield line.rstrip("\n")


def strip_marker(word):
    """Drops an adjective's syntactic marker: 'galore(ip)' -> 'galore'."""
    return word[: word.index("(")] if word.endswith(")") and "(" in word else word


def read_synsets(wordnet, pos):
    """The synsets of one data file, in offset order: dicts of offset, type, lexfile, words, hypernyms, head."""
    synsets = []
    for line in data_lines(os.path.join(wordnet, "data." + pos)):
        fields = line.split(" | ", 1)[0].split()
        offset, lexfile, ss_type = int(fields[0]), int(fields[1]), fields[2]
        w_cnt = int(fields[3], 16)
        raw = [fields[4 + 2 * i].lower() for i in range(w_cnt)]
        words = [(strip_marker(raw[i]), int(fields[5 + 2 * i], 16)) for i in range(w_cnt)]
        p_at = 4 + 2 * w_cnt
        p_cnt = int(fields[p_at])
        hypernyms, instances, head = [], [], None
        for i in range(p_cnt):
            symbol, target, target_pos = fields[p_at + 1 + 4 * i: p_at + 4 + 4 * i]
            if symbol == "@":
                hypernyms.append(int(target))
            elif symbol == "@i":
                instances.append(int(target))
            elif symbol == "&" and ss_type == "s" and head is None:
                head = int(target)
        synsets.append({"offset": offset, "type": ss_type, "lexfile": lexfile, "words": words, "first": raw[0],
                        "hypernyms": hypernyms + instances, "head": head})
    synsets.sort(key=lambda s: s["offset"])
    return synsets


def read_index(wordnet, pos):
    """lemma -> synset offsets in sense order, from index.<pos>."""
    index = {}
    for line in data_lines(os.path.join(wordnet, "index." + pos)):
        fields = line.split()
        lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
        index[lemma] = [int(o) for o in fields[4 + p_cnt + 2:][:synset_cnt]]
    return index


def read_counts(wordnet):
    """sense key -> tag count, from cntlist.rev (its sense numbers are not used: see the module notes)."""
    counts = {}
    with open(os.path.join(wordnet, "cntlist.rev"), "r", encoding="ascii") as f:
        for line in f:
            key, _, count = line.split()
            counts[key] = int(count)
    return counts


def read_exceptions(wordnet, pos):
    """(form, [bases]) pairs of <pos>.exc, sorted by form; a form listed on several lines gets one pair."""
    bases = {}
    with open(os.path.join(wordnet, pos + ".exc"), "r", encoding="ascii") as f:
        for line in f:
            fields = line.split()
            if fields:
                listed = bases.setdefault(fields[0], [])
                listed.extend(b for b in fields[1:] if b not in listed)
    return sorted(bases.items())


def sense_key(lemma, synset, by_offset):
    """WordNet's sense key of <lemma> in <synset> (senseidx(5WN)), e.g. 'doctor%1:18:00::'.

    A satellite's key names the first word of its head synset as the data file spells it, adjective marker included
    ('above%5:00:00:preceding(a):00'): that is how cntlist.rev spells it.
    """
    lex_id = next(i for w, i in synset["words"] if w == lemma)
    head_word, head_id = "", ""
    if synset["type"] == "s":
        head = by_offset[synset["head"]]
        head_word, head_id = head["first"], "%02d" % head["words"][0][1]
    return "%s%%%d:%02d:%02d:%s:%s" % (lemma, SS_TYPE[synset["type"]], synset["lexfile"], lex_id, head_word, head_id)


def build(wordnet):
    """The payload text, and statistics for the log."""
    synsets = {pos: read_synsets(wordnet, pos) for pos in POS}
    ids, first = {}, 0
    for pos in POS:
        for i, s in enumerate(synsets[pos]):
            ids[(pos, s["offset"])] = first + i
        first += len(synsets[pos])
    indexes = {pos: read_index(wordnet, pos) for pos in POS}
    counts = read_counts(wordnet)
    by_offset = {pos: {s["offset"]: s for s in synsets[pos]} for pos in POS}
    lemmas = sorted(set().union(*(indexes[pos].keys() for pos in POS)))
    lemma_ids = {lemma: i for i, lemma in enumerate(lemmas)}

    stats = {"senses": 0, "tagged senses": 0, "tags": 0}
    matched = set()
    out = []
    for lemma in lemmas:
        senses = []
        for pos in POS:
            for offset in indexes[pos].get(lemma, ()):
                key = sense_key(lemma, by_offset[pos][offset], by_offset[pos])
                count = counts.get(key, 0)
                if count:
                    matched.add(key)
                    stats["tagged senses"] += 1
                    stats["tags"] += count
                stats["senses"] += 1
                senses.append(str(ids[(pos, offset)]) + (":%d" % count if count else ""))
        out.append(lemma + " " + " ".join(senses))

    out[:0] = ["wordnet-lexicon %d wordnet-3.0" % FORMAT_VERSION, "lemmas %d %d" % (len(lemmas), stats["senses"])]
    synset_lines, members_total, hypernyms_total = [], 0, 0
    for pos in POS:
        for s in synsets[pos]:
            members = list(dict.fromkeys(lemma_ids[w] for w, _ in s["words"]))
            line = "%d %s" % (s["offset"], ",".join(map(str, members)))
            if s["hypernyms"]:
                line += " " + ",".join(str(ids[(pos, o)]) for o in s["hypernyms"])
            synset_lines.append(line)
            members_total += len(members)
            hypernyms_total += len(s["hypernyms"])
    out.append("synsets %d %d %d %s" % (len(ids), members_total, hypernyms_total,
                                        " ".join(str(len(synsets[pos])) for pos in POS)))
    out.extend(synset_lines)

    for pos in POS:
        pairs = read_exceptions(wordnet, pos)
        out.append("exceptions %s %d" % (pos, len(pairs)))
        out.extend(form + " " + " ".join(bases) for form, bases in pairs)
    out.append("end")
    stats.update({"lemmas": len(lemmas), "synsets": len(ids), "cntlist.rev entries": len(counts),
                  "cntlist.rev entries unmatched": len(counts) - len(matched)})
    return "\n".join(out) + "\n", stats


def write_gzip(payload, path):
    """Writes <payload> gzipped, without file name or time stamp, so the bytes depend on the content only."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buffer, mtime=0) as f:
        f.write(payload.encode("ascii"))
    with open(path, "wb") as f:
        f.write(buffer.getvalue())
    return len(buffer.getvalue())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(here, "..", "..", "src", "ConsistencyCheck", "Resources", "wordnet.lex.gz")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="the WordNet 3.0 dict folder")
    parser.add_argument("--out", default=os.path.normpath(default_out), help="the resource file to write")
    args = parser.parse_args()
    payload, stats = build(args.wordnet)
    size = write_gzip(payload, args.out)
    print("%s: %d bytes (%d uncompressed); %s" % (args.out, size, len(payload),
          ", ".join("%s %d" % kv for kv in stats.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
