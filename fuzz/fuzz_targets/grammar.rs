//! Fuzz target `grammar`: see `fuzz/README.md`. Under `cargo fuzz` this is a libFuzzer target;
//! built plainly (`cargo build` in `fuzz/`, stable), it replays the files and directories named
//! on its command line.
#![cfg_attr(fuzzing, no_main)]

use libfuzzer_sys::{Corpus, fuzz_target};

fuzz_target!(|data: &[u8]| -> Corpus {
    if finnews_fuzz::target_grammar(data) {
        Corpus::Keep
    } else {
        Corpus::Reject
    }
});

#[cfg(not(fuzzing))]
fn main() {
    finnews_fuzz::replay_main(|d| {
        let _ = finnews_fuzz::target_grammar(d);
    });
}
