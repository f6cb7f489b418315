//! The OpenAPI 3.1 document of every HTTP route, built from the same
//! `utoipa-axum` routers that serve the routes: a handler is registered with
//! `routes!` together with its `#[utoipa::path]` description, so a route
//! cannot exist undocumented. Served at `GET /api/openapi.json` and
//! committed as `docs/openapi.json` (a test keeps the two equal).

pub mod answers;

use super::AppState;
use crate::ops::answer::ErrorAnswer;
use std::collections::BTreeMap;
use std::sync::OnceLock;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, RefOr, Response, ResponseBuilder};
use utoipa::{IntoResponses, Modify, OpenApi, PartialSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "fsconn",
        description = "The HTTP API of `fsconn serve`: wire-compatible with the original \
Node.js connector (same paths, bodies and answers), plus sign-in sessions, live controls \
over REST, health, status and metrics. Routes are grouped by the context role that may use \
them: `team` (role api_allow), `friends` (allow) and `public` (disallow); a role may use \
everything a lower one may. The live conference state is a WebSocket at `/api/live`, its \
messages are described in docs/live-protocol.md."
    ),
    modifiers(&Security),
    components(schemas(ErrorAnswer, answers::WrongContext)),
    tags(
        (name = "users", description = "FreeSWITCH directory users (team)"),
        (name = "conferences", description = "Dialplan conferences (team)"),
        (name = "recordings", description = "Conference recordings"),
        (name = "config", description = "Backup and restore of FreeSWITCH's config (team)"),
        (name = "info", description = "State, status and diagnostics"),
        (name = "views", description = "What every known user may read"),
        (name = "phones", description = "Phone provisioning"),
        (name = "live", description = "Live conferences"),
        (name = "session", description = "Web console sign-in"),
        (name = "account", description = "A signed-in user's own account (every context)"),
        (name = "operations", description = "Health, metrics and this document"),
        (name = "nodes", description = "What FreeSWITCH cluster nodes fetch (mod_xml_curl); node credentials only"),
    )
)]
struct ApiDoc;

/// The ways to authenticate: digest auth as a user of a context of each
/// role, the console's session cookie, and the WebSocket's `?login=`.
struct Security;

impl Modify for Security {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        let c = api.components.get_or_insert_with(Default::default);
        for (name, who) in [
            ("team", "a user of a context with role api_allow (the team)"),
            ("friends", "a user of a context with role allow (friends)"),
            (
                "public",
                "a user of a context with role disallow (the public)",
            ),
        ] {
            let scheme = HttpBuilder::new()
                .scheme(HttpAuthScheme::Digest)
                .description(Some(format!(
                    "HTTP digest auth (MD5, qop=auth) as {who}; the user name is the \
                     directory user's name, the password its SIP password"
                )))
                .build();
            c.add_security_scheme(name, SecurityScheme::Http(scheme));
        }
        c.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                super::session::COOKIE_NAME,
                "The web console's session (POST /api/session); the user's own context decides \
                 what it may use, as with digest auth",
            ))),
        );
        let node = HttpBuilder::new()
            .scheme(HttpAuthScheme::Basic)
            .description(Some(
                "HTTP basic auth with a [[node]]'s xml_curl_user and xml_curl_password (mod_xml_curl's \
                 gateway-credentials); users' logins and sessions are not accepted",
            ))
            .build();
        c.add_security_scheme("node", SecurityScheme::Http(node));
        c.add_security_scheme(
            "login",
            SecurityScheme::ApiKey(ApiKey::Query(ApiKeyValue::with_description(
                "login",
                "`NAME:PASSWORD` on the WebSocket URL, as the original's clients send it",
            ))),
        );
    }
}

/// A JSON error answer with `description`.
fn error(description: &str) -> RefOr<Response> {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
                    "ErrorAnswer",
                ))))
                .build(),
        )
        .into()
}

/// Refusals of the login: a digest challenge (`text/plain`, with
/// `WWW-Authenticate`), a JSON error (console requests, wrong WebSocket
/// login) or `{"error":"wrong context"}` for a known user whose context may
/// not use the route; 429 while a client or name is locked out. And 500,
/// which any route that reads or writes files may answer.
pub struct AuthErrors;

impl IntoResponses for AuthErrors {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let json = utoipa::openapi::schema::OneOfBuilder::new()
            .item(RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
                "ErrorAnswer",
            )))
            .item(RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
                "WrongContext",
            )));
        let unauthorized = ResponseBuilder::new()
            .description(
                "Not authenticated (digest challenge in WWW-Authenticate, body `Unauthorized`), \
                 or the user's context may not use this route",
            )
            .content(
                "text/plain",
                ContentBuilder::new().schema(Some(String::schema())).build(),
            )
            .content(
                "application/json",
                ContentBuilder::new().schema(Some(json)).build(),
            )
            .into();
        BTreeMap::from([
            ("401".to_string(), unauthorized),
            (
                "429".to_string(),
                error("Too many failed logins from this address or for this name (Retry-After)"),
            ),
            (
                "500".to_string(),
                error("fsconn could not do it (a file, the settings); the message says why"),
            ),
        ])
    }
}

