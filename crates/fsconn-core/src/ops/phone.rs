//! What the console's phone needs to register and join: the signed-in
//! user's own SIP credentials and conference PIN, the WebSocket address of
//! FreeSWITCH's SIP over WSS, and the conferences the user may enter.
//!
//! The console signs in with a session cookie and does not keep the
//! password, so it asks for these over the session each time the phone
//! starts (`GET /api/phone`, never cached). It is the same secret `/userinfo`
//! already gives the same user; nobody else's.

use super::answer::Globals;
use crate::fsconf::State;
use crate::model::UserView;
use crate::settings::{Settings, SipWss};
use serde::{Deserialize, Serialize};

/// `GET /api/phone`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PhoneAnswer {
    #[schema(pattern = "^phone$")]
    pub op: String,
    /// The SIP user name: the directory id.
    pub user: String,
    /// The SIP password (digest auth of REGISTER and INVITE).
    pub password: String,
    /// The user's own conference PIN, sent as DTMF when a conference asks.
    pub conpin: String,
    pub name: String,
    /// The SIP domain (FreeSWITCH's `domain`, else `hostname`).
    pub domain: String,
    /// Where to register; absent when the server offers no phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wss_url: Option<String>,
    /// Why there is no `wss_url`, in words for the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unavailable: Option<String>,
    /// The conferences the user may enter, with the audio codecs to offer
    /// first.
    pub conferences: Vec<PhoneConference>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PhoneConference {
    pub num: String,
    pub name: String,
    #[serde(rename = "type")]
    pub conftype: String,
    pub context: String,
    /// Codec names (as in SDP, lower case) in the order the browser offers
    /// them: Opus first where the type allows wideband, G.722 first for a
    /// 16 kHz type. The switch's `absolute_codec_string` decides in the end.
    pub codecs: Vec<String>,
}

/// The phone of `user` (a presented directory user).
pub fn phone(user: &UserView, state: &State, globals: &Globals, s: &Settings) -> PhoneAnswer {
    let (wss_url, unavailable) = match wss_url(s, globals) {
        Ok(u) => (Some(u), None),
        Err(why) => (None, Some(why)),
    };
    let domain = known(globals.get("domain"))
        .unwrap_or(&s.hostname)
        .to_string();
    let mine = s.context(&user.context);
    let conferences = state
        .conferences
        .iter()
        .filter(|c| {
            let theirs = s.context(&c.context);
            matches!((mine, theirs), (Some(m), Some(t)) if m.sees(t))
        })
        .map(|c| PhoneConference {
            num: c.num.to_string(),
            name: c.name.clone(),
            codecs: codecs(&c.conftype),
            conftype: c.conftype.clone(),
            context: c.context.clone(),
        })
        .collect();
    PhoneAnswer {
        op: "phone".into(),
        user: user.id.clone(),
        password: user.password.clone(),
        conpin: user.conpin.clone(),
        name: user.name.clone(),
        domain,
        wss_url,
        unavailable,
        conferences,
    }
}

/// A global's value, unless empty or still an unexpanded `$${var}`.
fn known(v: Option<&String>) -> Option<&String> {
    v.filter(|v| !v.trim().is_empty() && !v.contains("$${"))
}

/// The WebSocket address of the switch's SIP over WSS, or why there is none.
/// Built from settings only (`serve.sip_wss_url`, or `hostname` and the port
/// of `wss_binding`), never from a request header: the address also goes
/// into the console's Content-Security-Policy.
pub fn wss_url(s: &Settings, globals: &Globals) -> Result<String, String> {
    match &s.sip_wss_url {
        SipWss::Url(u) => Ok(u.clone()),
        SipWss::Off(why) => Err(why.clone()),
        SipWss::Announced => {
            let binding = known(globals.get("wss_binding")).ok_or_else(|| {
                "FreeSWITCH announces no SIP over WebSocket (its wss_binding is not set), and serve.sip_wss_url is not set".to_string()
            })?;
            let port = binding
                .rsplit(':')
                .next()
                .and_then(|p| p.trim().parse::<u16>().ok())
                .filter(|p| *p != 0)
                .ok_or_else(|| format!("wss_binding {binding:?} names no port"))?;
            let text = format!("wss://{}:{port}", s.hostname);
            match SipWss::parse(&text) {
                Ok(SipWss::Url(u)) => Ok(u.trim_end_matches('/').to_string()),
                _ => Err(format!(
                    "hostname {:?} cannot be used in a wss:// address",
                    s.hostname
                )),
            }
        }
    }
}

