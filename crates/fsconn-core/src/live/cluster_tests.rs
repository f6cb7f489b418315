//! The merge layer over recorded-shape events: file mode passes every
//! delta untouched; nodes tag, route, hold splits apart and end a lost
//! node's conferences.

use super::tests::{conf_ev, member_ev, xml};
use super::*;
use crate::settings::Settings;
use fsconn_esl::Event;

fn join(conf: &str, size: usize, id: &str, user: &str) -> Vec<Event> {
    let mut v = Vec::new();
    if size == 1 {
        v.push(conf_ev("conference-create", conf, 0, &[]));
    }
    v.push(member_ev("add-member", conf, size, id, user, user, true));
    v
}

fn texts(deltas: &[Delta], version: Version) -> Vec<String> {
    deltas
        .iter()
        .filter_map(|d| d.message_for(version).map(ServerMessage::to_json_string))
        .collect()
}

fn three() -> Cluster {
    let names = ["fs1", "fs2", "fs3"].map(String::from);
    Cluster::of_nodes(&names, &xml())
}

fn feed(c: &mut Cluster, node: usize, events: &[Event]) -> Vec<Delta> {
    events.iter().flat_map(|e| c.apply(node, e)).collect()
}

#[test]
fn file_mode_passes_exactly_what_a_lone_state_says() {
    let mut lone = LiveState::new(&xml());
    let mut cluster = Cluster::of_nodes(&[], &xml());
    let mut events = join("Test_1", 1, "4", "20003");
    events.extend(join("Test_1", 2, "5", "20004"));
    events.push(member_ev(
        "mute-member",
        "Test_1",
        2,
        "5",
        "20004",
        "x",
        false,
    ));
    events.push(member_ev(
        "del-member",
        "Test_1",
        1,
        "4",
        "20003",
        "x",
        true,
    ));
    for ev in &events {
        let a = lone.apply(ev);
        let b = cluster.apply(0, ev);
        assert_eq!(a, b, "{ev:?}");
    }
    let settings = Settings::defaults();
    let team = super::tests::ctx(&settings, "team");
    for v in [Version::V1, Version::V2] {
        assert_eq!(
            lone.snapshot_for_version(&team, &settings, v),
            cluster.snapshot_for_version(&team, &settings, v)
        );
    }
    assert!(!texts(&cluster.apply(0, &events[0]), Version::V2)
        .iter()
        .any(|t| t.contains("\"node\"")));
}

#[test]
fn a_conference_is_tagged_with_its_node_for_v2_only_and_routed_there() {
    let mut c = three();
    let d = feed(&mut c, 1, &join("Test_1", 1, "4", "20003"));
    let v1 = texts(&d, Version::V1);
    let v2 = texts(&d, Version::V2);
    assert!(v1[0].starts_with("{\"event\":\"newConference\""), "{v1:?}");
    assert!(!v1[0].contains("node"), "{v1:?}");
    assert!(v2[0].contains("\"node\":\"fs2\""), "{v2:?}");
    assert_eq!(c.host_of("Test_1"), Some(1));
    assert_eq!(c.hosting("Test_1").0, 1);
    assert_eq!(c.hosting("nosuch").0, 0);
    let settings = Settings::defaults();
    let team = super::tests::ctx(&settings, "team");
    let init = c.snapshot_for_version(&team, &settings, Version::V2);
    assert_eq!(
        init[0].v2.as_ref().and_then(|v| v.node.as_deref()),
        Some("fs2")
    );
    let init = c.snapshot_for_version(&team, &settings, Version::V1);
    assert!(init[0].v2.is_none());
}

