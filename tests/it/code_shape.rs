//! A newcomer reads the product code top-down: no function of the product
//! crates (`src/`, `crates/*/src/`) is longer than 80 lines. Test modules
//! (`#[cfg(test)]` to the end of a file, `tests.rs`) are exempt.

use std::path::{Path, PathBuf};

const LIMIT: usize = 80;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("tests.rs") {
            out.push(p);
        }
    }
}

/// The line without string and char literals and `//` comments, so that
/// braces inside them do not count.
fn code_of(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '\'' => {
                // A char literal ('{', '\n'); a lifetime ('a) has no closing quote.
                let rest: String = chars.clone().take(12).collect();
                if let Some(escaped) = rest.strip_prefix('\\') {
                    if let Some(end) = escaped.find('\'') {
                        for _ in 0..end + 2 {
                            chars.next();
                        }
                    }
                } else if rest.chars().nth(1) == Some('\'') {
                    chars.next();
                    chars.next();
                }
            }
            '/' if chars.peek() == Some(&'/') => break,
            _ => out.push(c),
        }
    }
    out
}

fn is_fn_start(line: &str) -> bool {
    let mut t = line.trim_start();
    for prefix in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "async ",
        "const ",
        "unsafe ",
    ] {
        t = t.strip_prefix(prefix).unwrap_or(t);
        t = t.strip_prefix("async ").unwrap_or(t);
    }
    t.starts_with("fn ")
}

/// `(first line, length, name)` of every function longer than `LIMIT`.
fn long_functions(text: &str) -> Vec<(usize, usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        if !is_fn_start(lines[i]) {
            i += 1;
            continue;
        }
        let (mut depth, mut started, mut j) = (0i64, false, i);
        while j < lines.len() {
            let code = code_of(lines[j]);
            if !started && code.contains(';') && !code.contains('{') {
                break;
            }
            depth += code.matches('{').count() as i64 - code.matches('}').count() as i64;
            started |= code.contains('{');
            if started && depth <= 0 {
                break;
            }
            j += 1;
        }
        let len = j - i + 1;
        if started && len > LIMIT {
            let name = lines[i].split("fn ").nth(1).unwrap_or("").to_string();
            found.push((i + 1, len, name));
        }
        i = if started { j + 1 } else { i + 1 };
    }
    found
}

#[test]
fn the_checker_sees_a_long_function_and_ignores_braces_in_literals() {
    let body = "    let x = \"}}}\"; let c = '{';\n".repeat(LIMIT);
    let text = format!("fn long() {{\n{body}}}\nfn short() {{}}\n");
    let found = long_functions(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, LIMIT + 2);
    assert!(long_functions(&format!("#[cfg(test)]\n{text}")).is_empty());
}

#[test]
fn no_product_function_is_longer_than_80_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let crates = std::fs::read_dir(root.join("crates")).expect("crates/");
    for c in crates.flatten() {
        rust_files(&c.path().join("src"), &mut files);
    }
    assert!(files.len() > 50, "found only {} files", files.len());
    let mut long = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("readable source");
        for (line, len, name) in long_functions(&text) {
            long.push(format!("{}:{line} {len} lines: fn {name}", f.display()));
        }
    }
    assert!(
        long.is_empty(),
        "split these functions:\n{}",
        long.join("\n")
    );
}
