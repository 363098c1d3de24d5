"""Small-group rotation: who sits at which table in each round, with new faces every round.

A Social Golfer Problem (CSPLib prob010) with diversity and room constraints: a modular
construction reaches zero repeated pairs for most room shapes, a local search repairs the rest
and re-plans; an independent checker measures every schedule.
"""
