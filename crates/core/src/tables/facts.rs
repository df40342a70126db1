//! The cue words of facts (`finnews-fact`), as data: which words and phrases say that a value is
//! a change (and which way), a level, a share or a rank; which name its basis or its status; which
//! open a clause or a comparison; which are verbs whose subject names the metric. One table of
//! `(phrase, cues)` rows for English, Chinese and Japanese. English phrases are words separated
//! by spaces (a hyphen in the text matches a space: `year on year` reads `year-on-year` too);
//! Chinese and Japanese phrases are matched character by character.
//!
//! Every word (or CJK character) of a phrase is registered in the
//! [`lexicon`](crate::lexicon::lexicon) under [`Class::FactCue`](crate::lexicon::Class::FactCue),
//! its row being its index in [`words`]; the lexer thus classifies each token once, and
//! [`phrases`] lists, per first word, the phrases starting with it as word ids. A reader walks
//! tokens and compares small integers: no string is built or hashed again.
//!
//! ```
//! use finnews_core::tables::facts::{Cues, lookup_phrase, phrases, words};
//! use finnews_core::lexer::lex;
//! use finnews_core::lexicon::Class;
//!
//! let c = lookup_phrase("year on year").unwrap();
//! assert!(c.has(Cues::YEAR_ON_YEAR));
//! assert!(lookup_phrase("同比").unwrap().has(Cues::YEAR_ON_YEAR));
//! assert!(lookup_phrase("rose").unwrap().has(Cues::UP | Cues::CHANGE));
//!
//! // The lexer tells the word id; the phrases starting with it follow.
//! let toks = lex("Sales ROSE");
//! let id = toks[1].row(Class::FactCue).unwrap();
//! assert_eq!(words()[id], "rose");
//! assert!(phrases(id).iter().any(|p| p.rest.is_empty() && p.cues.has(Cues::UP)));
//! assert_eq!(toks[0].row(Class::FactCue), None);
//! ```

use std::sync::OnceLock;

/// A set of cue classes (a bitset).
///
/// ```
/// use finnews_core::tables::facts::Cues;
/// let c = Cues::UP | Cues::CHANGE;
/// assert!(c.has(Cues::UP) && c.any(Cues::DOWN | Cues::CHANGE) && !c.has(Cues::DOWN));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Cues(u64);

impl core::ops::BitOr for Cues {
    type Output = Cues;
    fn bitor(self, o: Cues) -> Cues {
        Cues(self.0 | o.0)
    }
}

impl core::ops::BitOrAssign for Cues {
    fn bitor_assign(&mut self, o: Cues) {
        self.0 |= o.0;
    }
}

