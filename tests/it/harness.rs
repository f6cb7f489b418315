//! A private copy of the example config and a `TestCommand` to run the real
//! binary against it.

use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_fsconn");

pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

impl TestEnv {
    /// `examples/freeswitch` copied to a temp dir, with an fsconn.toml beside it.
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        fsconn::fsio::copy_tree(
            &root.join("examples/freeswitch"),
            &dir.path().join("freeswitch"),
        )
        .unwrap();
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
        for v in fsconn::settings::ENV_VARS {
            cmd.env_remove(v);
        }
        cmd.current_dir(self.dir.path());
        cmd.arg("--config").arg(self.path("fsconn.toml"));
        TestCommand { cmd, stdin: None }
    }

    /// Every file under the config dir with its content (but fsconn's own
    /// record of the last reloadxml, which every reload updates).
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let e = e.unwrap();
                if e.file_name() == ".fsconn-reloadxml.json" {
                    continue;
                }
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
        let out = self
            .cmd()
            .args(["users", "list", "--json", "--show-passwords"])
            .run();
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

    /// `--dry-run` and then `args`.
    pub fn arg_dry(self, args: &[&str]) -> Self {
        self.args(["--dry-run"]).args(args)
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

/// A real `fsconn sim` or `fsconn serve` process; killed on drop.
/// A daemon's banner line as text: under `--log-format json` it is a JSON
/// line whose `fields.message` is the text.
pub fn banner_text(line: &str) -> String {
    match serde_json::from_str::<Value>(line) {
        Ok(v) if line.starts_with('{') => v["fields"]["message"].as_str().unwrap_or("").to_string(),
        _ => line.to_string(),
    }
}

pub struct Proc {
    pub child: std::process::Child,
    /// host:port it listens on.
    pub addr: String,
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Proc {
    /// Start `cmd` and wait for its "listening on ADDR" line.
    pub fn start(mut t: TestCommand) -> Proc {
        use std::io::BufRead;
        t.cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        t.cmd.env("RUST_LOG", "warn");
        let mut child = t.cmd.spawn().expect("spawn fsconn");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = std::io::BufReader::new(stdout).lines();
            if let Some(Ok(line)) = lines.next() {
                let _ = tx.send(line);
            }
            // Keep draining so the child never blocks on a full pipe.
            for _ in lines {}
        });
        let line = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no 'listening on' line from {:?}", t.cmd));
        let line = banner_text(&line);
        let addr = line
            .rsplit(' ')
            .next()
            .unwrap()
            .trim_start_matches("http://")
            .trim_start_matches("https://")
            .to_string();
        Proc { child, addr }
    }

    /// Stop with SIGTERM and wait.
    pub fn stop(mut self) {
        let _ = Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

impl TestEnv {
    /// `fsconn sim` on an ephemeral port, logging every command to `sim-commands.log`.
    pub fn start_sim(&self) -> Proc {
        self.start_sim_on("127.0.0.1:0")
    }

    pub fn start_sim_on(&self, listen: &str) -> Proc {
        let log = self.path("sim-commands.log");
        Proc::start(
            self.cmd()
                .args(["sim", "--listen", listen, "--command-log"])
                .arg_path(&log),
        )
    }

    /// Commands the sim received so far.
    pub fn sim_commands(&self) -> Vec<String> {
        std::fs::read_to_string(self.path("sim-commands.log"))
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// `fsconn serve` on an ephemeral port, talking to the event socket at `esl`.
    pub fn start_serve(&self, esl: &str) -> Proc {
        Proc::start(
            self.cmd()
                .args(["--esl", esl, "serve", "--listen", "127.0.0.1:0"]),
        )
    }

    /// A CLI command that reloads through the event socket at `esl`.
    pub fn cmd_esl(&self, esl: &str) -> TestCommand {
        self.cmd_with_reload().args(["--esl", esl])
    }
}

/// A digest-authenticating HTTP client (reqwest + digest_auth).
pub struct Http {
    pub base: String,
    user: String,
    pass: String,
    client: reqwest::blocking::Client,
    prompt: std::cell::RefCell<Option<digest_auth::WwwAuthenticateHeader>>,
}

pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl Http {
    pub fn new(addr: &str, user: &str, pass: &str) -> Http {
        Http::with_client(
            format!("http://{addr}"),
            reqwest::blocking::Client::new(),
            user,
            pass,
        )
    }

    pub fn with_client(
        base: String,
        client: reqwest::blocking::Client,
        user: &str,
        pass: &str,
    ) -> Http {
        Http {
            base,
            user: user.into(),
            pass: pass.into(),
            client,
            prompt: std::cell::RefCell::new(None),
        }
    }

    fn authorization(&self, method: &str, uri: &str, body: Option<&[u8]>) -> Option<String> {
        let mut p = self.prompt.borrow_mut();
        let prompt = p.as_mut()?;
        let ctx = digest_auth::AuthContext::new_with_method(
            self.user.as_str(),
            self.pass.as_str(),
            uri,
            body,
            digest_auth::HttpMethod(method.to_string().into()),
        );
        prompt.respond(&ctx).ok().map(|h| h.to_header_string())
    }

    /// Send with digest auth: answer a 401 challenge once, as browsers and curl do.
    pub fn send(
        &self,
        method: &str,
        uri: &str,
        body: Option<&[u8]>,
        extra: &[(&str, &str)],
    ) -> Reply {
        for _ in 0..2 {
            let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
            let mut req = self.client.request(m, format!("{}{uri}", self.base));
            for (k, v) in extra {
                req = req.header(*k, *v);
            }
            if let Some(b) = body {
                req = req
                    .header("content-type", "application/json")
                    .body(b.to_vec());
            }
            if let Some(a) = self.authorization(method, uri, body) {
                req = req.header("authorization", a);
            }
            let resp = req.send().expect("request");
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            let body_bytes = resp.bytes().unwrap().to_vec();
            if status == 401 {
                if let Some(ch) = headers
                    .get("www-authenticate")
                    .and_then(|v| v.to_str().ok())
                {
                    let had = self.prompt.borrow().is_some();
                    let fresh = digest_auth::parse(ch).ok();
                    *self.prompt.borrow_mut() = fresh;
                    if !had || ch.contains("stale=true") {
                        continue;
                    }
                }
            }
            return Reply {
                status,
                headers,
                body: body_bytes,
            };
        }
        panic!("digest auth did not settle for {uri}");
    }

    pub fn get(&self, uri: &str) -> Reply {
        self.send("GET", uri, None, &[])
    }

    pub fn post(&self, uri: &str, body: &Value) -> Reply {
        self.send("POST", uri, Some(body.to_string().as_bytes()), &[])
    }

    /// The Authorization header the next request would carry (for replay tests).
    pub fn next_authorization(&self, method: &str, uri: &str) -> String {
        if self.prompt.borrow().is_none() {
            self.get("/userinfo");
        }
        self.authorization(method, uri, None).unwrap()
    }
}
