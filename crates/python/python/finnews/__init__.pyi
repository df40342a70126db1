"""Type stub of the `finnews` package (the native module `finnews._finnews` and its helpers)."""

import datetime
import decimal
from typing import Any, Iterable, Literal, Optional, Sequence, Tuple, Union

__version__: str

#: Columns of `mentions_frame` / `mentions_table`, in order:
#:
#: ============  ===============================================  =========================  ==========
#: column        meaning                                          pandas dtype               Arrow type
#: ============  ===============================================  =========================  ==========
#: id            the document's id (`ids[i]`, or its position)    inferred (int64 default)   inferred
#: kind          money, percent, measure, number, ordinal,        string                     string
#:               date, duration
#: start, end    Python string indices (code points):             int64                      int64
#:               ``text[start:end] == mention text``
#: text          the mention's exact text                         string                     string
#: value         exact value (Decimal / decimal string)           object (Decimal or None)   string
#: low, high     the ends of a written range                      object (Decimal or None)   string
#: unit          ISO 4217 code for money, else the unit code      string                     string
#:               (percent, percentage_point, basis_point, km2 ...)
#: timex         TIMEX3 value of a date or duration               string                     string
#: mod           TIMEX3 mod (START, MID, END, ...)                string                     string
#: modifier      approx, over, under, at_least, at_most           string                     string
#: range_start,  first and last day a date covers                 object (datetime.date)     date32
#: range_end
#: byte_start,   the contract's UTF-8 byte offsets                int64                      int64
#: byte_end
#: ============  ===============================================  =========================  ==========
#:
#: Missing fields are None (NaN in pandas' string columns). These are the names of the command's
#: TSV columns; unlike the TSV (byte offsets), `start`/`end` here are Python indices and the byte
#: offsets are in `byte_start`/`byte_end`.
COLUMNS: Tuple[str, ...]

MentionKind = Literal["money", "percent", "measure", "number", "ordinal", "date", "duration"]
DateLike = Union[datetime.date, str]

class InternalError(RuntimeError):
    """A bug in finnews (a Rust panic), caught before it could cross into Python."""

