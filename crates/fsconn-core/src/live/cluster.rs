//! Several FreeSWITCH nodes as one live view.
//!
//! Each node keeps its own [`LiveState`], fed by its own event socket with
//! the same pure `apply(event) -> deltas`; this thin layer merges what the
//! nodes say into what clients see. Conferences are known by name on the
//! wire, so for each running name one node *hosts* it: the first node it
//! was seen running on. The host's deltas pass (v2's `newConference` tagged
//! with the node), another node's deltas about the same name are held back:
//! a conference of the same name on a second node is a *split* (its callers
//! landed on another mixer and do not hear the first ones), which is shown
//! (v2's `split` field and event, both entries in `/api/active`) and
//! reported, never merged into one member list. When the host's conference
//! ends (or the node is lost) and another node still runs one of that name,
//! that one is announced with `newConference`.
//!
//! With one unnamed node (file mode) every delta passes untouched, so
//! clients get exactly the bytes a lone `LiveState` gives.

use std::collections::BTreeMap;

use super::protocol::{ConferenceView, Registration, ServerMessage, Version};
use super::state::{diff, Audience, Delta, LiveCounts, LiveState, Notification};
use crate::fsconf;
use crate::settings::{ContextDef, Settings};
use fsconn_esl::Event;

/// The live state of every node, merged.
#[derive(Debug, Clone)]
pub struct Cluster {
    nodes: Vec<Node>,
    /// Running conference name → the node clients see it on.
    host: BTreeMap<String, usize>,
    /// Conference name → the nodes it runs on, while more than one.
    splits: BTreeMap<String, Vec<usize>>,
}

#[derive(Debug, Clone)]
struct Node {
    /// `None`: the one switch of file mode, never tagged.
    name: Option<String>,
    state: LiveState,
}

impl Cluster {
    /// File mode: the one switch of `[esl]`.
    pub fn single(xml: &fsconf::State) -> Cluster {
        Cluster::with(vec![None], xml)
    }

    /// One node per name (`[[node]]`); no names is file mode.
    pub fn of_nodes(names: &[String], xml: &fsconf::State) -> Cluster {
        if names.is_empty() {
            return Cluster::single(xml);
        }
        Cluster::with(names.iter().cloned().map(Some).collect(), xml)
    }

