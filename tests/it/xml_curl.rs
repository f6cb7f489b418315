//! A FreeSWITCH cluster node fetches its directory and dialplan from
//! `fsconn serve` over mod_xml_curl: the answers are what FreeSWITCH would
//! have read from the files, only nodes get them, and a change made with
//! the CLI shows in the next lookup without a reloadxml.

use crate::harness::{Http, Proc, TestEnv};
use fsconn::sim::xml::{self, Element, Vars};
use std::path::Path;

pub const NODE_USER: &str = "fs1";
pub const NODE_PASSWORD: &str = "fs1-xml-curl-secret";

/// Two `[[node]]` tables (fs2 with its own user name).
pub fn node_tables() -> String {
    format!(
        "[[node]]\nname = \"fs1\"\nesl = \"127.0.0.1:8021\"\nxml_curl_password = \"{NODE_PASSWORD}\"\n\
         [[node]]\nname = \"fs2\"\nesl = \"127.0.0.1:8022\"\nxml_curl_user = \"node-two\"\nxml_curl_password = \"fs2-xml-curl-secret\"\n"
    )
}

fn cluster() -> (TestEnv, Proc) {
    let env = TestEnv::new();
    env.write_settings(&node_tables());
    let serve = env.start_serve("127.0.0.1:1");
    (env, serve)
}

pub struct Reply {
    pub status: u16,
    pub www_authenticate: Option<String>,
    pub body: String,
}

