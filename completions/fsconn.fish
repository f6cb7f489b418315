# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_fsconn_global_optspecs
    string join \n config= conf-dir= static-dir= recordings-dir= esl= esl-password= json y/yes no-reload dry-run format= q/quiet server= user= ca-cert= h/help V/version
end

function __fish_fsconn_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_fsconn_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_fsconn_using_subcommand
    set -l cmd (__fish_fsconn_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c fsconn -n "__fish_fsconn_needs_command" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_needs_command" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_needs_command" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_needs_command" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_needs_command" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_needs_command" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_needs_command" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_needs_command" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_needs_command" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_needs_command" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_needs_command" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_needs_command" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_needs_command" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_needs_command" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_needs_command" -s V -l version -d 'Print version'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "users" -d 'Directory users (FreeSWITCH directory/<context>/<id>.xml)'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "conferences" -d 'Conferences (dialplan/conferences/<num>.xml)'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "account" -d 'Your own account on a `fsconn serve` (--server): change your password'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "recordings" -d 'Conference recordings'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "live" -d 'Running conferences: list, show, watch, and every moderator control'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "store" -d 'Write a .tar.gz of a config tree (freeswitch, dialplan, conferences, directory)'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "restore" -d 'Replace a config tree with a stored archive; rolled back if FreeSWITCH refuses it'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "backups" -d 'List the kept generations of stored archives (newest first; `restore.keep` per tree)'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "info" -d 'System state: reload info and FreeSWITCH\'s globals'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "serve" -d 'Serve the HTTP API, provisioning and the web client'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "sim" -d 'A FreeSWITCH event-socket simulator (for tests and demos)'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "config" -d 'Show the effective settings and where each value came from'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "doctor" -d 'Check FreeSWITCH, its configuration and fsconn\'s dirs; explain each failure with a fix (exit 0 all pass, 1 otherwise)'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "audit" -d 'Show the audit log: every write and control, who, from where, result'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "cluster" -d 'A cluster of FreeSWITCH nodes ([[node]] tables): what the SIP proxy needs'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "completions" -d 'Print a shell completion script (or write all with --dir)'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "man" -d 'Print the man page (or write all pages with --dir)'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "demo" -d 'Run the whole system on this machine: example config, simulator, API'
complete -c fsconn -n "__fish_fsconn_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -f -a "list" -d 'List all users (GET /api/users); passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -f -a "find" -d 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -f -a "add" -d 'Add users; each gets the lowest free id of its context'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -f -a "mod" -d 'Change users; a new context means a new id. Every field not given keeps its value (--new-password generates one, --polymac none removes the phone); with --file, the API\'s rule: an item without a password gets a new one, without a polymac loses its phone'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -f -a "del" -d 'Delete users by id'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -f -a "rebuild" -d 'Rewrite every user file from the templates; passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -f -a "reprov" -d 'Rewrite every user\'s phone provisioning files; passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and not __fish_seen_subcommand_from list find add mod del rebuild reprov help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l show-passwords -d 'Show the SIP passwords (table and --json)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l show-passwords -d 'Show the SIP passwords (table and --json)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l file -d 'A JSON array in the API\'s POST body format (`-` for stdin)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l name -d 'The user\'s name (asked for at a terminal if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l email -d 'E-mail address (asked for at a terminal if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l context -d 'The directory context (asked for at a terminal if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l password -d 'Default: a generated one' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l conpin -d 'Default: the context\'s pin' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l polymac -d 'Polycom MAC (12 hex digits) or `none`' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l file -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l name -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l email -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l context -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l password -d 'Set this SIP password' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l conpin -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l polymac -d 'Polycom MAC (12 hex digits), or `none` to remove the phone' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l new-password -d 'Generate a new SIP password'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l show-passwords -d 'Show every changed user\'s SIP password, also the ones it keeps (a new or set password is always shown once)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from mod" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l file -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l show-passwords -d 'Show the deleted users\' SIP passwords (table and --json)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l show-passwords -d 'Show the SIP passwords (table and --json)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from rebuild" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l show-passwords -d 'Show the SIP passwords (table and --json)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from reprov" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List all users (GET /api/users); passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "find" -d 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add users; each gets the lowest free id of its context'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "mod" -d 'Change users; a new context means a new id. Every field not given keeps its value (--new-password generates one, --polymac none removes the phone); with --file, the API\'s rule: an item without a password gets a new one, without a polymac loses its phone'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "del" -d 'Delete users by id'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "rebuild" -d 'Rewrite every user file from the templates; passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "reprov" -d 'Rewrite every user\'s phone provisioning files; passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -f -a "list" -d 'List all conferences (GET /api/conferences)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -f -a "find" -d 'Conferences whose field starts with STRING'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -f -a "add" -d 'Add conferences; each gets the lowest free number of its context'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -f -a "mod" -d 'Change conferences; a new context means a new number'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -f -a "del" -d 'Delete conferences by number'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -f -a "rebuildcontacts" -d 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -f -a "settings" -d 'Show or change a conference\'s own settings: PINs, maximum members, wait for a moderator, announcements, automatic recording, mute on entry'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and not __fish_seen_subcommand_from list find add mod del rebuildcontacts settings help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l file -d 'A JSON array in the API\'s POST body format (`-` for stdin)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l name -d 'Letters, digits, \'_\', \'-\' and \'.\'' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l type -d 'A profile of conference.conf.xml; a wrong one gets the list of types (the shell completes them)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l context -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l file -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l name -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l type -d 'A profile of conference.conf.xml (the shell completes them)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l context -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from mod" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l file -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from rebuildcontacts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l file -d 'A JSON array in the API\'s POST body format (`-` for stdin)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l pin -d 'The conference\'s own member PIN (digits), or `none` for each caller\'s own conpin' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l moderator-pin -d 'A PIN that makes the caller a moderator (digits), or `none`' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l max-members -d 'Refuse callers beyond this count (2 or more), or `none`' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l wait-for-moderator -d 'Members wait until a moderator joins (FreeSWITCH\'s wait-mod)' -r -f -a "on\t''
off\t''"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l announce -d 'A tone when a member joins and when one leaves' -r -f -a "on\t''
off\t''"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l auto-record -d 'Record the conference from its first member on' -r -f -a "on\t''
off\t''"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l mute-on-entry -d 'Callers without moderator rights join muted' -r -f -a "on\t''
off\t''"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from settings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from help" -f -a "list" -d 'List all conferences (GET /api/conferences)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from help" -f -a "find" -d 'Conferences whose field starts with STRING'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add conferences; each gets the lowest free number of its context'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from help" -f -a "mod" -d 'Change conferences; a new context means a new number'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from help" -f -a "del" -d 'Delete conferences by number'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from help" -f -a "rebuildcontacts" -d 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from help" -f -a "settings" -d 'Show or change a conference\'s own settings: PINs, maximum members, wait for a moderator, announcements, automatic recording, mute on entry'
complete -c fsconn -n "__fish_fsconn_using_subcommand conferences; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -f -a "passwd" -d 'Change your own password (POST /api/account/password); asks for the new one twice, or reads it from stdin with --password-stdin. Your other console sessions and live connections end'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and not __fish_seen_subcommand_from passwd help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the new password from the first line of stdin (for scripts)'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change your own password (POST /api/account/password); asks for the new one twice, or reads it from stdin with --password-stdin. Your other console sessions and live connections end'
complete -c fsconn -n "__fish_fsconn_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l context -d 'Only what a user of this context may see (e.g. `friends`)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -f -a "list" -d 'List recordings, newest first: conference, start, duration, size, and which one is being recorded now'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -f -a "find" -d 'Recordings whose name contains STRING'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -f -a "del" -d 'Delete recordings by file name'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -f -a "path" -d 'Print the full path of a recording'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -f -a "prune" -d 'Apply the retention policy (retention.max_age_days, retention.max_total_size); with --dry-run only list what would be removed'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and not __fish_seen_subcommand_from list find del path prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l conference -d 'Only the recordings of this conference (by name)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l from -d 'Only recordings started at or after WHEN: a date (YYYY-MM-DD, UTC) or an RFC 3339 time' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l to -d 'Only recordings started up to the end of this date (UTC), or before this RFC 3339 time' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l context -d 'Only what a user of this context may see (e.g. `friends`)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l details -d 'With --json: the details too (`GET /api/recordings?details=true`); without it --json prints the original\'s `{op, files}`'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l context -d 'Only what a user of this context may see (e.g. `friends`)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l context -d 'Only what a user of this context may see (e.g. `friends`)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l context -d 'Only what a user of this context may see (e.g. `friends`)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l context -d 'Only what a user of this context may see (e.g. `friends`)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "list" -d 'List recordings, newest first: conference, start, duration, size, and which one is being recorded now'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "find" -d 'Recordings whose name contains STRING'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "del" -d 'Delete recordings by file name'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the full path of a recording'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Apply the retention policy (retention.max_age_days, retention.max_total_size); with --dry-run only list what would be removed'
complete -c fsconn -n "__fish_fsconn_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "list" -d 'Running conferences (GET /api/active)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "show" -d 'One running conference with its members'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "watch" -d 'Print conference events as they happen (Ctrl-C stops)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "lock" -d 'Lock a conference: nobody else may join'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "unlock" -d 'Unlock a conference'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "mute" -d 'Mute a member (`all`: everybody)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "unmute" -d 'Unmute a member (`all`: everybody)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "deaf" -d 'Deafen a member: they hear nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "undeaf" -d 'Let a deafened member hear again'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "kick" -d 'Kick a member (`all`: everybody); they hear the kick sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "hup" -d 'Hang up on a member without a sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "record" -d 'Recording: start, pause, resume or stop'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "transfer" -d 'Move a member to another conference. Asks first (--yes without a terminal, --dry-run shows the plan)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "dial" -d 'Call a directory user\'s phone into the conference'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "play" -d 'Play a prompt from the configured prompts dir to the conference'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "energy" -d 'A member\'s energy (noise gate) level'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "volume" -d 'A member\'s volume: what they hear (--out) or how loud they are (default)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "floor" -d 'Give a member the floor'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "grantmod" -d 'Make a member a moderator for the rest of their call'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "revokemod" -d 'Take a member\'s moderator rights away (they stay in the call)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "lowerhand" -d 'Lower a member\'s raised hand'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and not __fish_seen_subcommand_from list show watch lock unlock mute unmute deaf undeaf kick hup record transfer dial play energy volume floor grantmod revokemod lowerhand help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from mute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from unmute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from deaf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from undeaf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from kick" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from hup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from record" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from dial" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from play" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from energy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l out -d 'What the member hears instead of how loud they are heard'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from volume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from floor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from grantmod" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from revokemod" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from lowerhand" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "list" -d 'Running conferences (GET /api/active)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "show" -d 'One running conference with its members'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Print conference events as they happen (Ctrl-C stops)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "lock" -d 'Lock a conference: nobody else may join'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Unlock a conference'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "mute" -d 'Mute a member (`all`: everybody)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "unmute" -d 'Unmute a member (`all`: everybody)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "deaf" -d 'Deafen a member: they hear nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "undeaf" -d 'Let a deafened member hear again'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "kick" -d 'Kick a member (`all`: everybody); they hear the kick sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "hup" -d 'Hang up on a member without a sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "record" -d 'Recording: start, pause, resume or stop'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Move a member to another conference. Asks first (--yes without a terminal, --dry-run shows the plan)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "dial" -d 'Call a directory user\'s phone into the conference'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "play" -d 'Play a prompt from the configured prompts dir to the conference'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "energy" -d 'A member\'s energy (noise gate) level'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "volume" -d 'A member\'s volume: what they hear (--out) or how loud they are (default)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "floor" -d 'Give a member the floor'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "grantmod" -d 'Make a member a moderator for the rest of their call'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "revokemod" -d 'Take a member\'s moderator rights away (they stay in the call)'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "lowerhand" -d 'Lower a member\'s raised hand'
complete -c fsconn -n "__fish_fsconn_using_subcommand live; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -s o -l output -d 'Where to write the archive (default <static>/store/TARGET.tar.gz)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l from -d 'The archive to restore (default <static>/store/TARGET.tar.gz)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand backups" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l state -d 'Also users, conferences and conference types (GET /api/info/state)'
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l listen -d 'Address to listen on (FASTIIP/FASTIPORT; default 127.0.0.1:3000)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l tls-cert -d 'PEM certificate chain: serve HTTPS (FASTICERT)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l tls-key -d 'PEM private key (FASTIKEY)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l web-root -d 'A directory of web client files served instead of the built-in console' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l metrics-listen -d 'Serve Prometheus metrics at http://ADDR/metrics (serve.metrics_listen; off by default)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l log-format -d 'Log lines as `text` or `json` (serve.log_format)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l allow-default-passwords -d 'Listen on a non-loopback address even while users have well-known default passwords (e.g. the example\'s `napw`)'
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l listen -d 'Address to listen on (default: the configured event socket, 127.0.0.1:8021)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l password -d 'Event socket password (default: the configured one, ClueCon)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l scenario -d 'Play a scripted scenario (one api command per line, `sleep MS`)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l rate -d 'Speed factor for --scenario (2 = twice as fast)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l command-log -d 'Append every command received to FILE' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l sounds-dir -d 'The switch\'s sounds dir (default /usr/share/freeswitch/sounds, not checked); when given, callers asked for a PIN need its conf-pin prompt there' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l certs-dir -d 'The switch\'s certificate dir, $${certs_dir}' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l node -d 'Run as the cluster node NAME: users and the dialplan are fetched from fsconn as mod_xml_curl does (at `sim register` and `sim join`), the rest read from the conf dir (e.g. examples/cluster/node)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l xml-curl -d 'fsconn\'s mod_xml_curl endpoint, http://HOST:PORT/api/xml_curl' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l xml-curl-credentials -d 'The node\'s credentials, USER:PASSWORD (its [[node]] xml_curl_user and xml_curl_password)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l demo -d 'Play built-in demo traffic: calls, talking, muting, moderator keys, phones'
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand sim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l since -d 'Only entries from then on: a time (RFC 3339), a date, or an age (90m, 12h, 7d). `--user NAME` shows only that user\'s entries' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l until -d 'Only entries before then: a time (RFC 3339), a date (up to its end, UTC), or an age' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l action -d 'Only entries whose action contains TEXT (e.g. `users/`, `live/`)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l result -d 'Only entries with this result' -r -f -a "ok\t''
partial\t''
failed\t''
error\t''"
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -f -a "dispatcher-list" -d 'Kamailio\'s dispatcher.list from the [[node]] tables (set 1, one line per node with a `sip` address); reload it with `kamcmd dispatcher.reload`'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and not __fish_seen_subcommand_from dispatcher-list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l out -d 'Write the list to FILE (atomically) instead of printing it' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from dispatcher-list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "dispatcher-list" -d 'Kamailio\'s dispatcher.list from the [[node]] tables (set 1, one line per node with a `sip` address); reload it with `kamcmd dispatcher.reload`'
complete -c fsconn -n "__fish_fsconn_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l dir -d 'Write every shell\'s script into DIR instead of printing one' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l dir -d 'Write all pages into DIR (else print fsconn.1)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l listen -d 'Where the HTTP API listens (port 0 picks a free one)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l nodes -d 'Run a cluster of N simulated FreeSWITCH nodes (2 to 9) behind fsconn instead of one switch: [[node]] tables with generated xml_curl passwords, each node on its own event-socket port fetching its users and dialplan from fsconn\'s POST /api/xml_curl as mod_xml_curl does, each conference on the node Kamailio\'s dispatcher would hash its number to; the demo prints `node NAME: USER:PASSWORD` and the event socket of each' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l config -d 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l conf-dir -d 'FreeSWITCH config dir (SWITCHCONF)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l static-dir -d 'Provisioning and store dir (STATICPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l recordings-dir -d 'Recordings dir (RECPATH)' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l esl -d 'FreeSWITCH event socket (FSIP/FSPORT)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l esl-password -d 'Event socket password (FSPW)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l format -d 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe' -r -f -a "auto\t''
table\t'Box-drawn table, also into a pipe'
tsv\t'Tab-separated lines, a header line first; tabs and newlines in values become spaces'"
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l server -d 'Work against a `fsconn serve` instead of local files' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l user -d 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)' -r
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l ca-cert -d 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`' -r -F
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l json -d 'Print exactly the JSON the HTTP API returns'
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations (needed for deletes without a terminal)'
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l no-reload -d 'Write the files but do not ask FreeSWITCH to reloadxml'
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -l dry-run -d 'Show what a write would change (files, FreeSWITCH commands) and change nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -s q -l quiet -d 'Print nothing but errors and warnings'
complete -c fsconn -n "__fish_fsconn_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "users" -d 'Directory users (FreeSWITCH directory/<context>/<id>.xml)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "conferences" -d 'Conferences (dialplan/conferences/<num>.xml)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "account" -d 'Your own account on a `fsconn serve` (--server): change your password'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "recordings" -d 'Conference recordings'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "live" -d 'Running conferences: list, show, watch, and every moderator control'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "store" -d 'Write a .tar.gz of a config tree (freeswitch, dialplan, conferences, directory)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "restore" -d 'Replace a config tree with a stored archive; rolled back if FreeSWITCH refuses it'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "backups" -d 'List the kept generations of stored archives (newest first; `restore.keep` per tree)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "info" -d 'System state: reload info and FreeSWITCH\'s globals'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "serve" -d 'Serve the HTTP API, provisioning and the web client'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "sim" -d 'A FreeSWITCH event-socket simulator (for tests and demos)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "config" -d 'Show the effective settings and where each value came from'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "doctor" -d 'Check FreeSWITCH, its configuration and fsconn\'s dirs; explain each failure with a fix (exit 0 all pass, 1 otherwise)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "audit" -d 'Show the audit log: every write and control, who, from where, result'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "cluster" -d 'A cluster of FreeSWITCH nodes ([[node]] tables): what the SIP proxy needs'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "completions" -d 'Print a shell completion script (or write all with --dir)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "man" -d 'Print the man page (or write all pages with --dir)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "demo" -d 'Run the whole system on this machine: example config, simulator, API'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and not __fish_seen_subcommand_from users conferences account recordings live store restore backups info serve sim config doctor audit cluster completions man demo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List all users (GET /api/users); passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "find" -d 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "add" -d 'Add users; each gets the lowest free id of its context'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "mod" -d 'Change users; a new context means a new id. Every field not given keeps its value (--new-password generates one, --polymac none removes the phone); with --file, the API\'s rule: an item without a password gets a new one, without a polymac loses its phone'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "del" -d 'Delete users by id'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "rebuild" -d 'Rewrite every user file from the templates; passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "reprov" -d 'Rewrite every user\'s phone provisioning files; passwords hidden unless --show-passwords'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from conferences" -f -a "list" -d 'List all conferences (GET /api/conferences)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from conferences" -f -a "find" -d 'Conferences whose field starts with STRING'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from conferences" -f -a "add" -d 'Add conferences; each gets the lowest free number of its context'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from conferences" -f -a "mod" -d 'Change conferences; a new context means a new number'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from conferences" -f -a "del" -d 'Delete conferences by number'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from conferences" -f -a "rebuildcontacts" -d 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from conferences" -f -a "settings" -d 'Show or change a conference\'s own settings: PINs, maximum members, wait for a moderator, announcements, automatic recording, mute on entry'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "passwd" -d 'Change your own password (POST /api/account/password); asks for the new one twice, or reads it from stdin with --password-stdin. Your other console sessions and live connections end'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "list" -d 'List recordings, newest first: conference, start, duration, size, and which one is being recorded now'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "find" -d 'Recordings whose name contains STRING'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "del" -d 'Delete recordings by file name'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "path" -d 'Print the full path of a recording'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "prune" -d 'Apply the retention policy (retention.max_age_days, retention.max_total_size); with --dry-run only list what would be removed'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "list" -d 'Running conferences (GET /api/active)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "show" -d 'One running conference with its members'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "watch" -d 'Print conference events as they happen (Ctrl-C stops)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "lock" -d 'Lock a conference: nobody else may join'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "unlock" -d 'Unlock a conference'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "mute" -d 'Mute a member (`all`: everybody)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "unmute" -d 'Unmute a member (`all`: everybody)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "deaf" -d 'Deafen a member: they hear nothing'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "undeaf" -d 'Let a deafened member hear again'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "kick" -d 'Kick a member (`all`: everybody); they hear the kick sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "hup" -d 'Hang up on a member without a sound. Asks first (--yes without a terminal, --dry-run shows the plan)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "record" -d 'Recording: start, pause, resume or stop'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "transfer" -d 'Move a member to another conference. Asks first (--yes without a terminal, --dry-run shows the plan)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "dial" -d 'Call a directory user\'s phone into the conference'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "play" -d 'Play a prompt from the configured prompts dir to the conference'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "energy" -d 'A member\'s energy (noise gate) level'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "volume" -d 'A member\'s volume: what they hear (--out) or how loud they are (default)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "floor" -d 'Give a member the floor'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "grantmod" -d 'Make a member a moderator for the rest of their call'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "revokemod" -d 'Take a member\'s moderator rights away (they stay in the call)'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from live" -f -a "lowerhand" -d 'Lower a member\'s raised hand'
complete -c fsconn -n "__fish_fsconn_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "dispatcher-list" -d 'Kamailio\'s dispatcher.list from the [[node]] tables (set 1, one line per node with a `sip` address); reload it with `kamcmd dispatcher.reload`'

# Conference types, running conferences and member ids: asked from fsconn
# itself (with the global flags typed, so --server reaches the server).
function __fish_fsconn_values
    set -l words (commandline -opc)
    $words[1] complete-values -- $words 2>/dev/null
end
complete -c fsconn -f -n 'count (__fish_fsconn_values) >/dev/null' -a '(__fish_fsconn_values)'
complete -c fsconn -n '__fish_seen_subcommand_from add mod' -l type -x -a '(__fish_fsconn_values)'
