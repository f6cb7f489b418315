
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'fsconn' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'fsconn'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'fsconn' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Directory users (FreeSWITCH directory/<context>/<id>.xml)')
            [CompletionResult]::new('conferences', 'conferences', [CompletionResultType]::ParameterValue, 'Conferences (dialplan/conferences/<num>.xml)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Your own account on a `fsconn serve` (--server): change your password')
            [CompletionResult]::new('recordings', 'recordings', [CompletionResultType]::ParameterValue, 'Conference recordings')
            [CompletionResult]::new('live', 'live', [CompletionResultType]::ParameterValue, 'Running conferences: list, show, watch, and every moderator control')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Write a .tar.gz of a config tree (freeswitch, dialplan, conferences, directory)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace a config tree with a stored archive; rolled back if FreeSWITCH refuses it')
            [CompletionResult]::new('backups', 'backups', [CompletionResultType]::ParameterValue, 'List the kept generations of stored archives (newest first; `restore.keep` per tree)')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'System state: reload info and FreeSWITCH''s globals')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the HTTP API, provisioning and the web client')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'A FreeSWITCH event-socket simulator (for tests and demos)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each value came from')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check FreeSWITCH, its configuration and fsconn''s dirs; explain each failure with a fix (exit 0 all pass, 1 otherwise)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log: every write and control, who, from where, result')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'A cluster of FreeSWITCH nodes ([[node]] tables): what the SIP proxy needs')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (or write all with --dir)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (or write all pages with --dir)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the whole system on this machine: example config, simulator, API')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;users' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all users (GET /api/users); passwords hidden unless --show-passwords')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users; each gets the lowest free id of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change users; a new context means a new id. Every field not given keeps its value (--new-password generates one, --polymac none removes the phone); with --file, the API''s rule: an item without a password gets a new one, without a polymac loses its phone')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete users by id')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Rewrite every user file from the templates; passwords hidden unless --show-passwords')
            [CompletionResult]::new('reprov', 'reprov', [CompletionResultType]::ParameterValue, 'Rewrite every user''s phone provisioning files; passwords hidden unless --show-passwords')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;users;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--show-passwords', '--show-passwords', [CompletionResultType]::ParameterName, 'Show the SIP passwords (table and --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;users;find' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--show-passwords', '--show-passwords', [CompletionResultType]::ParameterName, 'Show the SIP passwords (table and --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;users;add' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A JSON array in the API''s POST body format (`-` for stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The user''s name (asked for at a terminal if missing)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address (asked for at a terminal if missing)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The directory context (asked for at a terminal if missing)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Default: a generated one')
            [CompletionResult]::new('--conpin', '--conpin', [CompletionResultType]::ParameterName, 'Default: the context''s pin')
            [CompletionResult]::new('--polymac', '--polymac', [CompletionResultType]::ParameterName, 'Polycom MAC (12 hex digits) or `none`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;users;mod' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'file')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'context')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Set this SIP password')
            [CompletionResult]::new('--conpin', '--conpin', [CompletionResultType]::ParameterName, 'conpin')
            [CompletionResult]::new('--polymac', '--polymac', [CompletionResultType]::ParameterName, 'Polycom MAC (12 hex digits), or `none` to remove the phone')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--new-password', '--new-password', [CompletionResultType]::ParameterName, 'Generate a new SIP password')
            [CompletionResult]::new('--show-passwords', '--show-passwords', [CompletionResultType]::ParameterName, 'Show every changed user''s SIP password, also the ones it keeps (a new or set password is always shown once)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;users;del' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--show-passwords', '--show-passwords', [CompletionResultType]::ParameterName, 'Show the deleted users'' SIP passwords (table and --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;users;rebuild' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--show-passwords', '--show-passwords', [CompletionResultType]::ParameterName, 'Show the SIP passwords (table and --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;users;reprov' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--show-passwords', '--show-passwords', [CompletionResultType]::ParameterName, 'Show the SIP passwords (table and --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all users (GET /api/users); passwords hidden unless --show-passwords')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users; each gets the lowest free id of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change users; a new context means a new id. Every field not given keeps its value (--new-password generates one, --polymac none removes the phone); with --file, the API''s rule: an item without a password gets a new one, without a polymac loses its phone')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete users by id')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Rewrite every user file from the templates; passwords hidden unless --show-passwords')
            [CompletionResult]::new('reprov', 'reprov', [CompletionResultType]::ParameterValue, 'Rewrite every user''s phone provisioning files; passwords hidden unless --show-passwords')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;users;help;list' {
            break
        }
        'fsconn;users;help;find' {
            break
        }
        'fsconn;users;help;add' {
            break
        }
        'fsconn;users;help;mod' {
            break
        }
        'fsconn;users;help;del' {
            break
        }
        'fsconn;users;help;rebuild' {
            break
        }
        'fsconn;users;help;reprov' {
            break
        }
        'fsconn;users;help;help' {
            break
        }
        'fsconn;conferences' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all conferences (GET /api/conferences)')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Conferences whose field starts with STRING')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add conferences; each gets the lowest free number of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change conferences; a new context means a new number')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete conferences by number')
            [CompletionResult]::new('rebuildcontacts', 'rebuildcontacts', [CompletionResultType]::ParameterValue, 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show or change a conference''s own settings: PINs, maximum members, wait for a moderator, announcements, automatic recording, mute on entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;conferences;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;conferences;find' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;conferences;add' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A JSON array in the API''s POST body format (`-` for stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Letters, digits, ''_'', ''-'' and ''.''')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'A profile of conference.conf.xml; a wrong one gets the list of types (the shell completes them)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'context')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;conferences;mod' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'file')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'A profile of conference.conf.xml (the shell completes them)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'context')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;conferences;del' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;conferences;rebuildcontacts' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;conferences;settings' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A JSON array in the API''s POST body format (`-` for stdin)')
            [CompletionResult]::new('--pin', '--pin', [CompletionResultType]::ParameterName, 'The conference''s own member PIN (digits), or `none` for each caller''s own conpin')
            [CompletionResult]::new('--moderator-pin', '--moderator-pin', [CompletionResultType]::ParameterName, 'A PIN that makes the caller a moderator (digits), or `none`')
            [CompletionResult]::new('--max-members', '--max-members', [CompletionResultType]::ParameterName, 'Refuse callers beyond this count (2 or more), or `none`')
            [CompletionResult]::new('--wait-for-moderator', '--wait-for-moderator', [CompletionResultType]::ParameterName, 'Members wait until a moderator joins (FreeSWITCH''s wait-mod)')
            [CompletionResult]::new('--announce', '--announce', [CompletionResultType]::ParameterName, 'A tone when a member joins and when one leaves')
            [CompletionResult]::new('--auto-record', '--auto-record', [CompletionResultType]::ParameterName, 'Record the conference from its first member on')
            [CompletionResult]::new('--mute-on-entry', '--mute-on-entry', [CompletionResultType]::ParameterName, 'Callers without moderator rights join muted')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;conferences;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all conferences (GET /api/conferences)')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Conferences whose field starts with STRING')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add conferences; each gets the lowest free number of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change conferences; a new context means a new number')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete conferences by number')
            [CompletionResult]::new('rebuildcontacts', 'rebuildcontacts', [CompletionResultType]::ParameterValue, 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show or change a conference''s own settings: PINs, maximum members, wait for a moderator, announcements, automatic recording, mute on entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;conferences;help;list' {
            break
        }
        'fsconn;conferences;help;find' {
            break
        }
        'fsconn;conferences;help;add' {
            break
        }
        'fsconn;conferences;help;mod' {
            break
        }
        'fsconn;conferences;help;del' {
            break
        }
        'fsconn;conferences;help;rebuildcontacts' {
            break
        }
        'fsconn;conferences;help;settings' {
            break
        }
        'fsconn;conferences;help;help' {
            break
        }
        'fsconn;account' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your own password (POST /api/account/password); asks for the new one twice, or reads it from stdin with --password-stdin. Your other console sessions and live connections end')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;account;passwd' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the first line of stdin (for scripts)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;account;help' {
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your own password (POST /api/account/password); asks for the new one twice, or reads it from stdin with --password-stdin. Your other console sessions and live connections end')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;account;help;passwd' {
            break
        }
        'fsconn;account;help;help' {
            break
        }
        'fsconn;recordings' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Only what a user of this context may see (e.g. `friends`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recordings, newest first: conference, start, duration, size, and which one is being recorded now')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Recordings whose name contains STRING')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete recordings by file name')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the full path of a recording')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Apply the retention policy (retention.max_age_days, retention.max_total_size); with --dry-run only list what would be removed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;recordings;list' {
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'Only the recordings of this conference (by name)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only recordings started at or after WHEN: a date (YYYY-MM-DD, UTC) or an RFC 3339 time')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only recordings started up to the end of this date (UTC), or before this RFC 3339 time')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Only what a user of this context may see (e.g. `friends`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'With --json: the details too (`GET /api/recordings?details=true`); without it --json prints the original''s `{op, files}`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;recordings;find' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Only what a user of this context may see (e.g. `friends`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;recordings;del' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Only what a user of this context may see (e.g. `friends`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;recordings;path' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Only what a user of this context may see (e.g. `friends`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;recordings;prune' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Only what a user of this context may see (e.g. `friends`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;recordings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recordings, newest first: conference, start, duration, size, and which one is being recorded now')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Recordings whose name contains STRING')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete recordings by file name')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the full path of a recording')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Apply the retention policy (retention.max_age_days, retention.max_total_size); with --dry-run only list what would be removed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;recordings;help;list' {
            break
        }
        'fsconn;recordings;help;find' {
            break
        }
        'fsconn;recordings;help;del' {
            break
        }
        'fsconn;recordings;help;path' {
            break
        }
        'fsconn;recordings;help;prune' {
            break
        }
        'fsconn;recordings;help;help' {
            break
        }
        'fsconn;live' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Running conferences (GET /api/active)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One running conference with its members')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print conference events as they happen (Ctrl-C stops)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock a conference: nobody else may join')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock a conference')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a member (`all`: everybody)')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a member (`all`: everybody)')
            [CompletionResult]::new('deaf', 'deaf', [CompletionResultType]::ParameterValue, 'Deafen a member: they hear nothing')
            [CompletionResult]::new('undeaf', 'undeaf', [CompletionResultType]::ParameterValue, 'Let a deafened member hear again')
            [CompletionResult]::new('kick', 'kick', [CompletionResultType]::ParameterValue, 'Kick a member (`all`: everybody); they hear the kick sound. Asks first (--yes without a terminal, --dry-run shows the plan)')
            [CompletionResult]::new('hup', 'hup', [CompletionResultType]::ParameterValue, 'Hang up on a member without a sound. Asks first (--yes without a terminal, --dry-run shows the plan)')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Recording: start, pause, resume or stop')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move a member to another conference. Asks first (--yes without a terminal, --dry-run shows the plan)')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Call a directory user''s phone into the conference')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play a prompt from the configured prompts dir to the conference')
            [CompletionResult]::new('energy', 'energy', [CompletionResultType]::ParameterValue, 'A member''s energy (noise gate) level')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'A member''s volume: what they hear (--out) or how loud they are (default)')
            [CompletionResult]::new('floor', 'floor', [CompletionResultType]::ParameterValue, 'Give a member the floor')
            [CompletionResult]::new('grantmod', 'grantmod', [CompletionResultType]::ParameterValue, 'Make a member a moderator for the rest of their call')
            [CompletionResult]::new('revokemod', 'revokemod', [CompletionResultType]::ParameterValue, 'Take a member''s moderator rights away (they stay in the call)')
            [CompletionResult]::new('lowerhand', 'lowerhand', [CompletionResultType]::ParameterValue, 'Lower a member''s raised hand')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;live;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;watch' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;lock' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;unlock' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;mute' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;unmute' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;deaf' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;undeaf' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;kick' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;hup' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;record' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;transfer' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;dial' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;play' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;energy' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;volume' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'What the member hears instead of how loud they are heard')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;floor' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;grantmod' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;revokemod' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;lowerhand' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;live;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Running conferences (GET /api/active)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One running conference with its members')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print conference events as they happen (Ctrl-C stops)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock a conference: nobody else may join')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock a conference')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a member (`all`: everybody)')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a member (`all`: everybody)')
            [CompletionResult]::new('deaf', 'deaf', [CompletionResultType]::ParameterValue, 'Deafen a member: they hear nothing')
            [CompletionResult]::new('undeaf', 'undeaf', [CompletionResultType]::ParameterValue, 'Let a deafened member hear again')
            [CompletionResult]::new('kick', 'kick', [CompletionResultType]::ParameterValue, 'Kick a member (`all`: everybody); they hear the kick sound. Asks first (--yes without a terminal, --dry-run shows the plan)')
            [CompletionResult]::new('hup', 'hup', [CompletionResultType]::ParameterValue, 'Hang up on a member without a sound. Asks first (--yes without a terminal, --dry-run shows the plan)')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Recording: start, pause, resume or stop')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move a member to another conference. Asks first (--yes without a terminal, --dry-run shows the plan)')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Call a directory user''s phone into the conference')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play a prompt from the configured prompts dir to the conference')
            [CompletionResult]::new('energy', 'energy', [CompletionResultType]::ParameterValue, 'A member''s energy (noise gate) level')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'A member''s volume: what they hear (--out) or how loud they are (default)')
            [CompletionResult]::new('floor', 'floor', [CompletionResultType]::ParameterValue, 'Give a member the floor')
            [CompletionResult]::new('grantmod', 'grantmod', [CompletionResultType]::ParameterValue, 'Make a member a moderator for the rest of their call')
            [CompletionResult]::new('revokemod', 'revokemod', [CompletionResultType]::ParameterValue, 'Take a member''s moderator rights away (they stay in the call)')
            [CompletionResult]::new('lowerhand', 'lowerhand', [CompletionResultType]::ParameterValue, 'Lower a member''s raised hand')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;live;help;list' {
            break
        }
        'fsconn;live;help;show' {
            break
        }
        'fsconn;live;help;watch' {
            break
        }
        'fsconn;live;help;lock' {
            break
        }
        'fsconn;live;help;unlock' {
            break
        }
        'fsconn;live;help;mute' {
            break
        }
        'fsconn;live;help;unmute' {
            break
        }
        'fsconn;live;help;deaf' {
            break
        }
        'fsconn;live;help;undeaf' {
            break
        }
        'fsconn;live;help;kick' {
            break
        }
        'fsconn;live;help;hup' {
            break
        }
        'fsconn;live;help;record' {
            break
        }
        'fsconn;live;help;transfer' {
            break
        }
        'fsconn;live;help;dial' {
            break
        }
        'fsconn;live;help;play' {
            break
        }
        'fsconn;live;help;energy' {
            break
        }
        'fsconn;live;help;volume' {
            break
        }
        'fsconn;live;help;floor' {
            break
        }
        'fsconn;live;help;grantmod' {
            break
        }
        'fsconn;live;help;revokemod' {
            break
        }
        'fsconn;live;help;lowerhand' {
            break
        }
        'fsconn;live;help;help' {
            break
        }
        'fsconn;store' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write the archive (default <static>/store/TARGET.tar.gz)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the archive (default <static>/store/TARGET.tar.gz)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;restore' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The archive to restore (default <static>/store/TARGET.tar.gz)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;backups' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;info' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Also users, conferences and conference types (GET /api/info/state)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (FASTIIP/FASTIPORT; default 127.0.0.1:3000)')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'PEM certificate chain: serve HTTPS (FASTICERT)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'PEM private key (FASTIKEY)')
            [CompletionResult]::new('--web-root', '--web-root', [CompletionResultType]::ParameterName, 'A directory of web client files served instead of the built-in console')
            [CompletionResult]::new('--metrics-listen', '--metrics-listen', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://ADDR/metrics (serve.metrics_listen; off by default)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log lines as `text` or `json` (serve.log_format)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--allow-default-passwords', '--allow-default-passwords', [CompletionResultType]::ParameterName, 'Listen on a non-loopback address even while users have well-known default passwords (e.g. the example''s `napw`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;sim' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (default: the configured event socket, 127.0.0.1:8021)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Event socket password (default: the configured one, ClueCon)')
            [CompletionResult]::new('--scenario', '--scenario', [CompletionResultType]::ParameterName, 'Play a scripted scenario (one api command per line, `sleep MS`)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Speed factor for --scenario (2 = twice as fast)')
            [CompletionResult]::new('--command-log', '--command-log', [CompletionResultType]::ParameterName, 'Append every command received to FILE')
            [CompletionResult]::new('--sounds-dir', '--sounds-dir', [CompletionResultType]::ParameterName, 'The switch''s sounds dir (default /usr/share/freeswitch/sounds, not checked); when given, callers asked for a PIN need its conf-pin prompt there')
            [CompletionResult]::new('--certs-dir', '--certs-dir', [CompletionResultType]::ParameterName, 'The switch''s certificate dir, $${certs_dir}')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Run as the cluster node NAME: users and the dialplan are fetched from fsconn as mod_xml_curl does (at `sim register` and `sim join`), the rest read from the conf dir (e.g. examples/cluster/node)')
            [CompletionResult]::new('--xml-curl', '--xml-curl', [CompletionResultType]::ParameterName, 'fsconn''s mod_xml_curl endpoint, http://HOST:PORT/api/xml_curl')
            [CompletionResult]::new('--xml-curl-credentials', '--xml-curl-credentials', [CompletionResultType]::ParameterName, 'The node''s credentials, USER:PASSWORD (its [[node]] xml_curl_user and xml_curl_password)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Play built-in demo traffic: calls, talking, muting, moderator keys, phones')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;doctor' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;audit' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries from then on: a time (RFC 3339), a date, or an age (90m, 12h, 7d). `--user NAME` shows only that user''s entries')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only entries before then: a time (RFC 3339), a date (up to its end, UTC), or an age')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only entries whose action contains TEXT (e.g. `users/`, `live/`)')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'Only entries with this result')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;cluster' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('dispatcher-list', 'dispatcher-list', [CompletionResultType]::ParameterValue, 'Kamailio''s dispatcher.list from the [[node]] tables (set 1, one line per node with a `sip` address); reload it with `kamcmd dispatcher.reload`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;cluster;dispatcher-list' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the list to FILE (atomically) instead of printing it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;cluster;help' {
            [CompletionResult]::new('dispatcher-list', 'dispatcher-list', [CompletionResultType]::ParameterValue, 'Kamailio''s dispatcher.list from the [[node]] tables (set 1, one line per node with a `sip` address); reload it with `kamcmd dispatcher.reload`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;cluster;help;dispatcher-list' {
            break
        }
        'fsconn;cluster;help;help' {
            break
        }
        'fsconn;completions' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write every shell''s script into DIR instead of printing one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write all pages into DIR (else print fsconn.1)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;demo' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Where the HTTP API listens (port 0 picks a free one)')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Run a cluster of N simulated FreeSWITCH nodes (2 to 9) behind fsconn instead of one switch: [[node]] tables with generated xml_curl passwords, each node on its own event-socket port fetching its users and dialplan from fsconn''s POST /api/xml_curl as mod_xml_curl does, each conference on the node Kamailio''s dispatcher would hash its number to; the demo prints `node NAME: USER:PASSWORD` and the event socket of each')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'fsconn;help' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Directory users (FreeSWITCH directory/<context>/<id>.xml)')
            [CompletionResult]::new('conferences', 'conferences', [CompletionResultType]::ParameterValue, 'Conferences (dialplan/conferences/<num>.xml)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Your own account on a `fsconn serve` (--server): change your password')
            [CompletionResult]::new('recordings', 'recordings', [CompletionResultType]::ParameterValue, 'Conference recordings')
            [CompletionResult]::new('live', 'live', [CompletionResultType]::ParameterValue, 'Running conferences: list, show, watch, and every moderator control')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Write a .tar.gz of a config tree (freeswitch, dialplan, conferences, directory)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace a config tree with a stored archive; rolled back if FreeSWITCH refuses it')
            [CompletionResult]::new('backups', 'backups', [CompletionResultType]::ParameterValue, 'List the kept generations of stored archives (newest first; `restore.keep` per tree)')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'System state: reload info and FreeSWITCH''s globals')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the HTTP API, provisioning and the web client')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'A FreeSWITCH event-socket simulator (for tests and demos)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each value came from')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check FreeSWITCH, its configuration and fsconn''s dirs; explain each failure with a fix (exit 0 all pass, 1 otherwise)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log: every write and control, who, from where, result')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'A cluster of FreeSWITCH nodes ([[node]] tables): what the SIP proxy needs')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (or write all with --dir)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (or write all pages with --dir)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the whole system on this machine: example config, simulator, API')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all users (GET /api/users); passwords hidden unless --show-passwords')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users; each gets the lowest free id of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change users; a new context means a new id. Every field not given keeps its value (--new-password generates one, --polymac none removes the phone); with --file, the API''s rule: an item without a password gets a new one, without a polymac loses its phone')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete users by id')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Rewrite every user file from the templates; passwords hidden unless --show-passwords')
            [CompletionResult]::new('reprov', 'reprov', [CompletionResultType]::ParameterValue, 'Rewrite every user''s phone provisioning files; passwords hidden unless --show-passwords')
            break
        }
        'fsconn;help;users;list' {
            break
        }
        'fsconn;help;users;find' {
            break
        }
        'fsconn;help;users;add' {
            break
        }
        'fsconn;help;users;mod' {
            break
        }
        'fsconn;help;users;del' {
            break
        }
        'fsconn;help;users;rebuild' {
            break
        }
        'fsconn;help;users;reprov' {
            break
        }
        'fsconn;help;conferences' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all conferences (GET /api/conferences)')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Conferences whose field starts with STRING')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add conferences; each gets the lowest free number of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change conferences; a new context means a new number')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete conferences by number')
            [CompletionResult]::new('rebuildcontacts', 'rebuildcontacts', [CompletionResultType]::ParameterValue, 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show or change a conference''s own settings: PINs, maximum members, wait for a moderator, announcements, automatic recording, mute on entry')
            break
        }
        'fsconn;help;conferences;list' {
            break
        }
        'fsconn;help;conferences;find' {
            break
        }
        'fsconn;help;conferences;add' {
            break
        }
        'fsconn;help;conferences;mod' {
            break
        }
        'fsconn;help;conferences;del' {
            break
        }
        'fsconn;help;conferences;rebuildcontacts' {
            break
        }
        'fsconn;help;conferences;settings' {
            break
        }
        'fsconn;help;account' {
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your own password (POST /api/account/password); asks for the new one twice, or reads it from stdin with --password-stdin. Your other console sessions and live connections end')
            break
        }
        'fsconn;help;account;passwd' {
            break
        }
        'fsconn;help;recordings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recordings, newest first: conference, start, duration, size, and which one is being recorded now')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Recordings whose name contains STRING')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete recordings by file name')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the full path of a recording')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Apply the retention policy (retention.max_age_days, retention.max_total_size); with --dry-run only list what would be removed')
            break
        }
        'fsconn;help;recordings;list' {
            break
        }
        'fsconn;help;recordings;find' {
            break
        }
        'fsconn;help;recordings;del' {
            break
        }
        'fsconn;help;recordings;path' {
            break
        }
        'fsconn;help;recordings;prune' {
            break
        }
        'fsconn;help;live' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Running conferences (GET /api/active)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One running conference with its members')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print conference events as they happen (Ctrl-C stops)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock a conference: nobody else may join')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock a conference')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a member (`all`: everybody)')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a member (`all`: everybody)')
            [CompletionResult]::new('deaf', 'deaf', [CompletionResultType]::ParameterValue, 'Deafen a member: they hear nothing')
            [CompletionResult]::new('undeaf', 'undeaf', [CompletionResultType]::ParameterValue, 'Let a deafened member hear again')
            [CompletionResult]::new('kick', 'kick', [CompletionResultType]::ParameterValue, 'Kick a member (`all`: everybody); they hear the kick sound. Asks first (--yes without a terminal, --dry-run shows the plan)')
            [CompletionResult]::new('hup', 'hup', [CompletionResultType]::ParameterValue, 'Hang up on a member without a sound. Asks first (--yes without a terminal, --dry-run shows the plan)')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Recording: start, pause, resume or stop')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move a member to another conference. Asks first (--yes without a terminal, --dry-run shows the plan)')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Call a directory user''s phone into the conference')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play a prompt from the configured prompts dir to the conference')
            [CompletionResult]::new('energy', 'energy', [CompletionResultType]::ParameterValue, 'A member''s energy (noise gate) level')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'A member''s volume: what they hear (--out) or how loud they are (default)')
            [CompletionResult]::new('floor', 'floor', [CompletionResultType]::ParameterValue, 'Give a member the floor')
            [CompletionResult]::new('grantmod', 'grantmod', [CompletionResultType]::ParameterValue, 'Make a member a moderator for the rest of their call')
            [CompletionResult]::new('revokemod', 'revokemod', [CompletionResultType]::ParameterValue, 'Take a member''s moderator rights away (they stay in the call)')
            [CompletionResult]::new('lowerhand', 'lowerhand', [CompletionResultType]::ParameterValue, 'Lower a member''s raised hand')
            break
        }
        'fsconn;help;live;list' {
            break
        }
        'fsconn;help;live;show' {
            break
        }
        'fsconn;help;live;watch' {
            break
        }
        'fsconn;help;live;lock' {
            break
        }
        'fsconn;help;live;unlock' {
            break
        }
        'fsconn;help;live;mute' {
            break
        }
        'fsconn;help;live;unmute' {
            break
        }
        'fsconn;help;live;deaf' {
            break
        }
        'fsconn;help;live;undeaf' {
            break
        }
        'fsconn;help;live;kick' {
            break
        }
        'fsconn;help;live;hup' {
            break
        }
        'fsconn;help;live;record' {
            break
        }
        'fsconn;help;live;transfer' {
            break
        }
        'fsconn;help;live;dial' {
            break
        }
        'fsconn;help;live;play' {
            break
        }
        'fsconn;help;live;energy' {
            break
        }
        'fsconn;help;live;volume' {
            break
        }
        'fsconn;help;live;floor' {
            break
        }
        'fsconn;help;live;grantmod' {
            break
        }
        'fsconn;help;live;revokemod' {
            break
        }
        'fsconn;help;live;lowerhand' {
            break
        }
        'fsconn;help;store' {
            break
        }
        'fsconn;help;restore' {
            break
        }
        'fsconn;help;backups' {
            break
        }
        'fsconn;help;info' {
            break
        }
        'fsconn;help;serve' {
            break
        }
        'fsconn;help;sim' {
            break
        }
        'fsconn;help;config' {
            break
        }
        'fsconn;help;doctor' {
            break
        }
        'fsconn;help;audit' {
            break
        }
        'fsconn;help;cluster' {
            [CompletionResult]::new('dispatcher-list', 'dispatcher-list', [CompletionResultType]::ParameterValue, 'Kamailio''s dispatcher.list from the [[node]] tables (set 1, one line per node with a `sip` address); reload it with `kamcmd dispatcher.reload`')
            break
        }
        'fsconn;help;cluster;dispatcher-list' {
            break
        }
        'fsconn;help;completions' {
            break
        }
        'fsconn;help;man' {
            break
        }
        'fsconn;help;demo' {
            break
        }
        'fsconn;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
