
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Directory users (FreeSWITCH directory/<context>/<id>.xml)')
            [CompletionResult]::new('conferences', 'conferences', [CompletionResultType]::ParameterValue, 'Conferences (dialplan/conferences/<num>.xml)')
            [CompletionResult]::new('recordings', 'recordings', [CompletionResultType]::ParameterValue, 'Conference recordings')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Write a .tar.gz of a config tree (freeswitch, dialplan, conferences, directory)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace a config tree with a stored archive; rolled back if FreeSWITCH refuses it')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'System state: reload info and FreeSWITCH''s globals')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the HTTP API, provisioning and the web client')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the whole system on this machine: example config, simulator, API')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'A FreeSWITCH event-socket simulator (for tests and demos)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each value came from')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (or write all with --dir)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (or write all pages with --dir)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all users (GET /api/users); passwords hidden unless --show-passwords')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users; each gets the lowest free id of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change users; a new context means a new id. The password stays unless --password or --new-password is given (with --file, the API''s rule: an item without a password gets a new one)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete users by id')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Rewrite every user file from the templates')
            [CompletionResult]::new('reprov', 'reprov', [CompletionResultType]::ParameterValue, 'Rewrite every user''s phone provisioning files')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;users;find' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;users;add' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A JSON array in the API''s POST body format (`-` for stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'context')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Default: a generated one')
            [CompletionResult]::new('--conpin', '--conpin', [CompletionResultType]::ParameterName, 'Default: the context''s pin')
            [CompletionResult]::new('--polymac', '--polymac', [CompletionResultType]::ParameterName, 'Polycom MAC (12 hex digits) or `none`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;users;mod' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'file')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'context')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Set this SIP password')
            [CompletionResult]::new('--conpin', '--conpin', [CompletionResultType]::ParameterName, 'conpin')
            [CompletionResult]::new('--polymac', '--polymac', [CompletionResultType]::ParameterName, 'polymac')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Work against a `fsconn serve` instead of local files')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login for --server: NAME or NAME:PASSWORD (asked for if missing)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for an https --server: a private CA or the self-signed certificate of `fsconn serve --tls-cert`')
            [CompletionResult]::new('--new-password', '--new-password', [CompletionResultType]::ParameterName, 'Generate a new SIP password')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly the JSON the HTTP API returns')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for deletes without a terminal)')
            [CompletionResult]::new('--no-reload', '--no-reload', [CompletionResultType]::ParameterName, 'Write the files but do not ask FreeSWITCH to reloadxml')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a write would change (files, FreeSWITCH commands) and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors and warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;users;rebuild' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;users;reprov' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all users (GET /api/users); passwords hidden unless --show-passwords')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users; each gets the lowest free id of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change users; a new context means a new id. The password stays unless --password or --new-password is given (with --file, the API''s rule: an item without a password gets a new one)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete users by id')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Rewrite every user file from the templates')
            [CompletionResult]::new('reprov', 'reprov', [CompletionResultType]::ParameterValue, 'Rewrite every user''s phone provisioning files')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all conferences (GET /api/conferences)')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Conferences whose field starts with STRING')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add conferences; each gets the lowest free number of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change conferences; a new context means a new number')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete conferences by number')
            [CompletionResult]::new('rebuildcontacts', 'rebuildcontacts', [CompletionResultType]::ParameterValue, 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;conferences;find' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;conferences;add' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A JSON array in the API''s POST body format (`-` for stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Letters, digits, ''_'', ''-'' and ''.''')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'A profile of conference.conf.xml')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'context')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;conferences;mod' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'file')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'context')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;conferences;rebuildcontacts' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;conferences;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all conferences (GET /api/conferences)')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Conferences whose field starts with STRING')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add conferences; each gets the lowest free number of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change conferences; a new context means a new number')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete conferences by number')
            [CompletionResult]::new('rebuildcontacts', 'rebuildcontacts', [CompletionResultType]::ParameterValue, 'Rewrite the contact lists of every phone (Linphone files, Polycom directories)')
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
        'fsconn;conferences;help;help' {
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recording files')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Recordings whose name contains STRING')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete recordings by file name')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the full path of a recording')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;recordings;list' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Only what a user of this context may see (e.g. `friends`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;recordings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recording files')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Recordings whose name contains STRING')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete recordings by file name')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the full path of a recording')
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
        'fsconn;recordings;help;help' {
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;demo' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Where the HTTP API listens (port 0 picks a free one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;sim' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (default: the configured event socket, 127.0.0.1:8021)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Event socket password (default: the configured one, ClueCon)')
            [CompletionResult]::new('--scenario', '--scenario', [CompletionResultType]::ParameterName, 'Play a scripted scenario (one api command per line, `sleep MS`)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Speed factor for --scenario (2 = twice as fast)')
            [CompletionResult]::new('--command-log', '--command-log', [CompletionResultType]::ParameterName, 'Append every command received to FILE')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)')
            [CompletionResult]::new('--conf-dir', '--conf-dir', [CompletionResultType]::ParameterName, 'FreeSWITCH config dir (SWITCHCONF)')
            [CompletionResult]::new('--static-dir', '--static-dir', [CompletionResultType]::ParameterName, 'Provisioning and store dir (STATICPATH)')
            [CompletionResult]::new('--recordings-dir', '--recordings-dir', [CompletionResultType]::ParameterName, 'Recordings dir (RECPATH)')
            [CompletionResult]::new('--esl', '--esl', [CompletionResultType]::ParameterName, 'FreeSWITCH event socket (FSIP/FSPORT)')
            [CompletionResult]::new('--esl-password', '--esl-password', [CompletionResultType]::ParameterName, 'Event socket password (FSPW)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'fsconn;help' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Directory users (FreeSWITCH directory/<context>/<id>.xml)')
            [CompletionResult]::new('conferences', 'conferences', [CompletionResultType]::ParameterValue, 'Conferences (dialplan/conferences/<num>.xml)')
            [CompletionResult]::new('recordings', 'recordings', [CompletionResultType]::ParameterValue, 'Conference recordings')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Write a .tar.gz of a config tree (freeswitch, dialplan, conferences, directory)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace a config tree with a stored archive; rolled back if FreeSWITCH refuses it')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'System state: reload info and FreeSWITCH''s globals')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the HTTP API, provisioning and the web client')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the whole system on this machine: example config, simulator, API')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'A FreeSWITCH event-socket simulator (for tests and demos)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each value came from')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (or write all with --dir)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (or write all pages with --dir)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fsconn;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all users (GET /api/users); passwords hidden unless --show-passwords')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Users whose field starts with STRING (byemail and match: contains); passwords hidden unless --show-passwords')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users; each gets the lowest free id of its context')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change users; a new context means a new id. The password stays unless --password or --new-password is given (with --file, the API''s rule: an item without a password gets a new one)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete users by id')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Rewrite every user file from the templates')
            [CompletionResult]::new('reprov', 'reprov', [CompletionResultType]::ParameterValue, 'Rewrite every user''s phone provisioning files')
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
        'fsconn;help;recordings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recording files')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Recordings whose name contains STRING')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete recordings by file name')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the full path of a recording')
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
        'fsconn;help;store' {
            break
        }
        'fsconn;help;restore' {
            break
        }
        'fsconn;help;info' {
            break
        }
        'fsconn;help;serve' {
            break
        }
        'fsconn;help;demo' {
            break
        }
        'fsconn;help;sim' {
            break
        }
        'fsconn;help;config' {
            break
        }
        'fsconn;help;completions' {
            break
        }
        'fsconn;help;man' {
            break
        }
        'fsconn;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
