//! `fsconn info [--state]`: what `GET /api/info` (`/api/info/state`)
//! answers, from the local files and switch or from a server; for people
//! a summary, with `--json` the API's answer.

use super::{output, Global};
use crate::error::Result;
use crate::ops::answer::Globals;
use crate::ops::info::{InfoReport, Meta, NodeInfo, SplitInfo};

pub fn run(g: &Global, state_too: bool) -> Result<i32> {
    let report = g.backend()?.with(None, |svc| svc.info(state_too))?;
    if g.json {
        output::json(&report);
    } else if !g.quiet {
        print(&report);
    }
    Ok(0)
}

fn print(report: &InfoReport) {
    match report {
        InfoReport::Info(a) => {
            meta(&a.info);
            nodes(&a.nodes, &a.splits);
            globals(&a.globals);
        }
        InfoReport::State(s) => {
            let st = &s.state;
            meta(&st.info);
            nodes(&st.nodes, &st.splits);
            globals(&st.globals);
            crate::outln!();
            crate::outln!("{}", output::plural(st.users.len(), "user", "users"));
            crate::outln!(
                "{}",
                output::plural(st.conferences.len(), "conference", "conferences")
            );
            crate::outln!("conference types: {}", st.conferencetypes.join(", "));
        }
    }
}

fn meta(m: &Meta) {
    crate::outln!(
        "last reloadxml by fsconn: {} ({})",
        m.reloadxml.lastrun,
        m.reloadxml.lastmsg
    );
    crate::outln!("last maintenance: {}", m.maintainance.lastrun);
}

/// A cluster's nodes, one line each, and its splits (nothing in file mode).
fn nodes(nodes: &[NodeInfo], splits: &[SplitInfo]) {
    for n in nodes {
        let state = if n.connected { "connected" } else { "DOWN" };
        crate::outln!(
            "node {} ({}): {state}, {}, {}",
            n.name,
            n.address,
            output::plural(n.conferences, "conference", "conferences"),
            output::plural(n.members, "member", "members")
        );
    }
    for s in splits {
        crate::outln!(
            "split: conference {} runs on nodes {} at once",
            s.conference,
            s.nodes.join(", ")
        );
    }
}

fn globals(gl: &Globals) {
    crate::outln!();
    crate::outln!("FreeSWITCH globals ({}):", gl.len());
    let mut t = output::table(&["variable", "value"]);
    for (k, v) in gl {
        t.add_row([k.as_str(), v.as_str()]);
    }
    crate::outln!("{t}");
}
