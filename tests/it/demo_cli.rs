//! `fsconn demo`: one command shows the whole system working.

use crate::harness::*;
use crate::live_ws::LiveClient;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_serves_the_api_and_streams_live_events_within_seconds() {
    let env = TestEnv::new();
    let demo = Proc::start(env.cmd().args(["demo", "--listen", "127.0.0.1:0"]));
    let addr = demo.addr.clone();
    let users = tokio::task::spawn_blocking(move || {
        Http::new(&addr, "defaultuser", "napw").get("/api/users")
    })
    .await
    .unwrap();
    assert_eq!(users.status, 200);
    // The address the demo prints first is the web console's.
    let addr = demo.addr.clone();
    let page = tokio::task::spawn_blocking(move || Http::new(&addr, "", "").get("/"))
        .await
        .unwrap();
    assert!(page.text().contains("Sign in to fsconn"), "{}", page.text());
    assert_eq!(users.json()["users"][0]["name"], "defaultuser");
    let mut team = LiveClient::connect(&demo.addr, "defaultuser:napw").await;
    team.send(json!({"req": "init"})).await;
    // The demo's traffic: somebody joins a conference soon.
    let seen = team.until("newMember").await;
    assert!(
        seen.iter().any(|m| m["event"] == "newConference"),
        "{seen:?}"
    );
}
