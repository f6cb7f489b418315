//! The man page sections clap_mangen does not write: EXAMPLES (per page),
//! ENVIRONMENT, FILES and SEE ALSO, in roff.

/// Examples by page name; a page without its own gets its parent's.
const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    (
        "fsconn",
        &[
            (
                "List the directory users as a table (tab-separated into a pipe):",
                "fsconn users list",
            ),
            (
                "The same against a running server:",
                "fsconn --server https://conf.example.com --user admin users list",
            ),
            (
                "Try everything on one machine, with a simulated FreeSWITCH:",
                "fsconn demo",
            ),
        ],
    ),
    (
        "fsconn-users",
        &[
            (
                "Add a user (on a terminal, the missing fields are asked for):",
                "fsconn users add --name alice --email alice@example.com --context team",
            ),
            (
                "Users whose name starts with \"al\", as JSON:",
                "fsconn --json users find byname al",
            ),
            (
                "Only the ids and e-mail addresses:",
                "fsconn users list | cut -f1,4",
            ),
        ],
    ),
    (
        "fsconn-users-add",
        &[
            (
                "Add a user; the generated SIP password is shown once:",
                "fsconn users add --name alice --email alice@example.com --context team",
            ),
            (
                "Add many users from the API's JSON body format:",
                "fsconn users add --file users.json",
            ),
        ],
    ),
    (
        "fsconn-users-del",
        &[(
            "Delete two users without a question:",
            "fsconn users del --yes 20001 20002",
        )],
    ),
    (
        "fsconn-users-mod",
        &[(
            "Give a user a new SIP password:",
            "fsconn users mod 20001 --new-password",
        )],
    ),
    (
        "fsconn-conferences",
        &[
            (
                "Add a conference of a type of conference.conf.xml:",
                "fsconn conferences add --name standup --type wideband --context team",
            ),
            (
                "What adding it would write, without writing:",
                "fsconn --dry-run conferences add --name standup --type wideband --context team",
            ),
        ],
    ),
    (
        "fsconn-conferences-settings",
        &[
            (
                "A conference PIN and a moderator PIN, at most 20 members, non-moderators muted:",
                "fsconn conferences settings 30000 --pin 4711 --moderator-pin 9876 --max-members 20 --mute-on-entry on",
            ),
            (
                "Back to each caller's own PIN; then every conference's settings:",
                "fsconn conferences settings 30000 --pin none\nfsconn conferences settings",
            ),
        ],
    ),
    (
        "fsconn-live",
        &[
            (
                "The running conferences, then one with its members:",
                "fsconn live list\nfsconn live show team_g722",
            ),
            (
                "Mute member 7, then everybody:",
                "fsconn live mute team_g722 7\nfsconn live mute team_g722 all",
            ),
            (
                "Follow a conference's events:",
                "fsconn live watch team_g722",
            ),
        ],
    ),
    (
        "fsconn-recordings",
        &[
            ("The recordings:", "fsconn recordings list"),
            (
                "What the retention policy would remove:",
                "fsconn --dry-run recordings prune",
            ),
        ],
    ),
    (
        "fsconn-store",
        &[(
            "Keep the directory as an archive:",
            "fsconn store directory -o directory.tar.gz",
        )],
    ),
    (
        "fsconn-restore",
        &[(
            "See what restoring an archive would change:",
            "fsconn --dry-run restore directory --from directory.tar.gz",
        )],
    ),
    (
        "fsconn-serve",
        &[(
            "Serve the API and the console on port 8080 of every address:",
            "FASTIIP=0.0.0.0 FASTIPORT=8080 fsconn serve",
        )],
    ),
    (
        "fsconn-demo",
        &[(
            "Start the demo on a free port; it prints the fsconn line that works against it:",
            "fsconn demo --listen 127.0.0.1:0",
        )],
    ),
    (
        "fsconn-config",
        &[(
            "Where each setting comes from:",
            "fsconn --config /etc/fsconn/fsconn.toml config",
        )],
    ),
    (
        "fsconn-info",
        &[(
            "FreeSWITCH's globals and the last reload, as the API answers:",
            "fsconn --json info",
        )],
    ),
    (
        "fsconn-completions",
        &[(
            "Install the bash completion:",
            "fsconn completions bash > /etc/bash_completion.d/fsconn",
        )],
    ),
    (
        "fsconn-man",
        &[(
            "Write every page:",
            "fsconn man --dir /usr/local/share/man/man1",
        )],
    ),
    ("fsconn-audit", &[("Who did what:", "fsconn audit")]),
    (
        "fsconn-doctor",
        &[("Check the installation:", "fsconn doctor")],
    ),
    (
        "fsconn-account",
        &[(
            "Change your own password on a server:",
            "fsconn --server https://conf.example.com --user alice account passwd",
        )],
    ),
    (
        "fsconn-sim",
        &[(
            "A simulated FreeSWITCH event socket on a free port:",
            "fsconn sim --listen 127.0.0.1:0",
        )],
    ),
];