/// POST a form to /api/xml_curl as mod_xml_curl does.
pub fn post(addr: &str, auth: Option<(&str, &str)>, body: &str, extra: &[(&str, &str)]) -> Reply {
    let mut req = reqwest::blocking::Client::new()
        .post(format!("http://{addr}/api/xml_curl"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("user-agent", "freeswitch-xml/1.0")
        .body(body.to_string());
    if let Some((u, p)) = auth {
        req = req.basic_auth(u, Some(p));
    }
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    let r = req.send().unwrap();
    Reply {
        status: r.status().as_u16(),
        www_authenticate: r
            .headers()
            .get("www-authenticate")
            .map(|v| v.to_str().unwrap().to_string()),
        body: r.text().unwrap(),
    }
}

fn node(addr: &str, body: &str) -> String {
    let r = post(addr, Some((NODE_USER, NODE_PASSWORD)), body, &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    r.body
}

pub fn user_lookup(user: &str) -> String {
    format!("hostname=fs1&section=directory&tag_name=domain&key_name=name&key_value=127.0.0.1&Event-Name=REQUEST_PARAMS&action=sip_auth&sip_profile=internal&sip_auth_username={user}&sip_auth_method=REGISTER&key=id&user={user}&domain=127.0.0.1&ip=127.0.0.1")
}

pub fn dialplan_lookup(context: &str, number: &str) -> String {
    format!("hostname=fs1&section=dialplan&tag_name=&key_name=&key_value=&Caller-Destination-Number={number}&Caller-Context={context}&Hunt-Destination-Number={number}&Hunt-Context={context}")
}

pub const NOT_FOUND: &str = "<result status=\"not found\"/>";

/// An element as a comparable tree: name, attributes, children; text
/// (whitespace, comments) left out, as FreeSWITCH's lookups ignore it.
#[derive(Debug, PartialEq, Eq)]
struct Tree {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Tree>,
}

fn tree(e: &Element) -> Tree {
    Tree {
        name: e.name.clone(),
        attrs: e.attrs.clone(),
        children: e.children.iter().map(tree).collect(),
    }
}

/// What FreeSWITCH reads from the files of the config dir (the
/// pre-processed document, `$${var}` expanded).
fn file_mode(env: &TestEnv) -> (Element, Vars) {
    let mut vars = Vars::default();
    let root = xml::load_root(&env.conf(""), &mut vars).unwrap();
    (root, vars)
}

/// An answer as FreeSWITCH reads it: pre-processed with its variables.
fn answered(conf: &Path, vars: &Vars, body: &str) -> Element {
    let mut v = vars.clone();
    let pre = xml::preprocess_text(conf, body, &mut v);
    let doc = xml::parse(&pre.text).unwrap_or_else(|e| panic!("{e:?}: {body}"));
    assert_eq!(doc.name, "document");
    assert_eq!(doc.attr("type"), Some("freeswitch/xml"));
    doc
}

fn section<'a>(doc: &'a Element, name: &str) -> &'a Element {
    doc.find_child("section", "name", name)
        .unwrap_or_else(|| panic!("no section {name}"))
}

/// The file mode domain with only user `id` in its groups.
fn domain_with_only(root: &Element, id: &str) -> Element {
    let mut d = section(root, "directory").child("domain").unwrap().clone();
    for g in d.children.iter_mut().filter(|c| c.name == "groups") {
        for group in g.children.iter_mut() {
            for users in group.children.iter_mut().filter(|c| c.name == "users") {
                users.children.retain(|u| u.attr("id") == Some(id));
            }
        }
    }
    d
}

/// The file mode context with no conference extensions but `keep`'s.
fn context_with_only(root: &Element, context: &str, others: &[String]) -> Element {
    let mut c = section(root, "dialplan")
        .find_child("context", "name", context)
        .unwrap()
        .clone();
    c.children
        .retain(|e| !others.iter().any(|o| e.attr("name") == Some(o.as_str())));
    c
}

/// The example tree's users (id) and conferences (number, extension name).
fn example_items(env: &TestEnv) -> (Vec<String>, Vec<(String, String)>) {
    let users = env.cmd().args(["users", "list", "--json"]).run().json();
    let ids = users["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap().to_string())
        .collect();
    let confs = env
        .cmd()
        .args(["conferences", "list", "--json"])
        .run()
        .json();
    let confs = confs["conferences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["num"].as_str().unwrap().to_string(),
                c["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (ids, confs)
}

#[test]
fn every_user_and_conference_is_answered_as_the_files_would_be_read() {
    let (env, serve) = cluster();
    let (root, vars) = file_mode(&env);
    let (ids, confs) = example_items(&env);
    assert!(ids.len() >= 3 && confs.len() >= 4, "{ids:?} {confs:?}");
    for id in &ids {
        let doc = answered(&env.conf(""), &vars, &node(&serve.addr, &user_lookup(id)));
        let domain = section(&doc, "directory").child("domain").unwrap();
        assert_eq!(
            tree(domain),
            tree(&domain_with_only(&root, id)),
            "user {id}: {}",
            xml::to_xml(domain)
        );
    }
    for (num, name) in &confs {
        let others: Vec<String> = confs
            .iter()
            .filter(|(_, n)| n != name)
            .map(|(_, n)| n.clone())
            .collect();
        let doc = answered(
            &env.conf(""),
            &vars,
            &node(&serve.addr, &dialplan_lookup("team", num)),
        );
        let ctx = section(&doc, "dialplan").child("context").unwrap();
        assert_eq!(
            tree(ctx),
            tree(&context_with_only(&root, "team", &others)),
            "conference {num}: {}",
            xml::to_xml(ctx)
        );
        assert!(ctx.children.iter().any(|e| e.attr("name") == Some(name)));
    }
    // The contexts that transfer to the team's answer as their files say.
    for ctx in ["public", "friends"] {
        let doc = answered(
            &env.conf(""),
            &vars,
            &node(&serve.addr, &dialplan_lookup(ctx, "32000")),
        );
        let got = section(&doc, "dialplan").child("context").unwrap();
        assert_eq!(
            tree(got),
            tree(&context_with_only(&root, ctx, &[])),
            "{ctx}"
        );
    }
    // Not ours: an unknown user, another domain, an unknown context, the
    // configuration section.
    for body in [
        user_lookup("29999"),
        user_lookup("../team/20000"),
        user_lookup("20000").replace("127.0.0.1", "example.org"),
        dialplan_lookup("nowhere", "30000"),
        "hostname=fs1&section=configuration&tag_name=configuration&key_name=name&key_value=sofia.conf"
            .into(),
    ] {
        assert!(node(&serve.addr, &body).contains(NOT_FOUND), "{body}");
    }
}

/// A conference's own settings (PIN, moderator PIN, maximum, mute on
/// entry) live in its dialplan file; a node gets exactly that extension.
#[test]
fn a_conference_with_its_own_settings_is_answered_with_them() {
    let (env, serve) = cluster();
    env.cmd()
        .args(["conferences", "settings", "30000", "--pin", "1234"])
        .args(["--moderator-pin", "9876", "--max-members", "20"])
        .args(["--mute-on-entry", "on", "--wait-for-moderator", "on"])
        .run()
        .ok();
    let (root, vars) = file_mode(&env);
    let (_, confs) = example_items(&env);
    let others: Vec<String> = confs
        .iter()
        .filter(|(num, _)| num != "30000")
        .map(|(_, n)| n.clone())
        .collect();
    let doc = answered(
        &env.conf(""),
        &vars,
        &node(&serve.addr, &dialplan_lookup("team", "30000")),
    );
    let ctx = section(&doc, "dialplan").child("context").unwrap();
    assert_eq!(
        tree(ctx),
        tree(&context_with_only(&root, "team", &others)),
        "{}",
        xml::to_xml(ctx)
    );
    let text = xml::to_xml(ctx);
    for set in [
        "conference_moderator_pin=9876",
        "conference_max_members=20",
        "+1234",
    ] {
        assert!(text.contains(set), "{set} missing: {text}");
    }
}

#[test]
fn only_nodes_get_answers() {
    let (env, serve) = cluster();
    let before = env.snapshot();
    let body = user_lookup("20000");
    let refused = |r: Reply, why: &str| {
        assert_eq!(r.status, 401, "{why}: {}", r.body);
        assert!(!r.body.contains("napw"), "{why}");
    };
    let r = post(&serve.addr, None, &body, &[]);
    assert!(r
        .www_authenticate
        .as_deref()
        .unwrap()
        .starts_with("Basic realm="));
    refused(r, "no credentials");
    refused(
        post(
            &serve.addr,
            Some((NODE_USER, "fs2-xml-curl-secret")),
            &body,
            &[],
        ),
        "another node's password",
    );
    refused(
        post(&serve.addr, Some(("20000", "napw")), &body, &[]),
        "a user's basic credentials",
    );
    // A user's digest login and console session are not node credentials.
    let digest =
        Http::new(&serve.addr, "defaultuser", "napw").next_authorization("POST", "/api/xml_curl");
    refused(
        post(&serve.addr, None, &body, &[("authorization", &digest)]),
        "a user's digest login",
    );
    let session = reqwest::blocking::Client::new()
        .post(format!("http://{}/api/session", serve.addr))
        .header("content-type", "application/json")
        .body(r#"{"user":"defaultuser","password":"napw"}"#)
        .send()
        .unwrap();
    assert_eq!(session.status().as_u16(), 200);
    let cookie = session.headers()["set-cookie"].to_str().unwrap();
    let cookie = cookie.split(';').next().unwrap().to_string();
    refused(
        post(&serve.addr, None, &body, &[("cookie", &cookie)]),
        "a console session",
    );
    // Both nodes get in, each with its own credentials.
    assert!(node(&serve.addr, &body).contains("napw"));
    let two = post(
        &serve.addr,
        Some(("node-two", "fs2-xml-curl-secret")),
        &body,
        &[],
    );
    assert_eq!(two.status, 200);
    // A body that is not a form is refused even for a node.
    let r = reqwest::blocking::Client::new()
        .post(format!("http://{}/api/xml_curl", serve.addr))
        .basic_auth(NODE_USER, Some(NODE_PASSWORD))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 415);
    assert_eq!(env.snapshot(), before, "a lookup changed the config dir");
    serve.stop();

    // File mode: the route is not there, whatever the credentials.
    let env = TestEnv::new();
    let serve = env.start_serve("127.0.0.1:1");
    let r = post(&serve.addr, Some((NODE_USER, NODE_PASSWORD)), &body, &[]);
    assert_eq!(r.status, 404, "{}", r.body);
    assert!(!r.body.contains("napw"));
}

#[test]
fn each_node_is_held_to_its_rate() {
    let env = TestEnv::new();
    env.write_settings(&format!("[serve]\nxml_curl_rate = 3\n{}", node_tables()));
    let serve = env.start_serve("127.0.0.1:1");
    let codes: Vec<u16> = (0..8)
        .map(|_| {
            post(
                &serve.addr,
                Some((NODE_USER, NODE_PASSWORD)),
                &user_lookup("20000"),
                &[],
            )
            .status
        })
        .collect();
    assert_eq!(&codes[..3], [200, 200, 200], "{codes:?}");
    assert!(codes.contains(&429), "{codes:?}");
    // The other node has its own budget.
    let two = post(
        &serve.addr,
        Some(("node-two", "fs2-xml-curl-secret")),
        &user_lookup("20000"),
        &[],
    );
    assert_eq!(two.status, 200);
}

/// Guessing a node's password locks the guesser out like a user's login.
#[test]
fn guessing_node_passwords_is_locked_out() {
    let (_env, serve) = cluster();
    let codes: Vec<u16> = (0..10)
        .map(|i| {
            let guess = format!("guess-{i}-0123456789");
            post(
                &serve.addr,
                Some((NODE_USER, &guess)),
                &user_lookup("20000"),
                &[],
            )
            .status
        })
        .collect();
    assert_eq!(&codes[..5], [401; 5], "{codes:?}");
    assert!(codes[5..].contains(&429), "{codes:?}");
}

fn password_of(answer: &str) -> Option<String> {
    let at = answer.find("name=\"password\" value=\"")? + 23;
    Some(answer[at..].split('"').next()?.to_string())
}

#[test]
fn a_user_deleted_or_rekeyed_with_the_cli_is_seen_by_the_next_lookup() {
    let (env, serve) = cluster();
    let added = env
        .cmd()
        .args([
            "users",
            "add",
            "--name",
            "alice",
            "--email",
            "alice@example.com",
            "--context",
            "team",
            "--password",
            "alicepw1234",
            "--json",
        ])
        .run();
    added.ok();
    let id = added.json()["done"][0]["id"].as_str().unwrap().to_string();
    let first = node(&serve.addr, &user_lookup(&id));
    assert_eq!(password_of(&first).as_deref(), Some("alicepw1234"));

    let rekeyed = env
        .cmd()
        .args(["users", "mod", &id, "--new-password", "--json"])
        .run();
    rekeyed.ok();
    let fresh = rekeyed.json()["done"][0]["password"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(fresh, "alicepw1234");
    let second = node(&serve.addr, &user_lookup(&id));
    assert_eq!(password_of(&second), Some(fresh));

    env.cmd().args(["users", "del", &id, "--yes"]).run().ok();
    let third = node(&serve.addr, &user_lookup(&id));
    assert!(third.contains(NOT_FOUND), "{third}");
    assert!(password_of(&third).is_none());
}

/// The request bodies a real FreeSWITCH 1.10.12 sent (tests/fixtures/xml_curl/).
fn captured(name: &str) -> String {
    String::from_utf8(crate::fixture(&format!("xml_curl/{name}.form"))).unwrap()
}

#[test]
fn the_requests_a_real_freeswitch_sent_are_answered() {
    let (env, serve) = cluster();
    // The capture's caller: 20001, alice, team.
    env.cmd()
        .args([
            "users",
            "add",
            "--name",
            "alice",
            "--email",
            "alice@example.com",
            "--context",
            "team",
            "--password",
            "alicepw1234",
        ])
        .run()
        .ok();
    let (_, vars) = file_mode(&env);
    let conf = env.conf("");
    for name in [
        "directory-register-20001",
        "directory-invite-20001",
        "directory-user-exists-20001",
        "directory-user-data-20001",
    ] {
        let doc = answered(&conf, &vars, &node(&serve.addr, &captured(name)));
        let domain = section(&doc, "directory").find_child("domain", "name", "127.0.0.1");
        let user = domain
            .and_then(|d| d.child("groups"))
            .and_then(|g| g.find_child("group", "name", "team"))
            .and_then(|g| g.child("users"))
            .and_then(|u| u.find_child("user", "id", "20001"));
        let user = user.unwrap_or_else(|| panic!("{name}: no user 20001"));
        let vars_of = |el: &Element| -> Vec<(String, String)> {
            el.children
                .iter()
                .filter_map(|v| Some((v.attr("name")?.to_string(), v.attr("value")?.to_string())))
                .collect()
        };
        let variables = vars_of(user.child("variables").unwrap());
        assert!(
            variables.contains(&("conpin".into(), "2357".into())),
            "{name}"
        );
        assert!(variables.contains(&("effective_caller_id_name".into(), "alice".into())));
        let params = vars_of(user.child("params").unwrap());
        assert!(params.contains(&("password".into(), "alicepw1234".into())));
    }
    for name in [
        "directory-register-unknown-29999",
        "directory-xml-locate-domain",
        "configuration-logfile",
        "configuration-conference-presence",
    ] {
        assert!(
            node(&serve.addr, &captured(name)).contains(NOT_FOUND),
            "{name}"
        );
    }
    // INVITE 20001 -> 30000 in the team context; 22000 -> 32000 in the
    // public context, which transfers to the team's.
    let extension_of = |name: &str, context: &str| {
        let doc = answered(&conf, &vars, &node(&serve.addr, &captured(name)));
        let ctx = section(&doc, "dialplan")
            .find_child("context", "name", context)
            .unwrap_or_else(|| panic!("{name}: no context {context}"))
            .clone();
        ctx.children
            .iter()
            .filter_map(|e| e.attr("name").map(str::to_string))
            .collect::<Vec<_>>()
    };
    let team = extension_of("dialplan-team-30000", "team");
    assert!(
        team.contains(&"team_g722".into()) && !team.contains(&"public_g722".into()),
        "{team:?}"
    );
    let public = extension_of("dialplan-public-32000", "public");
    assert!(public.contains(&"conferences".into()), "{public:?}");
    let transferred = extension_of("dialplan-team-32000-transferred", "team");
    assert!(
        transferred.contains(&"public_g722".into()) && !transferred.contains(&"team_g722".into())
    );
}

/// examples/cluster/node is examples/freeswitch but for what a node does
/// differently (its README's list): the rest must not drift apart.
#[test]
fn the_example_node_is_the_example_tree_but_for_its_listed_changes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let node = root.join("cluster/node");
    let changed = [
        "vars.xml",
        "autoload_configs/modules.conf.xml",
        "autoload_configs/event_socket.conf.xml",
        "autoload_configs/xml_curl.conf.xml",
        "directory/default.xml",
        "dialplan/unavailable.xml",
    ];
    let files = crate::harness::xml_files_under(&node);
    assert!(files.len() >= 15, "{files:?}");
    for f in files {
        let rel = f.strip_prefix(&node).unwrap().to_str().unwrap().to_string();
        if changed.contains(&rel.as_str()) {
            continue;
        }
        let ours = std::fs::read(&f).unwrap();
        let theirs = std::fs::read(root.join("freeswitch").join(&rel))
            .unwrap_or_else(|_| panic!("{rel}: not in examples/freeswitch"));
        assert!(ours == theirs, "{rel} differs from examples/freeswitch");
    }
    // The node keeps no users and no conferences.
    assert!(!node.join("directory/team").exists());
    assert!(!node.join("dialplan/conferences").exists());
    let modules = std::fs::read_to_string(node.join("autoload_configs/modules.conf.xml")).unwrap();
    let at = |m: &str| modules.find(m).unwrap();
    assert!(at("mod_xml_curl") < at("mod_sofia"));
    crate::harness::python_xml_check(&crate::harness::xml_files_under(&node)).unwrap();
    // The settings example is accepted, and its fs1 is the node whose
    // credentials xml_curl.conf.xml carries.
    let env = TestEnv::new();
    let example = std::fs::read_to_string(root.join("cluster/fsconn.toml")).unwrap();
    std::fs::write(
        env.path("fsconn.toml"),
        format!("conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\n{example}"),
    )
    .unwrap();
    let shown = env.cmd().args(["config"]).run();
    shown.ok();
    let fs1 = shown
        .stdout
        .lines()
        .find(|l| l.starts_with("node\tfs1 "))
        .unwrap();
    assert!(fs1.contains("xml_curl_user=fs1"), "{fs1}");
    let conf = std::fs::read_to_string(node.join("autoload_configs/xml_curl.conf.xml")).unwrap();
    let password = example
        .lines()
        .find_map(|l| l.strip_prefix("xml_curl_password = \""))
        .unwrap()
        .trim_end_matches('"');
    assert!(
        conf.contains(&format!(
            "name=\"gateway-credentials\" value=\"fs1:{password}\""
        )),
        "{conf}"
    );
    assert!(conf.contains("bindings=\"directory|dialplan\""));
}

/// `fsconn sim` as node fs1 of the cluster: its own files are
/// examples/cluster/node (no users, no conferences), the rest it asks
/// fsconn for.
fn start_node_sim(env: &TestEnv, fsconn: &str, credentials: &str) -> Proc {
    let node = env.path("node");
    crate::sim_support::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cluster/node"),
        &node,
    );
    let url = format!("http://{fsconn}/api/xml_curl");
    Proc::start(env.cmd().args(["--conf-dir"]).arg_path(&node).args([
        "sim",
        "--listen",
        "127.0.0.1:0",
        "--node",
        "fs1",
        "--xml-curl",
        &url,
        "--xml-curl-credentials",
        credentials,
    ]))
}

fn api(sim: &Proc, cmd: &str) -> String {
    fsconn::esl::client::blocking_api(
        &sim.addr,
        "ClueCon",
        cmd,
        std::time::Duration::from_secs(10),
    )
    .unwrap()
}

#[test]
fn a_simulated_node_takes_its_users_and_conferences_from_fsconn() {
    let (env, serve) = cluster();
    let sim = start_node_sim(&env, &serve.addr, &format!("{NODE_USER}:{NODE_PASSWORD}"));
    // A user added with the CLI registers on the node, no reloadxml anywhere.
    let added = env
        .cmd()
        .args([
            "users",
            "add",
            "--name",
            "alice",
            "--email",
            "alice@example.com",
            "--context",
            "team",
            "--password",
            "alicepw1234",
            "--json",
        ])
        .run();
    added.ok();
    let id = added.json()["done"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        api(&sim, &format!("sim register {id}")),
        format!("+OK registered {id}\n")
    );
    // A call to 30000 joins the conference the dialplan from fsconn names.
    let joined = api(&sim, &format!("sim join 30000 {id}"));
    assert!(joined.starts_with("+OK "), "{joined}");
    let list = api(&sim, "conference team_g722 list");
    assert!(
        list.contains(&format!(";{id};")) || list.contains(&id),
        "{list}"
    );
    // The public caller's 32000 goes through the public context's transfer
    // to the team's, where the public conference is.
    let public = api(&sim, "sim join 32000 22000");
    assert!(public.starts_with("+OK "), "{public}");
    assert!(api(&sim, "conference public_g722 list").contains("22000"));
    // A public user is not let into a team conference: its context has no route.
    let refused = api(&sim, "sim join 30000 22000");
    assert!(refused.starts_with("-ERR"), "{refused}");
    // The conference calls the user out: the node looks the user up too.
    let dial = format!("conference team_g722 dial user/{id}@127.0.0.1");
    let out = api(&sim, &dial);
    assert!(out.contains("[SUCCESS]"), "{out}");
    // Deleted with the CLI: the next REGISTER is refused, and the binding
    // the phone still has leads nowhere.
    env.cmd().args(["users", "del", &id, "--yes"]).run().ok();
    let again = api(&sim, &format!("sim register {id}"));
    assert!(again.starts_with("-ERR no user"), "{again}");
    let out = api(&sim, &dial);
    assert!(out.contains("[SUBSCRIBER_ABSENT]"), "{out}");
}

#[test]
fn a_simulated_node_with_wrong_credentials_knows_nobody() {
    let (env, serve) = cluster();
    let sim = start_node_sim(&env, &serve.addr, "fs1:not-the-password-at-all");
    let r = api(&sim, "sim register 20000");
    assert!(r.starts_with("-ERR no user 20000"), "{r}");
    let r = api(&sim, "sim join 30000 20000");
    assert!(r.starts_with("-ERR"), "{r}");
}

/// The form fields of a request, in order.
fn field_names(body: &str) -> Vec<String> {
    body.split('&')
        .map(|kv| kv.split('=').next().unwrap().to_string())
        .collect()
}

/// What the simulated node posts, caught by a listener that keeps each
/// request and answers a bare user 20000 or "not found".
#[test]
fn a_simulated_node_asks_with_the_fields_a_real_switch_sends() {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let caught = std::sync::Arc::new(std::sync::Mutex::new(Vec::<(Vec<String>, String)>::new()));
    let keep = caught.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut s = stream.unwrap();
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut head = Vec::new();
            loop {
                let mut line = String::new();
                r.read_line(&mut line).unwrap();
                if line.trim().is_empty() {
                    break;
                }
                head.push(line.trim().to_string());
            }
            let len: usize = head
                .iter()
                .find_map(|h| {
                    h.to_ascii_lowercase()
                        .strip_prefix("content-length: ")
                        .map(|v| v.parse().unwrap())
                })
                .unwrap();
            let mut body = vec![0; len];
            r.read_exact(&mut body).unwrap();
            let body = String::from_utf8(body).unwrap();
            // A user 20000 of the team for the directory, else "not found".
            let answer = if body.contains("section=directory") {
                "<document type=\"freeswitch/xml\"><section name=\"directory\"><domain name=\"127.0.0.1\"><groups><group name=\"team\"><users><user id=\"20000\"><variables><variable name=\"user_context\" value=\"team\"/></variables></user></users></group></groups></domain></section></document>"
            } else {
                "<document type=\"freeswitch/xml\"><section name=\"result\"><result status=\"not found\"/></section></document>"
            };
            keep.lock().unwrap().push((head, body));
            let _ = write!(
                s,
                "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\n\r\n{answer}",
                answer.len()
            );
        }
    });
    let env = TestEnv::new();
    let sim = start_node_sim(&env, &addr, "fs1:0123456789abcdef");
    api(&sim, "sim register 20000");
    api(&sim, "sim join 30000 20000");
    let caught = caught.lock().unwrap().clone();
    let (head, register) = &caught[0];
    assert!(
        head[0].starts_with("POST /api/xml_curl HTTP/1.1"),
        "{head:?}"
    );
    assert!(head.contains(&"Authorization: Basic ZnMxOjAxMjM0NTY3ODlhYmNkZWY=".to_string()));
    assert!(head.contains(&"Content-Type: application/x-www-form-urlencoded".to_string()));
    assert!(head.contains(&"User-Agent: freeswitch-xml/1.0".to_string()));
    assert_eq!(
        field_names(register),
        field_names(&captured("directory-register-20001"))
    );
    assert!(register.starts_with("hostname=fs1&section=directory&"));
    // The INVITE's lookup, then the dialplan of the caller's context.
    let (_, invite) = &caught[1];
    assert!(invite.contains("sip_auth_method=INVITE"), "{invite}");
    let (_, dialplan) = &caught[2];
    let real = field_names(&captured("dialplan-team-30000"));
    for f in field_names(dialplan) {
        assert!(real.contains(&f), "{f} is not a field the switch sends");
    }
    for needed in [
        "Caller-Context=team",
        "Caller-Destination-Number=30000",
        "Hunt-Context=team",
        "Hunt-Destination-Number=30000",
        "variable_user_context=team",
    ] {
        assert!(dialplan.contains(needed), "{needed}: {dialplan}");
    }
}

