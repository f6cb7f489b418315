//! The command line's rough edges (issue 21 item 6): tables into pipes,
//! prompts and table widths on a pseudo-terminal, `live` in words,
//! completions asked from fsconn, man page sections, `info`/`config` for
//! people, help layout and `demo`.

use crate::harness::*;
use crate::live_ws::esl;
use std::io::BufRead;
use std::path::Path;
use std::time::Duration;

const BOX: &[char] = &['│', '┆', '─', '┌', '╞', '═', '└'];

/// `args` of `fsconn` run on a pseudo-terminal `cols` wide, answering
/// `answers` ([prompt, line]); what the terminal showed.
fn on_pty(env: &TestEnv, cols: u16, answers: &str, args: &[&str]) -> Output {
    let t = env.cmd();
    let mut full: Vec<String> = vec![BIN.to_string()];
    full.extend(t.cmd.get_args().map(|a| a.to_string_lossy().into_owned()));
    full.extend(args.iter().map(|a| a.to_string()));
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pty_run.py");
    let mut cmd = std::process::Command::new("python3");
    cmd.arg(script).arg(cols.to_string()).arg(answers).arg("--");
    cmd.args(&full).current_dir(env.path(""));
    for v in fsconn::settings::ENV_VARS {
        cmd.env_remove(v);
    }
    cmd.env_remove("COLUMNS");
    let out = cmd.output().expect("python3 runs the pty helper");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn tables_into_a_pipe_are_tab_separated_without_box_characters() {
    let env = TestEnv::new();
    let out = env.cmd().args(["users", "list"]).run();
    out.ok();
    assert!(!out.stdout.contains(BOX), "{}", out.stdout);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0], "id\tname\tcontext\temail\tpolymac\tconpin",
        "{}",
        out.stdout
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("20000\tdefaultuser\tteam\t")),
        "{}",
        out.stdout
    );
    // --format tsv is the same; --format table forces the box table.
    let tsv = env.cmd().args(["--format", "tsv", "users", "list"]).run();
    assert_eq!(tsv.stdout, out.stdout);
    let boxed = env.cmd().args(["users", "list", "--format", "table"]).run();
    boxed.ok();
    assert!(boxed.stdout.contains(BOX), "{}", boxed.stdout);
    for cmd in [&["conferences", "list"][..], &["config"], &["audit"]] {
        let o = env.cmd().args(cmd).run();
        o.ok();
        assert!(!o.stdout.contains(BOX), "{cmd:?}: {}", o.stdout);
        assert!(
            o.stdout.lines().next().unwrap_or("").contains('\t'),
            "{cmd:?}: {}",
            o.stdout
        );
    }
}