/// Refusals of a request body, before anything runs.
pub struct BodyErrors;

impl IntoResponses for BodyErrors {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        BTreeMap::from([
            (
                "400".to_string(),
                error("The body is not valid JSON or violates the schema (the message names the field)"),
            ),
            (
                "403".to_string(),
                error("A browser request started by another site"),
            ),
            ("413".to_string(), error("The body is over serve.body_limit")),
            (
                "415".to_string(),
                error("Content-Type is not application/json"),
            ),
        ])
    }
}

/// FreeSWITCH is needed and not connected.
pub struct Unavailable;

impl IntoResponses for Unavailable {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        BTreeMap::from([(
            "503".to_string(),
            error("FreeSWITCH is not reachable; nothing was written"),
        )])
    }
}

/// Every route of the API port with its description.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(super::health::healthz))
        .routes(routes!(openapi_json))
        .routes(routes!(super::live::handler))
        .merge(super::api::routes())
        .merge(super::backups::routes())
        .merge(super::audit_view::routes())
        .merge(super::active::routes())
        .merge(super::views::routes())
        .merge(super::session::routes())
        .merge(super::account::routes())
        .merge(super::phones::routes())
        .merge(super::xml_curl::routes())
}

/// The document: the API port's routes and the metrics listener's.
pub fn document() -> &'static utoipa::openapi::OpenApi {
    static DOC: OnceLock<utoipa::openapi::OpenApi> = OnceLock::new();
    DOC.get_or_init(|| {
        let mut doc = routes().into_openapi();
        let mut metrics = super::metrics::routes().into_openapi();
        for item in metrics.paths.paths.values_mut() {
            item.servers = Some(vec![utoipa::openapi::server::ServerBuilder::new()
                .url("http://{metrics_listen}")
                .description(Some(
                    "The metrics listener (serve.metrics_listen), not the API port",
                ))
                .parameter(
                    "metrics_listen",
                    utoipa::openapi::server::ServerVariableBuilder::new()
                        .default_value("127.0.0.1:9100")
                        .description(Some("serve.metrics_listen")),
                )
                .build()]);
        }
        doc.merge(metrics);
        // OpenAPI has no wildcard segments: `{*file}` is `{file}` there
        // (its description says it may hold slashes).
        let paths = std::mem::take(&mut doc.paths.paths);
        doc.paths.paths = paths
            .into_iter()
            .map(|(p, item)| (p.replace("{*", "{"), item))
            .collect();
        doc
    })
}

/// The document as served and committed (pretty JSON, one trailing newline).
pub fn document_json() -> String {
    let mut s = document()
        .to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// This document. No login: it describes the API, not its data.
#[utoipa::path(
    get,
    path = "/api/openapi.json",
    tag = "operations",
    responses((status = 200, description = "The OpenAPI 3.1 document of this API", content_type = "application/json", body = Object))
)]
async fn openapi_json() -> axum::response::Response {
    static BYTES: OnceLock<axum::body::Bytes> = OnceLock::new();
    let b = BYTES.get_or_init(|| axum::body::Bytes::from(document_json()));
    super::api::json_bytes(b.clone())
}

#[cfg(test)]
mod tests {
    /// Routes are only added with `routes!` (documented); a plain axum
    /// `.route(...)` would serve a path the document does not show.
    #[test]
    fn no_route_bypasses_the_document() {
        let sources = [
            include_str!("api.rs"),
            include_str!("active.rs"),
            include_str!("views.rs"),
            include_str!("session.rs"),
            include_str!("phones.rs"),
            include_str!("health.rs"),
            include_str!("live.rs"),
            include_str!("metrics.rs"),
            include_str!("xml_curl.rs"),
            include_str!("mod.rs"),
        ];
        for s in sources {
            assert!(!s.contains(".route("), "a route outside routes!()");
            assert!(!s.contains("axum::routing::"), "a route outside routes!()");
        }
    }

    #[test]
    fn the_document_has_every_route_of_the_api_and_metrics() {
        let doc = super::document();
        for p in [
            "/api/users",
            "/polycom/{file}",
            "/api/live",
            "/metrics",
            "/",
        ] {
            assert!(doc.paths.paths.contains_key(p), "{p}");
        }
        assert!(!super::document_json().contains("{*"));
    }
}
