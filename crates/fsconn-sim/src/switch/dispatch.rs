//! The api command router and the switch-wide commands (`global_getvar`,
//! `reloadxml`, `show`).

use super::*;

pub(super) fn split_first(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    match s.split_once(' ') {
        Some((a, b)) => (a, b.trim_start()),
        None => (s, ""),
    }
}

impl State {
    pub(super) fn dispatch(&mut self, cx: &mut Cx, cmd: &str, args: &str) -> String {
        match cmd {
            "global_getvar" => self.global_getvar(args),
            "xml_locate" => {
                if args.trim().is_empty() {
                    "-Error bad args\n".into()
                } else {
                    xml::xml_locate(&self.root, args)
                }
            }
            "reloadxml" => self.reloadxml(cx),
            "conference" => self.conference_api(cx, args),
            "show" if args.trim() == "codecs" => self.startup.show_codecs(),
            "show" => self.show(args),
            "sofia" if args.trim() == "status" => self.startup.sofia_status(),
            "sofia" if args.starts_with("status profile ") && !args.ends_with(" reg") => {
                self.startup.sofia_profile_status(
                    args["status profile ".len()..].trim(),
                    self.registrations.len(),
                )
            }
            "version" => crate::startup::VERSION.into(),
            "strftime_tz" => crate::dialplan::strftime_tz(args, &self.config),
            "sofia" => self.sofia(cx, args),
            "sim" => self.sim(cx, args),
            "uuid_transfer" => self.uuid_transfer(cx, args),
            "fsctl" if args.trim() == "shutdown" => {
                Switch::shutdown_events(self, cx);
                "+OK\n".into()
            }
            _ => format!("-ERR {cmd} Command not found!\n"),
        }
    }

    pub(super) fn global_getvar(&self, args: &str) -> String {
        let name = args.trim();
        if name.is_empty() {
            self.vars
                .iter()
                .map(|(n, v)| format!("{n}={v}\n"))
                .collect()
        } else {
            self.vars.get(name).unwrap_or("").to_string()
        }
    }

    /// Re-reads every file; on a parse error the previous XML stays active
    /// and the reply still starts with `+OK`, like FreeSWITCH's.
    pub(super) fn reloadxml(&mut self, cx: &mut Cx) -> String {
        let mut vars = self.vars.clone();
        match xml::load_root(&cx.paths.conf_dir, &mut vars) {
            Ok(root) => {
                self.config = SwitchConfig::from_root(&root, &vars);
                self.root = root;
                self.vars = vars;
                cx.fired.push(cx.ev.create("RELOADXML", None, O_RELOADXML));
                "+OK [Success]\n".into()
            }
            Err(e) => {
                // Variables set by the preprocessor stick even when the
                // document fails to parse, as they do in FreeSWITCH.
                self.vars = vars;
                format!("+OK [{}]\n", e.0)
            }
        }
    }

    pub(super) fn show(&self, args: &str) -> String {
        let words: Vec<&str> = args.split_whitespace().collect();
        match words.as_slice() {
            ["registrations", "as", "json"] => self.registrations_json(),
            ["registrations"] => {
                let mut out = String::new();
                if !self.registrations.is_empty() {
                    out.push_str("reg_user,realm,token,url,expires,network_ip,network_port,network_proto,hostname,metadata\n");
                    for r in &self.registrations {
                        out.push_str(&format!(
                            "{},{},{},sofia/internal/sip:{}@127.0.0.1:{};transport=UDP,{},127.0.0.1,{},udp,{},\n",
                            r.user, r.realm, r.call_id, r.user, r.port, r.expires, r.port,
                            self.vars.get("hostname").unwrap_or("")
                        ));
                    }
                }
                out.push_str(&format!("\n{} total.\n", self.registrations.len()));
                out
            }
            _ => "-USAGE: show registrations [as json]\n".into(),
        }
    }

    pub(super) fn registrations_json(&self) -> String {
        if self.registrations.is_empty() {
            return "{\"row_count\": 0}\n".into();
        }
        let host = self.vars.get("hostname").unwrap_or("");
        let rows: Vec<serde_json::Value> = self
            .registrations
            .iter()
            .map(|r| {
                serde_json::json!({
                    "reg_user": r.user,
                    "realm": r.realm,
                    "token": r.call_id,
                    "url": format!("sofia/internal/sip:{}@127.0.0.1:{};transport=UDP", r.user, r.port),
                    "expires": r.expires.to_string(),
                    "network_ip": "127.0.0.1",
                    "network_port": r.port.to_string(),
                    "network_proto": "udp",
                    "hostname": host,
                    "metadata": "",
                })
            })
            .collect();
        let doc = serde_json::json!({"row_count": rows.len(), "rows": rows});
        format!("{doc}\n")
    }
}
