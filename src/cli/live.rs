//! `fsconn live`: running conferences from the shell. Locally it reads
//! FreeSWITCH over the event socket and plans controls with the same
//! `live::control` planner the server uses (as the machine's admin: every
//! conference, every control); with `--server` it calls the REST API
//! (`GET /api/active`, `POST /api/active/<conference>/<action>`) and watches
//! the `/api/live` WebSocket.

use super::remote::seg;
use super::{live_text, output, Backend, Global};
use crate::audit::Verdict;
use crate::error::{Error, Result};
use crate::live::control::{Control, Controls, FollowUp, Plan, Requester};
use crate::live::protocol::{Args, ConferenceView, Version};
use crate::live::state::{Delta, LiveState};
use crate::live::Cluster;
use crate::settings::{ContextDef, Role, Settings};
use clap::{Args as ClapArgs, Subcommand, ValueEnum};
use serde_json::{json, Value};
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum LiveCmd {
    /// Running conferences (GET /api/active)
    List,
    /// One running conference with its members
    Show { conference: String },
    /// Print conference events as they happen (Ctrl-C stops)
    Watch {
        /// Only this conference's events
        conference: Option<String>,
    },
    /// Lock a conference: nobody else may join
    Lock { conference: String },
    /// Unlock a conference
    Unlock { conference: String },
    /// Mute a member (`all`: everybody)
    Mute(MemberArgs),
    /// Unmute a member (`all`: everybody)
    Unmute(MemberArgs),
    /// Deafen a member: they hear nothing
    Deaf(MemberArgs),
    /// Let a deafened member hear again
    Undeaf(MemberArgs),
    /// Kick a member (`all`: everybody); they hear the kick sound. Asks
    /// first (--yes without a terminal, --dry-run shows the plan)
    Kick(MemberArgs),
    /// Hang up on a member without a sound. Asks first (--yes without a
    /// terminal, --dry-run shows the plan)
    Hup(MemberArgs),
    /// Recording: start, pause, resume or stop
    Record {
        conference: String,
        action: RecordAction,
    },
    /// Move a member to another conference. Asks first (--yes without a
    /// terminal, --dry-run shows the plan)
    Transfer {
        conference: String,
        member: String,
        /// The conference to move them to
        to: String,
    },
    /// Call a directory user's phone into the conference
    Dial {
        conference: String,
        /// The directory user's id
        #[arg(value_name = "USER")]
        callee: String,
    },
    /// Play a prompt from the configured prompts dir to the conference
    Play { conference: String, file: String },
    /// A member's energy (noise gate) level
    Energy(ValueArgs),
    /// A member's volume: what they hear (--out) or how loud they are (default)
    Volume {
        #[command(flatten)]
        v: ValueArgs,
        /// What the member hears instead of how loud they are heard
        #[arg(long)]
        out: bool,
    },
    /// Give a member the floor
    Floor(MemberArgs),
    /// Make a member a moderator for the rest of their call
    Grantmod(MemberArgs),
    /// Take a member's moderator rights away (they stay in the call)
    Revokemod(MemberArgs),
    /// Lower a member's raised hand
    Lowerhand(MemberArgs),
}

#[derive(Debug, ClapArgs)]
pub struct MemberArgs {
    conference: String,
    /// Member id (see `live show`), or `all` where the control allows it
    member: String,
}

#[derive(Debug, ClapArgs)]
pub struct ValueArgs {
    conference: String,
    member: String,
    #[arg(allow_negative_numbers = true)]
    value: String,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RecordAction {
    Start,
    Pause,
    Resume,
    Stop,
}

/// A control as the planner names it: the call, the member, the arguments.
struct Request {
    conference: String,
    call: &'static str,
    member: Option<String>,
    args: Args,
}

impl Request {
    fn new(conference: String, call: &'static str) -> Request {
        Request {
            conference,
            call,
            member: None,
            args: Args::default(),
        }
    }