#[test]
fn lookups_are_counted_per_node_in_the_metrics() {
    let env = TestEnv::new();
    env.write_settings(&node_tables());
    let metrics = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().to_string()
    };
    let serve = Proc::start(env.cmd().args([
        "--esl",
        "127.0.0.1:1",
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--metrics-listen",
        &metrics,
    ]));
    node(&serve.addr, &user_lookup("20000"));
    node(&serve.addr, &user_lookup("20000"));
    node(&serve.addr, &user_lookup("29999"));
    let text = reqwest::blocking::get(format!("http://{metrics}/metrics"))
        .unwrap()
        .text()
        .unwrap();
    for line in [
        "fsconn_xml_curl_lookups_total{node=\"fs1\",answer=\"found\"} 2",
        "fsconn_xml_curl_lookups_total{node=\"fs1\",answer=\"not_found\"} 1",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} not in:\n{text}");
    }
}

/// What the node really runs is libcurl: curl itself, over HTTPS (HTTP/2 by
/// ALPN where offered, `Expect: 100-continue` for the 6 KB dialplan body),
/// with basic auth, posting the captured bodies.
#[test]
fn curl_gets_the_answers_over_https() {
    if std::process::Command::new("curl")
        .arg("--version")
        .output()
        .is_err()
    {
        panic!("curl is needed for this test (.ci/run installs it)");
    }
    let env = TestEnv::new();
    env.write_settings(&node_tables());
    let cert =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .unwrap();
    std::fs::write(env.path("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(env.path("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    let serve = Proc::start(
        env.cmd()
            .args([
                "--esl",
                "127.0.0.1:1",
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--tls-cert",
            ])
            .arg_path(&env.path("cert.pem"))
            .args(["--tls-key"])
            .arg_path(&env.path("key.pem")),
    );
    let port = serve.addr.rsplit(':').next().unwrap().to_string();
    let url = format!("https://localhost:{port}/api/xml_curl");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/xml_curl");
    let curl = |fixture: &str, credentials: &str, http: &str| {
        let out = std::process::Command::new("curl")
            .args(["-s", "-S", http, "--cacert"])
            .arg(env.path("cert.pem"))
            .args([
                "-u",
                credentials,
                "-A",
                "freeswitch-xml/1.0",
                "-w",
                "\n%{http_code} %{http_version}",
                "--data-binary",
            ])
            .arg(format!(
                "@{}",
                fixtures.join(format!("{fixture}.form")).display()
            ))
            .arg(&url)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let good = format!("{NODE_USER}:{NODE_PASSWORD}");
    for http in ["--http1.1", "--http2"] {
        let dp = curl("dialplan-team-30000", &good, http);
        assert!(
            dp.contains("<extension name=\"team_g722\">"),
            "{http}: {dp}"
        );
        assert!(
            dp.ends_with(if http == "--http2" {
                "200 2"
            } else {
                "200 1.1"
            }),
            "{dp}"
        );
        let dir = curl("directory-register-unknown-29999", &good, http);
        assert!(dir.contains(NOT_FOUND) && dir.contains("\n200 "), "{dir}");
        let refused = curl("dialplan-team-30000", "fs1:wrong-password-here", http);
        assert!(
            refused.ends_with(&format!("401 {}", &http[6..])),
            "{refused}"
        );
        assert!(!refused.contains("team_g722"));
    }
}
