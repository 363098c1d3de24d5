"""The package layout and the Qt translations (.ts → .qm), compiled as part of every build,
wheel or editable.

The code lives in src/facilitator; resources/ at the top of the repository is installed as the
package ``facilitator.resources`` (setuptools maps the folder). The .ts sources live in
resources/translations; lrelease comes from PySide6-Essentials, a build requirement. In an
editable install the .qm files are written beside their sources (setuptools sets
``editable_mode``), otherwise into the build tree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Command, find_packages, setup
from setuptools.command.build import build

RESOURCES = Path("resources")
TRANSLATIONS = RESOURCES / "translations"
RESOURCES_PACKAGE = "facilitator.resources"


def _lrelease() -> str:
    candidates = [shutil.which("pyside6-lrelease"), str(Path(sys.executable).parent / "pyside6-lrelease")]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    raise RuntimeError("pyside6-lrelease not found: install PySide6-Essentials in the build environment")


class BuildTranslations(Command):
    description = "compile Qt .ts translations into .qm files"
    user_options: list[tuple[str, str | None, str]] = []
    editable_mode = False

    def initialize_options(self) -> None:
        self.build_lib: str | None = None

    def finalize_options(self) -> None:
        self.set_undefined_options("build_py", ("build_lib", "build_lib"))

    def _target(self, source: Path) -> Path:
        compiled = source.with_suffix(".qm")
        if self.editable_mode:
            return compiled
        assert self.build_lib is not None
        return Path(self.build_lib, *RESOURCES_PACKAGE.split(".")) / compiled.relative_to(RESOURCES)

    def run(self) -> None:
        tool = _lrelease()
        for source in self.get_source_files_paths():
            target = self._target(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)

    def get_source_files_paths(self) -> list[Path]:
        return sorted(TRANSLATIONS.glob("*.ts"))

    def get_source_files(self) -> list[str]:
        return [str(path) for path in self.get_source_files_paths()]

    def get_outputs(self) -> list[str]:
        return [str(self._target(path)) for path in self.get_source_files_paths()]

    def get_output_mapping(self) -> dict[str, str]:
        return {str(self._target(path)): str(path) for path in self.get_source_files_paths()}


class BuildWithTranslations(build):
    sub_commands = [*build.sub_commands, ("build_translations", None)]


setup(
    packages=[*find_packages("src"), RESOURCES_PACKAGE],
    package_dir={"": "src", RESOURCES_PACKAGE: str(RESOURCES)},
    cmdclass={"build": BuildWithTranslations, "build_translations": BuildTranslations},
)
