//! A private copy of the example config and a `TestCommand` to run the real
//! binary against it.

use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_fsconn");

/// The environment variables fsconn reads; cleared so the host's settings
/// never leak into a test.
const FSCONN_ENV: &[&str] = &[
    "FSCONN_CONFIG",
    "SWITCHCONF",
    "STATICPATH",
    "RECPATH",
    "FSIP",
    "FSPORT",
    "FSPW",
    "CONHOSTNAME",
    "FASTIIP",
    "FASTIPORT",
    "FASTICERT",
    "FASTIKEY",
    "FSCONN_SERVER",
    "FSCONN_USER",
];

pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dst = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dst);
        } else {
            std::fs::copy(e.path(), dst).unwrap();
        }
    }
}

impl TestEnv {
    /// `examples/freeswitch` copied to a temp dir, with an fsconn.toml beside it.
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_tree(
            &root.join("examples/freeswitch"),
            &dir.path().join("freeswitch"),
        );
        std::fs::create_dir_all(dir.path().join("static")).unwrap();
        std::fs::create_dir_all(dir.path().join("recordings")).unwrap();
        let env = TestEnv { dir };
        env.write_settings("");
        env
    }

    /// (Re)write fsconn.toml with `extra` lines appended to the top level.
    pub fn write_settings(&self, extra: &str) {
        std::fs::write(
            self.path("fsconn.toml"),
            format!(
                "conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\nrecordings_dir = \"recordings\"\n{extra}\n[esl]\nhost = \"127.0.0.1\"\nport = 1\n"
            ),
        )
        .unwrap();
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn conf(&self, rel: &str) -> PathBuf {
        self.dir.path().join("freeswitch").join(rel)
    }

    /// `fsconn --config <ours> ...` with reloads off (tests that want a
    /// reload use `cmd_with_reload`).
    pub fn cmd(&self) -> TestCommand {
        let mut t = self.cmd_with_reload();
        t.cmd.arg("--no-reload");
        t
    }

    pub fn cmd_with_reload(&self) -> TestCommand {
        let mut cmd = Command::new(BIN);
        for v in FSCONN_ENV {
            cmd.env_remove(v);
        }
        cmd.current_dir(self.dir.path());
        cmd.arg("--config").arg(self.path("fsconn.toml"));
        TestCommand { cmd, stdin: None }
    }

    /// Every file under the config dir with its content.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let e = e.unwrap();
                if e.file_type().unwrap().is_dir() {
                    walk(&e.path(), out);
                } else {
                    out.insert(e.path(), std::fs::read(e.path()).unwrap());
                }
            }
        }
        let mut m = BTreeMap::new();
        walk(&self.conf(""), &mut m);
        m
    }

    pub fn users(&self) -> Vec<Value> {
        let out = self.cmd().args(["users", "list", "--json"]).run();
        out.ok();
        out.json()["users"].as_array().unwrap().clone()
    }
}

pub struct TestCommand {
    pub cmd: Command,
    stdin: Option<Vec<u8>>,
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl TestCommand {
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn env(mut self, k: &str, v: &str) -> Self {
        self.cmd.env(k, v);
        self
    }

    pub fn arg_path(mut self, p: &Path) -> Self {
        self.cmd.arg(p);
        self
    }

    pub fn stdin(mut self, s: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(s.into());
        self
    }

    pub fn run(mut self) -> Output {
        self.cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        self.cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = self.cmd.spawn().expect("spawn fsconn");
        if let Some(input) = self.stdin.take() {
            child.stdin.take().unwrap().write_all(&input).unwrap();
        }
        let out = child.wait_with_output().unwrap();
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Output {
    #[track_caller]
    pub fn ok(&self) -> &Self {
        assert_eq!(
            self.code, 0,
            "exit {}\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit {}\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

/// Keys of a JSON object, in order.
pub fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

/// Parse a file with Python's XML parser (one nobody here wrote); the error
/// text if it is not well-formed.
pub fn python_xml_check(files: &[PathBuf]) -> Result<(), String> {
    let script = "import sys, xml.etree.ElementTree as E\nfor f in sys.argv[1:]:\n    E.parse(f)\n";
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(files)
        .output()
        .unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// Every `.xml` file under a dir.
pub fn xml_files_under(dir: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            v.extend(xml_files_under(&p));
        } else if p.extension().is_some_and(|x| x == "xml") {
            v.push(p);
        }
    }
    v
}

/// Names of files that are not ours: temp files and lock debris.
pub fn debris(dir: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            v.extend(debris(&p));
        } else if p.file_name().unwrap().to_string_lossy().starts_with('.')
            || p.extension().is_some_and(|x| x == "tmp" || x == "lock")
        {
            v.push(p);
        }
    }
    v
}
