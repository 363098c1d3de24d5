<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ActionSet</name>
        <message>
            <source>{key}: {what}</source>
            <translation>{key}: {what}</translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
    </context>
    <context>
        <name>AgendaDialog</name>
        <message>
            <source>Agenda of the session</source>
            <translation>Agenda of the session</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Information and hearings</source>
            <translation>Information and hearings</translation>
        </message>
        <message>
            <source>Group work</source>
            <translation>Group work</translation>
        </message>
        <message>
            <source>Deliberation</source>
            <translation>Deliberation</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Add the phase</source>
            <translation>Add the phase</translation>
        </message>
        <message>
            <source>Apply to the selected phase</source>
            <translation>Apply to the selected phase</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>New profile…</source>
            <translation>New profile…</translation>
        </message>
        <message>
            <source>Change the profile…</source>
            <translation>Change the profile…</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Discipline profile</source>
            <translation>Discipline profile</translation>
        </message>
        <message>
            <source>A profile is a template of the assembly: changing it changes every phase that uses it, in every session.</source>
            <translation>A profile is a template of the assembly: changing it changes every phase that uses it, in every session.</translation>
        </message>
        <message>
            <source>{position}. {name} — {profile}</source>
            <translation>{position}. {name} — {profile}</translation>
        </message>
        <message>
            <source>contribution {time}</source>
            <translation>contribution {time}</translation>
        </message>
        <message>
            <source>short intervention {time}</source>
            <translation>short intervention {time}</translation>
        </message>
        <message>
            <source>{role}: {time} shared</source>
            <translation>{role}: {time} shared</translation>
        </message>
        <message>
            <source>{role}: {time} each</source>
            <translation>{role}: {time} each</translation>
        </message>
        <message>
            <source>elected officials do not ask for the floor</source>
            <translation>elected officials do not ask for the floor</translation>
        </message>
        <message>
            <source>women and men alternate</source>
            <translation>women and men alternate</translation>
        </message>
        <message>
            <source>"{name}" already has speaking turns: it stays on the agenda (the report needs it).</source>
            <translation>"{name}" already has speaking turns: it stays on the agenda (the report needs it).</translation>
        </message>
    </context>
    <context>
        <name>AssembliesDialog</name>
        <message>
            <source>Assemblies on this computer</source>
            <translation>Assemblies on this computer</translation>
        </message>
        <message>
            <source>Tick the assemblies this computer receives from the central store:</source>
            <translation>Tick the assemblies this computer receives from the central store:</translation>
        </message>
    </context>
    <context>
        <name>AssembliesWorkspace</name>
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
        <name>AttendanceCertificateDocument</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Times</translation>
        </message>
        <message>
            <source>{signatory} certifies that {name} took part in the following sessions of the {body}:</source>
            <translation>{signatory} certifies that {name} took part in the following sessions of the {body}:</translation>
        </message>
        <message>
            <source>This certificate is issued at the request of the person concerned, for any lawful purpose.</source>
            <translation>This certificate is issued at the request of the person concerned, for any lawful purpose.</translation>
        </message>
        <message>
            <source>Done at {town}, on {date}</source>
            <translation>Done at {town}, on {date}</translation>
        </message>
        <message>
            <source>Signature and stamp</source>
            <translation>Signature and stamp</translation>
        </message>
        <message>
            <source>Certificate of attendance</source>
            <translation>Certificate of attendance</translation>
        </message>
    </context>
    <context>
        <name>AttendanceChart</name>
        <message>
            <source>Expected, did not come</source>
            <translation>Expected, did not come</translation>
        </message>
        <message>
            <source>{date}&lt;br&gt;{present} / {expected}</source>
            <translation>{date}&lt;br&gt;{present} / {expected}</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSheetDocument</name>
        <message>
            <source>Morning</source>
            <translation>Morning</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>Afternoon</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Badge no.</source>
            <translation>Badge no.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Departure</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>On this page: {people}</source>
            <translation>On this page: {people}</translation>
        </message>
        <message>
            <source>On this page: {people}, {present}</source>
            <translation>On this page: {people}, {present}</translation>
        </message>
        <message>
            <source>Total: {expected}</source>
            <translation>Total: {expected}</translation>
        </message>
        <message>
            <source>Total: {people}, {present} (morning: {morning}, afternoon: {afternoon})</source>
            <translation>Total: {people}, {present} (morning: {morning}, afternoon: {afternoon})</translation>
        </message>
        <message>
            <source>Total: {people}, {present}</source>
            <translation>Total: {people}, {present}</translation>
        </message>
        <message>
            <source>Certified correct</source>
            <translation>Certified correct</translation>
        </message>
        <message>
            <source>Name: …………………………………………</source>
            <translation>Name: …………………………………………</translation>
        </message>
        <message>
            <source>Date: …………………………………………</source>
            <translation>Date: …………………………………………</translation>
        </message>
        <message>
            <source>Arrival and departure times as recorded at the sign-in desk; slots of absence are struck through.</source>
            <translation>Arrival and departure times as recorded at the sign-in desk; slots of absence are struck through.</translation>
        </message>
        <message>
            <source>Each person present signs in the column of each slot they attend.</source>
            <translation>Each person present signs in the column of each slot they attend.</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Attendance sheet</translation>
        </message>
    </context>
    <context>
        <name>AttendanceWorkspace</name>
        <message>
            <source>New session…</source>
            <translation>New session…</translation>
        </message>
        <message>
            <source>Name or badge number, then {key}</source>
            <translation>Name or badge number, then {key}</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>arrival</source>
            <translation>arrival</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Departure</translation>
        </message>
        <message>
            <source>departure</source>
            <translation>departure</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>correction</translation>
        </message>
        <message>
            <source>A forgotten arrival or an early departure, with a note</source>
            <translation>A forgotten arrival or an early departure, with a note</translation>
        </message>
        <message>
            <source>Walk-in volunteer…</source>
            <translation>Walk-in volunteer…</translation>
        </message>
        <message>
            <source>Undo the last action</source>
            <translation>Undo the last action</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>undo</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Previous match</translation>
        </message>
        <message>
            <source>another match</source>
            <translation>another match</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Next match</translation>
        </message>
        <message>
            <source>Badges of the people expected…</source>
            <translation>Badges of the people expected…</translation>
        </message>
        <message>
            <source>Blank signature sheet…</source>
            <translation>Blank signature sheet…</translation>
        </message>
        <message>
            <source>Filled signature sheet…</source>
            <translation>Filled signature sheet…</translation>
        </message>
        <message>
            <source>Attestation de présence of the highlighted person…</source>
            <translation>Attestation de présence of the highlighted person…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
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
            <source>Open an assembly first.</source>
            <translation>Open an assembly first.</translation>
        </message>
        <message>
            <source>No session yet: create one (date, place) to sign people in.</source>
            <translation>No session yet: create one (date, place) to sign people in.</translation>
        </message>
        <message>
            <source>Nobody matches. {key} registers a walk-in volunteer under this name.</source>
            <translation>Nobody matches. {key} registers a walk-in volunteer under this name.</translation>
        </message>
    </context>
    <context>
        <name>Attention</name>
        <message>
            <source>Perhaps one person registered twice (same name in one assembly)</source>
            <translation>Perhaps one person registered twice (same name in one assembly)</translation>
        </message>
        <message>
            <source>Badge numbers given twice (two desks registered people apart)</source>
            <translation>Badge numbers given twice (two desks registered people apart)</translation>
        </message>
        <message>
            <source>Fields edited on two laptops at once (the later edit was kept)</source>
            <translation>Fields edited on two laptops at once (the later edit was kept)</translation>
        </message>
        <message>
            <source>{first} (no. {first_number}) and {second} (no. {second_number}), {assembly}</source>
            <translation>{first} (no. {first_number}) and {second} (no. {second_number}), {assembly}</translation>
        </message>
        <message>
            <source>No. {number} ({assembly}): {names}</source>
            <translation>No. {number} ({assembly}): {names}</translation>
        </message>
        <message>
            <source>{record}, {field}: kept {kept};
replaced {other}</source>
            <translation>{record}, {field}: kept {kept};
