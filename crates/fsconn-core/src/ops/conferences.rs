//! Conferences: the dialplan files `dialplan/conferences/<num>.xml`.

use super::{Ops, Outcome};
use crate::error::Result;
use crate::fsconf::{Layout, State};
use crate::fsio::Transaction;
use crate::model::{ConfName, ConfNum, Conference, ConferenceView};
use crate::settings::{ContextDef, Settings};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddConference {
    pub name: String,
    #[serde(rename = "type")]
    pub conftype: String,
    pub context: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModConference {
    pub num: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub conftype: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DelConference {
    pub num: String,
}

/// The original's `done` entry for an added conference: num, type, context, name.
fn added(c: &Conference) -> Value {
    json!({ "num": c.num.to_string(), "type": c.conftype, "context": c.context, "name": c.name })
}

fn free_num(state: &State, ctx: &ContextDef) -> Option<ConfNum> {
    (ctx.conferences.first..=ctx.conferences.last)
        .find(|n| state.conference(ConfNum(*n)).is_none() && !state.blocked_ids.contains(n))
        .map(ConfNum)
}

fn name_taken(state: &State, name: &str, except: Option<ConfNum>) -> bool {
    state
        .conferences
        .iter()
        .any(|c| c.name == name && Some(c.num) != except)
}

fn upsert(state: &mut State, c: Conference, path: std::path::PathBuf) {
    state.conference_files.insert(c.num, path);
    match state.conferences.binary_search_by_key(&c.num, |x| x.num) {
        Ok(i) => state.conferences[i] = c,
        Err(i) => state.conferences.insert(i, c),
    }
}

fn drop_conference(state: &mut State, num: ConfNum) {
    state.conference_files.remove(&num);
    state.conferences.retain(|c| c.num != num);
}

impl Ops {
    pub fn render_conference(&self, c: &Conference) -> Result<Vec<u8>> {
        let mut ctx = tera::Context::new();
        ctx.insert("num", &c.num.to_string());
        ctx.insert("name", &c.name);
        ctx.insert("type", &c.conftype);
        ctx.insert("context", &c.context);
        let tpl = self.templates.conference_template(&c.conftype);
        self.templates.render(&tpl, &ctx).map(String::into_bytes)
    }

    /// Checks shared by add and mod, in the original's order.
    fn check_conference(
        &self,
        state: &State,
        name: &str,
        conftype: &str,
        context: &str,
        except: Option<ConfNum>,
    ) -> std::result::Result<(), String> {
        if self.settings.context(context).is_none() {
            return Err("context does not exist".into());
        }
        if !state.conftypes.iter().any(|t| t == conftype) {
            return Err("type not implementet".into());
        }
        ConfName::parse(name)?;
        if name_taken(state, name, except) {
            return Err("name already taken".into());
        }
        Ok(())
    }

    pub fn conferences_add(&self, items: Vec<AddConference>) -> Result<Outcome> {
        self.write_items("conferences/add", "conference", items, |st, txn, item| {
            self.plan_conf_add(st, txn, item)
        })
    }

    fn plan_conf_add(
        &self,
        state: &mut State,
        txn: &mut Transaction,
        item: &AddConference,
    ) -> Result<std::result::Result<Value, String>> {
        if let Err(e) =
            self.check_conference(state, &item.name, &item.conftype, &item.context, None)
        {
            return Ok(Err(e));
        }
        let Some(ctx) = self.settings.context(&item.context) else {
            return Ok(Err("context does not exist".into()));
        };
        let Some(num) = free_num(state, ctx) else {
            return Ok(Err(format!("no free number left in context {}", ctx.name)));
        };
        let conf = Conference {
            num,
            name: item.name.clone(),
            conftype: item.conftype.clone(),
            context: ctx.name.clone(),
        };
        let path = Layout {
            root: &self.settings.conf_dir,
        }
        .conference_file(num);
        txn.create(path.clone(), self.render_conference(&conf)?);
        let v = added(&conf);
        upsert(state, conf, path);
        Ok(Ok(v))
    }

    pub fn conferences_mod(&self, items: Vec<ModConference>) -> Result<Outcome> {
        self.write_items("conferences/mod", "conference", items, |st, txn, item| {
            self.plan_conf_mod(st, txn, item)
        })
    }

    fn plan_conf_mod(
        &self,
        state: &mut State,
        txn: &mut Transaction,
        item: &ModConference,
    ) -> Result<std::result::Result<Value, String>> {
        let old = match item
            .num
            .parse::<ConfNum>()
            .ok()
            .and_then(|n| state.conference(n))
        {
            Some(c) => c.clone(),
            None => return Ok(Err(format!("no conference {}", item.num))),
        };
        let name = item.name.clone().unwrap_or_else(|| old.name.clone());
        let conftype = item
            .conftype
            .clone()
            .unwrap_or_else(|| old.conftype.clone());
        let context = item.context.clone().unwrap_or_else(|| old.context.clone());
        if let Err(e) = self.check_conference(state, &name, &conftype, &context, Some(old.num)) {
            return Ok(Err(e));
        }
        let Some(ctx) = self.settings.context(&context) else {
            return Ok(Err("context does not exist".into()));
        };
        let layout = Layout {
            root: &self.settings.conf_dir,
        };
        let old_path = state
            .conference_files
            .get(&old.num)
            .cloned()
            .unwrap_or_else(|| layout.conference_file(old.num));
        let moved = ctx.name != old.context;
        let (num, path) = if moved {
            let Some(num) = free_num(state, ctx) else {
                return Ok(Err(format!("no free number left in context {}", ctx.name)));
            };
            txn.remove(old_path);
            drop_conference(state, old.num);
            (num, layout.conference_file(num))
        } else {
            (old.num, old_path)
        };
        let conf = Conference {
            num,
            name,
            conftype,
            context: ctx.name.clone(),
        };
        txn.write(path.clone(), self.render_conference(&conf)?);
        let v = json!(ConferenceView::from(&conf));
        upsert(state, conf, path);
        Ok(Ok(v))
    }

    pub fn conferences_del(&self, items: Vec<DelConference>) -> Result<Outcome> {
        self.write_items(
            "conferences/del",
            "conference",
            items,
            |state, txn, item| {
                let Some(c) = item
                    .num
                    .parse::<ConfNum>()
                    .ok()
                    .and_then(|n| state.conference(n))
                    .cloned()
                else {
                    return Ok(Err(format!("no conference {}", item.num)));
                };
                let path = state
                    .conference_files
                    .get(&c.num)
                    .cloned()
                    .unwrap_or_else(|| {
                        Layout {
                            root: &self.settings.conf_dir,
                        }
                        .conference_file(c.num)
                    });
                txn.remove(path);
                let view = json!(ConferenceView::from(&c));
                drop_conference(state, c.num);
                Ok(Ok(view))
            },
        )
    }
}

impl Ops {
    /// Rewrite every contact list (`conferences/rebuildcontacts`): all
    /// Linphone files and Polycom directories.
    pub fn conferences_rebuildcontacts(&self) -> Result<Value> {
        self.write(
            "conferences/rebuildcontacts",
            "user",
            false,
            |state, txn, _, _| self.plan_all_contacts(state, txn),
        )?;
        Ok(json!({ "op": "conferences/rebuildcontacts", "done": super::now_iso() }))
    }
}

/// `GET /api/conferences`
pub fn list(state: &State, settings: &Settings) -> Value {
    let mut contexts = serde_json::Map::new();
    for c in &settings.contexts {
        let n = state
            .conferences
            .iter()
            .filter(|x| x.context == c.name)
            .count();
        contexts.insert(c.name.clone(), json!(n));
    }
    json!({
        "op": "conferences",
        "info": { "total": state.conferences.len(), "contexts": contexts, "types": state.conftypes },
        "conferences": state.conferences.iter().map(ConferenceView::from).collect::<Vec<_>>(),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FindBy {
    Bynum,
    Bytype,
    Byname,
    Bycontext,
}

impl FindBy {
    pub fn as_str(self) -> &'static str {
        match self {
            FindBy::Bynum => "bynum",
            FindBy::Bytype => "bytype",
            FindBy::Byname => "byname",
            FindBy::Bycontext => "bycontext",
        }
    }
}

/// `GET /api/conferences/<by>/<s>`: startsWith on the field.
pub fn find(state: &State, by: FindBy, s: &str) -> Value {
    let confs: Vec<ConferenceView> = state
        .conferences
        .iter()
        .map(ConferenceView::from)
        .filter(|c| {
            let field = match by {
                FindBy::Bynum => &c.num,
                FindBy::Bytype => &c.conftype,
                FindBy::Byname => &c.name,
                FindBy::Bycontext => &c.context,
            };
            field.starts_with(s)
        })
        .collect();
    json!({ "op": format!("conferences/{}/{s}", by.as_str()), "conferences": confs })
}