/// The origin of a `wss://` address (`scheme://host:port`), for the CSP's
/// `connect-src`.
pub fn origin(wss_url: &str) -> Option<String> {
    let u = url::Url::parse(wss_url).ok()?;
    let host = u.host_str()?;
    let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
    Some(format!("{}://{host}{port}", u.scheme()))
}

/// The audio codecs to offer first for a conference type: a type named for
/// 16 kHz or less (`16kHz-novideo`) gets G.722 first, anything else Opus.
pub fn codecs(conftype: &str) -> Vec<String> {
    let khz: Option<u32> = conftype
        .to_ascii_lowercase()
        .split_once("khz")
        .and_then(|(n, _)| n.rsplit(|c: char| !c.is_ascii_digit()).next()?.parse().ok());
    let list: &[&str] = match khz {
        Some(k) if k <= 16 => &["G722", "opus", "PCMU", "PCMA"],
        _ => &["opus", "G722", "PCMU", "PCMA"],
    };
    list.iter().map(|c| c.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn globals(pairs: &[(&str, &str)]) -> Globals {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_address_comes_from_the_hostname_and_the_binding_port() {
        let mut s = Settings::defaults();
        s.hostname = "conf.example.org".into();
        let g = globals(&[("wss_binding", ":7443")]);
        assert_eq!(wss_url(&s, &g).unwrap(), "wss://conf.example.org:7443");
        let g = globals(&[("wss_binding", "192.0.2.10:7443")]);
        assert_eq!(wss_url(&s, &g).unwrap(), "wss://conf.example.org:7443");
        for bad in ["", "$${wss_binding}", ":x", ":0"] {
            let g = globals(&[("wss_binding", bad)]);
            assert!(wss_url(&s, &g).is_err(), "{bad:?}");
        }
        s.hostname = "evil.example; script-src *".into();
        let g = globals(&[("wss_binding", ":7443")]);
        assert!(wss_url(&s, &g).is_err());
    }

    #[test]
    fn the_setting_wins_and_off_says_why() {
        let mut s = Settings::defaults();
        s.sip_wss_url = SipWss::parse("wss://sip.example.org/ws").unwrap();
        assert_eq!(
            wss_url(&s, &Globals::default()).unwrap(),
            "wss://sip.example.org/ws"
        );
        s.sip_wss_url = SipWss::parse("off").unwrap();
        assert!(wss_url(&s, &globals(&[("wss_binding", ":7443")]))
            .unwrap_err()
            .contains("serve.sip_wss_url"));
    }

    #[test]
    fn settings_refuse_what_would_break_the_csp_or_leak() {
        for bad in [
            "https://sip.example.org",
            "wss://user:pw@sip.example.org",
            "wss://sip.example.org/?a=1",
            "wss://sip.example.org/#x",
            "wss://sip.example.org;'unsafe-eval'",
            "not a url",
            "wss://",
        ] {
            let e = SipWss::parse(bad).unwrap_err().to_string();
            assert!(e.contains("serve.sip_wss_url"), "{bad}: {e}");
        }
        assert_eq!(
            origin("wss://sip.example.org:8443/ws").as_deref(),
            Some("wss://sip.example.org:8443")
        );
        assert_eq!(
            origin("wss://sip.example.org/ws").as_deref(),
            Some("wss://sip.example.org")
        );
    }

    #[test]
    fn wideband_types_offer_opus_and_16k_types_g722_first() {
        assert_eq!(codecs("16kHz-novideo")[0], "G722");
        assert_eq!(codecs("8kHz")[0], "G722");
        assert_eq!(codecs("48kHz-video")[0], "opus");
        assert_eq!(codecs("default")[0], "opus");
    }
}
