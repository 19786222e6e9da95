"""Load a guide folder: guide.yaml plus categories/*.yaml, validated on load."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import ValidationError

from checklists.schema import Category, DirectionList, DirectionMatch, Guide
from grantcheck.yamlio import load_yaml


class GuideError(Exception):
    """A guide file is invalid; the message names the file and the field."""


def guide_root(name: str) -> Path:
    return Path(str(resources.files("checklists").joinpath("data", name)))


def available_guides() -> list[str]:
    base = Path(str(resources.files("checklists").joinpath("data")))
    return sorted(p.name for p in base.iterdir() if (p / "guide.yaml").is_file())


def _load(path: Path, model: type[Guide] | type[Category] | type[DirectionList]) -> Guide | Category | DirectionList:
    try:
        raw = load_yaml(path.read_text("utf-8"))
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise GuideError(f"{path}: {problems}") from exc
    except yaml.YAMLError as exc:
        raise GuideError(f"{path}: {exc}") from exc


@cache
def load_guide(name: str) -> Guide:
    root = guide_root(name)
    if not (root / "guide.yaml").is_file():
        raise GuideError(f"unknown guide {name!r}; known: {available_guides()}")
    guide = _load(root / "guide.yaml", Guide)
    categories = {}
    for path in sorted((root / "categories").glob("*.yaml")):
        category = _load(path, Category)
        assert isinstance(category, Category)
        if category.code != path.stem:
            raise GuideError(f"{path}: code {category.code!r} does not match the file name")
        categories[category.code] = category
    lists = {path.stem: _load(path, DirectionList) for path in sorted((root / "lists").glob("*.yaml"))}
    for category in categories.values():
        for condition in category.conditions:
            if isinstance(condition, DirectionMatch) and condition.directions not in lists:
                raise GuideError(f"{root / 'categories' / category.code}.yaml: {condition.id}: no list "
                                 f"{condition.directions!r}; known: {sorted(lists)}")
    assert isinstance(guide, Guide)
    unknown = {code for codes in guide.families.values() for code in codes} - set(categories)
    if unknown:
        raise GuideError(f"{root / 'guide.yaml'}: families name unknown categories {sorted(unknown)}")
    return guide.model_copy(update={"categories": categories, "lists": lists})


@cache
def figure_glossary() -> dict[str, dict[str, str]]:
    """Figure name → {unit, meaning}, for listings and reports."""
    path = Path(str(resources.files("checklists").joinpath("data", "figures.yaml")))
    return load_yaml(path.read_text("utf-8"))