    /// `mute CONF all` is `muteall`; otherwise the member control.
    fn member(m: MemberArgs, call: &'static str, all: Option<&'static str>) -> Request {
        match all {
            Some(all_call) if m.member == "all" => Request::new(m.conference, all_call),
            _ => Request {
                member: Some(m.member),
                ..Request::new(m.conference, call)
            },
        }
    }

    fn valued(v: ValueArgs, call: &'static str) -> Request {
        Request {
            member: Some(v.member),
            args: Args {
                value: Some(v.value),
                ..Args::default()
            },
            ..Request::new(v.conference, call)
        }
    }

    /// The REST body and the audit's arguments.
    fn body(&self) -> Value {
        let mut v = crate::server::live::audit_args(&self.conference, &self.args);
        if let Some(obj) = v.as_object_mut() {
            obj.remove("conference");
            if let Some(m) = &self.member {
                obj.insert("member".into(), json!(m));
            }
        }
        v
    }
}

fn request(cmd: LiveCmd) -> Option<Request> {
    use LiveCmd::*;
    Some(match cmd {
        List | Show { .. } | Watch { .. } => return None,
        Lock { conference } => Request::new(conference, "lock"),
        Unlock { conference } => Request::new(conference, "unlock"),
        Mute(m) => Request::member(m, "mute", Some("muteall")),
        Unmute(m) => Request::member(m, "unmute", Some("unmuteall")),
        Deaf(m) => Request::member(m, "deaf", None),
        Undeaf(m) => Request::member(m, "undeaf", None),
        Kick(m) => Request::member(m, "kick", Some("kickall")),
        Hup(m) => Request::member(m, "hup", None),
        Floor(m) => Request::member(m, "floor", None),
        Grantmod(m) => Request::member(m, "grantmod", None),
        Revokemod(m) => Request::member(m, "revokemod", None),
        Lowerhand(m) => Request::member(m, "lowerhand", None),
        Record { conference, action } => Request::new(
            conference,
            match action {
                RecordAction::Start => "startrec",
                RecordAction::Pause => "pauserec",
                RecordAction::Resume => "resumerec",
                RecordAction::Stop => "stoprec",
            },
        ),
        Transfer {
            conference,
            member,
            to,
        } => Request {
            member: Some(member),
            args: Args {
                to: Some(to),
                ..Args::default()
            },
            ..Request::new(conference, "transfer")
        },
        Dial { conference, callee } => Request {
            args: Args {
                user: Some(callee),
                ..Args::default()
            },
            ..Request::new(conference, "dial")
        },
        Play { conference, file } => Request {
            args: Args {
                file: Some(file),
                ..Args::default()
            },
            ..Request::new(conference, "play")
        },
        Energy(v) => Request::valued(v, "energy"),
        Volume { v, out } => Request::valued(v, if out { "volout" } else { "volin" }),
    })
}

pub fn run(g: &Global, cmd: LiveCmd) -> Result<i32> {
    let b = g.backend()?;
    match cmd {
        LiveCmd::List => {
            let list = active(&b)?;
            print_list(g, &list);
            Ok(0)
        }
        LiveCmd::Show { conference } => {
            let list = active(&b)?;
            let conf = list
                .as_array()
                .into_iter()
                .flatten()
                .find(|c| c["name"] == conference.as_str())
                .cloned()
                .ok_or_else(|| {
                    Error::NotFound(format!("conference {conference} is not running"))
                })?;
            print_show(g, &conf);
            Ok(0)
        }
        LiveCmd::Watch { conference } => watch(g, &b, conference.as_deref()),
        other => {
            let Some(req) = request(other) else {
                return Ok(0);
            };
            // A dry run sends nothing: no question needed.
            if !g.dry_run {
                confirm_removal(g, &req)?;
            }
            let reply = match &b {
                Backend::Local(ops) if ops.dry_run => return dry_control(g, ops, &req),
                Backend::Local(ops) => local_control(&ops.settings, ops, &req)?,
                Backend::Remote(r) => {
                    let path = format!("/api/active/{}/{}", seg(&req.conference), req.call);
                    r.post(&path, &req.body())?
                }
            };
            if g.json {
                output::json(&reply);
            } else if !g.quiet {
                crate::outln!("{} {}: done", req.call, req.conference);
            }
            Ok(0)
        }
    }
}

/// Controls that take people out of a conference (kick, hang up, move
/// away) are asked for first, like `users del`: a prompt on a terminal,
/// `--yes` otherwise (without it: exit 2 and nothing sent).
fn confirm_removal(g: &Global, req: &Request) -> Result<()> {
    let who = match req.member.as_deref() {
        None | Some("all") => "everybody".to_string(),
        Some(m) => format!("member {}", output::safe(m)),
    };
    let conf = output::safe(&req.conference);
    let question = match req.call {
        "kick" | "kickall" => format!("Kick {who} out of {conf}?"),
        "hup" => format!("Hang up on {who} in {conf}?"),
        "transfer" => {
            let to = req.args.to.as_deref().unwrap_or_default();
            format!("Move {who} from {conf} to {}?", output::safe(to))
        }
        _ => return Ok(()),
    };
    match g.confirm(&question)? {
        true => Ok(()),
        false => Err(Error::Input(format!(
            "not confirmed; nothing sent to {conf}"
        ))),
    }
}

/// The machine's admin: sees every conference, may use every control.
fn admin(settings: &Settings) -> ContextDef {
    let top = settings
        .contexts
        .iter()
        .max_by_key(|c| c.role)
        .cloned()
        .unwrap_or_else(|| crate::settings::default_contexts().remove(0));
    ContextDef {
        role: Role::ApiAllow,
        controls: Some(vec!["all".into()]),
        ..top
    }
}

fn esl_timeout(s: &Settings) -> Duration {
    Duration::from_secs(s.esl_timeout.max(1))
}

/// An event socket local commands talk to: the `[esl]` switch, or one
/// `[[node]]` of a cluster.
struct Switch {
    name: Option<String>,
    addr: String,
    password: String,
}

fn switches(s: &Settings) -> Vec<Switch> {
    if s.nodes.is_empty() {
        return vec![Switch {
            name: None,
            addr: s.esl_addr(),
            password: s.esl_password.clone(),
        }];
    }
    s.nodes
        .iter()
        .map(|n| Switch {
            name: Some(n.name.to_string()),
            addr: n.esl_addr(),
            password: n.esl_password.clone(),
        })
        .collect()
}

fn esl_api(s: &Settings, sw: &Switch, cmd: &str) -> Result<String> {
    crate::esl::client::blocking_api(&sw.addr, &sw.password, cmd, esl_timeout(s)).map_err(|e| {
        let node = sw
            .name
            .as_deref()
            .map(|n| format!("node {n}: "))
            .unwrap_or_default();
        Error::Unavailable(format!("{node}event socket {}: {e}", sw.addr))
    })
}

/// The live state of every switch now, merged as the server merges it
/// (one switch in file mode). A node that cannot be asked is left out
/// with a warning; none answering is an error.
fn cluster(s: &Settings, xml: &crate::fsconf::State) -> Result<Cluster> {
    let names: Vec<String> = s.nodes.iter().map(|n| n.name.to_string()).collect();
    let mut merged = Cluster::of_nodes(&names, xml);
    let mut failure = None;
    let mut reached = 0;
    for (i, sw) in switches(s).iter().enumerate() {
        match snapshot(s, sw, xml) {
            Ok(state) => {
                merged.replace(i, state);
                reached += 1;
            }
            Err(e) => failure = Some(e),
        }
    }
    match failure {
        Some(e) if reached == 0 => Err(e),
        Some(e) => {
            crate::errln!("warning: {e}; its conferences are not shown");
            Ok(merged)
        }
        None => Ok(merged),
    }
}

/// The live state read from one switch now.
fn snapshot(s: &Settings, sw: &Switch, xml: &crate::fsconf::State) -> Result<LiveState> {
    let confs = esl_api(s, sw, "conference json_list")?;
    let regs = esl_api(s, sw, crate::live::state::REGISTRATIONS)?;
    // With no conference running some versions answer -ERR: an empty list.
    let confs = if confs.trim_start().starts_with('[') {
        confs
    } else {
        "[]".into()
    };
    LiveState::from_snapshot_at(&confs, &regs, xml, Some(chrono::Utc::now()))
        .map_err(|e| Error::Unavailable(format!("FreeSWITCH's state: {e}")))
}

/// The recordings FreeSWITCH is writing now (file names), by its own answer.
pub(crate) fn running_recordings(s: &Settings, xml: &crate::fsconf::State) -> Result<Vec<String>> {
    Ok(cluster(s, xml)?.recording_files())
}

/// The running conferences the caller may see: `(num, name, members)`.
pub(crate) fn running_conferences(b: &Backend) -> Result<Vec<(String, String, u64)>> {
    let list = active(b)?;
    Ok(list
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            let text = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            (
                text("num"),
                text("name"),
                c["memcount"].as_u64().unwrap_or(0),
            )
        })
        .collect())
}

