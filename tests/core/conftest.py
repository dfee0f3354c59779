"""Shared fixtures for the pure-Python core tests (no QGIS needed)."""

from __future__ import annotations

import numpy as np
import pytest

from cpted_safety_map.plugin.core.model import GradingModel, load_model


@pytest.fixture(scope="session")
def model() -> GradingModel:
    """The bundled model, loaded once (hash-checked and self-checked by load_model)."""
    return load_model()


@pytest.fixture(autouse=True)
def quiet_empty_intersections():
    """GEOS 3.11 (QGIS 3.22's) flags a line and polygon that do not meet as an invalid value: the tests' own
    reference computations intersect many such pairs on purpose."""
    with np.errstate(invalid="ignore"):
        yield
