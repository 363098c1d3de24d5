"""The layering of DESIGN.md, enforced: core is pure, the command line never loads widgets."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
from pathlib import Path

import facilitator

SOURCE = Path(facilitator.__file__).parent
FORBIDDEN_IN_CORE = (
    "PySide6",
    "sqlalchemy",
    "alembic",
    "openpyxl",
    "facilitator.store",
    "facilitator.services",
    "facilitator.ui",
    "sqlite3",
    "pathlib",
    "os",
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_neither_qt_nor_sqlalchemy_nor_io() -> None:
    offenders = {
        f"{path.relative_to(SOURCE)}: {module}"
        for path in (SOURCE / "core").rglob("*.py")
        for module in imported_modules(path)
        if any(module == banned or module.startswith(banned + ".") for banned in FORBIDDEN_IN_CORE)
    }
    assert not offenders


def test_the_scan_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import Qt\nimport sqlalchemy.orm\n", encoding="utf-8")
    assert imported_modules(sample) == {"PySide6.QtCore", "sqlalchemy.orm"}


def test_headless_commands_never_load_widgets(tmp_path: Path) -> None:
    """Importing the CLI and running commands (printing and the export too) with QtWidgets made
    unimportable."""
    yesterday = dt.date.today() - dt.timedelta(days=1)
    year = (yesterday - dt.timedelta(days=(yesterday.weekday() - 5) % 7)).year  # the demo's last session
    script = (
        "import sys\n"
        "sys.modules['PySide6.QtWidgets'] = None\n"
        "from facilitator.cli import main\n"
        f"code = main(['demo', 'create', '--db', {str(tmp_path / 'x.sqlite')!r}])\n"
        f"code += main(['roster', 'list', '--db', {str(tmp_path / 'x.sqlite')!r}, '--json'])\n"
        f"code += main(['print', 'indemnity', '--db', {str(tmp_path / 'x.sqlite')!r}, '--year', '{year}',"
        f" '-o', {str(tmp_path / 'x.pdf')!r}])\n"
        f"code += main(['export', 'indemnity', '--db', {str(tmp_path / 'x.sqlite')!r}, '--year', '{year}',"
        f" '--format', 'xlsx', '-o', {str(tmp_path / 'x.xlsx')!r}])\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert '"last_name"' in result.stdout
    assert (tmp_path / "x.pdf").exists() and (tmp_path / "x.xlsx").exists()


def test_services_and_store_never_import_the_interface() -> None:
    offenders = {
        f"{path.relative_to(SOURCE)}: {module}"
        for package in ("services", "store", "core", "printing")
        for path in (SOURCE / package).rglob("*.py")
        for module in imported_modules(path)
        if module.startswith(("facilitator.ui", "PySide6.QtWidgets", "PySide6.QtGui"))
    }
    assert not offenders
