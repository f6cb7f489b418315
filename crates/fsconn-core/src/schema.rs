//! The API's request schemas (`schemas/*.json`), shared by the CLI's `--file`
//! input and the server's POST bodies, so both refuse exactly the same input
//! with the same message.

use crate::error::{Error, Result};
use serde_json::Value;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    UsersAdd,
    UsersMod,
    UsersDel,
    ConferencesAdd,
    ConferencesMod,
    ConferencesDel,
    ConferencesSettings,
    RecordingsDel,
}

impl Body {
    const ALL: [Body; 8] = [
        Body::UsersAdd,
        Body::UsersMod,
        Body::UsersDel,
        Body::ConferencesAdd,
        Body::ConferencesMod,
        Body::ConferencesDel,
        Body::ConferencesSettings,
        Body::RecordingsDel,
    ];

    fn source(self) -> &'static str {
        match self {
            Body::UsersAdd => include_str!("../../../schemas/users-add.json"),
            Body::UsersMod => include_str!("../../../schemas/users-mod.json"),
            Body::UsersDel => include_str!("../../../schemas/users-del.json"),
            Body::ConferencesAdd => include_str!("../../../schemas/conferences-add.json"),
            Body::ConferencesMod => include_str!("../../../schemas/conferences-mod.json"),
            Body::ConferencesDel => include_str!("../../../schemas/conferences-del.json"),
            Body::ConferencesSettings => {
                include_str!("../../../schemas/conferences-settings.json")
            }
            Body::RecordingsDel => include_str!("../../../schemas/recordings-del.json"),
        }
    }
}

fn validators() -> &'static Vec<jsonschema::Validator> {
    static V: OnceLock<Vec<jsonschema::Validator>> = OnceLock::new();
    V.get_or_init(|| {
        Body::ALL
            .iter()
            .map(|b| {
                let schema: Value =
                    serde_json::from_str(b.source()).expect("built-in schema is valid JSON"); // ok: compiled-in constant, covered by tests
                jsonschema::draft7::new(&schema).expect("built-in schema compiles")
                // ok: same
            })
            .collect()
    })
}

/// Check `value` against the schema of `body`. The error names the failing
/// place as a JSON pointer into the body (`/0/name`) and the reason.
pub fn validate(body: Body, value: &Value) -> Result<()> {
    let idx = Body::ALL.iter().position(|b| *b == body).unwrap_or(0);
    let v = &validators()[idx];
    if let Some(err) = v.iter_errors(value).next() {
        let path = err.instance_path.to_string();
        let path = if path.is_empty() {
            "body".to_string()
        } else {
            format!("body{path}")
        };
        let msg = match &err.kind {
            jsonschema::error::ValidationErrorKind::Type { .. } if path == "body" => {
                "body should be array".to_string()
            }
            _ => format!("{path}: {err}"),
        };
        return Err(Error::Input(msg));
    }
    Ok(())
}

/// Parse JSON text and validate it.
pub fn parse(body: Body, text: &str) -> Result<Value> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| Error::Input(format!("not valid JSON: {e}")))?;
    validate(body, &value)?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn all_schemas_compile() {
        assert_eq!(validators().len(), Body::ALL.len());
    }

    #[test]
    fn errors_name_the_path() {
        let e = validate(Body::UsersAdd, &json!([{"name": "a", "email": "a@b.c"}])).unwrap_err();
        assert!(e.to_string().contains("context"), "{e}");
        let e = validate(
            Body::UsersAdd,
            &json!([{"name": 5, "email": "a@b.c", "context": "team"}]),
        )
        .unwrap_err();
        assert!(e.to_string().contains("body/0/name"), "{e}");
        let e = validate(Body::UsersDel, &json!({"id": "1"})).unwrap_err();
        assert!(e.to_string().contains("body should be array"), "{e}");
        let e = validate(Body::UsersDel, &json!([{"id": "1", "x": 1}])).unwrap_err();
        assert!(e.to_string().contains("x"), "{e}");
        assert!(validate(Body::ConferencesDel, &json!([{"num": "30000"}])).is_ok());
    }
}
