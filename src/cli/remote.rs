//! Remote mode: the same commands against a `fsconn serve` over HTTP(S),
//! with digest auth (reqwest + digest_auth).

use crate::confsettings::ConferenceSettingsChange;
use crate::error::{Error, Result};
use crate::model::ConferenceView;
use crate::ops::answer::{
    AddedConference, ConferencesAnswer, ConferencesFound, PruneAnswer, PruneRequest,
    RebuildContactsAnswer, RecordingsAnswer, RecordingsDelAnswer, StoreAnswer, UserRef, UserView,
    UsersAnswer, UsersFindAnswer,
};
use crate::ops::answer::{ConferenceSettingsAnswer, ConferenceSettingsView};
use crate::ops::conferences::{self, AddConference, DelConference, ModConference};
use crate::ops::info::InfoReport;
use crate::ops::recordings::{DelRecording, RecordingsQuery};
use crate::ops::service::Service;
use crate::ops::store::Target;
use crate::ops::users::{self, AddUser, DelUser, ModUser};
use crate::ops::{Applied, Keyed, Outcome, WriteAnswer};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::path::Path;

pub struct Remote {
    base: String,
    user: String,
    password: String,
    client: reqwest::blocking::Client,
    /// The server's last challenge; answering it again (nc+1) saves a
    /// round trip per request.
    prompt: RefCell<Option<digest_auth::WwwAuthenticateHeader>>,
    /// `X-Fsconn-Applied` of the last answer, if it had one.
    applied: RefCell<Option<String>>,
    /// The PEM text of `--ca-cert`, for the WebSocket's own TLS client.
    ca_pem: Option<Vec<u8>>,
    /// Recordings through the friends' endpoints (`/fr/*`).
    friends: Cell<bool>,
}

