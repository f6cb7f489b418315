//! What a call's media does beyond joining: how its phone sends DTMF (RFC
//! 2833 or SIP INFO, and whether the profile listens to INFO), whether the
//! phone takes or requires SRTP when the conference calls it, and what
//! happens when its media stops (`media_timeout`). The simulator is no SIP
//! server: the `sim` commands say what the phone does, and the switch's
//! answer follows its configuration (docs/real-freeswitch.md section 4).

use super::*;

/// How a phone sends the digits a caller types.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum DtmfKind {
    /// RTP telephone-events: every profile takes them.
    #[default]
    Rfc2833,
    /// SIP INFO `application/dtmf-relay` (the original web client's
    /// phone): taken only with `liberal-dtmf` (or `dtmf-type=info`).
    Info,
}

/// What a registered phone does with the media a call offers it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum PhoneSrtp {
    /// Takes plain RTP and SRTP (SIPp, most softphones).
    #[default]
    Optional,
    /// Refuses plain RTP/AVP with 488 (phones fsconn provisions while
    /// `secure_media` is mandatory).
    Mandatory,
    /// Refuses an SRTP-only offer (a phone without SRTP).
    No,
}

/// The `key=value` words of a `sim` command, taken out before its
/// positional words are matched.
#[derive(Debug, Default)]
pub(super) struct CallOpts {
    /// `pin=DIGITS[,DIGITS...]`: what the caller types at the PIN prompt.
    pub pin: Option<String>,
    /// `call-id=ID`: the SIP Call-ID a phone registers with.
    pub call_id: Option<String>,
    /// `srtp=optional|mandatory|no`: the phone's SRTP setting.
    pub srtp: Option<PhoneSrtp>,
    /// `dtmf=rfc2833|info`: how the phone sends digits.
    pub dtmf: DtmfKind,
    /// A word that looked like an option but had a bad value.
    pub bad: Option<String>,
}

impl CallOpts {
    /// Takes `word` if it is an option; false for positional words.
    pub fn take(&mut self, word: &str) -> bool {
        let Some((key, value)) = word.split_once('=') else {
            return false;
        };
        match (key, value) {
            ("pin", v) => self.pin = Some(v.to_string()),
            ("call-id", v) => self.call_id = Some(v.to_string()),
            ("srtp", "optional") => self.srtp = Some(PhoneSrtp::Optional),
            ("srtp", "mandatory") => self.srtp = Some(PhoneSrtp::Mandatory),
            ("srtp", "no") => self.srtp = Some(PhoneSrtp::No),
            ("dtmf", "rfc2833") => self.dtmf = DtmfKind::Rfc2833,
            ("dtmf", "info") => self.dtmf = DtmfKind::Info,
            ("srtp" | "dtmf", _) => self.bad = Some(word.to_string()),
            _ => return false,
        }
        true
    }
}

/// What the conference's originate asks for: the `{var=value,...}` prefix
/// of a dial endpoint, and the endpoint after it.
pub(super) fn originate_vars(endpoint: &str) -> (Vec<(String, String)>, &str) {
    let Some(rest) = endpoint.strip_prefix('{') else {
        return (Vec::new(), endpoint);
    };
    let Some((inner, after)) = rest.split_once('}') else {
        return (Vec::new(), endpoint);
    };
    let vars = inner
        .split(',')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    (vars, after)
}

/// The outcome of offering a call to a phone: mod_sofia offers only
/// RTP/SAVP when `rtp_secure_media` is mandatory (or true), both when
/// optional, plain RTP/AVP without it (whatever the dialplan set for calls
/// in: an originate runs no dialplan). A phone that cannot take the offer
/// answers 488, which the originate reports as INCOMPATIBLE_DESTINATION.
pub(super) fn offer_result(vars: &[(String, String)], phone: PhoneSrtp) -> &'static str {
    let secure = vars
        .iter()
        .find(|(k, _)| k == "rtp_secure_media")
        .map(|(_, v)| v.split(':').next().unwrap_or("").to_ascii_lowercase());
    let srtp_only = matches!(secure.as_deref(), Some("mandatory" | "true"));
    let plain_only = !matches!(secure.as_deref(), Some("mandatory" | "true" | "optional"));
    match phone {
        PhoneSrtp::Mandatory if plain_only => "INCOMPATIBLE_DESTINATION",
        PhoneSrtp::No if srtp_only => "INCOMPATIBLE_DESTINATION",
        _ => "SUCCESS",
    }
}

/// A `media_timeout` value in milliseconds; 0 or junk is none.
pub(super) fn timeout_ms(v: &str) -> Option<u64> {
    v.trim().parse::<u64>().ok().filter(|ms| *ms > 0)
}

