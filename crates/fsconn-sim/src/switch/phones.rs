//! Phones and registrations as sofia handles them: REGISTER (with the
//! events every REGISTER fires first), Expires: 0, expiry, and `sofia`'s
//! `flush_inbound_reg` and `status profile NAME reg`, as recorded
//! (session-reregister, session-regflush).

use super::*;

const O_PRE_REGISTER: Origin = origin("sofia_reg.c", "sofia_reg_handle_register_token", 1810);
const O_REG_ATTEMPT: Origin = origin("sofia_reg.c", "sofia_reg_handle_register_token", 1606);
const O_REGISTER: Origin = origin("sofia_reg.c", "sofia_reg_handle_register_token", 2059);
const O_UNREGISTER: Origin = origin("sofia_reg.c", "sofia_reg_handle_register_token", 2213);
const O_EXPIRE: Origin = origin("sofia_reg.c", "sofia_reg_del_callback", 726);
const O_MESSAGE_QUERY: Origin = origin("sofia_reg.c", "sofia_reg_handle_register_token", 2168);

impl State {
    pub(super) fn sim_register(
        &mut self,
        cx: &mut Cx,
        user_id: &str,
        expires: u32,
        opts: &media::CallOpts,
    ) -> String {
        let call_id = opts.call_id.as_deref();
        let Some(user) = self.config.user(user_id).cloned() else {
            return format!("-ERR no user {user_id} in the directory\n");
        };
        // A flushed binding is gone for sofia: this REGISTER is a new one,
        // and its row replaces the stale one `show registrations` kept.
        let stale = self
            .registrations
            .iter()
            .position(|r| r.user == user_id && r.flushed);
        let stale_port = stale.map(|i| self.registrations.remove(i).port);
        let existing = self.registrations.iter().position(|r| r.user == user_id);
        let reg = match existing {
            Some(i) => {
                self.registrations[i].expires = stored_expiry(expires);
                self.registrations[i].variables = user.variables.clone();
                if let Some(srtp) = opts.srtp {
                    self.registrations[i].srtp = srtp;
                }
                self.registrations[i].clone()
            }
            None => {
                let port = stale_port.unwrap_or_else(|| {
                    let port = self.next_port;
                    self.next_port = self.next_port.wrapping_add(1).max(5100);
                    port
                });
                let reg = Registration {
                    user: user_id.to_string(),
                    realm: user.domain.clone(),
                    call_id: call_id
                        .map(str::to_string)
                        .unwrap_or_else(|| format!("reg-{user_id}@127.0.0.1")),
                    port,
                    expires: stored_expiry(expires),
                    variables: user.variables.clone(),
                    flushed: false,
                    srtp: opts.srtp.unwrap_or_default(),
                };
                self.registrations.push(reg.clone());
                reg
            }
        };
        let expires_s = expires.to_string();
        self.register_preamble(cx, &reg, &expires_s);
        let e = register_event(cx, &reg, &expires_s, existing.is_some());
        cx.fired.push(e);
        if existing.is_none() {
            cx.fired.push(message_query(cx, &reg));
        }
        format!("+OK registered {user_id}\n")
    }

    /// `sofia::pre_register` and `sofia::register_attempt`, which every
    /// REGISTER fires before it is handled.
    fn register_preamble(&self, cx: &mut Cx, reg: &Registration, expires: &str) {
        let contact = reg.contact();
        let port = reg.port.to_string();
        let common: Vec<(&str, &str)> = vec![
            ("profile-name", "internal"),
            ("from-user", &reg.user),
            ("from-host", &reg.realm),
            ("contact", &contact),
            ("call-id", &reg.call_id),
            ("rpid", "unknown"),
            ("status", "Registered(UDP)"),
            ("expires", expires),
            ("to-user", &reg.user),
            ("to-host", &reg.realm),
            ("network-ip", "127.0.0.1"),
            ("network-port", &port),
        ];
        let mut pre = cx
            .ev
            .create("CUSTOM", Some("sofia::pre_register"), O_PRE_REGISTER);
        for (n, v) in &common {
            pre.headers.push(n, v);
        }
        pre.headers.push("user-agent", USER_AGENT);
        cx.fired.push(pre);
        let mut attempt = cx
            .ev
            .create("CUSTOM", Some("sofia::register_attempt"), O_REG_ATTEMPT);
        for (n, v) in &common {
            attempt.headers.push(n, v);
        }
        attempt.headers.push("username", &reg.user);
        attempt.headers.push("realm", &reg.realm);
        attempt.headers.push("user-agent", USER_AGENT);
        attempt.headers.push("auth-result", "RENEWED");
        cx.fired.push(attempt);
    }

