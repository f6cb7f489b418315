//! Node mode (`crate::node`): before `sim register` and `sim join` run, the
//! switch asks fsconn for the user and for the route of the number, as
//! sofia and mod_dialplan_xml ask mod_xml_curl, and puts what it got where
//! the commands look (`config`). Asked without holding the state's lock:
//! the answer takes a network round trip.

use super::*;
use crate::config::{read_context_vars, read_users};
use crate::node::{route, Call, Route, XmlCurl};

const O_SIP_AUTH: Origin = origin("sofia_reg.c", "sofia_reg_parse_auth", 3124);
const O_USER_CALL: Origin = origin("mod_dptools.c", "user_outgoing_channel", 3521);
const O_DIALPLAN: Origin = origin("mod_dialplan_xml.c", "dialplan_xml_locate", 643);

/// A fetched answer read like the files: pre-processed with the switch's
/// variables, then parsed; `None` for "not found" or anything unusable.
fn answer_root(body: &str, vars: &Vars, conf_dir: &Path) -> Option<Element> {
    let mut v = vars.clone();
    let pre = xml::preprocess_text(conf_dir, body, &mut v);
    let doc = xml::parse(&pre.text).ok()?;
    (doc.name == "document" && doc.find_child("section", "name", "result").is_none()).then_some(doc)
}

impl Switch {
    /// Looks up what `sim ARGS` (a phone's REGISTER, a call) or a
    /// conference's dial-out to `user/ID` needs before it runs.
    pub(super) fn node_lookups(&self, node: &XmlCurl, cmd: &str, args: &str) {
        let words: Vec<&str> = args.split_whitespace().collect();
        if cmd == "conference" {
            if let [_, "dial" | "bgdial", endpoint, ..] = words.as_slice() {
                let (_, endpoint) = super::media::originate_vars(endpoint);
                if let Some(callee) = endpoint.strip_prefix("user/") {
                    let id = callee.split('@').next().unwrap_or(callee);
                    self.fetch_user(node, id, "user_call");
                }
            }
            return;
        }
        match words.as_slice() {
            ["register", user, ..] | ["unregister", user, ..] => {
                self.fetch_user(node, user, "REGISTER");
            }
            ["join", conf, user, ..] => {
                let u = self.fetch_user(node, user, "INVITE");
                if let (Some(u), true) = (u, conf.chars().all(|c| c.is_ascii_digit())) {
                    self.fetch_route(node, conf, &u);
                }
            }
            _ => {}
        }
    }

    fn head(&self, at: Origin) -> Vec<(String, String)> {
        let e = self.events.create("REQUEST_PARAMS", None, at);
        e.headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// The user from fsconn, else from the switch's own files; the result
    /// replaces what `config` had for that id.
    fn fetch_user(&self, node: &XmlCurl, id: &str, method: &str) -> Option<User> {
        let vars = lock(&self.state).vars.clone();
        let domain = vars.get("domain").unwrap_or("127.0.0.1").to_string();
        let asked = match method {
            "user_call" => node.user_call(&self.head(O_USER_CALL), &domain, id),
            _ => node.directory(&self.head(O_SIP_AUTH), &domain, id, method),
        };
        let fetched = match asked {
            Ok(body) => answer_root(&body, &vars, &self.paths.conf_dir).and_then(|doc| {
                let section = doc.find_child("section", "name", "directory")?.clone();
                read_users(&section, &vars).into_iter().find(|u| u.id == id)
            }),
            Err(e) => {
                tracing::warn!("node {}: directory lookup of {id}: {e}", node.name());
                None
            }
        };
        let mut st = lock(&self.state);
        let local = st
            .root
            .find_child("section", "name", "directory")
            .and_then(|s| read_users(s, &st.vars).into_iter().find(|u| u.id == id));
        let user = fetched.or(local);
        st.config.users.retain(|u| u.id != id);
        st.config.users.extend(user.clone());
        user
    }

    /// The conference `number` leads to from `user`'s context (following
    /// transfers to other contexts), from fsconn, else the own files.
    fn fetch_route(&self, node: &XmlCurl, number: &str, user: &User) {
        let vars = lock(&self.state).vars.clone();
        let uuid = uuid::Uuid::new_v4().to_string();
        let mut context = user.var("user_context").unwrap_or("public").to_string();
        let mut dialled = number.to_string();
        let mut found = None;
        for profile_index in 1..=3 {
            let call = Call {
                uuid: &uuid,
                user: &user.id,
                number: &dialled,
                context: &context,
                profile_index,
                variables: &user.variables,
            };
            let Some(ctx) = self.fetch_context(node, &call, &vars) else {
                break;
            };
            self.note_context_vars(&ctx);
            match route(&ctx, &dialled) {
                Route::Conference(c) => {
                    found = Some(c);
                    break;
                }
                Route::Transfer {
                    number,
                    context: to,
                } => (dialled, context) = (number, to),
                Route::Other(what) => {
                    tracing::info!("node {}: {context} sends {dialled} to {what}", node.name());
                    break;
                }
                Route::Nothing => break,
            }
        }
        let mut st = lock(&self.state);
        st.config.conferences.retain(|c| c.number != number);
        if let Some(c) = found {
            st.config.conferences.retain(|x| x.name != c.name);
            st.config.conferences.push(c);
        }
    }

    fn fetch_context(&self, node: &XmlCurl, call: &Call, vars: &Vars) -> Option<Element> {
        let from_fsconn = match node.dialplan(&self.head(O_DIALPLAN), call) {
            Ok(body) => answer_root(&body, vars, &self.paths.conf_dir).and_then(|doc| {
                doc.find_child("section", "name", "dialplan")?
                    .find_child("context", "name", call.context)
                    .cloned()
            }),
            Err(e) => {
                tracing::warn!(
                    "node {}: dialplan lookup of {}: {e}",
                    node.name(),
                    call.context
                );
                None
            }
        };
        from_fsconn.or_else(|| {
            lock(&self.state)
                .root
                .find_child("section", "name", "dialplan")?
                .find_child("context", "name", call.context)
                .cloned()
        })
    }

    /// The variables the context's catch-all extensions set (SRTP, media
    /// timeout), as the file readers note them.
    fn note_context_vars(&self, ctx: &Element) {
        let section = Element {
            children: vec![ctx.clone()],
            ..Default::default()
        };
        let mut st = lock(&self.state);
        for (name, vars) in read_context_vars(&section) {
            st.config.context_vars.insert(name, vars);
        }
    }
}