macro_rules! cue_consts {
    ($($(#[$d:meta])* $name:ident = $bit:expr;)+) => {
        impl Cues {
            $($(#[$d])* pub const $name: Cues = Cues(1 << $bit);)+
        }
    };
}

cue_consts! {
    /// The value after it is a change (`rose`, `increase of`, `增加`).
    CHANGE = 0;
    /// Upward (`rose`, `gained`, `higher`, `増`).
    UP = 1;
    /// Downward (`fell`, `lost`, `lower`, `減`).
    DOWN = 2;
    /// The value after it is a level (`reached`, `to`, `at`, `为`).
    LEVEL = 3;
    /// Opens the earlier side of a comparison (`from`); the value after it is a level.
    FROM = 4;
    /// Opens a comparison (`than`, `compared with`, `since`, `vs`, `比`).
    COMPARE = 5;
    /// Opens a clause (`when`, `but`, `while`, `which`).
    CLAUSE = 6;
    /// Basis: the same period a year earlier.
    YEAR_ON_YEAR = 7;
    /// Basis: the previous period.
    PERIOD_ON_PERIOD = 8;
    /// Basis: since the start of the period.
    SINCE_START = 9;
    /// Status: an expectation (`expects`, `estimated`, `見通し`).
    FORECAST = 10;
    /// Status: a plan (`plans to`, `目标`).
    TARGET = 11;
    /// Status: a hypothesis (`would`, `if`).
    CONDITIONAL = 12;
    /// The value after it is a share (`accounting for`, `占`).
    SHARE = 13;
    /// A noun naming a part (`stake`, `share`): a percent of it is a share.
    SHARE_NOUN = 14;
    /// The ordinal after it ranks (`ranking`, `位列`).
    RANK = 15;
    /// A verb whose subject names the metric (`reached`, `totaled`, `was`, `rose`).
    VERB = 16;
    /// A verb that names the metric itself when its subject is an entity (`earned`, `spent`).
    CONTENT = 17;
    /// A present-tense state (`has`, `is`): a value with no date is as of the document's date.
    PRESENT = 18;
    /// Ends a noun phrase (`said`, `that`, `according`).
    STOP = 19;
    /// A determiner or possessive stripped from a metric (`the`, `its`).
    DET = 20;
    /// A market verb: its subject is the metric of a market report (`opened`, `closed`).
    MARKET = 21;
    /// A word skipped between a cue and its value (`by`, `about`, `an`).
    FILLER = 22;
    /// A preposition that ends the head of a noun phrase (`in`, `for`, `to`).
    PREP = 23;
    /// `of`.
    OF = 24;
    /// `per`, `a`: the word after a value is its unit (`29 cts per share`).
    PER = 25;
    /// A Japanese particle that closes a topic or subject (`は`, `が`, `を`).
    TOPIC = 26;
    /// A CJK particle or word that ends a noun phrase (`の` at its edge, `に`, `から`).
    PARTICLE = 27;
    /// A noun of movement, never a metric (`increase`, `growth` as in `an increase of`).
    CHANGE_NOUN = 28;
    /// An adverb skipped next to a verb (`also`, `alone`).
    ADVERB = 29;
    /// A pronoun subject: the metric is carried (`which`, `it`).
    PRONOUN = 30;
    /// `and`, `or`: joins the members of a parallel list.
    CONJ = 31;
    /// `or`: the next value restates the one before (`912,147 shares, or 9.4 pct`).
    ALT = 32;
    /// `including`, `of which`: the next value is a part of the one before.
    PART = 33;
    /// A unit word the quantity grammar leaves after a value (`percentage point lower`, `short
    /// tons of`).
    UNIT_WORD = 34;
    /// `in`: what a movement or an amount is in (`a 4.5 pct decline in earnings`).
    IN = 35;
    /// `at`: a price, not where money goes.
    AT = 36;
    /// The `s` of a possessive `'s`.
    POSSESSIVE = 37;
    /// A company-form word (`Co`, `Inc`, `Ltd`): part of a name, never a name alone (a garbled
    /// `Co. reported` names no one). The linker reads it from the word alone and files it under
    /// no phrase (a name's words stay cue-free).
    ENTITY_SUFFIX = 38;
    /// A word before `of` that makes the name after it no owner of the measure: a bearing
    /// (`west of Perth`: a place to measure from) or a holding (`shares of Acme`: the owned,
    /// whose owner is the holder); read from the word alone, filed under no phrase, like
    /// [`Cues::ENTITY_SUFFIX`]. Beside [`Cues::DET`] on a possessive determiner (`of its
    /// Acme unit`: the owned).
    NOT_OWNER = 39;
}

impl Cues {
    /// No cue.
    pub const NONE: Cues = Cues(0);

    /// Whether every class of `c` is in the set.
    #[must_use]
    pub const fn has(self, c: Cues) -> bool {
        self.0 & c.0 == c.0
    }

    /// Whether any class of `c` is in the set.
    #[must_use]
    pub const fn any(self, c: Cues) -> bool {
        self.0 & c.0 != 0
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

const CH_UP: Cues = Cues(Cues::CHANGE.0 | Cues::UP.0 | Cues::VERB.0);
const CH_DOWN: Cues = Cues(Cues::CHANGE.0 | Cues::DOWN.0 | Cues::VERB.0);
const N_UP: Cues = Cues(Cues::CHANGE.0 | Cues::UP.0 | Cues::CHANGE_NOUN.0 | Cues::VERB.0);
const N_DOWN: Cues = Cues(Cues::CHANGE.0 | Cues::DOWN.0 | Cues::CHANGE_NOUN.0 | Cues::VERB.0);
const V_UP: Cues = Cues(Cues::UP.0 | Cues::VERB.0 | Cues::MARKET.0);
const V_DOWN: Cues = Cues(Cues::DOWN.0 | Cues::VERB.0 | Cues::MARKET.0);
const LV: Cues = Cues(Cues::LEVEL.0 | Cues::VERB.0);
const LVP: Cues = Cues(Cues::LEVEL.0 | Cues::VERB.0 | Cues::PRESENT.0);
const CONTENT: Cues = Cues(Cues::VERB.0 | Cues::CONTENT.0);
const STOPV: Cues = Cues(Cues::STOP.0 | Cues::CLAUSE.0);
const CMP: Cues = Cues(Cues::COMPARE.0 | Cues::PREP.0);

/// Every cue phrase: English (lower case, words separated by spaces), Chinese and Japanese.
pub const TABLE: &[(&str, Cues)] = &[
    // movement, upward
    ("rose", CH_UP),
    ("rise", N_UP),
    ("rises", CH_UP),
    ("rising", CH_UP),
    ("risen", CH_UP),
    ("increase", N_UP),
    ("increased", CH_UP),
    ("increases", CH_UP),
    ("increasing", CH_UP),
    ("up", Cues(Cues::CHANGE.0 | Cues::UP.0)),
    ("grew", CH_UP),
    ("grow", CH_UP),
    ("grows", CH_UP),
    ("growing", CH_UP),
    ("growth", N_UP),
    ("gain", N_UP),
    ("gained", V_UP),
    ("gaining", CH_UP),
    ("gains", V_UP),
    ("added", Cues::UP),
    ("higher", Cues(Cues::CHANGE.0 | Cues::UP.0)),
    ("surged", CH_UP),
    ("surge", N_UP),
    ("soared", CH_UP),
    ("jumped", CH_UP),
    ("jump", N_UP),
    ("climbed", CH_UP),
    ("firmed", V_UP),
    ("additional", Cues(Cues::CHANGE.0 | Cues::UP.0)),
    ("expanded", CH_UP),
    ("expansion", N_UP),
    ("improved", CH_UP),
    ("widened", CH_UP),
    ("widens", CH_UP),
    ("accelerated", CH_UP),
    ("rebounded", CH_UP),
    // movement, downward
    ("fell", CH_DOWN),
    ("fall", N_DOWN),
    ("falls", CH_DOWN),
    ("falling", CH_DOWN),
    ("fallen", CH_DOWN),
    ("declined", CH_DOWN),
    ("decline", N_DOWN),
    ("declines", CH_DOWN),
    ("declining", CH_DOWN),
    ("down", Cues(Cues::CHANGE.0 | Cues::DOWN.0)),
    ("decreased", CH_DOWN),
    ("decrease", N_DOWN),
    ("dropped", CH_DOWN),
    ("drop", N_DOWN),
    ("slipped", CH_DOWN),
    ("slid", CH_DOWN),
    ("plunged", CH_DOWN),
    ("tumbled", CH_DOWN),
    ("lower", Cues(Cues::CHANGE.0 | Cues::DOWN.0)),
    ("lost", V_DOWN),
    ("shed", V_DOWN),
    ("eased", V_DOWN),
    ("off", Cues(Cues::CHANGE.0 | Cues::DOWN.0)),
    ("contracted", CH_DOWN),
    ("shrank", CH_DOWN),
    ("narrowed", CH_DOWN),
    ("narrows", CH_DOWN),
    ("slowed", CH_DOWN),
    ("dipped", CH_DOWN),
    ("sank", CH_DOWN),
    ("plummeted", CH_DOWN),
    ("loss", Cues::NONE),
    ("times", Cues::CHANGE),
    // levels
    ("reached", LV),
    ("reach", LV),
    ("reaching", LV),
    ("reaches", LV),
    ("totaled", LV),
    ("totalled", LV),
    ("totaling", LV),
    ("totalling", LV),
    ("total", Cues::NONE),
    ("amounted to", LV),
    ("amounting to", LV),
    ("stood at", LV),
    ("standing at", LV),
    ("was", LVP),
    ("were", LVP),
    ("is", LVP),
    ("are", LVP),
    ("be", LV),
    ("hit", LV),
    ("came to", LV),
    ("to", Cues(Cues::LEVEL.0 | Cues::PREP.0)),
    ("at", Cues(Cues::LEVEL.0 | Cues::PREP.0 | Cues::AT.0)),
    ("from", Cues(Cues::FROM.0 | Cues::COMPARE.0 | Cues::PREP.0)),
    ("posted", CONTENT),
    ("recorded", LV),
    ("reported", Cues(Cues::VERB.0 | Cues::STOP.0)),
    ("reports", Cues(Cues::VERB.0 | Cues::STOP.0)),
    ("has", Cues(Cues::PRESENT.0 | Cues::VERB.0)),
    ("have", Cues(Cues::PRESENT.0 | Cues::VERB.0)),
    ("had", Cues::VERB),
    ("owns", Cues(Cues::PRESENT.0 | Cues::VERB.0)),
    ("employs", Cues(Cues::PRESENT.0 | Cues::VERB.0)),
    ("operates", Cues(Cues::PRESENT.0 | Cues::VERB.0)),
    ("holds", Cues(Cues::PRESENT.0 | Cues::VERB.0)),
    ("remains", Cues(Cues::PRESENT.0 | Cues::VERB.0)),
    ("covered", LV),
    ("experienced", LV),
    ("saw", LV),
    ("registered", LV),
    ("logged", LV),
    ("earned", CONTENT),
    ("earn", CONTENT),
    ("spent", CONTENT),
    ("spend", CONTENT),
    ("sold", CONTENT),
    ("bought", CONTENT),
    ("paid", CONTENT),
    ("cut", CONTENT),
    ("lose", CONTENT),
    ("invested", CONTENT),
    ("committed", CONTENT),
    ("allocated", CONTENT),
    ("raised", CONTENT),
    ("made", CONTENT),
    ("opened", Cues(Cues::MARKET.0 | Cues::VERB.0)),
    ("closed", Cues(Cues::MARKET.0 | Cues::VERB.0)),
    ("traded", Cues(Cues::MARKET.0 | Cues::VERB.0)),
    ("ended", Cues(Cues::MARKET.0 | Cues::VERB.0)),
    ("settled", Cues(Cues::MARKET.0 | Cues::VERB.0)),
    ("finished", Cues(Cues::MARKET.0 | Cues::VERB.0)),
    // shares and ranks
    ("accounting for", Cues(Cues::SHARE.0 | Cues::VERB.0)),
    ("accounted for", Cues(Cues::SHARE.0 | Cues::VERB.0)),
    ("accounts for", Cues(Cues::SHARE.0 | Cues::VERB.0)),
    ("account for", Cues(Cues::SHARE.0 | Cues::VERB.0)),
    ("stake", Cues::SHARE_NOUN),
    // an accounting item named `gain`/`loss` is an amount, not a movement: the phrase hides the
    // movement cue of its last word and stays a plain noun phrase (a metric)
    ("extraordinary gain", Cues::NONE),
    ("extraordinary gains", Cues::NONE),
    ("extraordinary loss", Cues::NONE),
    ("extraordinary losses", Cues::NONE),
    ("share", Cues::SHARE_NOUN),
    ("holding", Cues::SHARE_NOUN),
    ("ranking", Cues(Cues::RANK.0 | Cues::VERB.0)),
    ("ranked", Cues(Cues::RANK.0 | Cues::VERB.0)),
    ("ranks", Cues(Cues::RANK.0 | Cues::VERB.0)),
    ("placed", Cues(Cues::RANK.0 | Cues::VERB.0)),
    ("highest", Cues::RANK),
    ("largest", Cues::RANK),
    ("biggest", Cues::RANK),
    ("lowest", Cues::RANK),
    ("smallest", Cues::RANK),
    // bases
    ("year on year", Cues::YEAR_ON_YEAR),
    ("year over year", Cues::YEAR_ON_YEAR),
    ("a year ago", Cues::YEAR_ON_YEAR),
    ("a year earlier", Cues::YEAR_ON_YEAR),
    ("year earlier", Cues::YEAR_ON_YEAR),
    ("year ago", Cues::YEAR_ON_YEAR),
    ("the same period last year", Cues::YEAR_ON_YEAR),
    ("the same period of last year", Cues::YEAR_ON_YEAR),
    ("the same period a year earlier", Cues::YEAR_ON_YEAR),
    ("the previous year", Cues::YEAR_ON_YEAR),
    ("the previous financial year", Cues::YEAR_ON_YEAR),
    ("the previous fiscal year", Cues::YEAR_ON_YEAR),
    ("the prior year", Cues::YEAR_ON_YEAR),
    ("last year's", Cues::YEAR_ON_YEAR),
    ("month on month", Cues::PERIOD_ON_PERIOD),
    ("quarter on quarter", Cues::PERIOD_ON_PERIOD),
    ("week on week", Cues::PERIOD_ON_PERIOD),
    ("the previous quarter", Cues::PERIOD_ON_PERIOD),
    ("the previous month", Cues::PERIOD_ON_PERIOD),
    ("the prior quarter", Cues::PERIOD_ON_PERIOD),
    (
        "since the beginning of the year",
        Cues(Cues::SINCE_START.0 | Cues::COMPARE.0),
    ),
    (
        "since the start of the year",
        Cues(Cues::SINCE_START.0 | Cues::COMPARE.0),
    ),
    ("year to date", Cues::SINCE_START),
    ("so far this year", Cues::SINCE_START),
    // status
    ("expects", Cues::FORECAST),
    ("expected", Cues::FORECAST),
    ("expect", Cues::FORECAST),
    ("sees", Cues::FORECAST),
    ("forecast", Cues::FORECAST),
    ("forecasts", Cues::FORECAST),
    ("forecasted", Cues::FORECAST),
    ("estimated", Cues::FORECAST),
    ("estimates", Cues::FORECAST),
    ("projected", Cues::FORECAST),
    ("predicted", Cues::FORECAST),
    ("set to", Cues::FORECAST),
    ("will", Cues(Cues::FORECAST.0 | Cues::ADVERB.0)),
    ("should", Cues(Cues::FORECAST.0 | Cues::ADVERB.0)),
    ("plans", Cues::TARGET),
    ("plan", Cues::TARGET),
    ("plans to", Cues::TARGET),
    ("aims", Cues::TARGET),
    ("aim", Cues::TARGET),
    ("targets", Cues::TARGET),
    ("would", Cues(Cues::CONDITIONAL.0 | Cues::ADVERB.0)),
    ("could", Cues(Cues::CONDITIONAL.0 | Cues::ADVERB.0)),
    ("if", Cues(Cues::CONDITIONAL.0 | Cues::STOP.0)),
    // clauses and comparisons
    ("than", CMP),
    ("compared with", CMP),
    ("compares with", CMP),
    ("compare with", CMP),
    ("the same as", CMP),
    ("same as", CMP),
    ("compared to", CMP),
    ("versus", CMP),
    ("vs", CMP),
    ("against", CMP),
    ("since", CMP),
    ("over", Cues::PREP),
    ("when", STOPV),
    ("while", STOPV),
    ("but", STOPV),
    ("although", STOPV),
    ("whereas", STOPV),
    ("which", Cues(Cues::STOP.0 | Cues::PRONOUN.0)),
    ("that", Cues(Cues::DET.0)),
    ("who", Cues::STOP),
    ("said", Cues::STOP),
    ("says", Cues::STOP),
    ("saying", Cues::STOP),
    ("told", Cues::STOP),
    ("according", Cues::STOP),
    ("as", Cues::STOP),
    ("because", Cues::STOP),
    (
        "including",
        Cues(Cues::STOP.0 | Cues::PREP.0 | Cues::PART.0),
    ),
    ("it", Cues::PRONOUN),
    ("they", Cues::PRONOUN),
    ("we", Cues::PRONOUN),
    ("this", Cues::DET),
    ("these", Cues::DET),
    ("those", Cues::DET),
    ("the", Cues::DET),
    ("a", Cues(Cues::DET.0 | Cues::FILLER.0 | Cues::PER.0)),
    ("an", Cues(Cues::DET.0 | Cues::FILLER.0 | Cues::PER.0)),
    ("its", Cues(Cues::DET.0 | Cues::NOT_OWNER.0)),
    ("their", Cues(Cues::DET.0 | Cues::NOT_OWNER.0)),
    ("his", Cues(Cues::DET.0 | Cues::NOT_OWNER.0)),
    ("her", Cues(Cues::DET.0 | Cues::NOT_OWNER.0)),
    ("our", Cues(Cues::DET.0 | Cues::NOT_OWNER.0)),
    ("per", Cues::PER),
    ("by", Cues(Cues::FILLER.0 | Cues::PREP.0)),
    ("of", Cues(Cues::OF.0 | Cues::FILLER.0)),
    ("about", Cues::FILLER),
    ("around", Cues::FILLER),
    ("approximately", Cues::FILLER),
    ("nearly", Cues::FILLER),
    ("almost", Cues::FILLER),
    ("some", Cues::FILLER),
    ("record", Cues::FILLER),
    ("another", Cues::FILLER),
    ("in", Cues(Cues::PREP.0 | Cues::IN.0)),
    ("after", Cues::PREP),
    ("before", Cues::PREP),
    ("under", Cues::PREP),
    ("above", Cues::PREP),
    ("below", Cues::PREP),
    ("on", Cues::PREP),
    ("for", Cues::PREP),
    ("with", Cues::PREP),
    ("within", Cues::PREP),
    ("during", Cues::PREP),
    ("until", Cues::PREP),
    ("towards", Cues::PREP),
    ("toward", Cues::PREP),
    ("into", Cues::PREP),
    ("also", Cues::ADVERB),
    ("alone", Cues::ADVERB),
    ("still", Cues::ADVERB),
    ("further", Cues::ADVERB),
    ("specifically", Cues::ADVERB),
    ("respectively", Cues::ADVERB),
    ("mainly", Cues::ADVERB),
    ("mostly", Cues::ADVERB),
    ("largely", Cues::ADVERB),
    ("only", Cues::ADVERB),
    ("unchanged", Cues::ADVERB),
    ("and", Cues::CONJ),
    ("or", Cues(Cues::CONJ.0 | Cues::ALT.0)),
    ("point", Cues::UNIT_WORD),
    ("points", Cues::UNIT_WORD),
    // units the quantity grammar can leave after a count (`240,000 short tons of molybdenum`,
    // `155,221 bags of cocoa`): what is counted is the complement of their `of`
    ("tons", Cues::UNIT_WORD),
    ("tonnes", Cues::UNIT_WORD),
    ("ounces", Cues::UNIT_WORD),
    ("barrels", Cues::UNIT_WORD),
    ("bushels", Cues::UNIT_WORD),
    ("bags", Cues::UNIT_WORD),
    ("bales", Cues::UNIT_WORD),
    ("kilos", Cues::UNIT_WORD),
    ("gallons", Cues::UNIT_WORD),
    ("s", Cues::POSSESSIVE),
    ("of which", Cues::PART),
    // Chinese
    ("增加", CH_UP),
    ("增长", CH_UP),
    ("上升", CH_UP),
    ("提高", CH_UP),
    ("上涨", CH_UP),
    ("增", Cues(Cues::CHANGE.0 | Cues::UP.0)),
    ("多增", CH_UP),
    ("下降", CH_DOWN),
    ("减少", CH_DOWN),
    ("下跌", CH_DOWN),
    ("回落", CH_DOWN),
    ("降低", CH_DOWN),
    ("减", Cues(Cues::CHANGE.0 | Cues::DOWN.0)),
    ("少增", CH_DOWN),
    ("达到", LV),
    ("达", LV),
    ("为", LV),
    ("是", LV),
    ("至", Cues::LEVEL),
    ("余额", Cues::NONE),
    ("占", Cues(Cues::SHARE.0 | Cues::VERB.0)),
    ("占比", Cues(Cues::SHARE.0 | Cues::VERB.0)),
    ("位列", Cues(Cues::RANK.0 | Cues::VERB.0)),
    ("位居", Cues(Cues::RANK.0 | Cues::VERB.0)),
    ("排名", Cues(Cues::RANK.0 | Cues::VERB.0)),
    ("居", Cues(Cues::RANK.0 | Cues::VERB.0)),
    ("同比", Cues::YEAR_ON_YEAR),
    ("环比", Cues::PERIOD_ON_PERIOD),
    ("環比", Cues::PERIOD_ON_PERIOD),
    ("比年初", Cues::SINCE_START),
    ("较年初", Cues::SINCE_START),
    ("年初以来", Cues::SINCE_START),
    ("比", Cues::COMPARE),
    ("较", Cues::COMPARE),
    ("预计", Cues::FORECAST),
    ("预期", Cues::FORECAST),
    ("预测", Cues::FORECAST),
    ("目标", Cues::TARGET),
    ("计划", Cues::TARGET),
    ("的", Cues::PARTICLE),
    // Japanese
    ("増", Cues(Cues::CHANGE.0 | Cues::UP.0)),
    ("増加", CH_UP),
    ("上昇", CH_UP),
    ("伸び", CH_UP),
    ("減", Cues(Cues::CHANGE.0 | Cues::DOWN.0)),
    ("減少", CH_DOWN),
    ("低下", CH_DOWN),
    ("前年比", Cues::YEAR_ON_YEAR),
    ("前年同期比", Cues::YEAR_ON_YEAR),
    ("前期比", Cues::PERIOD_ON_PERIOD),
    ("前月比", Cues::PERIOD_ON_PERIOD),
    ("年初来", Cues::SINCE_START),
    ("見通し", Cues::FORECAST),
    ("予想", Cues::FORECAST),
    ("見込み", Cues::FORECAST),
    ("見込む", Cues::FORECAST),
    ("見込ん", Cues::FORECAST),
    ("計画", Cues::TARGET),
    ("目標", Cues::TARGET),
    ("は", Cues::TOPIC),
    ("が", Cues::TOPIC),
    ("を", Cues::TOPIC),
    ("の", Cues::PARTICLE),
    ("に", Cues::PARTICLE),
    ("で", Cues::PARTICLE),
    ("と", Cues::PARTICLE),
    ("から", Cues(Cues::PARTICLE.0)),
    ("まで", Cues::PARTICLE),
    ("へ", Cues::PARTICLE),
    // company forms: never a name alone
    ("co", Cues::ENTITY_SUFFIX),
    ("corp", Cues::ENTITY_SUFFIX),
    ("inc", Cues::ENTITY_SUFFIX),
    ("ltd", Cues::ENTITY_SUFFIX),
    ("plc", Cues::ENTITY_SUFFIX),
    ("llc", Cues::ENTITY_SUFFIX),
    ("incorporated", Cues::ENTITY_SUFFIX),
    ("limited", Cues::ENTITY_SUFFIX),
    // before `of`: the name after it is no owner (a bearing, a holding, a deal's target)
    ("north", Cues::NOT_OWNER),
    ("south", Cues::NOT_OWNER),
    ("east", Cues::NOT_OWNER),
    ("west", Cues::NOT_OWNER),
    ("northeast", Cues::NOT_OWNER),
    ("northwest", Cues::NOT_OWNER),
    ("southeast", Cues::NOT_OWNER),
    ("southwest", Cues::NOT_OWNER),
    ("outside", Cues::NOT_OWNER),
    ("shares", Cues::NOT_OWNER),
    ("stock", Cues::NOT_OWNER),
    ("stocks", Cues::NOT_OWNER),
    ("unit", Cues::NOT_OWNER),
    ("units", Cues::NOT_OWNER),
    ("subsidiary", Cues::NOT_OWNER),
    ("subsidiaries", Cues::NOT_OWNER),
    ("affiliate", Cues::NOT_OWNER),
    ("affiliates", Cues::NOT_OWNER),
    ("capital", Cues::NOT_OWNER),
    ("worth", Cues::NOT_OWNER),
    ("notes", Cues::NOT_OWNER),
    // a deal's target (`the acquisition of Acme`: the buyer is the subject)
    ("acquisition", Cues::NOT_OWNER),
    ("acquisitions", Cues::NOT_OWNER),
    ("takeover", Cues::NOT_OWNER),
    ("takeovers", Cues::NOT_OWNER),
    ("buyout", Cues::NOT_OWNER),
    ("purchase", Cues::NOT_OWNER),
    ("purchases", Cues::NOT_OWNER),
    ("sale", Cues::NOT_OWNER),
    // a statistic's measured series (`a moving average of M-1`)
    ("average", Cues::NOT_OWNER),
];

/// The endings that make a place's name its adjective (`Africa` and `n`, `Brazil` and `ian`,
/// `Japan` and `ese`): a capitals headline's `SOUTH AFRICAN` names the `South Africa` its body
/// writes. Lower case.
///
/// ```
/// use finnews_core::tables::facts::PLACE_ADJECTIVE_ENDS;
/// assert!(PLACE_ADJECTIVE_ENDS.contains(&"ian") && !PLACE_ADJECTIVE_ENDS.contains(&"s"));
/// ```
pub const PLACE_ADJECTIVE_ENDS: &[&str] = &["n", "an", "ian", "ese", "i"];

/// The characters that end a Chinese or Japanese place name (`苏州市`, `金坛区`, `愛知県`): a run of
/// three to six plain characters ending in one, opening a title or a clause, names the entity of
/// the page's figures.
pub const CJK_PLACE_ENDS: &[char] = &['市', '省', '区', '县', '県'];

/// Words where a [`CJK_PLACE_ENDS`] character is not a name's end (`市场` market, `市值` market
/// value, `区域` region): the character after it.
pub const CJK_PLACE_NOT_BEFORE: &[char] = &[
    '场', '場', '值', '民', '域', '间', '間', '份', '长', '長', '委', '政',
];

/// One cue phrase as word ids (rows of [`words`]), listed under its first word by [`phrases`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CuePhrase {
    /// The ids of the words after the first.
    pub rest: Box<[u16]>,
    /// The phrase's cues.
    pub cues: Cues,
    /// Written in CJK: its characters are glued tokens, and no hyphen is read between them.
    pub cjk: bool,
}

struct Index {
    words: Vec<&'static str>,
    /// Per first word id: the phrases starting with it, longest first (table order among
    /// phrases of one length).
    by_first: Vec<Vec<CuePhrase>>,
}

/// Whether a phrase is written in CJK (matched character by character).
fn is_cjk_phrase(p: &str) -> bool {
    p.chars().any(crate::lexer::is_cjk)
}

/// The units of a phrase: its words, or its characters for CJK.
fn units(p: &'static str) -> Vec<&'static str> {
    if is_cjk_phrase(p) {
        p.char_indices()
            .map(|(i, c)| p.get(i..i + c.len_utf8()).unwrap_or(""))
            .collect()
    } else {
        p.split(' ').filter(|w| !w.is_empty()).collect()
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut words: Vec<&'static str> = Vec::new();
        let mut id_of = std::collections::HashMap::<&'static str, u16>::new();
        let mut by_first: Vec<Vec<CuePhrase>> = Vec::new();
        for &(p, cues) in TABLE {
            let ids: Vec<u16> = units(p)
                .into_iter()
                .map(|u| {
                    *id_of.entry(u).or_insert_with(|| {
                        words.push(u);
                        by_first.push(Vec::new());
                        u16::try_from(words.len() - 1).unwrap_or(u16::MAX)
                    })
                })
                .collect();
            if let Some((&first, rest)) = ids.split_first()
                && let Some(list) = by_first.get_mut(usize::from(first))
            {
                list.push(CuePhrase {
                    rest: rest.into(),
                    cues,
                    cjk: is_cjk_phrase(p),
                });
            }
        }
        for v in &mut by_first {
            v.sort_by_key(|r| std::cmp::Reverse(r.rest.len()));
        }
        Index { words, by_first }
    })
}

/// Every word (English, lower case) and CJK character of the phrases of [`TABLE`], once each:
/// the row of a word in the lexicon's [`Class::FactCue`](crate::lexicon::Class::FactCue) is its
/// index here.
///
/// ```
/// use finnews_core::tables::facts::words;
/// assert!(words().contains(&"accounted") && words().contains(&"比"));
/// ```
#[must_use]
pub fn words() -> &'static [&'static str] {
    &index().words
}

/// The phrases starting with word `first` (an index into [`words`]), longest first.
///
/// ```
/// use finnews_core::tables::facts::{phrases, words, Cues};
/// let year = words().iter().position(|w| *w == "year").unwrap();
/// let on = words().iter().position(|w| *w == "on").unwrap() as u16;
/// let p = phrases(year);
/// assert!(p.iter().any(|p| p.rest[0] == on && p.cues.has(Cues::YEAR_ON_YEAR)));
/// assert!(phrases(usize::MAX).is_empty());
/// ```
#[must_use]
pub fn phrases(first: usize) -> &'static [CuePhrase] {
    index().by_first.get(first).map_or(&[], Vec::as_slice)
}

/// The cues of one whole phrase of the table, if it is listed.
///
/// ```
/// use finnews_core::tables::facts::{lookup_phrase, Cues};
/// assert!(lookup_phrase("accounted for").unwrap().has(Cues::SHARE));
/// assert!(lookup_phrase("quickly").is_none());
/// ```
#[must_use]
pub fn lookup_phrase(p: &str) -> Option<Cues> {
    TABLE.iter().find(|(q, _)| *q == p).map(|&(_, c)| c)
}