    pub(super) fn sim_unregister(&mut self, cx: &mut Cx, user_id: &str) -> String {
        if self.config.user(user_id).is_none() {
            // sofia answers 403 to a user the directory no longer has, even
            // for Expires: 0: the binding stays (session-regflush).
            return format!("-ERR no user {user_id} in the directory\n");
        }
        let Some(i) = self.registrations.iter().position(|r| r.user == user_id) else {
            return format!("-ERR {user_id} is not registered\n");
        };
        let reg = self.registrations.remove(i);
        self.register_preamble(cx, &reg, "0");
        let mut e = cx
            .ev
            .create("CUSTOM", Some("sofia::unregister"), O_UNREGISTER);
        let contact = reg.contact();
        let port = reg.port.to_string();
        for (n, v) in [
            ("profile-name", "internal"),
            ("username", &reg.user),
            ("from-user", &reg.user),
            ("from-host", &reg.realm),
            ("contact", &contact),
            ("call-id", &reg.call_id),
            ("rpid", "unknown"),
            ("realm", &reg.realm),
            ("network-ip", "127.0.0.1"),
            ("network-port", &port),
            ("user-agent", USER_AGENT),
            ("expires", "0"),
        ] {
            e.headers.push(n, v);
        }
        add_user_variables(&mut e, &reg);
        cx.fired.push(e);
        format!("+OK unregistered {user_id}\n")
    }

    pub(super) fn sim_expire(&mut self, cx: &mut Cx, user_id: &str) -> String {
        let Some(i) = self
            .registrations
            .iter()
            .position(|r| r.user == user_id && !r.flushed)
        else {
            return format!("-ERR {user_id} is not registered\n");
        };
        let reg = self.registrations.remove(i);
        expire_event(cx, &reg);
        format!("+OK expired {user_id}\n")
    }