    fn with(names: Vec<Option<String>>, xml: &fsconf::State) -> Cluster {
        Cluster {
            nodes: names
                .into_iter()
                .map(|name| Node {
                    name,
                    state: LiveState::new(xml),
                })
                .collect(),
            host: BTreeMap::new(),
            splits: BTreeMap::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The node's name (`None` in file mode).
    pub fn node_name(&self, node: usize) -> Option<&str> {
        self.nodes.get(node).and_then(|n| n.name.as_deref())
    }

    /// One node's own state (its moderator keys are read against it).
    pub fn state(&self, node: usize) -> &LiveState {
        &self.nodes[node.min(self.nodes.len() - 1)].state
    }

    /// The node that hosts running conference `name`, if it runs.
    pub fn host_of(&self, name: &str) -> Option<usize> {
        self.host.get(name).copied()
    }

    /// The node a control about `conference` goes to: its host, or the
    /// first node when it runs nowhere (the planner then says it is not
    /// running), and the state to plan it against.
    pub fn hosting(&self, conference: &str) -> (usize, &LiveState) {
        let node = self.host_of(conference).unwrap_or(0);
        (node, &self.nodes[node].state)
    }

    /// A member of a conference on `from` may be moved (`transfer`) to
    /// conference `to` only on the same node: `uuid_transfer` would start
    /// `to` on `from` and split it. `Err` says why, naming both nodes.
    pub fn check_transfer(&self, from: usize, to: &str) -> Result<(), String> {
        match self.host_of(to) {
            Some(k) if k != from => Err(format!(
                "{to} runs on node {}, not on node {}: members cannot be moved between nodes",
                self.node_name(k).unwrap_or("?"),
                self.node_name(from).unwrap_or("?")
            )),
            _ => Ok(()),
        }
    }

    /// Applies an event from `node`.
    pub fn apply(&mut self, node: usize, event: &Event) -> Vec<Delta> {
        let deltas = self.nodes[node].state.apply(event);
        self.merge(node, deltas)
    }

    /// A fresh snapshot of `node` (after a (re)connect or missed events):
    /// what changed since its last state, as the events would have said.
    pub fn replace(&mut self, node: usize, mut new: LiveState) -> Vec<Delta> {
        let old = &self.nodes[node].state;
        new.carry_ended(old);
        new.keep_times_from(old);
        let deltas = diff(old, &new);
        self.nodes[node].state = new;
        self.merge(node, deltas)
    }

    /// `node` is gone: its conferences and registrations end in the live
    /// view (another node's conference of the same name, if any, takes
    /// over); they come back with the node's next snapshot.
    pub fn lose(&mut self, node: usize, xml: &fsconf::State) -> Vec<Delta> {
        let empty = LiveState::new(xml);
        let deltas = diff(&self.nodes[node].state, &empty);
        self.nodes[node].state = empty;
        self.merge(node, deltas)
    }

    /// A reloaded dialplan, for every node's state.
    pub fn refresh_xml(&mut self, xml: &fsconf::State) -> Vec<Delta> {
        let mut out = Vec::new();
        for node in 0..self.nodes.len() {
            let deltas = self.nodes[node].state.refresh_xml(xml);
            out.extend(self.merge(node, deltas));
        }
        out
    }

    /// A hand raised or lowered in the hosted conference.
    pub fn set_hand(
        &mut self,
        conference: &str,
        member: &str,
        raised: bool,
        at: Option<String>,
    ) -> Vec<Delta> {
        let (node, _) = self.hosting(conference);
        let deltas = self.nodes[node]
            .state
            .set_hand(conference, member, raised, at);
        self.merge(node, deltas)
    }

    /// `muteAll` for the hosted conference.
    pub fn mute_all_delta(&self, conference: &str) -> Option<Delta> {
        self.hosting(conference).1.mute_all_delta(conference)
    }

    /// Passes the deltas of `from` that are about conferences it hosts (or
    /// about nobody's: registrations, `newXML`), then settles who hosts
    /// each conference they touched.
    fn merge(&mut self, from: usize, deltas: Vec<Delta>) -> Vec<Delta> {
        // File mode: one switch hosts everything; nothing to merge (and no
        // cost on the hot path).
        if self.nodes.len() == 1 {
            return deltas;
        }
        let mut out = Vec::with_capacity(deltas.len());
        let mut touched: Vec<String> = Vec::new();
        for mut d in deltas {
            let Some(name) = conference_of(&d) else {
                out.push(d);
                continue;
            };
            let host = self.host_of(&name);
            if host.is_none() || host == Some(from) {
                self.tag_delta(from, &mut d);
                out.push(d);
            }
            if !touched.contains(&name) {
                touched.push(name);
            }
        }
        for name in touched {
            self.settle(&name, from, &mut out);
        }
        out
    }

    /// Decides who hosts `name` after `from` changed, announcing a new host
    /// with `newConference` and a changed split with `split`.
    fn settle(&mut self, name: &str, from: usize, out: &mut Vec<Delta>) {
        let running: Vec<usize> = (0..self.nodes.len())
            .filter(|&k| self.nodes[k].state.is_running(name))
            .collect();
        let split = if running.len() > 1 {
            running.clone()
        } else {
            Vec::new()
        };
        let split_changed = self.splits.get(name).cloned().unwrap_or_default() != split;
        if split.is_empty() {
            self.splits.remove(name);
        } else {
            self.splits.insert(name.to_string(), split.clone());
        }
        let current = self.host_of(name);
        let next = match current {
            Some(h) if running.contains(&h) => Some(h),
            None if running.contains(&from) => Some(from),
            _ => running.first().copied(),
        };
        match next {
            Some(k) => {
                self.host.insert(name.to_string(), k);
            }
            None => {
                self.host.remove(name);
            }
        }
        let already_sent = current.is_none() && next == Some(from);
        if let Some(k) = next.filter(|_| next != current && !already_sent) {
            if let Some(d) = self.announce(k, name) {
                out.push(d);
            }
        }
        if split_changed {
            if let Some(d) = self.split_delta(name, &split) {
                out.push(d);
            }
        }
    }

    /// `newConference` for `name` as node `node` runs it.
    fn announce(&self, node: usize, name: &str) -> Option<Delta> {
        let state = &self.nodes[node].state;
        let v1 = state.conference_view(name, Version::V1)?;
        let mut v2 = state.conference_view(name, Version::V2)?;
        self.tag_view(node, &mut v2);
        Some(Delta::Notify(Box::new(Notification {
            audience: state.audience_of(name)?,
            v1: Some(ServerMessage::NewConference { data: Box::new(v1) }),
            v2: Some(ServerMessage::NewConference { data: Box::new(v2) }),
        })))
    }

    /// v2's `split` event, to those who may see the conference.
    fn split_delta(&self, name: &str, split: &[usize]) -> Option<Delta> {
        let audience = self
            .nodes
            .iter()
            .find_map(|n| n.state.audience_of(name))
            .unwrap_or(Audience::Conference(None));
        Some(Delta::Notify(Box::new(Notification {
            audience,
            v1: None,
            v2: Some(ServerMessage::Split {
                conference: name.to_string(),
                nodes: self.names(split),
            }),
        })))
    }

    fn names(&self, nodes: &[usize]) -> Vec<String> {
        nodes
            .iter()
            .filter_map(|&k| self.node_name(k).map(str::to_string))
            .collect()
    }

    /// Adds the node (and a split) to a v2 `newConference`.
    fn tag_delta(&self, node: usize, d: &mut Delta) {
        if let Delta::Notify(n) = d {
            if let Some(ServerMessage::NewConference { data }) = n.v2.as_mut() {
                self.tag_view(node, data);
            }
        }
    }

    fn tag_view(&self, node: usize, view: &mut ConferenceView) {
        let Some(v2) = view.v2.as_mut() else {
            return;
        };
        v2.node = self.node_name(node).map(str::to_string);
        v2.split = self
            .splits
            .get(&view.name)
            .map(|s| self.names(s))
            .unwrap_or_default();
    }

    /// The conferences `viewer` may see, one per name (the host's), in
    /// `version`'s shape: the `init` reply.
    pub fn snapshot_for_version(
        &self,
        viewer: &ContextDef,
        settings: &Settings,
        version: Version,
    ) -> Vec<ConferenceView> {
        if self.nodes.len() == 1 {
            return self.nodes[0]
                .state
                .snapshot_for_version(viewer, settings, version);
        }
        self.views(viewer, settings, version, false)
    }

    /// Every running conference `viewer` may see on every node, a split
    /// conference once per node (`/api/active`, v2 shape).
    pub fn all_for(&self, viewer: &ContextDef, settings: &Settings) -> Vec<ConferenceView> {
        self.views(viewer, settings, Version::V2, true)
    }

    fn views(
        &self,
        viewer: &ContextDef,
        settings: &Settings,
        version: Version,
        with_splits: bool,
    ) -> Vec<ConferenceView> {
        let mut all: Vec<(usize, ConferenceView)> = Vec::new();
        for (k, n) in self.nodes.iter().enumerate() {
            for mut v in n.state.snapshot_for_version(viewer, settings, version) {
                if with_splits || self.host_of(&v.name) == Some(k) {
                    self.tag_view(k, &mut v);
                    all.push((k, v));
                }
            }
        }
        all.sort_by(|a, b| a.1.name.cmp(&b.1.name).then(a.0.cmp(&b.0)));
        all.into_iter().map(|(_, v)| v).collect()
    }

    /// The `initreg` data: every node's registrations.
    pub fn registrations(&self) -> Vec<Registration> {
        if self.nodes.len() == 1 {
            return self.nodes[0].state.registrations();
        }
        let mut all: BTreeMap<(String, String), Registration> = BTreeMap::new();
        for n in &self.nodes {
            for r in n.state.registrations() {
                all.insert((r.regid.clone(), r.id.clone()), r);
            }
        }
        all.into_values().collect()
    }

    /// Running conferences, members and recordings of every node.
    pub fn counts(&self) -> LiveCounts {
        let mut total = LiveCounts::default();
        for n in &self.nodes {
            let c = n.state.counts();
            total.conferences += c.conferences;
            total.members += c.members;
            total.recordings += c.recordings;
        }
        total
    }

    /// One node's counts.
    pub fn counts_of(&self, node: usize) -> LiveCounts {
        self.nodes
            .get(node)
            .map(|n| n.state.counts())
            .unwrap_or_default()
    }

    /// Recordings being written on any node.
    pub fn recording_files(&self) -> Vec<String> {
        self.nodes
            .iter()
            .flat_map(|n| n.state.recording_files())
            .collect()
    }

    /// Conferences running on more than one node, with the nodes.
    pub fn splits(&self) -> Vec<(String, Vec<String>)> {
        self.splits
            .iter()
            .map(|(name, nodes)| (name.clone(), self.names(nodes)))
            .collect()
    }
}

/// The conference a delta is about, if any.
fn conference_of(d: &Delta) -> Option<String> {
    match d {
        Delta::Notify(n) => {
            n.v1.as_ref()
                .or(n.v2.as_ref())
                .and_then(ServerMessage::conference)
                .map(str::to_string)
        }
        Delta::OutOfSync { .. } => None,
    }
}
