//! The header fields of conference events: conference data, member data,
//! channel and caller fields, as mod_conference and the core fill them.

use super::*;

pub(super) fn add_conference_data(e: &mut Event, c: &Conference) {
    let h = &mut e.headers;
    h.push("Conference-Name", &c.ext.name);
    h.push("Conference-Domain", &c.domain);
    h.push("Conference-Size", &c.members.len().to_string());
    h.push("Conference-Ghosts", "0");
    h.push("Conference-Profile-Name", &c.ext.profile);
    h.push("Conference-Unique-ID", &c.uuid);
}

pub(super) fn add_member_data(e: &mut Event, c: &Conference, m: &Member, hangup: Option<&str>) {
    add_conference_data(e, c);
    add_member_fields(e, c, m, c.floor == Some(m.id), hangup);
}

pub(super) fn add_member_data_floor(e: &mut Event, c: &Conference, m: &Member, floor: bool) {
    add_conference_data(e, c);
    add_member_fields(e, c, m, floor, None);
}

pub(super) fn tf(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// The member part of conference events, in the order mod_conference adds
/// it (channel data, caller profile, member flags).
pub(super) fn add_member_fields(
    e: &mut Event,
    c: &Conference,
    m: &Member,
    floor: bool,
    hangup: Option<&str>,
) {
    e.headers.push("Floor", tf(floor));
    add_channel_fields(e, c, m, hangup);
    add_caller_fields(e, c, m);
    let h = &mut e.headers;
    h.push("Video", "false");
    h.push("Hear", tf(m.hear));
    h.push("See", "true");
    h.push("Speak", tf(m.speak));
    h.push("Talking", tf(m.talking));
    h.push("Mute-Detect", tf(m.mute_detect));
    h.push("Hold", "false");
    h.push("Member-ID", &m.id.to_string());
    h.push(
        "Member-Type",
        if m.moderator { "moderator" } else { "member" },
    );
    h.push("Member-Ghost", "false");
    h.push("Energy-Level", &m.energy.to_string());
    h.push("Current-Energy", "0");
}

pub(super) fn channel_name(c: &Conference, m: &Member) -> String {
    match &m.outbound {
        Some(o) => o.channel.clone(),
        None => format!("sofia/internal/{}@{}", m.user, c.domain),
    }
}

pub(super) fn add_channel_fields(e: &mut Event, c: &Conference, m: &Member, hangup: Option<&str>) {
    let chan = channel_name(c, m);
    let rate = c.rate.to_string();
    let write_codec = if c.rate >= 48000 { "opus" } else { "G722" };
    let direction = if m.outbound.is_some() {
        "outbound"
    } else {
        "inbound"
    };
    // A channel being moved by an inline dialplan is back in CS_ROUTING (2).
    let moving = m.xfer.as_ref().is_some_and(|x| !x.arrived);
    let h = &mut e.headers;
    h.push("Channel-State", "CS_EXECUTE");
    h.push("Channel-Call-State", "ACTIVE");
    h.push(
        "Channel-State-Number",
        match (hangup.is_some(), moving) {
            (true, _) => "10",
            (false, true) => "2",
            _ => "4",
        },
    );
    h.push("Channel-Name", &chan);
    h.push("Unique-ID", &m.uuid);
    h.push("Call-Direction", direction);
    h.push("Presence-Call-Direction", direction);
    h.push("Channel-HIT-Dialplan", "true");
    if m.outbound.is_some() {
        h.push("Channel-Presence-ID", &format!("{}@{}", m.user, c.domain));
    }
    h.push("Channel-Call-UUID", &m.uuid);
    h.push(
        "Answer-State",
        if hangup.is_some() {
            "hangup"
        } else {
            "answered"
        },
    );
    if let Some(cause) = hangup {
        h.push("Hangup-Cause", cause);
    }
    h.push("Channel-Read-Codec-Name", "L16");
    h.push("Channel-Read-Codec-Rate", &rate);
    h.push("Channel-Read-Codec-Bit-Rate", &(c.rate * 16).to_string());
    h.push("Channel-Write-Codec-Name", write_codec);
    h.push("Channel-Write-Codec-Rate", &rate);
    h.push("Channel-Write-Codec-Bit-Rate", "64000");
}

/// The caller profile: an inbound phone's own, or the one `originate` made
/// for a dialed member (callee as caller id, the conference's id as origin).
pub(super) fn add_caller_fields(e: &mut Event, c: &Conference, m: &Member) {
    let chan = channel_name(c, m);
    let h = &mut e.headers;
    let direction = if m.outbound.is_some() {
        "outbound"
    } else {
        "inbound"
    };
    h.push("Caller-Direction", direction);
    // A transfer gives the call a new caller profile, logically inbound
    // (session-dial: a dialed member moved by `transfer`).
    let logical = if m.xfer.is_some() {
        "inbound"
    } else {
        direction
    };
    h.push("Caller-Logical-Direction", logical);
    let moving = m.xfer.as_ref().filter(|x| !x.arrived);
    add_caller_ids(h, m);
    h.push("Caller-Network-Addr", "127.0.0.1");
    let ani = m
        .outbound
        .as_ref()
        .map_or(&m.caller_number, |o| &o.cid_number);
    h.push("Caller-ANI", ani);
    h.push(
        "Caller-Destination-Number",
        moving.map_or(&m.dest_number, |x| &x.target),
    );
    h.push("Caller-Unique-ID", &m.uuid);
    h.push(
        "Caller-Source",
        if m.outbound.is_some() {
            "src/switch_ivr_originate.c"
        } else {
            "mod_sofia"
        },
    );
    if let Some(x) = &m.xfer {
        h.push("Caller-Transfer-Source", &x.source);
    }
    h.push("Caller-Context", &m.context);
    if moving.is_some() {
        h.push("Caller-RDNIS", &m.dest_number);
    }
    h.push("Caller-Channel-Name", &chan);
    h.push(
        "Caller-Profile-Index",
        if m.xfer.is_some() { "2" } else { "1" },
    );
    add_caller_times(h, m);
    h.push("Caller-Screen-Bit", "true");
    h.push("Caller-Privacy-Hide-Name", "false");
    h.push("Caller-Privacy-Hide-Number", "false");
}

/// Who calls: the phone's own ids, or for a dialed member the callee as
/// caller and the conference's caller id as origin.
pub(super) fn add_caller_ids(h: &mut Headers, m: &Member) {
    match &m.outbound {
        None => {
            h.push("Caller-Username", &m.user);
            h.push(
                "Caller-Dialplan",
                if m.xfer.is_some() { "inline" } else { "XML" },
            );
            h.push("Caller-Caller-ID-Name", &m.caller_name);
            h.push("Caller-Caller-ID-Number", &m.caller_number);
            h.push("Caller-Orig-Caller-ID-Name", &m.caller_name);
            h.push("Caller-Orig-Caller-ID-Number", &m.caller_number);
        }
        Some(o) => {
            if m.xfer.is_some() {
                h.push("Caller-Dialplan", "inline");
            }
            h.push("Caller-Caller-ID-Name", &m.caller_name);
            h.push("Caller-Caller-ID-Number", &m.caller_number);
            h.push("Caller-Orig-Caller-ID-Name", &o.cid_name);
            h.push("Caller-Orig-Caller-ID-Number", &o.cid_number);
            h.push("Caller-Callee-ID-Name", &o.cid_name);
            h.push("Caller-Callee-ID-Number", &o.cid_number);
        }
    }
}

/// The call's times: `0` for what did not happen.
pub(super) fn add_caller_times(h: &mut Headers, m: &Member) {
    let created = m.created_micros.to_string();
    h.push("Caller-Profile-Created-Time", &created);
    h.push("Caller-Channel-Created-Time", &created);
    h.push("Caller-Channel-Answered-Time", &created);
    h.push(
        "Caller-Channel-Progress-Time",
        if m.outbound.is_some() { &created } else { "0" },
    );
    h.push(
        "Caller-Channel-Progress-Media-Time",
        if m.early_media { &created } else { "0" },
    );
    for t in [
        "Caller-Channel-Hangup-Time",
        "Caller-Channel-Transfer-Time",
        "Caller-Channel-Resurrect-Time",
        "Caller-Channel-Bridged-Time",
        "Caller-Channel-Last-Hold",
        "Caller-Channel-Hold-Accum",
    ] {
        h.push(t, "0");
    }
}

/// The directory data sofia adds to registration events.
pub(super) fn add_user_variables(e: &mut Event, reg: &Registration) {
    let h = &mut e.headers;
    h.push("sip_number_alias", &reg.user);
    h.push("sip_auth_username", &reg.user);
    h.push("sip_auth_realm", &reg.realm);
    h.push("number_alias", &reg.user);
    h.push("user_name", &reg.user);
    h.push("domain_name", &reg.realm);
    for (n, v) in &reg.variables {
        h.push(n, v);
    }
}
