"""The searches that repair and balance a schedule: the bookkeeping of meetings, visits and
quotas (``state``, ``tally``, ``quotas``), who takes which slot (``placement``), cyclic exchanges
within a round (``cycles``), the tabu search over swaps (``tabu``), and rounds dealt one by one
(``round_by_round``)."""
