#!/usr/bin/env python3
"""Writes sim/core/det_math_tables.h, the tables of the engine's own log and exp (det_math.cpp).

Computed with Python's decimal module at 60 digits (no module beyond Python's own) and rounded to the nearest double:
  - log: for c = 0.75 + i/128, i = 0..96: c, INVC = 1/c rounded to 8 significant bits (so that (m - c) * INVC is exact
    for any double m within 1/256 of c), c * INVC - 1 (exact) and -log(INVC) as two doubles;
  - exp: 2^(j/128), j = 0..127, as two doubles.
Usage: make_det_math_tables.py [--check]   (--check: exit 1 when the file differs from what this script makes).
"""
import decimal
import os
import sys
from fractions import Fraction

decimal.getcontext().prec = 60
D = decimal.Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "det_math_tables.h")


def round_bits(q, bits):
    """The rational q rounded to `bits` significant bits (ties to even), as a Fraction."""
    e = 0
    while abs(q) >= 2:
        q /= 2
        e += 1
    while abs(q) < 1:
        q *= 2
        e -= 1
    scaled = q * 2 ** (bits - 1)
    n = round(scaled)  # Fraction rounds half to even
    return Fraction(n, 2 ** (bits - 1)) * Fraction(2) ** e


def split(value):
    """An exact decimal as the nearest double and the nearest double to the rest."""
    hi = float(value)
    lo = float(value - D(hi))
    return hi, lo


def to_decimal(q):
    return D(q.numerator) / D(q.denominator)


def make():
    lines = [
        "// Made by make_det_math_tables.py (do not edit; run the script). Included by det_math.cpp only.",
        "#pragma once",
        "",
        "namespace epd::det {",
        "",
        "// log: for c = 0.75 + i/128 (i = 0..96): c, invc = 1/c to 8 bits, c * invc - 1 (exact), and -log(invc) as two",
        "// doubles.",
        "struct LogEntry {",
        "  double c, invc, c_invc_m1, logc_hi, logc_lo;",
        "};",
        "constexpr LogEntry kLogTable[97] = {",
    ]
    for i in range(97):
        c = Fraction(3, 4) + Fraction(i, 128)
        invc = round_bits(1 / c, 8)
        hi, lo = split(-to_decimal(invc).ln())
        t = c * invc - 1
        assert float(t) == t and float(c) == c and float(invc) == invc
        lines.append("    {%s, %s, %s, %s, %s}," % (float(c).hex(), float(invc).hex(), float(t).hex(), hi.hex(), lo.hex()))
    lines += [
        "};",
        "",
        "// exp: 2^(j/128) (j = 0..127) as two doubles.",
        "struct ExpEntry {",
        "  double hi, lo;",
        "};",
        "constexpr ExpEntry kExpTable[128] = {",
    ]
    ln2 = D(2).ln()
    for j in range(128):
        hi, lo = split((ln2 * j / 128).exp())
        lines.append("    {%s, %s}," % (hi.hex(), lo.hex()))
    lines += ["};", "", "}  // namespace epd::det", ""]
    return "\n".join(lines)


def main():
    text = make()
    if sys.argv[1:] == ["--check"]:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                print("%s differs from what %s makes: run it" % (OUT, os.path.basename(__file__)))
                return 1
        print("%s is up to date" % OUT)
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
