"""Documents are checked in French, the language town halls print them in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from tests.conftest import french_catalogue


@pytest.fixture(scope="package", autouse=True)
def french_documents(qapp: QCoreApplication) -> Iterator[None]:
    """The French catalogue and locale for this package's tests, removed afterwards."""
    with french_catalogue(qapp):
        yield
