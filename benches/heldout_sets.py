#!/usr/bin/env python3
"""Build held-out-style word-damage sets from text the lexicon never counted.

    python3 benches/heldout_sets.py OUT_DIR [--density 2.65] [--seeds 21 22]

The dev set's sources are State of the Union speeches after the first 45% of the file and
the CIA World Factbook; neither is in the lexicon's counts (see ../shared/data/README.md).
This takes other chunks of the same two sources (every paragraph that appears in dev/clean
is left out), about 500 words each, and damages them with the bench's own damage.py and the
dev profile restricted to word damage (glyph, drop, split, merge, space_sub, hyphen_break).
The default density, 2.65 word defects per 1,000 words, is the dev profile's share of word
damage. Score each set with ../shared/bench/score.py. Needs ../shared; a measuring aid only,
never a test.
"""
import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
WORD_KINDS = ("glyph", "drop", "space_sub", "split", "merge", "hyphen_break")


def dev_paragraphs():
    seen = set()
    for path in (SHARED / "bench/dev/clean").glob("*.txt"):
        seen.update(p.strip()[:80] for p in path.read_text().split("\n\n"))
    return seen


def chunks(path, start_share, count, prefix, out, skip):
    text = path.read_text()
    paragraphs = [p.strip() for p in text[int(len(text) * start_share):].split("\n\n") if p.strip()][1:]
    docs, current, words = [], [], 0
    for p in paragraphs:
        if p[:80] in skip:
            current, words = [], 0
            continue
        current.append(p)
        words += len(p.split())
        if words >= 500:
            docs.append("\n\n".join(current) + "\n")
            current, words = [], 0
    random.Random(7).shuffle(docs)
    for i, doc in enumerate(docs[:count]):
        (out / f"{prefix}{i:04d}.txt").write_text(doc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--density", type=float, default=2.65, help="word defects per 1,000 words")
    ap.add_argument("--seeds", type=int, nargs="+", default=[21, 22])
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"no {SHARED}: the held-out-style sets are built from ../shared")
    out = Path(args.out_dir)
    src = out / "src"
    src.mkdir(parents=True, exist_ok=True)
    skip = dev_paragraphs()
    corpus = SHARED / "data/corpus"
    chunks(corpus / "sotu_1790_2026.txt", 0.45, 160, "hs", src, skip)
    chunks(corpus / "cia_world_factbook_prose.txt", 0.0, 40, "hf", src, skip)
    profile = json.loads((SHARED / "bench/profiles/dev.json").read_text())
    profile["weights"] = {k: v for k, v in profile["weights"].items() if k in WORD_KINDS}
    profile["defects_per_1000_words"] = args.density
    (out / "profile.json").write_text(json.dumps(profile))
    for seed in args.seeds:
        subprocess.run([sys.executable, str(SHARED / "bench/damage.py"), "--profile", str(out / "profile.json"),
                        "--seed", str(seed), str(src), str(out / f"set{seed}")], check=True, stdout=subprocess.DEVNULL)
        print(out / f"set{seed}")


if __name__ == "__main__":
    main()
