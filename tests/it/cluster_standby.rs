//! An operator runs two `fsconn serve` instances on one store (shared
//! storage) behind the proxy, over the same three FreeSWITCH nodes: either
//! answers the nodes' mod_xml_curl lookups and the users the same, a write
//! through one (or the CLI) is seen by both, concurrent writes through both
//! lose nothing (the store's lock holds between processes), and when one
//! instance dies the other goes on; a third started later rebuilds the same
//! live view from the nodes, because nothing but the store is state. A
//! moderator's phone key is carried out once, by the instance holding the
//! store's phone-keys lock, and by the survivor once that one is gone.

use crate::cluster_nodes::{active, entry, get, healthz, post, settings, until, Node, NODES};
use crate::harness::{Http, Proc, TestEnv};
use crate::live_ws::esl;
use crate::xml_curl::{dialplan_lookup, user_lookup, NOT_FOUND};
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// fs1's xml_curl credentials in `cluster_nodes::settings`.
const FS1: (&str, &str) = ("fs1", "0123456789abcdef-fs1");

fn serve(env: &TestEnv) -> Proc {
    Proc::start(env.cmd().args(["serve", "--listen", "127.0.0.1:0"]))
}

/// What `addr` answers fs1's lookup `body` (status 200 checked).
fn lookup(addr: &str, body: &str) -> String {
    let (addr, body) = (addr.to_string(), body.to_string());
    tokio::task::block_in_place(|| {
        let r = crate::xml_curl::post(&addr, Some(FS1), &body, &[]);
        assert_eq!(r.status, 200, "{addr}: {}", r.body);
        r.body
    })
}

/// `/api/active` as JSON: the whole merged view with node tags.
fn active_json(addr: &str) -> Value {
    get(addr, "/api/active").json()
}

/// The ids and names `/api/users` lists.
fn users(addr: &str) -> BTreeSet<(String, String)> {
    get(addr, "/api/users").json()["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            let s = |k: &str| u[k].as_str().unwrap_or_default().to_string();
            (s("id"), s("name"))
        })
        .collect()
}

/// Presses `digit` as `member` of team_g722 on `node` and checks that
/// `command` reached the node `total` times in all (once per press: one
/// instance acted, not every instance that saw the key).
async fn key(node: &Node, member: &str, digit: &str, command: &str, total: usize) {
    let count = || {
        node.commands()
            .iter()
            .filter(|l| l.contains(command))
            .count()
    };
    let r = esl(&node.addr)
        .await
        .api(&format!("sim dtmf team_g722 {member} {digit}"))
        .await
        .unwrap();
    assert!(r.starts_with("+OK"), "{r}");
    until(command, || count() >= total).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        count(),
        total,
        "{command}: carried out by more than one instance"
    );
}

/// `rebuilt` (from the nodes' `conference json_list`) is `seen` (from
/// their events): the same conferences, members, flags and node tags; the
/// join and start times agree to json_list's precision (whole seconds).
fn same_view(mut rebuilt: Value, mut seen: Value) {
    let (mut t1, mut t2) = (Vec::new(), Vec::new());
    take_times(&mut rebuilt, &mut t1);
    take_times(&mut seen, &mut t2);
    assert_eq!(rebuilt, seen);
    assert_eq!(t1.len(), t2.len());
    for (a, b) in t1.iter().zip(&t2) {
        let ms = (*a - *b).num_milliseconds().abs();
        assert!(ms < 2000, "rebuilt {a}, seen {b}");
    }
}

/// Moves every `joined` / `started` time out of `v` into `out`.
fn take_times(v: &mut Value, out: &mut Vec<chrono::DateTime<chrono::FixedOffset>>) {
    match v {
        Value::Object(m) => {
            for key in ["joined", "started"] {
                if let Some(Value::String(t)) = m.remove(key) {
                    out.push(chrono::DateTime::parse_from_rfc3339(&t).unwrap());
                }
            }
            m.values_mut().for_each(|x| take_times(x, out));
        }
        Value::Array(a) => a.iter_mut().for_each(|x| take_times(x, out)),
        _ => {}
    }
}

