//! Event creation with FreeSWITCH's standard headers, and the fan-out of
//! fired events to subscribed connections.
//!
//! Fan-out never blocks: each connection has a bounded queue and an event
//! that does not fit is dropped for that connection (FreeSWITCH also drops
//! events for listeners that do not keep up), so one stalled client cannot
//! slow the simulator or the other clients down.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::mpsc;

use fsconn_esl::codec::{Event, EventFormat};

/// Who this switch says it is in every event.
#[derive(Debug, Clone)]
pub struct Identity {
    pub core_uuid: String,
    pub hostname: String,
    pub ipv4: String,
    pub ipv6: String,
}

/// Where an event says it was fired in FreeSWITCH's source; the values are
/// those recorded from 1.10.12, so events look the same as real ones.
#[derive(Debug, Clone, Copy)]
pub struct Origin {
    pub file: &'static str,
    pub function: &'static str,
    pub line: u32,
}

pub const fn origin(file: &'static str, function: &'static str, line: u32) -> Origin {
    Origin {
        file,
        function,
        line,
    }
}

pub struct EventFactory {
    identity: Identity,
    sequence: AtomicU64,
}

impl EventFactory {
    pub fn new(identity: Identity) -> Self {
        EventFactory {
            identity,
            sequence: AtomicU64::new(1),
        }
    }

    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// A new event with the standard header block; for `CUSTOM` events
    /// `Event-Subclass` comes first, as on the wire.
    pub fn create(&self, name: &str, subclass: Option<&str>, at: Origin) -> Event {
        let mut e = Event::default();
        let h = &mut e.headers;
        if let Some(sub) = subclass {
            h.push("Event-Subclass", sub);
        }
        h.push("Event-Name", name);
        h.push("Core-UUID", &self.identity.core_uuid);
        h.push("FreeSWITCH-Hostname", &self.identity.hostname);
        h.push("FreeSWITCH-Switchname", &self.identity.hostname);
        h.push("FreeSWITCH-IPv4", &self.identity.ipv4);
        h.push("FreeSWITCH-IPv6", &self.identity.ipv6);
        let now_local = chrono::Local::now();
        let now_utc = now_local.with_timezone(&chrono::Utc);
        h.push(
            "Event-Date-Local",
            &now_local.format("%Y-%m-%d %H:%M:%S").to_string(),
        );
        h.push(
            "Event-Date-GMT",
            &now_utc.format("%a, %d %b %Y %H:%M:%S GMT").to_string(),
        );
        h.push(
            "Event-Date-Timestamp",
            &now_utc.timestamp_micros().to_string(),
        );
        h.push("Event-Calling-File", at.file);
        h.push("Event-Calling-Function", at.function);
        h.push("Event-Calling-Line-Number", &at.line.to_string());
        let seq = self.sequence.fetch_add(1, Ordering::Relaxed);
        h.push("Event-Sequence", &seq.to_string());
        e
    }
}

/// Every event name `switch_name_event` knows; `event` commands ignore others.
const EVENT_NAMES: &[&str] = &[
    "CUSTOM",
    "CLONE",
    "CHANNEL_CREATE",
    "CHANNEL_DESTROY",
    "CHANNEL_STATE",
    "CHANNEL_CALLSTATE",
    "CHANNEL_ANSWER",
    "CHANNEL_HANGUP",
    "CHANNEL_HANGUP_COMPLETE",
    "CHANNEL_EXECUTE",
    "CHANNEL_EXECUTE_COMPLETE",
    "CHANNEL_HOLD",
    "CHANNEL_UNHOLD",
    "CHANNEL_BRIDGE",
    "CHANNEL_UNBRIDGE",
    "CHANNEL_PROGRESS",
    "CHANNEL_PROGRESS_MEDIA",
    "CHANNEL_OUTGOING",
    "CHANNEL_PARK",
    "CHANNEL_UNPARK",
    "CHANNEL_APPLICATION",
    "CHANNEL_ORIGINATE",
    "CHANNEL_UUID",
    "API",
    "LOG",
    "INBOUND_CHAN",
    "OUTBOUND_CHAN",
    "STARTUP",
    "SHUTDOWN",
    "PUBLISH",
    "UNPUBLISH",
    "TALK",
    "NOTALK",
    "SESSION_CRASH",
    "MODULE_LOAD",
    "MODULE_UNLOAD",
    "DTMF",
    "MESSAGE",
    "PRESENCE_IN",
    "NOTIFY_IN",
    "PRESENCE_OUT",
    "PRESENCE_PROBE",
    "MESSAGE_WAITING",
    "MESSAGE_QUERY",
    "ROSTER",
    "CODEC",
    "BACKGROUND_JOB",
    "DETECTED_SPEECH",
    "DETECTED_TONE",
    "PRIVATE_COMMAND",
    "HEARTBEAT",
    "TRAP",
    "ADD_SCHEDULE",
    "DEL_SCHEDULE",
    "EXE_SCHEDULE",
    "RE_SCHEDULE",
    "RELOADXML",
    "NOTIFY",
    "PHONE_FEATURE",
    "PHONE_FEATURE_SUBSCRIBE",
    "SEND_MESSAGE",
    "RECV_MESSAGE",
    "REQUEST_PARAMS",
    "CHANNEL_DATA",
    "GENERAL",
    "COMMAND",
    "SESSION_HEARTBEAT",
    "CLIENT_DISCONNECTED",
    "SERVER_DISCONNECTED",
    "SEND_INFO",
    "RECV_INFO",
    "RECV_RTCP_MESSAGE",
    "SEND_RTCP_MESSAGE",
    "CALL_SECURE",
    "NAT",
    "RECORD_START",
    "RECORD_STOP",
    "PLAYBACK_START",
    "PLAYBACK_STOP",
    "CALL_UPDATE",
    "FAILURE",
    "SOCKET_DATA",
    "MEDIA_BUG_START",
    "MEDIA_BUG_STOP",
    "CONFERENCE_DATA_QUERY",
    "CONFERENCE_DATA",
    "CALL_SETUP_REQ",
    "CALL_SETUP_RESULT",
    "CALL_DETAIL",
    "DEVICE_STATE",
    "TEXT",
    "SHUTDOWN_REQUESTED",
    "ALL",
];

