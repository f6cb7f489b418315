//! The domain's values, validated once at the edge so the rest of the code can
//! trust them: a `UserId` is a number, a `ConfName` can go into a dialplan and a
//! `conference NAME ...` command, a `Mac` is 12 hex digits.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A user's id: the phone number FreeSWITCH dials and the directory file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct UserId(pub u32);

/// A conference number: the dialplan extension and the file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct ConfNum(pub u32);

macro_rules! numeric_id {
    ($t:ident, $what:literal) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
        impl From<$t> for String {
            fn from(v: $t) -> String {
                v.to_string()
            }
        }
        impl TryFrom<String> for $t {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                s.parse()
            }
        }
        impl std::str::FromStr for $t {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(format!("{} must be a number, got {:?}", $what, s));
                }
                s.parse()
                    .map($t)
                    .map_err(|_| format!("{} must be a number", $what))
            }
        }
    };
}
numeric_id!(UserId, "id");
numeric_id!(ConfNum, "num");

/// A conference name. It travels into the dialplan (`NAME@profile`), into
/// `conference NAME ...` event-socket commands and into recording file names,
/// so it is restricted to letters, digits, `_`, `-` and `.`: no spaces (they
/// split commands), no `@`/`+` (they split the conference data), no `/`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct ConfName(String);

impl ConfName {
    pub const MAX_LEN: usize = 64;

    pub fn parse(s: &str) -> Result<Self, String> {
        if s.is_empty() {
            return Err("name must not be empty".into());
        }
        if s.len() > Self::MAX_LEN {
            return Err(format!("name is longer than {} characters", Self::MAX_LEN));
        }
        if s.starts_with(['.', '-']) {
            return Err("name must start with a letter, digit or '_'".into());
        }
        if let Some(c) = s
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
        {
            return Err(format!(
                "name may only contain letters, digits, '_', '-' and '.' (found {c:?}); use '_' instead of spaces"
            ));
        }
        Ok(ConfName(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ConfName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A Polycom MAC address, normalised to lower-case hex, or `none`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PolyMac {
    None,
    Mac(String),
}

impl PolyMac {
    pub fn parse(s: &str) -> Result<Self, String> {
        if s == "none" {
            return Ok(PolyMac::None);
        }
        let hex: String = s.chars().filter(|c| !matches!(c, ':' | '-')).collect();
        if hex.len() == 12 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            Ok(PolyMac::Mac(hex.to_ascii_lowercase()))
        } else {
            Err(format!(
                "polymac must be 12 hex digits (e.g. 0004f2a1b2c3) or \"none\", got {s:?}"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            PolyMac::None => "none",
            PolyMac::Mac(m) => m,
        }
    }
}

/// Free text that ends up in an XML attribute and in FreeSWITCH variables.
/// XML escaping makes `"`, `<`, `&` harmless; what escaping cannot make
/// harmless is refused: control characters (FreeSWITCH's XML pre-processor
/// and SIP headers are line based) and `${` (FreeSWITCH would expand it as a
/// variable, so the value read back would differ from the value written).
pub fn check_text(field: &str, value: &str, max: usize) -> Result<(), String> {
    if value.is_empty() {
        return Err(format!("{field} must not be empty"));
    }
    if value.chars().count() > max {
        return Err(format!("{field} is longer than {max} characters"));
    }
    if let Some(c) = value.chars().find(|c| c.is_control()) {
        return Err(format!(
            "{field} must not contain control characters (found {c:?})"
        ));
    }
    check_xml_chars(field, value)?;
    if value.contains("${") {
        return Err(format!(
            "{field} must not contain \"${{\" (FreeSWITCH would expand it as a variable)"
        ));
    }
    Ok(())
}

/// Whether XML 1.0 lets `c` appear in a document (its `Char` production),
/// and it is not a Unicode non-character (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF):
/// parsers may refuse those, and FreeSWITCH's would stop at the file.
pub fn is_xml_char(c: char) -> bool {
    let n = c as u32;
    let allowed = matches!(c, '\t' | '\n' | '\r')
        || (0x20..=0xD7FF).contains(&n)
        || (0xE000..=0xFFFD).contains(&n)
        || (0x10000..=0x10FFFF).contains(&n);
    let nonchar = (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE;
    allowed && !nonchar
}

/// Refuse a value that could not be written into an XML file as itself.
pub fn check_xml_chars(field: &str, value: &str) -> Result<(), String> {
    match value.chars().find(|c| !is_xml_char(*c)) {
        Some(c) => Err(format!(
            "{field} must not contain U+{:04X} (not allowed in XML 1.0)",
            c as u32
        )),
        None => Ok(()),
    }
}

/// A user's name is also the login for HTTP digest auth and the WebSocket's
/// `login=NAME:PASSWORD`, so a `:` would make the login ambiguous.
pub fn check_user_name(value: &str) -> Result<(), String> {
    check_text("name", value, 64)?;
    if value.contains(':') {
        return Err("name must not contain ':' (it separates name and password in logins)".into());
    }
    if value.trim() != value {
        return Err("name must not start or end with white space".into());
    }
    Ok(())
}

/// The original's rule, kept: something@something.something.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !value.chars().any(char::is_whitespace)
        && domain
            .split_once('.')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !b.ends_with('.'))
}

/// A conference pin is typed on a phone's keypad.
pub fn check_conpin(value: &str) -> Result<(), String> {
    if value.is_empty() || value.len() > 16 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("conpin must be 1 to 16 digits, got {value:?}"));
    }
    Ok(())
}

pub fn check_password(value: &str) -> Result<(), String> {
    check_text("password", value, 128)?;
    if value.chars().any(char::is_whitespace) {
        return Err("password must not contain white space".into());
    }
    Ok(())
}

/// A new random password: letters and digits, as the original generated.
pub fn generate_password() -> String {
    use rand::{distributions::Alphanumeric, Rng};
    rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(12)
        .map(char::from)
        .collect()
}

/// A directory user as FreeSWITCH's files hold it. Values are the literal
/// text of the file (`$${modconpin}` stays as written); `present` expands
/// pre-processor variables for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub password: String,
    pub conpin: String,
    pub context: String,
    pub name: String,
    pub email: String,
    pub polymac: String,
    /// `conf_flags` as written; kept so a rebuild does not lose hand edits.
    pub conf_flags: Option<String>,
}

/// The API's user object, in the API's key order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct UserView {
    pub id: String,
    pub password: String,
    pub conpin: String,
    pub context: String,
    pub name: String,
    pub email: String,
    pub polymac: String,
}

