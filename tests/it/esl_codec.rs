//! The codec against sessions recorded from a real FreeSWITCH 1.10.12.

use fsconn::esl::codec::{self, decode_all, Command, Event, EventFormat, Message, MessageKind};
use fsconn::esl::MessageDecoder;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::fixture;

const SESSIONS: &[&str] = &[
    "session-bigdir",
    "session-commands",
    "session-commands-badauth",
    "session-events-control",
    "session-events-json",
    "session-events-plain",
    "session-reregister",
    "session-shutdown",
    "session-shutdown-control",
    "session-subscribe",
];

fn whole(data: &[u8]) -> Vec<Message> {
    let (msgs, rest) = decode_all::<Message>(data).expect("capture decodes");
    assert_eq!(rest, 0, "capture ends on a message boundary");
    msgs
}

fn chunked(data: &[u8], mut next_len: impl FnMut() -> usize) -> Vec<Message> {
    let mut d = MessageDecoder::new();
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < data.len() {
        let end = (pos + next_len()).min(data.len());
        d.feed(&data[pos..end]);
        pos = end;
        while let Some(m) = d.next_message().expect("chunk decodes") {
            out.push(m);
        }
    }
    assert_eq!(d.buffered(), 0);
    out
}

#[test]
fn every_capture_decodes_identically_however_it_is_split() {
    let mut rng = StdRng::seed_from_u64(0x05ee_de51);
    for name in SESSIONS {
        let data = fixture(&format!("esl/{name}.s2c.raw"));
        let reference = whole(&data);
        assert!(reference.len() >= 3, "{name}: too few messages");
        assert_eq!(reference[0].kind(), MessageKind::AuthRequest, "{name}");

        let bytewise = chunked(&data, || 1);
        assert_eq!(bytewise, reference, "{name}: one byte at a time");
        for round in 0..4 {
            let max = [7, 100, 4096, 70_000][round];
            let random = chunked(&data, || rng.gen_range(1..=max));
            assert_eq!(random, reference, "{name}: random chunks up to {max}");
        }
    }
}

