"""pdfplumber's table finder without pdfplumber's package.

`import pdfplumber` loads pdfminer, PIL and its PDF classes: a fifth of a second, more than finding every
table of a packet once the grids are remembered (`table_grid.py`). The finder itself (`pdfplumber/table.py`)
reads only its siblings `_typing` and `utils.clustering` / `utils.geometry`, pure functions on dicts; they
are loaded here from pdfplumber's own files as a package of their own. Where pdfplumber's files are laid
out otherwise, pdfplumber is imported as usual.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

PACKAGE = "_pdfplumber_tables"
UTILS = ("clustering", "generic", "geometry")


@cache
def table_module() -> ModuleType:
    """pdfplumber.table: its TableFinder, TableSettings and the edge functions as `table.utils`."""
    try:
        return _load_alone()
    except Exception:  # noqa: BLE001 - another pdfplumber layout: the ordinary import still works
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]
        import pdfplumber.table

        return pdfplumber.table


def _load_alone() -> ModuleType:
    spec = importlib.util.find_spec("pdfplumber")  # finds the package without running it
    if spec is None or spec.origin is None:
        raise ImportError("pdfplumber")
    root = Path(spec.origin).parent
    package = _namespace(PACKAGE, root)
    utils = _namespace(f"{PACKAGE}.utils", root / "utils")
    package.utils = utils  # type: ignore[attr-defined]
    for name in UTILS:
        module = importlib.import_module(f"{PACKAGE}.utils.{name}")
        utils.__dict__.update({key: value for key, value in vars(module).items() if not key.startswith("_")})
    return importlib.import_module(f"{PACKAGE}.table")


def _namespace(name: str, folder: Path) -> ModuleType:
    module = ModuleType(name)
    module.__path__ = [str(folder)]
    sys.modules[name] = module
    return module
