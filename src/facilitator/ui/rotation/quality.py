"""A plan's quality in plain words, line by line, each with its state (ok, warning, bad), and
what is wrong with a seat, for the tooltip of a highlighted name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from facilitator.core.rotation import Bound, Conflict, Metrics
from facilitator.text.formats import percent


@dataclass(frozen=True)
class Line:
    text: str
    state: str
    """"ok", "warning", "bad" or "muted" (a remark, such as the seed)."""


class Quality(QObject):
    """The translation context of the quality panel's sentences."""

    def lines(self, metrics: Metrics, bound: Bound | None, rounds: int, seed: int | None) -> list[Line]:
        found = [self._repeats(metrics, bound, rounds)]
        found.append(
            Line(self.tr("Never two elected officials at one table."), "ok")
            if metrics.official_clashes == 0
            else Line(self.tr("%n elected official(s) too many at a table.", "", metrics.official_clashes), "bad")
        )
        staff = metrics.cap_excess.get("staff")
        if staff is not None:
            found.append(
                Line(self.tr("Members of staff spread over the tables."), "ok")
                if staff == 0
                else Line(self.tr("%n member(s) of staff too many at a table.", "", staff), "bad")
            )
        found.append(self._returns(metrics, bound))
        hard = [
            (metrics.pinned_moves, self.tr("%n host or person who stays seated elsewhere.", "", metrics.pinned_moves)),
            (
                metrics.apart_violations,
                self.tr("%n time(s) two people kept apart share a table.", "", metrics.apart_violations),
            ),
            (
                metrics.together_violations,
                self.tr("%n time(s) two people kept together are apart.", "", metrics.together_violations),
            ),
            (metrics.capacity_excess, self.tr("%n person(s) over a table's capacity.", "", metrics.capacity_excess)),
            (
                metrics.uneven_rounds,
                self.tr("%n round(s) with tables that differ by more than one person.", "", metrics.uneven_rounds),
            ),
        ]
        found.extend(Line(text, "bad") for count, text in hard if count)
        found.append(Line(self._balance(metrics), "ok" if metrics.balance["gender"] >= 1 else "warning"))
        if metrics.new_faces_min >= 1:
            found.append(Line(self.tr("New faces: every round, all of a person's tablemates are new to them."), "ok"))
        else:
            faces = self.tr(
                "New faces: at least {least} of a person's tablemates are new each round ({mean} on average)."
            )
            least, mean = percent(metrics.new_faces_min), percent(metrics.new_faces_mean)
            found.append(Line(faces.format(least=least, mean=mean), "warning"))
        if seed is not None:
            found.append(
                Line(
                    self.tr("Seed {seed}: planning again with this seed gives the same plan.").format(seed=seed),
                    "muted",
                )
            )
        return found

    def _repeats(self, metrics: Metrics, bound: Bound | None, rounds: int) -> Line:
        if metrics.repeated_pairs == 0:
            return Line(self.tr("Nobody sits again with someone they already met."), "ok")
        text = self.tr("%n time(s) two people meet again", "", metrics.repeated_pairs)
        text += " " + self.tr("(at most {times} times the same pair).").format(times=metrics.most_meetings)
        reason = self.unavoidable(bound, rounds) if bound is not None else None
        if reason is not None:
            text += " " + reason
        return Line(text, "bad")

    def unavoidable(self, bound: Bound, rounds: int) -> str | None:
        """Why these tables make people meet again over ``rounds`` rounds; None when they need not."""
        if bound.crowded:
            return self.tr(
                "Unavoidable: the {size} people of a table cannot all go to different tables in the next round "
                "with {tables} tables; it takes at least {size}."
            ).format(size=bound.largest_table, tables=bound.table_count)
        if rounds > bound.limit:
            return self.tr(
                "Unavoidable: with these tables, at most {limit} rounds can go without anyone meeting again."
            ).format(limit=bound.limit)
        return None

    def _returns(self, metrics: Metrics, bound: Bound | None) -> Line:
        if metrics.revisits == 0:
            return Line(self.tr("Nobody comes back to a table they sat at."), "ok")
        text = self.tr("%n return(s) to a table already sat at.", "", metrics.revisits)
        if metrics.forced_returns and bound is not None:
            text += " " + self.tr(
                "Unavoidable without people meeting again: at a table of {tables} when there are {tables} tables, "
                "someone sat there the round before (at least {least})."
            ).format(tables=bound.table_count, least=metrics.forced_returns)
        return Line(text, "warning")

    def _balance(self, metrics: Metrics) -> str:
        balance = metrics.balance
        return self.tr(
            "Tables in the room's proportions: gender {gender}, age {age}, drawn or volunteer {drawn}, "
            "neighbourhood {area} ({variety} of the neighbourhoods a table could hold)."
        ).format(
            variety=percent(metrics.neighbourhood_variety),
            gender=percent(balance["gender"]),
            age=percent(balance["age_band"]),
            drawn=percent(balance["drawn"]),
            area=percent(balance["neighbourhood"]),
        )

    def conflict(self, conflict: Conflict) -> str:
        return {
            Conflict.REPEAT: self.tr("already met someone at this table"),
            Conflict.CAP: self.tr("too many people of the same role at this table"),
            Conflict.APART: self.tr("sits with someone to keep apart"),
            Conflict.TOGETHER: self.tr("away from someone to keep together"),
            Conflict.REVISIT: self.tr("back at a table already sat at"),
            Conflict.PINNED: self.tr("should stay at their own table"),
            Conflict.CAPACITY: self.tr("the table is over its capacity"),
        }[conflict]