class Mention:
    """One quantity or temporal expression. Fields a kind does not have are None."""

    @property
    def kind(self) -> MentionKind: ...
    @property
    def text(self) -> str:
        """The exact text: ``analysis.text[m.start:m.end]``."""
    @property
    def start(self) -> int:
        """Python string index (code points) of the first character."""
    @property
    def end(self) -> int:
        """Python string index just past the last character."""
    @property
    def byte_start(self) -> int:
        """The contract's UTF-8 byte offset of `start`."""
    @property
    def byte_end(self) -> int:
        """The contract's UTF-8 byte offset of `end`."""
    @property
    def value(self) -> Optional[decimal.Decimal]:
        """The exact value, scale applied (money, percent, measure, number, ordinal)."""
    @property
    def low(self) -> Optional[decimal.Decimal]:
        """Lower end of a written range (then `value` is None)."""
    @property
    def high(self) -> Optional[decimal.Decimal]:
        """Upper end of a written range (then `value` is None)."""
    @property
    def currency(self) -> Optional[str]:
        """ISO 4217 code of money."""
    @property
    def unit(self) -> Optional[str]:
        """`percent`, `percentage_point`, `basis_point`, or a measure's canonical unit."""
    @property
    def dimension(self) -> Optional[str]:
        """A measure's dimension: area, length, mass, volume, energy, power, data, containers."""
    @property
    def modifier(self) -> Optional[str]:
        """approx, over, under, at_least or at_most."""
    @property
    def timex(self) -> Optional[str]:
        """TIMEX3 value of a date or duration (`2024-H1`, `XXXX-06`, `P20Q`)."""
    @property
    def mod(self) -> Optional[str]:
        """TIMEX3 mod: START, MID, END, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, APPROX."""
    @property
    def range(self) -> Optional[Tuple[datetime.date, datetime.date]]:
        """First and last day a date covers, when known."""
    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object of this mention (decimal and date strings, byte span)."""

class Block:
    """One block of the page."""

    @property
    def kind(self) -> Literal[
        "title", "dateline", "heading", "paragraph", "list_item", "field", "navigation",
        "boilerplate",
    ]: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def byte_start(self) -> int: ...
    @property
    def byte_end(self) -> int: ...

class Sentence:
    """One sentence, inside one block."""

    @property
    def block(self) -> int:
        """Index of its block in `Analysis.blocks`."""
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def byte_start(self) -> int: ...
    @property
    def byte_end(self) -> int: ...

class ReferenceDate:
    """The date relative expressions were resolved against."""

    @property
    def date(self) -> datetime.date:
        """The date (the first day of the month or year for the coarser grains)."""
    @property
    def grain(self) -> Literal["day", "month", "year"]: ...
    @property
    def source(self) -> Literal["dateline", "argument"]:
        """`dateline` (found in the text) or `argument` (given by the caller)."""

class Analysis:
    """Everything finnews found in one text."""

    @property
    def text(self) -> str: ...
    @property
    def mentions(self) -> list[Mention]:
        """Sorted by start, never overlapping."""
    @property
    def facts(self) -> list[dict[str, Any]]:
        """The facts (contract 1.2) in the contract's JSON shape: `value`, `period` and
        `compared_to` index `mentions`; phrase spans are UTF-8 byte offsets."""
    @property
    def blocks(self) -> list[Block]: ...
    @property
    def sentences(self) -> list[Sentence]: ...
    @property
    def reference_date(self) -> Optional[ReferenceDate]: ...
    def to_dict(self) -> dict[str, Any]:
        """Exactly the contract's JSON shape (docs/output-format.md), without the command's
        envelope fields `id` and `lossy`: ``json.dumps(a.to_dict())`` is what `finnews analyze`
        prints for the text, less those."""

def analyze(
    text: str,
    *,
    reference_date: Optional[DateLike] = None,
    fiscal_year_start: int = 1,
) -> Analysis:
    """Analyzes one text.

    `reference_date` (a `datetime.date` or ``"YYYY-MM-DD"``) is what relative expressions resolve
    against when the text has no dateline of its own (as the command's `--reference-date`).
    `fiscal_year_start` is the first month of a fiscal year, 1-12.

    Raises TypeError when `text` is not a str, ValueError for a bad `reference_date` (naming it)
    or `fiscal_year_start`, InternalError on a bug in finnews.
    """

def analyze_many(
    texts: Iterable[str],
    *,
    reference_dates: Union[None, DateLike, Iterable[Optional[DateLike]]] = None,
    threads: Optional[int] = None,
    fiscal_year_start: int = 1,
) -> list[Analysis]:
    """Analyzes a batch of texts in parallel on Rust threads with the GIL released; results in
    input order, equal to ``[analyze(t, ...) for t in texts]``.

    `reference_dates`: None, one date for all, or one per text (same length). `threads`: None
    for one per core, or a count (1 runs on the calling thread).
    """

def mentions_table(
    texts_or_analyses: Iterable[Union[str, Analysis]],
    ids: Optional[Sequence[Any]] = None,
    *,
    reference_dates: Union[None, DateLike, Sequence[Optional[DateLike]]] = None,
    threads: Optional[int] = None,
) -> Any:
    """One row per mention as a `pyarrow.Table` with `COLUMNS` (needs pyarrow). Texts are
    analyzed with `analyze_many`; analyses are used as they are."""

def mentions_frame(
    texts_or_analyses: Iterable[Union[str, Analysis]],
    ids: Optional[Sequence[Any]] = None,
    *,
    reference_dates: Union[None, DateLike, Sequence[Optional[DateLike]]] = None,
    threads: Optional[int] = None,
) -> Any:
    """One row per mention as a `pandas.DataFrame` with `COLUMNS` (needs pandas)."""

#: The columns of `facts_frame`, in order.
FACT_COLUMNS: tuple[str, ...]

def facts_frame(
    texts_or_analyses: Iterable[Union[str, Analysis]],
    ids: Optional[Sequence[Any]] = None,
    *,
    reference_dates: Union[None, DateLike, Sequence[Optional[DateLike]]] = None,
    threads: Optional[int] = None,
) -> Any:
    """One row per fact as a `pandas.DataFrame` with `FACT_COLUMNS` (needs pandas)."""