replaced {other}</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>this laptop</translation>
        </message>
        <message>
            <source>another laptop</source>
            <translation>another laptop</translation>
        </message>
        <message>
            <source>"{value}" ({where}, {day} at {time})</source>
            <translation>"{value}" ({where}, {day} at {time})</translation>
        </message>
        <message>
            <source>These records changed meanwhile (another laptop settled them): the list is read again.</source>
            <translation>These records changed meanwhile (another laptop settled them): the list is read again.</translation>
        </message>
        <message>
            <source>{name} now holds badge number {number}.</source>
            <translation>{name} now holds badge number {number}.</translation>
        </message>
        <message>
            <source>The replaced value is back: {value}.</source>
            <translation>The replaced value is back: {value}.</translation>
        </message>
        <message>
            <source>The kept value stays: {value}.</source>
            <translation>The kept value stays: {value}.</translation>
        </message>
    </context>
    <context>
        <name>BadgesDocument</name>
        <message>
            <source>No. {number}</source>
            <translation>No. {number}</translation>
        </message>
        <message>
            <source>Badges to cut out</source>
            <translation>Badges to cut out</translation>
        </message>
    </context>
    <context>
        <name>BallotWords</name>
        <message>
            <source>Blank vote</source>
            <translation>Blank vote</translation>
        </message>
        <message>
            <source>For each proposal, tick one box only. A row left without a tick counts as « {grade} ».</source>
            <translation>For each proposal, tick one box only. A row left without a tick counts as « {grade} ».</translation>
        </message>
        <message>
            <source>I approve</source>
            <translation>I approve</translation>
        </message>
        <message>
            <source>Tick every proposal you approve (as many as you wish, or none).</source>
            <translation>Tick every proposal you approve (as many as you wish, or none).</translation>
        </message>
        <message>
            <source>Voters (envelopes)</source>
            <translation>Voters (envelopes)</translation>
        </message>
        <message>
            <source>Blank</source>
            <translation>Blank</translation>
        </message>
        <message>
            <source>Void (after the counters' decision)</source>
            <translation>Void (after the counters' decision)</translation>
        </message>
        <message>
            <source>Votes cast</source>
            <translation>Votes cast</translation>
        </message>
        <message>
            <source>Read twice, counted once</source>
            <translation>Read twice, counted once</translation>
        </message>
        <message>
            <source>Ballots of another vote, rejected</source>
            <translation>Ballots of another vote, rejected</translation>
        </message>
        <message>
            <source>Count this deck in rehearsal mode (« test »): a real count rejects every one of its ballots.</source>
            <translation>Count this deck in rehearsal mode (« test »): a real count rejects every one of its ballots.</translation>
        </message>
        <message>
            <source>Two ballots of kit {serial} were cast together: the counters declare it void.</source>
            <translation>Two ballots of kit {serial} were cast together: the counters declare it void.</translation>
        </message>
        <message>
            <source>One page is upside down: it must count like the others.</source>
            <translation>One page is upside down: it must count like the others.</translation>
        </message>
        <message>
            <source>Judgments per grade, worst first; a row left empty counts at the default grade.</source>
            <translation>Judgments per grade, worst first; a row left empty counts at the default grade.</translation>
        </message>
    </context>
    <context>
        <name>BallotsDocument</name>
        <message>
            <source>Test ballots (never count)</source>
            <translation>Test ballots (never count)</translation>
        </message>
        <message>
            <source>Ballots</source>
            <translation>Ballots</translation>
        </message>
        <message>
            <source>TEST</source>
            <translation>TEST</translation>
        </message>
        <message>
            <source>Test deck (never counts)</source>
            <translation>Test deck (never counts)</translation>
        </message>
        <message>
            <source>Expected results</source>
            <translation>Expected results</translation>
        </message>
    </context>
    <context>
        <name>CentralPanel</name>
        <message>
            <source>Central store</source>
            <translation>Central store</translation>
        </message>
        <message>
            <source>Not linked to a central store yet: "Link to the central store…".</source>
            <translation>Not linked to a central store yet: "Link to the central store…".</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) will leave at the first sync.</source>
            <translation>
                <numerusform>%n change will leave at the first sync.</numerusform>
                <numerusform>%n changes will leave at the first sync.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Server&lt;/b&gt;: {server}</source>
            <translation>&lt;b&gt;Server&lt;/b&gt;: {server}</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to leave.</source>
            <translation>
                <numerusform>%n change waiting to leave.</numerusform>
                <numerusform>%n changes waiting to leave.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing waits to leave.</source>
            <translation>Nothing waits to leave.</translation>
        </message>
        <message>
            <source>Never synchronised.</source>
            <translation>Never synchronised.</translation>
        </message>
        <message>
            <source>everything is up to date</source>
            <translation>everything is up to date</translation>
        </message>
        <message>
            <source>not yet in step</source>
            <translation>not yet in step</translation>
        </message>
        <message>
            <source>Last sync: {when}, {state}.</source>
            <translation>Last sync: {when}, {state}.</translation>
        </message>
        <message>
            <source>Linking to the central store…</source>
            <translation>Linking to the central store…</translation>
        </message>
        <message>
            <source>Linked to {server} as "{device}". Choose the assemblies this computer receives.</source>
            <translation>Linked to {server} as "{device}". Choose the assemblies this computer receives.</translation>
        </message>
        <message>
            <source>Asking the central store…</source>
            <translation>Asking the central store…</translation>
        </message>
        <message>
            <source>The central store holds no assembly yet: this computer's will be sent.</source>
            <translation>The central store holds no assembly yet: this computer's will be sent.</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>Synchronising…</translation>
        </message>
        <message numerus="yes">
            <source>Sent: %n change(s). </source>
            <translation>
                <numerusform>Sent: %n change. </numerusform>
                <numerusform>Sent: %n changes. </numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send. </source>
            <translation>Nothing to send. </translation>
        </message>
        <message>
            <source>Everything is up to date.</source>
            <translation>Everything is up to date.</translation>
        </message>
        <message>
            <source>Not yet in step: synchronise again.</source>
            <translation>Not yet in step: synchronise again.</translation>
        </message>
        <message>
            <source>Received: </source>
            <translation>Received: </translation>
        </message>
        <message>
            <source>This computer's clock is {minutes} minutes off the server's: set it right (the order of changes is kept all the same).</source>
            <translation>This computer's clock is {minutes} minutes off the server's: set it right (the order of changes is kept all the same).</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Synchronisation stopped: what was already exchanged is kept.</source>
            <translation>Synchronisation stopped: what was already exchanged is kept.</translation>
        </message>
    </context>
    <context>
        <name>ClaimDialog</name>
        <message>
            <source> CV</source>
            <translation> CV</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>e.g. ticket T+ x2, receipt from the crèche</source>
            <translation>e.g. ticket T+ x2, receipt from the crèche</translation>
        </message>
        <message>
            <source>Means of transport</source>
            <translation>Means of transport</translation>
        </message>
        <message>
            <source>Distance (round trip)</source>
            <translation>Distance (round trip)</translation>
        </message>
        <message>
            <source>Fiscal horsepower (car)</source>
            <translation>Fiscal horsepower (car)</translation>
        </message>
        <message>
            <source>Tickets and fares on proof</source>
            <translation>Tickets and fares on proof</translation>
        </message>
        <message>
            <source>Child care: hours</source>
            <translation>Child care: hours</translation>
        </message>
        <message>
            <source>Child care: amount paid</source>
            <translation>Child care: amount paid</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>The kilometric allowance follows the barème; child care is capped per hour.</source>
            <translation>The kilometric allowance follows the barème; child care is capped per hour.</translation>
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
        <message>
            <source>No session has this id: {id}</source>
            <translation>No session has this id: {id}</translation>
        </message>
        <message>
            <source>Several people are called "{who}": give a badge number.</source>
            <translation>Several people are called "{who}": give a badge number.</translation>
        </message>
        <message>
            <source>Nobody of the assembly answers to: {who}</source>
            <translation>Nobody of the assembly answers to: {who}</translation>
        </message>
        <message>
            <source>No sub-body is called "{name}".</source>
            <translation>No sub-body is called "{name}".</translation>
        </message>
        <message>
            <source>The departure is before the arrival: nothing recorded.</source>
            <translation>The departure is before the arrival: nothing recorded.</translation>
        </message>
        <message>
            <source>{name} is not in the room at that time: nothing recorded.</source>
            <translation>{name} is not in the room at that time: nothing recorded.</translation>
        </message>
        <message>
            <source>The procès-verbal, and only it, is printed for a vote: give pv --vote ID.</source>
            <translation>The procès-verbal, and only it, is printed for a vote: give pv --vote ID.</translation>
        </message>
        <message>
            <source>This document is printed for one session: give --session ID.</source>
            <translation>This document is printed for one session: give --session ID.</translation>
        </message>
        <message>
            <source>Nothing to print: no file was written.</source>
            <translation>Nothing to print: no file was written.</translation>
        </message>
        <message>
            <source>{path} written.</source>
            <translation>{path} written.</translation>
        </message>
        <message>
            <source>Whose attestation? Give --participant WHO.</source>
            <translation>Whose attestation? Give --participant WHO.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) exported to {path}.</source>
            <translation>
                <numerusform>%n person exported to {path}.</numerusform>
                <numerusform>%n people exported to {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give --people N, --rounds R and --tables T or --table-size S.</source>
            <translation>Give --people N, --rounds R and --tables T or --table-size S.</translation>
        </message>
        <message>
            <source>A host per table needs at least as many people as tables.</source>
            <translation>A host per table needs at least as many people as tables.</translation>
        </message>
        <message>
            <source>{tables} tables of {size} cannot seat {people} people.</source>
            <translation>{tables} tables of {size} cannot seat {people} people.</translation>
        </message>
        <message>
            <source>Unknown role in --roles: use citizen, elected, staff, expert or facilitator.</source>
            <translation>Unknown role in --roles: use citizen, elected, staff, expert or facilitator.</translation>
        </message>
        <message numerus="yes">
            <source>%n kit(s) printed to {path}.</source>
            <translation>
                <numerusform>%n kit printed to {path}.</numerusform>
                <numerusform>%n kits printed to {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Test deck written to {path}.</source>
            <translation>Test deck written to {path}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>Cannot read {path}: {error}</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} does not exist.</translation>
        </message>
        <message>
            <source>--images expects a folder of scanned images; {path} is a file (a copier's PDF: --pdf).</source>
            <translation>--images expects a folder of scanned images; {path} is a file (a copier's PDF: --pdf).</translation>
        </message>
        <message>
            <source>--pdf expects a PDF file; {path} is a folder (a folder of images: --images).</source>
            <translation>--pdf expects a PDF file; {path} is a folder (a folder of images: --images).</translation>
        </message>
        <message>
            <source>{option} expects a text file; {path} is a folder.</source>
            <translation>{option} expects a text file; {path} is a folder.</translation>
        </message>
        <message>
            <source>{path} cannot be read as a PDF (damaged, protected or not a PDF).</source>
            <translation>{path} cannot be read as a PDF (damaged, protected or not a PDF).</translation>
        </message>
        <message>
            <source>Linked to {server} as "{device}".</source>
            <translation>Linked to {server} as "{device}".</translation>
        </message>
        <message>
            <source>Warning: this computer's clock is {minutes} minutes off the server's.</source>
            <translation>Warning: this computer's clock is {minutes} minutes off the server's.</translation>
        </message>
        <message>
            <source>{pushed} changes sent, {pulled} received; {state}</source>
            <translation>{pushed} changes sent, {pulled} received; {state}</translation>
        </message>
        <message>
            <source>everything is up to date.</source>
            <translation>everything is up to date.</translation>
        </message>
        <message>
            <source>not yet in step.</source>
            <translation>not yet in step.</translation>
        </message>
        <message>
            <source>{applied} changes applied, {known} already here, {rejected} rejected.</source>
            <translation>{applied} changes applied, {known} already here, {rejected} rejected.</translation>
        </message>
        <message>
            <source>The central store {store} is ready.</source>
            <translation>The central store {store} is ready.</translation>
        </message>
        <message>
            <source>Enrolment code of "{device}": {code} (valid until {expires}, once).</source>
            <translation>Enrolment code of "{device}": {code} (valid until {expires}, once).</translation>
        </message>
        <message>
            <source>"{device}" can no longer synchronise.</source>
            <translation>"{device}" can no longer synchronise.</translation>
        </message>
        <message>
            <source>Give both --cert and --key, or neither.</source>
            <translation>Give both --cert and --key, or neither.</translation>
        </message>
        <message>
            <source>Without a certificate the service listens only on this computer (127.0.0.1 or ::1): give --cert and --key, or put it behind the town hall's reverse proxy.</source>
            <translation>Without a certificate the service listens only on this computer (127.0.0.1 or ::1): give --cert and --key, or put it behind the town hall's reverse proxy.</translation>
        </message>
        <message>
            <source>The room is open at {address}: code {code}.</source>
            <translation>The room is open at {address}: code {code}.</translation>
        </message>
        <message>
            <source>In step with the room as "{name}".</source>
            <translation>In step with the room as "{name}".</translation>
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
        <name>CorrectionDialog</name>
        <message>
            <source>Correct the attendance of {name}</source>
            <translation>Correct the attendance of {name}</translation>
        </message>
        <message>
            <source>Forgotten arrival</source>
            <translation>Forgotten arrival</translation>
        </message>
        <message>
            <source>Departure (left early, not recorded)</source>
            <translation>Departure (left early, not recorded)</translation>
        </message>
        <message>
            <source>e.g. signed the paper sheet at the door</source>
            <translation>e.g. signed the paper sheet at the door</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>At</source>
            <translation>At</translation>
        </message>
        <message>
            <source>Why *</source>
            <translation>Why *</translation>
        </message>
        <message>
            <source>Say why (the note is kept with the correction).</source>
            <translation>Say why (the note is kept with the correction).</translation>
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
        <name>DeskActions</name>
        <message>
            <source>This badge belongs to someone removed from the roster: nobody signed in.</source>
            <translation>This badge belongs to someone removed from the roster: nobody signed in.</translation>
        </message>
        <message>
            <source>{name} has already arrived, at {time} ({desk}).</source>
            <translation>{name} has already arrived, at {time} ({desk}).</translation>
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
            <source>Find the person first (type their name), then {key}.</source>
            <translation>Find the person first (type their name), then {key}.</translation>
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
            <source>Corrected: {what} of {name} at {time} ({note}).</source>
            <translation>Corrected: {what} of {name} at {time} ({note}).</translation>
        </message>
        <message>
            <source>✓ {name} — registered and signed in at {time} (to review).</source>
            <translation>✓ {name} — registered and signed in at {time} (to review).</translation>
        </message>
        <message>
            <source>Nothing to undo on this computer.</source>
            <translation>Nothing to undo on this computer.</translation>
        </message>
        <message>
            <source>Cancelled: the last action ({what} at {time}) of someone since removed from the roster.</source>
            <translation>Cancelled: the last action ({what} at {time}) of someone since removed from the roster.</translation>
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
        <name>DeskDocuments</name>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Print the badges</source>
            <translation>Print the badges</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved in {path}.</source>
            <translation>
                <numerusform>%n badge saved in {path}.</numerusform>
                <numerusform>%n badges saved in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signature sheet (filled)</source>
            <translation>Signature sheet (filled)</translation>
        </message>
        <message>
            <source>Signature sheet</source>
            <translation>Signature sheet</translation>
        </message>
        <message>
            <source>Print the signature sheet</source>
            <translation>Print the signature sheet</translation>
        </message>
        <message numerus="yes">
            <source>Signature sheet of %n person(s) saved in {path}.</source>
            <translation>
                <numerusform>Signature sheet of %n person saved in {path}.</numerusform>
                <numerusform>Signature sheet of %n people saved in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Find the person first (type their name), then print.</source>
            <translation>Find the person first (type their name), then print.</translation>
        </message>
        <message>
            <source>{name} did not sign in at this session: no attestation.</source>
            <translation>{name} did not sign in at this session: no attestation.</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation>Attestation</translation>
        </message>
        <message>
            <source>Attestation de présence</source>
            <translation>Attestation de présence</translation>
        </message>
        <message>
            <source>Attestation saved in {path}.</source>
            <translation>Attestation saved in {path}.</translation>
        </message>
    </context>
    <context>
        <name>DeskFigures</name>
        <message>
            <source>Quorum reached ({required} required)</source>
            <translation>Quorum reached ({required} required)</translation>
        </message>
        <message numerus="yes">
            <source>Quorum not reached: %n more person(s) needed</source>
            <translation>
                <numerusform>Quorum not reached: %n more person needed</numerusform>
                <numerusform>Quorum not reached: %n more people needed</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%n late arrival(s)</source>
            <translation>
                <numerusform>%n late arrival</numerusform>
                <numerusform>%n late arrivals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>late arrival</source>
            <translation>late arrival</translation>
        </message>
        <message>
            <source>{number} days (a fraction)</source>
            <translation>{number} days (a fraction)</translation>
        </message>
        <message>
            <source>{number} half-days (a fraction)</source>
            <translation>{number} half-days (a fraction)</translation>
        </message>
        <message>
            <source>{number} sessions (a fraction)</source>
            <translation>{number} sessions (a fraction)</translation>
        </message>
        <message numerus="yes">
            <source>{number} day(s)</source>
            <translation>
                <numerusform>{number} day</numerusform>
                <numerusform>{number} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number} half-day(s)</source>
            <translation>
                <numerusform>{number} half-day</numerusform>
                <numerusform>{number} half-days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number} session(s)</source>
            <translation>
                <numerusform>{number} session</numerusform>
                <numerusform>{number} sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>Rate: {rate} {unit}</source>
            <translation>Rate: {rate} {unit}</translation>
        </message>
        <message>
            <source>a lone half-day is worth {share}</source>
            <translation>a lone half-day is worth {share}</translation>
        </message>
        <message>
            <source>annual cap {cap}</source>
            <translation>annual cap {cap}</translation>
        </message>
        <message>
            <source>fractions of a cent rounded down</source>
            <translation>fractions of a cent rounded down</translation>
        </message>
        <message>
            <source>child care on proof, at most {cap} an hour</source>
            <translation>child care on proof, at most {cap} an hour</translation>
        </message>
        <message>
            <source>Kilometric rates: {reference}</source>
            <translation>Kilometric rates: {reference}</translation>
        </message>
        <message>
            <source>Session of the assembly</source>
            <translation>Session of the assembly</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Engagement</name>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Age band</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Drawn or volunteer</source>
            <translation>Drawn or volunteer</translation>
        </message>
        <message>
            <source>Present at each session, by gender</source>
            <translation>Present at each session, by gender</translation>
        </message>
        <message>
            <source>Present at each session, by age band</source>
            <translation>Present at each session, by age band</translation>
        </message>
        <message>
            <source>Present at each session, by neighbourhood</source>
            <translation>Present at each session, by neighbourhood</translation>
        </message>
        <message>
            <source>Present at each session, drawn or volunteer</source>
            <translation>Present at each session, drawn or volunteer</translation>
        </message>
        <message>
            <source>Age unknown</source>
            <translation>Age unknown</translation>
        </message>
        <message>
            <source>Neighbourhood unknown</source>
            <translation>Neighbourhood unknown</translation>
        </message>
        <message>
            <source>Present ({span})</source>
            <translation>Present ({span})</translation>
        </message>
        <message>
            <source>Left early, morning only ({span})</source>
            <translation>Left early, morning only ({span})</translation>
        </message>
        <message>
            <source>Arrived late, afternoon only ({span})</source>
            <translation>Arrived late, afternoon only ({span})</translation>
        </message>
        <message>
            <source>Came briefly, no half-day counted ({span})</source>
            <translation>Came briefly, no half-day counted ({span})</translation>
        </message>
        <message>
            <source>Other roles</source>
            <translation>Other roles</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source> — arrived after the start</source>
            <translation> — arrived after the start</translation>
        </message>
        <message>
            <source> — came without being expected</source>
            <translation> — came without being expected</translation>
        </message>
    </context>
    <context>
        <name>EngagementWorkspace</name>
        <message>
            <source>&amp;Residents only (drawn and volunteers)</source>
            <translation>&amp;Residents only (drawn and volunteers)</translation>
        </message>
        <message>
            <source>&amp;To call</source>
            <translation>&amp;To call</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Indicators</translation>
        </message>
        <message numerus="yes">
            <source>List copied: %n person(s), ready to paste.</source>
            <translation>
                <numerusform>List copied: %n person, ready to paste.</numerusform>
                <numerusform>List copied: %n people, ready to paste.</numerusform>
            </translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Find a person</translation>
        </message>
        <message>
            <source>Search a name or a badge number ({key})</source>
            <translation>Search a name or a badge number ({key})</translation>
        </message>
        <message>
            <source>Open an assembly first.</source>
            <translation>Open an assembly first.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) counted.</source>
            <translation>
                <numerusform>%n session counted.</numerusform>
                <numerusform>%n sessions counted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n past session(s) without any arrival recorded in the application: not counted.</source>
            <translation>
                <numerusform>%n past session without any arrival recorded in the application: not counted.</numerusform>
                <numerusform>%n past sessions without any arrival recorded in the application: not counted.</numerusform>
            </translation>
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
        <name>FinanceExport</name>
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
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sessions attended</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Unit rate (€)</source>
            <translation>Unit rate (€)</translation>
        </message>
        <message>
            <source>Gross (€)</source>
            <translation>Gross (€)</translation>
        </message>
        <message>
            <source>Deductions (€)</source>
            <translation>Deductions (€)</translation>
        </message>
        <message>
            <source>Net (€)</source>
            <translation>Net (€)</translation>
        </message>
        <message>
            <source>Km</source>
            <translation>Km</translation>
        </message>
        <message>
            <source>Kilometric allowance (€)</source>
            <translation>Kilometric allowance (€)</translation>
        </message>
        <message>
            <source>Tickets (€)</source>
            <translation>Tickets (€)</translation>
        </message>
        <message>
            <source>Child care (€)</source>
            <translation>Child care (€)</translation>
        </message>
        <message>
            <source>Total (€)</source>
            <translation>Total (€)</translation>
        </message>
    </context>
    <context>
        <name>FloorPanel</name>
        <message>
            <source>Nobody has the floor</source>
            <translation>Nobody has the floor</translation>
        </message>
        <message>
            <source>(someone removed from the roster)</source>
            <translation>(someone removed from the roster)</translation>
        </message>
        <message>
            <source>{name} resumes afterwards</source>
            <translation>{name} resumes afterwards</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>F5: to the first in the queue</source>
            <translation>F5: to the first in the queue</translation>
        </message>
        <message>
            <source>by override</source>
            <translation>by override</translation>
        </message>
        <message>
            <source>Elapsed {elapsed} of {planned}</source>
            <translation>Elapsed {elapsed} of {planned}</translation>
        </message>
        <message>
            <source>In this phase: {time}</source>
            <translation>In this phase: {time}</translation>
        </message>
        <message>
            <source>Budget shared by the role ({role}): {left} left of {allowed}</source>
            <translation>Budget shared by the role ({role}): {left} left of {allowed}</translation>
        </message>
        <message>
            <source>Budget shared by the role ({role}): &lt;b&gt;over by {over}&lt;/b&gt; (of {allowed})</source>
            <translation>Budget shared by the role ({role}): &lt;b&gt;over by {over}&lt;/b&gt; (of {allowed})</translation>
        </message>
        <message>
            <source>Budget ({role}): {left} left of {allowed}</source>
            <translation>Budget ({role}): {left} left of {allowed}</translation>
        </message>
        <message>
            <source>Budget ({role}): &lt;b&gt;over by {over}&lt;/b&gt; (of {allowed})</source>
            <translation>Budget ({role}): &lt;b&gt;over by {over}&lt;/b&gt; (of {allowed})</translation>
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message>
            <source>Absent from at &amp;least their last</source>
            <translation>Absent from at &amp;least their last</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>sessions</translation>
        </message>
        <message>
            <source>&amp;Copy the list</source>
            <translation>&amp;Copy the list</translation>
        </message>
        <message>
            <source>Copy as a table, to paste into a spreadsheet or an e-mail</source>
            <translation>Copy as a table, to paste into a spreadsheet or an e-mail</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role or recruitment</source>
            <translation>Role or recruitment</translation>
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
            <source>Absences in a row</source>
            <translation>Absences in a row</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) to call</source>
            <translation>
                <numerusform>%n person to call</numerusform>
                <numerusform>%n people to call</numerusform>
            </translation>
        </message>
        <message>
            <source>No session has been run yet: the list fills once arrivals are recorded.</source>
            <translation>No session has been run yet: the list fills once arrivals are recorded.</translation>
        </message>
        <message numerus="yes">
            <source>Nobody missed their last %n session(s).</source>
            <translation>
                <numerusform>Nobody missed their last session.</numerusform>
                <numerusform>Nobody missed their last %n sessions.</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>Role or recruitment</source>
            <translation>Role or recruitment</translation>
        </message>
        <message>
            <source>Sessions attended: {attended} of {counted}</source>
            <translation>Sessions attended: {attended} of {counted}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>✓ present · ½ half a day (arrived late or left early) · ◦ came briefly · ✗ absent · blank: not expected at that session</source>
            <translation>✓ present · ½ half a day (arrived late or left early) · ◦ came briefly · ✗ absent · blank: not expected at that session</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} of {total}</translation>
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
        <name>IndemnityDocuments</name>
        <message>
            <source>Print the état liquidatif</source>
            <translation>Print the état liquidatif</translation>
        </message>
        <message>
            <source>Indemnity statement</source>
            <translation>Indemnity statement</translation>
        </message>
        <message>
            <source>Travel claims</source>
            <translation>Travel claims</translation>
        </message>
        <message>
            <source>Indemnities</source>
            <translation>Indemnities</translation>
        </message>
        <message>
            <source>État liquidatif saved in {path}.</source>
            <translation>État liquidatif saved in {path}.</translation>
        </message>
        <message>
            <source>États de frais</source>
            <translation>États de frais</translation>
        </message>
        <message>
            <source>Nobody has travel or child care to be paid for this choice: enter the claims first.</source>
            <translation>Nobody has travel or child care to be paid for this choice: enter the claims first.</translation>
        </message>
        <message>
            <source>Print the états de frais</source>
            <translation>Print the états de frais</translation>
        </message>
        <message numerus="yes">
            <source>%n état(s) de frais saved in {path}.</source>
            <translation>
                <numerusform>%n état de frais saved in {path}.</numerusform>
                <numerusform>%n états de frais saved in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attestation de présence</source>
            <translation>Attestation de présence</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation>Attestation</translation>
        </message>
        <message>
            <source>Attestation saved in {path}.</source>
            <translation>Attestation saved in {path}.</translation>
        </message>
        <message>
            <source>Export the figures</source>
            <translation>Export the figures</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) exported to {path}.</source>
            <translation>
                <numerusform>%n person exported to {path}.</numerusform>
                <numerusform>%n people exported to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndemnityStatementDocument</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sessions attended</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Rate {unit}</source>
            <translation>Rate {unit}</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Gross</translation>
        </message>
        <message>
            <source>Deductions</source>
            <translation>Deductions</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <source>Child care</source>
            <translation>Child care</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{date}: {counted}</source>
            <translation>{date}: {counted}</translation>
        </message>
        <message>
            <source>Total ({people})</source>
            <translation>Total ({people})</translation>
        </message>
        <message>
            <source>Statement closed at the sum of {amount}.</source>
            <translation>Statement closed at the sum of {amount}.</translation>
        </message>
        <message>
            <source>Certified correct — service rendered</source>
            <translation>Certified correct — service rendered</translation>
        </message>
        <message>
            <source>Done at {town}, on {date}</source>
            <translation>Done at {town}, on {date}</translation>
        </message>
        <message>
            <source>Signature and stamp</source>
            <translation>Signature and stamp</translation>
        </message>
        <message>
            <source>Indemnity statement</source>
            <translation>Indemnity statement</translation>
        </message>
    </context>
    <context>
        <name>IndemnityWorkspace</name>
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
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Gross</translation>
        </message>
        <message>
            <source>Deductions</source>
            <translation>Deductions</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Attendance