impl Remote {
    /// `user` is `NAME` or `NAME:PASSWORD`; without a password, one is asked
    /// for on a terminal.
    pub fn new(server: &str, user: &str, ca_cert: Option<&std::path::Path>) -> Result<Remote> {
        let base = server.trim_end_matches('/').to_string();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(Error::Settings(format!(
                "--server must be an http:// or https:// URL, got {server:?}"
            )));
        }
        let (name, password) = match user.split_once(':') {
            Some((n, p)) => (n.to_string(), p.to_string()),
            None => {
                use std::io::IsTerminal;
                if !std::io::stdin().is_terminal() {
                    return Err(Error::Settings(format!(
                        "no password for {user}: use --user {user}:PASSWORD (or FSCONN_USER) when no terminal is attached"
                    )));
                }
                let pw = dialoguer::Password::new()
                    .with_prompt(format!("Password for {user} at {base}"))
                    .interact()
                    .map_err(|e| Error::Settings(format!("password prompt: {e}")))?;
                (user.to_string(), pw)
            }
        };
        let mut builder =
            reqwest::blocking::Client::builder().timeout(std::time::Duration::from_secs(60));
        let ca_pem = match ca_cert {
            Some(path) => Some(std::fs::read(path).map_err(|e| Error::io(path, e))?),
            None => None,
        };
        if let (Some(path), Some(pem)) = (ca_cert, &ca_pem) {
            for cert in read_ca_certs(path, pem)? {
                builder = builder.add_root_certificate(cert);
            }
        }
        let client = builder
            .build()
            .map_err(|e| Error::Settings(format!("HTTP client: {e}")))?;
        Ok(Remote {
            base,
            user: name,
            password,
            client,
            prompt: RefCell::new(None),
            applied: RefCell::new(None),
            ca_pem,
            friends: Cell::new(false),
        })
    }

    fn authorization(&self, method: &str, uri: &str) -> Option<String> {
        let mut p = self.prompt.borrow_mut();
        let ctx = digest_auth::AuthContext::new_with_method(
            self.user.as_str(),
            self.password.as_str(),
            uri,
            None::<&[u8]>,
            digest_auth::HttpMethod(method.to_string().into()),
        );
        p.as_mut()?.respond(&ctx).ok().map(|h| h.to_header_string())
    }

    fn send(&self, method: reqwest::Method, path: &str, body: Option<&Value>) -> Result<Value> {
        let unreachable = |e: reqwest::Error| {
            Error::Server(format!(
                "cannot reach the fsconn server at {}: {}",
                self.base,
                with_causes(&e)
            ))
        };
        for attempt in 0..2 {
            let mut req = self
                .client
                .request(method.clone(), format!("{}{path}", self.base));
            if let Some(b) = body {
                req = req.json(b);
            }
            if let Some(a) = self.authorization(method.as_str(), path) {
                req = req.header(reqwest::header::AUTHORIZATION, a);
            }
            let resp = req.send().map_err(unreachable)?;
            let status = resp.status();
            if status == reqwest::StatusCode::UNAUTHORIZED {
                let challenge = resp
                    .headers()
                    .get(reqwest::header::WWW_AUTHENTICATE)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string);
                let stale = challenge
                    .as_deref()
                    .is_some_and(|c| c.contains("stale=true"));
                if let Some(c) = challenge {
                    *self.prompt.borrow_mut() = digest_auth::parse(&c).ok();
                    if attempt == 0 || stale {
                        continue;
                    }
                }
                let detail = resp
                    .json::<Value>()
                    .ok()
                    .and_then(|v| v["error"].as_str().map(str::to_string));
                return Err(Error::Server(match detail.as_deref() {
                    Some("wrong context") => format!(
                        "{} is not a team user; the API is for team users only",
                        self.user
                    ),
                    _ => format!(
                        "the server at {} refused the login for {} (wrong name or password)",
                        self.base, self.user
                    ),
                }));
            }
            *self.applied.borrow_mut() = resp
                .headers()
                .get("x-fsconn-applied")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            let text = resp.text().map_err(unreachable)?;
            let value: Value = serde_json::from_str(&text).map_err(|_| {
                Error::Server(format!(
                    "{} answered {status} with something that is not JSON",
                    self.base
                ))
            })?;
            if !status.is_success() {
                let msg = value["message"].as_str().unwrap_or(&text).to_string();
                return Err(match status.as_u16() {
                    400 | 413 => Error::Input(msg),
                    404 => Error::NotFound(msg),
                    403 => Error::Forbidden(msg),
                    503 => Error::Unavailable(msg),
                    _ => Error::Server(format!("{} answered {status}: {msg}", self.base)),
                });
            }
            return Ok(value);
        }
        Err(Error::Server(format!(
            "the server at {} keeps refusing the login for {}",
            self.base, self.user
        )))
    }

    /// Whether the server said FreeSWITCH did not confirm the last write
    /// (`X-Fsconn-Applied: no`).
    pub fn not_applied(&self) -> bool {
        self.applied.borrow().as_deref() == Some("no")
    }

    /// The server's base URL.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The WebSocket URL of `path` (which has a query already), logged in
    /// with `login=NAME:PASSWORD` as the original's clients do.
    pub fn websocket_url(&self, path: &str) -> String {
        let base = self
            .base
            .replacen("https://", "wss://", 1)
            .replacen("http://", "ws://", 1);
        let login = format!("{}:{}", self.user, self.password);
        format!("{base}{path}&login={}", seg(&login))
    }

    /// The TLS client for `wss://`: the same trust as the HTTP requests
    /// (the public roots reqwest uses, plus `--ca-cert`). `None` for `ws://`.
    pub fn websocket_tls(&self) -> Result<Option<tokio_tungstenite::Connector>> {
        use rustls::pki_types::{pem::PemObject, CertificateDer};
        if !self.base.starts_with("https://") {
            return Ok(None);
        }
        let mut roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        for cert in CertificateDer::pem_slice_iter(self.ca_pem.as_deref().unwrap_or_default()) {
            let cert = cert.map_err(|e| Error::Settings(format!("--ca-cert: {e}")))?;
            roots
                .add(cert)
                .map_err(|e| Error::Settings(format!("--ca-cert: {e}")))?;
        }
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::Settings(format!("TLS client: {e}")))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(Some(tokio_tungstenite::Connector::Rustls(
            std::sync::Arc::new(config),
        )))
    }

    pub fn get(&self, path: &str) -> Result<Value> {
        self.send(reqwest::Method::GET, path, None)
    }

    pub fn post(&self, path: &str, body: &Value) -> Result<Value> {
        self.send(reqwest::Method::POST, path, Some(body))
    }

    /// `POST /api/account/password`: the login's own password becomes
    /// `new` (the login's password is the old one the server asks for).
    pub fn change_password(&self, new: &str) -> Result<crate::ops::account::PasswordChanged> {
        let body = serde_json::json!({ "old_password": self.password, "new_password": new });
        let v = self.post("/api/account/password", &body)?;
        serde_json::from_value(v)
            .map_err(|e| Error::Server(format!("unexpected answer from the server: {e}")))
    }

    /// Recordings as the friends' endpoints (`/fr/friendsrec`,
    /// `/fr/delfriendsrec`) show them.
    pub fn friends_view(&self, on: bool) {
        self.friends.set(on);
    }

    /// `GET path` (`POST` with a body), the answer as `T`.
    fn call<T: DeserializeOwned>(&self, path: &str, body: Option<Value>) -> Result<T> {
        let v = match body {
            Some(b) => self.post(path, &b)?,
            None => self.get(path)?,
        };
        serde_json::from_value(v)
            .map_err(|e| Error::Server(format!("unexpected answer from the server: {e}")))
    }

    /// What the server said of the reload of the last write: exit 3 like
    /// local mode when FreeSWITCH did not confirm.
    fn last_applied(&self) -> Applied {
        if self.not_applied() {
            Applied::NotApplied(format!(
                "the server at {} could not get FreeSWITCH to confirm it",
                self.base
            ))
        } else {
            Applied::Skipped
        }
    }

    /// A write: `POST path` with the items (`GET` without).
    fn write<D: DeserializeOwned, I: Serialize + DeserializeOwned + Keyed>(
        &self,
        path: &str,
        items: Option<Vec<I>>,
    ) -> Result<Outcome<D, I>> {
        let body = items.map(|i| serde_json::to_value(i).unwrap_or_default());
        let answer: WriteAnswer<D, I> = self.call(path, body)?;
        let applied = self.last_applied();
        Ok(Outcome { answer, applied })
    }

    /// `--output`/`--from` name local files, which mean nothing to a server.
    fn local_only(path: Option<&Path>, why: &str) -> Result<()> {
        match path {
            Some(_) => Err(Error::Input(why.into())),
            None => Ok(()),
        }
    }
}

