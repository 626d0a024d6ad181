"""Model versions on disk, promotion and rollback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import model_store


def _version(root: Path, name: str) -> None:
    (root / name).mkdir(parents=True)
    (root / name / "meta.json").write_text(json.dumps({"version": name}))


def test_versions_are_numbered_and_listed_in_order(tmp_path: Path) -> None:
    assert model_store.next_version(tmp_path) == "v1"
    for name in ("v1", "v2", "v10"):
        _version(tmp_path, name)
    assert model_store.list_versions(tmp_path) == ["v1", "v2", "v10"]
    assert model_store.next_version(tmp_path) == "v11"


def test_promote_then_rollback_returns_to_the_previous_version(tmp_path: Path) -> None:
    _version(tmp_path, "v1")
    _version(tmp_path, "v2")
    assert model_store.promote(tmp_path, "v1") is None
    assert model_store.promote(tmp_path, "v2") == "v1"
    assert model_store.rollback(tmp_path) == ("v2", "v1")
    assert model_store.promoted_version(tmp_path) == "v1"


@pytest.mark.parametrize("promotions", [[], ["v1"]])
def test_rollback_needs_two_promotions(tmp_path: Path, promotions: list[str]) -> None:
    _version(tmp_path, "v1")
    for version in promotions:
        model_store.promote(tmp_path, version)
    with pytest.raises(model_store.ModelStoreError):
        model_store.rollback(tmp_path)


def test_promoting_an_unknown_version_fails(tmp_path: Path) -> None:
    with pytest.raises(model_store.ModelStoreError):
        model_store.promote(tmp_path, "v9")
    assert model_store.promoted_version(tmp_path) is None


def test_promoting_the_current_version_again_is_refused(tmp_path: Path) -> None:
    _version(tmp_path, "v1")
    _version(tmp_path, "v2")
    model_store.promote(tmp_path, "v1")
    model_store.promote(tmp_path, "v2")
    with pytest.raises(model_store.ModelStoreError, match="v2 is already the promoted version"):
        model_store.promote(tmp_path, "v2")
    assert model_store.rollback(tmp_path) == ("v2", "v1")  # the history has no duplicate
