//! Conferences: the dialplan files `dialplan/conferences/<num>.xml`.

use super::answer::{
    AddedConference, ConferenceSettingsAnswer, ConferenceSettingsView, ConferencesAnswer,
    ConferencesFound, ConferencesInfo, RebuildContactsAnswer,
};
use super::{ItemError, ItemResult, Ops, Outcome};
use crate::confsettings::{ConferenceSettings, ConferenceSettingsChange};
use crate::error::Result;
use crate::fsconf::{Layout, State};
use crate::fsio::Transaction;
use crate::model::{ConfName, ConfNum, Conference, ConferenceView};
use crate::settings::{ContextDef, Settings};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddConference {
    pub name: String,
    #[serde(rename = "type")]
    pub conftype: String,
    pub context: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DelConference {
    pub num: String,
}

/// The original's `done` entry for an added conference: num, type, context, name.
fn added(c: &Conference) -> AddedConference {
    AddedConference {
        num: c.num.to_string(),
        conftype: c.conftype.clone(),
        context: c.context.clone(),
        name: c.name.clone(),
    }
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
        render_with(&self.templates, c)
    }

    /// Checks shared by add and mod, in the original's order.
    fn check_conference(
        &self,
        state: &State,
        name: &str,
        conftype: &str,
        context: &str,
        except: Option<ConfNum>,
    ) -> std::result::Result<(), ItemError> {
        if self.settings.context(context).is_none() {
            return Err(ItemError::NoContext);
        }
        if !state.conftypes.iter().any(|t| t == conftype) {
            return Err(ItemError::NoType);
        }
        ConfName::parse(name).map_err(ItemError::Invalid)?;
        if name_taken(state, name, except) {
            return Err(ItemError::NameTaken);
        }
        Ok(())
    }

    pub fn conferences_add(
        &self,
        items: Vec<AddConference>,
    ) -> Result<Outcome<AddedConference, AddConference>> {
        self.write_items("conferences/add", items, |st, txn, item| {
            self.plan_conf_add(st, txn, item)
        })
    }

    fn plan_conf_add(
        &self,
        state: &mut State,
        txn: &mut Transaction,
        item: &AddConference,
    ) -> ItemResult<AddedConference> {
        if let Err(e) =
            self.check_conference(state, &item.name, &item.conftype, &item.context, None)
        {
            return Ok(Err(e));
        }
        let Some(ctx) = self.settings.context(&item.context) else {
            return Ok(Err(ItemError::NoContext));
        };
        let Some(num) = free_num(state, ctx) else {
            return Ok(Err(ItemError::NoFreeNum(ctx.name.clone())));
        };
        let conf = Conference {
            num,
            name: item.name.clone(),
            conftype: item.conftype.clone(),
            context: ctx.name.clone(),
            settings: Default::default(),
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

    pub fn conferences_mod(
        &self,
        items: Vec<ModConference>,
    ) -> Result<Outcome<ConferenceView, ModConference>> {
        self.write_items("conferences/mod", items, |st, txn, item| {
            self.plan_conf_mod(st, txn, item)
        })
    }

    fn plan_conf_mod(
        &self,
        state: &mut State,
        txn: &mut Transaction,
        item: &ModConference,
    ) -> ItemResult<ConferenceView> {
        let old = match item
            .num
            .parse::<ConfNum>()
            .ok()
            .and_then(|n| state.conference(n))
        {
            Some(c) => c.clone(),
            None => return Ok(Err(ItemError::NoConference(item.num.clone()))),
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
            return Ok(Err(ItemError::NoContext));
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
                return Ok(Err(ItemError::NoFreeNum(ctx.name.clone())));
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
            settings: old.settings.clone(),
        };
        txn.write(path.clone(), self.render_conference(&conf)?);
        let v = ConferenceView::from(&conf);
        upsert(state, conf, path);
        Ok(Ok(v))
    }

    pub fn conferences_del(
        &self,
        items: Vec<DelConference>,
    ) -> Result<Outcome<ConferenceView, DelConference>> {
        self.write_items("conferences/del", items, |state, txn, item| {
            let Some(c) = item
                .num
                .parse::<ConfNum>()
                .ok()
                .and_then(|n| state.conference(n))
                .cloned()
            else {
                return Ok(Err(ItemError::NoConference(item.num.clone())));
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
            let view = ConferenceView::from(&c);
            drop_conference(state, c.num);
            Ok(Ok(view))
        })
    }
}

impl Ops {
    /// Rewrite every contact list (`conferences/rebuildcontacts`): all
    /// Linphone files and Polycom directories.
    pub fn conferences_rebuildcontacts(&self) -> Result<RebuildContactsAnswer> {
        self.rebuildcontacts_outcome()?;
        Ok(RebuildContactsAnswer {
            op: "conferences/rebuildcontacts".into(),
            done: super::now_iso(),
        })
    }

    /// The write behind `conferences_rebuildcontacts`; with `dry_run`, its
    /// plan.
    pub fn rebuildcontacts_outcome(&self) -> Result<super::Outcome<(), ()>> {
        self.write::<(), ()>("conferences/rebuildcontacts", false, |state, txn, _, _| {
            self.plan_all_contacts(state, txn)
        })
    }
}

/// A conference's dialplan file from its template; with settings, checked
/// to carry them.
fn render_with(templates: &crate::render::Templates, c: &Conference) -> Result<Vec<u8>> {
    let mut ctx = tera::Context::new();
    ctx.insert("num", &c.num.to_string());
    ctx.insert("name", &c.name);
    ctx.insert("type", &c.conftype);
    ctx.insert("context", &c.context);
    ctx.insert("sets", &c.settings.set_actions(&c.name));
    ctx.insert("pin", &c.settings.pin_part());
    ctx.insert("mute_on_entry", &c.settings.mute_on_entry);
    ctx.insert("moderator_expr", crate::confsettings::MODERATOR_EXPR);
    let tpl = templates.conference_template(&c.conftype);
    let out = templates.render(&tpl, &ctx)?;
    if !c.settings.is_default() {
        check_carried(&tpl, &out, &c.settings)?;
    }
    Ok(out.into_bytes())
}

/// Whether a rendered conference file carries `settings`: a template of
/// the `templates_dir` written before settings existed would drop them
/// silently, and the switch would run the conference without them.
fn check_carried(tpl: &str, out: &str, settings: &ConferenceSettings) -> Result<()> {
    let err = |message: String| crate::error::Error::Template {
        name: tpl.to_string(),
        message,
    };
    let els = crate::fsconf::xml::elements(out.as_bytes())
        .map_err(|e| err(format!("renders invalid XML: {e}")))?;
    let read = crate::fsconf::scan_conferences(&els)
        .into_iter()
        .next()
        .map(|(ext, data)| ext.settings(&data));
    if read.as_ref() != Some(settings) {
        return Err(err(
            "does not write the conference settings (docs/conference-settings.md lists the lines it needs)".into(),
        ));
    }
    Ok(())
}

/// `GET /api/conferences/settings`: every conference with its settings.
pub fn settings_list(state: &State) -> ConferenceSettingsAnswer {
    ConferenceSettingsAnswer {
        op: "conferences/settings".into(),
        conferences: state.conferences.iter().map(settings_view).collect(),
    }
}

fn settings_view(c: &Conference) -> ConferenceSettingsView {
    let v = ConferenceView::from(c);
    ConferenceSettingsView {
        num: v.num,
        name: v.name,
        conftype: v.conftype,
        context: v.context,
        settings: c.settings.clone(),
    }
}

impl Ops {
    /// `POST /api/conferences/settings`: change some settings of each
    /// conference; a refused value leaves that conference's file untouched.
    pub fn conferences_settings(
        &self,
        items: Vec<ConferenceSettingsChange>,
    ) -> Result<Outcome<ConferenceSettingsView, ConferenceSettingsChange>> {
        self.write_items("conferences/settings", items, |st, txn, item| {
            self.plan_conf_settings(st, txn, item)
        })
    }

    fn plan_conf_settings(
        &self,
        state: &mut State,
        txn: &mut Transaction,
        item: &ConferenceSettingsChange,
    ) -> ItemResult<ConferenceSettingsView> {
        let Some(old) = item
            .num
            .parse::<ConfNum>()
            .ok()
            .and_then(|n| state.conference(n))
            .cloned()
        else {
            return Ok(Err(ItemError::NoConference(item.num.clone())));
        };
        let settings = match old.settings.apply(item) {
            Ok(s) => s,
            Err(e) => return Ok(Err(ItemError::Invalid(e))),
        };
        let path = state
            .conference_files
            .get(&old.num)
            .cloned()
            .unwrap_or_else(|| {
                Layout {
                    root: &self.settings.conf_dir,
                }
                .conference_file(old.num)
            });
        let conf = Conference { settings, ..old };
        txn.write(path.clone(), self.render_conference(&conf)?);
        let v = settings_view(&conf);
        upsert(state, conf, path);
        Ok(Ok(v))
    }
}

/// `GET /api/conferences`
pub fn list(state: &State, settings: &Settings) -> ConferencesAnswer {
    let contexts = settings
        .contexts
        .iter()
        .map(|c| {
            let n = state.conferences.iter().filter(|x| x.context == c.name);
            (c.name.clone(), n.count())
        })
        .collect();
    ConferencesAnswer {
        op: "conferences".into(),
        info: ConferencesInfo {
            total: state.conferences.len(),
            contexts,
            types: state.conftypes.clone(),
        },
        conferences: state.conferences.iter().map(ConferenceView::from).collect(),
    }
}

/// How `conferences/<by>/STRING` matches (the path segment, lowercase).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum FindBy {
    Bynum,
    Bytype,
    Byname,
    Bycontext,
}

impl FindBy {
    pub const ALL: &'static [FindBy] = &[
        FindBy::Bynum,
        FindBy::Bytype,
        FindBy::Byname,
        FindBy::Bycontext,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FindBy::Bynum => "bynum",
            FindBy::Bytype => "bytype",
            FindBy::Byname => "byname",
            FindBy::Bycontext => "bycontext",
        }
    }

    pub fn parse(s: &str) -> Option<FindBy> {
        FindBy::ALL.iter().copied().find(|b| b.as_str() == s)
    }
}

