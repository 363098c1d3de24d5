"""Command-line command of the demo assembly: write it into a database."""

from __future__ import annotations

import argparse

from facilitator.app.clock import local_now
from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group
from facilitator.cli.common import EXIT_OK, Cli, refuse
from facilitator.demo import DemoAlreadyThere, create_demo


def add_commands(commands: Commands) -> None:
    command(group(commands, "demo", "demo data"), "create", "write the demo assembly into a database", _create)


def _create(context: Runtime, args: argparse.Namespace) -> int:
    path = args.db or context.paths.default_database
    with context.open_database(path) as db:
        try:
            create_demo(db, local_now().date())
        except DemoAlreadyThere as error:
            return refuse(Cli.tr("The demo assembly is already in this database: {name}").format(name=error.args[0]))
    print(Cli.tr("Demo assembly written to {path}").format(path=path))
    return EXIT_OK
