"""What every command-line command shares once its arguments are parsed: exit codes, the
documents of ``print``, JSON output, and the mapping of what went wrong to a French message and
an exit code (``run``)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.app.errors import EnvironmentProblem
from facilitator.app.files import OutputRefused
from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Handler
from facilitator.core.roster.table import RosterRefused
from facilitator.core.rotation.setup import RotationRefused
from facilitator.core.sync import BundleRefused
from facilitator.core.sync.refusals import Refusal
from facilitator.core.voting.definition import VoteRefused
from facilitator.services.assemblies.assemblies import AssemblyNotFound
from facilitator.services.assemblies.sessions import SessionNotFound
from facilitator.services.roster.participants import AmbiguousParticipant, ParticipantNotFound
from facilitator.services.sync.devices import DeviceRefused
from facilitator.services.sync.link import NotLinked
from facilitator.store.database import Database
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.sync.protocol import SyncRefused
from facilitator.sync.tokens import KeyringRefused, TokenMissing
from facilitator.text.messages import bundle_text, environment_text, output_refused_text, problem_text, rotation_text
from facilitator.text.sync import device_text, keyring_text, refusal_text
from facilitator.text.translate import TranslationContext
from facilitator.text.voting import vote_problem_text

EXIT_OK = 0
EXIT_REFUSED = 3
"""The input was refused (a file, a value): nothing was written."""
EXIT_ENVIRONMENT = 4
"""The database or a file could not be used (locked, full disk, unreadable)."""
EXIT_NOT_FOUND = 5
"""What the command designates does not exist (assembly, session, participant)."""


class Cli(TranslationContext):
    """The translation context of the command line's messages (``Cli.tr`` takes plural forms)."""


# Documents of the ``print`` command --------------------------------------------------------


class Scope(Enum):
    SESSION = "session"
    """Printed for one session (``--session``)."""
    SESSION_OR_YEAR = "session_or_year"
    """For one session, or a year of the assembly (``--session`` or ``--year``)."""
    VOTE = "vote"
    """For one vote (``--vote``)."""


@dataclass(frozen=True)
class Document:
    """A document ``print`` writes: its workspace's handler and what it is printed for."""

    write: Handler
    scope: Scope


# Running ------------------------------------------------------------------------------------


def open_database(context: Runtime, args: argparse.Namespace) -> Database:
    """The database named by ``--db`` (or the default one), which must exist."""
    return context.open_database(args.db, create=False)


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def refuse(text: str) -> int:
    """Say in French why the input is refused; nothing was written."""
    print(text, file=sys.stderr)
    return EXIT_REFUSED


def not_found(text: str) -> int:
    print(text, file=sys.stderr)
    return EXIT_NOT_FOUND


def printed(path: Path, count: int) -> int:
    """A print's outcome: the file written, or a refusal when there was nothing to print (and
    so no file)."""
    return written(path) if count else refuse(Cli.tr("Nothing to print: no file was written."))


def written(path: Path) -> int:
    print(Cli.tr("{path} written.").format(path=path))
    return EXIT_OK


def run(handler: Handler, context: Runtime, args: argparse.Namespace) -> int:
    """Run a command's handler, turning what went wrong outside it into a French message and an
    exit code: input the rules refuse (3), the environment (4), something designated that does
    not exist (5)."""
    try:
        return handler(context, args)
    except RosterRefused as refused:
        return refuse(problem_text(refused.problem))
    except RotationRefused as refused:
        return refuse(rotation_text(refused.problem))
    except VoteRefused as refused:
        return refuse(vote_problem_text(refused.problem))
    except OutputRefused as refused:
        return refuse(output_refused_text(refused.path))
    except BundleRefused as refused:
        return refuse(bundle_text(refused.problem))
    except SyncRefused as refused:
        return refuse(refusal_text(refused.refusal, refused.detail, SCHEMA_REVISION))
    except NotLinked:
        return refuse(refusal_text(Refusal.NOT_LINKED, "", SCHEMA_REVISION))
    except TokenMissing:
        return refuse(refusal_text(Refusal.NO_TOKEN, "", SCHEMA_REVISION))
    except KeyringRefused as refused:
        return refuse(keyring_text(refused.problem, refused.detail))
    except DeviceRefused as refused:
        return refuse(device_text(refused.problem, refused.detail))
    except EnvironmentProblem as problem:
        print(environment_text(problem), file=sys.stderr)
        return EXIT_ENVIRONMENT
    except AssemblyNotFound as error:
        return not_found(_assembly_not_found_text(error))
    except SessionNotFound:
        return not_found(
            QCoreApplication.translate("Cli", "No session has this id: {id}").format(id=getattr(args, "session", ""))
        )
    except AmbiguousParticipant as error:
        return not_found(
            QCoreApplication.translate("Cli", 'Several people are called "{who}": give a badge number.').format(
                who=error.args[0]
            )
        )
    except ParticipantNotFound as error:
        return not_found(
            QCoreApplication.translate("Cli", "Nobody of the assembly answers to: {who}").format(who=error.args[0])
        )


def _assembly_not_found_text(error: AssemblyNotFound) -> str:
    if error.name is None and not error.available:
        return QCoreApplication.translate("Cli", "This database has no assembly yet: name one with --assembly NAME.")
    if error.name is None:
        return QCoreApplication.translate(
            "Cli", "This database has several assemblies; choose one with --assembly: {names}"
        ).format(names=", ".join(error.available))
    return QCoreApplication.translate("Cli", 'No assembly is called "{name}". Assemblies: {names}').format(
        name=error.name, names=", ".join(error.available) or "—"
    )