/// `GET /api/active`, or the same built from the event socket.
fn active(b: &Backend) -> Result<Value> {
    match b {
        Backend::Remote(r) => r.get("/api/active"),
        Backend::Local(ops) => {
            let xml = ops.state()?;
            let merged = cluster(&ops.settings, &xml)?;
            let list: Vec<ConferenceView> = merged.all_for(&admin(&ops.settings), &ops.settings);
            Ok(serde_json::to_value(list).unwrap_or_default())
        }
    }
}

/// The running conferences (for the shell completions).
pub(super) fn running(b: &Backend) -> Result<Vec<Value>> {
    Ok(active(b)?.as_array().cloned().unwrap_or_default())
}

fn print_list(g: &Global, list: &Value) {
    if g.json {
        return output::json(list);
    }
    if !g.quiet {
        live_text::list(list);
    }
}

fn print_show(g: &Global, conf: &Value) {
    if g.json {
        return output::json(conf);
    }
    if !g.quiet {
        live_text::show(conf);
    }
}

/// Plan with the server's planner against FreeSWITCH's state now, send the
/// command(s) over the event socket, audit the result.
fn local_control(s: &Settings, ops: &crate::ops::Ops, req: &Request) -> Result<Value> {
    let result = plan_and_send(s, ops, req);
    let verdict = match &result {
        Ok(_) => Verdict::ok(),
        Err(e) => Verdict::error(e.to_string()),
    };
    let args = crate::server::live::audit_args(&req.conference, &req.args);
    let mut args = args;
    if let Some(m) = &req.member {
        args["member"] = json!(m);
    }
    super::audit_local(s, &format!("live/{}", req.call), &args, verdict);
    result
}

