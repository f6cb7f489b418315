//! The 1,000-user add and the `users list` of 1,000 users, through the ops
//! layer (in-process, durable writes, no reload). The same figures through the
//! real binary are measured with hyperfine; see BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use fsconn::ops::users::{self, AddUser};
use fsconn::ops::Ops;
use fsconn::settings::{Overrides, Settings};
use std::path::Path;

fn fresh_ops() -> (tempfile::TempDir, Ops) {
    let dir = tempfile::tempdir().unwrap();
    fsconn::fsio::copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/freeswitch"),
        &dir.path().join("freeswitch"),
    )
    .unwrap();
    // Provisioning files and recordings stay in the temp dir too (the
    // defaults, /static and /recordings, would be shared between runs).
    let over = Overrides {
        conf_dir: Some(dir.path().join("freeswitch")),
        static_dir: Some(dir.path().join("static")),
        recordings_dir: Some(dir.path().join("recordings")),
        ..Default::default()
    };
    let settings = Settings::load(&over, &|_| None).unwrap();
    (dir, Ops::new(settings, None).unwrap())
}

fn thousand() -> Vec<AddUser> {
    (0..1000)
        .map(|i| AddUser {
            name: format!("bench{i}"),
            email: format!("b{i}@example.com"),
            context: if i % 2 == 0 { "team" } else { "public" }.into(),
            password: Some("benchpw12345".into()),
            ..Default::default()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("users");
    g.sample_size(20);
    g.bench_function("add_1000_durable", |b| {
        b.iter_batched(
            || (fresh_ops(), thousand()),
            |((_dir, ops), items)| {
                let o = ops.users_add(items).unwrap();
                assert_eq!(o.answer.done.len(), 1000);
            },
            BatchSize::PerIteration,
        )
    });
    let (_dir, ops) = fresh_ops();
    ops.users_add(thousand()).unwrap();
    g.bench_function("list_1003", |b| {
        b.iter(|| {
            let state = ops.state().unwrap();
            let v = users::list(&state, &ops.settings);
            serde_json::to_string(&v).unwrap().len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