pub fn known_event_name(name: &str) -> Option<&'static str> {
    EVENT_NAMES
        .iter()
        .find(|n| n.eq_ignore_ascii_case(name))
        .copied()
}

/// What one connection asked for with `event` / `nixevent` / `noevents`.
#[derive(Debug, Clone)]
pub struct Subscription {
    pub format: EventFormat,
    pub all: bool,
    pub names: HashSet<String>,
    pub subclasses: HashSet<String>,
}

impl Default for Subscription {
    fn default() -> Self {
        Subscription {
            format: EventFormat::Plain,
            all: false,
            names: HashSet::new(),
            subclasses: HashSet::new(),
        }
    }
}

impl Subscription {
    /// Applies `event FORMAT LIST`; returns how many known keywords it had.
    /// Words after `CUSTOM` are subclasses, as in mod_event_socket.
    pub fn add(&mut self, list: &str) -> usize {
        let mut keys = 0;
        let mut custom = false;
        for word in list.split_whitespace() {
            if custom {
                self.subclasses.insert(word.to_string());
                continue;
            }
            if let Some(name) = known_event_name(word) {
                keys += 1;
                if name == "ALL" {
                    self.all = true;
                } else {
                    self.names.insert(name.to_string());
                }
                if name == "CUSTOM" {
                    custom = true;
                }
            }
        }
        keys
    }

    /// Applies `nixevent LIST`.
    pub fn remove(&mut self, list: &str) {
        let mut custom = false;
        for word in list.split_whitespace() {
            if custom {
                self.subclasses.remove(word);
                continue;
            }
            if let Some(name) = known_event_name(word) {
                if name == "ALL" {
                    self.all = false;
                    self.names.clear();
                    self.subclasses.clear();
                } else {
                    self.names.remove(name);
                }
                custom = name == "CUSTOM";
            }
        }
    }

    pub fn clear(&mut self) {
        self.all = false;
        self.names.clear();
        self.subclasses.clear();
    }

    pub fn wants(&self, event: &Event) -> bool {
        if self.all {
            return true;
        }
        let Some(name) = event.name() else {
            return false;
        };
        if !self.names.contains(name) {
            return false;
        }
        match (name, event.subclass()) {
            ("CUSTOM", Some(sub)) => self.subclasses.contains(sub),
            _ => true,
        }
    }
}

struct Subscriber {
    id: u64,
    subscription: Arc<Mutex<Subscription>>,
    queue: mpsc::Sender<Arc<Event>>,
}

/// Delivers fired events to every connection that subscribed to them.
#[derive(Default)]
pub struct Bus {
    subscribers: Mutex<Vec<Subscriber>>,
    next_id: AtomicU64,
    dropped: AtomicU64,
}

/// Removes its subscriber from the bus when the connection ends.
pub struct BusGuard {
    bus: Arc<Bus>,
    id: u64,
}

impl Drop for BusGuard {
    fn drop(&mut self) {
        lock(&self.bus.subscribers).retain(|s| s.id != self.id);
    }
}

pub fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Bus {
    pub fn subscribe(
        self: &Arc<Self>,
        subscription: Arc<Mutex<Subscription>>,
        capacity: usize,
    ) -> (BusGuard, mpsc::Receiver<Arc<Event>>) {
        let (tx, rx) = mpsc::channel(capacity.max(1));
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        lock(&self.subscribers).push(Subscriber {
            id,
            subscription,
            queue: tx,
        });
        (
            BusGuard {
                bus: self.clone(),
                id,
            },
            rx,
        )
    }

    pub fn publish(&self, event: Event) {
        let event = Arc::new(event);
        for s in lock(&self.subscribers).iter() {
            if lock(&s.subscription).wants(&event) && s.queue.try_send(event.clone()).is_err() {
                self.dropped.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    /// Events dropped because a subscriber's queue was full.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(name: &str, sub: Option<&str>) -> Event {
        let mut e = Event::default();
        if let Some(s) = sub {
            e.headers.push("Event-Subclass", s);
        }
        e.headers.push("Event-Name", name);
        e
    }

    #[test]
    fn custom_needs_its_subclass() {
        let mut s = Subscription::default();
        assert_eq!(
            s.add("BACKGROUND_JOB RELOADXML CUSTOM conference::maintenance sofia::register"),
            3
        );
        assert!(s.wants(&ev("BACKGROUND_JOB", None)));
        assert!(s.wants(&ev("CUSTOM", Some("sofia::register"))));
        assert!(!s.wants(&ev("CUSTOM", Some("sofia::pre_register"))));
        assert!(!s.wants(&ev("API", None)));
        s.remove("CUSTOM sofia::register");
        assert!(!s.wants(&ev("CUSTOM", Some("conference::maintenance"))));
        let mut all = Subscription::default();
        assert_eq!(all.add("all"), 1);
        assert!(all.wants(&ev("HEARTBEAT", None)));
        assert_eq!(Subscription::default().add("NOT_AN_EVENT"), 0);
    }
}