const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "FSCONN_CONFIG",
        "The settings file, if --config is not given.",
    ),
    (
        "SWITCHCONF, STATICPATH, RECPATH",
        "FreeSWITCH config dir, provisioning and store dir, recordings dir.",
    ),
    (
        "FSIP, FSPORT, FSPW",
        "FreeSWITCH's event socket: host, port, password.",
    ),
    (
        "CONHOSTNAME, FASTIIP, FASTIPORT, FASTICERT, FASTIKEY",
        "Host name, listen address and port, TLS certificate and key of fsconn serve.",
    ),
    ("FSCONN_AUDIT_LOG", "The audit log file."),
    (
        "FSCONN_SERVER, FSCONN_USER, FSCONN_CA_CERT",
        "Defaults of --server, --user and --ca-cert.",
    ),
    ("NO_COLOR", "No colour in messages and tables."),
    (
        "COLUMNS",
        "The width of tables when the terminal does not report one (else 100).",
    ),
    (
        "RUST_LOG",
        "Log filter (e.g. debug) for messages on stderr.",
    ),
];

const FILES: &[(&str, &str)] = &[
    (
        "./fsconn.toml, /etc/fsconn/fsconn.toml",
        "Settings, the first found (unless --config or FSCONN_CONFIG).",
    ),
    ("SWITCHCONF/directory/CONTEXT/ID.xml", "A directory user."),
    ("SWITCHCONF/dialplan/conferences/NUM.xml", "A conference."),
    (
        "SWITCHCONF/autoload_configs/conference.conf.xml",
        "The conference types (profiles).",
    ),
    (
        "STATICPATH/",
        "Phone provisioning files and stored archives.",
    ),
    ("RECPATH/", "Conference recordings."),
];

/// roff text: special characters escaped.
fn esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace('-', "\\-")
}

fn examples(page: &str) -> &'static [(&'static str, &'static str)] {
    let mut name = page;
    loop {
        if let Some((_, ex)) = EXAMPLES.iter().find(|(n, _)| *n == name) {
            return ex;
        }
        match name.rsplit_once('-') {
            Some((parent, _)) => name = parent,
            None => return &[],
        }
    }
}

/// EXAMPLES, ENVIRONMENT, FILES and SEE ALSO for page `page` (`fsconn-users-add`),
/// naming only `pages` that exist.
pub fn render(page: &str, pages: &[String]) -> String {
    let mut out = String::from(".SH EXAMPLES\n");
    for (what, cmd) in examples(page) {
        out += &format!(
            ".PP\n{}\n.PP\n.nf\n.RS 4\n{}\n.RE\n.fi\n",
            esc(what),
            esc(cmd)
        );
    }
    out += ".SH ENVIRONMENT\n";
    for (var, what) in ENVIRONMENT {
        out += &format!(".TP\n\\fB{}\\fR\n{}\n", esc(var), esc(what));
    }
    out += ".SH FILES\n";
    for (file, what) in FILES {
        out += &format!(".TP\n\\fI{}\\fR\n{}\n", esc(file), esc(what));
    }
    let mut see: Vec<&str> = Vec::new();
    if let Some((parent, _)) = page.rsplit_once('-') {
        see.push(parent);
    }
    if page != "fsconn" && !see.contains(&"fsconn") {
        see.push("fsconn");
    }
    let see: Vec<String> = see
        .into_iter()
        .filter(|p| pages.iter().any(|have| have == p))
        .map(|p| format!("\\fB{}\\fR(1)", esc(p)))
        .collect();
    if !see.is_empty() {
        out += &format!(".SH \"SEE ALSO\"\n{}\n", see.join(", "));
    }
    out
}