impl Service for Remote {
    fn users_list(&self) -> Result<UsersAnswer> {
        self.call("/api/users", None)
    }

    fn users_find(&self, by: users::FindBy, s: &str) -> Result<UsersFindAnswer> {
        self.call(&format!("/api/users/{}/{}", by.as_str(), seg(s)), None)
    }

    fn users_add(&self, items: Vec<AddUser>) -> Result<Outcome<UserView, AddUser>> {
        self.write("/api/users/add", Some(items))
    }

    fn users_mod(&self, items: Vec<ModUser>) -> Result<Outcome<UserView, ModUser>> {
        self.write("/api/users/mod", Some(items))
    }

    fn users_del(&self, items: Vec<DelUser>) -> Result<Outcome<UserView, DelUser>> {
        self.write("/api/users/del", Some(items))
    }

    fn users_rebuild(&self) -> Result<Outcome<UserView, UserRef>> {
        self.write("/api/users/rebuild", None)
    }

    fn users_reprov(&self) -> Result<Outcome<UserView, UserRef>> {
        self.write("/api/users/reprov", None)
    }

    fn conferences_list(&self) -> Result<ConferencesAnswer> {
        self.call("/api/conferences", None)
    }

    fn conferences_find(&self, by: conferences::FindBy, s: &str) -> Result<ConferencesFound> {
        self.call(
            &format!("/api/conferences/{}/{}", by.as_str(), seg(s)),
            None,
        )
    }

    fn conferences_add(
        &self,
        items: Vec<AddConference>,
    ) -> Result<Outcome<AddedConference, AddConference>> {
        self.write("/api/conferences/add", Some(items))
    }

    fn conferences_mod(
        &self,
        items: Vec<ModConference>,
    ) -> Result<Outcome<ConferenceView, ModConference>> {
        self.write("/api/conferences/mod", Some(items))
    }

