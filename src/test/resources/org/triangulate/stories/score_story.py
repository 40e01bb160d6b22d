"""Scores a dossier against a story key with the shared scorer, reading the corpus's files whatever their extension
(the shared scorer reads only .txt files). Usage: score_story.py SCORER_DIR KEY CORPUS_DIR DOSSIER"""
import json
import os
import sys

sys.path.insert(0, sys.argv[1])
import score_dossier as sd  # noqa: E402


class AnyCorpus(sd.Corpus):
    def __init__(self, corpus_dir):
        self.names, self.texts, self.urls = {}, {}, {}
        for name in sorted(os.listdir(corpus_dir)):
            if name in ("manifest.jsonl", "README.md") or name.startswith("."):
                continue
            with open(os.path.join(corpus_dir, name), encoding="utf-8") as f:
                self.names[name[:3]], self.texts[name[:3]] = name, f.read()
        manifest = os.path.join(corpus_dir, "manifest.jsonl")
        if os.path.exists(manifest):
            with open(manifest, encoding="utf-8") as f:
                for line in f:
                    row = json.loads(line) if line.strip() else {}
                    if row.get("url") and row.get("file"):
                        self.urls[row["url"]] = row["file"][:3]


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[2], encoding="utf-8") as f:
        key = json.load(f)
    corpus = AnyCorpus(sys.argv[3])
    with open(sys.argv[4], encoding="utf-8") as f:
        dossier = sd.Dossier(json.load(f), corpus)
    result = sd.score(key, corpus, dossier)
    for cid, want, got in result["status_rows"]:
        print(f"  {cid:28s} want {want:27s} got {got or '-'}")
    figures = []
    for k, v in result.items():
        if k == "status_rows":
            continue
        v = len(v) if isinstance(v, list) else v
        figures.append(f"{k}={'n/a' if v is None else (f'{v:.2f}' if isinstance(v, float) else v)}")
    print(" ".join(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
