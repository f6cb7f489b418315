//! The event-socket side of the simulator: one task per connection, speaking
//! mod_event_socket's inbound protocol.
//!
//! A connection task owns its socket and its bounded event queue. Replies to
//! a command are written before anything else happens on that socket, so a
//! client sees an `api/response` before the events the command caused, as
//! with the real switch.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::watch;

use fsconn_esl::codec::{self, Command, CommandDecoder, EventFormat};

use super::events::{lock, Subscription};
use super::switch::Switch;
use super::CommandLog;

const GOODBYE: &str = "Disconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n";
pub const SHUTDOWN_NOTICE: &str = "The system is being shut down.\n";

/// Events waiting per connection before newer ones are dropped.
const QUEUE_CAPACITY: usize = 20_000;

pub struct Shared {
    pub switch: Arc<Switch>,
    pub password: String,
    pub log: CommandLog,
    pub shutdown: watch::Sender<bool>,
}

enum Flow {
    Continue,
    Close,
}

pub async fn handle_connection(mut stream: TcpStream, shared: Arc<Shared>) {
    let _ = stream.set_nodelay(true);
    let subscription = Arc::new(Mutex::new(Subscription::default()));
    let (_guard, mut events) = shared
        .switch
        .bus()
        .subscribe(subscription.clone(), QUEUE_CAPACITY);
    let mut shutdown = shared.shutdown.subscribe();
    let mut decoder = CommandDecoder::new();
    let mut authed = false;
    let mut buf = vec![0u8; 64 * 1024];

    if stream
        .write_all(&codec::encode_auth_request())
        .await
        .is_err()
    {
        return;
    }
    loop {
        tokio::select! {
            read = stream.read(&mut buf) => {
                let n = match read {
                    Ok(0) | Err(_) => return,
                    Ok(n) => n,
                };
                decoder.feed(&buf[..n]);
                loop {
                    let cmd = match decoder.next_command() {
                        Ok(Some(c)) => c,
                        Ok(None) => break,
                        Err(e) => {
                            tracing::warn!("closing a client that sent garbage: {e}");
                            return;
                        }
                    };
                    let flow = handle_command(&mut stream, &shared, &subscription, &mut authed, cmd).await;
                    if matches!(flow, Flow::Close) {
                        let _ = stream.shutdown().await;
                        return;
                    }
                }
            }
            first = events.recv() => {
                let Some(first) = first else { return };
                let format = lock(&subscription).format;
                let mut out = codec::encode_event(&first, format);
                // Batch what is already queued into one write.
                for _ in 0..256 {
                    match events.try_recv() {
                        Ok(e) => out.extend_from_slice(&codec::encode_event(&e, format)),
                        Err(_) => break,
                    }
                }
                if stream.write_all(&out).await.is_err() {
                    return;
                }
            }
            changed = shutdown.changed() => {
                if changed.is_err() || *shutdown.borrow() {
                    // Deliver what the shutdown itself fired, then the notice.
                    let format = lock(&subscription).format;
                    let mut out = Vec::new();
                    while let Ok(e) = events.try_recv() {
                        out.extend_from_slice(&codec::encode_event(&e, format));
                    }
                    out.extend_from_slice(&codec::encode_disconnect_notice(SHUTDOWN_NOTICE));
                    let _ = stream.write_all(&out).await;
                    let _ = stream.shutdown().await;
                    return;
                }
            }
        }
    }
}

async fn reply(stream: &mut TcpStream, bytes: &[u8]) -> Flow {
    match stream.write_all(bytes).await {
        Ok(()) => Flow::Continue,
        Err(_) => Flow::Close,
    }
}

async fn goodbye(stream: &mut TcpStream, reply_text: &str) -> Flow {
    let mut out = codec::encode_command_reply(reply_text, &[]);
    out.extend_from_slice(&codec::encode_disconnect_notice(GOODBYE));
    let _ = stream.write_all(&out).await;
    Flow::Close
}

fn log_line(cmd: &Command) -> String {
    match cmd.line.split_once(' ') {
        Some((word, _)) if word.eq_ignore_ascii_case("auth") => "auth ***".to_string(),
        _ => cmd.line.clone(),
    }
}

