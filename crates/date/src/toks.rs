//! The token window as nom input, and the grammar pieces written as nom parsers over it.
//!
//! [`Toks`] is a private `nom::Input` over a slice of lexer tokens; the parsers here read
//! tokens by their kind, their lexicon classes and whether they touch the token before (their
//! [`Gap`]), never by comparing strings. nom stays inside the crate.

use finnews_core::lexer::{Gap, Kind, Token};
use finnews_core::lexicon::{DateWord, YEARS};
use nom::branch::alt;
use nom::combinator::{cut, not, opt, peek};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Input, Needed, Parser};

use crate::grammar::digits_value;

/// A window of tokens as nom input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Toks<'t> {
    pub(crate) text: &'t str,
    pub(crate) toks: &'t [Token],
}

impl<'t> Toks<'t> {
    fn first(&self) -> Option<&'t Token> {
        self.toks.first()
    }
}

impl<'t> Input for Toks<'t> {
    type Item = &'t Token;
    type Iter = core::slice::Iter<'t, Token>;
    type IterIndices = core::iter::Enumerate<core::slice::Iter<'t, Token>>;

    fn input_len(&self) -> usize {
        self.toks.len()
    }

    fn take(&self, index: usize) -> Self {
        Toks {
            text: self.text,
            toks: self.toks.get(..index).unwrap_or(self.toks),
        }
    }

    fn take_from(&self, index: usize) -> Self {
        Toks {
            text: self.text,
            toks: self.toks.get(index..).unwrap_or(&[]),
        }
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.toks.iter().position(predicate)
    }

    fn iter_elements(&self) -> Self::Iter {
        self.toks.iter()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.toks.iter().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.toks.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.toks.len()))
        }
    }
}

pub(crate) type Res<'t, O> = IResult<Toks<'t>, O, ()>;

/// One token that `f` accepts, read as `f`'s value.
fn one<'t, O>(f: impl Fn(&'t str, &'t Token) -> Option<O>) -> impl Fn(Toks<'t>) -> Res<'t, O> {
    move |i: Toks<'t>| match i.first().and_then(|t| f(i.text, t)) {
        Some(o) => Ok((i.take_from(1), o)),
        None => Err(nom::Err::Error(())),
    }
}

/// `p` on a token that touches the one before it.
fn glued<'t, O>(
    p: impl Parser<Toks<'t>, Output = O, Error = ()>,
) -> impl Parser<Toks<'t>, Output = O, Error = ()> {
    preceded(
        peek(one(|_, t: &Token| (t.gap == Gap::None).then_some(()))),
        p,
    )
}

/// Any token.
fn any(i: Toks<'_>) -> Res<'_, ()> {
    one(|_, _| Some(()))(i)
}

/// A plain digit run (no groups, no fraction).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plain {
    pub(crate) value: u32,
    pub(crate) digits: usize,
    pub(crate) leading_zero: bool,
}

