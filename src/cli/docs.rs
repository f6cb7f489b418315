//! `fsconn completions SHELL` and `fsconn man`: generated from the clap
//! definitions, so they never drift from the real flags. The committed copies
//! in `completions/` and `man/` are checked by a test.

use crate::error::{Error, Result};
use clap_complete::Shell;
use std::path::{Path, PathBuf};

/// The script for one shell: clap's, and for bash, zsh and fish a wrapper
/// that first asks `fsconn complete-values` for the candidates only the
/// running system knows (conference types, conferences, member ids).
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = super::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "fsconn", &mut out);
    match shell {
        Shell::Bash => out.extend_from_slice(BASH_VALUES.as_bytes()),
        Shell::Fish => out.extend_from_slice(FISH_VALUES.as_bytes()),
        // The autoloaded `_fsconn` runs clap's tail: it must call ours.
        Shell::Zsh => {
            let text = String::from_utf8_lossy(&out).replace(ZSH_CLAP_TAIL, ZSH_VALUES);
            return text.into_bytes();
        }
        _ => {}
    }
    out
}

const ZSH_CLAP_TAIL: &str = r#"if [ "$funcstack[1]" = "_fsconn" ]; then
    _fsconn "$@"
else
    compdef _fsconn fsconn
fi
"#;

const BASH_VALUES: &str = r#"
# Conference types, running conferences and member ids: asked from fsconn
# itself (with the global flags typed, so --server reaches the server).
_fsconn_values() {
    local cur="${COMP_WORDS[COMP_CWORD]}" values
    values="$("${COMP_WORDS[0]}" complete-values --line "${COMP_LINE:0:COMP_POINT}" 2>/dev/null)"
    if [[ -n "$values" ]]; then
        COMPREPLY=( $(compgen -W "$values" -- "$cur") )
        return 0
    fi
    _fsconn "$@"
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _fsconn_values -o nosort -o bashdefault -o default fsconn
else
    complete -F _fsconn_values -o bashdefault -o default fsconn
fi
"#;

const ZSH_VALUES: &str = r#"
# Conference types, running conferences and member ids: asked from fsconn
# itself (with the global flags typed, so --server reaches the server).
_fsconn_values() {
    local -a values
    values=("${(@f)$(${(Q)words[1]} complete-values -- ${(Q)words[1,CURRENT-1]} 2>/dev/null)}")
    if [[ -n "${values[1]}" ]]; then
        compadd -a values
    else
        _fsconn "$@"
    fi
}
if [ "$funcstack[1]" = "_fsconn" ]; then
    _fsconn_values "$@"
else
    compdef _fsconn_values fsconn
fi
"#;

const FISH_VALUES: &str = r#"
# Conference types, running conferences and member ids: asked from fsconn
# itself (with the global flags typed, so --server reaches the server).
function __fish_fsconn_values
    set -l words (commandline -opc)
    $words[1] complete-values -- $words 2>/dev/null
end
complete -c fsconn -f -n 'count (__fish_fsconn_values) >/dev/null' -a '(__fish_fsconn_values)'
complete -c fsconn -n '__fish_seen_subcommand_from add mod' -l type -x -a '(__fish_fsconn_values)'
"#;

/// `(file name, roff)` for `fsconn.1` and one page per subcommand
/// (`fsconn-users.1`, `fsconn-users-add.1`, ...).
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    /// The `help` subcommands have no page of their own: no page names them.
    fn no_help(c: clap::Command) -> clap::Command {
        c.disable_help_subcommand(true).mut_subcommands(no_help)
    }
    let mut pages = Vec::new();
    let mut cmd = no_help(super::command());
    cmd.build();
    collect(&cmd, "fsconn", &mut pages)?;
    let names: Vec<String> = pages
        .iter()
        .map(|(f, _)| f.trim_end_matches(".1").to_string())
        .collect();
    for (file, page) in &mut pages {
        let extra = super::man_sections::render(file.trim_end_matches(".1"), &names);
        page.extend_from_slice(extra.as_bytes());
    }
    Ok(pages)
}

fn collect(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let mut out = Vec::new();
    let page = cmd.clone().name(name.to_string());
    clap_mangen::Man::new(page)
        .render(&mut out)
        .map_err(|e| Error::io(format!("{name}.1"), e))?;
    pages.push((format!("{name}.1"), exit_status_section(out)));
    for sub in cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help" && !s.is_hide_set())
    {
        collect(sub, &format!("{name}-{}", sub.get_name()), pages)?;
    }
    Ok(())
}

/// clap_mangen puts the text after `--help` (the exit statuses) under
/// "EXTRA"; man pages call that section "EXIT STATUS".
fn exit_status_section(page: Vec<u8>) -> Vec<u8> {
    match String::from_utf8(page) {
        Ok(text) => text
            .replace(".SH EXTRA\n", ".SH \"EXIT STATUS\"\n")
            .into_bytes(),
        Err(e) => e.into_bytes(),
    }
}

/// The file name of a shell's completion script in `completions/`.
pub fn completion_file(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "fsconn.bash",
        Shell::Zsh => "_fsconn",
        Shell::Fish => "fsconn.fish",
        Shell::PowerShell => "_fsconn.ps1",
        Shell::Elvish => "fsconn.elv",
        _ => "fsconn.completion",
    }
}

pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    shell: Option<Shell>,
    /// Write every shell's script into DIR instead of printing one
    #[arg(long, value_name = "DIR", conflicts_with = "shell")]
    dir: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write all pages into DIR (else print fsconn.1)
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

fn write(dir: &Path, name: &str, content: &[u8]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    crate::fsio::write_atomic(&dir.join(name), content)
}

pub fn completions(a: CompletionsArgs) -> Result<i32> {
    match (a.shell, a.dir) {
        (Some(shell), None) => {
            super::output::bytes(&completion(shell)).map_err(|e| Error::io("stdout", e))?;
        }
        (None, Some(dir)) => {
            for shell in SHELLS {
                write(&dir, completion_file(shell), &completion(shell))?;
            }
        }
        _ => {
            return Err(Error::Input(
                "name a shell (bash, zsh, fish, powershell, elvish) or --dir DIR".into(),
            ))
        }
    }
    Ok(0)
}

pub fn man(a: ManArgs) -> Result<i32> {
    let pages = man_pages()?;
    match a.dir {
        Some(dir) => {
            for (name, content) in &pages {
                write(&dir, name, content)?;
            }
        }
        None => {
            let main = pages.first().map(|(_, c)| c.as_slice()).unwrap_or_default();
            super::output::bytes(main).map_err(|e| Error::io("stdout", e))?;
        }
    }
    Ok(0)
}
