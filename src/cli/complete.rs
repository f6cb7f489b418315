//! `fsconn complete-values -- WORDS...` (hidden): the candidates the shell
//! completions cannot know from the flags alone: conference types for
//! `conferences add/mod --type`, running conference names and their member
//! ids for `fsconn live`. The committed scripts in `completions/` call it
//! with the words typed so far (global flags such as `--server` included,
//! so a remote system is asked), and fall back to clap's static completion
//! when it prints nothing. Errors print nothing: a completion never shouts.

use super::{Cli, Global};
use clap::Parser;

/// `live` subcommands whose first argument is a running conference.
const CONF_FIRST: &[&str] = &[
    "show",
    "watch",
    "lock",
    "unlock",
    "mute",
    "unmute",
    "deaf",
    "undeaf",
    "kick",
    "hup",
    "record",
    "transfer",
    "dial",
    "play",
    "energy",
    "volume",
    "floor",
    "grantmod",
    "revokemod",
    "lowerhand",
];
/// `live` subcommands whose second argument is a member of that conference.
const MEMBER_SECOND: &[&str] = &[
    "mute",
    "unmute",
    "deaf",
    "undeaf",
    "kick",
    "hup",
    "transfer",
    "energy",
    "volume",
    "floor",
    "grantmod",
    "revokemod",
    "lowerhand",
];
/// Of those, the ones that also take `all`.
const ALL_MEMBERS: &[&str] = &["mute", "unmute", "kick"];
/// Global flags that take a value (the next word, or `--flag=value`).
const VALUED: &[&str] = &[
    "--config",
    "--conf-dir",
    "--static-dir",
    "--recordings-dir",
    "--esl",
    "--esl-password",
    "--server",
    "--user",
    "--ca-cert",
    "--format",
];

/// The subcommand's name. It is added only when parsing a real command
/// line, so `--help`, the man pages and the completions never show it.
pub const NAME: &str = "complete-values";

pub fn command() -> clap::Command {
    clap::Command::new(NAME)
        .hide(true)
        .arg(
            clap::Arg::new("line")
                .long("line")
                .help("The command line up to the cursor, as bash's COMP_LINE"),
        )
        .arg(
            clap::Arg::new("words")
                .help("The words of the command line before the one being completed")
                .num_args(0..)
                .last(true)
                .allow_hyphen_values(true),
        )
}

/// What the words typed so far ask to complete next.
#[derive(Debug, PartialEq)]
enum Want {
    ConfTypes,
    Conferences,
    Members { conference: String, all: bool },
    Nothing,
}

/// The global flags (to reach the right system) and the positional words.
fn split(words: &[String]) -> (Vec<String>, Vec<String>, Option<String>) {
    let (mut globals, mut positionals, mut last_flag) = (Vec::new(), Vec::new(), None);
    // The first word is the program.
    let mut it = words.iter().skip(1);
    while let Some(w) = it.next() {
        last_flag = None;
        if VALUED.contains(&w.as_str()) {
            globals.push(w.clone());
            match it.next() {
                Some(v) => globals.push(v.clone()),
                None => {
                    globals.pop();
                }
            }
        } else if VALUED.iter().any(|f| w.starts_with(&format!("{f}="))) {
            globals.push(w.clone());
        } else if w.starts_with('-') {
            last_flag = Some(w.clone());
        } else {
            positionals.push(w.clone());
        }
    }
    // A valued flag that is last (`--server` with its value being typed) is no global.
    if let Some(w) = words.last().filter(|w| VALUED.contains(&w.as_str())) {
        last_flag = Some(w.clone());
    }
    (globals, positionals, last_flag)
}

/// The complete words of a command line up to the cursor: the word being
/// typed (if the line does not end in a space) is left out. bash splits
/// `--user a:b` at the colon, so the scripts pass the line, not the words.
fn words_before_cursor(line: &str) -> Vec<String> {
    let mut words =
        shlex::split(line).unwrap_or_else(|| line.split_whitespace().map(str::to_string).collect());
    if !line.ends_with(char::is_whitespace) {
        words.pop();
    }
    words
}

