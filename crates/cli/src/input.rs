//! Reading the inputs: files, directories, standard input; whole documents or JSON lines.

use std::collections::VecDeque;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One unit of work.
#[derive(Debug)]
pub(crate) enum Job {
    /// A whole document (text input), or an input that could not be opened.
    Document {
        /// The path as given (`-` for standard input).
        name: String,
        /// Its bytes, or why they could not be read.
        bytes: Result<Vec<u8>, String>,
    },
    /// One line of JSON Lines input.
    Line {
        /// Where it came from, for messages (`-` for standard input); shared by its lines.
        source: Arc<str>,
        /// 1-based line number.
        lineno: usize,
        /// The line without its terminator.
        bytes: Vec<u8>,
        /// Input bytes read for it: the line, its terminator and any blank lines before it.
        consumed: u64,
    },
}

impl Job {
    pub(crate) fn len(&self) -> usize {
        match self {
            Job::Document { bytes: Ok(b), .. } | Job::Line { bytes: b, .. } => b.len(),
            Job::Document { .. } => 0,
        }
    }
}

#[derive(Debug)]
enum Source {
    Stdin,
    File(PathBuf),
    Unreadable(PathBuf, String),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_owned(),
            Source::File(p) | Source::Unreadable(p, _) => p.display().to_string(),
        }
    }
}

/// Yields jobs one at a time, reading lazily so memory stays bounded.
pub(crate) struct Reader {
    sources: VecDeque<Source>,
    jsonl: bool,
    current: Option<(Arc<str>, Box<dyn BufRead + Send>, usize)>,
    count: usize,
    /// The total size of the inputs, when every one is a file.
    total_bytes: Option<u64>,
}

/// A directory argument that selects no file.
#[derive(Debug)]
pub(crate) struct EmptySelection {
    pub(crate) dir: PathBuf,
    pub(crate) extension: &'static str,
    /// How many files with the other mode's extension it holds.
    pub(crate) other: usize,
    pub(crate) other_extension: &'static str,
}

impl std::fmt::Display for EmptySelection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: no *.{} file in this directory or below",
            self.dir.display(),
            self.extension
        )?;
        if self.other > 0 {
            let mode = if self.other_extension == "txt" {
                "text"
            } else {
                "jsonl"
            };
            write!(
                f,
                " (it holds {} *.{} file{}: use --input {mode})",
                self.other,
                self.other_extension,
                if self.other == 1 { "" } else { "s" }
            )?;
        }
        Ok(())
    }
}

impl std::fmt::Debug for Reader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader")
            .field("sources", &self.sources)
            .field("jsonl", &self.jsonl)
            .finish()
    }
}

impl Reader {
    /// The inputs named by `paths`: files, `-`, and directories searched recursively for
    /// `*.jsonl` (JSON Lines input) or `*.txt` (text input) files, in sorted order.
    ///
    /// # Errors
    ///
    /// A directory that selects no file at all.
    pub(crate) fn new(paths: &[PathBuf], jsonl: bool) -> Result<Reader, EmptySelection> {
        let (extension, other_extension) = if jsonl {
            ("jsonl", "txt")
        } else {
            ("txt", "jsonl")
        };
        let mut sources = VecDeque::new();
        if paths.is_empty() {
            sources.push_back(Source::Stdin);
        }
        for p in paths {
            if p.as_os_str() == "-" {
                sources.push_back(Source::Stdin);
            } else if p.is_dir() {
                let mut found = Vec::new();
                let mut errors = Vec::new();
                let other = walk(p, extension, other_extension, &mut found, &mut errors);
                if found.is_empty() && errors.is_empty() {
                    return Err(EmptySelection {
                        dir: p.clone(),
                        extension,
                        other,
                        other_extension,
                    });
                }
                found.sort();
                sources.extend(found.into_iter().map(Source::File));
                sources.extend(errors.into_iter().map(|(p, e)| Source::Unreadable(p, e)));
            } else {
                sources.push_back(Source::File(p.clone()));
            }
        }
        let count = sources.len();
        let total_bytes = sources
            .iter()
            .map(|s| match s {
                Source::File(p) => fs::metadata(p).ok().map(|m| m.len()),
                Source::Unreadable(..) => Some(0),
                Source::Stdin => None,
            })
            .sum();
        Ok(Reader {
            sources,
            jsonl,
            current: None,
            count,
            total_bytes,
        })
    }

    /// The number of documents, when known before reading (text input).
    pub(crate) fn known_count(&self) -> Option<usize> {
        (!self.jsonl).then_some(self.count)
    }

    /// The number of input bytes, when known before reading (every input is a file).
    pub(crate) fn known_bytes(&self) -> Option<u64> {
        self.total_bytes
    }

    pub(crate) fn next_job(&mut self) -> Option<Job> {
        let mut skipped = 0u64;
        loop {
            if let Some((name, reader, lineno)) = &mut self.current {
                let mut line = Vec::new();
                match reader.read_until(b'\n', &mut line) {
                    Ok(0) => self.current = None,
                    Ok(n) => {
                        *lineno += 1;
                        skipped += n as u64;
                        // A blank line (JSON white space only) is no input: skipped.
                        if line
                            .iter()
                            .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
                        {
                            continue;
                        }
                        if line.last() == Some(&b'\n') {
                            line.pop();
                            if line.last() == Some(&b'\r') {
                                line.pop();
                            }
                        }
                        return Some(Job::Line {
                            source: name.clone(),
                            lineno: *lineno,
                            bytes: line,
                            consumed: skipped,
                        });
                    }
                    Err(e) => {
                        let name = name.to_string();
                        self.current = None;
                        return Some(Job::Document {
                            name,
                            bytes: Err(format!("read error: {e}")),
                        });
                    }
                }
                continue;
            }
            let source = self.sources.pop_front()?;
            let name = source.name();
            if self.jsonl {
                match open(&source) {
                    Ok(r) => self.current = Some((name.into(), r, 0)),
                    Err(e) => {
                        return Some(Job::Document {
                            name,
                            bytes: Err(e),
                        });
                    }
                }
            } else {
                let bytes = open(&source).and_then(|mut r| {
                    let mut buf = Vec::new();
                    r.read_to_end(&mut buf)
                        .map(|_| buf)
                        .map_err(|e| format!("read error: {e}"))
                });
                return Some(Job::Document { name, bytes });
            }
        }
    }
}

fn open(source: &Source) -> Result<Box<dyn BufRead + Send>, String> {
    match source {
        Source::Stdin => Ok(Box::new(BufReader::with_capacity(1 << 16, io::stdin()))),
        Source::File(p) => fs::File::open(p)
            .map(|f| Box::new(BufReader::with_capacity(1 << 16, f)) as Box<dyn BufRead + Send>)
            .map_err(|e| format!("cannot open: {e}")),
        Source::Unreadable(_, e) => Err(e.clone()),
    }
}

/// Collects every `*.{extension}` file below `dir`, recursively; directories that cannot be
/// listed are reported in `errors`. Returns how many `*.{other}` files were seen.
fn walk(
    dir: &Path,
    extension: &str,
    other: &str,
    found: &mut Vec<PathBuf>,
    errors: &mut Vec<(PathBuf, String)>,
) -> usize {
    let mut others = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) => {
                errors.push((d, format!("cannot list directory: {e}")));
                continue;
            }
        };
        for entry in entries {
            let Ok(entry) = entry else { continue };
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == extension) {
                found.push(path);
            } else if path.extension().is_some_and(|e| e == other) {
                others += 1;
            }
        }
    }
    others
}
