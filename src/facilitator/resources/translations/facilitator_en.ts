<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AssembliesPage</name>
        <message>
            <source>Assembly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New assembly…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a sub-body…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assembly yet: create one, then import its roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandate from {start} to {end}</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assembly created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a sub-body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (e.g. Groupe de proposition):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The demo assembly is already in this database: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo assembly written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database has no assembly yet: name one with --assembly NAME.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database has several assemblies; choose one with --assembly: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assembly is called "{name}". Assemblies: {names}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check what each column holds. Your choices are remembered for the next imports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without a recruitment column, residents count as drawn by lot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— do not import —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;facilitator met an unexpected error.&lt;/b&gt;&lt;br&gt;What was saved before it is safe. Please copy the details below and send them to whoever supports the application, with a word on what you were doing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the roster file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A CSV or XLSX export, with one person per line and a header line naming the columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rosters (*.csv *.xlsx *.txt *.tsv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading cancelled.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV file read: {lines}, {columns}, encoding {encoding}, separator: {separator}.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a roster</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Assemblies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open a database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import a roster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an assembly first: the roster is imported into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>facilitator databases (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;facilitator {version}&lt;/h3&gt;&lt;p&gt;Runs a citizens' assembly's plenary day on one laptop, offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name (SURNAME First name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawn by lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minority (elected officials)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accessibility needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Child care needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elected official</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipal staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Woman</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Man</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volunteer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is neither a text file (CSV) nor a spreadsheet: it looks like a binary file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file's encoding is not recognised: byte {byte} on line {line} is neither UTF-8 nor Windows (cp1252). Save the file again as "CSV UTF-8".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file was already damaged by a wrong conversion: line {line} contains "{sample}" where "{meant}" was meant. Export it again from the original spreadsheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is too large ({size} bytes, at most {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has too many lines ({rows}, at most {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has too many columns ({columns}, at most {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has a header line but nobody in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files of type "{suffix}" cannot be imported: choose a CSV or XLSX file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is damaged and cannot be read ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The spreadsheet is abnormally large once unpacked; it was refused for safety.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No column holds the names: choose a "Last name" and a "First name" column, or a "Full name" column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{field}" is chosen for two columns: "{first}" and "{second}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first name missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last name missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last and first name cannot be told apart in "{value}" (write the last name in capitals)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: "{value}" contains digits other than 0-9 (Arabic-Indic, full-width…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid phone number "{value}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid e-mail address "{value}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid postcode "{value}" (five digits expected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>birth year "{value}" not understood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>impossible birth year "{value}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gender "{value}" not recognised (F, H, other…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>role "{value}" not recognised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: "{value}" is neither yes nor no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: text too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: invisible control characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more cells than columns ("{value}" after the last column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leading zero of the phone number restored: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leading zero of the postcode restored: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is busy in another window or program. Close it, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be written: the file or its folder is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid key or damaged file: the database cannot be read. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be reached (was a disk or USB stick removed?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database was written by a newer version of facilitator: update the application first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file does not exist: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be written: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {problems}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewAssemblyDialog</name>
        <message>
            <source>New assembly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Assemblée citoyenne de Villebrune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mandate has set dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandate from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the assembly a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mandate must end after it starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantDetailPanel</name>
        <message>
            <source>Badge number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recruitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accessibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Child care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select someone in the list to see everything about them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>majority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Change a participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member of the municipal minority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs child care to attend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recruitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postcode and town</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recruitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{role} (minority)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantsWorkspace</name>
        <message>
            <source>Search a name or a badge number (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawn and volunteers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a participant (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the selected participant (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected participant (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a roster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a CSV or XLSX file (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sub-bodies</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody in this assembly yet: add people one by one (Ctrl+N) or import a roster (Ctrl+I).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody matches this search and these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} added, badge number {badge}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes to {name} saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove a participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name} from the assembly? Their past attendance is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} removed.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is written yet. The import is all or nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines to look at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every line…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to report: every line is fine.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>Cannot continue for now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Import done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import-report.txt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new language applies the next time facilitator starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interface language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