#[test]
fn a_split_is_shown_and_not_merged() {
    let mut c = three();
    feed(&mut c, 0, &join("Test_1", 1, "4", "20003"));
    let d = feed(&mut c, 2, &join("Test_1", 1, "9", "20005"));
    assert!(texts(&d, Version::V1).is_empty(), "held back from v1");
    assert_eq!(
        texts(&d, Version::V2),
        vec![r#"{"event":"split","conference":"Test_1","nodes":["fs1","fs3"]}"#]
    );
    // fs3's members are not merged into fs1's conference.
    let more = feed(&mut c, 2, &join("Test_1", 2, "10", "20006"));
    assert!(texts(&more, Version::V2).is_empty(), "{more:?}");
    assert_eq!(
        c.splits(),
        vec![("Test_1".into(), vec!["fs1".into(), "fs3".into()])]
    );
    let settings = Settings::defaults();
    let team = super::tests::ctx(&settings, "team");
    let init = c.snapshot_for_version(&team, &settings, Version::V2);
    assert_eq!(init.len(), 1);
    assert_eq!(init[0].memcount, 1);
    assert_eq!(init[0].v2.as_ref().map(|v| v.split.len()), Some(2));
    let all = c.all_for(&team, &settings);
    let nodes: Vec<_> = all
        .iter()
        .map(|v| (v.v2.as_ref().and_then(|x| x.node.clone()), v.memcount))
        .collect();
    assert_eq!(
        nodes,
        vec![(Some("fs1".into()), 1), (Some("fs3".into()), 2)]
    );
}

#[test]
fn losing_the_host_ends_its_conference_and_the_other_node_takes_over() {
    let mut c = three();
    feed(&mut c, 0, &join("Test_1", 1, "4", "20003"));
    feed(&mut c, 0, &join("public_g722", 1, "1", "20001"));
    feed(&mut c, 2, &join("Test_1", 1, "9", "20005"));
    let d = c.lose(0, &xml());
    let v1 = texts(&d, Version::V1);
    assert_eq!(v1.len(), 3, "{v1:?}");
    assert!(v1.contains(&r#"{"event":"delConference","conference":"public_g722"}"#.to_string()));
    let at = |needle: &str| v1.iter().position(|t| t.contains(needle)).unwrap();
    assert!(at("delConference\",\"conference\":\"Test_1") < at("newConference"));
    assert!(v1[at("newConference")].contains("\"confid\":\"9\""));
    let v2 = texts(&d, Version::V2);
    assert!(v2.iter().any(|t| t.contains("\"node\":\"fs3\"")), "{v2:?}");
    assert!(v2.contains(&r#"{"event":"split","conference":"Test_1","nodes":[]}"#.to_string()));
    assert_eq!(c.host_of("Test_1"), Some(2));
    assert!(c.splits().is_empty());
}

#[test]
fn a_lost_node_comes_back_with_its_snapshot() {
    let mut c = three();
    feed(&mut c, 1, &join("Test_1", 1, "4", "20003"));
    let gone = c.lose(1, &xml());
    assert_eq!(
        texts(&gone, Version::V1),
        vec![r#"{"event":"delConference","conference":"Test_1"}"#]
    );
    assert_eq!(c.host_of("Test_1"), None);
    let mut back = LiveState::new(&xml());
    for ev in join("Test_1", 1, "4", "20003") {
        back.apply(&ev);
    }
    let d = c.replace(1, back);
    let v2 = texts(&d, Version::V2);
    assert_eq!(v2.len(), 1, "{v2:?}");
    assert!(v2[0].contains("newConference") && v2[0].contains("\"node\":\"fs2\""));
    assert_eq!(c.host_of("Test_1"), Some(1));
    assert_eq!(c.counts().members, 1);
    assert_eq!(c.counts_of(1).members, 1);
}

#[test]
fn members_are_not_moved_between_nodes() {
    let mut c = three();
    feed(&mut c, 0, &join("Test_1", 1, "4", "20003"));
    feed(&mut c, 1, &join("public_g722", 1, "1", "20001"));
    let e = c.check_transfer(0, "public_g722").unwrap_err();
    assert!(e.contains("node fs2") && e.contains("node fs1"), "{e}");
    assert!(c.check_transfer(1, "public_g722").is_ok());
    assert!(
        c.check_transfer(0, "team_g722").is_ok(),
        "not running: it starts on fs1"
    );
    let single = Cluster::single(&xml());
    assert!(single.check_transfer(0, "public_g722").is_ok());
}
