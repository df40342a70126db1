"""Deterministic Reuters-like test documents (made up here; no corpus file is read)."""

from __future__ import annotations

import datetime
import random
from typing import List, Optional, Tuple

CITIES = ["NEW YORK", "LONDON", "TOKYO", "SAO PAULO", "CHICAGO", "SINGAPORE", "FRANKFURT", "HONG KONG"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
COMPANIES = ["Acme Corp", "Northern Mining Ltd", "Pacific Grain Co", "Delta Bancorp", "Orion Oil Inc", "Kyoto Steel"]
COMMODITIES = ["wheat", "sugar", "copper", "crude oil", "coffee", "cocoa"]


def _sentence(r: random.Random) -> str:
    c = r.choice(COMPANIES)
    n = r.randint(1, 999)
    d = r.randint(0, 99)
    m = r.choice(MONTHS)
    templates = [
        f"{c} said its net profit rose {d}.{r.randint(0, 9)} pct to {n}.{d} mln dlrs in the first quarter.",
        f"Exports of {r.choice(COMMODITIES)} reached {n * 1000:,} tonnes in {m} {r.randint(1980, 2024)}, up from {n} tonnes a year earlier.",
        f"The company expects revenue of about {n} billion yen for the fiscal year ending March 31, {r.randint(1987, 2024)}.",
        f"Shareholders will receive a dividend of {d} cts a share payable on {m} {r.randint(1, 28)}.",
        f"The central bank cut its discount rate by {r.choice([25, 50, 75])} basis points to {r.randint(1, 9)}.{d:02d} pct.",
        f"{c} plans to invest between {n} and {n + r.randint(1, 50)} mln stg over the next three years.",
        f"Output was more than {n},{r.randint(100, 999)} barrels per day in the second half of {r.randint(1985, 2023)}.",
        f"It was the {r.choice(['first', 'second', 'third', '5th'])} increase in {r.randint(2, 20)} consecutive quarters.",
        f"The plant covers {n} hectares and employs some {n * 10} workers.",
        f"上半年贷款增加{n},{r.randint(100, 999)}亿元，同比增长{d}.{r.randint(0, 9)}%。",
        f"営業利益は約{n}億円と、前年同期比{d}%増加した。",
        f"Sales 🚀 climbed to € {n}.{d} million, café owners said.",
    ]
    return r.choice(templates)


def reuters_like(n: int, seed: int = 12) -> List[Tuple[int, str, Optional[datetime.date]]]:
    """`n` stories as (id, text, reference date or None): a title, a blank line, then a
    dateline running into the body, as on the wire."""
    r = random.Random(seed)
    out = []
    for i in range(n):
        title = f"{r.choice(COMPANIES).upper()} <{r.choice(['ACM', 'NML', 'PGC', 'DBC'])}> {r.choice(['SEES', 'REPORTS', 'CUTS', 'RAISES'])} {r.choice(['PROFIT', 'OUTPUT', 'DIVIDEND', 'RATES'])}"
        month = r.randint(1, 12)
        day = r.randint(1, 28)
        body = " ".join(_sentence(r) for _ in range(r.randint(2, 8)))
        paras = [body] + [" ".join(_sentence(r) for _ in range(r.randint(1, 4))) for _ in range(r.randint(0, 3))]
        text = f"{title}\n\n    {r.choice(CITIES)}, {MONTHS[month - 1]} {day} - " + "\n    ".join(paras) + "\n Reuter"
        ref = datetime.date(1987, month, day) if r.random() < 0.8 else None
        out.append((i, text, ref))
    return out
