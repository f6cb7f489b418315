
use builtin;
use str;

set edit:completion:arg-completer[fsconn] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'fsconn'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'fsconn'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand users 'Directory users (FreeSWITCH directory/<context>/<id>.xml)'
            cand conferences 'Conferences (dialplan/conferences/<num>.xml)'
            cand account 'Your own account on a `fsconn serve` (--server): change your password'
            cand recordings 'Conference recordings'
            cand live 'Running conferences: list, show, watch, and every moderator control'
            cand store 'Write a .tar.gz of a config tree (freeswitch, dialplan, conferences, directory)'
            cand restore 'Replace a config tree with a stored archive; rolled back if FreeSWITCH refuses it'
            cand backups 'List the kept generations of stored archives (newest first; `restore.keep` per tree)'
            cand info 'System state: reload info and FreeSWITCH''s globals'
            cand serve 'Serve the HTTP API, provisioning and the web client'
            cand sim 'A FreeSWITCH event-socket simulator (for tests and demos)'
            cand config 'Show the effective settings and where each value came from'
            cand doctor 'Check FreeSWITCH, its configuration and fsconn''s dirs; explain each failure with a fix (exit 0 all pass, 1 otherwise)'
            cand audit 'Show the audit log: every write and control, who, from where, result'
            cand cluster 'A cluster of FreeSWITCH nodes ([[node]] tables): what the SIP proxy needs'
            cand completions 'Print a shell completion script (or write all with --dir)'
            cand man 'Print the man page (or write all pages with --dir)'
            cand demo 'Run the whole system on this machine: example config, simulator, API'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;users'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List all users (GET /api/users); passwords hidden unless --show-passwords'
            cand find 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords'
            cand add 'Add users; each gets the lowest free id of its context'
            cand mod 'Change users; a new context means a new id. Every field not given keeps its value (--new-password generates one, --polymac none removes the phone); with --file, the API''s rule: an item without a password gets a new one, without a polymac loses its phone'
            cand del 'Delete users by id'
            cand rebuild 'Rewrite every user file from the templates; passwords hidden unless --show-passwords'
            cand reprov 'Rewrite every user''s phone provisioning files; passwords hidden unless --show-passwords'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;users;list'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --show-passwords 'Show the SIP passwords (table and --json)'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;users;find'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --show-passwords 'Show the SIP passwords (table and --json)'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;users;add'= {
            cand --file 'A JSON array in the API''s POST body format (`-` for stdin)'
            cand --name 'The user''s name (asked for at a terminal if missing)'
            cand --email 'E-mail address (asked for at a terminal if missing)'
            cand --context 'The directory context (asked for at a terminal if missing)'
            cand --password 'Default: a generated one'
            cand --conpin 'Default: the context''s pin'
            cand --polymac 'Polycom MAC (12 hex digits) or `none`'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;users;mod'= {
            cand --file 'file'
            cand --name 'name'
            cand --email 'email'
            cand --context 'context'
            cand --password 'Set this SIP password'
            cand --conpin 'conpin'
            cand --polymac 'Polycom MAC (12 hex digits), or `none` to remove the phone'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --new-password 'Generate a new SIP password'
            cand --show-passwords 'Show every changed user''s SIP password, also the ones it keeps (a new or set password is always shown once)'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;users;del'= {
            cand --file 'file'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --show-passwords 'Show the deleted users'' SIP passwords (table and --json)'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;users;rebuild'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --show-passwords 'Show the SIP passwords (table and --json)'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;users;reprov'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --show-passwords 'Show the SIP passwords (table and --json)'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;users;help'= {
            cand list 'List all users (GET /api/users); passwords hidden unless --show-passwords'
            cand find 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords'
            cand add 'Add users; each gets the lowest free id of its context'
            cand mod 'Change users; a new context means a new id. Every field not given keeps its value (--new-password generates one, --polymac none removes the phone); with --file, the API''s rule: an item without a password gets a new one, without a polymac loses its phone'
            cand del 'Delete users by id'
            cand rebuild 'Rewrite every user file from the templates; passwords hidden unless --show-passwords'
            cand reprov 'Rewrite every user''s phone provisioning files; passwords hidden unless --show-passwords'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;users;help;list'= {
        }
        &'fsconn;users;help;find'= {
        }
        &'fsconn;users;help;add'= {
        }
        &'fsconn;users;help;mod'= {
        }
        &'fsconn;users;help;del'= {
        }
        &'fsconn;users;help;rebuild'= {
        }
        &'fsconn;users;help;reprov'= {
        }
        &'fsconn;users;help;help'= {
        }
        &'fsconn;conferences'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List all conferences (GET /api/conferences)'
            cand find 'Conferences whose field starts with STRING'
            cand add 'Add conferences; each gets the lowest free number of its context'
            cand mod 'Change conferences; a new context means a new number'
            cand del 'Delete conferences by number'
            cand rebuildcontacts 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)'
            cand settings 'Show or change a conference''s own settings: PINs, maximum members, wait for a moderator, announcements, automatic recording, mute on entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;conferences;list'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;conferences;find'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;conferences;add'= {
            cand --file 'A JSON array in the API''s POST body format (`-` for stdin)'
            cand --name 'Letters, digits, ''_'', ''-'' and ''.'''
            cand --type 'A profile of conference.conf.xml; a wrong one gets the list of types (the shell completes them)'
            cand --context 'context'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;conferences;mod'= {
            cand --file 'file'
            cand --name 'name'
            cand --type 'A profile of conference.conf.xml (the shell completes them)'
            cand --context 'context'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;conferences;del'= {
            cand --file 'file'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;conferences;rebuildcontacts'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;conferences;settings'= {
            cand --file 'A JSON array in the API''s POST body format (`-` for stdin)'
            cand --pin 'The conference''s own member PIN (digits), or `none` for each caller''s own conpin'
            cand --moderator-pin 'A PIN that makes the caller a moderator (digits), or `none`'
            cand --max-members 'Refuse callers beyond this count (2 or more), or `none`'
            cand --wait-for-moderator 'Members wait until a moderator joins (FreeSWITCH''s wait-mod)'
            cand --announce 'A tone when a member joins and when one leaves'
            cand --auto-record 'Record the conference from its first member on'
            cand --mute-on-entry 'Callers without moderator rights join muted'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;conferences;help'= {
            cand list 'List all conferences (GET /api/conferences)'
            cand find 'Conferences whose field starts with STRING'
            cand add 'Add conferences; each gets the lowest free number of its context'
            cand mod 'Change conferences; a new context means a new number'
            cand del 'Delete conferences by number'
            cand rebuildcontacts 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)'
            cand settings 'Show or change a conference''s own settings: PINs, maximum members, wait for a moderator, announcements, automatic recording, mute on entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;conferences;help;list'= {
        }
        &'fsconn;conferences;help;find'= {
        }
        &'fsconn;conferences;help;add'= {
        }
        &'fsconn;conferences;help;mod'= {
        }
        &'fsconn;conferences;help;del'= {
        }
        &'fsconn;conferences;help;rebuildcontacts'= {
        }
        &'fsconn;conferences;help;settings'= {
        }
        &'fsconn;conferences;help;help'= {
        }
        &'fsconn;account'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand passwd 'Change your own password (POST /api/account/password); asks for the new one twice, or reads it from stdin with --password-stdin. Your other console sessions and live connections end'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;account;passwd'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --password-stdin 'Read the new password from the first line of stdin (for scripts)'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;account;help'= {
            cand passwd 'Change your own password (POST /api/account/password); asks for the new one twice, or reads it from stdin with --password-stdin. Your other console sessions and live connections end'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;account;help;passwd'= {
        }
        &'fsconn;account;help;help'= {
        }
        &'fsconn;recordings'= {
            cand --context 'Only what a user of this context may see (e.g. `friends`)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List recordings, newest first: conference, start, duration, size, and which one is being recorded now'
            cand find 'Recordings whose name contains STRING'
            cand del 'Delete recordings by file name'
            cand path 'Print the full path of a recording'
            cand prune 'Apply the retention policy (retention.max_age_days, retention.max_total_size); with --dry-run only list what would be removed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;recordings;list'= {
            cand --conference 'Only the recordings of this conference (by name)'
            cand --from 'Only recordings started at or after WHEN: a date (YYYY-MM-DD, UTC) or an RFC 3339 time'
            cand --to 'Only recordings started up to the end of this date (UTC), or before this RFC 3339 time'
            cand --context 'Only what a user of this context may see (e.g. `friends`)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --details 'With --json: the details too (`GET /api/recordings?details=true`); without it --json prints the original''s `{op, files}`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;recordings;find'= {
            cand --context 'Only what a user of this context may see (e.g. `friends`)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;recordings;del'= {
            cand --context 'Only what a user of this context may see (e.g. `friends`)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;recordings;path'= {
            cand --context 'Only what a user of this context may see (e.g. `friends`)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;recordings;prune'= {
            cand --context 'Only what a user of this context may see (e.g. `friends`)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;recordings;help'= {
            cand list 'List recordings, newest first: conference, start, duration, size, and which one is being recorded now'
            cand find 'Recordings whose name contains STRING'
            cand del 'Delete recordings by file name'
            cand path 'Print the full path of a recording'
            cand prune 'Apply the retention policy (retention.max_age_days, retention.max_total_size); with --dry-run only list what would be removed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;recordings;help;list'= {
        }
        &'fsconn;recordings;help;find'= {
        }
        &'fsconn;recordings;help;del'= {
        }
        &'fsconn;recordings;help;path'= {
        }
        &'fsconn;recordings;help;prune'= {
        }
        &'fsconn;recordings;help;help'= {
        }
        &'fsconn;live'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Running conferences (GET /api/active)'
            cand show 'One running conference with its members'
            cand watch 'Print conference events as they happen (Ctrl-C stops)'
            cand lock 'Lock a conference: nobody else may join'
            cand unlock 'Unlock a conference'
            cand mute 'Mute a member (`all`: everybody)'
            cand unmute 'Unmute a member (`all`: everybody)'
            cand deaf 'Deafen a member: they hear nothing'
            cand undeaf 'Let a deafened member hear again'
            cand kick 'Kick a member (`all`: everybody); they hear the kick sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
            cand hup 'Hang up on a member without a sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
            cand record 'Recording: start, pause, resume or stop'
            cand transfer 'Move a member to another conference. Asks first (--yes without a terminal, --dry-run shows the plan)'
            cand dial 'Call a directory user''s phone into the conference'
            cand play 'Play a prompt from the configured prompts dir to the conference'
            cand energy 'A member''s energy (noise gate) level'
            cand volume 'A member''s volume: what they hear (--out) or how loud they are (default)'
            cand floor 'Give a member the floor'
            cand grantmod 'Make a member a moderator for the rest of their call'
            cand revokemod 'Take a member''s moderator rights away (they stay in the call)'
            cand lowerhand 'Lower a member''s raised hand'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;live;list'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;show'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;watch'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;lock'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;unlock'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;mute'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;unmute'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;deaf'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;undeaf'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;kick'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;hup'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;record'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;transfer'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;dial'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;play'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;energy'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;volume'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --out 'What the member hears instead of how loud they are heard'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;floor'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;grantmod'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;revokemod'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;lowerhand'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;live;help'= {
            cand list 'Running conferences (GET /api/active)'
            cand show 'One running conference with its members'
            cand watch 'Print conference events as they happen (Ctrl-C stops)'
            cand lock 'Lock a conference: nobody else may join'
            cand unlock 'Unlock a conference'
            cand mute 'Mute a member (`all`: everybody)'
            cand unmute 'Unmute a member (`all`: everybody)'
            cand deaf 'Deafen a member: they hear nothing'
            cand undeaf 'Let a deafened member hear again'
            cand kick 'Kick a member (`all`: everybody); they hear the kick sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
            cand hup 'Hang up on a member without a sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
            cand record 'Recording: start, pause, resume or stop'
            cand transfer 'Move a member to another conference. Asks first (--yes without a terminal, --dry-run shows the plan)'
            cand dial 'Call a directory user''s phone into the conference'
            cand play 'Play a prompt from the configured prompts dir to the conference'
            cand energy 'A member''s energy (noise gate) level'
            cand volume 'A member''s volume: what they hear (--out) or how loud they are (default)'
            cand floor 'Give a member the floor'
            cand grantmod 'Make a member a moderator for the rest of their call'
            cand revokemod 'Take a member''s moderator rights away (they stay in the call)'
            cand lowerhand 'Lower a member''s raised hand'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;live;help;list'= {
        }
        &'fsconn;live;help;show'= {
        }
        &'fsconn;live;help;watch'= {
        }
        &'fsconn;live;help;lock'= {
        }
        &'fsconn;live;help;unlock'= {
        }
        &'fsconn;live;help;mute'= {
        }
        &'fsconn;live;help;unmute'= {
        }
        &'fsconn;live;help;deaf'= {
        }
        &'fsconn;live;help;undeaf'= {
        }
        &'fsconn;live;help;kick'= {
        }
        &'fsconn;live;help;hup'= {
        }
        &'fsconn;live;help;record'= {
        }
        &'fsconn;live;help;transfer'= {
        }
        &'fsconn;live;help;dial'= {
        }
        &'fsconn;live;help;play'= {
        }
        &'fsconn;live;help;energy'= {
        }
        &'fsconn;live;help;volume'= {
        }
        &'fsconn;live;help;floor'= {
        }
        &'fsconn;live;help;grantmod'= {
        }
        &'fsconn;live;help;revokemod'= {
        }
        &'fsconn;live;help;lowerhand'= {
        }
        &'fsconn;live;help;help'= {
        }
        &'fsconn;store'= {
            cand -o 'Where to write the archive (default <static>/store/TARGET.tar.gz)'
            cand --output 'Where to write the archive (default <static>/store/TARGET.tar.gz)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;restore'= {
            cand --from 'The archive to restore (default <static>/store/TARGET.tar.gz)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;backups'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;info'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --state 'Also users, conferences and conference types (GET /api/info/state)'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;serve'= {
            cand --listen 'Address to listen on (FASTIIP/FASTIPORT; default 127.0.0.1:3000)'
            cand --tls-cert 'PEM certificate chain: serve HTTPS (FASTICERT)'
            cand --tls-key 'PEM private key (FASTIKEY)'
            cand --web-root 'A directory of web client files served instead of the built-in console'
            cand --metrics-listen 'Serve Prometheus metrics at http://ADDR/metrics (serve.metrics_listen; off by default)'
            cand --log-format 'Log lines as `text` or `json` (serve.log_format)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --allow-default-passwords 'Listen on a non-loopback address even while users have well-known default passwords (e.g. the example''s `napw`)'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;sim'= {
            cand --listen 'Address to listen on (default: the configured event socket, 127.0.0.1:8021)'
            cand --password 'Event socket password (default: the configured one, ClueCon)'
            cand --scenario 'Play a scripted scenario (one api command per line, `sleep MS`)'
            cand --rate 'Speed factor for --scenario (2 = twice as fast)'
            cand --command-log 'Append every command received to FILE'
            cand --sounds-dir 'The switch''s sounds dir (default /usr/share/freeswitch/sounds, not checked); when given, callers asked for a PIN need its conf-pin prompt there'
            cand --certs-dir 'The switch''s certificate dir, $${certs_dir}'
            cand --node 'Run as the cluster node NAME: users and the dialplan are fetched from fsconn as mod_xml_curl does (at `sim register` and `sim join`), the rest read from the conf dir (e.g. examples/cluster/node)'
            cand --xml-curl 'fsconn''s mod_xml_curl endpoint, http://HOST:PORT/api/xml_curl'
            cand --xml-curl-credentials 'The node''s credentials, USER:PASSWORD (its [[node]] xml_curl_user and xml_curl_password)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --demo 'Play built-in demo traffic: calls, talking, muting, moderator keys, phones'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;config'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;doctor'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;audit'= {
            cand --since 'Only entries from then on: a time (RFC 3339), a date, or an age (90m, 12h, 7d). `--user NAME` shows only that user''s entries'
            cand --until 'Only entries before then: a time (RFC 3339), a date (up to its end, UTC), or an age'
            cand --action 'Only entries whose action contains TEXT (e.g. `users/`, `live/`)'
            cand --result 'Only entries with this result'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;cluster'= {
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand dispatcher-list 'Kamailio''s dispatcher.list from the [[node]] tables (set 1, one line per node with a `sip` address); reload it with `kamcmd dispatcher.reload`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;cluster;dispatcher-list'= {
            cand --out 'Write the list to FILE (atomically) instead of printing it'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;cluster;help'= {
            cand dispatcher-list 'Kamailio''s dispatcher.list from the [[node]] tables (set 1, one line per node with a `sip` address); reload it with `kamcmd dispatcher.reload`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;cluster;help;dispatcher-list'= {
        }
        &'fsconn;cluster;help;help'= {
        }
        &'fsconn;completions'= {
            cand --dir 'Write every shell''s script into DIR instead of printing one'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;man'= {
            cand --dir 'Write all pages into DIR (else print fsconn.1)'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;demo'= {
            cand --listen 'Where the HTTP API listens (port 0 picks a free one)'
            cand --nodes 'Run a cluster of N simulated FreeSWITCH nodes (2 to 9) behind fsconn instead of one switch: [[node]] tables with generated xml_curl passwords, each node on its own event-socket port fetching its users and dialplan from fsconn''s POST /api/xml_curl as mod_xml_curl does, each conference on the node Kamailio''s dispatcher would hash its number to; the demo prints `node NAME: USER:PASSWORD` and the event socket of each'
            cand --config 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)'
            cand --conf-dir 'FreeSWITCH config dir (SWITCHCONF)'
            cand --static-dir 'Provisioning and store dir (STATICPATH)'
            cand --recordings-dir 'Recordings dir (RECPATH)'
            cand --esl 'FreeSWITCH event socket (FSIP/FSPORT)'
            cand --esl-password 'Event socket password (FSPW)'
            cand --format 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe'
            cand --server 'Work against a `fsconn serve` instead of local files'
            cand --user 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)'
            cand --ca-cert 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`'
            cand --json 'Print exactly the JSON the HTTP API returns'
            cand -y 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for deletes without a terminal)'
            cand --no-reload 'Write the files but do not ask FreeSWITCH to reloadxml'
            cand --dry-run 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
            cand -q 'Print nothing but errors and warnings'
            cand --quiet 'Print nothing but errors and warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'fsconn;help'= {
            cand users 'Directory users (FreeSWITCH directory/<context>/<id>.xml)'
            cand conferences 'Conferences (dialplan/conferences/<num>.xml)'
            cand account 'Your own account on a `fsconn serve` (--server): change your password'
            cand recordings 'Conference recordings'
            cand live 'Running conferences: list, show, watch, and every moderator control'
            cand store 'Write a .tar.gz of a config tree (freeswitch, dialplan, conferences, directory)'
            cand restore 'Replace a config tree with a stored archive; rolled back if FreeSWITCH refuses it'
            cand backups 'List the kept generations of stored archives (newest first; `restore.keep` per tree)'
            cand info 'System state: reload info and FreeSWITCH''s globals'
            cand serve 'Serve the HTTP API, provisioning and the web client'
            cand sim 'A FreeSWITCH event-socket simulator (for tests and demos)'
            cand config 'Show the effective settings and where each value came from'
            cand doctor 'Check FreeSWITCH, its configuration and fsconn''s dirs; explain each failure with a fix (exit 0 all pass, 1 otherwise)'
            cand audit 'Show the audit log: every write and control, who, from where, result'
            cand cluster 'A cluster of FreeSWITCH nodes ([[node]] tables): what the SIP proxy needs'
            cand completions 'Print a shell completion script (or write all with --dir)'
            cand man 'Print the man page (or write all pages with --dir)'
            cand demo 'Run the whole system on this machine: example config, simulator, API'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fsconn;help;users'= {
            cand list 'List all users (GET /api/users); passwords hidden unless --show-passwords'
            cand find 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords'
            cand add 'Add users; each gets the lowest free id of its context'
            cand mod 'Change users; a new context means a new id. Every field not given keeps its value (--new-password generates one, --polymac none removes the phone); with --file, the API''s rule: an item without a password gets a new one, without a polymac loses its phone'
            cand del 'Delete users by id'
            cand rebuild 'Rewrite every user file from the templates; passwords hidden unless --show-passwords'
            cand reprov 'Rewrite every user''s phone provisioning files; passwords hidden unless --show-passwords'
        }
        &'fsconn;help;users;list'= {
        }
        &'fsconn;help;users;find'= {
        }
        &'fsconn;help;users;add'= {
        }
        &'fsconn;help;users;mod'= {
        }
        &'fsconn;help;users;del'= {
        }
        &'fsconn;help;users;rebuild'= {
        }
        &'fsconn;help;users;reprov'= {
        }
        &'fsconn;help;conferences'= {
            cand list 'List all conferences (GET /api/conferences)'
            cand find 'Conferences whose field starts with STRING'
            cand add 'Add conferences; each gets the lowest free number of its context'
            cand mod 'Change conferences; a new context means a new number'
            cand del 'Delete conferences by number'
            cand rebuildcontacts 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)'
            cand settings 'Show or change a conference''s own settings: PINs, maximum members, wait for a moderator, announcements, automatic recording, mute on entry'
        }
        &'fsconn;help;conferences;list'= {
        }
        &'fsconn;help;conferences;find'= {
        }
        &'fsconn;help;conferences;add'= {
        }
        &'fsconn;help;conferences;mod'= {
        }
        &'fsconn;help;conferences;del'= {
        }
        &'fsconn;help;conferences;rebuildcontacts'= {
        }
        &'fsconn;help;conferences;settings'= {
        }
        &'fsconn;help;account'= {
            cand passwd 'Change your own password (POST /api/account/password); asks for the new one twice, or reads it from stdin with --password-stdin. Your other console sessions and live connections end'
        }
        &'fsconn;help;account;passwd'= {
        }
        &'fsconn;help;recordings'= {
            cand list 'List recordings, newest first: conference, start, duration, size, and which one is being recorded now'
            cand find 'Recordings whose name contains STRING'
            cand del 'Delete recordings by file name'
            cand path 'Print the full path of a recording'
            cand prune 'Apply the retention policy (retention.max_age_days, retention.max_total_size); with --dry-run only list what would be removed'
        }
        &'fsconn;help;recordings;list'= {
        }
        &'fsconn;help;recordings;find'= {
        }
        &'fsconn;help;recordings;del'= {
        }
        &'fsconn;help;recordings;path'= {
        }
        &'fsconn;help;recordings;prune'= {
        }
        &'fsconn;help;live'= {
            cand list 'Running conferences (GET /api/active)'
            cand show 'One running conference with its members'
            cand watch 'Print conference events as they happen (Ctrl-C stops)'
            cand lock 'Lock a conference: nobody else may join'
            cand unlock 'Unlock a conference'
            cand mute 'Mute a member (`all`: everybody)'
            cand unmute 'Unmute a member (`all`: everybody)'
            cand deaf 'Deafen a member: they hear nothing'
            cand undeaf 'Let a deafened member hear again'
            cand kick 'Kick a member (`all`: everybody); they hear the kick sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
            cand hup 'Hang up on a member without a sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
            cand record 'Recording: start, pause, resume or stop'
            cand transfer 'Move a member to another conference. Asks first (--yes without a terminal, --dry-run shows the plan)'
            cand dial 'Call a directory user''s phone into the conference'
            cand play 'Play a prompt from the configured prompts dir to the conference'
            cand energy 'A member''s energy (noise gate) level'
            cand volume 'A member''s volume: what they hear (--out) or how loud they are (default)'
            cand floor 'Give a member the floor'
            cand grantmod 'Make a member a moderator for the rest of their call'
            cand revokemod 'Take a member''s moderator rights away (they stay in the call)'
            cand lowerhand 'Lower a member''s raised hand'
        }
        &'fsconn;help;live;list'= {
        }
        &'fsconn;help;live;show'= {
        }
        &'fsconn;help;live;watch'= {
        }
        &'fsconn;help;live;lock'= {
        }
        &'fsconn;help;live;unlock'= {
        }
        &'fsconn;help;live;mute'= {
        }
        &'fsconn;help;live;unmute'= {
        }
        &'fsconn;help;live;deaf'= {
        }
        &'fsconn;help;live;undeaf'= {
        }
        &'fsconn;help;live;kick'= {
        }
        &'fsconn;help;live;hup'= {
        }
        &'fsconn;help;live;record'= {
        }
        &'fsconn;help;live;transfer'= {
        }
        &'fsconn;help;live;dial'= {
        }
        &'fsconn;help;live;play'= {
        }
        &'fsconn;help;live;energy'= {
        }
        &'fsconn;help;live;volume'= {
        }
        &'fsconn;help;live;floor'= {
        }
        &'fsconn;help;live;grantmod'= {
        }
        &'fsconn;help;live;revokemod'= {
        }
        &'fsconn;help;live;lowerhand'= {
        }
        &'fsconn;help;store'= {
        }
        &'fsconn;help;restore'= {
        }
        &'fsconn;help;backups'= {
        }
        &'fsconn;help;info'= {
        }
        &'fsconn;help;serve'= {
        }
        &'fsconn;help;sim'= {
        }
        &'fsconn;help;config'= {
        }
        &'fsconn;help;doctor'= {
        }
        &'fsconn;help;audit'= {
        }
        &'fsconn;help;cluster'= {
            cand dispatcher-list 'Kamailio''s dispatcher.list from the [[node]] tables (set 1, one line per node with a `sip` address); reload it with `kamcmd dispatcher.reload`'
        }
        &'fsconn;help;cluster;dispatcher-list'= {
        }
        &'fsconn;help;completions'= {
        }
        &'fsconn;help;man'= {
        }
        &'fsconn;help;demo'= {
        }
        &'fsconn;help;help'= {
        }
    ]
    $completions[$command]
}
