"""Table cards of a rotation plan: one landscape page per table, its number large enough to
read from the door, the host, and who sits there in each round (the plan's seed at the foot,
so that the same plan can be made again)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from facilitator.printing import blocks, fonts
from facilitator.printing.model import Heading, TableCard
from facilitator.printing.page import LANDSCAPE, Section, content_width, render
from facilitator.text.translate import TranslationContext

NAME_SIZE = 10


class TableCardsDocument(TranslationContext):
    """The translation context of the document's words (``TableCardsDocument.tr``, where lupdate sees them)."""


def _rounds_grid(card: TableCard) -> Flowable:
    count = max(1, len(card.rounds))
    width = content_width(LANDSCAPE) / count
    widths = [width] * count
    labels = [TableCardsDocument.tr("Round {number}").format(number=index + 1) for index in range(count)]
    longest = max((len(names) for names in card.rounds), default=0)
    rows: list[Sequence[object]] = [blocks.header_cells(labels, widths, 10)]
    for line in range(longest):
        rows.append(
            [
                blocks.fitted(
                    blocks.markup(names[line]),
                    width,
                    9 * mm,
                    NAME_SIZE,
                    7,
                    bold=bool(card.host) and names[line] == card.host,
                )
                if line < len(names)
                else ""
                for names in card.rounds
            ]
        )
    return blocks.table(rows, widths, blocks.grid_style(), repeat_rows=1)


def _story(card: TableCard, seed: int | None) -> list[Flowable]:
    story: list[Flowable] = [
        blocks.para(TableCardsDocument.tr("Table {number}").format(number=card.number), 40, bold=True)
    ]
    story.append(Spacer(1, 4 * mm))
    if card.host:
        story.append(blocks.para(TableCardsDocument.tr("Host: {name}").format(name=card.host), 13))
        story.append(Spacer(1, 3 * mm))
    story.append(_rounds_grid(card))
    if seed is not None:
        story.append(Spacer(1, 4 * mm))
        story.append(blocks.para(TableCardsDocument.tr("Plan made with seed {seed}.").format(seed=seed), 8, muted=True))
    return story


def table_cards_pdf(heading: Heading, cards: Sequence[TableCard], seed: int | None, generated_at: dt.datetime) -> bytes:
    fonts.register()
    title = TableCardsDocument.tr("Table cards")
    sections = [Section(title, heading, _story(card, seed)) for card in cards]
    return render(sections, generated_at, LANDSCAPE)