/// The `.log` files keep FreeSWITCH's real TCP read boundaries.
#[test]
fn recorded_read_boundaries_give_the_same_messages() {
    for name in ["session-commands", "session-events-control"] {
        let log = fixture(&format!("esl/{name}.log"));
        let mut reads = Vec::new();
        let mut pos = 0;
        while pos < log.len() {
            let eol = pos
                + log[pos..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .expect("record header");
            let header = std::str::from_utf8(&log[pos..eol]).expect("ascii header");
            pos = eol + 1;
            if header.starts_with("#### NOTE") {
                continue;
            }
            let fields: Vec<&str> = header.split(' ').collect();
            let n: usize = fields[fields.len() - 2].parse().expect("byte count");
            if fields.contains(&"S->C") {
                reads.push(log[pos..pos + n].to_vec());
            }
            pos += n + 1;
        }
        let joined: Vec<u8> = reads.concat();
        assert_eq!(joined, fixture(&format!("esl/{name}.s2c.raw")));
        let mut it = reads.iter();
        let mut d = MessageDecoder::new();
        let mut got = Vec::new();
        for r in it.by_ref() {
            d.feed(r);
            while let Some(m) = d.next_message().unwrap() {
                got.push(m);
            }
        }
        assert_eq!(got, whole(&joined), "{name}");
    }
}

#[test]
fn client_commands_of_every_capture_parse() {
    for name in SESSIONS {
        let data = fixture(&format!("esl/{name}.c2s.raw"));
        let (cmds, rest) = decode_all::<Command>(&data).expect("commands decode");
        assert_eq!(rest, 0, "{name}");
        assert!(
            cmds[0].line.starts_with("auth "),
            "{name}: {:?}",
            cmds[0].line
        );
        for c in &cmds {
            assert!(
                !c.line.is_empty() && !c.line.contains('\n'),
                "{name}: {c:?}"
            );
        }
    }
    let (cmds, _) = decode_all::<Command>(&fixture("esl/session-commands.c2s.raw")).unwrap();
    let with_uuid: Vec<_> = cmds
        .iter()
        .filter(|c| c.headers.get("job-uuid").is_some())
        .collect();
    assert_eq!(with_uuid.len(), 1);
    assert_eq!(with_uuid[0].line, "bgapi reloadxml");
    assert_eq!(
        with_uuid[0].headers.get("Job-UUID"),
        Some("abb1a521-4617-419c-aeb1-1792e3b18fd3")
    );
    assert!(cmds.iter().any(|c| c.line == "foobarbaz"));
}

fn events(name: &str) -> Vec<(Message, Event)> {
    whole(&fixture(&format!("esl/{name}.s2c.raw")))
        .into_iter()
        .filter(|m| matches!(m.kind(), MessageKind::EventPlain | MessageKind::EventJson))
        .map(|m| {
            let e = m.event().expect("event parses");
            (m, e)
        })
        .collect()
}

/// The plain and JSON subscribers of session-events saw the same events; once
/// URL-decoded, the plain headers must equal the JSON members exactly.
#[test]
fn plain_events_decode_to_the_same_values_as_json() {
    let plain = events("session-events-plain");
    let json = events("session-events-json");
    assert_eq!(plain.len(), 287);
    assert_eq!(json.len(), 287);
    let by_seq = |list: &[(Message, Event)]| {
        list.iter()
            .map(|(_, e)| (e.get("Event-Sequence").unwrap().to_string(), e.clone()))
            .collect::<std::collections::HashMap<_, _>>()
    };
    let (p, j) = (by_seq(&plain), by_seq(&json));
    let mut compared = 0;
    for (seq, pe) in &p {
        let Some(je) = j.get(seq) else { continue };
        let ph: Vec<_> = pe.headers.iter().collect();
        let jh: Vec<_> = je.headers.iter().collect();
        assert_eq!(ph, jh, "event {seq}");
        assert_eq!(pe.body, je.body, "event {seq}");
        compared += 1;
    }
    assert!(compared > 250, "only {compared} events in common");
    let contact = plain
        .iter()
        .find_map(|(_, e)| e.get("contact"))
        .expect("a contact header");
    assert_eq!(contact, "\"\" <sip:20000@127.0.0.1:5100;transport=UDP>");
}

/// Re-encoding every recorded event reproduces FreeSWITCH's bytes, which is
/// what lets the simulator write frames a client cannot tell apart.
#[test]
fn encoders_reproduce_recorded_bytes() {
    for name in [
        "session-events-plain",
        "session-events-json",
        "session-bigdir",
        "session-shutdown",
        "session-commands",
    ] {
        let data = fixture(&format!("esl/{name}.s2c.raw"));
        let mut reencoded = Vec::new();
        for m in whole(&data) {
            let bytes = match m.kind() {
                MessageKind::AuthRequest => codec::encode_auth_request(),
                MessageKind::CommandReply => {
                    let extra: Vec<(&str, &str)> = m
                        .headers
                        .iter()
                        .filter(|(n, _)| *n != "Content-Type" && *n != "Reply-Text")
                        .collect();
                    codec::encode_command_reply(m.reply_text().unwrap(), &extra)
                }
                MessageKind::ApiResponse => codec::encode_api_response(&m.body),
                MessageKind::DisconnectNotice => codec::encode_disconnect_notice(&m.body_text()),
                MessageKind::EventPlain => {
                    codec::encode_event(&m.event().unwrap(), EventFormat::Plain)
                }
                MessageKind::EventJson => {
                    codec::encode_event(&m.event().unwrap(), EventFormat::Json)
                }
                other => panic!("{name}: unexpected {other:?}"),
            };
            reencoded.extend_from_slice(&bytes);
        }
        if reencoded != data {
            let at = reencoded
                .iter()
                .zip(&data)
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let lo = at.saturating_sub(200);
            panic!(
                "{name}: re-encoded bytes differ at {at}:\n{}\n---- recorded:\n{}",
                String::from_utf8_lossy(&reencoded[lo..(at + 100).min(reencoded.len())]),
                String::from_utf8_lossy(&data[lo..(at + 100).min(data.len())])
            );
        }
    }
}

#[test]
fn large_bodies_keep_their_exact_length() {
    let msgs = whole(&fixture("esl/session-bigdir.s2c.raw"));
    let sizes: Vec<usize> = msgs.iter().map(|m| m.body.len()).collect();
    assert!(sizes.contains(&1_082_098));
    let jobs: Vec<Event> = msgs
        .iter()
        .filter(|m| matches!(m.kind(), MessageKind::EventPlain | MessageKind::EventJson))
        .map(|m| m.event().unwrap())
        .collect();
    assert_eq!(jobs.len(), 2);
    for job in &jobs {
        assert_eq!(job.name(), Some("BACKGROUND_JOB"));
        assert_eq!(job.get("Job-Command"), Some("xml_locate"));
        let body = job.body.as_deref().unwrap();
        assert_eq!(body.len(), 1_082_098);
        assert!(body.starts_with("<section name=\"directory\""));
    }
    assert_eq!(jobs[0].body, jobs[1].body);
}
