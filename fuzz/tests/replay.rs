//! Replays the committed seeds and regression inputs through every target's checks, on a stable
//! toolchain with no fuzzing flags: `cargo test` in `fuzz/`.
//!
//! `regressions/<target>/` holds inputs of crashes that are fixed (they must keep passing);
//! `regressions/open/<target>/` holds crashes not fixed yet, replayed only by the ignored test
//! `open_regressions` (`cargo test -- --ignored`).

use std::path::Path;

fn replay(dir: &Path) -> usize {
    let mut n = 0;
    for target in finnews_fuzz::TARGETS {
        let Ok(rd) = std::fs::read_dir(dir.join(target)) else {
            continue;
        };
        let mut files: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for f in files.iter().filter(|f| f.is_file()) {
            let data = std::fs::read(f).expect("read input");
            let r = std::panic::catch_unwind(|| finnews_fuzz::target(target, &data));
            assert!(r.is_ok(), "{target}: {} fails", f.display());
            n += 1;
        }
    }
    n
}

fn here() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn seeds() {
    assert!(replay(&here().join("seeds")) > 100);
}

#[test]
fn fixed_regressions() {
    replay(&here().join("regressions"));
}

#[test]
#[ignore = "crashes found by fuzzing that the owning crate has not fixed yet"]
fn open_regressions() {
    replay(&here().join("regressions/open"));
}
