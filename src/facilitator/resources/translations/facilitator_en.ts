<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AccueilWorkspace</name>
        <message>
            <source>New session…</source>
            <translation>New session…</translation>
        </message>
        <message>
            <source>Name or badge number, then Enter</source>
            <translation>Name or badge number, then Enter</translation>
        </message>
        <message>
            <source>Arrival (Enter)</source>
            <translation>Arrival (Enter)</translation>
        </message>
        <message>
            <source>Departure (F8)</source>
            <translation>Departure (F8)</translation>
        </message>
        <message>
            <source>Undo the last action (Ctrl+Z)</source>
            <translation>Undo the last action (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Session:</translation>
        </message>
        <message>
            <source>{last} {first} — {role} — No. {badge}</source>
            <translation>{last} {first} — {role} — No. {badge}</translation>
        </message>
        <message>
            <source>here since {time}</source>
            <translation>here since {time}</translation>
        </message>
        <message>
            <source>left at {time}</source>
            <translation>left at {time}</translation>
        </message>
        <message>
            <source>By role</source>
            <translation>By role</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>By gender</translation>
        </message>
        <message>
            <source>present / expected</source>
            <translation>present / expected</translation>
        </message>
        <message numerus="yes">
            <source>%n left</source>
            <translation>
                <numerusform>%n left</numerusform>
                <numerusform>%n left</numerusform>
            </translation>
        </message>
        <message>
            <source>Open an assembly first.</source>
            <translation>Open an assembly first.</translation>
        </message>
        <message>
            <source>No session yet: create one (date, place) to sign people in.</source>
            <translation>No session yet: create one (date, place) to sign people in.</translation>
        </message>
        <message>
            <source>Enter: arrival · F8: departure · Ctrl+Z: undo · ↑ ↓: another match</source>
            <translation>Enter: arrival · F8: departure · Ctrl+Z: undo · ↑ ↓: another match</translation>
        </message>
        <message>
            <source>{name} has already arrived, at {time}.</source>
            <translation>{name} has already arrived, at {time}.</translation>
        </message>
        <message>
            <source>Welcome back, {name} ({time}).</source>
            <translation>Welcome back, {name} ({time}).</translation>
        </message>
        <message>
            <source>✓ {name} — arrival recorded at {time}.</source>
            <translation>✓ {name} — arrival recorded at {time}.</translation>
        </message>
        <message>
            <source>{name} is not in the room: nothing recorded.</source>
            <translation>{name} is not in the room: nothing recorded.</translation>
        </message>
        <message>
            <source>{name} — departure recorded at {time}.</source>
            <translation>{name} — departure recorded at {time}.</translation>
        </message>
        <message>
            <source>Nothing to undo on this computer.</source>
            <translation>Nothing to undo on this computer.</translation>
        </message>
        <message>
            <source>arrival</source>
            <translation>arrival</translation>
        </message>
        <message>
            <source>departure</source>
            <translation>departure</translation>
        </message>
        <message>
            <source>Cancelled: {what} of {name} at {time}.</source>
            <translation>Cancelled: {what} of {name} at {time}.</translation>
        </message>
        <message>
            <source>Session created.</source>
            <translation>Session created.</translation>
        </message>
    </context>
    <context>
        <name>AssembliesPage</name>
        <message>
            <source>Assembly</source>
            <translation>Assembly</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>New assembly…</source>
            <translation>New assembly…</translation>
        </message>
        <message>
            <source>Open the participants</source>
            <translation>Open the participants</translation>
        </message>
        <message>
            <source>Add a sub-body…</source>
            <translation>Add a sub-body…</translation>
        </message>
        <message>
            <source>No assembly yet: create one, then import its roster.</source>
            <translation>No assembly yet: create one, then import its roster.</translation>
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation>Sub-bodies</translation>
        </message>
        <message>
            <source>Mandate from {start} to {end}</source>
            <translation>Mandate from {start} to {end}</translation>
        </message>
        <message numerus="yes">
            <source>{name} — %n member(s)</source>
            <translation>
                <numerusform>{name} — %n member</numerusform>
                <numerusform>{name} — %n members</numerusform>
            </translation>
        </message>
        <message>
            <source>({sub_body} only)</source>
            <translation>({sub_body} only)</translation>
        </message>
        <message>
            <source>Assembly created.</source>
            <translation>Assembly created.</translation>
        </message>
        <message>
            <source>Add a sub-body</source>
            <translation>Add a sub-body</translation>
        </message>
        <message>
            <source>Name (e.g. Groupe de proposition):</source>
            <translation>Name (e.g. Groupe de proposition):</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The demo assembly is already in this database: {name}</source>
            <translation>The demo assembly is already in this database: {name}</translation>
        </message>
        <message>
            <source>Demo assembly written to {path}</source>
            <translation>Demo assembly written to {path}</translation>
        </message>
        <message>
            <source>This database has no assembly yet: name one with --assembly NAME.</source>
            <translation>This database has no assembly yet: name one with --assembly NAME.</translation>
        </message>
        <message>
            <source>This database has several assemblies; choose one with --assembly: {names}</source>
            <translation>This database has several assemblies; choose one with --assembly: {names}</translation>
        </message>
        <message>
            <source>No assembly is called "{name}". Assemblies: {names}</source>
            <translation>No assembly is called "{name}". Assemblies: {names}</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Match the columns</translation>
        </message>
        <message>
            <source>Check what each column holds. Your choices are remembered for the next imports.</source>
            <translation>Check what each column holds. Your choices are remembered for the next imports.</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Examples</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Holds</translation>
        </message>
        <message>
            <source>Without a recruitment column, residents count as drawn by lot.</source>
            <translation>Without a recruitment column, residents count as drawn by lot.</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>— do not import —</source>
            <translation>— do not import —</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>&lt;b&gt;facilitator met an unexpected error.&lt;/b&gt;&lt;br&gt;What was saved before it is safe. Please copy the details below and send them to whoever supports the application, with a word on what you were doing.</source>
            <translation>&lt;b&gt;facilitator met an unexpected error.&lt;/b&gt;&lt;br&gt;What was saved before it is safe. Please copy the details below and send them to whoever supports the application, with a word on what you were doing.</translation>
        </message>
        <message>
            <source>Copy the details</source>
            <translation>Copy the details</translation>
        </message>
        <message>
            <source>Quit facilitator</source>
            <translation>Quit facilitator</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the roster file</source>
            <translation>Choose the roster file</translation>
        </message>
        <message>
            <source>A CSV or XLSX export, with one person per line and a header line naming the columns.</source>
            <translation>A CSV or XLSX export, with one person per line and a header line naming the columns.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>File to import</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>Import a roster</source>
            <translation>Import a roster</translation>
        </message>
        <message>
            <source>Rosters ({patterns})</source>
            <translation>Rosters ({patterns})</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message>
            <source>Reading cancelled.</source>
            <translation>Reading cancelled.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) of people</source>
            <translation>
                <numerusform>%n line of people</numerusform>
                <numerusform>%n lines of people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n column</numerusform>
                <numerusform>%n columns</numerusform>
            </translation>
        </message>
        <message>
            <source>Spreadsheet read: {lines}, {columns}.</source>
            <translation>Spreadsheet read: {lines}, {columns}.</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>comma</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>CSV file read: {lines}, {columns}, encoding {encoding}, separator: {separator}.</source>
            <translation>CSV file read: {lines}, {columns}, encoding {encoding}, separator: {separator}.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n person(s) imported.</source>
            <translation>
                <numerusform>%n person imported.</numerusform>
                <numerusform>%n people imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) to import.</source>
            <translation>
                <numerusform>%n person to import.</numerusform>
                <numerusform>%n people to import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) rejected:</source>
            <translation>
                <numerusform>%n line rejected:</numerusform>
                <numerusform>%n lines rejected:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) of likely duplicates (imported, to check):</source>
            <translation>
                <numerusform>%n group of likely duplicates (imported, to check):</numerusform>
                <numerusform>%n groups of likely duplicates (imported, to check):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) repeated exactly, imported once:</source>
            <translation>
                <numerusform>%n line repeated exactly, imported once:</numerusform>
                <numerusform>%n lines repeated exactly, imported once:</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {line}: same as line {first}</source>
            <translation>Line {line}: same as line {first}</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) already in the assembly, not imported again:</source>
            <translation>
                <numerusform>%n line already in the assembly, not imported again:</numerusform>
                <numerusform>%n lines already in the assembly, not imported again:</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {line}: {name}</source>
            <translation>Line {line}: {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) corrected:</source>
            <translation>
                <numerusform>%n line corrected:</numerusform>
                <numerusform>%n lines corrected:</numerusform>
            </translation>
        </message>
        <message>
            <source>New sub-bodies: {names}</source>
            <translation>New sub-bodies: {names}</translation>
        </message>
        <message numerus="yes">
            <source>line(s) {lines}</source>
            <translation>
                <numerusform>line {lines}</numerusform>
                <numerusform>lines {lines}</numerusform>
            </translation>
        </message>
        <message>
            <source> and, already in the assembly: {names}</source>
            <translation> and, already in the assembly: {names}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a roster</source>
            <translation>Import a roster</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Assemblies</source>
            <translation>Assemblies</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Sign-in desk</source>
            <translation>Sign-in desk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open a database…</source>
            <translation>&amp;Open a database…</translation>
        </message>
        <message>
            <source>&amp;Import a roster…</source>
            <translation>&amp;Import a roster…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About facilitator</source>
            <translation>&amp;About facilitator</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <source>Import a roster</source>
            <translation>Import a roster</translation>
        </message>
        <message>
            <source>Open an assembly first: the roster is imported into it.</source>
            <translation>Open an assembly first: the roster is imported into it.</translation>
        </message>
        <message>
            <source>Open a database</source>
            <translation>Open a database</translation>
        </message>
        <message>
            <source>facilitator databases (*.sqlite)</source>
            <translation>facilitator databases (*.sqlite)</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>About facilitator</source>
            <translation>About facilitator</translation>
        </message>
        <message>
            <source>&lt;h3&gt;facilitator {version}&lt;/h3&gt;&lt;p&gt;Runs a citizens' assembly's plenary day on one laptop, offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;facilitator {version}&lt;/h3&gt;&lt;p&gt;Runs a citizens' assembly's plenary day on one laptop, offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Full name (SURNAME First name)</source>
            <translation>Full name (SURNAME First name)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Birth year</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Drawn by lot</source>
            <translation>Drawn by lot</translation>
        </message>
        <message>
            <source>Minority (elected officials)</source>
            <translation>Minority (elected officials)</translation>
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation>Sub-bodies</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>Accessibility needs</source>
            <translation>Accessibility needs</translation>
        </message>
        <message>
            <source>Child care needed</source>
            <translation>Child care needed</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Elected official</source>
            <translation>Elected official</translation>
        </message>
        <message>
            <source>Municipal staff</source>
            <translation>Municipal staff</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Woman</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>This file is neither a text file (CSV) nor a spreadsheet: it looks like a binary file.</source>
            <translation>This file is neither a text file (CSV) nor a spreadsheet: it looks like a binary file.</translation>
        </message>
        <message>
            <source>The file's encoding is not recognised: byte {byte} on line {line} is neither UTF-8 nor Windows (cp1252). Save the file again as "CSV UTF-8".</source>
            <translation>The file's encoding is not recognised: byte {byte} on line {line} is neither UTF-8 nor Windows (cp1252). Save the file again as "CSV UTF-8".</translation>
        </message>
        <message>
            <source>The file mixes two encodings: line {line} is written in Windows encoding (cp1252) while other lines are in UTF-8, so some names would come out wrong. Save the file again as "CSV UTF-8".</source>
            <translation>The file mixes two encodings: line {line} is written in Windows encoding (cp1252) while other lines are in UTF-8, so some names would come out wrong. Save the file again as "CSV UTF-8".</translation>
        </message>
        <message>
            <source>The file was already damaged by a wrong conversion: line {line} contains "{sample}" where "{meant}" was meant. Export it again from the original spreadsheet.</source>
            <translation>The file was already damaged by a wrong conversion: line {line} contains "{sample}" where "{meant}" was meant. Export it again from the original spreadsheet.</translation>
        </message>
        <message>
            <source>The file is too large ({size} MB, at most {limit} MB).</source>
            <translation>The file is too large ({size} MB, at most {limit} MB).</translation>
        </message>
        <message>
            <source>The file is damaged and cannot be read. Open it in your spreadsheet program and save it again as XLSX or CSV.</source>
            <translation>The file is damaged and cannot be read. Open it in your spreadsheet program and save it again as XLSX or CSV.</translation>
        </message>
        <message>
            <source>From line {line} on, the file cannot be read: a quotation mark (") opens a cell that is not closed properly. Correct that line in the spreadsheet program and export the file again.</source>
            <translation>From line {line} on, the file cannot be read: a quotation mark (") opens a cell that is not closed properly. Correct that line in the spreadsheet program and export the file again.</translation>
        </message>
        <message>
            <source>The file has too many lines ({rows}, at most {limit}).</source>
            <translation>The file has too many lines ({rows}, at most {limit}).</translation>
        </message>
        <message>
            <source>The file has too many columns ({columns}, at most {limit}).</source>
            <translation>The file has too many columns ({columns}, at most {limit}).</translation>
        </message>
        <message>
            <source>The file has a header line but nobody in it.</source>
            <translation>The file has a header line but nobody in it.</translation>
        </message>
        <message>
            <source>Files of type "{suffix}" cannot be imported: choose a CSV or XLSX file.</source>
            <translation>Files of type "{suffix}" cannot be imported: choose a CSV or XLSX file.</translation>
        </message>
        <message>
            <source>The spreadsheet is abnormally large once unpacked; it was refused for safety.</source>
            <translation>The spreadsheet is abnormally large once unpacked; it was refused for safety.</translation>
        </message>
        <message>
            <source>No column holds the names: choose a "Last name" and a "First name" column, or a "Full name" column.</source>
            <translation>No column holds the names: choose a "Last name" and a "First name" column, or a "Full name" column.</translation>
        </message>
        <message>
            <source>"{field}" is chosen for two columns: "{first}" and "{second}".</source>
            <translation>"{field}" is chosen for two columns: "{first}" and "{second}".</translation>
        </message>
        <message>
            <source>first name missing</source>
            <translation>first name missing</translation>
        </message>
        <message>
            <source>last name missing</source>
            <translation>last name missing</translation>
        </message>
        <message>
            <source>last and first name cannot be told apart in "{value}" (write the last name in capitals)</source>
            <translation>last and first name cannot be told apart in "{value}" (write the last name in capitals)</translation>
        </message>
        <message>
            <source>{field}: "{value}" contains digits other than 0-9 (Arabic-Indic, full-width…)</source>
            <translation>{field}: "{value}" contains digits other than 0-9 (Arabic-Indic, full-width…)</translation>
        </message>
        <message>
            <source>invalid phone number "{value}"</source>
            <translation>invalid phone number "{value}"</translation>
        </message>
        <message>
            <source>invalid e-mail address "{value}"</source>
            <translation>invalid e-mail address "{value}"</translation>
        </message>
        <message>
            <source>invalid postcode "{value}" (five digits expected)</source>
            <translation>invalid postcode "{value}" (five digits expected)</translation>
        </message>
        <message>
            <source>birth year "{value}" not understood</source>
            <translation>birth year "{value}" not understood</translation>
        </message>
        <message>
            <source>impossible birth year "{value}"</source>
            <translation>impossible birth year "{value}"</translation>
        </message>
        <message>
            <source>gender "{value}" not recognised (F, H, other…)</source>
            <translation>gender "{value}" not recognised (F, H, other…)</translation>
        </message>
        <message>
            <source>role "{value}" not recognised</source>
            <translation>role "{value}" not recognised</translation>
        </message>
        <message>
            <source>{field}: "{value}" is neither yes nor no</source>
            <translation>{field}: "{value}" is neither yes nor no</translation>
        </message>
        <message>
            <source>{field}: text too long</source>
            <translation>{field}: text too long</translation>
        </message>
        <message>
            <source>{field}: invisible control characters</source>
            <translation>{field}: invisible control characters</translation>
        </message>
        <message>
            <source>{field}: a line break inside the name</source>
            <translation>{field}: a line break inside the name</translation>
        </message>
        <message>
            <source>more cells than columns ("{value}" after the last column)</source>
            <translation>more cells than columns ("{value}" after the last column)</translation>
        </message>
        <message>
            <source>leading zero of the phone number restored: {value}</source>
            <translation>leading zero of the phone number restored: {value}</translation>
        </message>
        <message>
            <source>leading zero of the postcode restored: {value}</source>
            <translation>leading zero of the postcode restored: {value}</translation>
        </message>
        <message>
            <source>The database is busy in another window or program. Close it, then try again.</source>
            <translation>The database is busy in another window or program. Close it, then try again.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space, then try again.</source>
            <translation>The disk is full: nothing was saved. Free some space, then try again.</translation>
        </message>
        <message>
            <source>The database cannot be written: the file or its folder is read-only.</source>
            <translation>The database cannot be written: the file or its folder is read-only.</translation>
        </message>
        <message>
            <source>Invalid key or damaged file: the database cannot be read. Nothing was changed.</source>
            <translation>Invalid key or damaged file: the database cannot be read. Nothing was changed.</translation>
        </message>
        <message>
            <source>The database cannot be reached (was a disk or USB stick removed?).</source>
            <translation>The database cannot be reached (was a disk or USB stick removed?).</translation>
        </message>
        <message>
            <source>This database was written by a newer version of facilitator: update the application first.</source>
            <translation>This database was written by a newer version of facilitator: update the application first.</translation>
        </message>
        <message>
            <source>The file cannot be read: {detail}</source>
            <translation>The file cannot be read: {detail}</translation>
        </message>
        <message>
            <source>The file does not exist: {detail}</source>
            <translation>The file does not exist: {detail}</translation>
        </message>
        <message>
            <source>The file cannot be written: {detail}</source>
            <translation>The file cannot be written: {detail}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>Line {line}: {problems}</source>
            <translation>Line {line}: {problems}</translation>
        </message>
    </context>
    <context>
        <name>NewAssemblyDialog</name>
        <message>
            <source>New assembly</source>
            <translation>New assembly</translation>
        </message>
        <message>
            <source>e.g. Assemblée citoyenne de Villebrune</source>
            <translation>e.g. Assemblée citoyenne de Villebrune</translation>
        </message>
        <message>
            <source>The mandate has set dates</source>
            <translation>The mandate has set dates</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Mandate from</source>
            <translation>Mandate from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Give the assembly a name.</source>
            <translation>Give the assembly a name.</translation>
        </message>
        <message>
            <source>The mandate must end after it starts.</source>
            <translation>The mandate must end after it starts.</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New session</source>
            <translation>New session</translation>
        </message>
        <message>
            <source>e.g. Séance plénière</source>
            <translation>e.g. Séance plénière</translation>
        </message>
        <message>
            <source>e.g. Salle des fêtes</source>
            <translation>e.g. Salle des fêtes</translation>
        </message>
        <message>
            <source>The whole assembly</source>
            <translation>The whole assembly</translation>
        </message>
        <message>
            <source>{name} only</source>
            <translation>{name} only</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDetailPanel</name>
        <message>
            <source>Badge number</source>
            <translation>Badge number</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Recruitment</source>
            <translation>Recruitment</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Birth year</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation>Sub-bodies</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibility</translation>
        </message>
        <message>
            <source>Child care</source>
            <translation>Child care</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Select someone in the list to see everything about them.</source>
            <translation>Select someone in the list to see everything about them.</translation>
        </message>
        <message>
            <source>minority</source>
            <translation>minority</translation>
        </message>
        <message>
            <source>majority</source>
            <translation>majority</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Needed</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Change a participant</source>
            <translation>Change a participant</translation>
        </message>
        <message>
            <source>Add a participant</source>
            <translation>Add a participant</translation>
        </message>
        <message>
            <source>Member of the municipal minority</source>
            <translation>Member of the municipal minority</translation>
        </message>
        <message>
            <source>Needs child care to attend</source>
            <translation>Needs child care to attend</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Recruitment</source>
            <translation>Recruitment</translation>
        </message>
        <message>
            <source>Postcode and town</source>
            <translation>Postcode and town</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Recruitment</source>
            <translation>Recruitment</translation>
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation>Sub-bodies</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>{role} (minority)</source>
            <translation>{role} (minority)</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsWorkspace</name>
        <message>
            <source>Search a name or a badge number (Ctrl+F)</source>
            <translation>Search a name or a badge number (Ctrl+F)</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>All roles</translation>
        </message>
        <message>
            <source>Drawn and volunteers</source>
            <translation>Drawn and volunteers</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Add a participant (Ctrl+N)</source>
            <translation>Add a participant (Ctrl+N)</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Change the selected participant (Enter)</source>
            <translation>Change the selected participant (Enter)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected participant (Del)</source>
            <translation>Remove the selected participant (Del)</translation>
        </message>
        <message>
            <source>Import a roster…</source>
            <translation>Import a roster…</translation>
        </message>
        <message>
            <source>Import a CSV or XLSX file (Ctrl+I)</source>
            <translation>Import a CSV or XLSX file (Ctrl+I)</translation>
        </message>
        <message>
            <source>All sub-bodies</source>
            <translation>All sub-bodies</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total} participants</source>
            <translation>{shown} of {total} participants</translation>
        </message>
        <message>
            <source>Nobody in this assembly yet: add people one by one (Ctrl+N) or import a roster (Ctrl+I).</source>
            <translation>Nobody in this assembly yet: add people one by one (Ctrl+N) or import a roster (Ctrl+I).</translation>
        </message>
        <message>
            <source>Nobody matches this search and these filters.</source>
            <translation>Nobody matches this search and these filters.</translation>
        </message>
        <message>
            <source>{name} added, badge number {badge}.</source>
            <translation>{name} added, badge number {badge}.</translation>
        </message>
        <message>
            <source>Changes to {name} saved.</source>
            <translation>Changes to {name} saved.</translation>
        </message>
        <message>
            <source>Remove a participant</source>
            <translation>Remove a participant</translation>
        </message>
        <message>
            <source>Remove {name} from the assembly? Their past attendance is kept.</source>
            <translation>Remove {name} from the assembly? Their past attendance is kept.</translation>
        </message>
        <message>
            <source>{name} removed.</source>
            <translation>{name} removed.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) imported.</source>
            <translation>
                <numerusform>%n person imported.</numerusform>
                <numerusform>%n people imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check before importing</source>
            <translation>Check before importing</translation>
        </message>
        <message>
            <source>Nothing is written yet. The import is all or nothing.</source>
            <translation>Nothing is written yet. The import is all or nothing.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Lines to look at:</source>
            <translation>Lines to look at:</translation>
        </message>
        <message>
            <source>Checking every line…</source>
            <translation>Checking every line…</translation>
        </message>
        <message>
            <source>Nothing to report: every line is fine.</source>
            <translation>Nothing to report: every line is fine.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n person(s) will be imported.&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n person will be imported.&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n people will be imported.&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) rejected (listed below).</source>
            <translation>
                <numerusform>%n line rejected (listed below).</numerusform>
                <numerusform>%n lines rejected (listed below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) of likely duplicates to check.</source>
            <translation>
                <numerusform>%n group of likely duplicates to check.</numerusform>
                <numerusform>%n groups of likely duplicates to check.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) already imported, skipped.</source>
            <translation>
                <numerusform>%n line already imported, skipped.</numerusform>
                <numerusform>%n lines already imported, skipped.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>Import cancelled: nothing was written.</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Nothing was written.</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>Cannot continue for now</source>
            <translation>Cannot continue for now</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Import done</source>
            <translation>Import done</translation>
        </message>
        <message>
            <source>Copy the report</source>
            <translation>Copy the report</translation>
        </message>
        <message>
            <source>Save the report…</source>
            <translation>Save the report…</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <source>import-report.txt</source>
            <translation>import-report.txt</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Text (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>A new language applies the next time facilitator starts.</source>
            <translation>A new language applies the next time facilitator starts.</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
</TS>