/// `--dry-run` of a control: what would be sent, nothing sent or audited.
fn dry_control(g: &Global, ops: &crate::ops::Ops, req: &Request) -> Result<i32> {
    let (_, plan) = plan_control(&ops.settings, ops, req)?;
    let followups = plan.on_success.iter().filter_map(|f| match f {
        FollowUp::Command(c) => Some(format!("api {c}")),
        _ => None,
    });
    let commands = plan.command.iter().map(|c| format!("api {c}"));
    let plan = crate::ops::Plan {
        files: Vec::new(),
        commands: commands.chain(followups).collect(),
    };
    let op = format!("live/{}", req.call);
    let answer = json!({ "conference": req.conference, "action": req.call });
    let report = output::DryRun {
        op: &op,
        done: 1,
        failed: &[],
        plan: &plan,
    };
    report.print(&answer, g.json, g.quiet);
    Ok(0)
}

/// The server's planner against FreeSWITCH's state now: the state of the
/// node hosting the conference, and that node (an index into `switches`).
fn plan_control(s: &Settings, ops: &crate::ops::Ops, req: &Request) -> Result<(usize, Plan)> {
    let control = Control::parse(req.call, req.member.as_deref(), &req.args)
        .map_err(|e| Error::Input(e.to_string()))?;
    let xml = ops.state()?;
    let merged = cluster(s, &xml)?;
    let (node, state) = merged.hosting(&req.conference);
    let prompts = crate::server::live::list_prompts(s.prompts_dir.as_deref());
    let ctx = admin(s);
    let ctl = Controls {
        state,
        settings: s,
        directory: &xml,
        recdir: &s.recordings_dir,
        prompts: &prompts,
        now: chrono::Utc::now(),
    };
    let plan: Plan = ctl
        .plan(
            Requester {
                ctx: &ctx,
                user: "",
            },
            &req.conference,
            &control,
        )
        .map_err(|e| Error::Input(e.to_string()))?;
    if let Control::Transfer { to, .. } = &control {
        merged
            .check_transfer(node, to.as_str())
            .map_err(Error::Input)?;
    }
    if plan.command.is_none() {
        return Err(Error::Input(format!(
            "{} is kept by fsconn serve, not FreeSWITCH; use --server",
            req.call
        )));
    }
    Ok((node, plan))
}