counted</source>
            <translation>Attendance
counted</translation>
        </message>
        <message>
            <source>Travel
costs</source>
            <translation>Travel
costs</translation>
        </message>
        <message>
            <source>Child
care</source>
            <translation>Child
care</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Indemnity rules…</source>
            <translation>Indemnity rules…</translation>
        </message>
        <message>
            <source>Travel and child care…</source>
            <translation>Travel and child care…</translation>
        </message>
        <message>
            <source>État liquidatif…</source>
            <translation>État liquidatif…</translation>
        </message>
        <message>
            <source>États de frais (travel, child care)…</source>
            <translation>États de frais (travel, child care)…</translation>
        </message>
        <message>
            <source>Attestation de présence of the selected person…</source>
            <translation>Attestation de présence of the selected person…</translation>
        </message>
        <message>
            <source>For a spreadsheet (XLSX)…</source>
            <translation>For a spreadsheet (XLSX)…</translation>
        </message>
        <message>
            <source>As CSV (semicolons)…</source>
            <translation>As CSV (semicolons)…</translation>
        </message>
        <message>
            <source>Year {year} (all sessions)</source>
            <translation>Year {year} (all sessions)</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) paid · net {net} · travel {travel} · child care {childcare} · total {total}</source>
            <translation>
                <numerusform>%n person paid · net {net} · travel {travel} · child care {childcare} · total {total}</numerusform>
                <numerusform>%n people paid · net {net} · travel {travel} · child care {childcare} · total {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Open an assembly first.</source>
            <translation>Open an assembly first.</translation>
        </message>
        <message>
            <source>No session held yet: indemnities appear here once people have been signed in.</source>
            <translation>No session held yet: indemnities appear here once people have been signed in.</translation>
        </message>
        <message>
            <source>Nobody to pay for this choice: nobody eligible came, or the rules pay nobody.</source>
            <translation>Nobody to pay for this choice: nobody eligible came, or the rules pay nobody.</translation>
        </message>
        <message>
            <source>Indemnity rules saved.</source>
            <translation>Indemnity rules saved.</translation>
        </message>
        <message>
            <source>Travel and child care of {name}</source>
            <translation>Travel and child care of {name}</translation>
        </message>
        <message>
            <source>Claim of {name} saved.</source>
            <translation>Claim of {name} saved.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsView</name>
        <message>
            <source>&amp;Break down by</source>
            <translation>&amp;Break down by</translation>
        </message>
        <message>
            <source>For each category: present / expected.</source>
            <translation>For each category: present / expected.</translation>
        </message>
        <message>
            <source>No session has been run yet: the indicators appear once arrivals are recorded.</source>
            <translation>No session has been run yet: the indicators appear once arrivals are recorded.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
    </context>
    <context>
        <name>ItinerarySlipsDocument</name>
        <message>
            <source>table {number}</source>
            <translation>table {number}</translation>
        </message>
        <message>
            <source>Round {number}: {where}</source>
            <translation>Round {number}: {where}</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>No. {number}</translation>
        </message>
        <message>
            <source>You host table {number}.</source>
            <translation>You host table {number}.</translation>
        </message>
        <message>
            <source>Itineraries</source>
            <translation>Itineraries</translation>
        </message>
    </context>
    <context>
        <name>JoinRoomDialog</name>
        <message>
            <source>Join the room</source>
            <translation>Join the room</translation>
        </message>
        <message>
            <source>The hub's screen shows its address and the room's code of the day.</source>
            <translation>The hub's screen shows its address and the room's code of the day.</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Hub address</translation>
        </message>
        <message>
            <source>Room code</source>
            <translation>Room code</translation>
        </message>
        <message>
            <source>This laptop's name</source>
            <translation>This laptop's name</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Link to the central store</source>
            <translation>Link to the central store</translation>
        </message>
        <message>
            <source>The town hall's IT agent registered this computer and gave you an enrolment code (on paper or as a QR code). It serves once.</source>
            <translation>The town hall's IT agent registered this computer and gave you an enrolment code (on paper or as a QR code). It serves once.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Enrolment code</translation>
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
            <source>Speaking time</source>
            <translation>Speaking time</translation>
        </message>
        <message>
            <source>Small groups</source>
            <translation>Small groups</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Indemnities</source>
            <translation>Indemnities</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
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
        <name>MergeWords</name>
        <message>
            <source>Merge these two records</source>
            <translation>Merge these two records</translation>
        </message>
        <message>
            <source>Are {first} (no. {first_number}) and {second} (no. {second_number}) one person? The record no. {first_number} is kept: the other's arrivals, turns, sub-bodies and claims go to it, and the other is removed.</source>
            <translation>Are {first} (no. {first_number}) and {second} (no. {second_number}) one person? The record no. {first_number} is kept: the other's arrivals, turns, sub-bodies and claims go to it, and the other is removed.</translation>
        </message>
        <message>
            <source>Merged into no. {number}: {name}.</source>
            <translation>Merged into no. {number}: {name}.</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) of the removed record kept apart: check them.</source>
            <translation>
                <numerusform>%n claim of the removed record kept apart: check it.</numerusform>
                <numerusform>%n claims of the removed record kept apart: check them.</numerusform>
            </translation>
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
            <source>16–24 years</source>
            <translation>16–24 years</translation>
        </message>
        <message>
            <source>25–34 years</source>
            <translation>25–34 years</translation>
        </message>
        <message>
            <source>35–49 years</source>
            <translation>35–49 years</translation>
        </message>
        <message>
            <source>50–64 years</source>
            <translation>50–64 years</translation>
        </message>
        <message>
            <source>65 and over</source>
            <translation>65 and over</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>per day</translation>
        </message>
        <message>
            <source>per half-day</source>
            <translation>per half-day</translation>
        </message>
        <message>
            <source>per session</source>
            <translation>per session</translation>
        </message>
        <message>
            <source>half the daily rate</source>
            <translation>half the daily rate</translation>
        </message>
        <message>
            <source>the whole daily rate</source>
            <translation>the whole daily rate</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>None claimed</source>
            <translation>None claimed</translation>
        </message>
        <message>
            <source>Public transport</source>
            <translation>Public transport</translation>
        </message>
        <message>
            <source>Own car</source>
            <translation>Own car</translation>
        </message>
        <message>
            <source>Motorcycle</source>
            <translation>Motorcycle</translation>
        </message>
        <message>
            <source>Moped or scooter</source>
            <translation>Moped or scooter</translation>
        </message>
        <message>
            <source>Bicycle or on foot</source>
            <translation>Bicycle or on foot</translation>
        </message>
        <message>
            <source>This code is not a badge of facilitator.</source>
            <translation>This code is not a badge of facilitator.</translation>
        </message>
        <message>
            <source>The badge was read incompletely or is damaged: scan it again, or type the name.</source>
            <translation>The badge was read incompletely or is damaged: scan it again, or type the name.</translation>
        </message>
        <message>
            <source>This badge was not issued by this assembly (or it is forged): nobody was signed in.</source>
            <translation>This badge was not issued by this assembly (or it is forged): nobody was signed in.</translation>
        </message>
        <message>
            <source>Elected officials do not ask for the floor in this phase.</source>
            <translation>Elected officials do not ask for the floor in this phase.</translation>
        </message>
        <message>
            <source>This role has no speaking time in this phase.</source>
            <translation>This role has no speaking time in this phase.</translation>
        </message>
        <message>
            <source>This role's speaking time for the phase is used up.</source>
            <translation>This role's speaking time for the phase is used up.</translation>
        </message>
        <message>
            <source>Point of order</source>
            <translation>Point of order</translation>
        </message>
        <message>
            <source>Interposed question</source>
            <translation>Interposed question</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Contribution</translation>
        </message>
        <message>
            <source>Short intervention</source>
            <translation>Short intervention</translation>
        </message>
        <message>
            <source>In the order of the requests</source>
            <translation>In the order of the requests</translation>
        </message>
        <message>
            <source>People who have not spoken yet first</source>
            <translation>People who have not spoken yet first</translation>
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
            <source>{field}: longer than 40 characters, it would not print</source>
            <translation>{field}: longer than 40 characters, it would not print</translation>
        </message>
        <message>
            <source>{field}: "{value}" holds characters the documents cannot print; write it in Latin letters</source>
            <translation>{field}: "{value}" holds characters the documents cannot print; write it in Latin letters</translation>
        </message>
        <message>
            <source>This file is not a facilitator database: it was left as it is. Choose another file: {detail}</source>
            <translation>This file is not a facilitator database: it was left as it is. Choose another file: {detail}</translation>
        </message>
        <message>
            <source>The database's tables do not match the version it records ({detail}): it was left as it is. Restore a backup, or ask for help.</source>
            <translation>The database's tables do not match the version it records ({detail}): it was left as it is. Restore a backup, or ask for help.</translation>
        </message>
        <message>
            <source>The synchronisation service cannot be reached (no network, or the server is stopped). Nothing was lost: the changes wait on this computer. Try again later. ({detail})</source>
            <translation>The synchronisation service cannot be reached (no network, or the server is stopped). Nothing was lost: the changes wait on this computer. Try again later. ({detail})</translation>
        </message>
        <message>
            <source>This file is not a facilitator bundle: nothing was applied.</source>
            <translation>This file is not a facilitator bundle: nothing was applied.</translation>
        </message>
        <message>
            <source>This bundle is incomplete (a copy cut short?): nothing was applied. Copy it again.</source>
            <translation>This bundle is incomplete (a copy cut short?): nothing was applied. Copy it again.</translation>
        </message>
        <message>
            <source>This bundle was altered after it was written: nothing was applied. Write it again.</source>
            <translation>This bundle was altered after it was written: nothing was applied. Write it again.</translation>
        </message>
        <message>
            <source>This bundle unpacks to far too much: nothing was applied.</source>
            <translation>This bundle unpacks to far too much: nothing was applied.</translation>
        </message>
        <message>
            <source>This bundle belongs to another town hall's central store: nothing was applied.</source>
            <translation>This bundle belongs to another town hall's central store: nothing was applied.</translation>
        </message>
        <message>
            <source>This bundle was written by a newer version of facilitator: update this one first.</source>
            <translation>This bundle was written by a newer version of facilitator: update this one first.</translation>
        </message>
        <message>
            <source>At most 500 people can be planned in small groups.</source>
            <translation>At most 500 people can be planned in small groups.</translation>
        </message>
        <message>
            <source>A table seats at most 30 people.</source>
            <translation>A table seats at most 30 people.</translation>
        </message>
        <message>
            <source>{path} is a database (or one of its files): the document was not written over it. Choose another file name.</source>
            <translation>{path} is a database (or one of its files): the document was not written over it. Choose another file name.</translation>
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
            <source>The central store's schema is not this version's (it is at {detail}): run "facilitator central init" with this version first.</source>
            <translation>The central store's schema is not this version's (it is at {detail}): run "facilitator central init" with this version first.</translation>
        </message>
        <message>
            <source>There must be at least one table.</source>
            <translation>There must be at least one table.</translation>
        </message>
        <message>
            <source>There must be at least one round.</source>
            <translation>There must be at least one round.</translation>
        </message>
        <message>
            <source>At most 20 rounds can be planned.</source>
            <translation>At most 20 rounds can be planned.</translation>
        </message>
        <message>
            <source>Every table must seat at least one person.</source>
            <translation>Every table must seat at least one person.</translation>
        </message>
        <message>
            <source>The tables do not have enough seats for everyone: add tables or seats.</source>
            <translation>The tables do not have enough seats for everyone: add tables or seats.</translation>
        </message>
        <message>
            <source>One person cannot host two tables.</source>
            <translation>One person cannot host two tables.</translation>
        </message>
        <message>
            <source>A table host is not in the room: choose another host or none.</source>
            <translation>A table host is not in the room: choose another host or none.</translation>
        </message>
        <message>
            <source>A host cannot stay at a table other than the one they host.</source>
            <translation>A host cannot stay at a table other than the one they host.</translation>
        </message>
        <message>
            <source>Two people cannot be kept both apart and together.</source>
            <translation>Two people cannot be kept both apart and together.</translation>
        </message>
        <message>
            <source>Set up the tables and rounds first.</source>
            <translation>Set up the tables and rounds first.</translation>
        </message>
        <message>
            <source>There is no plan yet: plan the rounds first.</source>
            <translation>There is no plan yet: plan the rounds first.</translation>
        </message>
        <message>
            <source>This person has no seat in this round.</source>
            <translation>This person has no seat in this round.</translation>
        </message>
        <message>
            <source>The tables changed since the plan was made: make a new plan.</source>
            <translation>The tables changed since the plan was made: make a new plan.</translation>
        </message>
        <message>
            <source>Someone is to stay at a table that does not exist: choose one of the tables.</source>
            <translation>Someone is to stay at a table that does not exist: choose one of the tables.</translation>
        </message>
        <message>
            <source>Nobody is in the room: there is no one to seat.</source>
            <translation>Nobody is in the room: there is no one to seat.</translation>
        </message>
        <message>
            <source>The plan has no such round.</source>
            <translation>The plan has no such round.</translation>
        </message>
        <message>
            <source>This session is on {date}, not today: nothing recorded. Choose today's session or create it.</source>
            <translation>This session is on {date}, not today: nothing recorded. Choose today's session or create it.</translation>
        </message>
        <message>
            <source>full day</source>
            <translation>full day</translation>
        </message>
        <message>
            <source>morning</source>
            <translation>morning</translation>
        </message>
        <message>
            <source>afternoon</source>
            <translation>afternoon</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>not counted</translation>
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
        <name>MinutesWords</name>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Grades, worst first</source>
            <translation>Grades, worst first</translation>
        </message>
        <message>
            <source>Grade of a row left empty</source>
            <translation>Grade of a row left empty</translation>
        </message>
        <message>
            <source>Majority</source>
            <translation>Majority</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Voters present</source>
            <translation>Voters present</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Signatures on the émargement</source>
            <translation>Signatures on the émargement</translation>
        </message>
        <message>
            <source>Kits handed out</source>
            <translation>Kits handed out</translation>
        </message>
        <message>
            <source>Envelopes in the box (votants)</source>
            <translation>Envelopes in the box (votants)</translation>
        </message>
        <message>
            <source>Blank</source>
            <translation>Blank</translation>
        </message>
        <message>
            <source>Void (nuls)</source>
            <translation>Void (nuls)</translation>
        </message>
        <message>
            <source>Votes cast (suffrages exprimés)</source>
            <translation>Votes cast (suffrages exprimés)</translation>
        </message>
        <message>
            <source>Still for the counters to decide</source>
            <translation>Still for the counters to decide</translation>
        </message>
        <message>
            <source>President</source>
            <translation>President</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretary</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>Counters</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message numerus="yes">
            <source>(provisional: %n ballot(s) still to decide)</source>
            <translation>
                <numerusform>(provisional: %n ballot still to decide)</numerusform>
                <numerusform>(provisional: %n ballots still to decide)</numerusform>
            </translation>
        </message>
        <message>
            <source>none set</source>
            <translation>none set</translation>
        </message>
        <message>
            <source>reached ({present} present, {required} required)</source>
            <translation>reached ({present} present, {required} required)</translation>
        </message>
        <message>
            <source>NOT reached ({present} present, {required} required)</source>
            <translation>NOT reached ({present} present, {required} required)</translation>
        </message>
        <message>
            <source>Nothing counted yet.</source>
            <translation>Nothing counted yet.</translation>
        </message>
        <message>
            <source>Counted from {start} to {end}.</source>
            <translation>Counted from {start} to {end}.</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <source>Majority grade</source>
            <translation>Majority grade</translation>
        </message>
        <message>
            <source>p / q</source>
            <translation>p / q</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Approvals</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <source>Share of votes cast</source>
            <translation>Share of votes cast</translation>
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
            <source>Morning</source>
            <translation>Morning</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>Afternoon</translation>
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
            <source>Slots</source>
            <translation>Slots</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Starts at</translation>
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
        <message>
            <source>Tick the morning, the afternoon or both.</source>
            <translation>Tick the morning, the afternoon or both.</translation>
        </message>
    </context>
    <context>
        <name>OfficersDialog</name>
        <message>
            <source>Officers of the count</source>
            <translation>Officers of the count</translation>
        </message>
        <message>
            <source>Names separated by commas</source>
            <translation>Names separated by commas</translation>
        </message>
        <message>
            <source>President</source>
            <translation>President</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretary</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>Counters</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Note on a mismatch</source>
            <translation>Note on a mismatch</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>Override the rules of the phase</source>
            <translation>Override the rules of the phase</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
            <translation>{name}: {reason}</translation>
        </message>
        <message>
            <source>If you go ahead all the same, say why: the reason is recorded and shown in the session's report.</source>
            <translation>If you go ahead all the same, say why: the reason is recorded and shown in the session's report.</translation>
        </message>
        <message>
            <source>For example: answers a question addressed to the mayor</source>
            <translation>For example: answers a question addressed to the mayor</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Override</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Reason *</translation>
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
            <source>To review (registered on the spot at the sign-in desk)</source>
            <translation>To review (registered on the spot at the sign-in desk)</translation>
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
            <source>{recruitment} (to review)</source>
            <translation>{recruitment} (to review)</translation>
        </message>
        <message>
            <source>{role} (minority)</source>
            <translation>{role} (minority)</translation>
        </message>
    </context>
    <context>
        <name>PeopleChoice</name>
        <message>
            <source>No. {number}</source>
            <translation>No. {number}</translation>
        </message>
        <message>
            <source>not in the room</source>
            <translation>not in the room</translation>
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
        <name>PrintedCounts</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n present</numerusform>
                <numerusform>%n present</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) expected</source>
            <translation>
                <numerusform>%n person expected</numerusform>
                <numerusform>%n people expected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) paid</source>
            <translation>
                <numerusform>%n person paid</numerusform>
                <numerusform>%n people paid</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintedPage</name>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>from {time}</source>
            <translation>from {time}</translation>
        </message>
        <message>
            <source>until {time}</source>
            <translation>until {time}</translation>
        </message>
        <message>
            <source>Generated on {date} at {time}</source>
            <translation>Generated on {date} at {time}</translation>
        </message>
        <message>
            <source>From {first} to {last}</source>
            <translation>From {first} to {last}</translation>
        </message>
        <message>
            <source>page {page} / {pages}</source>
            <translation>page {page} / {pages}</translation>
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
        <name>ProfileDialog</name>
        <message>
            <source>Discipline profile</source>
            <translation>Discipline profile</translation>
        </message>
        <message>
            <source>Elected officials may ask for the floor</source>
            <translation>Elected officials may ask for the floor</translation>
        </message>
        <message>
            <source>Alternate women and men when both are waiting</source>
            <translation>Alternate women and men when both are waiting</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>No limit</translation>
        </message>
        <message>
            <source>Per person</source>
            <translation>Per person</translation>
        </message>
        <message>
            <source>Shared by the role</source>
            <translation>Shared by the role</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>A contribution lasts</source>
            <translation>A contribution lasts</translation>
        </message>
        <message>
            <source>A short intervention, a question or a point of order lasts</source>
            <translation>A short intervention, a question or a point of order lasts</translation>
        </message>
        <message>
            <source>The countdown changes colour when this much is left</source>
            <translation>The countdown changes colour when this much is left</translation>
        </message>
        <message>
            <source>Speaking time for the whole phase; 00:00 means no speaking time at all.</source>
            <translation>Speaking time for the whole phase; 00:00 means no speaking time at all.</translation>
        </message>
        <message>
            <source>Budgets per role in the phase</source>
            <translation>Budgets per role in the phase</translation>
        </message>
        <message>
            <source>Order of the queue</source>
            <translation>Order of the queue</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
    </context>
    <context>
        <name>Quality</name>
        <message>
            <source>Never two elected officials at one table.</source>
            <translation>Never two elected officials at one table.</translation>
        </message>
        <message numerus="yes">
            <source>%n elected official(s) too many at a table.</source>
            <translation>
                <numerusform>%n elected official too many at a table.</numerusform>
                <numerusform>%n elected officials too many at tables.</numerusform>
            </translation>
        </message>
        <message>
            <source>Members of staff spread over the tables.</source>
            <translation>Members of staff spread over the tables.</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) of staff too many at a table.</source>
            <translation>
                <numerusform>%n member of staff too many at a table.</numerusform>
                <numerusform>%n members of staff too many at tables.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody comes back to a table they sat at.</source>
            <translation>Nobody comes back to a table they sat at.</translation>
        </message>
        <message numerus="yes">
            <source>%n return(s) to a table already sat at.</source>
            <translation>
                <numerusform>%n return to a table already sat at.</numerusform>
                <numerusform>%n returns to a table already sat at.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n host or person who stays seated elsewhere.</source>
            <translation>
                <numerusform>%n host or person who stays seated elsewhere.</numerusform>
                <numerusform>%n hosts or people who stay seated elsewhere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) two people kept apart share a table.</source>
            <translation>
                <numerusform>Once, two people kept apart share a table.</numerusform>
                <numerusform>%n times two people kept apart share a table.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) two people kept together are apart.</source>
            <translation>
                <numerusform>Once, two people kept together are apart.</numerusform>
                <numerusform>%n times two people kept together are apart.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) over a table's capacity.</source>
            <translation>
                <numerusform>%n person over a table's capacity.</numerusform>
                <numerusform>%n people over the tables' capacity.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s) with tables that differ by more than one person.</source>
            <translation>
                <numerusform>%n round with tables that differ by more than one person.</numerusform>
                <numerusform>%n rounds with tables that differ by more than one person.</numerusform>
            </translation>
        </message>
        <message>
            <source>New faces: every round, all of a person's tablemates are new to them.</source>
            <translation>New faces: every round, all of a person's tablemates are new to them.</translation>
        </message>
        <message>
            <source>New faces: at least {least} of a person's tablemates are new each round ({mean} on average).</source>
            <translation>New faces: at least {least} of a person's tablemates are new each round ({mean} on average).</translation>
        </message>
        <message>
            <source>Seed {seed}: planning again with this seed gives the same plan.</source>
            <translation>Seed {seed}: planning again with this seed gives the same plan.</translation>
        </message>
        <message>
            <source>Nobody sits again with someone they already met.</source>
            <translation>Nobody sits again with someone they already met.</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) two people meet again</source>
            <translation>
                <numerusform>Once, two people meet again</numerusform>
                <numerusform>%n times two people meet again</numerusform>
            </translation>
        </message>
        <message>
            <source>(at most {times} times the same pair).</source>
            <translation>(at most {times} times the same pair).</translation>
        </message>
        <message>
            <source>Unavoidable: the {size} people of a table cannot all go to different tables in the next round with {tables} tables; it takes at least {size}.</source>
            <translation>Unavoidable: the {size} people of a table cannot all go to different tables in the next round with {tables} tables; it takes at least {size}.</translation>
        </message>
        <message>
            <source>Unavoidable without people meeting again: at a table of {tables} when there are {tables} tables, someone sat there the round before (at least {least}).</source>
            <translation>Unavoidable without people meeting again: at a table of {tables} when there are {tables} tables, someone sat there the round before (at least {least}).</translation>
        </message>
        <message>
            <source>Unavoidable: with these tables, at most {limit} rounds can go without anyone meeting again.</source>
            <translation>Unavoidable: with these tables, at most {limit} rounds can go without anyone meeting again.</translation>
        </message>
        <message>
            <source>Tables in the room's proportions: gender {gender}, age {age}, drawn or volunteer {drawn}, neighbourhood {area} ({variety} of the neighbourhoods a table could hold).</source>
            <translation>Tables in the room's proportions: gender {gender}, age {age}, drawn or volunteer {drawn}, neighbourhood {area} ({variety} of the neighbourhoods a table could hold).</translation>
        </message>
        <message>
            <source>already met someone at this table</source>
            <translation>already met someone at this table</translation>
        </message>
        <message>
            <source>too many people of the same role at this table</source>
            <translation>too many people of the same role at this table</translation>
        </message>
        <message>
            <source>sits with someone to keep apart</source>
            <translation>sits with someone to keep apart</translation>
        </message>
        <message>
            <source>away from someone to keep together</source>
            <translation>away from someone to keep together</translation>
        </message>
        <message>
            <source>back at a table already sat at</source>
            <translation>back at a table already sat at</translation>
        </message>
        <message>
            <source>should stay at their own table</source>
            <translation>should stay at their own table</translation>
        </message>
        <message>
            <source>the table is over its capacity</source>
            <translation>the table is over its capacity</translation>
        </message>
    </context>
    <context>
        <name>QueueList</name>
        <message>
            <source>(someone removed from the roster)</source>
            <translation>(someone removed from the roster)</translation>
        </message>
        <message>
            <source>already spoke {time}</source>
            <translation>already spoke {time}</translation>
        </message>
        <message>
            <source>⚠ refused by the rules of the phase</source>
            <translation>⚠ refused by the rules of the phase</translation>
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
        <name>ResultsWords</name>
        <message>
            <source>Envelopes (votants): &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>Envelopes (votants): &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Blank: &lt;b&gt;{n}&lt;/b&gt; · Void: &lt;b&gt;{v}&lt;/b&gt; · Votes cast: &lt;b&gt;{e}&lt;/b&gt;</source>
            <translation>Blank: &lt;b&gt;{n}&lt;/b&gt; · Void: &lt;b&gt;{v}&lt;/b&gt; · Votes cast: &lt;b&gt;{e}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Quorum reached ({present} present, {required} required)</source>
            <translation>Quorum reached ({present} present, {required} required)</translation>
        </message>
        <message>
            <source>Quorum NOT reached ({present} present, {required} required)</source>
            <translation>Quorum NOT reached ({present} present, {required} required)</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) for the counters to decide</source>
            <translation>
                <numerusform>%n ballot for the counters to decide</numerusform>
                <numerusform>%n ballots for the counters to decide</numerusform>
            </translation>
        </message>
        <message>
            <source>Majority required: &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>Majority required: &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <source>(provisional: %n ballot(s) still to decide)</source>
            <translation>
                <numerusform>(provisional: %n ballot still to decide)</numerusform>
                <numerusform>(provisional: %n ballots still to decide)</numerusform>
            </translation>
        </message>
        <message>
            <source>Procès-verbal to redo: the count changed after it was printed on {day} at {time} (ballots from another desk, or a decision). Print it again.</source>
            <translation>Procès-verbal to redo: the count changed after it was printed on {day} at {time} (ballots from another desk, or a decision). Print it again.</translation>
        </message>
        <message>
            <source>Choose or create a vote.</source>
            <translation>Choose or create a vote.</translation>
        </message>
    </context>
    <context>
        <name>RoomPanel</name>
        <message>
            <source>This laptop is alone: open the room, or join one.</source>
            <translation>This laptop is alone: open the room, or join one.</translation>
        </message>
        <message>
            <source>Room (laptops on the same network, without internet)</source>
            <translation>Room (laptops on the same network, without internet)</translation>
        </message>
        <message>
            <source>Opening the room…</source>
            <translation>Opening the room…</translation>
        </message>
        <message>
            <source>The room cannot open: {error}</source>
            <translation>The room cannot open: {error}</translation>
        </message>
        <message>
            <source>Open the room</source>
            <translation>Open the room</translation>
        </message>
        <message>
            <source>Room open at {address} · code {code}</source>
            <translation>Room open at {address} · code {code}</translation>
        </message>
        <message>
            <source>Fingerprint of this hub: {print} (a desk that joins shows the same)</source>
            <translation>Fingerprint of this hub: {print} (a desk that joins shows the same)</translation>
        </message>
        <message>
            <source>The room is open: give the desks the address and the code.</source>
            <translation>The room is open: give the desks the address and the code.</translation>
        </message>
        <message>
            <source>Closing the room…</source>
            <translation>Closing the room…</translation>
        </message>
        <message>
            <source>The room is closed.</source>
            <translation>The room is closed.</translation>
        </message>
        <message numerus="yes">
            <source>Room: %n laptop(s)</source>
            <translation>
                <numerusform>Room: %n laptop</numerusform>
                <numerusform>Room: %n laptops</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} in step {seconds} s ago</source>
            <translation>{name} in step {seconds} s ago</translation>
        </message>
        <message>
            <source>{name} unreachable since {time}</source>
            <translation>{name} unreachable since {time}</translation>
        </message>
        <message>
            <source>Joining the room…</source>
            <translation>Joining the room…</translation>
        </message>
        <message>
            <source>Join the room</source>
            <translation>Join the room</translation>
        </message>
        <message>
            <source>Joined the room as "{name}". Hub fingerprint: {print} (the one on its screen?)</source>
            <translation>Joined the room as "{name}". Hub fingerprint: {print} (the one on its screen?)</translation>
        </message>
        <message>
            <source>This laptop left the room: it works alone.</source>
            <translation>This laptop left the room: it works alone.</translation>
        </message>
        <message>
            <source>Room: in step at {time}.</source>
            <translation>Room: in step at {time}.</translation>
        </message>
        <message numerus="yes">
            <source>Hub unreachable (last in step at {time}), %n change(s) waiting: this laptop goes on alone.</source>
            <translation>
                <numerusform>Hub unreachable (last in step at {time}), %n change waiting: this laptop goes on alone.</numerusform>
                <numerusform>Hub unreachable (last in step at {time}), %n changes waiting: this laptop goes on alone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterWorkspace</name>
        <message>
            <source>All roles</source>
            <translation>All roles</translation>
        </message>
        <message>
            <source>Drawn and volunteers</source>
            <translation>Drawn and volunteers</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>To the table</source>
            <translation>To the table</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Import a roster…</source>
            <translation>Import a roster…</translation>
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
            <source>Add a participant</source>
            <translation>Add a participant</translation>
        </message>
        <message>
            <source>Change the selected participant</source>
            <translation>Change the selected participant</translation>
        </message>
        <message>
            <source>Remove the selected participant</source>
            <translation>Remove the selected participant</translation>
        </message>
        <message>
            <source>Import a CSV or XLSX file</source>
            <translation>Import a CSV or XLSX file</translation>
        </message>
        <message>
            <source>Merge these two records…</source>
            <translation>Merge these two records…</translation>
        </message>
        <message>
            <source>One person registered twice (at two desks): keep one record</source>
            <translation>One person registered twice (at two desks): keep one record</translation>
        </message>
        <message>
            <source>Search a name or a badge number ({key})</source>
            <translation>Search a name or a badge number ({key})</translation>
        </message>
        <message>
            <source>Nobody in this assembly yet: add people one by one ({key}) or import a roster file.</source>
            <translation>Nobody in this assembly yet: add people one by one ({key}) or import a roster file.</translation>
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
        <name>RotationActions</name>
        <message>
            <source>Setup saved.</source>
            <translation>Setup saved.</translation>
        </message>
        <message>
            <source>Setup unchanged.</source>
            <translation>Setup unchanged.</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>New plan</translation>
        </message>
        <message>
            <source>Planning the rounds…</source>
            <translation>Planning the rounds…</translation>
        </message>
        <message>
            <source>Re-planning…</source>
            <translation>Re-planning…</translation>
        </message>
        <message>
            <source>Plan saved (seed {seed}, {seconds} s).</source>
            <translation>Plan saved (seed {seed}, {seconds} s).</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) change table in the rounds to come.</source>
            <translation>
                <numerusform>%n person changes table in the rounds to come.</numerusform>
                <numerusform>%n people change table in the rounds to come.</numerusform>
            </translation>
        </message>
        <message>
            <source>Plan every round again? The current plan stays in the history; to seat late arrivals without changing the rounds played, use Re-plan ({key}) instead.</source>
            <translation>Plan every round again? The current plan stays in the history; to seat late arrivals without changing the rounds played, use Re-plan ({key}) instead.</translation>
        </message>
        <message>
            <source>Marked: now {key} on someone at another table swaps the two.</source>
            <translation>Marked: now {key} on someone at another table swaps the two.</translation>
        </message>
        <message>
            <source>Swapped.</source>
            <translation>Swapped.</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>To table number (1 to {count}):</source>
            <translation>To table number (1 to {count}):</translation>
        </message>
        <message>
            <source>Moved to table {number}.</source>
            <translation>Moved to table {number}.</translation>
        </message>
        <message>
            <source>Nothing to change: already at that table.</source>
            <translation>Nothing to change: already at that table.</translation>
        </message>
        <message>
            <source>Round under way</source>
            <translation>Round under way</translation>
        </message>
        <message>
            <source>Go back to round {number}? The rounds after it will count as not played: a re-plan may change them.</source>
            <translation>Go back to round {number}? The rounds after it will count as not played: a re-plan may change them.</translation>
        </message>
        <message>
            <source>Round {number} is under way.</source>
            <translation>Round {number} is under way.</translation>
        </message>
        <message>
            <source>Table cards</source>
            <translation>Table cards</translation>
        </message>
        <message numerus="yes">
            <source>%n table card(s) saved in {path}.</source>
            <translation>
                <numerusform>%n table card saved in {path}.</numerusform>
                <numerusform>%n table cards saved in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Itineraries</source>
            <translation>Itineraries</translation>
        </message>
        <message numerus="yes">
            <source>%n itinerary slip(s) saved in {path}.</source>
            <translation>
                <numerusform>%n itinerary slip saved in {path}.</numerusform>
                <numerusform>%n itinerary slips saved in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Small groups</source>
            <translation>Small groups</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) exported to {path}.</source>
            <translation>
                <numerusform>%n person exported to {path}.</numerusform>
                <numerusform>%n people exported to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RotationExport</name>
        <message>
            <source>Round {number}</source>
            <translation>Round {number}</translation>
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
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
    </context>
    <context>
        <name>RotationProjector</name>
        <message>
            <source>Small groups — projector</source>
            <translation>Small groups — projector</translation>
        </message>
    </context>
    <context>
        <name>RotationWorkspace</name>
        <message>
            <source>Session:</source>
            <translation>Session:</translation>
        </message>
        <message>
            <source>Setup…</source>
            <translation>Setup…</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Re-plan</source>
            <translation>Re-plan</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Projector</translation>
        </message>
        <message>
            <source>projector</source>
            <translation>projector</translation>
        </message>
        <message>
            <source>This round is under way</source>
            <translation>This round is under way</translation>
        </message>
        <message>
            <source>round under way</source>
            <translation>round under way</translation>
        </message>
        <message>
            <source>Mark, or swap with the one marked</source>
            <translation>Mark, or swap with the one marked</translation>
        </message>
        <message>
            <source>mark, then swap with someone at another table</source>
            <translation>mark, then swap with someone at another table</translation>
        </message>
        <message>
            <source>Unmark</source>
            <translation>Unmark</translation>
        </message>
        <message>
            <source>Move to a table…</source>
            <translation>Move to a table…</translation>
        </message>
        <message>
            <source>move</source>
            <translation>move</translation>
        </message>
        <message>
            <source>Previous round</source>
            <translation>Previous round</translation>
        </message>
        <message>
            <source>round</source>
            <translation>round</translation>
        </message>
        <message>
            <source>Next round</source>
            <translation>Next round</translation>
        </message>
        <message>
            <source>Table cards…</source>
            <translation>Table cards…</translation>
        </message>
        <message>
            <source>Itinerary slips…</source>
            <translation>Itinerary slips…</translation>
        </message>
        <message>
            <source>Export the plan (CSV)…</source>
            <translation>Export the plan (CSV)…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Round {number}</translation>
        </message>
        <message>
            <source>Round {number} · under way</source>
            <translation>Round {number} · under way</translation>
        </message>
        <message numerus="yes">
            <source>Nobody has signed in yet: plans are made for the %n person(s) expected.</source>
            <translation>
                <numerusform>Nobody has signed in yet: plans are made for the person expected.</numerusform>
                <numerusform>Nobody has signed in yet: plans are made for the %n people expected.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This session is over: %n person(s) came.</source>
            <translation>
                <numerusform>This session is over: %n person came.</numerusform>
                <numerusform>This session is over: %n people came.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) present.</source>
            <translation>
                <numerusform>%n person present.</numerusform>
                <numerusform>%n people present.</numerusform>
            </translation>
        </message>
        <message>
            <source>The tables changed since the plan was made: make a new plan ({key}).</source>
            <translation>The tables changed since the plan was made: make a new plan ({key}).</translation>
        </message>
        <message>
            <source>Since the plan: {arrived} present without a seat, {left} left, {absent} not arrived yet — Re-plan ({key}) adjusts the plan.</source>
            <translation>Since the plan: {arrived} present without a seat, {left} left, {absent} not arrived yet — Re-plan ({key}) adjusts the plan.</translation>
        </message>
        <message>
            <source>Set up the tables ({setup}), then plan the rounds ({plan}).</source>
            <translation>Set up the tables ({setup}), then plan the rounds ({plan}).</translation>
        </message>
        <message>
            <source>Plan the rounds ({plan}).</source>
            <translation>Plan the rounds ({plan}).</translation>
        </message>
        <message>
            <source>Drag a name to another table, or Tab to a table.</source>
            <translation>Drag a name to another table, or Tab to a table.</translation>
        </message>
        <message numerus="yes">
            <source>Table {number} · %n person(s)</source>
            <translation>
                <numerusform>Table {number} · %n person</numerusform>
                <numerusform>Table {number} · %n people</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>{name}: {problem}</translation>
        </message>
        <message>
            <source>met {name} in round {number}</source>
            <translation>met {name} in round {number}</translation>
        </message>
        <message>
            <source>Quality of the plan</source>
            <translation>Quality of the plan</translation>
        </message>
        <message>
            <source>Open an assembly first.</source>
            <translation>Open an assembly first.</translation>
        </message>
        <message>
            <source>No session yet: create one at the sign-in desk.</source>
            <translation>No session yet: create one at the sign-in desk.</translation>
        </message>
        <message>
            <source>Table {number}</source>
            <translation>Table {number}</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Indemnity rules of the assembly</source>
            <translation>Indemnity rules of the assembly</translation>
        </message>
        <message>
            <source>Annual cap per person</source>
            <translation>Annual cap per person</translation>
        </message>
        <message>
            <source>Travel reimbursed (tickets on proof, kilometric allowance)</source>
            <translation>Travel reimbursed (tickets on proof, kilometric allowance)</translation>
        </message>
        <message>
            <source>Child care reimbursed on proof, at most</source>
            <translation>Child care reimbursed on proof, at most</translation>
        </message>
        <message>
            <source> € an hour</source>
            <translation> € an hour</translation>
        </message>
        <message>
            <source>Quorum: at least</source>
            <translation>Quorum: at least</translation>
        </message>
        <message>
            <source> % of the people expected</source>
            <translation> % of the people expected</translation>
        </message>
        <message>
            <source> min after the start</source>
            <translation> min after the start</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>A morning or an afternoon alone is worth</source>
            <translation>A morning or an afternoon alone is worth</translation>
        </message>
        <message>
            <source>Who is paid</source>
            <translation>Who is paid</translation>
        </message>
        <message>
            <source>Indemnity</source>
            <translation>Indemnity</translation>
        </message>
        <message>
            <source>The morning counts if arrived before</source>
            <translation>The morning counts if arrived before</translation>
        </message>
        <message>
            <source>… and not left before</source>
            <translation>… and not left before</translation>
        </message>
        <message>
            <source>The afternoon counts if arrived before</source>
            <translation>The afternoon counts if arrived before</translation>
        </message>
        <message>
            <source>Half-days</source>
            <translation>Half-days</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Late arrival</source>
            <translation>Late arrival</translation>
        </message>
        <message>
            <source>Documents signed by</source>
            <translation>Documents signed by</translation>
        </message>
        <message>
            <source>Sign-in desk and documents</source>
            <translation>Sign-in desk and documents</translation>
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
        <name>SetupDialog</name>
        <message>
            <source>Small groups: setup</source>
            <translation>Small groups: setup</translation>
        </message>
        <message>
            <source>Number of tables</source>
            <translation>Number of tables</translation>
        </message>
        <message>
            <source>People per table</source>
            <translation>People per table</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Seats</translation>
        </message>
        <message>
            <source>Host (world café)</source>
            <translation>Host (world café)</translation>
        </message>
        <message>
            <source>At most one elected official per table</source>
            <translation>At most one elected official per table</translation>
        </message>
        <message>
            <source>At most one member of staff per table</source>
            <translation>At most one member of staff per table</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rounds</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <source>Keep apart (same household…)</source>
            <translation>Keep apart (same household…)</translation>
        </message>
        <message>
            <source>Keep together (interpreter, parent and child…)</source>
            <translation>Keep together (interpreter, parent and child…)</translation>
        </message>
        <message>
            <source>Stays at one table (reduced mobility)</source>
            <translation>Stays at one table (reduced mobility)</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Table {number}</source>
            <translation>Table {number}</translation>
        </message>
        <message>
            <source>— no host —</source>
            <translation>— no host —</translation>
        </message>
        <message>
            <source>{people} people in the room, {seats} seats at {tables} tables.</source>
            <translation>{people} people in the room, {seats} seats at {tables} tables.</translation>
        </message>
        <message>
            <source>{name} stays at table {number}</source>
            <translation>{name} stays at table {number}</translation>
        </message>
    </context>
    <context>
        <name>SharesChart</name>
        <message>
            <source>Nobody has spoken yet.</source>
            <translation>Nobody has spoken yet.</translation>
        </message>
    </context>
    <context>
        <name>SpeakingActions</name>
        <message>
            <source>(someone removed from the roster)</source>
            <translation>(someone removed from the roster)</translation>
        </message>
        <message>
            <source>This request is no longer in the queue: nothing recorded.</source>
            <translation>This request is no longer in the queue: nothing recorded.</translation>
        </message>
        <message>
            <source>({role}: {used} used of {allowed} in this phase.)</source>
            <translation>({role}: {used} used of {allowed} in this phase.)</translation>
        </message>
        <message>
            <source>Refused — {name}: {reason}</source>
            <translation>Refused — {name}: {reason}</translation>
        </message>
        <message>
            <source>Type the name of someone present, then Enter.</source>
            <translation>Type the name of someone present, then Enter.</translation>
        </message>
        <message>
            <source>This phase is no longer on the agenda: nothing recorded.</source>
            <translation>This phase is no longer on the agenda: nothing recorded.</translation>
        </message>
        <message>
            <source>{name} is already in the queue for this.</source>
            <translation>{name} is already in the queue for this.</translation>
        </message>
        <message>
            <source>✓ {name} — in the queue, position {position} of {count}.</source>
            <translation>✓ {name} — in the queue, position {position} of {count}.</translation>
        </message>
        <message>
            <source>{name} is withdrawn from the queue.</source>
            <translation>{name} is withdrawn from the queue.</translation>
        </message>
        <message>
            <source>The queue of this phase is empty.</source>
            <translation>The queue of this phase is empty.</translation>
        </message>
        <message>
            <source>Interposed question: {name} has the floor, {speaker} is paused.</source>
            <translation>Interposed question: {name} has the floor, {speaker} is paused.</translation>
        </message>
        <message>
            <source>The floor is given to {name}.</source>
            <translation>The floor is given to {name}.</translation>
        </message>
        <message>
            <source>By override: {reason}</source>
            <translation>By override: {reason}</translation>
        </message>
        <message>
            <source>Nobody has the floor.</source>
            <translation>Nobody has the floor.</translation>
        </message>
        <message>
            <source>{name}'s turn is paused.</source>
            <translation>{name}'s turn is paused.</translation>
        </message>
        <message>
            <source>{name} resumes.</source>
            <translation>{name} resumes.</translation>
        </message>
        <message>
            <source>End of {name}'s turn ({time}).</source>
            <translation>End of {name}'s turn ({time}).</translation>
        </message>
        <message>
            <source>{name} has the floor again.</source>
            <translation>{name} has the floor again.</translation>
        </message>
        <message>
            <source>Nothing to override: F9 follows a refusal.</source>
            <translation>Nothing to override: F9 follows a refusal.</translation>
        </message>
        <message>
            <source>✓ {name} — in the queue by override: {reason}</source>
            <translation>✓ {name} — in the queue by override: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SpeakingProjector</name>
        <message>
            <source>Speaking time — projector</source>
            <translation>Speaking time — projector</translation>
        </message>
        <message>
            <source>Waiting for the next speaker</source>
            <translation>Waiting for the next speaker</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Time is up</translation>
        </message>
        <message>
            <source>{name} resumes afterwards</source>
            <translation>{name} resumes afterwards</translation>
        </message>
        <message>
            <source>Next: {names}</source>
            <translation>Next: {names}</translation>
        </message>
    </context>
    <context>
        <name>SpeakingReport</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Speaking time</source>
            <translation>Speaking time</translation>
        </message>
        <message>
            <source>Speaking-time report</source>
            <translation>Speaking-time report</translation>
        </message>
        <message>
            <source>Report saved in {path}.</source>
            <translation>Report saved in {path}.</translation>
        </message>
    </context>
    <context>
        <name>SpeakingReportDocument</name>
        <message>
            <source>{hours} h {minutes} min {seconds} s</source>
            <translation>{hours} h {minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>of speaking in total</source>
            <translation>of speaking in total</translation>
        </message>
        <message numerus="yes">
            <source>speaking turn(s)</source>
            <translation>
                <numerusform>speaking turn</numerusform>
                <numerusform>speaking turns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>speaker(s)</source>
            <translation>
                <numerusform>speaker</numerusform>
                <numerusform>speakers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>override(s) of the rules</source>
            <translation>
                <numerusform>override of the rules</numerusform>
                <numerusform>overrides of the rules</numerusform>
            </translation>
        </message>
        <message>
            <source>Speaking time</source>
            <translation>Speaking time</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Speaking turns</source>
            <translation>Speaking turns</translation>
        </message>
        <message>
            <source>Share of the time</source>
            <translation>Share of the time</translation>
        </message>
        <message>
            <source>Average turn</source>
            <translation>Average turn</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
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
            <source>Turns</source>
            <translation>Turns</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Given the floor</source>
            <translation>Given the floor</translation>
        </message>
        <message>
            <source>Reason given by the facilitator</source>
            <translation>Reason given by the facilitator</translation>
        </message>
        <message>
            <source>Overrides of the speaking rules</source>
            <translation>Overrides of the speaking rules</translation>
        </message>
        <message>
            <source>No override of the speaking rules was recorded during this session.</source>
            <translation>No override of the speaking rules was recorded during this session.</translation>
        </message>
        <message>
            <source>The floor was given, or the request accepted, although the rules of the phase did not allow it.</source>
            <translation>The floor was given, or the request accepted, although the rules of the phase did not allow it.</translation>
        </message>
        <message>
            <source>Speaking time by role</source>
            <translation>Speaking time by role</translation>
        </message>
        <message>
            <source>Each role's share of the speaking time, next to its share of the people present.</source>
            <translation>Each role's share of the speaking time, next to its share of the people present.</translation>
        </message>
        <message>
            <source>Speaking time by gender</source>
            <translation>Speaking time by gender</translation>
        </message>
        <message>
            <source>Each gender's share of the speaking time, next to its share of the people present.</source>
            <translation>Each gender's share of the speaking time, next to its share of the people present.</translation>
        </message>
        <message>
            <source>Speaking time by phase</source>
            <translation>Speaking time by phase</translation>
        </message>
        <message>
            <source>Speaking time by person</source>
            <translation>Speaking time by person</translation>
        </message>
        <message>
            <source>Everyone who spoke, most speaking time first.</source>
            <translation>Everyone who spoke, most speaking time first.</translation>
        </message>
        <message>
            <source>Nobody spoke during this session.</source>
            <translation>Nobody spoke during this session.</translation>
        </message>
        <message>
            <source>{phase} (seconds)</source>
            <translation>{phase} (seconds)</translation>
        </message>
        <message>
            <source>Total (seconds)</source>
            <translation>Total (seconds)</translation>
        </message>
    </context>
    <context>
        <name>SpeakingTimesModel</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>This phase</source>
            <translation>This phase</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Turns</source>
            <translation>Turns</translation>
        </message>
    </context>
    <context>
        <name>SpeakingWorkspace</name>
        <message>
            <source>Bell</source>
            <translation>Bell</translation>
        </message>
        <message>
            <source>A bell when the speaking time is over</source>
            <translation>A bell when the speaking time is over</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Session:</translation>
        </message>
        <message>
            <source>Phase:</source>
            <translation>Phase:</translation>
        </message>
        <message>
            <source>Queue — {phase} ({count})</source>
            <translation>Queue — {phase} ({count})</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Name, then {key}</source>
            <translation>Name, then {key}</translation>
        </message>
        <message>
            <source>queue</source>
            <translation>queue</translation>
        </message>
        <message>
            <source>Other request</source>
            <translation>Other request</translation>
        </message>
        <message>
            <source>point of order, question, intervention</source>
            <translation>point of order, question, intervention</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Previous match</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Next match</translation>
        </message>
        <message>
            <source>Give the floor</source>
            <translation>Give the floor</translation>
        </message>
        <message>
            <source>give the floor</source>
            <translation>give the floor</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>pause / resume</source>
            <translation>pause / resume</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>end</source>
            <translation>end</translation>
        </message>
        <message>
            <source>Give the floor to the one selected</source>
            <translation>Give the floor to the one selected</translation>
        </message>
        <message>
            <source>in the queue: give the floor</source>
            <translation>in the queue: give the floor</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>in the queue: withdraw</source>
            <translation>in the queue: withdraw</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>move in the queue</source>
            <translation>move in the queue</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Back to the name</source>
            <translation>Back to the name</translation>
        </message>
        <message>
            <source>Previous phase</source>
            <translation>Previous phase</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>phase</translation>
        </message>
        <message>
            <source>Next phase</source>
            <translation>Next phase</translation>
        </message>
        <message>
            <source>Override…</source>
            <translation>Override…</translation>
        </message>
        <message>
            <source>Agenda…</source>
            <translation>Agenda…</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Projector</translation>
        </message>
        <message>
            <source>projector</source>
            <translation>projector</translation>
        </message>
        <message>
            <source>Speaking-time report (PDF)…</source>
            <translation>Speaking-time report (PDF)…</translation>
        </message>
        <message>
            <source>Figures for a spreadsheet (CSV)…</source>
            <translation>Figures for a spreadsheet (CSV)…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>{last} {first} — {role} — No. {badge}</source>
            <translation>{last} {first} — {role} — No. {badge}</translation>
        </message>
        <message>
            <source>spoke {time} in this phase</source>
            <translation>spoke {time} in this phase</translation>
        </message>
        <message>
            <source>in the queue</source>
            <translation>in the queue</translation>
        </message>
        <message>
            <source>Open an assembly first.</source>
            <translation>Open an assembly first.</translation>
        </message>
        <message>
            <source>No session yet: create one at the sign-in desk.</source>
            <translation>No session yet: create one at the sign-in desk.</translation>
        </message>
        <message>
            <source>This session has no agenda yet: {key} adds its phases.</source>
            <translation>This session has no agenda yet: {key} adds its phases.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Nobody present matches: only people signed in at the desk can ask for the floor.</source>
            <translation>Nobody present matches: only people signed in at the desk can ask for the floor.</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPanel</name>
        <message>
            <source>By role</source>
            <translation>By role</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>By gender</translation>
        </message>
        <message>
            <source>Time per person</source>
            <translation>Time per person</translation>
        </message>
        <message>
            <source>Shares by role and gender</source>
            <translation>Shares by role and gender</translation>
        </message>
        <message>
            <source>Share of the speaking time</source>
            <translation>Share of the speaking time</translation>
        </message>
        <message>
            <source>Share of the people present</source>
            <translation>Share of the people present</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message numerus="yes">
            <source>%n arrival(s) or departure(s)</source>
            <translation>
                <numerusform>%n arrival or departure</numerusform>
                <numerusform>%n arrivals or departures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant record(s)</source>
            <translation>
                <numerusform>%n participant record</numerusform>
                <numerusform>%n participant records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session change(s)</source>
            <translation>
                <numerusform>%n session change</numerusform>
                <numerusform>%n session changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n speakers' list entry(ies)</source>
            <translation>
                <numerusform>%n speakers' list entry</numerusform>
                <numerusform>%n speakers' list entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n small-group change(s)</source>
            <translation>
                <numerusform>%n small-group change</numerusform>
                <numerusform>%n small-group changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote change(s)</source>
            <translation>
                <numerusform>%n vote change</numerusform>
                <numerusform>%n vote changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other change(s)</source>
            <translation>
                <numerusform>%n other change</numerusform>
                <numerusform>%n other changes</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new</source>
            <translation>Nothing new</translation>
        </message>
        <message numerus="yes">
            <source>; %n already here</source>
            <translation>
                <numerusform>; %n already here</numerusform>
                <numerusform>; %n already here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n refused</source>
            <translation>
                <numerusform>; %n refused</numerusform>
                <numerusform>; %n refused</numerusform>
            </translation>
        </message>
        <message>
            <source>a kind of record this version does not know</source>
            <translation>a kind of record this version does not know</translation>
        </message>
        <message>
            <source>a field this version does not know</source>
            <translation>a field this version does not know</translation>
        </message>
        <message>
            <source>a value of the wrong kind</source>
            <translation>a value of the wrong kind</translation>
        </message>
        <message>
            <source>a change to a record this laptop never received</source>
            <translation>a change to a record this laptop never received</translation>
        </message>
        <message>
            <source>it names a record this laptop does not hold</source>
            <translation>it names a record this laptop does not hold</translation>
        </message>
        <message>
            <source>an assembly this laptop may not change</source>
            <translation>an assembly this laptop may not change</translation>
        </message>
        <message>
            <source>The service does not know this computer: link it again with a new enrolment code.</source>
            <translation>The service does not know this computer: link it again with a new enrolment code.</translation>
        </message>
        <message>
            <source>This computer has no synchronisation token: link it again with a new enrolment code.</source>
            <translation>This computer has no synchronisation token: link it again with a new enrolment code.</translation>
        </message>
        <message>
            <source>This computer's access was revoked at the town hall: it can no longer synchronise. Ask the IT agent for a new enrolment code.</source>
            <translation>This computer's access was revoked at the town hall: it can no longer synchronise. Ask the IT agent for a new enrolment code.</translation>
        </message>
        <message>
            <source>This enrolment code is not valid (mistyped, already used, or expired): ask the IT agent for a new one.</source>
            <translation>This enrolment code is not valid (mistyped, already used, or expired): ask the IT agent for a new one.</translation>
        </message>
        <message>
            <source>The service has no central store yet: the IT agent must run "facilitator central init".</source>
            <translation>The service has no central store yet: the IT agent must run "facilitator central init".</translation>
        </message>
        <message>
            <source>This is not the room's code of today: read it again on the hub's screen (after several wrong codes, wait a minute). {detail}</source>
            <translation>This is not the room's code of today: read it again on the hub's screen (after several wrong codes, wait a minute). {detail}</translation>
        </message>
        <message>
            <source>A laptop with this one's identity ("{detail}") is still in the room: wait a few seconds, then join again.</source>
            <translation>A laptop with this one's identity ("{detail}") is still in the room: wait a few seconds, then join again.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted by this computer: nothing was sent. Check the address, or ask the IT agent to install the town hall's certificate authority. ({detail})</source>
            <translation>The server's certificate is not trusted by this computer: nothing was sent. Check the address, or ask the IT agent to install the town hall's certificate authority. ({detail})</translation>
        </message>
        <message>
            <source>This database is not linked to a central store yet: "Link to the central store" first.</source>
            <translation>This database is not linked to a central store yet: "Link to the central store" first.</translation>
        </message>
        <message>
            <source>A computer's name has 1 to 60 characters: "{detail}" cannot be used.</source>
            <translation>A computer's name has 1 to 60 characters: "{detail}" cannot be used.</translation>
        </message>
        <message>
            <source>A computer is already enrolled under the name "{detail}": choose another name.</source>
            <translation>A computer is already enrolled under the name "{detail}": choose another name.</translation>
        </message>
        <message>
            <source>No computer is registered as "{detail}".</source>
            <translation>No computer is registered as "{detail}".</translation>
        </message>
        <message>
            <source>The service and this computer run different versions of facilitator (database {detail} there, {ours} here): update {which} first. Nothing was exchanged.</source>
            <translation>The service and this computer run different versions of facilitator (database {detail} there, {ours} here): update {which} first. Nothing was exchanged.</translation>
        </message>
        <message>
            <source>The service refused changes sent in another computer's name. Nothing was applied.</source>
            <translation>The service refused changes sent in another computer's name. Nothing was applied.</translation>
        </message>
        <message>
            <source>This server is not the central store this computer was linked to: nothing was exchanged. Check the address, or link the computer again.</source>
            <translation>This server is not the central store this computer was linked to: nothing was exchanged. Check the address, or link the computer again.</translation>
        </message>
        <message>
            <source>The service refused the request: {detail}</source>
            <translation>The service refused the request: {detail}</translation>
        </message>
        <message>
            <source>An address beginning with http:// would send the token in clear over the network: use https:// (plain http only reaches this computer). {detail}</source>
            <translation>An address beginning with http:// would send the token in clear over the network: use https:// (plain http only reaches this computer). {detail}</translation>
        </message>
        <message>
            <source>the server</source>
            <translation>the server</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>this computer</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the synchronisation token safely: nothing was stored. On a server or in a script, enrol with --print-token and give the token in FACILITATOR_SYNC_TOKEN.</source>
            <translation>This computer has no keyring to keep the synchronisation token safely: nothing was stored. On a server or in a script, enrol with --print-token and give the token in FACILITATOR_SYNC_TOKEN.</translation>
        </message>
        <message>
            <source>The only keyring of this computer would write the token in clear in a file: refused, nothing was stored. Use the system's keyring (Windows, macOS, GNOME or KDE).</source>
            <translation>The only keyring of this computer would write the token in clear in a file: refused, nothing was stored. Use the system's keyring (Windows, macOS, GNOME or KDE).</translation>
        </message>
        <message>
            <source>The keyring refused to keep or give the token (is it locked?): {detail}</source>
            <translation>The keyring refused to keep or give the token (is it locked?): {detail}</translation>
        </message>
    </context>
    <context>
        <name>SyncWorkspace</name>
        <message>
            <source>Link to the central store…</source>
            <translation>Link to the central store…</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Synchronise</translation>
        </message>
        <message>
            <source>synchronise</source>
            <translation>synchronise</translation>
        </message>
        <message>
            <source>Choose the assemblies…</source>
            <translation>Choose the assemblies…</translation>
        </message>
        <message>
            <source>Open the room</source>
            <translation>Open the room</translation>
        </message>
        <message>
            <source>Close the room</source>
            <translation>Close the room</translation>
        </message>
        <message>
            <source>Join the room…</source>
            <translation>Join the room…</translation>
        </message>
        <message>
            <source>Leave the room</source>
            <translation>Leave the room</translation>
        </message>
        <message>
            <source>Export to a USB stick…</source>
            <translation>Export to a USB stick…</translation>
        </message>
        <message>
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <source>Import from a USB stick…</source>
            <translation>Import from a USB stick…</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>Merge these two records…</source>
            <translation>Merge these two records…</translation>
        </message>
        <message>
            <source>Give the latest a new number</source>
            <translation>Give the latest a new number</translation>
        </message>
        <message>
            <source>Take this value back</source>
            <translation>Take this value back</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Without network: a USB stick</source>
            <translation>Without network: a USB stick</translation>
        </message>
        <message>
            <source>Changes that could not be applied (a person decides):</source>
            <translation>Changes that could not be applied (a person decides):</translation>
        </message>
        <message>
            <source>&lt;b&gt;This laptop&lt;/b&gt;: {device}</source>
            <translation>&lt;b&gt;This laptop&lt;/b&gt;: {device}</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) recorded here</source>
            <translation>
                <numerusform>%n change recorded here</numerusform>
                <numerusform>%n changes recorded here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(of which %n came from other laptops).</source>
            <translation>
                <numerusform>(of which %n came from other laptops).</numerusform>
                <numerusform>(of which %n came from other laptops).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export to a USB stick</source>
            <translation>Export to a USB stick</translation>
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation>Writing the changes…</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) written to {path}. Take the stick to the other laptop.</source>
            <translation>
                <numerusform>%n change written to {path}. Take the stick to the other laptop.</numerusform>
                <numerusform>%n changes written to {path}. Take the stick to the other laptop.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import from a USB stick</source>
            <translation>Import from a USB stick</translation>
        </message>
        <message>
            <source>Applying the changes…</source>
            <translation>Applying the changes…</translation>
        </message>
        <message>
            <source>Import stopped: nothing was applied.</source>
            <translation>Import stopped: nothing was applied.</translation>
        </message>
        <message>
            <source>refused by the server: {reason}</source>
            <translation>refused by the server: {reason}</translation>
        </message>
        <message>
            <source>Synchronisation bundles (*{suffix})</source>
            <translation>Synchronisation bundles (*{suffix})</translation>
        </message>
    </context>
    <context>
        <name>TableCardsDocument</name>
        <message>
            <source>Round {number}</source>
            <translation>Round {number}</translation>
        </message>
        <message>
            <source>Table {number}</source>
            <translation>Table {number}</translation>
        </message>
        <message>
            <source>Host: {name}</source>
            <translation>Host: {name}</translation>
        </message>
        <message>
            <source>Plan made with seed {seed}.</source>
            <translation>Plan made with seed {seed}.</translation>
        </message>
        <message>
            <source>Table cards</source>
            <translation>Table cards</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>TravelClaimDocument</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Purpose and itinerary</source>
            <translation>Purpose and itinerary</translation>
        </message>
        <message>
            <source>Means of transport</source>
            <translation>Means of transport</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>Kilometric allowance</source>
            <translation>Kilometric allowance</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Child care</source>
            <translation>Child care</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>{hp} fiscal hp</source>
            <translation>{hp} fiscal hp</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>Claimant</translation>
        </message>
        <message>
            <source>Departure address</source>
            <translation>Departure address</translation>
        </message>
        <message>
            <source>Amount to refund: {amount}</source>
            <translation>Amount to refund: {amount}</translation>
        </message>
        <message>
            <source>The claimant</source>
            <translation>The claimant</translation>
        </message>
        <message>
            <source>Certified true and accurate</source>
            <translation>Certified true and accurate</translation>
        </message>
        <message>
            <source>Done at {town}, on {date}</source>
            <translation>Done at {town}, on {date}</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>The authorising officer</source>
            <translation>The authorising officer</translation>
        </message>
        <message>
            <source>Checked, good for payment</source>
            <translation>Checked, good for payment</translation>
        </message>
        <message>
            <source>Date: …………………………………………</source>
            <translation>Date: …………………………………………</translation>
        </message>
        <message>
            <source>Signature and stamp</source>
            <translation>Signature and stamp</translation>
        </message>
        <message>
            <source>Travel expense claim</source>
            <translation>Travel expense claim</translation>
        </message>
    </context>
    <context>
        <name>VoteDialog</name>
        <message>
            <source>New vote</source>
            <translation>New vote</translation>
        </message>
        <message>
            <source>One option per line</source>
            <translation>One option per line</translation>
        </message>
        <message>
            <source>Absolute majority</source>
            <translation>Absolute majority</translation>
        </message>
        <message>
            <source>Simple majority</source>
            <translation>Simple majority</translation>
        </message>
        <message>
            <source>Two thirds</source>
            <translation>Two thirds</translation>
        </message>
        <message>
            <source>Three fifths</source>
            <translation>Three fifths</translation>
        </message>
        <message>
            <source>Three quarters</source>
            <translation>Three quarters</translation>
        </message>
        <message>
            <source>Grid sheets typed twice, by two counters</source>
            <translation>Grid sheets typed twice, by two counters</translation>
        </message>
        <message>
            <source>Question (verbatim)</source>
            <translation>Question (verbatim)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Grades, worst first</source>
            <translation>Grades, worst first</translation>
        </message>
        <message>
            <source>Empty row counts as</source>
            <translation>Empty row counts as</translation>
        </message>
        <message>
            <source>Majority</source>
            <translation>Majority</translation>
        </message>
        <message>
            <source>Counted on</source>
            <translation>Counted on</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>Who votes</translation>
        </message>
    </context>
    <context>
        <name>VoteMessages</name>
        <message>
            <source>The question is empty: type it as it will be read.</source>
            <translation>The question is empty: type it as it will be read.</translation>
        </message>
        <message>
            <source>Give at least two options.</source>
            <translation>Give at least two options.</translation>
        </message>
        <message>
            <source>A vote has at most 99 options.</source>
            <translation>A vote has at most 99 options.</translation>
        </message>
        <message>
            <source>An option is empty: give it a text or remove it.</source>
            <translation>An option is empty: give it a text or remove it.</translation>
        </message>
        <message>
            <source>Two options have the same text.</source>
            <translation>Two options have the same text.</translation>
        </message>
        <message>
            <source>Majority judgment needs 3 to 7 distinct grades, worst first.</source>
            <translation>Majority judgment needs 3 to 7 distinct grades, worst first.</translation>
        </message>
        <message>
            <source>The grade for an empty row is not one of the grades.</source>
            <translation>The grade for an empty row is not one of the grades.</translation>
        </message>
        <message>
            <source>Say who may vote: at least one role.</source>
            <translation>Say who may vote: at least one role.</translation>
        </message>
        <message>
            <source>Print between 1 and 2000 kits at a time.</source>
            <translation>Print between 1 and 2000 kits at a time.</translation>
        </message>
        <message>
            <source>One choice is printed on slips, at most 8 proposals: for more, vote by approval or majority judgment.</source>
            <translation>One choice is printed on slips, at most 8 proposals: for more, vote by approval or majority judgment.</translation>
        </message>
        <message>
            <source>This vote does not exist (any more).</source>
            <translation>This vote does not exist (any more).</translation>
        </message>
        <message>
            <source>Unreadable or foreign code</source>
            <translation>Unreadable or foreign code</translation>
        </message>
        <message>
            <source>Ballot of another vote</source>
            <translation>Ballot of another vote</translation>
        </message>
        <message>
            <source>Test ballot: it never counts in a real vote</source>
            <translation>Test ballot: it never counts in a real vote</translation>
        </message>
        <message>
            <source>Real ballot: it does not belong in a rehearsal</source>
            <translation>Real ballot: it does not belong in a rehearsal</translation>
        </message>
        <message>
            <source>Ballot not authentic</source>
            <translation>Ballot not authentic</translation>
        </message>
        <message>
            <source>Typing mistake in the code: type it again</source>
            <translation>Typing mistake in the code: type it again</translation>
        </message>
        <message>
            <source>No ballot of this vote was printed with this code</source>
            <translation>No ballot of this vote was printed with this code</translation>
        </message>
        <message>
            <source>Choice unknown to this vote</source>
            <translation>Choice unknown to this vote</translation>
        </message>
        <message>
            <source>Wrong kind of ballot for this vote</source>
            <translation>Wrong kind of ballot for this vote</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Counted with the other slips of its kit</source>
            <translation>Counted with the other slips of its kit</translation>
        </message>
        <message>
            <source>Waiting for a second counter's entry</source>
            <translation>Waiting for a second counter's entry</translation>
        </message>
        <message>
            <source>Second entry agrees: counted</source>
            <translation>Second entry agrees: counted</translation>
        </message>
        <message>
            <source>Already counted at {time}</source>
            <translation>Already counted at {time}</translation>
        </message>
        <message>
            <source>Same serial, different content: blocked for the counters to decide</source>
            <translation>Same serial, different content: blocked for the counters to decide</translation>
        </message>
        <message>
            <source>Rejected: {reason}</source>
            <translation>Rejected: {reason}</translation>
        </message>
        <message>
            <source>Incomplete: one value per row, within the scale</source>
            <translation>Incomplete: one value per row, within the scale</translation>
        </message>
        <message>
            <source>Ballot voided: it will never count</source>
            <translation>Ballot voided: it will never count</translation>
        </message>
        <message>
            <source>Voided ballot: not counted</source>
            <translation>Voided ballot: not counted</translation>
        </message>
        <message>
            <source>Already counted: it cannot be voided (take it out by a decision)</source>
            <translation>Already counted: it cannot be voided (take it out by a decision)</translation>
        </message>
        <message>
            <source>Type your name first: double entry compares two counters' entries</source>
            <translation>Type your name first: double entry compares two counters' entries</translation>
        </message>
        <message>
            <source>Counters' decision recorded</source>
            <translation>Counters' decision recorded</translation>
        </message>
        <message>
            <source>Nothing to decide for this ballot</source>
            <translation>Nothing to decide for this ballot</translation>
        </message>
        <message>
            <source>Empty envelope: blank vote</source>
            <translation>Empty envelope: blank vote</translation>
        </message>
        <message>
            <source>Declared void (nul)</source>
            <translation>Declared void (nul)</translation>
        </message>
        <message>
            <source>Kits handed out noted</source>
            <translation>Kits handed out noted</translation>
        </message>
        <message>
            <source>Yes / no / blank</source>
            <translation>Yes / no / blank</translation>
        </message>
        <message>
            <source>One choice among proposals</source>
            <translation>One choice among proposals</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Majority judgment</source>
            <translation>Majority judgment</translation>
        </message>
        <message>
            <source>Simple majority</source>
            <translation>Simple majority</translation>
        </message>
        <message>
            <source>Absolute majority</source>
            <translation>Absolute majority</translation>
        </message>
        <message>
            <source>Qualified majority of {fraction}</source>
            <translation>Qualified majority of {fraction}</translation>
        </message>
        <message>
            <source>of the votes cast</source>
            <translation>of the votes cast</translation>
        </message>
        <message>
            <source>of the voters</source>
            <translation>of the voters</translation>
        </message>
        <message>
            <source>of the members present</source>
            <translation>of the members present</translation>
        </message>
        <message>
            <source>of the members</source>
            <translation>of the members</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Chosen: {option}</source>
            <translation>Chosen: {option}</translation>
        </message>
        <message>
            <source>No proposal reached the majority required</source>
            <translation>No proposal reached the majority required</translation>
        </message>
        <message>
            <source>Tie</source>
            <translation>Tie</translation>
        </message>
        <message>
            <source>No vote cast</source>
            <translation>No vote cast</translation>
        </message>
        <message>
            <source>The number the majority is based on is not known</source>
            <translation>The number the majority is based on is not known</translation>
        </message>
        <message>
            <source>Kits handed out / voters present</source>
            <translation>Kits handed out / voters present</translation>
        </message>
        <message>
            <source>Envelopes in the box / signatures</source>
            <translation>Envelopes in the box / signatures</translation>
        </message>
        <message>
            <source>Blank + void + cast / envelopes</source>
            <translation>Blank + void + cast / envelopes</translation>
        </message>
        <message>
            <source>Votes for the options / votes cast</source>
            <translation>Votes for the options / votes cast</translation>
        </message>
        <message>
            <source>Judgments of proposal {number} / votes cast</source>
            <translation>Judgments of proposal {number} / votes cast</translation>
        </message>
        <message>
            <source>not ticked</source>
            <translation>not ticked</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
    </context>
    <context>
        <name>VoteMinutesDocument</name>
        <message>
            <source>agrees</source>
            <translation>agrees</translation>
        </message>
        <message>
            <source>MISMATCH</source>
            <translation>MISMATCH</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Annex: scans rejected or set aside</source>
            <translation>Annex: scans rejected or set aside</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Code read</source>
            <translation>Code read</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Question put to the vote</source>
            <translation>Question put to the vote</translation>
        </message>
        <message>
            <source>Rules declared before the vote</source>
            <translation>Rules declared before the vote</translation>
        </message>
        <message>
            <source>Officers of the count</source>
            <translation>Officers of the count</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Checks</translation>
        </message>
        <message>
            <source>Counters' note: {note}</source>
            <translation>Counters' note: {note}</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Majority required</source>
            <translation>Majority required</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Digest of the counted ballots (SHA-256): {digest}</source>
            <translation>Digest of the counted ballots (SHA-256): {digest}</translation>
        </message>
        <message>
            <source>Rehearsal count (not a record)</source>
            <translation>Rehearsal count (not a record)</translation>
        </message>
        <message>
            <source>Record of the count (procès-verbal)</source>
            <translation>Record of the count (procès-verbal)</translation>
        </message>
    </context>
    <context>
        <name>VotingActions</name>
        <message>
            <source>Void envelope</source>
            <translation>Void envelope</translation>
        </message>
        <message>
            <source>Kits handed out</source>
            <translation>Kits handed out</translation>
        </message>
        <message>
            <source>How many kits were handed out?</source>
            <translation>How many kits were handed out?</translation>
        </message>
        <message>
            <source>kept by the counters</source>
            <translation>kept by the counters</translation>
        </message>
        <message>
            <source>Declare void</source>
            <translation>Declare void</translation>
        </message>
        <message>
            <source>Blank vote</source>
            <translation>Blank vote</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Choose a ballot in the last entries first.</source>
            <translation>Choose a ballot in the last entries first.</translation>
        </message>
        <message>
            <source>Take the ballot out</source>
            <translation>Take the ballot out</translation>
        </message>
        <message>
            <source>Declare the ballot void</source>
            <translation>Declare the ballot void</translation>
        </message>
        <message>
            <source>every slip kept</source>
            <translation>every slip kept</translation>
        </message>
        <message>
            <source>Open an assembly and choose a session first.</source>
            <translation>Open an assembly and choose a session first.</translation>
        </message>
        <message>
            <source>Vote saved.</source>
            <translation>Vote saved.</translation>
        </message>
        <message>
            <source>Officers saved.</source>
            <translation>Officers saved.</translation>
        </message>
        <message>
            <source>Print ballots</source>
            <translation>Print ballots</translation>
        </message>
        <message>
            <source>Kits to print (voters present plus spares):</source>
            <translation>Kits to print (voters present plus spares):</translation>
        </message>
        <message>
            <source>Ballots</source>
            <translation>Ballots</translation>
        </message>
        <message numerus="yes">
            <source>%n kit(s) printed.</source>
            <translation>
                <numerusform>%n kit printed.</numerusform>
                <numerusform>%n kits printed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Test deck</source>
            <translation>Test deck</translation>
        </message>
        <message>
            <source>Test deck printed: count it in rehearsal mode.</source>
            <translation>Test deck printed: count it in rehearsal mode.</translation>
        </message>
        <message>
            <source>Procès-verbal</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Export results</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Folder of scanned ballots</source>
            <translation>Folder of scanned ballots</translation>
        </message>
        <message>
            <source>Copier's PDF</source>
            <translation>Copier's PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Reading the scans…</source>
            <translation>Reading the scans…</translation>
        </message>
        <message>
            <source>This file cannot be read as a PDF (damaged, protected or not a PDF).</source>
            <translation>This file cannot be read as a PDF (damaged, protected or not a PDF).</translation>
        </message>
        <message>
            <source>Reading stopped.</source>
            <translation>Reading stopped.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) read.</source>
            <translation>
                <numerusform>%n page read.</numerusform>
                <numerusform>%n pages read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) counted.</source>
            <translation>
                <numerusform>%n ballot counted.</numerusform>
                <numerusform>%n ballots counted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set aside for the counters.</source>
            <translation>
                <numerusform>%n set aside for the counters.</numerusform>
                <numerusform>%n set aside for the counters.</numerusform>
            </translation>
        </message>
        <message>
            <source>too large to be read (a page larger than A3 at 400 dpi)</source>
            <translation>too large to be read (a page larger than A3 at 400 dpi)</translation>
        </message>
        <message>
            <source>unreadable (damaged, or an image format not known)</source>
            <translation>unreadable (damaged, or an image format not known)</translation>
        </message>
        <message>
            <source>Pages {pages}: {reason}.</source>
            <translation>Pages {pages}: {reason}.</translation>
        </message>
        <message>
            <source>Pages not counted</source>
            <translation>Pages not counted</translation>
        </message>
        <message>
            <source>Scan these pages again, or count their ballots by hand.</source>
            <translation>Scan these pages again, or count their ballots by hand.</translation>
        </message>
    </context>
    <context>
        <name>VotingProjector</name>
        <message>
            <source>Votes — projector</source>
            <translation>Votes — projector</translation>
        </message>
    </context>
    <context>
        <name>VotingWorkspace</name>
        <message>
            <source>Rehearsal with the test deck</source>
            <translation>Rehearsal with the test deck</translation>
        </message>
        <message>
            <source>Void mode: a spoiled ballot exchanged before the vote</source>
            <translation>Void mode: a spoiled ballot exchanged before the vote</translation>
        </message>
        <message>
            <source>Officers…</source>
            <translation>Officers…</translation>
        </message>
        <message>
            <source>Print ballots…</source>
            <translation>Print ballots…</translation>
        </message>
        <message>
            <source>Test deck…</source>
            <translation>Test deck…</translation>
        </message>
        <message>
            <source>Procès-verbal…</source>
            <translation>Procès-verbal…</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Export results…</translation>
        </message>
        <message>
            <source>Scan a ballot, or type its short code, then {key}</source>
            <translation>Scan a ballot, or type its short code, then {key}</translation>
        </message>
        <message>
            <source>Record the code</source>
            <translation>Record the code</translation>
        </message>
        <message>
            <source>New vote…</source>
            <translation>New vote…</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Projector</translation>
        </message>
        <message>
            <source>Empty envelope (blank)</source>
            <translation>Empty envelope (blank)</translation>
        </message>
        <message>
            <source>Void envelope…</source>
            <translation>Void envelope…</translation>
        </message>
        <message>
            <source>Kits handed out…</source>
            <translation>Kits handed out…</translation>
        </message>
        <message>
            <source>Read a copier's PDF…</source>
            <translation>Read a copier's PDF…</translation>
        </message>
        <message>
            <source>Read a folder of scans…</source>
            <translation>Read a folder of scans…</translation>
        </message>
        <message>
            <source>Webcam</source>
            <translation>Webcam</translation>
        </message>
        <message>
            <source>Record this sheet</source>
            <translation>Record this sheet</translation>
        </message>
        <message>
            <source>Keep the selected reading</source>
            <translation>Keep the selected reading</translation>
        </message>
        <message>
            <source>Keep every slip of the kit</source>
            <translation>Keep every slip of the kit</translation>
        </message>
        <message>
            <source>Declare it void…</source>
            <translation>Declare it void…</translation>
        </message>
        <message>
            <source>Take the selected ballot out…</source>
            <translation>Take the selected ballot out…</translation>
        </message>
        <message>
            <source>Declare the selected ballot void…</source>
            <translation>Declare the selected ballot void…</translation>
        </message>
        <message>
            <source>Counter's name (recorded with each entry)</source>
            <translation>Counter's name (recorded with each entry)</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Last entries</source>
            <translation>Last entries</translation>
        </message>
        <message>
            <source>For the counters to decide</source>
            <translation>For the counters to decide</translation>
        </message>
        <message>
            <source>(empty row)</source>
            <translation>(empty row)</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Walk-in volunteer</source>
            <translation>Walk-in volunteer</translation>
        </message>
        <message>
            <source>They are signed in at once as a volunteer resident; their record is marked to be reviewed.</source>
            <translation>They are signed in at once as a volunteer resident; their record is marked to be reviewed.</translation>
        </message>
        <message>
            <source>First name *</source>
            <translation>First name *</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Last name *</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>This is a badge that was scanned, not a name: type the person's name.</source>
            <translation>This is a badge that was scanned, not a name: type the person's name.</translation>
        </message>
    </context>
    <context>
        <name>WebcamPanel</name>
        <message>
            <source>Camera:</source>
            <translation>Camera:</translation>
        </message>
        <message>
            <source>Starting the camera…</source>
            <translation>Starting the camera…</translation>
        </message>
        <message>
            <source>Stop the camera</source>
            <translation>Stop the camera</translation>
        </message>
        <message>
            <source>Read badges with the camera</source>
            <translation>Read badges with the camera</translation>
        </message>
        <message>
            <source>Hold a badge up to the camera</source>
            <translation>Hold a badge up to the camera</translation>
        </message>
        <message>
            <source>No camera detected</source>
            <translation>No camera detected</translation>
        </message>
        <message>
            <source>Camera in use by another program</source>
            <translation>Camera in use by another program</translation>
        </message>
        <message>
            <source>This computer does not let facilitator use the camera: allow it in the privacy settings</source>
            <translation>This computer does not let facilitator use the camera: allow it in the privacy settings</translation>
        </message>
        <message>
            <source>The camera did not start: unplug it, plug it in again and retry</source>
            <translation>The camera did not start: unplug it, plug it in again and retry</translation>
        </message>
        <message>
            <source>The camera was unplugged</source>
            <translation>The camera was unplugged</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Not read again: the database could not be reached. Shown as it was before.</source>
            <translation>Not read again: the database could not be reached. Shown as it was before.</translation>
        </message>
    </context>
    <context>
        <name>_TwoPeople</name>
        <message>
            <source>Choose</source>
            <translation>Choose</translation>
        </message>
        <message>
            <source>Who stays at which table</source>
            <translation>Who stays at which table</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>With</source>
            <translation>With</translation>
        </message>
    </context>
</TS>