/// The three nodes, their conferences, and instances A and B in agreement.
async fn two_instances() -> (TestEnv, Vec<Node>, Proc, Proc) {
    let env = TestEnv::new();
    let nodes: Vec<Node> = NODES
        .iter()
        .map(|n| Node::start(&env, n, "127.0.0.1:0"))
        .collect();
    env.write_settings(&settings(&nodes));
    let (a, b) = (serve(&env), serve(&env));
    for s in [&a, &b] {
        until("every node connected", || {
            healthz(&s.addr)["status"] == "ok"
        })
        .await;
    }
    nodes[0].join("team_g722", "20000").await;
    nodes[0].join("team_g722", "21000").await;
    nodes[1].join("public_g722", "22000").await;
    let want = vec![entry("public_g722", "fs2", 1), entry("team_g722", "fs1", 2)];
    for s in [&a, &b] {
        until("the merged view", || active(&s.addr) == want).await;
    }
    (env, nodes, a, b)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_store_answer_the_same() {
    let (env, nodes, a, b) = two_instances().await;
    let (aa, ba) = (a.addr.clone(), b.addr.clone());

    // Same lookups, same merged view (with the node tags).
    for body in [user_lookup("20000"), dialplan_lookup("team", "30000")] {
        assert_eq!(lookup(&aa, &body), lookup(&ba, &body));
    }
    assert!(lookup(&aa, &user_lookup("20000")).contains("id=\"20000\""));
    assert_eq!(active_json(&aa), active_json(&ba));

    // The CLI writes the store: both see the user at the next lookup.
    let add = json!([{"name": "standby", "email": "s@example.com", "context": "friends",
                      "password": "stAndbyPW42"}]);
    let out = env
        .cmd()
        .args(["users", "add", "--file", "-", "--json"])
        .stdin(add.to_string())
        .run();
    out.ok();
    let id = out.json()["done"][0]["id"].as_str().unwrap().to_string();
    for s in [&aa, &ba] {
        assert!(lookup(s, &user_lookup(&id)).contains(&format!("id=\"{id}\"")));
    }
    // Deleted through B's API: A refuses it at its next lookup.
    let r = post(&ba, "/api/users/del", json!([{"id": id}]));
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(lookup(&aa, &user_lookup(&id)).contains(NOT_FOUND));
    until("A's user list follows B's delete", || {
        !users(&aa).iter().any(|(i, _)| *i == id)
    })
    .await;

    // A digest client moved from one instance to the other: the nonce is
    // not B's, the credentials are right, so B answers stale and the
    // client answers the new challenge without asking its user again.
    let (header, uri) = tokio::task::block_in_place(|| {
        let at_a = Http::new(&aa, "defaultuser", "napw");
        assert_eq!(at_a.get("/api/users").status, 200);
        (at_a.next_authorization("GET", "/api/users"), "/api/users")
    });
    let r = tokio::task::block_in_place(|| {
        reqwest::blocking::Client::new()
            .get(format!("http://{ba}{uri}"))
            .header("authorization", header)
            .send()
            .unwrap()
    });
    assert_eq!(r.status(), 401);
    let challenge = r.headers()["www-authenticate"].to_str().unwrap();
    assert!(challenge.contains("stale=true"), "{challenge}");

    // A moderator's key is carried out once, by the instance holding the
    // store's phone-keys lock; call that one A.
    let acting = |s: &str| healthz(s)["phone_keys"] == true;
    until("an instance acts on keys", || acting(&aa) || acting(&ba)).await;
    assert!(!(acting(&aa) && acting(&ba)), "both act on phone keys");
    // `_b` keeps the survivor running to the end of the test.
    let (a, _b, ba) = if acting(&aa) { (a, b, ba) } else { (b, a, aa) };
    let moderator = nodes[0].join("team_g722", "20000").await;
    key(&nodes[0], &moderator, "6", "conference team_g722 lock", 1).await;

    // A is killed: B answers with its live view intact, and takes the keys
    // over.
    let before = active_json(&ba);
    drop(a); // SIGKILL: no clean shutdown, the lock released by the kernel
    assert_eq!(active_json(&ba), before);
    assert!(lookup(&ba, &user_lookup("20000")).contains("id=\"20000\""));
    assert_eq!(healthz(&ba)["status"], "ok");
    until("B acts on keys", || acting(&ba)).await;
    key(&nodes[0], &moderator, "7", "conference team_g722 unlock", 1).await;

    // C, started later, rebuilds the same live state from the nodes.
    let c = serve(&env);
    let want = active(&ba);
    until("C's merged view", || active(&c.addr) == want).await;
    same_view(active_json(&c.addr), active_json(&ba));
    assert!(!acting(&c.addr), "B holds the keys");
    key(&nodes[0], &moderator, "6", "conference team_g722 lock", 2).await;
    assert!(lookup(&c.addr, &user_lookup("21000")).contains("id=\"21000\""));
    drop(nodes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_writes_through_two_instances_lose_nothing() {
    let (_env, _nodes, a, b) = two_instances().await;
    let (aa, ba) = (a.addr.clone(), b.addr.clone());
    let before = users(&aa);
    const EACH: usize = 12;
    // Each instance adds EACH users one request at a time, both at once:
    // ids are allocated "lowest free" under the store's lock, so without
    // it the two would give out the same ids and one file would win.
    let writer = |addr: String, tag: &'static str| {
        std::thread::spawn(move || {
            (0..EACH)
                .map(|i| {
                    let body = json!([{"name": format!("{tag}{i}"), "email": "w@example.com",
                                       "context": "friends", "password": "wr1terPW99"}]);
                    let r = post(&addr, "/api/users/add", body);
                    assert_eq!(r.status, 200, "{tag}{i}: {}", r.text());
                    let done = r.json()["done"][0]["id"].as_str().unwrap().to_string();
                    (done, format!("{tag}{i}"))
                })
                .collect::<Vec<_>>()
        })
    };
    let (ta, tb) = (writer(aa.clone(), "via-a-"), writer(ba.clone(), "via-b-"));
    let added: Vec<(String, String)> = tokio::task::block_in_place(|| {
        let mut v = ta.join().unwrap();
        v.extend(tb.join().unwrap());
        v
    });
    let ids: BTreeSet<&String> = added.iter().map(|(i, _)| i).collect();
    assert_eq!(ids.len(), 2 * EACH, "an id was given out twice: {added:?}");
    let mut want = before.clone();
    want.extend(added.iter().cloned());
    for s in [&aa, &ba] {
        until("both list every user", || users(s) == want).await;
    }
    for (id, name) in &added {
        let body = lookup(&ba, &user_lookup(id));
        assert!(body.contains(&format!("id=\"{id}\"")), "{name}: {body}");
    }
}