#[test]
fn a_terminal_of_zero_columns_gets_a_table_100_wide() {
    let env = TestEnv::new();
    let out = on_pty(&env, 0, "[]", &["config"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout.contains('│'),
        "a terminal gets the box table: {}",
        out.stdout
    );
    let widest = out
        .stdout
        .lines()
        .map(|l| l.trim_end_matches('\r').chars().count())
        .max()
        .unwrap();
    // Wide enough to read (not one character per column), never wider than 100.
    assert!(
        (60..=100).contains(&widest),
        "widest line {widest}:\n{}",
        out.stdout
    );
}

#[test]
fn users_add_on_a_terminal_asks_for_the_missing_fields_and_shows_the_password_once() {
    let env = TestEnv::new();
    let before = env.snapshot();
    // Not on a terminal: clap's error as before, nothing written.
    let no_tty = env.cmd().args(["users", "add", "--name", "bob"]).run();
    no_tty.code(2);
    assert!(no_tty.stderr.contains("--email"), "{}", no_tty.stderr);
    assert_eq!(env.snapshot(), before);

    let answers = r#"[["E-mail","alice@example.com"],["Context","team"]]"#;
    let out = on_pty(&env, 120, answers, &["users", "add", "--name", "alice"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        !out.stdout.contains("Name:"),
        "--name was given: {}",
        out.stdout
    );
    let users = env
        .cmd()
        .args(["--json", "users", "list", "--show-passwords"])
        .run();
    let list = users.json()["users"].as_array().unwrap().clone();
    let alice = list
        .iter()
        .find(|u| u["name"] == "alice")
        .expect("alice added");
    assert_eq!(alice["email"], "alice@example.com");
    assert_eq!(alice["context"], "team");
    let pw = alice["password"].as_str().unwrap();
    assert!(pw.len() >= 8, "{pw}");
    assert_eq!(out.stdout.matches(pw).count(), 1, "{}", out.stdout);
    assert!(
        out.stdout.contains("SIP password of alice"),
        "{}",
        out.stdout
    );
}

#[test]
fn info_and_config_print_for_people() {
    let env = TestEnv::new();
    let info = env.cmd().args(["info"]).run();
    info.ok();
    assert!(
        !info.stdout.trim_start().starts_with('{'),
        "{}",
        info.stdout
    );
    assert!(
        info.stdout
            .contains("last reloadxml by fsconn: not till now"),
        "{}",
        info.stdout
    );
    assert!(
        info.stdout.contains("FreeSWITCH globals"),
        "{}",
        info.stdout
    );
    let json = env.cmd().args(["info", "--json", "--state"]).run().json();
    let users = json["state"]["users"].as_array().unwrap().len();
    let confs = json["state"]["conferences"].as_array().unwrap().len();
    let state = env.cmd().args(["info", "--state"]).run();
    let words = |n: usize, one: &str| format!("\n{n} {one}{}\n", if n == 1 { "" } else { "s" });
    assert!(
        state.stdout.contains(&words(users, "user")),
        "{}",
        state.stdout
    );
    assert!(
        state.stdout.contains(&words(confs, "conference")),
        "{}",
        state.stdout
    );

    let config = env
        .cmd()
        .args([
            "--esl-password",
            "Sesame-Secret-42",
            "--conf-dir",
            "freeswitch",
            "config",
        ])
        .run();
    config.ok();
    assert!(!config.stdout.contains("Sesame"), "{}", config.stdout);
    assert!(
        !config.stdout.contains("****"),
        "no length shown: {}",
        config.stdout
    );
    assert!(
        config.stdout.contains("esl.password\t(set, hidden)\t"),
        "{}",
        config.stdout
    );
    let conf_dir = config
        .stdout
        .lines()
        .find(|l| l.starts_with("conf_dir\t"))
        .unwrap();
    let shown = conf_dir.split('\t').nth(1).unwrap();
    assert!(Path::new(shown).is_absolute(), "{conf_dir}");
    assert!(Path::new(shown).is_dir(), "{conf_dir}");
}

#[test]
fn help_shows_the_commands_own_flags_first_and_the_global_ones_once() {
    let env = TestEnv::new();
    let h = env.cmd().args(["users", "add", "--help"]).run();
    h.ok();
    let own = h.stdout.find("--email").unwrap();
    let global = h.stdout.find("Global options:").unwrap();
    assert!(own < global, "{}", h.stdout);
    assert_eq!(h.stdout.matches("--conf-dir").count(), 1, "{}", h.stdout);
    let demo = env.cmd().args(["demo", "--help"]).run();
    demo.ok();
    for flag in ["--listen", "--nodes", "--quiet"] {
        assert!(demo.stdout.contains(flag), "{}", demo.stdout);
    }
    // (The exit statuses at the end name --server.)
    let flags = demo.stdout.split("Exit status").next().unwrap();
    for flag in ["--conf-dir", "--server", "--dry-run", "--esl", "--json"] {
        assert!(!flags.contains(flag), "{flag}: {}", demo.stdout);
    }
}

#[test]
fn man_pages_have_the_usual_sections_and_name_only_pages_that_exist() {
    let man = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let pages: Vec<String> = std::fs::read_dir(&man)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(pages.len() > 40);
    let re_ref = |text: &str| -> Vec<String> {
        // fsconn\-users\-add(1) in roff; any fsconn-* page reference.
        let plain = text
            .replace("\\-", "-")
            .replace("\\fB", "")
            .replace("\\fR", "");
        plain
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '(' || c == ')'))
            .filter(|w| w.starts_with("fsconn") && w.ends_with("(1)"))
            .map(|w| w.trim_end_matches("(1)").to_string())
            .collect()
    };
    for p in &pages {
        let text = std::fs::read_to_string(man.join(p)).unwrap();
        for section in [
            ".SH EXAMPLES",
            ".SH FILES",
            ".SH ENVIRONMENT",
            ".SH \"EXIT STATUS\"",
        ] {
            assert!(text.contains(section), "{p} lacks {section}");
        }
        for r in re_ref(&text) {
            assert!(
                pages.contains(&format!("{r}.1")),
                "{p} names {r}(1), which is not in man/"
            );
        }
    }
    let add = std::fs::read_to_string(man.join("fsconn-users-add.1")).unwrap();
    assert!(add.contains("fsconn users add \\-\\-name alice"), "{add}");
}

