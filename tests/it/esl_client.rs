//! Client behaviour that needs a server misbehaving or going away.

use std::time::Duration;

use fsconn::esl::{EslClient, EslError, Notice, ReconnectPolicy};
use fsconn::sim::SimMode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::sim_support::*;

async fn bind_again(addr: &str) -> TcpListener {
    tokio::time::timeout(GUARD, async {
        loop {
            match TcpListener::bind(addr).await {
                Ok(l) => return l,
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
    })
    .await
    .expect("the port becomes free again")
}

#[tokio::test]
async fn client_survives_a_switch_restart_and_resubscribes() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture_conf(), &dir.path().join("conf"));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let (_log, first) = spawn_sim(listener, dir.path(), SimMode::Idle);

    let policy = ReconnectPolicy {
        initial: Duration::from_millis(10),
        max: Duration::from_millis(200),
    };
    let (client, mut rx) = EslClient::connect_with_reconnect(config(&addr), policy);
    assert!(matches!(
        next_state_notice(&mut rx).await,
        Notice::Connected
    ));
    client
        .subscribe(&["CUSTOM", "conference::maintenance"])
        .await
        .unwrap();
    assert_eq!(
        client.api("sim join team_g722 20000").await.unwrap(),
        "+OK 1\n"
    );
    next_event(&mut rx, is_action("add-member")).await;

    first.abort();
    assert!(matches!(
        next_state_notice(&mut rx).await,
        Notice::Disconnected(_)
    ));
    assert!(matches!(
        client.api("global_getvar domain").await,
        Err(EslError::NotConnected)
    ));

    let (log, second) = spawn_sim(bind_again(&addr).await, dir.path(), SimMode::Idle);
    assert!(matches!(
        next_state_notice(&mut rx).await,
        Notice::Reconnected
    ));
    // A fresh switch: state is gone, the subscription was replayed.
    assert_eq!(client.api("conference json_list").await.unwrap(), "[]");
    assert_eq!(
        client.api("sim join team_g722 20001").await.unwrap(),
        "+OK 1\n"
    );
    let e = next_event(&mut rx, is_action("add-member")).await;
    assert_eq!(e.get("Caller-Username"), Some("20001"));
    assert_eq!(
        client.bgapi("global_getvar domain").await.unwrap(),
        "127.0.0.1"
    );
    assert_eq!(
        &log.lines()[..3],
        [
            "auth ***",
            "event plain BACKGROUND_JOB",
            "event plain CUSTOM conference::maintenance"
        ]
    );
    second.abort();
}

/// A server that authenticates and then never answers again.
async fn silent_switch() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    tokio::spawn(async move {
        let Ok((mut s, _)) = listener.accept().await else {
            return;
        };
        let mut buf = [0u8; 4096];
        let _ = s.write_all(b"Content-Type: auth/request\n\n").await;
        let _ = s.read(&mut buf).await;
        let _ = s
            .write_all(b"Content-Type: command/reply\nReply-Text: +OK accepted\n\n")
            .await;
        let _ = s.read(&mut buf).await;
        let _ = s
            .write_all(
                b"Content-Type: command/reply\nReply-Text: +OK event listener enabled plain\n\n",
            )
            .await;
        while let Ok(n) = s.read(&mut buf).await {
            if n == 0 {
                break;
            }
        }
    });
    addr
}

#[tokio::test]
async fn every_command_times_out_instead_of_hanging() {
    let addr = silent_switch().await;
    let mut cfg = config(&addr);
    cfg.command_timeout = Duration::from_millis(300);
    let client = EslClient::connect(cfg).await.unwrap();
    assert!(matches!(
        client.api("status").await,
        Err(EslError::Timeout(_))
    ));
    assert!(matches!(
        client.bgapi("status").await,
        Err(EslError::Timeout(_))
    ));
}

#[tokio::test]
async fn refused_connections_are_unreachable_errors() {
    let free = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    match EslClient::connect(config(&free.to_string())).await {
        Err(EslError::Unreachable { .. }) => {}
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("connected to a closed port"),
    }
}

/// A switch that greets with `greeting`, and answers the first command the
/// client sends with `reply` (then closes); one connection per client.
async fn scripted_switch(greeting: &'static [u8], reply: &'static [u8]) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            tokio::spawn(async move {
                let _ = s.write_all(greeting).await;
                let mut buf = [0u8; 256];
                if !reply.is_empty() && matches!(s.read(&mut buf).await, Ok(n) if n > 0) {
                    let _ = s.write_all(reply).await;
                }
            });
        }
    });
    addr
}

/// The async client and the blocking one (the CLI's) run one handshake:
/// each rejected greeting gives both the same error.
#[tokio::test]
async fn both_clients_agree_on_every_rejected_greeting() {
    const GREET: &[u8] = b"Content-Type: auth/request\n\n";
    let cases: [(&str, &[u8], &[u8], &str); 5] = [
        (
            "wrong password",
            GREET,
            b"Content-Type: command/reply\nReply-Text: -ERR invalid\n\nContent-Type: text/disconnect-notice\nContent-Length: 67\n\nDisconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n",
            "FreeSWITCH refused the password: -ERR invalid",
        ),
        (
            "ACL",
            b"Content-Type: text/rude-rejection\nContent-Length: 24\n\nAccess Denied, go away.\n",
            b"",
            "FreeSWITCH refused the password: Access Denied, go away.",
        ),
        (
            "-ERR greeting",
            b"Content-Type: command/reply\nReply-Text: -ERR no\n\n",
            b"",
            "unexpected data from FreeSWITCH: unexpected reply of type \"command/reply\"",
        ),
        (
            "garbage",
            b"HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n\r\n",
            b"",
            "",
        ),
        (
            "closed",
            b"",
            b"",
            "connection to FreeSWITCH lost: closed during the handshake",
        ),
    ];
    for (what, greeting, reply, expected) in cases {
        let addr = scripted_switch(greeting, reply).await;
        let mut cfg = config(&addr);
        cfg.command_timeout = Duration::from_secs(2);
        let asynchronous = match EslClient::connect(cfg).await {
            Ok(_) => panic!("{what}: async client connected"),
            Err(e) => e,
        };
        let a = addr.clone();
        let blocking = tokio::task::spawn_blocking(move || {
            fsconn::esl::client::blocking_api(&a, "ClueCon", "status", Duration::from_secs(2))
        })
        .await
        .unwrap()
        .expect_err("blocking client refused");
        assert_eq!(
            asynchronous.to_string(),
            blocking.to_string(),
            "{what}: the same error"
        );
        assert_eq!(
            std::mem::discriminant(&asynchronous),
            std::mem::discriminant(&blocking),
            "{what}"
        );
        if expected.is_empty() {
            // Garbage: a protocol error or a timeout, never an accepted login.
            assert!(
                matches!(asynchronous, EslError::Protocol(_) | EslError::Timeout(_)),
                "{what}: {asynchronous}"
            );
        } else {
            assert_eq!(asynchronous.to_string(), expected, "{what}");
        }
    }
}