fn plan_and_send(s: &Settings, ops: &crate::ops::Ops, req: &Request) -> Result<Value> {
    let (node, plan) = plan_control(s, ops, req)?;
    let all = switches(s);
    let sw = &all[node.min(all.len() - 1)];
    let Some(command) = plan.command else {
        return Err(Error::Input(format!(
            "{} is kept by fsconn serve, not FreeSWITCH; use --server",
            req.call
        )));
    };
    let reply = esl_api(s, sw, &command)?;
    if !Plan::succeeded(&reply) {
        return Err(Error::Input(format!(
            "FreeSWITCH refused {command:?}: {}",
            reply.trim()
        )));
    }
    for f in plan.on_success {
        if let FollowUp::Command(c) = f {
            if let Err(e) = esl_api(s, sw, &c) {
                crate::errln!("warning: {c}: {e}");
            }
        }
    }
    // The REST API's answer.
    Ok(json!({ "conference": req.conference, "action": req.call, "reply": reply }))
}

/// One line per event: the v2 message as JSON, or readable (a
/// `memberChange` as what changed, a hand as raised or lowered).
fn print_event(g: &Global, m: &Value, only: Option<&str>, seen: &mut live_text::Members) {
    let conf = m["conference"]
        .as_str()
        .or(m["data"]["name"].as_str())
        .unwrap_or("");
    let detail = match (m["event"].as_str().unwrap_or(""), &m["data"]) {
        ("memberChange", data) => seen.change(conf, data),
        ("hand", Value::String(s)) if m["raised"] == true => format!("{s} raised their hand"),
        ("hand", Value::String(s)) => format!("{s} lowered their hand"),
        ("delMember", Value::String(s)) => {
            seen.forget(conf, Some(s));
            s.clone()
        }
        ("delConference", _) => {
            seen.forget(conf, None);
            String::new()
        }
        (_, Value::String(s)) => s.clone(),
        (_, Value::Object(o)) if o.contains_key("confid") => live_text::member(o),
        (_, Value::Object(o)) if o.contains_key("memcount") => output::plural(
            o["memcount"].as_u64().unwrap_or(0) as usize,
            "member",
            "members",
        ),
        _ => m["file"].as_str().unwrap_or("").to_string(),
    };
    if only.is_some_and(|c| c != conf) {
        return;
    }
    if g.json {
        output::json(m);
        return;
    }
    let when = chrono::Utc::now().format("%H:%M:%S");
    crate::outln!(
        "{when} {:<14} {conf} {detail}",
        m["event"].as_str().unwrap_or("?")
    );
}

fn watch(g: &Global, b: &Backend, only: Option<&str>) -> Result<i32> {
    if let Backend::Local(ops) = b {
        if !ops.settings.nodes.is_empty() {
            return Err(Error::Input(
                "live watch in a cluster ([[node]] settings) needs --server: fsconn serve follows every node".into(),
            ));
        }
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("tokio runtime", e))?;
    let mut seen = if g.json {
        live_text::Members::default()
    } else {
        live_text::Members::seed(&active(b)?)
    };
    match b {
        Backend::Local(ops) => rt.block_on(watch_local(g, ops, only, &mut seen)),
        Backend::Remote(r) => rt.block_on(watch_remote(g, r, only, &mut seen)),
    }
}