/// `GET /api/conferences/<by>/<s>`: startsWith on the field.
pub fn find(state: &State, by: FindBy, s: &str) -> ConferencesFound {
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
    ConferencesFound {
        op: format!("conferences/{}/{s}", by.as_str()),
        conferences: confs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Templates;

    fn team(settings: ConferenceSettings) -> Conference {
        Conference {
            num: ConfNum(30000),
            name: "team_g722".into(),
            conftype: "16kHz-novideo".into(),
            context: "team".into(),
            settings,
        }
    }

    #[test]
    fn a_conference_without_settings_renders_as_before() {
        let t = Templates::load(None).unwrap();
        let out = String::from_utf8(render_with(&t, &team(Default::default())).unwrap()).unwrap();
        assert_eq!(
            out,
            r#"<include>
  <extension name="team_g722">
    <condition field="destination_number" expression="^30000$">
      <action application="set" data="absolute_codec_string=G722,PCMU,PCMA"/>
      <action application="answer"/>
      <action application="conference" data="team_g722@16kHz-novideo+${conpin}+flags{${conf_flags}}"/>
    </condition>
  </extension>
</include>"#
                .to_string()
                + if out.ends_with('\n') { "\n" } else { "" }
        );
    }

    #[test]
    fn settings_are_written_where_freeswitch_reads_them_and_read_back() {
        let t = Templates::load(None).unwrap();
        let s = ConferenceSettings {
            pin: Some("4711".into()),
            moderator_pin: Some("0815".into()),
            max_members: Some(20),
            wait_for_moderator: true,
            announce: true,
            auto_record: true,
            mute_on_entry: true,
        };
        for conftype in ["16kHz-novideo", "48kHz-video", "plain"] {
            let c = Conference {
                conftype: conftype.into(),
                ..team(s.clone())
            };
            let out = String::from_utf8(render_with(&t, &c).unwrap()).unwrap();
            for line in [
                r#"<action application="set" data="conference_moderator_pin=0815"/>"#,
                r#"<action application="set" data="conference_max_members=20"/>"#,
                r#"<action application="set" data="conference_flags=wait-mod"/>"#,
                r#"<anti-action application="set" data="conference_member_flags=mute"/>"#,
                "+4711+flags{${conf_flags}}",
            ] {
                assert!(out.contains(line), "{conftype}: {line} missing in\n{out}");
            }
            let els = crate::fsconf::xml::elements(out.as_bytes()).unwrap();
            let (ext, data) = crate::fsconf::scan_conferences(&els).remove(0);
            assert_eq!(ext.settings(&data), s);
            assert_eq!(ext.expr.as_deref(), Some("^30000$"));
        }
    }
}