    fn conferences_del(
        &self,
        items: Vec<DelConference>,
    ) -> Result<Outcome<ConferenceView, DelConference>> {
        self.write("/api/conferences/del", Some(items))
    }

    fn conferences_rebuildcontacts(&self) -> Result<RebuildContactsAnswer> {
        self.call("/api/conferences/rebuildcontacts", None)
    }

    fn conferences_settings_list(&self) -> Result<ConferenceSettingsAnswer> {
        self.call("/api/conferences/settings", None)
    }

    fn conferences_settings(
        &self,
        items: Vec<ConferenceSettingsChange>,
    ) -> Result<Outcome<ConferenceSettingsView, ConferenceSettingsChange>> {
        self.write("/api/conferences/settings", Some(items))
    }

    fn recordings_list(&self) -> Result<RecordingsAnswer> {
        let path = if self.friends.get() {
            "/fr/friendsrec"
        } else {
            "/api/recordings"
        };
        self.call(path, None)
    }

    fn recordings_find(&self, s: &str) -> Result<RecordingsAnswer> {
        self.call(&format!("/api/recordings/find/{}", seg(s)), None)
    }

    fn recordings_query(&self, q: &RecordingsQuery) -> Result<RecordingsAnswer> {
        let path = if self.friends.get() {
            "/fr/friendsrec"
        } else {
            "/api/recordings"
        };
        let params = [
            ("details", &q.details),
            ("conference", &q.conference),
            ("from", &q.from),
            ("to", &q.to),
        ];
        let query: Vec<String> = params
            .iter()
            .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={}", seg(v))))
            .collect();
        self.call(&format!("{path}?{}", query.join("&")), None)
    }

    fn recordings_del(&self, items: Vec<DelRecording>) -> Result<RecordingsDelAnswer> {
        let path = if self.friends.get() {
            "/fr/delfriendsrec"
        } else {
            "/api/recordings/del"
        };
        let body = serde_json::to_value(items).unwrap_or_default();
        self.call(path, Some(body))
    }

    fn recordings_prune(&self, dry_run: bool) -> Result<PruneAnswer> {
        let body = serde_json::to_value(PruneRequest { dry_run }).unwrap_or_default();
        self.call("/api/recordings/prune", Some(body))
    }

    fn store(
        &self,
        target: Target,
        output: Option<&Path>,
        _progress: &mut dyn FnMut(),
    ) -> Result<StoreAnswer> {
        Remote::local_only(
            output,
            "--output names a local file; with --server the archive stays on the server",
        )?;
        self.call(&format!("/api/store/{}", target.name()), None)
    }

    fn restore(&self, target: Target, from: Option<&Path>) -> Result<(StoreAnswer, Applied)> {
        Remote::local_only(
            from,
            "--from names a local file; with --server the server restores its own stored archive",
        )?;
        let answer = self.call(&format!("/api/restore/{}", target.name()), None)?;
        Ok((answer, self.last_applied()))
    }

    fn info(&self, with_state: bool) -> Result<InfoReport> {
        self.call(
            if with_state {
                "/api/info/state"
            } else {
                "/api/info"
            },
            None,
        )
    }

    fn doctor(&self) -> Result<crate::ops::doctor::Report> {
        self.call("/api/doctor", None)
    }
}

/// The PEM certificates of `--ca-cert`, with the file named in every error.
fn read_ca_certs(path: &std::path::Path, pem: &[u8]) -> Result<Vec<reqwest::Certificate>> {
    let not_pem = |why: String| {
        Error::Settings(format!(
            "--ca-cert {}: not a PEM certificate: {why}",
            path.display()
        ))
    };
    let certs = reqwest::Certificate::from_pem_bundle(pem).map_err(|e| not_pem(e.to_string()))?;
    if certs.is_empty() {
        return Err(not_pem("no CERTIFICATE block".into()));
    }
    Ok(certs)
}

/// An error with its causes ("error sending request: ...: invalid peer
/// certificate: UnknownIssuer"): reqwest's own text stops at the first.
fn with_causes(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// A path segment from user input.
pub fn seg(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}
