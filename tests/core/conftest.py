"""Shared fixtures for the pure-Python core tests (no QGIS needed)."""

from __future__ import annotations

import pytest

from cpted_safety_map.plugin.core.model import GradingModel, load_model


@pytest.fixture(scope="session")
def model() -> GradingModel:
    """The bundled model, loaded once (hash-checked and self-checked by load_model)."""
    return load_model()