async fn watch_local(
    g: &Global,
    ops: &crate::ops::Ops,
    only: Option<&str>,
    seen: &mut live_text::Members,
) -> Result<i32> {
    use crate::esl::client::{ClientConfig, EslClient, Notice};
    let s = &ops.settings;
    let mut cfg = ClientConfig::new(s.esl_addr(), s.esl_password.clone());
    cfg.command_timeout = esl_timeout(s);
    let unavailable =
        |e: crate::esl::EslError| Error::Unavailable(format!("event socket {}: {e}", s.esl_addr()));
    let esl = EslClient::connect(cfg).await.map_err(unavailable)?;
    let mut notices = esl.notices();
    esl.subscribe(&["CUSTOM", "conference::maintenance", "RELOADXML"])
        .await
        .map_err(unavailable)?;
    let xml = ops.state()?;
    let confs = esl.api("conference json_list").await.map_err(unavailable)?;
    let confs = if confs.trim_start().starts_with('[') {
        confs
    } else {
        "[]".into()
    };
    let regs = esl
        .api(crate::live::state::REGISTRATIONS)
        .await
        .map_err(unavailable)?;
    let mut state = LiveState::from_snapshot_at(&confs, &regs, &xml, Some(chrono::Utc::now()))
        .map_err(|e| Error::Unavailable(format!("FreeSWITCH's state: {e}")))?;
    if !g.quiet && !g.json {
        crate::errln!("watching FreeSWITCH at {} (Ctrl-C stops)", s.esl_addr());
    }
    loop {
        let n = tokio::select! {
            n = notices.recv() => n,
            _ = super::serve::shutdown_signal() => return Ok(0),
        };
        match n {
            Ok(Notice::Event(ev)) => {
                for d in state.apply(&ev) {
                    if let Delta::Notify(n) = d {
                        if let Some(m) = n.message(Version::V2) {
                            print_event(
                                g,
                                &serde_json::to_value(m).unwrap_or_default(),
                                only,
                                seen,
                            );
                        }
                    }
                }
            }
            Ok(Notice::Disconnected(why)) => {
                return Err(Error::Unavailable(format!("FreeSWITCH went away: {why}")))
            }
            Ok(_) => {}
            Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                crate::errln!("warning: missed {n} events");
            }
            Err(_) => return Ok(0),
        }
    }
}

async fn watch_remote(
    g: &Global,
    r: &super::remote::Remote,
    only: Option<&str>,
    seen: &mut live_text::Members,
) -> Result<i32> {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;
    let url = r.websocket_url("/api/live?v=2");
    let tls = r.websocket_tls()?;
    let (mut ws, _) =
        tokio_tungstenite::connect_async_tls_with_config(url.as_str(), None, true, tls)
            .await
            .map_err(|e| {
                Error::Server(format!(
                    "cannot reach the fsconn server at {}: {e}",
                    r.base()
                ))
            })?;
    let init = json!({"req": "init", "version": 2}).to_string();
    ws.send(Message::text(init))
        .await
        .map_err(|e| Error::Unavailable(e.to_string()))?;
    if !g.quiet && !g.json {
        crate::errln!("watching {} (Ctrl-C stops)", r.base());
    }
    loop {
        let m = tokio::select! {
            m = ws.next() => m,
            _ = super::serve::shutdown_signal() => return Ok(0),
        };
        let text = match m {
            Some(Ok(Message::Text(t))) => t,
            Some(Ok(Message::Close(f))) => {
                let why = f.map(|f| f.reason.to_string()).unwrap_or_default();
                return Err(Error::Unavailable(format!(
                    "the server closed the connection {why}"
                )));
            }
            Some(Ok(_)) => continue,
            Some(Err(e)) => return Err(Error::Unavailable(e.to_string())),
            None => return Ok(0),
        };
        let Ok(v) = serde_json::from_str::<Value>(text.as_str()) else {
            continue;
        };
        // The init reply is the state, not an event.
        if v["event"] == "reply" {
            continue;
        }
        print_event(g, &v, only, seen);
    }
}
