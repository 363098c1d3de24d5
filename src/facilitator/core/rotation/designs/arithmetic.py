"""Table arithmetic for the modular construction: the field GF(q) when the number of tables is
a prime power, the integers modulo T otherwise.

In a field every non-zero difference of steps is invertible, so any two distinct steps meet at
most once in up to q rounds; modulo a composite T, only steps whose differences have a large
enough order do (see :func:`order`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from itertools import product


def prime_power(number: int) -> tuple[int, int] | None:
    """(p, k) with number = p**k for a prime p, or None."""
    if number < 2:
        return None
    for prime in range(2, number + 1):
        if number % prime == 0:
            exponent = 0
            rest = number
            while rest % prime == 0:
                rest //= prime
                exponent += 1
            return (prime, exponent) if rest == 1 else None
    return None


@dataclass(frozen=True)
class Ring:
    """Addition and multiplication on 0..size-1: GF(size) if ``field``, else Z/size."""

    size: int
    field: bool
    add: tuple[tuple[int, ...], ...]
    mul: tuple[tuple[int, ...], ...]

    def order(self, step: int) -> int:
        """How many rounds a difference of ``step`` keeps two people apart before they meet again."""
        if step == 0:
            return 1
        if self.field:
            return self.size
        return self.size // math.gcd(step, self.size)


@cache
def ring(size: int) -> Ring:
    power = prime_power(size)
    if power is None or power[1] == 1:
        return Ring(
            size=size,
            field=power is not None,
            add=tuple(tuple((a + b) % size for b in range(size)) for a in range(size)),
            mul=tuple(tuple((a * b) % size for b in range(size)) for a in range(size)),
        )
    prime, degree = power
    modulus = _irreducible(prime, degree)
    digits = [_digits(value, prime, degree) for value in range(size)]
    return Ring(
        size=size,
        field=True,
        add=tuple(
            tuple(
                _number([(x + y) % prime for x, y in zip(digits[a], digits[b], strict=True)], prime)
                for b in range(size)
            )
            for a in range(size)
        ),
        mul=tuple(
            tuple(_number(_times(digits[a], digits[b], modulus, prime), prime) for b in range(size))
            for a in range(size)
        ),
    )


def _digits(value: int, prime: int, degree: int) -> list[int]:
    """Coefficients of the polynomial numbered ``value``, lowest degree first."""
    return [(value // prime**index) % prime for index in range(degree)]


def _number(coefficients: list[int], prime: int) -> int:
    return sum(coefficient * prime**index for index, coefficient in enumerate(coefficients))


def _times(left: list[int], right: list[int], modulus: list[int], prime: int) -> list[int]:
    """The product of two polynomials reduced by the monic ``modulus`` (coefficients mod prime)."""
    degree = len(left)
    full = [0] * (2 * degree - 1)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            full[i + j] = (full[i + j] + a * b) % prime
    for top in range(len(full) - 1, degree - 1, -1):
        factor = full[top]
        if factor:
            for index, coefficient in enumerate(modulus):
                full[top - degree + index] = (full[top - degree + index] - factor * coefficient) % prime
    return full[:degree]


def _irreducible(prime: int, degree: int) -> list[int]:
    """A monic polynomial of ``degree`` with no root-free factorisation, lowest first (with the 1)."""
    for low in product(range(prime), repeat=degree):
        candidate = [*low, 1]
        if low[0] and not _has_factor(candidate, prime):
            return candidate
    raise ValueError(f"no irreducible polynomial of degree {degree} over GF({prime})")


def _has_factor(polynomial: list[int], prime: int) -> bool:
    degree = len(polynomial) - 1
    for factor_degree in range(1, degree // 2 + 1):
        for low in product(range(prime), repeat=factor_degree):
            if _divides([*low, 1], polynomial, prime):
                return True
    return False


def _divides(divisor: list[int], polynomial: list[int], prime: int) -> bool:
    rest = list(polynomial)
    size = len(divisor) - 1
    for top in range(len(rest) - 1, size - 1, -1):
        factor = rest[top]
        if factor:
            for index, coefficient in enumerate(divisor):
                rest[top - size + index] = (rest[top - size + index] - factor * coefficient) % prime
    return not any(rest[:size])
