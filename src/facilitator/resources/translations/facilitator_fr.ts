<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssembliesPage</name>
    <message>
        <source>Assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assembly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assembly yet: create one, then import its roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>({sub_body} only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembly created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (e.g. Groupe de proposition):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what each column holds. Your choices are remembered for the next imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a recruitment column, residents count as drawn by lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;facilitator met an unexpected error.&lt;/b&gt;&lt;br&gt;What was saved before it is safe. Please copy the details below and send them to whoever supports the application, with a word on what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX export, with one person per line and a header line naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx *.txt *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet read: {lines}, {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file read: {lines}, {columns}, encoding {encoding}, separator: {separator}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n person(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates (imported, to check):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) repeated exactly, imported once:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: same as line {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already in the assembly, not imported again:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) corrected:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New sub-bodies: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>line(s) {lines}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> and, already in the assembly: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Assemblies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an assembly first: the roster is imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;facilitator {version}&lt;/h3&gt;&lt;p&gt;Runs a citizens&apos; assembly&apos;s plenary day on one laptop, offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (SURNAME First name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minority (elected officials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child care needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is neither a text file (CSV) nor a spreadsheet: it looks like a binary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding is not recognised: byte {byte} on line {line} is neither UTF-8 nor Windows (cp1252). Save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was already damaged by a wrong conversion: line {line} contains &quot;{sample}&quot; where &quot;{meant}&quot; was meant. Export it again from the original spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large ({size} bytes, at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has too many lines ({rows}, at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has too many columns ({columns}, at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header line but nobody in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type &quot;{suffix}&quot; cannot be imported: choose a CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet is abnormally large once unpacked; it was refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the names: choose a &quot;Last name&quot; and a &quot;First name&quot; column, or a &quot;Full name&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is chosen for two columns: &quot;{first}&quot; and &quot;{second}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last and first name cannot be told apart in &quot;{value}&quot; (write the last name in capitals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: &quot;{value}&quot; contains digits other than 0-9 (Arabic-Indic, full-width…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid phone number &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid e-mail address &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid postcode &quot;{value}&quot; (five digits expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year &quot;{value}&quot; not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible birth year &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender &quot;{value}&quot; not recognised (F, H, other…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role &quot;{value}&quot; not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: &quot;{value}&quot; is neither yes nor no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: text too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: invisible control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more cells than columns (&quot;{value}&quot; after the last column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading zero of the phone number restored: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading zero of the postcode restored: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid key or damaged file: the database cannot be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached (was a disk or USB stick removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of facilitator: update the application first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssemblyDialog</name>
    <message>
        <source>New assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Assemblée citoyenne de Villebrune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandate has set dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the assembly a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandate must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDetailPanel</name>
    <message>
        <source>Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select someone in the list to see everything about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Change a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the municipal minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs child care to attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} (minority)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsWorkspace</name>
    <message>
        <source>Search a name or a badge number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn and volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected participant (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participant (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or XLSX file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sub-bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added, badge number {badge}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to {name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the assembly? Their past attendance is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written yet. The import is all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to look at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report: every line is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n person(s) will be imported.&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected (listed below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates to check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already imported, skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Cannot continue for now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-report.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time facilitator starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
