//! Phones get their provisioning files, and keep what their users added.

use crate::harness::*;
use serde_json::json;

fn friend_urls(linphone: &str) -> Vec<String> {
    linphone
        .lines()
        .filter(|l| l.contains(r#"<entry name="url""#))
        .map(|l| l.trim().to_string())
        .collect()
}

#[test]
fn a_team_phone_and_a_public_phone_get_their_files_and_only_visible_contacts() {
    let env = TestEnv::new();
    env.write_settings("hostname = \"conf.example.org\"");
    let body = json!([
        {"name": "Tina Team", "email": "t@example.com", "context": "team", "password": "teampw12345", "polymac": "0004f2000011"},
        {"name": "Paul", "email": "p@example.com", "context": "public", "password": "pubpw123456"},
    ]);
    env.cmd()
        .args(["users", "add", "--file", "-"])
        .stdin(body.to_string())
        .run()
        .ok();

    let st = env.path("static");
    let team = std::fs::read_to_string(st.join("linphone/20001/linphone.xml")).unwrap();
    let public = std::fs::read_to_string(st.join("linphone/22001/linphone.xml")).unwrap();
    assert!(
        team.contains("&lt;sip:conf.example.org:3361;transport=tls&gt;"),
        "{team}"
    );
    assert!(team.contains(r#""Tina Team" &lt;sip:20001@conf.example.org:3361&gt;"#));
    assert!(team.contains(r#"<entry name="passwd" overwrite="true">teampw12345</entry>"#));
    assert!(team.contains(r#"<entry name="username" overwrite="true">20001</entry>"#));
    assert!(team.contains("<entry name=\"media_encryption\" overwrite=\"true\">srtp</entry>"));
    assert!(
        team.contains("https://Tina%20Team:teampw12345@conf.example.org/linphone"),
        "{team}"
    );
    assert_eq!(friend_urls(&team).len(), 4, "team sees every conference");
    let pub_urls = friend_urls(&public);
    assert_eq!(pub_urls.len(), 1, "{pub_urls:?}");
    assert!(
        pub_urls[0].contains("public_g722 16kHz-novideo") && pub_urls[0].contains("sip:32000@")
    );

    let mac = st.join("polycom/0004f2000011");
    let master = std::fs::read_to_string(mac.join("0004f2000011.cfg")).unwrap();
    assert!(
        master.contains("https://Tina%20Team:teampw12345@conf.example.org/polycom/allprov.cfg"),
        "{master}"
    );
    assert!(master.contains("/polycom/sip.ld"));
    let allprov = std::fs::read_to_string(mac.join("allprov.cfg")).unwrap();
    assert!(
        allprov.contains(r#"reg.1.server.1.port="3361""#)
            && allprov.contains(r#"reg.1.auth.password="teampw12345""#)
    );
    assert!(
        allprov.contains(r#"reg.1.server.1.transport="TLS""#)
            && allprov.contains(r#"sec.srtp.require="1""#)
    );
    let dir = std::fs::read_to_string(mac.join("0004f2000011-directory.xml")).unwrap();
    assert_eq!(dir.matches("<item server=\"yes\">").count(), 4);
    assert!(!st.join("polycom").join("none").exists());
    assert_eq!(
        std::fs::read_dir(st.join("polycom")).unwrap().count(),
        1,
        "no Polycom files without a MAC"
    );

    python_xml_check(&[
        st.join("linphone/20001/linphone.xml"),
        st.join("linphone/22001/linphone.xml"),
        mac.join("0004f2000011.cfg"),
        mac.join("allprov.cfg"),
        mac.join("0004f2000011-directory.xml"),
    ])
    .unwrap();
}

#[test]
fn contacts_follow_conference_changes_and_phone_entries_survive() {
    let env = TestEnv::new();
    env.cmd()
        .args([
            "users",
            "add",
            "--name",
            "pat",
            "--email",
            "p@example.com",
            "--context",
            "friends",
            "--polymac",
            "0004f2000022",
        ])
        .run()
        .ok();
    let dirfile = env.path("static/polycom/0004f2000022/0004f2000022-directory.xml");
    // The phone user adds an entry on the phone; the phone uploads the file.
    let own = std::fs::read_to_string(&dirfile)
        .unwrap()
        .replace("</item_list>", "  <item><fn>Mum &amp; Dad</fn><ln>Home</ln><ct>0301234</ct><sd>2</sd></item>\n  </item_list>");
    std::fs::write(&dirfile, own).unwrap();

    env.cmd()
        .args([
            "conferences",
            "add",
            "--name",
            "club",
            "--type",
            "16kHz-novideo",
            "--context",
            "friends",
        ])
        .run()
        .ok();
    env.cmd()
        .args([
            "conferences",
            "add",
            "--name",
            "secret",
            "--type",
            "16kHz-novideo",
            "--context",
            "team",
        ])
        .run()
        .ok();
    env.cmd()
        .args(["conferences", "rebuildcontacts", "--json"])
        .run()
        .ok();

    let dir = std::fs::read_to_string(&dirfile).unwrap();
    assert!(
        dir.contains("<fn>club</fn>"),
        "new friends conference listed: {dir}"
    );
    assert!(
        !dir.contains("secret") && !dir.contains("team_g722"),
        "team conferences hidden: {dir}"
    );
    assert!(
        dir.contains("<item><fn>Mum &amp; Dad</fn><ln>Home</ln><ct>0301234</ct><sd>2</sd></item>"),
        "{dir}"
    );
    let linphone = std::fs::read_to_string(env.path("static/linphone/21001/linphone.xml")).unwrap();
    assert!(linphone.contains("club 16kHz-novideo"));

    // A mod (new password) rewrites the files and keeps the phone's entry too.
    env.cmd()
        .args(["users", "mod", "21001", "--polymac", "0004f2000022"])
        .run()
        .ok();
    assert!(std::fs::read_to_string(&dirfile)
        .unwrap()
        .contains("Mum &amp; Dad"));
    python_xml_check(std::slice::from_ref(&dirfile)).unwrap();
}

#[test]
fn dropping_the_mac_or_the_user_removes_generated_files_only() {
    let env = TestEnv::new();
    env.cmd()
        .args([
            "users",
            "add",
            "--name",
            "quinn",
            "--email",
            "q@example.com",
            "--context",
            "team",
            "--polymac",
            "0004f2000033",
        ])
        .run()
        .ok();
    let mac = env.path("static/polycom/0004f2000033");
    std::fs::write(mac.join("0004f2000033-app.log"), "phone log\n").unwrap();
    // The CLI keeps a MAC it is not told about (issue 19 item 8), and
    // `--polymac none` drops it.
    env.cmd().args(["users", "mod", "20001"]).run().ok();
    assert!(mac.join("0004f2000033.cfg").exists());
    env.cmd()
        .args(["users", "mod", "20001", "--polymac", "none"])
        .run()
        .ok();
    assert!(!mac.join("0004f2000033.cfg").exists());
    assert!(!mac.join("allprov.cfg").exists());
    assert!(
        mac.join("0004f2000033-app.log").exists(),
        "an uploaded log is the phone's, not ours"
    );
    assert!(env.path("static/linphone/20001/linphone.xml").exists());
    env.cmd()
        .args(["users", "del", "20001", "--yes"])
        .run()
        .ok();
    assert!(!env.path("static/linphone/20001").exists());
}

#[test]
fn reprov_writes_files_for_users_that_had_none() {
    let env = TestEnv::new();
    assert!(!env.path("static/linphone/20000/linphone.xml").exists());
    let out = env.cmd().args(["users", "reprov", "--json"]).run();
    out.ok();
    assert_eq!(out.json()["op"], "users/reprov");
    assert_eq!(out.json()["done"].as_array().unwrap().len(), 3);
    for id in ["20000", "21000", "22000"] {
        assert!(env
            .path(&format!("static/linphone/{id}/linphone.xml"))
            .exists());
    }
}
