//! Fuzz target `segment`: see `fuzz/README.md` and `finnews_fuzz::fuzz_main`.
#![cfg_attr(fuzzing, no_main)]

finnews_fuzz::fuzz_main!("segment");
