//! FreeSWITCH's `$${name}` expansion, once, for everything that reads
//! FreeSWITCH's configuration: the config reader of `fsconn-core` and the
//! simulator's pre-processor. It lives in this crate because both depend
//! on it and it is, like the codec, a pure text rule of the switch.
//!
//! The rule is `expand_vars` of `src/switch_xml.c` (1.10): at `$${` the
//! name runs to the matching `}` (braces nest, as `switch_find_end_paren`
//! counts them; the name itself is not expanded again); the variable's
//! value replaces the whole reference, and a variable the switch does not
//! have expands to nothing; a `$${` without its closing brace is copied as
//! written and scanning goes on after its `$`.

/// Expands every `$${name}` in `text`; `lookup` gives a variable's value.
pub fn expand(text: &str, lookup: impl Fn(&str) -> Option<String>) -> String {
    if !text.contains("$${") {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut i, mut copied) = (0, 0);
    while i < bytes.len() {
        if bytes[i..].starts_with(b"$${") {
            if let Some(close) = end_paren(&bytes[i + 2..]) {
                out.push_str(&text[copied..i]);
                let name = &text[i + 3..i + 2 + close];
                if let Some(value) = lookup(name) {
                    out.push_str(&value);
                }
                i += 2 + close + 1;
                copied = i;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// The index of the `}` closing the `{` at `s[0]`, counting nested pairs.
fn end_paren(s: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    for (j, &c) in s.iter().enumerate() {
        match c {
            b'{' => depth += 1,
            b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// The variables a starting FreeSWITCH computes before it reads
/// `vars.xml` (switch_core.c; the recorded `global_getvar` lists them). A
/// reader without the running switch cannot know their values.
pub const CORE_GLOBALS: &[&str] = &[
    "hostname",
    "local_ip_v4",
    "local_mask_v4",
    "local_ip_v6",
    "switch_serial",
    "base_dir",
    "recordings_dir",
    "sound_prefix",
    "sounds_dir",
    "conf_dir",
    "log_dir",
    "run_dir",
    "db_dir",
    "mod_dir",
    "htdocs_dir",
    "script_dir",
    "temp_dir",
    "grammar_dir",
    "fonts_dir",
    "images_dir",
    "certs_dir",
    "storage_dir",
    "cache_dir",
    "data_dir",
    "localstatedir",
    "core_uuid",
    "zrtp_enabled",
    "nat_public_addr",
    "nat_private_addr",
    "nat_type",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(name: &str) -> Option<String> {
        match name {
            "domain" => Some("example.org".into()),
            "modconpin" => Some("2357".into()),
            "a{b}" => Some("nested".into()),
            _ => None,
        }
    }

    #[test]
    fn known_variables_are_replaced() {
        assert_eq!(expand("$${modconpin}", vars), "2357");
        assert_eq!(expand("sip:$${domain}:5060", vars), "sip:example.org:5060");
        assert_eq!(expand("$${domain}$${modconpin}", vars), "example.org2357");
        assert_eq!(expand("plain $ ${x} $x", vars), "plain $ ${x} $x");
    }

    #[test]
    fn unknown_variables_expand_to_nothing() {
        assert_eq!(expand("a$${x}b$${modconpin}", vars), "ab2357");
        assert_eq!(expand("$${}", vars), "");
    }

    #[test]
    fn braces_nest_and_the_name_is_not_expanded_again() {
        assert_eq!(expand("[$${a{b}}]", vars), "[nested]");
        // The name is `x$${domain}`: unknown, so nothing.
        assert_eq!(expand("[$${x$${domain}}]", vars), "[]");
    }

    #[test]
    fn an_unclosed_reference_stays_as_written() {
        assert_eq!(expand("$${open", vars), "$${open");
        assert_eq!(expand("x $${domain", vars), "x $${domain");
        // Scanning goes on after the unclosed one's `$`: the second `$${`
        // is inside the first one's braces, which never close.
        assert_eq!(expand("$${a $${domain}", vars), "$${a example.org");
        assert_eq!(expand("$${a} $${", vars), " $${");
    }
}
