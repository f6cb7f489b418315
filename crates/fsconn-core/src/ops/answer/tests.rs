//! Each answer type against the JSON of the API reference's examples (in
//! the original's key order): parsed into the type and serialized back, the
//! bytes must not change.

use super::*;

/// Parse `golden` as `T`, serialize, compare byte for byte.
fn round_trip<T: Serialize + DeserializeOwned>(golden: &str) -> T {
    let golden: String = golden.lines().map(str::trim).collect();
    let t: T = serde_json::from_str(&golden).unwrap_or_else(|e| panic!("{e}: {golden}"));
    assert_eq!(serde_json::to_string(&t).unwrap(), golden);
    t
}

const USER: &str = r#"{"id":"20000","password":"napw","conpin":"2357","context":"team",
    "name":"teamuser1","email":"teamuser1@example.com","polymac":"none"}"#;
const CONF: &str = r#"{"num":"30000","name":"team_g722","type":"16kHz-novideo","context":"team"}"#;
const META: &str = r#"{"reloadxml":{"lastrun":"not till now","lastmsg":"no Message"},
    "maintainance":{"lastrun":"2021-01-15T15:01:46.560Z"}}"#;

#[test]
fn users_list() {
    let a: UsersAnswer = round_trip(&format!(
        r#"{{"op":"users","info":{{"total":8,"contexts":{{"team":3,"friends":3,"public":2}}}},
        "users":[{USER}]}}"#
    ));
    // The settings' order, not alphabetical.
    let keys: Vec<&String> = a.info.contexts.keys().collect();
    assert_eq!(keys, ["team", "friends", "public"]);
}

#[test]
fn users_find_and_match() {
    let a: UsersFindAnswer = round_trip(&format!(r#"{{"op":"users/byid/2","users":[{USER}]}}"#));
    assert!(matches!(a, UsersFindAnswer::Users(_)));
    let a: UsersFindAnswer = round_trip(&format!(
        r#"{{"op":"users/match/team","namematches":[{USER}],"emailmatches":[]}}"#
    ));
    assert!(matches!(a, UsersFindAnswer::Matches(_)));
}

#[test]
fn user_writes_with_failures() {
    let a: UsersAddAnswer = round_trip(&format!(
        r#"{{"op":"users/add","done":[{USER}],"failed":[
        {{"error":"name already taken","user":{{"context":"team","name":"teamuser1","email":"x@example.com"}}}},
        {{"error":"email does not contain an email","user":{{"password":"pw","conpin":"1","context":"team","name":"n","email":"e","polymac":"none"}}}}]}}"#
    ));
    assert_eq!(a.failed[0].error, ItemError::NameTaken);
    assert_eq!(a.failed[1].error, ItemError::NotAnEmail);
    let a: UsersModAnswer = round_trip(
        r#"{"op":"users/mod","done":[],"failed":[{"error":"no userid 29999","user":{"id":"29999","name":"x"}}]}"#,
    );
    assert_eq!(a.failed[0].error, ItemError::NoUser("29999".into()));
    let a: UsersDelAnswer = round_trip(
        r#"{"op":"users/del","done":[],"failed":[{"error":"FreeSWITCH rejected the change: -ERR [Bad XML]","user":{"id":"20000"}}]}"#,
    );
    assert_eq!(
        a.failed[0].error,
        ItemError::Rejected("-ERR [Bad XML]".into())
    );
    round_trip::<UsersRewriteAnswer>(&format!(
        r#"{{"op":"users/rebuild","done":[{USER}],"failed":[{{"error":"context does not exist","user":{{"id":"20001"}}}}]}}"#
    ));
}

#[test]
fn conference_writes() {
    let a: ConferencesAddAnswer = round_trip(
        r#"{"op":"conferences/add","done":[{"num":"30001","type":"16kHz-novideo","context":"team","name":"new"}],
        "failed":[{"error":"type not implementet","conference":{"name":"x","type":"nope","context":"team"}}]}"#,
    );
    assert_eq!(a.failed[0].error, ItemError::NoType);
    round_trip::<ConferencesModAnswer>(&format!(
        r#"{{"op":"conferences/mod","done":[{CONF}],"failed":[{{"error":"no free number left in context team","conference":{{"num":"30000","context":"team"}}}}]}}"#
    ));
    let a: ConferencesDelAnswer = round_trip(
        r#"{"op":"conferences/del","done":[],"failed":[{"error":"no conference 39999","conference":{"num":"39999"}}]}"#,
    );
    assert_eq!(a.failed[0].error, ItemError::NoConference("39999".into()));
}

#[test]
fn conference_reads() {
    round_trip::<ConferencesAnswer>(&format!(
        r#"{{"op":"conferences","info":{{"total":4,"contexts":{{"team":2,"friends":1,"public":1}},
        "types":["16kHz-novideo","48kHz-video"]}},"conferences":[{CONF}]}}"#
    ));
    round_trip::<ConferencesFound>(&format!(
        r#"{{"op":"conferences/byname/team","conferences":[{CONF}]}}"#
    ));
    round_trip::<RebuildContactsAnswer>(
        r#"{"op":"conferences/rebuildcontacts","done":"2021-01-15T15:01:46.560Z"}"#,
    );
}