async fn handle_command(
    stream: &mut TcpStream,
    shared: &Arc<Shared>,
    subscription: &Arc<Mutex<Subscription>>,
    authed: &mut bool,
    cmd: Command,
) -> Flow {
    shared.log.append(&log_line(&cmd));
    let line = cmd.line.trim();
    let (word, rest) = match line.split_once(' ') {
        Some((w, r)) => (w.to_ascii_lowercase(), r.trim_start()),
        None => (line.to_ascii_lowercase(), ""),
    };

    if !*authed {
        return match word.as_str() {
            "auth" if rest == shared.password => {
                *authed = true;
                reply(stream, &codec::encode_command_reply("+OK accepted", &[])).await
            }
            "auth" => goodbye(stream, "-ERR invalid").await,
            "exit" => goodbye(stream, "+OK bye").await,
            _ => {
                reply(
                    stream,
                    &codec::encode_command_reply("-ERR command not found", &[]),
                )
                .await
            }
        };
    }

    match word.as_str() {
        "api" => {
            let (cmd_word, args) = split_api(rest);
            let switch = shared.switch.clone();
            let body = tokio::task::spawn_blocking(move || switch.api(&cmd_word, &args))
                .await
                .unwrap_or_else(|e| format!("-ERR the command failed: {e}\n"));
            // mod_event_socket's answer for a command that wrote nothing.
            let body = if body.is_empty() {
                "-ERR no reply\n".to_string()
            } else {
                body
            };
            let flow = reply(stream, &codec::encode_api_response(body.as_bytes())).await;
            if shared.switch.is_shutting_down() {
                let _ = shared.shutdown.send(true);
            }
            flow
        }
        "bgapi" => {
            let job = cmd
                .headers
                .get("Job-UUID")
                .map(str::to_string)
                .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
            let text = format!("+OK Job-UUID: {job}");
            let flow = reply(
                stream,
                &codec::encode_command_reply(&text, &[("Job-UUID", &job)]),
            )
            .await;
            let (cmd_word, args) = split_api(rest);
            let switch = shared.switch.clone();
            let shutdown = shared.shutdown.clone();
            tokio::task::spawn_blocking(move || {
                switch.bgapi(&cmd_word, &args, &job);
                if switch.is_shutting_down() {
                    let _ = shutdown.send(true);
                }
            });
            flow
        }
        "event" => {
            let (format, list) = match rest.split_once(' ') {
                Some((f, l)) => (f, l),
                None => (rest, ""),
            };
            let (format, list, name) = match format.to_ascii_lowercase().as_str() {
                "plain" => (EventFormat::Plain, list, "plain"),
                "json" => (EventFormat::Json, list, "json"),
                // Any other word is taken as the first event name.
                _ => (EventFormat::Plain, rest, "plain"),
            };
            let keys = {
                let mut s = lock(subscription);
                let keys = s.add(list);
                if keys > 0 {
                    s.format = format;
                }
                keys
            };
            let text = if keys > 0 {
                format!("+OK event listener enabled {name}")
            } else {
                "-ERR no keywords supplied".to_string()
            };
            reply(stream, &codec::encode_command_reply(&text, &[])).await
        }
        "nixevent" => {
            lock(subscription).remove(rest);
            reply(
                stream,
                &codec::encode_command_reply("+OK events removed", &[]),
            )
            .await
        }
        "noevents" => {
            lock(subscription).clear();
            let text = "+OK no longer listening for events";
            reply(stream, &codec::encode_command_reply(text, &[])).await
        }
        "sendevent" => {
            let headers: Vec<(String, String)> = cmd
                .headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect();
            let body =
                (!cmd.body.is_empty()).then(|| String::from_utf8_lossy(&cmd.body).into_owned());
            let name = rest
                .split_whitespace()
                .next()
                .unwrap_or("CUSTOM")
                .to_string();
            let uuid = shared.switch.sendevent(&name, &headers, body);
            reply(
                stream,
                &codec::encode_command_reply(&format!("+OK {uuid}"), &[]),
            )
            .await
        }
        "exit" => goodbye(stream, "+OK bye").await,
        _ => {
            reply(
                stream,
                &codec::encode_command_reply("-ERR command not found", &[]),
            )
            .await
        }
    }
}

/// `status foo bar` -> (`status`, `foo bar`).
pub fn split_api(rest: &str) -> (String, String) {
    let rest = rest.trim();
    match rest.split_once(' ') {
        Some((c, a)) => (c.to_string(), a.trim().to_string()),
        None => (rest.to_string(), String::new()),
    }
}
