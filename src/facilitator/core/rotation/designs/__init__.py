"""Schedules built by mathematics, before any search: the modular construction over GF(q) or
Z/T (``modular``), one table short of a prime power (``truncated``), orthogonal Latin squares of
order 10 (``latin_squares``), packings of projective space (``projective``), nearly Kirkman
triple systems (``kirkman``), stored published solutions (``known``), and the table numbers of
rounds given as groups (``labels``)."""