#[test]
fn recordings() {
    round_trip::<RecordingsAnswer>(
        r#"{"op":"api/recordings","files":["friends_16kHz-2021-01-19T13:21:36.840Z.wav"]}"#,
    );
    let a: RecordingsDelAnswer = round_trip(
        r#"{"op":"api/recordings/del","done":["a.wav"],"failed":[{"error":"no recording b.wav","file":"b.wav"},
        {"error":"\"../x\" is not a plain file name (no '..')","file":"../x"}]}"#,
    );
    assert_eq!(a.failed[0].error, ItemError::NoRecording("b.wav".into()));
    assert!(matches!(a.failed[1].error, ItemError::Invalid(_)));
    round_trip::<PruneAnswer>(
        r#"{"op":"api/recordings/prune","dry_run":true,"done":[{"file":"a.wav","reason":"max_age",
        "size":1024,"modified":"2021-01-15T15:01:46.560Z"}],"failed":[{"error":"Permission denied (os error 13)","file":"b.wav"}]}"#,
    );
    let r: PruneRequest = serde_json::from_str("{}").unwrap();
    assert!(!r.dry_run);
    assert!(serde_json::from_str::<PruneRequest>(r#"{"dry_run":true,"x":1}"#).is_err());
}

#[test]
fn store_restore_info_status() {
    round_trip::<StoreAnswer>(
        r#"{"op":"store/directory","done":"/static/store/directory.tar.gz","failed":""}"#,
    );
    round_trip::<RestoreAnswer>(
        r#"{"op":"restore/directory","done":"","failed":"no archive at /x.tar.gz: No such file or directory (os error 2)"}"#,
    );
    let a: InfoAnswer = round_trip(&format!(
        r#"{{"op":"info","info":{META},"globals":{{"hostname":"host.example.com","local_ip_v4":"11.12.13.14"}}}}"#
    ));
    assert_eq!(
        a.globals.keys().next().map(String::as_str),
        Some("hostname")
    );
    round_trip::<InfoStateAnswer>(&format!(
        r#"{{"op":"info/state","state":{{"info":{META},"globals":{{"hostname":"h"}},"users":[{USER}],
        "conferencetypes":["16kHz-novideo","48kHz-video"],"conferences":[{CONF}]}}}}"#
    ));
    round_trip::<UserInfoAnswer>(
        r#"{"id":"20003","password":"napw","conpin":"2357","context":"team","name":"testuser",
        "email":"foo@bar.baz","polymac":"none","wss_binding":":7443","internal_tls_port":"3361"}"#,
    );
    round_trip::<StatusAnswer>(
        r#"{"op":"status","freeswitch":{"connected":false,"address":"127.0.0.1:8021","version":null},
        "reloadxml":{"lastrun":"not till now","lastmsg":"no Message"},"fsconn":{"version":"0.1.0"}}"#,
    );
    round_trip::<ErrorAnswer>(
        r#"{"statusCode":404,"error":"Not Found","message":"no such filter"}"#,
    );
}

#[test]
fn every_item_error_reads_back_as_itself() {
    for e in [
        ItemError::NameTaken,
        ItemError::NotAnEmail,
        ItemError::NoContext,
        ItemError::NoType,
        ItemError::PolymacTaken,
        ItemError::NoUser("20009".into()),
        ItemError::NoConference("30009".into()),
        ItemError::NoFreeId {
            context: "team".into(),
            range: Some("20000-20099".into()),
        },
        ItemError::NoFreeId {
            context: "team".into(),
            range: None,
        },
        ItemError::NoFreeNum("team".into()),
        ItemError::NoRecording("a.wav".into()),
        ItemError::Rejected("-ERR no".into()),
        ItemError::Invalid("conpin must be 1 to 16 digits, got \"x\"".into()),
    ] {
        let wire = serde_json::to_string(&e).unwrap();
        assert_eq!(wire, serde_json::to_string(&e.to_string()).unwrap());
        assert_eq!(
            serde_json::from_str::<ItemError>(&wire).unwrap(),
            e,
            "{wire}"
        );
    }
    assert_eq!(
        ItemError::NoFreeId {
            context: "team".into(),
            range: Some("20000-20099".into())
        }
        .to_string(),
        "no free id left in context team (20000-20099)"
    );
}

#[test]
fn schemas_name_the_failed_key() {
    let s = serde_json::to_value(Failed::<AddUser>::schema()).unwrap();
    assert!(s["properties"]["user"].is_object(), "{s}");
    assert_eq!(Failed::<FileName>::name(), "FailedFileName");
}

#[test]
fn write_answers_have_schemas() {
    let s = serde_json::to_value(UsersAddAnswer::schema()).unwrap();
    assert!(
        s["properties"]["failed"]["items"]["properties"]["user"].is_object(),
        "{s}"
    );
    let s = serde_json::to_value(RecordingsDelAnswer::schema()).unwrap();
    assert_eq!(s["properties"]["done"]["items"]["type"], "string", "{s}");
    let s = serde_json::to_value(PruneAnswer::schema()).unwrap();
    assert!(
        s["properties"]["failed"]["items"]["properties"]["file"].is_object(),
        "{s}"
    );
}