/// A sim with team_g722 running with two members; (env, sim, member ids).
async fn running() -> (TestEnv, Proc, Vec<String>) {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let fs = esl(&sim.addr).await;
    let mut ids = Vec::new();
    for u in ["20000", "21000"] {
        let r = fs.api(&format!("sim join team_g722 {u}")).await.unwrap();
        ids.push(r.trim().trim_start_matches("+OK ").to_string());
    }
    (env, sim, ids)
}

async fn run(t: TestCommand) -> Output {
    tokio::task::spawn_blocking(move || t.run()).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_list_and_show_speak_in_words() {
    let (env, sim, ids) = running().await;
    let list = run(env.cmd_esl(&sim.addr).args(["live", "list"])).await;
    list.ok();
    assert!(
        list.stdout.contains("\n1 running conference\n"),
        "{}",
        list.stdout
    );
    assert!(list.stdout.contains("not recording"), "{}", list.stdout);
    let show = run(env.cmd_esl(&sim.addr).args(["live", "show", "team_g722"])).await;
    show.ok();
    assert!(show.stdout.starts_with("team_g722 ("), "{}", show.stdout);
    assert!(
        show.stdout.contains("2 members, unlocked, not recording"),
        "{}",
        show.stdout
    );
    for raw in ["norec", "raised", "{", "false"] {
        assert!(!show.stdout.contains(raw), "{raw}: {}", show.stdout);
    }
    assert!(
        show.stdout
            .lines()
            .any(|l| l.starts_with(&format!("{}\t", ids[0]))),
        "{}",
        show.stdout
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_watch_says_what_changed_in_a_member_change() {
    let (env, sim, ids) = running().await;
    let (mut child, rx) = watch_lines(env.cmd_esl(&sim.addr).args(["live", "watch", "team_g722"]));
    tokio::time::sleep(Duration::from_millis(700)).await;
    run(env
        .cmd_esl(&sim.addr)
        .args(["live", "energy", "team_g722", &ids[1], "321"]))
    .await
    .ok();
    let line = tokio::task::spawn_blocking(move || {
        let mut seen = Vec::new();
        while let Ok(l) = rx.recv_timeout(Duration::from_secs(10)) {
            if l.contains("memberChange") {
                return Ok(l);
            }
            seen.push(l);
        }
        Err(seen)
    })
    .await
    .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let line = line.unwrap_or_else(|seen| panic!("no memberChange line: {seen:#?}"));
    assert!(line.contains(&format!(" {} ", ids[1])), "{line}");
    assert!(
        line.contains("energy ") && line.ends_with("→ 321"),
        "{line}"
    );
    assert!(!line.contains("volume"), "only what changed: {line}");
}

/// bash's completion of `COMP_LINE` (cursor at its end) with the committed script.
fn bash_complete(line: &str) -> Vec<String> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/completions/fsconn.bash");
    let prog = format!(
        r#"source {script}
COMP_LINE="$1"; COMP_POINT=${{#COMP_LINE}}
read -ra COMP_WORDS <<< "$COMP_LINE"
[[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
_fsconn_values "${{COMP_WORDS[0]}}" "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#
    );
    let mut cmd = std::process::Command::new("bash");
    for v in fsconn::settings::ENV_VARS {
        cmd.env_remove(v);
    }
    let out = cmd.args(["-c", &prog, "bash", line]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completions_offer_types_conferences_and_members() {
    let (env, sim, ids) = running().await;
    let config = env.path("fsconn.toml");
    let base = format!("{BIN} --config {} --esl {}", config.display(), sim.addr);
    let line = format!("{base} conferences add --name x --type ");
    let types = tokio::task::spawn_blocking(move || bash_complete(&line))
        .await
        .unwrap();
    let want = env
        .cmd()
        .args(["--json", "conferences", "list"])
        .run()
        .json()["info"]["types"]
        .clone();
    assert_eq!(serde_json::json!(types), want);
    let line = format!("{base} live show te");
    let confs = tokio::task::spawn_blocking(move || bash_complete(&line))
        .await
        .unwrap();
    assert_eq!(confs, ["team_g722"]);
    let line = format!("{base} live mute team_g722 ");
    let mut members = tokio::task::spawn_blocking(move || bash_complete(&line))
        .await
        .unwrap();
    members.sort();
    let mut want: Vec<String> = ids.iter().cloned().chain(["all".to_string()]).collect();
    want.sort();
    assert_eq!(members, want);
    // Elsewhere clap's static completion still answers.
    let line = format!("{BIN} live ");
    let subs = tokio::task::spawn_blocking(move || bash_complete(&line))
        .await
        .unwrap();
    assert!(
        subs.contains(&"show".to_string()) && subs.contains(&"watch".to_string()),
        "{subs:?}"
    );
}

#[test]
fn the_demo_prints_a_fsconn_line_that_works_against_it() {
    let env = TestEnv::new();
    let mut t = env.cmd().args(["demo", "--listen", "127.0.0.1:0"]);
    t.cmd
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped());
    let mut child = t.cmd.spawn().unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let line = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|l| l.trim_start().starts_with("fsconn --server "))
        .expect("the demo prints a fsconn line");
    std::thread::spawn(move || for _ in lines {});
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut cmd = std::process::Command::new(BIN);
    for v in fsconn::settings::ENV_VARS {
        cmd.env_remove(v);
    }
    let out = cmd.args(&words[1..]).output().unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{line}: {stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("running conference"), "{stdout}");
}

#[test]
fn a_demo_port_in_use_is_said_once_with_the_way_out() {
    let env = TestEnv::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = env.cmd().args(["demo", "--listen", &addr]).run();
    out.code(2);
    assert_eq!(
        out.stderr.matches("already in use").count(),
        1,
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("--listen 127.0.0.1:0"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty(), "{}", out.stdout);
}

#[test]
fn a_wrong_conference_type_gets_the_list_of_types() {
    let env = TestEnv::new();
    let before = env.snapshot();
    let out = env
        .cmd()
        .args([
            "conferences",
            "add",
            "--name",
            "x",
            "--type",
            "nosuch",
            "--context",
            "team",
        ])
        .run();
    out.code(1);
    let types = env
        .cmd()
        .args(["--json", "conferences", "list"])
        .run()
        .json()["info"]["types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect::<Vec<_>>();
    assert!(types.len() >= 2);
    assert!(
        out.stderr
            .contains(&format!("hint: --type is one of: {}", types.join(", "))),
        "{}",
        out.stderr
    );
    assert_eq!(env.snapshot(), before);
    // --json stays the API's answer, nothing added on stderr.
    let json = env
        .cmd()
        .args([
            "--json",
            "conferences",
            "add",
            "--name",
            "x",
            "--type",
            "nosuch",
            "--context",
            "team",
        ])
        .run();
    assert_eq!(json.json()["failed"][0]["error"], "type not implementet");
    assert!(!json.stderr.contains("hint"), "{}", json.stderr);
}

/// `live watch` (text) from `args`, its lines as they come.
fn watch_lines(t: TestCommand) -> (std::process::Child, std::sync::mpsc::Receiver<String>) {
    let mut t = t;
    t.cmd
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    let mut child = t.cmd.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    (child, rx)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_raised_hand_shows_in_words_in_show_and_watch() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let fs = esl(&sim.addr).await;
    let r = fs.api("sim join public_g722 22000").await.unwrap();
    let member = r.trim().trim_start_matches("+OK ").to_string();
    let url = format!("http://{}", serve.addr);
    let remote = |args: &[&str]| {
        env.cmd()
            .args(["--server", &url, "--user", "defaultuser:napw", "live"])
            .args(args)
    };
    // The server has seen the member before the watch starts.
    for _ in 0..100 {
        if run(remote(&["show", "public_g722"])).await.code == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (mut child, rx) = watch_lines(remote(&["watch", "public_g722"]));
    tokio::time::sleep(Duration::from_millis(700)).await;
    let addr = serve.addr.clone();
    let raised = tokio::task::spawn_blocking(move || {
        Http::new(&addr, "publicuser", "napw")
            .post("/api/active/public_g722/hand", &serde_json::json!({}))
    })
    .await
    .unwrap();
    assert_eq!(raised.status, 200, "{}", raised.text());
    let line = tokio::task::spawn_blocking(move || {
        let mut seen = Vec::new();
        while let Ok(l) = rx.recv_timeout(Duration::from_secs(10)) {
            if l.contains(" hand ") {
                return Ok(l);
            }
            seen.push(l);
        }
        Err(seen)
    })
    .await
    .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let line = line.unwrap_or_else(|seen| panic!("no hand line: {seen:#?}"));
    assert!(
        line.ends_with(&format!("public_g722 {member} raised their hand")),
        "{line}"
    );
    let show = run(remote(&["show", "public_g722"])).await;
    show.ok();
    let row = show
        .stdout
        .lines()
        .find(|l| l.starts_with(&format!("{member}\t")))
        .unwrap_or_else(|| panic!("{}", show.stdout));
    assert!(row.contains("\traised since "), "{row}");
    assert!(
        !show.stdout.contains("true") && !show.stdout.contains('{'),
        "{}",
        show.stdout
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fish_completes_the_same_values_and_the_zsh_script_parses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let zsh = std::process::Command::new("zsh")
        .arg("-n")
        .arg(root.join("completions/_fsconn"))
        .output()
        .expect("zsh is needed for this test (.ci/run installs it)");
    assert!(
        zsh.status.success(),
        "{}",
        String::from_utf8_lossy(&zsh.stderr)
    );
    let (env, sim, ids) = running().await;
    let bin_dir = Path::new(BIN).parent().unwrap().to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let base = format!(
        "fsconn --config {} --esl {}",
        env.path("fsconn.toml").display(),
        sim.addr
    );
    let fish = move |line: String| {
        let script = root.join("completions/fsconn.fish");
        let prog = format!("source {}; complete -C '{line}'", script.display());
        let mut cmd = std::process::Command::new("fish");
        for v in fsconn::settings::ENV_VARS {
            cmd.env_remove(v);
        }
        let out = cmd
            .env("PATH", &path)
            .args(["-c", &prog])
            .output()
            .expect("fish is needed for this test (.ci/run installs it)");
        let mut got: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| l.split('\t').next().unwrap_or("").to_string())
            .collect();
        got.sort();
        got
    };
    let (b1, b2) = (base.clone(), base.clone());
    let f1 = fish.clone();
    let confs = tokio::task::spawn_blocking(move || f1(format!("{b1} live show ")))
        .await
        .unwrap();
    assert_eq!(confs, ["team_g722"]);
    let members = tokio::task::spawn_blocking(move || fish(format!("{b2} live kick team_g722 ")))
        .await
        .unwrap();
    let mut want: Vec<String> = ids.iter().cloned().chain(["all".to_string()]).collect();
    want.sort();
    assert_eq!(members, want);
}

#[test]
fn counts_use_the_right_plural() {
    let env = TestEnv::new();
    let users = env.cmd().args(["users", "list"]).run();
    let n = users.stdout.lines().count() - 2; // header and count line
    let want = if n == 1 {
        "1 user".to_string()
    } else {
        format!("{n} users")
    };
    assert_eq!(
        users.stdout.lines().last().unwrap(),
        want,
        "{}",
        users.stdout
    );
    let confs = env.cmd().args(["conferences", "list"]).run();
    let n = confs.stdout.lines().count() - 2;
    let last = confs.stdout.lines().last().unwrap();
    assert!(
        n > 1 && last.starts_with(&format!("{n} conferences; types: ")),
        "{}",
        confs.stdout
    );
    env.cmd()
        .args([
            "users",
            "add",
            "--name",
            "solo",
            "--email",
            "s@example.com",
            "--context",
            "public",
        ])
        .run()
        .ok();
    let audit = env.cmd().args(["audit"]).run();
    assert!(audit.stdout.ends_with("\n1 entry\n"), "{}", audit.stdout);
}
