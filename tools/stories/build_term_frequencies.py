#!/usr/bin/env python3
"""Builds the term-frequency table of the story signatures (src/ConsistencyCheck/Resources/stories/).

Input: WordNet 3.0 as installed by Debian's wordnet-base (/usr/share/wordnet): cntlist.rev gives, for every sense
key, how often that sense was tagged in the semantic concordance texts (about 259,000 tags in all); the *.exc files
list irregular inflections ("said" -> "say"). Output: term-frequencies.tsv.gz, one "word<TAB>count" line per word, or
"form<TAB>count<TAB>lemma" for an irregular form, sorted by word, gzip'd with a fixed header (no file name, mtime 0),
so the same input always gives the same bytes (about 19,300 lines, 79 KB).

What goes in:
- every lemma whose senses were tagged at least MIN_COUNT times in all (summed over its senses and parts of speech;
  about 17,300 single words), so that inflections can be undone for all of them; multiword lemmas ("united_states") are left out:
  the signature weighs single words;
- the irregular inflections of those lemmas from the *.exc files, with the lemma's count and the lemma itself ("said"
  -> "say", "children" -> "child"; an irregular form that is also a lemma, such as "running", goes to its base);
  regular inflections are undone at run time by a few suffix rules (Stories/TermFrequencies.cs);
- function words, which WordNet does not list at all (it has no pronouns, prepositions, determiners or
  conjunctions), plus weekday and month names and contraction fragments, from the fixed list below, each with the
  count FUNCTION_WORD: the signature drops them outright.

Usage: python3 tools/stories/build_term_frequencies.py [WORDNET_DIR] [OUTPUT]
"""
import gzip
import io
import os
import sys

MIN_COUNT = 1
FUNCTION_WORD = 1_000_000

# English function words (closed classes), news-calendar words and contraction fragments ("doesn't" reads as
# "doesn" + "t"). Deliberately short and general: a stop list of news words would tune the table to a corpus.
FUNCTION_WORDS = """
a about above across after afterwards again against all almost alone along already also although always am among
amongst an and another any anybody anyone anything anyway anywhere are around as at be became because become becomes
been before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing
done down during each either else elsewhere enough etc even ever every everybody everyone everything everywhere except
few for former formerly from further had has have having he hence her here hereafter hereby herein hers herself him
himself his how however i if in indeed inside instead into is it its itself just least less many may me meanwhile might
mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not
nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own per
perhaps rather same several shall she should since so some somebody someone something sometime sometimes somewhere
still such than that the their theirs them themselves then thence there thereafter thereby therefore therein these they
this those though through throughout thru thus to together too toward towards under unless until up upon us very via
was we well were what whatever when whence whenever where whereas whereby wherein whether which while whither who
whoever whole whom whose why will with within without would yet you your yours yourself yourselves
mr mrs ms dr jr sr st sen rep gov gen lt col sgt
monday tuesday wednesday thursday friday saturday sunday
january february april june july august september october november december
today yesterday tomorrow tonight
aren couldn didn doesn don hadn hasn haven isn ll mustn needn re shan shouldn ve wasn weren wouldn
""".split()


def lemma_counts(wordnet):
    counts = {}
    with open(os.path.join(wordnet, "cntlist.rev"), encoding="utf-8") as lines:
        for line in lines:
            key, _sense, count = line.split()
            lemma = key.split("%", 1)[0].lower()
            counts[lemma] = counts.get(lemma, 0) + int(count)
    return {w: c for w, c in counts.items() if c >= MIN_COUNT and w.isalpha()}


def irregular_forms(wordnet, lemmas):
    """form -> (count, lemma), the most frequent lemma when a form has several."""
    forms = {}
    for name in ("noun.exc", "verb.exc", "adj.exc", "adv.exc"):
        with open(os.path.join(wordnet, name), encoding="utf-8") as lines:
            for line in lines:
                form, *bases = line.split()
                if not form.isalpha():
                    continue
                for base in bases:
                    if base in lemmas and base != form and (lemmas[base], base) > forms.get(form, (0, "")):
                        forms[form] = (lemmas[base], base)
    return forms


def main():
    wordnet = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "src", "ConsistencyCheck", "Resources", "stories", "term-frequencies.tsv.gz")
    output = sys.argv[2] if len(sys.argv) > 2 else default
    lemmas = lemma_counts(wordnet)
    table = {word: f"{count}" for word, count in lemmas.items()}
    for form, (count, lemma) in irregular_forms(wordnet, lemmas).items():
        table[form] = f"{count}\t{lemma}"
    for word in FUNCTION_WORDS:
        table[word] = f"{FUNCTION_WORD}"
    text = "".join(f"{word}\t{table[word]}\n" for word in sorted(table))
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("ascii"))
    with open(output, "wb") as out:
        out.write(buffer.getvalue())
    print(f"{output}: {len(table)} words ({len(lemmas)} lemmas, {len(FUNCTION_WORDS)} function words), "
          f"{len(buffer.getvalue())} bytes")


if __name__ == "__main__":
    main()
