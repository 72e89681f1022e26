"""The architecture, checked as part of the test run: import contracts, core on the standard
library only, every top-level module placed in a layer, and modules of one concept each."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "checkin"
MAX_LINES = 300


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def test_the_import_contracts_hold() -> None:
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_logo=True) == 0


def test_core_imports_the_standard_library_and_itself_only() -> None:
    allowed = set(sys.stdlib_module_names) | {"__future__"}
    strays = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in (PACKAGE / "core").rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] not in allowed and not name.startswith("checkin.core")
    }
    assert not strays, sorted(strays)


def test_every_top_level_module_has_a_layer() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    modules = {
        f"checkin.{path.stem if path.is_file() else path.name}"
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" and path.stem != "__init__")
        or (path.is_dir() and (path / "__init__.py").exists())
    }
    assert modules - placed == set()


def test_modules_hold_one_concept_each() -> None:
    long = {
        f"{path.relative_to(ROOT)}: {count}"
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, sorted(long)