pub(crate) fn plain(i: Toks<'_>) -> Res<'_, Plain> {
    one(|text, t: &Token| match t.kind {
        Kind::Number {
            grouped: false,
            decimal: false,
        } => {
            let s = text.get(t.span.range())?;
            Some(Plain {
                value: digits_value(s)?,
                digits: s.chars().count(),
                leading_zero: s.starts_with('0'),
            })
        }
        _ => None,
    })(i)
}

/// A plain number of at most `n` digits.
fn plain_upto<'t>(n: usize) -> impl Parser<Toks<'t>, Output = Plain, Error = ()> {
    plain.map_opt(move |p| (p.digits <= n).then_some(p))
}

/// A four-digit year in the lexicon's [`YEARS`].
pub(crate) fn year4(i: Toks<'_>) -> Res<'_, i32> {
    plain
        .map_opt(|p| {
            (p.digits == 4 && (YEARS.0..=YEARS.1).contains(&p.value)).then_some(p.value as i32)
        })
        .parse(i)
}

/// `'21`: an apostrophe and two digits touching it, a year written short (`the third quarter
/// of '21`, `Q3 '21`, `March '22`); not when a word or number touches the digits (`'90s`).
fn apos_year(i: Toks<'_>) -> Res<'_, i32> {
    let two =
        glued(plain).map_opt(|p| (p.digits == 2).then(|| crate::grammar::two_digit_year(p.value)));
    let touching = one(|_, t: &Token| {
        (t.gap == Gap::None && matches!(t.kind, Kind::Word | Kind::Number { .. })).then_some(())
    });
    terminated(
        preceded(alt((mark('\''), mark('\u{2019}'))), two),
        not(touching),
    )
    .parse(i)
}

/// A year written short at the start of `i` (`'21`): the tokens it covers and the year.
pub(crate) fn apostrophe_year(i: Toks<'_>) -> Option<(usize, i32)> {
    let len = i.input_len();
    let (rest, y) = apos_year(i).ok()?;
    Some((len - rest.input_len(), y))
}

/// A sign or mark `c` touching the token before and the token after (`2020-09`, `9/29`).
fn sep<'t>(c: char) -> impl Parser<Toks<'t>, Output = (), Error = ()> {
    terminated(
        glued(one(move |_, t: &Token| {
            matches!(t.kind, Kind::Punct(x) | Kind::Symbol(x) if x == c).then_some(())
        })),
        peek(glued(any)),
    )
}

/// A numeric date as written: its numbers, before any calendar check.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Numeric {
    /// `2020-09-29`, `2020/9/29`: year, month, day.
    YearMonthDay(i32, u32, u32),
    /// `2020-09`: year and month.
    YearMonth(i32, u32),
    /// `9/29/2020`, `29/9/20`: the first two numbers (month and day in either order) and the
    /// year as written (two or four digits).
    Slashed(u32, u32, i32),
    /// `22/04`, `11/20`: two numbers of at most two digits and no year; whether the second is
    /// written with a leading zero.
    Pair(u32, u32, bool),
}

/// `2020-09-29`, `2020/9/29`, `2020-09`: a year, then a month and an optional day, all joined by
/// the same separator (`-` or `/`). Once the second separator is read, a day must follow.
fn year_first<'t>(c: char) -> impl Parser<Toks<'t>, Output = Numeric, Error = ()> {
    (year4, sep(c), plain, opt(preceded(sep(c), cut(plain)))).map_opt(move |(y, (), mo, day)| {
        match day {
            Some(d) if mo.digits <= 2 && d.digits <= 2 => {
                Some(Numeric::YearMonthDay(y, mo.value, d.value))
            }
            Some(_) => None,
            // `2020-09`, `2015-12`, `2015-3`, `2023/11`; not `2019-20`, `2011/12` or `1986/7`,
            // the next year's digits.
            None if mo.digits <= 2
                && (1..=12).contains(&mo.value)
                && (mo.leading_zero
                    || (mo.digits == 1 && c == '-')
                    || (mo.digits == 2 && mo.value <= y.rem_euclid(100) as u32)) =>
            {
                Some(Numeric::YearMonth(y, mo.value))
            }
            None => None,
        }
    })
}

/// `9/29/2020`, `29/9/20`.
fn slashed(i: Toks<'_>) -> Res<'_, Numeric> {
    (plain_upto(2), sep('/'), plain_upto(2), sep('/'), plain)
        .map_opt(|(a, (), b, (), y)| {
            let y = match y.digits {
                4 => y.value as i32,
                2 => crate::grammar::two_digit_year(y.value),
                _ => return None,
            };
            Some(Numeric::Slashed(a.value, b.value, y))
        })
        .parse(i)
}

/// `15-07-2024`, `7-15-2024`: day and month (in either order) and a four-digit year joined by
/// dashes, no further group after them (`12-10-2024-7`, a code).
fn dashed(i: Toks<'_>) -> Res<'_, Numeric> {
    (
        plain_upto(2),
        sep('-'),
        plain_upto(2),
        sep('-'),
        year4,
        not((sep('-'), plain)),
    )
        .map(|(a, (), b, (), y, ())| Numeric::Slashed(a.value, b.value, y))
        .parse(i)
}

/// `22/04`, `11/20`: two numbers of at most two digits joined by a slash, no third number
/// after them (`1/2/3` is no pair).
fn pair(i: Toks<'_>) -> Res<'_, Numeric> {
    (
        plain_upto(2),
        sep('/'),
        plain_upto(2),
        not((sep('/'), plain)),
    )
        .map(|(a, (), b, ())| Numeric::Pair(a.value, b.value, b.leading_zero && b.digits == 2))
        .parse(i)
}

/// `12-2015`, `03/2024`: a month, then a four-digit year.
fn month_year<'t>(c: char) -> impl Parser<Toks<'t>, Output = Numeric, Error = ()> {
    // A third group after the year (`03-1234-5678`) makes it a phone number or a code.
    (
        plain_upto(2),
        sep(c),
        year4,
        nom::combinator::not((sep(c), plain)),
    )
        .map_opt(|(mo, (), y, ())| {
            (1..=12)
                .contains(&mo.value)
                .then_some(Numeric::YearMonth(y, mo.value))
        })
}

/// `20240715`: eight digits, year (1900-2099), month and day, with no separator; `None` unless
/// the month and day can be a date.
pub(crate) fn compact_ymd(s: &str) -> Option<(i32, u32, u32)> {
    if s.len() != 8 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.get(..4)?.parse().ok()?;
    let mo: u32 = s.get(4..6)?.parse().ok()?;
    let d: u32 = s.get(6..)?.parse().ok()?;
    ((1900..=2099).contains(&y) && (1..=12).contains(&mo) && (1..=31).contains(&d))
        .then_some((y, mo, d))
}

/// An eight-digit date token (`20240715`).
fn compact(i: Toks<'_>) -> Res<'_, Numeric> {
    one(|text, t: &Token| match t.kind {
        Kind::Number {
            grouped: false,
            decimal: false,
        } => {
            // A word on its own, not part of a link or a code (`urn:...:20240731:nRS`).
            let b = text.as_bytes();
            let before = t.span.start().checked_sub(1).map(|k| b[k]);
            let after = b.get(t.span.end()).copied();
            let after2 = b.get(t.span.end() + 1).copied();
            let open = before.is_none_or(|c| c.is_ascii_whitespace() || c == b'(');
            let close = match after {
                None => true,
                Some(c) if c.is_ascii_whitespace() || c == b')' => true,
                Some(b'.' | b',' | b';') => after2.is_none_or(|c| c.is_ascii_whitespace()),
                _ => false,
            };
            if !(open && close) {
                return None;
            }
            let (y, mo, d) = compact_ymd(text.get(t.span.range())?)?;
            Some(Numeric::YearMonthDay(y, mo, d))
        }
        _ => None,
    })(i)
}

/// A numeric date at the start of `i`: the tokens it covers and its numbers.
pub(crate) fn numeric(i: Toks<'_>) -> Option<(usize, Numeric)> {
    let len = i.input_len();
    // Every reading but the compact one has its separator as the second token: only the
    // readings with that separator are tried, in the order of the whole alternation
    // (`compact`, `year_first`, `slashed`, `dashed`, `month_year`, `pair`).
    let (rest, n) = match i.toks.get(1).map(|t| t.kind) {
        Some(Kind::Punct('-') | Kind::Symbol('-')) => {
            alt((compact, year_first('-'), dashed, month_year('-'))).parse(i)
        }
        Some(Kind::Punct('/') | Kind::Symbol('/')) => {
            alt((compact, year_first('/'), slashed, month_year('/'), pair)).parse(i)
        }
        _ => compact(i),
    }
    .ok()?;
    debug_assert!(
        alt((
            compact,
            year_first('-'),
            year_first('/'),
            slashed,
            dashed,
            month_year('-'),
            month_year('/'),
            pair,
        ))
        .parse(i)
        .is_ok_and(
            |(r, m)| r.input_len() == rest.input_len() && format!("{m:?}") == format!("{n:?}")
        ),
        "numeric dispatch"
    );
    Some((len - rest.input_len(), n))
}

/// `15.07.2024` (day first) or `2023.11.20` (year first) at the start of `s`, which the lexer
/// reads as a decimal and more: the bytes it covers, and year, month and day.
pub(crate) fn dotted(s: &str) -> Option<(usize, Numeric)> {
    use nom::bytes::complete::take_while_m_n;
    use nom::character::complete::char as ch;
    let digits = |lo, hi| take_while_m_n(lo, hi, |c: char| c.is_ascii_digit());
    let num = |t: &str| t.parse::<u32>().ok();
    // Both readings open with one, two or four digits and a point.
    let run = s.bytes().take(5).take_while(u8::is_ascii_digit).count();
    if !matches!(run, 1 | 2 | 4) || s.as_bytes().get(run) != Some(&b'.') {
        return None;
    }
    let day_first = (digits(1, 2), ch('.'), digits(1, 2), ch('.'), digits(4, 4))
        .map(|(d, _, m, _, y): (&str, char, &str, char, &str)| (y, m, d));
    let year_first = (digits(4, 4), ch('.'), digits(1, 2), ch('.'), digits(1, 2))
        .map(|(y, _, m, _, d): (&str, char, &str, char, &str)| (y, m, d));
    let (rest, (y, m, d)) = alt((year_first, day_first))
        .parse(s)
        .map_err(|_: nom::Err<()>| ())
        .ok()?;
    // Not part of a longer run of digits and dots (`1.2.3.4`, a version).
    let mut after = rest.chars();
    match (after.next(), after.next()) {
        (Some(c), _) if c.is_ascii_digit() => return None,
        (Some('.'), Some(c)) if c.is_ascii_digit() => return None,
        _ => {}
    }
    let (y, m, d) = (i32::try_from(num(y)?).ok()?, num(m)?, num(d)?);
    ((1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some((s.len() - rest.len(), Numeric::YearMonthDay(y, m, d)))
}

/// A grammar word.
fn word<'t>(w: DateWord) -> impl Fn(Toks<'t>) -> Res<'t, ()> {
    one(move |_, t: &Token| {
        (t.kind == Kind::Word && crate::words::date_word(t) == Some(w)).then_some(())
    })
}

/// A sign or mark `c`, wherever it stands.
fn mark<'t>(c: char) -> impl Fn(Toks<'t>) -> Res<'t, ()> {
    one(move |_, t: &Token| {
        matches!(t.kind, Kind::Punct(x) | Kind::Symbol(x) if x == c).then_some(())
    })
}

/// A quarter or half named by letter and number.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lettered {
    /// A quarter (`Q3`), else a half (`H1`).
    pub(crate) quarter: bool,
    pub(crate) n: u8,
    pub(crate) year: Option<i32>,
}

/// `Q3`, `H1`, with an optional year after: `Q3 2023`, `Q3/2023`, `H1 of 2024`.
fn lettered(i: Toks<'_>) -> Res<'_, Lettered> {
    let number = glued(plain).map_opt(|p| (p.digits == 1).then_some(p.value));
    let q = preceded(
        word(DateWord::Q),
        number.map_opt(|n| (1..=4).contains(&n).then_some((true, n))),
    );
    let number = glued(plain).map_opt(|p| (p.digits == 1).then_some(p.value));
    let h = preceded(
        word(DateWord::H),
        number.map_opt(|n| (1..=2).contains(&n).then_some((false, n))),
    );
    // `Q3 2024`, `Q3/2024`, `Q3-2024`, `Q3 of 2024`, `Q3 '24`
    let year = opt(alt((
        preceded(
            opt(alt((mark('/'), glued(mark('-')), word(DateWord::Of)))),
            year4,
        ),
        preceded(opt(word(DateWord::Of)), apos_year),
    )));
    (alt((q, h)), year)
        .map_opt(|((quarter, n), year)| {
            Some(Lettered {
                quarter,
                n: u8::try_from(n).ok()?,
                year,
            })
        })
        .parse(i)
}

/// A quarter or half by letter at the start of `i`: the tokens it covers and what it names.
pub(crate) fn quarter_letter(i: Toks<'_>) -> Option<(usize, Lettered)> {
    let len = i.input_len();
    let (rest, q) = lettered(i).ok()?;
    Some((len - rest.input_len(), q))
}
