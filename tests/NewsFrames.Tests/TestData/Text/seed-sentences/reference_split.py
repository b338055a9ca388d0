# Independent reference splitter for the seed articles (a different algorithm from SentenceSplitter):
# every non-empty line is a block (headings, bullets, paragraphs); a block splits after . ! ? … (plus closing
# quotes) followed by white space and an upper-case letter, digit or opening quote, except after a title
# abbreviation or a single-letter initial. Every split was then read and confirmed by hand.
import re, sys, os
TITLES = {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "gov"}
def split(text):
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        block = line.strip()
        block = re.sub(r"^[•*·▪◦–-]\s+", "", block)
        if not block: continue
        start = 0
        for m in re.finditer(r"[.!?…]+[”\"’')\]]*(?=\s+[“\"‘(]?[A-Z0-9])", block):
            before = block[start:m.start()].split()
            last = re.sub(r"^\W+", "", before[-1]).lower() if before else ""
            if m.group().startswith(".") and (last in TITLES or re.fullmatch(r"[a-z]", last)):
                continue
            out.append(block[start:m.end()].strip())
            start = m.end()
        out.append(block[start:].strip())
    return [s for s in out if s]
for f in sorted(os.listdir(sys.argv[1])):
    if not f.endswith(".txt"): continue
    sents = split(open(os.path.join(sys.argv[1], f), encoding="utf-8").read())
    with open(os.path.join(sys.argv[2], f), "w", encoding="utf-8") as o:
        o.write("\n".join(sents) + "\n")
    print(f, len(sents))
