"""Write the second-hand corpus: python -m corpus.hand2.generate corpus/hand2"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from corpus.builders import write
from corpus.hand2 import others, smart, underway
from corpus.hand2.packet import Packet


def packets() -> list[Packet]:
    return [make() for module in (smart, underway, others) for make in module.PACKETS]


def generate(out: Path) -> list[Packet]:
    out.mkdir(parents=True, exist_ok=True)
    made = packets()
    for pk in made:
        folder = out / pk.name
        if folder.exists():
            shutil.rmtree(folder)
        for rel, doc in sorted(pk.files.items()):
            write(doc, folder / rel)
        (out / f"{pk.name}.expected.json").write_text(json.dumps(pk.expected(), ensure_ascii=False, indent=2) + "\n", "utf-8")
    return made


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    made = generate(Path(args[0] if args else "corpus/hand2"))
    print(f"{len(made)} packets")


if __name__ == "__main__":
    main()