fn want(positionals: &[String], last_flag: Option<&str>) -> Want {
    let p: Vec<&str> = positionals.iter().map(String::as_str).collect();
    match (p.as_slice(), last_flag) {
        (["conferences", "add" | "mod", ..], Some("--type")) => Want::ConfTypes,
        (["live", sub], None) if CONF_FIRST.contains(sub) => Want::Conferences,
        (["live", "transfer", _, _], None) => Want::Conferences,
        (["live", sub, conf], None) if MEMBER_SECOND.contains(sub) => Want::Members {
            conference: conf.to_string(),
            all: ALL_MEMBERS.contains(sub),
        },
        _ => Want::Nothing,
    }
}

/// Print the candidates, one a line; the exit status (always 0).
pub fn run(m: &clap::ArgMatches) -> i32 {
    let words: Vec<String> = match m.get_one::<String>("line") {
        Some(line) => words_before_cursor(line),
        None => m
            .get_many::<String>("words")
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
    };
    let (globals, positionals, last_flag) = split(&words);
    let want = want(&positionals, last_flag.as_deref());
    if want == Want::Nothing {
        return 0;
    }
    let parsed = Cli::try_parse_from(
        std::iter::once("fsconn".to_string())
            .chain(globals)
            .chain(["config".to_string()]),
    );
    let Ok(cli) = parsed else { return 0 };
    for c in candidates(&cli.global, want).unwrap_or_default() {
        crate::outln!("{c}");
    }
    0
}

fn candidates(g: &Global, want: Want) -> crate::error::Result<Vec<String>> {
    let b = g.backend()?;
    Ok(match want {
        Want::ConfTypes => b.with(None, |svc| Ok(svc.conferences_list()?.info.types))?,
        Want::Conferences => super::live::running(&b)?
            .iter()
            .filter_map(|c| c["name"].as_str().map(str::to_string))
            .collect(),
        Want::Members { conference, all } => {
            let list = super::live::running(&b)?;
            let conf = list.iter().find(|c| c["name"] == conference.as_str());
            let members = conf
                .and_then(|c| c["members"].as_array())
                .into_iter()
                .flatten();
            let ids = members.filter_map(|m| m["confid"].as_str().map(str::to_string));
            all.then(|| "all".to_string())
                .into_iter()
                .chain(ids)
                .collect()
        }
        Want::Nothing => Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    fn of(s: &str) -> Want {
        let (_, p, last) = split(&w(s));
        want(&p, last.as_deref())
    }

    #[test]
    fn the_words_say_what_to_complete() {
        assert_eq!(
            of("fsconn conferences add --name x --type"),
            Want::ConfTypes
        );
        assert_eq!(
            of("fsconn --server http://h --user a:b live show"),
            Want::Conferences
        );
        assert_eq!(
            of("fsconn live mute team"),
            Want::Members {
                conference: "team".into(),
                all: true
            }
        );
        assert_eq!(
            of("fsconn live grantmod team"),
            Want::Members {
                conference: "team".into(),
                all: false
            }
        );
        assert_eq!(of("fsconn live lowerhand"), Want::Conferences);
        assert_eq!(of("fsconn live transfer team 7"), Want::Conferences);
        assert_eq!(of("fsconn live list"), Want::Nothing);
        assert_eq!(of("fsconn live show --server"), Want::Nothing);
        assert_eq!(
            words_before_cursor("fsconn --user a:b live show te"),
            w("fsconn --user a:b live show")
        );
        assert_eq!(
            words_before_cursor("fsconn live show "),
            w("fsconn live show")
        );
        let (g, p, _) = split(&w("fsconn --server http://h live --user=a:b show"));
        assert_eq!(g, w("--server http://h --user=a:b"));
        assert_eq!(p, w("live show"));
    }
}