    /// `sofia status profile NAME reg`: the bindings sofia holds, which
    /// (unlike `show registrations`) loses flushed ones at once.
    fn profile_registrations(&self, profile: &str) -> String {
        if profile != "internal" {
            return "Invalid Profile!\n".into();
        }
        let rule = "=".repeat(97);
        let host = self.vars.get("hostname").unwrap_or("");
        let live: Vec<&Registration> = self.registrations.iter().filter(|r| !r.flushed).collect();
        let mut out = format!("\nRegistrations:\n{rule}\n");
        for r in &live {
            let at = chrono::DateTime::from_timestamp(r.expires, 0)
                .map(|t| t.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M:%S"))
                .map(|t| t.to_string())
                .unwrap_or_default();
            let (user, realm) = (&r.user, &r.realm);
            out.push_str(&format!(
                "Call-ID:    \t{}\nUser:       \t{user}@{realm}\nContact:    \t{}\n\
                 Agent:      \t{USER_AGENT}\nStatus:     \tRegistered(UDP)(unknown) EXP({at}) EXPSECS({})\n\
                 Ping-Status:\tReachable\nPing-Time:\t0.00\nHost:       \t{host}\n\
                 IP:         \t127.0.0.1\nPort:       \t{}\nAuth-User:  \t{user}\n\
                 Auth-Realm: \t{realm}\nMWI-Account:\t{user}@{realm}\n\n",
                r.call_id,
                r.contact(),
                r.expires - now_epoch(),
                r.port,
            ));
        }
        out.push_str(&format!("Total items returned: {}\n{rule}\n", live.len()));
        out
    }

    /// `sofia profile NAME flush_inbound_reg [CALL-ID|USER@REALM]`: one
    /// `sofia::expire` per live binding it ends. The rows stay in `show
    /// registrations` (the switch does not update that table here).
    pub(super) fn sofia(&mut self, cx: &mut Cx, args: &str) -> String {
        let words: Vec<&str> = args.split_whitespace().collect();
        let (profile, filter) = match words.as_slice() {
            ["status", "profile", p, "reg"] => return self.profile_registrations(p),
            ["profile", p, "flush_inbound_reg"] => (*p, None),
            ["profile", p, "flush_inbound_reg", f, ..] => (*p, Some(*f)),
            _ => return "-ERR the simulator knows only `sofia profile internal flush_inbound_reg [ID]`\n".into(),
        };
        if profile != "internal" {
            return format!("Invalid Profile [{profile}]\n");
        }
        for reg in self.registrations.iter_mut().filter(|r| !r.flushed) {
            let hit = filter
                .is_none_or(|f| reg.call_id == f || format!("{}@{}", reg.user, reg.realm) == f);
            if hit {
                reg.flushed = true;
                expire_event(cx, reg);
            }
        }
        match filter {
            Some(_) => "+OK flushing all registrations matching specified call_id\n".into(),
            None => "+OK flushing all registrations\n".into(),
        }
    }
}

/// `sofia::register` of a new binding, or of a refresh (`update-reg`).
fn register_event(cx: &Cx, reg: &Registration, expires: &str, update: bool) -> Event {
    let mut e = cx.ev.create("CUSTOM", Some("sofia::register"), O_REGISTER);
    let contact = reg.contact();
    let port = reg.port.to_string();
    for (n, v) in [
        ("profile-name", "internal"),
        ("from-user", &reg.user),
        ("from-host", &reg.realm),
        ("presence-hosts", "n/a"),
        ("contact", &contact),
        ("call-id", &reg.call_id),
        ("rpid", "unknown"),
        ("status", "Registered(UDP)"),
        ("expires", expires),
        ("to-user", &reg.user),
        ("to-host", &reg.realm),
        ("network-ip", "127.0.0.1"),
        ("network-port", &port),
        ("username", &reg.user),
        ("realm", &reg.realm),
        ("user-agent", USER_AGENT),
    ] {
        e.headers.push(n, v);
    }
    if update {
        e.headers.push("update-reg", "true");
    }
    add_user_variables(&mut e, reg);
    e
}

/// The voicemail query a new binding triggers.
fn message_query(cx: &Cx, reg: &Registration) -> Event {
    let mut q = cx.ev.create("MESSAGE_QUERY", None, O_MESSAGE_QUERY);
    let account = format!("sip:{}@{}", reg.user, reg.realm);
    q.headers.push("Message-Account", &account);
    q.headers.push("VM-Sofia-Profile", "internal");
    q.headers.push("VM-Call-ID", &reg.call_id);
    q
}

/// `sofia::expire`: `expires` is the binding's absolute expiry time.
fn expire_event(cx: &mut Cx, reg: &Registration) {
    let mut e = cx.ev.create("CUSTOM", Some("sofia::expire"), O_EXPIRE);
    let contact = reg.contact();
    let port = reg.port.to_string();
    let expires = reg.expires.to_string();
    for (n, v) in [
        ("profile-name", "internal"),
        ("call-id", &reg.call_id),
        ("user", &reg.user),
        ("username", &reg.user),
        ("host", &reg.realm),
        ("contact", &contact),
        ("expires", &expires),
        ("user-agent", USER_AGENT),
        ("realm", &reg.realm),
        ("network-ip", "127.0.0.1"),
        ("network-port", &port),
    ] {
        e.headers.push(n, v);
    }
    cx.fired.push(e);
}

const USER_AGENT: &str = "fsconn-sim";
