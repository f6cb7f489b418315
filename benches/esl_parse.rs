//! Plain-event parsing throughput on recorded FreeSWITCH traffic
//! (session-events-plain: 287 events, 0.8 MB): framing plus full event
//! decoding, fed in 64 KiB reads like a socket delivers them.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use fsconn::esl::{MessageDecoder, MessageKind};

fn capture() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/esl/session-events-plain.s2c.raw"
    );
    std::fs::read(path).expect("fixture session-events-plain.s2c.raw")
}

/// Decodes every message and every event; returns the number of events.
fn parse(data: &[u8]) -> usize {
    let mut decoder = MessageDecoder::new();
    let mut events = 0;
    for chunk in data.chunks(64 * 1024) {
        decoder.feed(chunk);
        while let Ok(Some(m)) = decoder.next_message() {
            if m.kind() == MessageKind::EventPlain {
                let e = m.event().expect("recorded event parses");
                events += e.headers.len().min(1);
            }
        }
    }
    events
}

fn bench(c: &mut Criterion) {
    let data = capture();
    let events = parse(&data);
    assert_eq!(events, 287);

    let mut group = c.benchmark_group("esl_parse");
    group.throughput(Throughput::Bytes(data.len() as u64));
    group.bench_function("plain_events_bytes", |b| {
        b.iter(|| parse(std::hint::black_box(&data)))
    });
    group.throughput(Throughput::Elements(events as u64));
    group.bench_function("plain_events_count", |b| {
        b.iter(|| parse(std::hint::black_box(&data)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