impl State {
    /// Whether profile `internal` (where phones and browsers call in) takes
    /// DTMF sent as SIP INFO.
    pub(super) fn takes_info_dtmf(&self) -> bool {
        let Some(p) = self
            .startup
            .profiles
            .iter()
            .find(|p| p.name == "internal" && p.running)
        else {
            return false;
        };
        let param = |n: &str| p.params.get(n).map(String::as_str).unwrap_or("");
        matches!(param("liberal-dtmf"), "true" | "yes" | "on" | "1") || param("dtmf-type") == "info"
    }

    /// Digits sent as `kind`: what reaches the call. INFO digits a profile
    /// does not take are dropped with the switch's warning, one per digit.
    pub(super) fn received_digits(&self, digits: &str, kind: DtmfKind) -> String {
        if kind == DtmfKind::Rfc2833 || self.takes_info_dtmf() {
            return digits.to_string();
        }
        for d in digits.chars().filter(|c| *c != ',') {
            tracing::warn!(
                "[WARNING] sofia.c:10146 IGNORE INFO DTMF({d}) (This channel was not configured to use INFO DTMF!)"
            );
        }
        digits.split(',').map(|_| "").collect::<Vec<_>>().join(",")
    }

    /// The `media_timeout` (ms) of a call into `ext` by `user`: the
    /// dialplan's `set` for every call of the extension's context wins over
    /// the user's directory variable, as the channel sees them at answer.
    pub(super) fn media_timeout_for(&self, ext: &ConferenceExtension, user: &User) -> Option<u64> {
        self.config
            .context_var(&ext.context, "media_timeout")
            .or_else(|| user.var("media_timeout"))
            .and_then(timeout_ms)
    }

    /// `sim vanish CONF MEMBERID`: the member's phone is gone without a
    /// BYE and sends no more media. With a `media_timeout` the switch hangs
    /// the call up after it; without, the member stays (a ghost) and only
    /// the RTP stack complains.
    pub(super) fn sim_vanish(&mut self, cx: &mut Cx, name: &str, id: u32) -> String {
        let Some(m) = self.member_mut(name, id).map(|m| m.clone()) else {
            return format!("-ERR Non-Existant ID {id}\n");
        };
        match m.media_timeout {
            Some(ms) => {
                cx.timers.push(Timer {
                    after: Duration::from_millis(ms),
                    conf: name.to_string(),
                    member: id,
                    uuid: m.uuid.clone(),
                });
                format!("+OK {id} sends no media; media_timeout {ms} ms\n")
            }
            None => {
                tracing::warn!("[WARNING] switch_rtp.c:896 No audio stun for a long time!");
                format!("+OK {id} sends no media; no media_timeout: it stays\n")
            }
        }
    }

    /// The media timeout struck: the channel hangs up (cause
    /// MEDIA_TIMEOUT) and leaves the conference like any hangup.
    pub(super) fn media_timed_out(&mut self, cx: &mut Cx, name: &str, id: u32, uuid: &str) {
        let still = self
            .conference(name)
            .is_some_and(|c| c.members.iter().any(|m| m.id == id && m.uuid == uuid));
        if !still {
            return;
        }
        tracing::warn!(
            "[WARNING] sim: member {id} of {name} received no media for its media_timeout: hangup MEDIA_TIMEOUT"
        );
        self.remove_member(cx, name, id, Some("MEDIA_TIMEOUT"), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn originate_offers_follow_rtp_secure_media() {
        let (vars, rest) =
            originate_vars("{rtp_secure_media=mandatory,media_timeout=30000}user/21000");
        assert_eq!(rest, "user/21000");
        assert_eq!(vars.len(), 2);
        assert_eq!(offer_result(&vars, PhoneSrtp::Mandatory), "SUCCESS");
        assert_eq!(
            offer_result(&vars, PhoneSrtp::No),
            "INCOMPATIBLE_DESTINATION"
        );
        let (plain, rest) = originate_vars("user/21000");
        assert_eq!((plain.len(), rest), (0, "user/21000"));
        assert_eq!(
            offer_result(&plain, PhoneSrtp::Mandatory),
            "INCOMPATIBLE_DESTINATION"
        );
        assert_eq!(offer_result(&plain, PhoneSrtp::Optional), "SUCCESS");
        let (opt, _) = originate_vars("{rtp_secure_media=optional}user/1");
        assert_eq!(offer_result(&opt, PhoneSrtp::Mandatory), "SUCCESS");
        assert_eq!(offer_result(&opt, PhoneSrtp::No), "SUCCESS");
    }
}