/// A dialplan conference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conference {
    pub num: ConfNum,
    pub name: String,
    pub conftype: String,
    pub context: String,
    /// Its own settings, read from its dialplan file (default: none).
    pub settings: crate::confsettings::ConferenceSettings,
}

/// The API's conference object, in the API's key order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ConferenceView {
    pub num: String,
    pub name: String,
    #[serde(rename = "type")]
    pub conftype: String,
    pub context: String,
}

impl From<&Conference> for ConferenceView {
    fn from(c: &Conference) -> Self {
        ConferenceView {
            num: c.num.to_string(),
            name: c.name.clone(),
            conftype: c.conftype.clone(),
            context: c.context.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conference_names_that_could_split_a_command_are_refused() {
        assert!(ConfName::parse("team_g722").is_ok());
        assert!(ConfName::parse("Test-1.a").is_ok());
        for bad in [
            "", "a b", "a\nb", "a@b", "a+b", "a/b", "../x", "-x", "ä", "a;b",
        ] {
            assert!(ConfName::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn macs_are_normalised() {
        assert_eq!(
            PolyMac::parse("0004F2-A1B2C3").unwrap().as_str(),
            "0004f2a1b2c3"
        );
        assert_eq!(PolyMac::parse("none").unwrap(), PolyMac::None);
        assert!(PolyMac::parse("0004f2a1b2c").is_err());
        assert!(PolyMac::parse("0004f2a1b2cg").is_err());
    }

    #[test]
    fn emails_need_a_domain_with_a_dot() {
        assert!(is_email("foo@bar.baz"));
        for bad in [
            "foo", "foo@bar", "@bar.baz", "foo@.baz", "a b@c.d", "a@b@c.d", "foo@bar.",
        ] {
            assert!(!is_email(bad), "{bad:?} accepted");
        }
    }

    #[test]
    fn text_with_controls_or_variables_is_refused() {
        assert!(check_text("name", "x\"/><variable", 64).is_ok());
        assert!(check_text("name", "a\nb", 64).is_err());
        assert!(check_text("name", "a${x}", 64).is_err());
        assert!(check_user_name("a:b").is_err());
    }

    #[test]
    fn what_xml_1_0_cannot_hold_is_refused_naming_the_field() {
        for bad in [
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{FDD0}',
            '\u{FDEF}',
            '\u{1FFFE}',
            '\u{10FFFF}',
        ] {
            let e = check_text("email", &format!("a{bad}@b.c"), 64).unwrap_err();
            assert!(e.starts_with("email must not contain U+"), "{e}");
        }
        for good in ['\u{FFFD}', '\u{E000}', '\u{10000}', 'ä', '\u{1F600}'] {
            assert!(
                check_text("name", &format!("a{good}"), 64).is_ok(),
                "{good:?}"
            );
        }
    }

    #[test]
    fn ids_are_plain_numbers() {
        assert_eq!("20000".parse::<UserId>().unwrap(), UserId(20000));
        assert!("20000 ".parse::<UserId>().is_err());
        assert!("-1".parse::<UserId>().is_err());
        assert!("".parse::<UserId>().is_err());
    }
}
