<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ActionSet</name>
        <message>
            <source>{key}: {what}</source>
            <translation>{key} : {what}</translation>
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
            <translation>Ordre du jour de la séance</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Information and hearings</source>
            <translation>Information et auditions</translation>
        </message>
        <message>
            <source>Group work</source>
            <translation>Travail en groupes</translation>
        </message>
        <message>
            <source>Deliberation</source>
            <translation>Délibération</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Add the phase</source>
            <translation>Ajouter la phase</translation>
        </message>
        <message>
            <source>Apply to the selected phase</source>
            <translation>Appliquer à la phase choisie</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>New profile…</source>
            <translation>Nouveau profil…</translation>
        </message>
        <message>
            <source>Change the profile…</source>
            <translation>Modifier le profil…</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Discipline profile</source>
            <translation>Profil de discipline</translation>
        </message>
        <message>
            <source>A profile is a template of the assembly: changing it changes every phase that uses it, in every session.</source>
            <translation>Un profil est un modèle de l'assemblée : le modifier change toutes les phases qui l'utilisent, dans toutes les séances.</translation>
        </message>
        <message>
            <source>{position}. {name} — {profile}</source>
            <translation>{position}. {name} — {profile}</translation>
        </message>
        <message>
            <source>contribution {time}</source>
            <translation>prise de parole {time}</translation>
        </message>
        <message>
            <source>short intervention {time}</source>
            <translation>intervention courte {time}</translation>
        </message>
        <message>
            <source>{role}: {time} shared</source>
            <translation>{role} : {time} en commun</translation>
        </message>
        <message>
            <source>{role}: {time} each</source>
            <translation>{role} : {time} chacun·e</translation>
        </message>
        <message>
            <source>elected officials do not ask for the floor</source>
            <translation>les élu·es ne demandent pas la parole</translation>
        </message>
        <message>
            <source>women and men alternate</source>
            <translation>alternance femmes-hommes</translation>
        </message>
        <message>
            <source>"{name}" already has speaking turns: it stays on the agenda (the report needs it).</source>
            <translation>« {name} » a déjà des prises de parole : elle reste à l'ordre du jour (le rapport en a besoin).</translation>
        </message>
    </context>
    <context>
        <name>AssembliesDialog</name>
        <message>
            <source>Assemblies on this computer</source>
            <translation>Assemblées sur cet ordinateur</translation>
        </message>
        <message>
            <source>Tick the assemblies this computer receives from the central store:</source>
            <translation>Cochez les assemblées que cet ordinateur reçoit de la base centrale :</translation>
        </message>
    </context>
    <context>
        <name>AssembliesWorkspace</name>
        <message>
            <source>Assembly</source>
            <translation>Assemblée</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Collectivité</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participant·es</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>New assembly…</source>
            <translation>Nouvelle assemblée…</translation>
        </message>
        <message>
            <source>Open the participants</source>
            <translation>Voir la liste des participant·es</translation>
        </message>
        <message>
            <source>Add a sub-body…</source>
            <translation>Ajouter une sous-instance…</translation>
        </message>
        <message>
            <source>No assembly yet: create one, then import its roster.</source>
            <translation>Aucune assemblée pour l'instant : créez-en une, puis importez sa liste.</translation>
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation>Sous-instances</translation>
        </message>
        <message>
            <source>Mandate from {start} to {end}</source>
            <translation>Mandat du {start} au {end}</translation>
        </message>
        <message numerus="yes">
            <source>{name} — %n member(s)</source>
            <translation>
                <numerusform>{name} — %n membre</numerusform>
                <numerusform>{name} — %n membres</numerusform>
            </translation>
        </message>
        <message>
            <source>({sub_body} only)</source>
            <translation>({sub_body} seulement)</translation>
        </message>
        <message>
            <source>Assembly created.</source>
            <translation>Assemblée créée.</translation>
        </message>
        <message>
            <source>Add a sub-body</source>
            <translation>Ajouter une sous-instance</translation>
        </message>
        <message>
            <source>Name (e.g. Groupe de proposition):</source>
            <translation>Nom (par exemple Groupe de proposition) :</translation>
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
            <translation>Séance</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <source>{signatory} certifies that {name} took part in the following sessions of the {body}:</source>
            <translation>{signatory} atteste que {name} a participé aux séances suivantes de l'instance « {body} » :</translation>
        </message>
        <message>
            <source>This certificate is issued at the request of the person concerned, for any lawful purpose.</source>
            <translation>La présente attestation est délivrée à la demande de l'intéressé·e pour servir et valoir ce que de droit.</translation>
        </message>
        <message>
            <source>Done at {town}, on {date}</source>
            <translation>Fait à {town}, le {date}</translation>
        </message>
        <message>
            <source>Signature and stamp</source>
            <translation>Signature et cachet</translation>
        </message>
        <message>
            <source>Certificate of attendance</source>
            <translation>Attestation de présence</translation>
        </message>
    </context>
    <context>
        <name>AttendanceChart</name>
        <message>
            <source>Expected, did not come</source>
            <translation>Attendu·es non venu·es</translation>
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
            <translation>Matin</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>Après-midi</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Badge no.</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom et prénom</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observations</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent·e</translation>
        </message>
        <message>
            <source>On this page: {people}</source>
            <translation>Sur cette page : {people}</translation>
        </message>
        <message>
            <source>On this page: {people}, {present}</source>
            <translation>Sur cette page : {people}, {present}</translation>
        </message>
        <message>
            <source>Total: {expected}</source>
            <translation>Total : {expected}</translation>
        </message>
        <message>
            <source>Total: {people}, {present} (morning: {morning}, afternoon: {afternoon})</source>
            <translation>Total : {people}, {present} (matin : {morning}, après-midi : {afternoon})</translation>
        </message>
        <message>
            <source>Total: {people}, {present}</source>
            <translation>Total : {people}, {present}</translation>
        </message>
        <message>
            <source>Certified correct</source>
            <translation>Certifié exact</translation>
        </message>
        <message>
            <source>Name: …………………………………………</source>
            <translation>Nom : …………………………………………</translation>
        </message>
        <message>
            <source>Date: …………………………………………</source>
            <translation>Date : …………………………………………</translation>
        </message>
        <message>
            <source>Arrival and departure times as recorded at the sign-in desk; slots of absence are struck through.</source>
            <translation>Heures d'arrivée et de départ enregistrées à l'accueil ; les demi-journées d'absence sont barrées.</translation>
        </message>
        <message>
            <source>Each person present signs in the column of each slot they attend.</source>
            <translation>Chaque personne présente signe dans la colonne de chaque demi-journée à laquelle elle assiste.</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Feuille d'émargement</translation>
        </message>
    </context>
    <context>
        <name>AttendanceWorkspace</name>
        <message>
            <source>New session…</source>
            <translation>Nouvelle séance…</translation>
        </message>
        <message>
            <source>Name or badge number, then {key}</source>
            <translation>Nom ou numéro de badge, puis {key}</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>arrival</source>
            <translation>arrivée</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>departure</source>
            <translation>départ</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Corriger…</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>correction</translation>
        </message>
        <message>
            <source>A forgotten arrival or an early departure, with a note</source>
            <translation>Une arrivée oubliée ou un départ anticipé, avec une remarque</translation>
        </message>
        <message>
            <source>Walk-in volunteer…</source>
            <translation>Volontaire sur place…</translation>
        </message>
        <message>
            <source>Undo the last action</source>
            <translation>Annuler la dernière action</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>annuler</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Personne précédente</translation>
        </message>
        <message>
            <source>another match</source>
            <translation>une autre personne</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Personne suivante</translation>
        </message>
        <message>
            <source>Badges of the people expected…</source>
            <translation>Badges des personnes attendues…</translation>
        </message>
        <message>
            <source>Blank signature sheet…</source>
            <translation>Feuille d'émargement vierge…</translation>
        </message>
        <message>
            <source>Filled signature sheet…</source>
            <translation>Feuille d'émargement remplie…</translation>
        </message>
        <message>
            <source>Attestation de présence of the highlighted person…</source>
            <translation>Attestation de présence de la personne sélectionnée…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Séance :</translation>
        </message>
        <message>
            <source>{last} {first} — {role} — No. {badge}</source>
            <translation>{last} {first} — {role} — n° {badge}</translation>
        </message>
        <message>
            <source>here since {time}</source>
            <translation>présent·e depuis {time}</translation>
        </message>
        <message>
            <source>left at {time}</source>
            <translation>parti·e à {time}</translation>
        </message>
        <message>
            <source>Open an assembly first.</source>
            <translation>Ouvrez d'abord une assemblée.</translation>
        </message>
        <message>
            <source>No session yet: create one (date, place) to sign people in.</source>
            <translation>Aucune séance pour l'instant : créez-en une (date, lieu) pour accueillir les participant·es.</translation>
        </message>
        <message>
            <source>Nobody matches. {key} registers a walk-in volunteer under this name.</source>
            <translation>Personne ne correspond. {key} inscrit un·e volontaire sur place sous ce nom.</translation>
        </message>
    </context>
    <context>
        <name>Attention</name>
        <message>
            <source>Perhaps one person registered twice (same name in one assembly)</source>
            <translation>Peut-être une même personne inscrite deux fois (même nom dans une assemblée)</translation>
        </message>
        <message>
            <source>Badge numbers given twice (two desks registered people apart)</source>
            <translation>Numéros de badge donnés deux fois (deux accueils ont inscrit des personnes séparément)</translation>
        </message>
        <message>
            <source>Fields edited on two laptops at once (the later edit was kept)</source>
            <translation>Champs modifiés en même temps sur deux ordinateurs (la modification la plus récente a été gardée)</translation>
        </message>
        <message>
            <source>{first} (no. {first_number}) and {second} (no. {second_number}), {assembly}</source>
            <translation>{first} (n° {first_number}) et {second} (n° {second_number}), {assembly}</translation>
        </message>
        <message>
            <source>No. {number} ({assembly}): {names}</source>
            <translation>N° {number} ({assembly}) : {names}</translation>
        </message>
        <message>
            <source>{record}, {field}: kept {kept};
replaced {other}</source>
            <translation>{record}, {field} : gardé {kept} ;
remplacé {other}</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>another laptop</source>
            <translation>un autre ordinateur</translation>
        </message>
        <message>
            <source>"{value}" ({where}, {day} at {time})</source>
            <translation>« {value} » ({where}, le {day} à {time})</translation>
        </message>
        <message>
            <source>These records changed meanwhile (another laptop settled them): the list is read again.</source>
            <translation>Ces fiches ont changé entre-temps (un autre ordinateur s'en est chargé) : la liste est relue.</translation>
        </message>
        <message>
            <source>{name} now holds badge number {number}.</source>
            <translation>{name} porte désormais le numéro {number}.</translation>
        </message>
        <message>
            <source>The replaced value is back: {value}.</source>
            <translation>La valeur remplacée est reprise : {value}.</translation>
        </message>
        <message>
            <source>The kept value stays: {value}.</source>
            <translation>La valeur gardée est confirmée : {value}.</translation>
        </message>
    </context>
    <context>
        <name>BadgesDocument</name>
        <message>
            <source>No. {number}</source>
            <translation>N° {number}</translation>
        </message>
        <message>
            <source>Badges to cut out</source>
            <translation>Badges à découper</translation>
        </message>
    </context>
    <context>
        <name>BallotWords</name>
        <message>
            <source>Blank vote</source>
            <translation>Vote blanc</translation>
        </message>
        <message>
            <source>For each proposal, tick one box only. A row left without a tick counts as « {grade} ».</source>
            <translation>Pour chaque proposition, cochez une seule case. Une ligne sans case cochée vaut « {grade} ».</translation>
        </message>
        <message>
            <source>I approve</source>
            <translation>J’approuve</translation>
        </message>
        <message>
            <source>Tick every proposal you approve (as many as you wish, or none).</source>
            <translation>Cochez chaque proposition que vous approuvez (autant que vous voulez, ou aucune).</translation>
        </message>
        <message>
            <source>Voters (envelopes)</source>
            <translation>Votants (enveloppes)</translation>
        </message>
        <message>
            <source>Blank</source>
            <translation>Blancs</translation>
        </message>
        <message>
            <source>Void (after the counters' decision)</source>
            <translation>Nuls (après décision des scrutateurs)</translation>
        </message>
        <message>
            <source>Votes cast</source>
            <translation>Suffrages exprimés</translation>
        </message>
        <message>
            <source>Read twice, counted once</source>
            <translation>Lu deux fois, compté une fois</translation>
        </message>
        <message>
            <source>Ballots of another vote, rejected</source>
            <translation>Bulletins d’un autre scrutin, rejetés</translation>
        </message>
        <message>
            <source>Count this deck in rehearsal mode (« test »): a real count rejects every one of its ballots.</source>
            <translation>Dépouillez ce jeu d’essai en mode répétition (« test ») : un vrai dépouillement rejette chacun de ses bulletins.</translation>
        </message>
        <message>
            <source>Two ballots of kit {serial} were cast together: the counters declare it void.</source>
            <translation>Deux bulletins du jeu {serial} ont été mis ensemble : les scrutateurs le déclarent nul.</translation>
        </message>
        <message>
            <source>One page is upside down: it must count like the others.</source>
            <translation>Une page est à l’envers : elle doit compter comme les autres.</translation>
        </message>
        <message>
            <source>Judgments per grade, worst first; a row left empty counts at the default grade.</source>
            <translation>Mentions par niveau, de la pire à la meilleure ; une ligne laissée vide compte à la mention par défaut.</translation>
        </message>
    </context>
    <context>
        <name>BallotsDocument</name>
        <message>
            <source>Test ballots (never count)</source>
            <translation>Bulletins de test (ne comptent jamais)</translation>
        </message>
        <message>
            <source>Ballots</source>
            <translation>Bulletins de vote</translation>
        </message>
        <message>
            <source>TEST</source>
            <translation>TEST</translation>
        </message>
        <message>
            <source>Test deck (never counts)</source>
            <translation>Jeu d’essai (ne compte jamais)</translation>
        </message>
        <message>
            <source>Expected results</source>
            <translation>Résultats attendus</translation>
        </message>
    </context>
    <context>
        <name>CentralPanel</name>
        <message>
            <source>Central store</source>
            <translation>Base centrale</translation>
        </message>
        <message>
            <source>Not linked to a central store yet: "Link to the central store…".</source>
            <translation>Pas encore relié à une base centrale : « Relier à la base centrale… ».</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) will leave at the first sync.</source>
            <translation>
                <numerusform>%n modification partira à la première synchronisation.</numerusform>
                <numerusform>%n modifications partiront à la première synchronisation.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Server&lt;/b&gt;: {server}</source>
            <translation>&lt;b&gt;Serveur&lt;/b&gt; : {server}</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to leave.</source>
            <translation>
                <numerusform>%n modification en attente d'envoi.</numerusform>
                <numerusform>%n modifications en attente d'envoi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing waits to leave.</source>
            <translation>Aucune modification en attente d'envoi.</translation>
        </message>
        <message>
            <source>Never synchronised.</source>
            <translation>Jamais synchronisé.</translation>
        </message>
        <message>
            <source>everything is up to date</source>
            <translation>tout est à jour</translation>
        </message>
        <message>
            <source>not yet in step</source>
            <translation>pas encore à jour</translation>
        </message>
        <message>
            <source>Last sync: {when}, {state}.</source>
            <translation>Dernière synchronisation : {when}, {state}.</translation>
        </message>
        <message>
            <source>Linking to the central store…</source>
            <translation>Liaison avec la base centrale…</translation>
        </message>
        <message>
            <source>Linked to {server} as "{device}". Choose the assemblies this computer receives.</source>
            <translation>Relié à {server} sous le nom « {device} ». Choisissez les assemblées que reçoit cet ordinateur.</translation>
        </message>
        <message>
            <source>Asking the central store…</source>
            <translation>Interrogation de la base centrale…</translation>
        </message>
        <message>
            <source>The central store holds no assembly yet: this computer's will be sent.</source>
            <translation>La base centrale ne contient encore aucune assemblée : celles de cet ordinateur y seront envoyées.</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message numerus="yes">
            <source>Sent: %n change(s). </source>
            <translation>
                <numerusform>Envoyé : %n modification. </numerusform>
                <numerusform>Envoyé : %n modifications. </numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send. </source>
            <translation>Rien à envoyer. </translation>
        </message>
        <message>
            <source>Everything is up to date.</source>
            <translation>Tout est à jour.</translation>
        </message>
        <message>
            <source>Not yet in step: synchronise again.</source>
            <translation>Pas encore à jour : synchronisez de nouveau.</translation>
        </message>
        <message>
            <source>Received: </source>
            <translation>Reçu : </translation>
        </message>
        <message>
            <source>This computer's clock is {minutes} minutes off the server's: set it right (the order of changes is kept all the same).</source>
            <translation>L'horloge de cet ordinateur s'écarte de {minutes} minutes de celle du serveur : remettez-la à l'heure (l'ordre des modifications est tout de même préservé).</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Synchronisation stopped: what was already exchanged is kept.</source>
            <translation>Synchronisation arrêtée : ce qui a déjà été échangé est conservé.</translation>
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
            <translation>ex. 2 tickets de bus, facture de la crèche</translation>
        </message>
        <message>
            <source>Means of transport</source>
            <translation>Moyen de transport</translation>
        </message>
        <message>
            <source>Distance (round trip)</source>
            <translation>Distance (aller-retour)</translation>
        </message>
        <message>
            <source>Fiscal horsepower (car)</source>
            <translation>Puissance fiscale (voiture)</translation>
        </message>
        <message>
            <source>Tickets and fares on proof</source>
            <translation>Billets et titres de transport (sur justificatif)</translation>
        </message>
        <message>
            <source>Child care: hours</source>
            <translation>Garde d'enfants : durée</translation>
        </message>
        <message>
            <source>Child care: amount paid</source>
            <translation>Garde d'enfants : montant payé</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>The kilometric allowance follows the barème; child care is capped per hour.</source>
            <translation>L'indemnité kilométrique suit le barème ; la garde d'enfants est plafonnée par heure.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The demo assembly is already in this database: {name}</source>
            <translation>L'assemblée de démonstration est déjà dans cette base : {name}</translation>
        </message>
        <message>
            <source>Demo assembly written to {path}</source>
            <translation>Assemblée de démonstration écrite dans {path}</translation>
        </message>
        <message>
            <source>This database has no assembly yet: name one with --assembly NAME.</source>
            <translation>Cette base n'a encore aucune assemblée : nommez-en une avec --assembly NOM.</translation>
        </message>
        <message>
            <source>This database has several assemblies; choose one with --assembly: {names}</source>
            <translation>Cette base a plusieurs assemblées ; choisissez-en une avec --assembly : {names}</translation>
        </message>
        <message>
            <source>No assembly is called "{name}". Assemblies: {names}</source>
            <translation>Aucune assemblée ne s'appelle « {name} ». Assemblées : {names}</translation>
        </message>
        <message>
            <source>No session has this id: {id}</source>
            <translation>Aucune séance n'a cet identifiant : {id}</translation>
        </message>
        <message>
            <source>Several people are called "{who}": give a badge number.</source>
            <translation>Plusieurs personnes s'appellent « {who} » : donnez un numéro de badge.</translation>
        </message>
        <message>
            <source>Nobody of the assembly answers to: {who}</source>
            <translation>Personne dans l'assemblée ne correspond à : {who}</translation>
        </message>
        <message>
            <source>No sub-body is called "{name}".</source>
            <translation>Aucune sous-instance ne s'appelle « {name} ».</translation>
        </message>
        <message>
            <source>The departure is before the arrival: nothing recorded.</source>
            <translation>Le départ est avant l'arrivée : rien n'est enregistré.</translation>
        </message>
        <message>
            <source>{name} is not in the room at that time: nothing recorded.</source>
            <translation>{name} n'est pas dans la salle à cette heure-là : rien n'est enregistré.</translation>
        </message>
        <message>
            <source>The procès-verbal, and only it, is printed for a vote: give pv --vote ID.</source>
            <translation>Le procès-verbal, et lui seul, s’imprime pour un scrutin : indiquez pv --vote ID.</translation>
        </message>
        <message>
            <source>This document is printed for one session: give --session ID.</source>
            <translation>Ce document s'imprime pour une séance : donnez --session ID.</translation>
        </message>
        <message>
            <source>Nothing to print: no file was written.</source>
            <translation>Rien à imprimer : aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>{path} written.</source>
            <translation>{path} écrit.</translation>
        </message>
        <message>
            <source>Whose attestation? Give --participant WHO.</source>
            <translation>L'attestation de qui ? Donnez --participant QUI.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) exported to {path}.</source>
            <translation>
                <numerusform>%n personne exportée dans {path}.</numerusform>
                <numerusform>%n personnes exportées dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give --people N, --rounds R and --tables T or --table-size S.</source>
            <translation>Indiquez --people N, --rounds R et --tables T ou --table-size S.</translation>
        </message>
        <message>
            <source>A host per table needs at least as many people as tables.</source>
            <translation>Un·e hôte par table demande au moins autant de personnes que de tables.</translation>
        </message>
        <message>
            <source>{tables} tables of {size} cannot seat {people} people.</source>
            <translation>{tables} tables de {size} ne peuvent pas accueillir {people} personnes.</translation>
        </message>
        <message>
            <source>Unknown role in --roles: use citizen, elected, staff, expert or facilitator.</source>
            <translation>Rôle inconnu dans --roles : utilisez citizen, elected, staff, expert ou facilitator.</translation>
        </message>
        <message numerus="yes">
            <source>%n kit(s) printed to {path}.</source>
            <translation>
                <numerusform>%n jeu de bulletins imprimé dans {path}.</numerusform>
                <numerusform>%n jeux de bulletins imprimés dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Test deck written to {path}.</source>
            <translation>Jeu d’essai écrit dans {path}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>Impossible de lire {path} : {error}</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} n’existe pas.</translation>
        </message>
        <message>
            <source>--images expects a folder of scanned images; {path} is a file (a copier's PDF: --pdf).</source>
            <translation>--images attend un dossier d'images numérisées ; {path} est un fichier (le PDF d'un copieur : --pdf).</translation>
        </message>
        <message>
            <source>--pdf expects a PDF file; {path} is a folder (a folder of images: --images).</source>
            <translation>--pdf attend un fichier PDF ; {path} est un dossier (un dossier d'images : --images).</translation>
        </message>
        <message>
            <source>{option} expects a text file; {path} is a folder.</source>
            <translation>{option} attend un fichier texte ; {path} est un dossier.</translation>
        </message>
        <message>
            <source>{path} cannot be read as a PDF (damaged, protected or not a PDF).</source>
            <translation>{path} ne peut pas être lu comme un PDF (abîmé, protégé ou pas un PDF).</translation>
        </message>
        <message>
            <source>Linked to {server} as "{device}".</source>
            <translation>Relié à {server} sous le nom « {device} ».</translation>
        </message>
        <message>
            <source>Warning: this computer's clock is {minutes} minutes off the server's.</source>
            <translation>Attention : l'horloge de cet ordinateur s'écarte de {minutes} minutes de celle du serveur.</translation>
        </message>
        <message>
            <source>{pushed} changes sent, {pulled} received; {state}</source>
            <translation>{pushed} modifications envoyées, {pulled} reçues ; {state}</translation>
        </message>
        <message>
            <source>everything is up to date.</source>
            <translation>tout est à jour.</translation>
        </message>
        <message>
            <source>not yet in step.</source>
            <translation>les deux côtés ne concordent pas encore.</translation>
        </message>
        <message>
            <source>{applied} changes applied, {known} already here, {rejected} rejected.</source>
            <translation>{applied} modifications appliquées, {known} déjà présentes, {rejected} refusées.</translation>
        </message>
        <message>
            <source>The central store {store} is ready.</source>
            <translation>La base centrale {store} est prête.</translation>
        </message>
        <message>
            <source>Enrolment code of "{device}": {code} (valid until {expires}, once).</source>
            <translation>Code d'inscription de « {device} » : {code} (valable jusqu'au {expires}, une seule fois).</translation>
        </message>
        <message>
            <source>"{device}" can no longer synchronise.</source>
            <translation>« {device} » ne peut plus se synchroniser.</translation>
        </message>
        <message>
            <source>Give both --cert and --key, or neither.</source>
            <translation>Donnez à la fois --cert et --key, ou aucun des deux.</translation>
        </message>
        <message>
            <source>Without a certificate the service listens only on this computer (127.0.0.1 or ::1): give --cert and --key, or put it behind the town hall's reverse proxy.</source>
            <translation>Sans certificat, le service n'écoute que sur cet ordinateur (127.0.0.1 ou ::1) : donnez --cert et --key, ou placez-le derrière le proxy inverse de la mairie.</translation>
        </message>
        <message>
            <source>The room is open at {address}: code {code}.</source>
            <translation>La salle est ouverte à {address} : code {code}.</translation>
        </message>
        <message>
            <source>In step with the room as "{name}".</source>
            <translation>À jour avec la salle sous le nom « {name} ».</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Associer les colonnes</translation>
        </message>
        <message>
            <source>Check what each column holds. Your choices are remembered for the next imports.</source>
            <translation>Vérifiez ce que contient chaque colonne. Vos choix sont retenus pour les prochains imports.</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Exemples</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Contient</translation>
        </message>
        <message>
            <source>Without a recruitment column, residents count as drawn by lot.</source>
            <translation>Sans colonne de recrutement, les habitant·es sont compté·es comme tiré·es au sort.</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>— do not import —</source>
            <translation>— ne pas importer —</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct the attendance of {name}</source>
            <translation>Corriger la présence de {name}</translation>
        </message>
        <message>
            <source>Forgotten arrival</source>
            <translation>Arrivée oubliée</translation>
        </message>
        <message>
            <source>Departure (left early, not recorded)</source>
            <translation>Départ (parti·e plus tôt, non enregistré)</translation>
        </message>
        <message>
            <source>e.g. signed the paper sheet at the door</source>
            <translation>ex. a signé la feuille papier à l'entrée</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>At</source>
            <translation>À</translation>
        </message>
        <message>
            <source>Why *</source>
            <translation>Pourquoi *</translation>
        </message>
        <message>
            <source>Say why (the note is kept with the correction).</source>
            <translation>Indiquez pourquoi (la remarque est conservée avec la correction).</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>&lt;b&gt;facilitator met an unexpected error.&lt;/b&gt;&lt;br&gt;What was saved before it is safe. Please copy the details below and send them to whoever supports the application, with a word on what you were doing.</source>
            <translation>&lt;b&gt;facilitator a rencontré une erreur inattendue.&lt;/b&gt;&lt;br&gt;Ce qui avait été enregistré auparavant est en sécurité. Copiez les détails ci-dessous et envoyez-les à la personne qui assure le support de l'application, avec un mot sur ce que vous faisiez.</translation>
        </message>
        <message>
            <source>Copy the details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Quit facilitator</source>
            <translation>Quitter facilitator</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
    </context>
    <context>
        <name>DeskActions</name>
        <message>
            <source>This badge belongs to someone removed from the roster: nobody signed in.</source>
            <translation>Ce badge est celui d'une personne retirée de la liste : aucune arrivée n'est enregistrée.</translation>
        </message>
        <message>
            <source>{name} has already arrived, at {time} ({desk}).</source>
            <translation>{name} est déjà arrivé·e, à {time} ({desk}).</translation>
        </message>
        <message>
            <source>{name} has already arrived, at {time}.</source>
            <translation>{name} est déjà arrivé·e, à {time}.</translation>
        </message>
        <message>
            <source>Welcome back, {name} ({time}).</source>
            <translation>De retour : {name} ({time}).</translation>
        </message>
        <message>
            <source>✓ {name} — arrival recorded at {time}.</source>
            <translation>✓ {name} — arrivée enregistrée à {time}.</translation>
        </message>
        <message>
            <source>{name} is not in the room: nothing recorded.</source>
            <translation>{name} n'est pas dans la salle : rien n'est enregistré.</translation>
        </message>
        <message>
            <source>{name} — departure recorded at {time}.</source>
            <translation>{name} — départ enregistré à {time}.</translation>
        </message>
        <message>
            <source>Find the person first (type their name), then {key}.</source>
            <translation>Cherchez d'abord la personne (tapez son nom), puis {key}.</translation>
        </message>
        <message>
            <source>arrival</source>
            <translation>arrivée</translation>
        </message>
        <message>
            <source>departure</source>
            <translation>départ</translation>
        </message>
        <message>
            <source>Corrected: {what} of {name} at {time} ({note}).</source>
            <translation>Corrigé : {what} de {name} à {time} ({note}).</translation>
        </message>
        <message>
            <source>✓ {name} — registered and signed in at {time} (to review).</source>
            <translation>✓ {name} — inscrit·e et arrivé·e à {time} (fiche à vérifier).</translation>
        </message>
        <message>
            <source>Nothing to undo on this computer.</source>
            <translation>Rien à annuler sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Cancelled: the last action ({what} at {time}) of someone since removed from the roster.</source>
            <translation>Annulé : la dernière action ({what} à {time}) d'une personne retirée depuis de la liste.</translation>
        </message>
        <message>
            <source>Cancelled: {what} of {name} at {time}.</source>
            <translation>Annulé : {what} de {name} à {time}.</translation>
        </message>
        <message>
            <source>Session created.</source>
            <translation>Séance créée.</translation>
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
            <translation>Imprimer les badges</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved in {path}.</source>
            <translation>
                <numerusform>%n badge enregistré dans {path}.</numerusform>
                <numerusform>%n badges enregistrés dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signature sheet (filled)</source>
            <translation>Émargement rempli</translation>
        </message>
        <message>
            <source>Signature sheet</source>
            <translation>Émargement</translation>
        </message>
        <message>
            <source>Print the signature sheet</source>
            <translation>Imprimer la feuille d'émargement</translation>
        </message>
        <message numerus="yes">
            <source>Signature sheet of %n person(s) saved in {path}.</source>
            <translation>
                <numerusform>Feuille d'émargement de %n personne enregistrée dans {path}.</numerusform>
                <numerusform>Feuille d'émargement de %n personnes enregistrée dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Find the person first (type their name), then print.</source>
            <translation>Cherchez d'abord la personne (tapez son nom), puis imprimez.</translation>
        </message>
        <message>
            <source>{name} did not sign in at this session: no attestation.</source>
            <translation>{name} n'a pas émargé à cette séance : pas d'attestation.</translation>
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
            <translation>Attestation enregistrée dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>DeskFigures</name>
        <message>
            <source>Quorum reached ({required} required)</source>
            <translation>Quorum atteint ({required} requis)</translation>
        </message>
        <message numerus="yes">
            <source>Quorum not reached: %n more person(s) needed</source>
            <translation>
                <numerusform>Quorum non atteint : il manque %n personne</numerusform>
                <numerusform>Quorum non atteint : il manque %n personnes</numerusform>
            </translation>
        </message>
        <message>
            <source>By role</source>
            <translation>Par rôle</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>Par genre</translation>
        </message>
        <message>
            <source>present / expected</source>
            <translation>présent·es / attendu·es</translation>
        </message>
        <message numerus="yes">
            <source>%n left</source>
            <translation>
                <numerusform>%n parti·e</numerusform>
                <numerusform>%n parti·es</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late arrival(s)</source>
            <translation>
                <numerusform>%n arrivée en retard</numerusform>
                <numerusform>%n arrivées en retard</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>late arrival</source>
            <translation>arrivée en retard</translation>
        </message>
        <message>
            <source>{number} days (a fraction)</source>
            <translation>{number} journée</translation>
        </message>
        <message>
            <source>{number} half-days (a fraction)</source>
            <translation>{number} demi-journée</translation>
        </message>
        <message>
            <source>{number} sessions (a fraction)</source>
            <translation>{number} séance</translation>
        </message>
        <message numerus="yes">
            <source>{number} day(s)</source>
            <translation>
                <numerusform>{number} journée</numerusform>
                <numerusform>{number} journées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number} half-day(s)</source>
            <translation>
                <numerusform>{number} demi-journée</numerusform>
                <numerusform>{number} demi-journées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number} session(s)</source>
            <translation>
                <numerusform>{number} séance</numerusform>
                <numerusform>{number} séances</numerusform>
            </translation>
        </message>
        <message>
            <source>Rate: {rate} {unit}</source>
            <translation>Taux : {rate} {unit}</translation>
        </message>
        <message>
            <source>a lone half-day is worth {share}</source>
            <translation>une demi-journée seule vaut {share}</translation>
        </message>
        <message>
            <source>annual cap {cap}</source>
            <translation>plafond annuel {cap}</translation>
        </message>
        <message>
            <source>fractions of a cent rounded down</source>
            <translation>fractions de centime arrondies au centime inférieur</translation>
        </message>
        <message>
            <source>child care on proof, at most {cap} an hour</source>
            <translation>garde d'enfants sur justificatif, au plus {cap} de l'heure</translation>
        </message>
        <message>
            <source>Kilometric rates: {reference}</source>
            <translation>Barème kilométrique : {reference}</translation>
        </message>
        <message>
            <source>Session of the assembly</source>
            <translation>Séance de l'assemblée</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Engagement</name>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Tranche d'âge</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Drawn or volunteer</source>
            <translation>Tiré·e au sort ou volontaire</translation>
        </message>
        <message>
            <source>Present at each session, by gender</source>
            <translation>Présent·es à chaque séance, par genre</translation>
        </message>
        <message>
            <source>Present at each session, by age band</source>
            <translation>Présent·es à chaque séance, par tranche d'âge</translation>
        </message>
        <message>
            <source>Present at each session, by neighbourhood</source>
            <translation>Présent·es à chaque séance, par quartier</translation>
        </message>
        <message>
            <source>Present at each session, drawn or volunteer</source>
            <translation>Présent·es à chaque séance, tiré·es au sort ou volontaires</translation>
        </message>
        <message>
            <source>Age unknown</source>
            <translation>Âge inconnu</translation>
        </message>
        <message>
            <source>Neighbourhood unknown</source>
            <translation>Quartier inconnu</translation>
        </message>
        <message>
            <source>Present ({span})</source>
            <translation>Présent·e ({span})</translation>
        </message>
        <message>
            <source>Left early, morning only ({span})</source>
            <translation>Parti·e tôt, le matin seulement ({span})</translation>
        </message>
        <message>
            <source>Arrived late, afternoon only ({span})</source>
            <translation>Arrivé·e tard, l'après-midi seulement ({span})</translation>
        </message>
        <message>
            <source>Came briefly, no half-day counted ({span})</source>
            <translation>Passé·e brièvement, aucune demi-journée comptée ({span})</translation>
        </message>
        <message>
            <source>Other roles</source>
            <translation>Autres rôles</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent·e</translation>
        </message>
        <message>
            <source> — arrived after the start</source>
            <translation> — arrivé·e après le début</translation>
        </message>
        <message>
            <source> — came without being expected</source>
            <translation> — venu·e sans être attendu·e</translation>
        </message>
    </context>
    <context>
        <name>EngagementWorkspace</name>
        <message>
            <source>&amp;Residents only (drawn and volunteers)</source>
            <translation>Habitant·es &amp;seulement (tiré·es au sort et volontaires)</translation>
        </message>
        <message>
            <source>&amp;To call</source>
            <translation>À &amp;rappeler</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Indicateurs</translation>
        </message>
        <message numerus="yes">
            <source>List copied: %n person(s), ready to paste.</source>
            <translation>
                <numerusform>Liste copiée : %n personne, prête à coller.</numerusform>
                <numerusform>Liste copiée : %n personnes, prête à coller.</numerusform>
            </translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Chercher une personne</translation>
        </message>
        <message>
            <source>Search a name or a badge number ({key})</source>
            <translation>Rechercher un nom ou un n° de badge ({key})</translation>
        </message>
        <message>
            <source>Open an assembly first.</source>
            <translation>Ouvrez d'abord une assemblée.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) counted.</source>
            <translation>
                <numerusform>%n séance comptée.</numerusform>
                <numerusform>%n séances comptées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n past session(s) without any arrival recorded in the application: not counted.</source>
            <translation>
                <numerusform>%n séance passée sans aucune arrivée enregistrée dans l'application : non comptée.</numerusform>
                <numerusform>%n séances passées sans aucune arrivée enregistrée dans l'application : non comptées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the roster file</source>
            <translation>Choisir le fichier de la liste</translation>
        </message>
        <message>
            <source>A CSV or XLSX export, with one person per line and a header line naming the columns.</source>
            <translation>Un export CSV ou XLSX, avec une personne par ligne et une ligne d'en-tête qui nomme les colonnes.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Import a roster</source>
            <translation>Importer une liste</translation>
        </message>
        <message>
            <source>Rosters ({patterns})</source>
            <translation>Listes ({patterns})</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Rien n'a été importé.</translation>
        </message>
        <message>
            <source>Reading cancelled.</source>
            <translation>Lecture annulée.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) of people</source>
            <translation>
                <numerusform>%n ligne de personne</numerusform>
                <numerusform>%n lignes de personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n colonne</numerusform>
                <numerusform>%n colonnes</numerusform>
            </translation>
        </message>
        <message>
            <source>Spreadsheet read: {lines}, {columns}.</source>
            <translation>Classeur lu : {lines}, {columns}.</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>point-virgule</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>virgule</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>CSV file read: {lines}, {columns}, encoding {encoding}, separator: {separator}.</source>
            <translation>Fichier CSV lu : {lines}, {columns}, encodage {encoding}, séparateur : {separator}.</translation>
        </message>
    </context>
    <context>
        <name>FinanceExport</name>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Unit rate (€)</source>
            <translation>Taux unitaire (€)</translation>
        </message>
        <message>
            <source>Gross (€)</source>
            <translation>Brut (€)</translation>
        </message>
        <message>
            <source>Deductions (€)</source>
            <translation>Retenues (€)</translation>
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
            <translation>Indemnités kilométriques (€)</translation>
        </message>
        <message>
            <source>Tickets (€)</source>
            <translation>Billets (€)</translation>
        </message>
        <message>
            <source>Child care (€)</source>
            <translation>Garde d'enfants (€)</translation>
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
            <translation>Personne n'a la parole</translation>
        </message>
        <message>
            <source>(someone removed from the roster)</source>
            <translation>(retirée de la liste des participant·es)</translation>
        </message>
        <message>
            <source>{name} resumes afterwards</source>
            <translation>{name} reprendra ensuite</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <source>F5: to the first in the queue</source>
            <translation>F5 : à la personne suivante</translation>
        </message>
        <message>
            <source>by override</source>
            <translation>par dérogation</translation>
        </message>
        <message>
            <source>Elapsed {elapsed} of {planned}</source>
            <translation>Écoulé {elapsed} sur {planned}</translation>
        </message>
        <message>
            <source>In this phase: {time}</source>
            <translation>Dans cette phase : {time}</translation>
        </message>
        <message>
            <source>Budget shared by the role ({role}): {left} left of {allowed}</source>
            <translation>Budget commun ({role}) : reste {left} sur {allowed}</translation>
        </message>
        <message>
            <source>Budget shared by the role ({role}): &lt;b&gt;over by {over}&lt;/b&gt; (of {allowed})</source>
            <translation>Budget commun ({role}) : &lt;b&gt;dépassé de {over}&lt;/b&gt; (sur {allowed})</translation>
        </message>
        <message>
            <source>Budget ({role}): {left} left of {allowed}</source>
            <translation>Budget ({role}) : reste {left} sur {allowed}</translation>
        </message>
        <message>
            <source>Budget ({role}): &lt;b&gt;over by {over}&lt;/b&gt; (of {allowed})</source>
            <translation>Budget ({role}) : &lt;b&gt;dépassé de {over}&lt;/b&gt; (sur {allowed})</translation>
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message>
            <source>Absent from at &amp;least their last</source>
            <translation>Absent·es au &amp;moins à leurs</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>dernières séances</translation>
        </message>
        <message>
            <source>&amp;Copy the list</source>
            <translation>&amp;Copier la liste</translation>
        </message>
        <message>
            <source>Copy as a table, to paste into a spreadsheet or an e-mail</source>
            <translation>Copier sous forme de tableau, à coller dans un tableur ou un courriel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role or recruitment</source>
            <translation>Rôle ou recrutement</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Absences in a row</source>
            <translation>Absences d'affilée</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Vu·e pour la dernière fois</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) to call</source>
            <translation>
                <numerusform>%n personne à rappeler</numerusform>
                <numerusform>%n personnes à rappeler</numerusform>
            </translation>
        </message>
        <message>
            <source>No session has been run yet: the list fills once arrivals are recorded.</source>
            <translation>Aucune séance n'a encore eu lieu : la liste se remplit dès que des arrivées sont enregistrées.</translation>
        </message>
        <message numerus="yes">
            <source>Nobody missed their last %n session(s).</source>
            <translation>
                <numerusform>Personne n'a manqué sa dernière séance.</numerusform>
                <numerusform>Personne n'a manqué ses %n dernières séances.</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>Role or recruitment</source>
            <translation>Rôle ou recrutement</translation>
        </message>
        <message>
            <source>Sessions attended: {attended} of {counted}</source>
            <translation>Séances suivies : {attended} sur {counted}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>✓ present · ½ half a day (arrived late or left early) · ◦ came briefly · ✗ absent · blank: not expected at that session</source>
            <translation>✓ présent·e · ½ une demi-journée (arrivé·e tard ou parti·e tôt) · ◦ passé·e brièvement · ✗ absent·e · vide : non attendu·e à cette séance</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n person(s) imported.</source>
            <translation>
                <numerusform>%n personne importée.</numerusform>
                <numerusform>%n personnes importées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) to import.</source>
            <translation>
                <numerusform>%n personne à importer.</numerusform>
                <numerusform>%n personnes à importer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) rejected:</source>
            <translation>
                <numerusform>%n ligne rejetée :</numerusform>
                <numerusform>%n lignes rejetées :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) of likely duplicates (imported, to check):</source>
            <translation>
                <numerusform>%n groupe de doublons probables (importés, à vérifier) :</numerusform>
                <numerusform>%n groupes de doublons probables (importés, à vérifier) :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) repeated exactly, imported once:</source>
            <translation>
                <numerusform>%n ligne répétée à l'identique, importée une seule fois :</numerusform>
                <numerusform>%n lignes répétées à l'identique, importées une seule fois :</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {line}: same as line {first}</source>
            <translation>Ligne {line} : identique à la ligne {first}</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) already in the assembly, not imported again:</source>
            <translation>
                <numerusform>%n ligne déjà dans l'assemblée, non réimportée :</numerusform>
                <numerusform>%n lignes déjà dans l'assemblée, non réimportées :</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {line}: {name}</source>
            <translation>Ligne {line} : {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) corrected:</source>
            <translation>
                <numerusform>%n ligne corrigée :</numerusform>
                <numerusform>%n lignes corrigées :</numerusform>
            </translation>
        </message>
        <message>
            <source>New sub-bodies: {names}</source>
            <translation>Nouvelles sous-instances : {names}</translation>
        </message>
        <message numerus="yes">
            <source>line(s) {lines}</source>
            <translation>
                <numerusform>ligne {lines}</numerusform>
                <numerusform>lignes {lines}</numerusform>
            </translation>
        </message>
        <message>
            <source> and, already in the assembly: {names}</source>
            <translation> et, déjà dans l'assemblée : {names}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a roster</source>
            <translation>Importer une liste</translation>
        </message>
    </context>
    <context>
        <name>IndemnityDocuments</name>
        <message>
            <source>Print the état liquidatif</source>
            <translation>Imprimer l'état liquidatif</translation>
        </message>
        <message>
            <source>Indemnity statement</source>
            <translation>État liquidatif</translation>
        </message>
        <message>
            <source>Travel claims</source>
            <translation>États de frais</translation>
        </message>
        <message>
            <source>Indemnities</source>
            <translation>Indemnités</translation>
        </message>
        <message>
            <source>État liquidatif saved in {path}.</source>
            <translation>État liquidatif enregistré dans {path}.</translation>
        </message>
        <message>
            <source>États de frais</source>
            <translation>États de frais</translation>
        </message>
        <message>
            <source>Nobody has travel or child care to be paid for this choice: enter the claims first.</source>
            <translation>Personne n'a de frais de déplacement ou de garde à rembourser ici : saisissez d'abord les frais.</translation>
        </message>
        <message>
            <source>Print the états de frais</source>
            <translation>Imprimer les états de frais</translation>
        </message>
        <message numerus="yes">
            <source>%n état(s) de frais saved in {path}.</source>
            <translation>
                <numerusform>%n état de frais enregistré dans {path}.</numerusform>
                <numerusform>%n états de frais enregistrés dans {path}.</numerusform>
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
            <translation>Attestation enregistrée dans {path}.</translation>
        </message>
        <message>
            <source>Export the figures</source>
            <translation>Exporter les montants</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) exported to {path}.</source>
            <translation>
                <numerusform>%n personne exportée dans {path}.</numerusform>
                <numerusform>%n personnes exportées dans {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndemnityStatementDocument</name>
        <message>
            <source>Name</source>
            <translation>Nom et prénom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Séances (présence retenue)</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Rate {unit}</source>
            <translation>Taux {unit}</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Brut</translation>
        </message>
        <message>
            <source>Deductions</source>
            <translation>Retenues</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Frais de déplacement</translation>
        </message>
        <message>
            <source>Child care</source>
            <translation>Garde d'enfants</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{date}: {counted}</source>
            <translation>{date} : {counted}</translation>
        </message>
        <message>
            <source>Total ({people})</source>
            <translation>Total ({people})</translation>
        </message>
        <message>
            <source>Statement closed at the sum of {amount}.</source>
            <translation>Arrêté le présent état à la somme de {amount}.</translation>
        </message>
        <message>
            <source>Certified correct — service rendered</source>
            <translation>Certifié exact — service fait</translation>
        </message>
        <message>
            <source>Done at {town}, on {date}</source>
            <translation>Fait à {town}, le {date}</translation>
        </message>
        <message>
            <source>Signature and stamp</source>
            <translation>Signature et cachet</translation>
        </message>
        <message>
            <source>Indemnity statement</source>
            <translation>État liquidatif</translation>
        </message>
    </context>
    <context>
        <name>IndemnityWorkspace</name>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Brut</translation>
        </message>
        <message>
            <source>Deductions</source>
            <translation>Retenues</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Attendance
counted</source>
            <translation>Présence
retenue</translation>
        </message>
        <message>
            <source>Travel
costs</source>
            <translation>Frais de
déplacement</translation>
        </message>
        <message>
            <source>Child
care</source>
            <translation>Garde
d'enfants</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Pour :</translation>
        </message>
        <message>
            <source>Indemnity rules…</source>
            <translation>Règles d'indemnisation…</translation>
        </message>
        <message>
            <source>Travel and child care…</source>
            <translation>Déplacements et garde d'enfants…</translation>
        </message>
        <message>
            <source>État liquidatif…</source>
            <translation>État liquidatif…</translation>
        </message>
        <message>
            <source>États de frais (travel, child care)…</source>
            <translation>États de frais (déplacements, garde d'enfants)…</translation>
        </message>
        <message>
            <source>Attestation de présence of the selected person…</source>
            <translation>Attestation de présence de la personne sélectionnée…</translation>
        </message>
        <message>
            <source>For a spreadsheet (XLSX)…</source>
            <translation>Pour un tableur (XLSX)…</translation>
        </message>
        <message>
            <source>As CSV (semicolons)…</source>
            <translation>En CSV (points-virgules)…</translation>
        </message>
        <message>
            <source>Year {year} (all sessions)</source>
            <translation>Année {year} (toutes les séances)</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) paid · net {net} · travel {travel} · child care {childcare} · total {total}</source>
            <translation>
                <numerusform>%n personne indemnisée · net {net} · déplacements {travel} · garde d'enfants {childcare} · total {total}</numerusform>
                <numerusform>%n personnes indemnisées · net {net} · déplacements {travel} · garde d'enfants {childcare} · total {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Open an assembly first.</source>
            <translation>Ouvrez d'abord une assemblée.</translation>
        </message>
        <message>
            <source>No session held yet: indemnities appear here once people have been signed in.</source>
            <translation>Aucune séance tenue pour l'instant : les indemnités apparaissent ici dès que des personnes ont émargé.</translation>
        </message>
        <message>
            <source>Nobody to pay for this choice: nobody eligible came, or the rules pay nobody.</source>
            <translation>Personne à indemniser ici : aucune personne éligible n'est venue, ou les règles n'indemnisent personne.</translation>
        </message>
        <message>
            <source>Indemnity rules saved.</source>
            <translation>Règles d'indemnisation enregistrées.</translation>
        </message>
        <message>
            <source>Travel and child care of {name}</source>
            <translation>Déplacements et garde d'enfants de {name}</translation>
        </message>
        <message>
            <source>Claim of {name} saved.</source>
            <translation>Frais de {name} enregistrés.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsView</name>
        <message>
            <source>&amp;Break down by</source>
            <translation>&amp;Détailler par</translation>
        </message>
        <message>
            <source>For each category: present / expected.</source>
            <translation>Par catégorie : présent·es / attendu·es.</translation>
        </message>
        <message>
            <source>No session has been run yet: the indicators appear once arrivals are recorded.</source>
            <translation>Aucune séance n'a encore eu lieu : les indicateurs apparaissent dès que des arrivées sont enregistrées.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu·es</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présent·es</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
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
            <translation>Tour {number} : {where}</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>N° {number}</translation>
        </message>
        <message>
            <source>You host table {number}.</source>
            <translation>Vous animez la table {number}.</translation>
        </message>
        <message>
            <source>Itineraries</source>
            <translation>Itinéraires</translation>
        </message>
    </context>
    <context>
        <name>JoinRoomDialog</name>
        <message>
            <source>Join the room</source>
            <translation>Rejoindre la salle</translation>
        </message>
        <message>
            <source>The hub's screen shows its address and the room's code of the day.</source>
            <translation>L'écran du poste central affiche son adresse et le code de la salle du jour.</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Adresse du poste central</translation>
        </message>
        <message>
            <source>Room code</source>
            <translation>Code de la salle</translation>
        </message>
        <message>
            <source>This laptop's name</source>
            <translation>Nom de cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Link to the central store</source>
            <translation>Relier à la base centrale</translation>
        </message>
        <message>
            <source>The town hall's IT agent registered this computer and gave you an enrolment code (on paper or as a QR code). It serves once.</source>
            <translation>Le service informatique de la mairie a enregistré cet ordinateur et vous a remis un code d'inscription (sur papier ou en QR code). Il ne sert qu'une fois.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Code d'inscription</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Assemblies</source>
            <translation>Assemblées</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participant·es</translation>
        </message>
        <message>
            <source>Sign-in desk</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Speaking time</source>
            <translation>Prise de parole</translation>
        </message>
        <message>
            <source>Small groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Indemnities</source>
            <translation>Indemnités</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Open a database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <source>&amp;Import a roster…</source>
            <translation>&amp;Importer une liste…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About facilitator</source>
            <translation>À &amp;propos de facilitator</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de données : {path}</translation>
        </message>
        <message>
            <source>Import a roster</source>
            <translation>Importer une liste</translation>
        </message>
        <message>
            <source>Open an assembly first: the roster is imported into it.</source>
            <translation>Ouvrez d'abord une assemblée : la liste y sera importée.</translation>
        </message>
        <message>
            <source>Open a database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <source>facilitator databases (*.sqlite)</source>
            <translation>Bases facilitator (*.sqlite)</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Paramètres enregistrés.</translation>
        </message>
        <message>
            <source>About facilitator</source>
            <translation>À propos de facilitator</translation>
        </message>
        <message>
            <source>&lt;h3&gt;facilitator {version}&lt;/h3&gt;&lt;p&gt;Runs a citizens' assembly's plenary day on one laptop, offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;facilitator {version}&lt;/h3&gt;&lt;p&gt;Pour animer la journée plénière d'une assemblée citoyenne sur un seul ordinateur portable, sans connexion.&lt;/p&gt;&lt;p&gt;Licence : EUPL-1.2.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeWords</name>
        <message>
            <source>Merge these two records</source>
            <translation>Fusionner ces deux fiches</translation>
        </message>
        <message>
            <source>Are {first} (no. {first_number}) and {second} (no. {second_number}) one person? The record no. {first_number} is kept: the other's arrivals, turns, sub-bodies and claims go to it, and the other is removed.</source>
            <translation>{first} (n° {first_number}) et {second} (n° {second_number}) sont-ils une seule et même personne ? La fiche n° {first_number} est gardée : les arrivées, prises de parole, instances et demandes de remboursement de l'autre lui reviennent, et l'autre fiche est retirée.</translation>
        </message>
        <message>
            <source>Merged into no. {number}: {name}.</source>
            <translation>Fiches fusionnées dans le n° {number} : {name}.</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) of the removed record kept apart: check them.</source>
            <translation>
                <numerusform>%n demande de remboursement de la fiche retirée mise de côté : vérifiez-la.</numerusform>
                <numerusform>%n demandes de remboursement de la fiche retirée mises de côté : vérifiez-les.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Full name (SURNAME First name)</source>
            <translation>Nom complet (NOM Prénom)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Année de naissance</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Drawn by lot</source>
            <translation>Tiré·e au sort</translation>
        </message>
        <message>
            <source>Minority (elected officials)</source>
            <translation>Minorité (élu·es)</translation>
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation>Sous-instances</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Accessibility needs</source>
            <translation>Besoins d'accessibilité</translation>
        </message>
        <message>
            <source>Child care needed</source>
            <translation>Garde d'enfants</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Habitant·e</translation>
        </message>
        <message>
            <source>Elected official</source>
            <translation>Élu·e</translation>
        </message>
        <message>
            <source>Municipal staff</source>
            <translation>Agent·e</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert·e</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Animateur·rice</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Volontaire</translation>
        </message>
        <message>
            <source>16–24 years</source>
            <translation>16–24 ans</translation>
        </message>
        <message>
            <source>25–34 years</source>
            <translation>25–34 ans</translation>
        </message>
        <message>
            <source>35–49 years</source>
            <translation>35–49 ans</translation>
        </message>
        <message>
            <source>50–64 years</source>
            <translation>50–64 ans</translation>
        </message>
        <message>
            <source>65 and over</source>
            <translation>65 ans et plus</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>par journée</translation>
        </message>
        <message>
            <source>per half-day</source>
            <translation>par demi-journée</translation>
        </message>
        <message>
            <source>per session</source>
            <translation>par séance</translation>
        </message>
        <message>
            <source>half the daily rate</source>
            <translation>la moitié du taux journalier</translation>
        </message>
        <message>
            <source>the whole daily rate</source>
            <translation>le taux journalier entier</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>None claimed</source>
            <translation>Aucun frais</translation>
        </message>
        <message>
            <source>Public transport</source>
            <translation>Transports en commun</translation>
        </message>
        <message>
            <source>Own car</source>
            <translation>Voiture personnelle</translation>
        </message>
        <message>
            <source>Motorcycle</source>
            <translation>Moto</translation>
        </message>
        <message>
            <source>Moped or scooter</source>
            <translation>Cyclomoteur ou scooter</translation>
        </message>
        <message>
            <source>Bicycle or on foot</source>
            <translation>Vélo ou à pied</translation>
        </message>
        <message>
            <source>This code is not a badge of facilitator.</source>
            <translation>Ce code n'est pas un badge de facilitator.</translation>
        </message>
        <message>
            <source>The badge was read incompletely or is damaged: scan it again, or type the name.</source>
            <translation>Le badge a été lu en partie ou il est abîmé : scannez-le à nouveau, ou tapez le nom.</translation>
        </message>
        <message>
            <source>This badge was not issued by this assembly (or it is forged): nobody was signed in.</source>
            <translation>Ce badge n'a pas été émis par cette assemblée (ou il est contrefait) : aucune arrivée n'est enregistrée.</translation>
        </message>
        <message>
            <source>Elected officials do not ask for the floor in this phase.</source>
            <translation>Les élu·es ne demandent pas la parole dans cette phase.</translation>
        </message>
        <message>
            <source>This role has no speaking time in this phase.</source>
            <translation>Ce rôle n'a pas de temps de parole dans cette phase.</translation>
        </message>
        <message>
            <source>This role's speaking time for the phase is used up.</source>
            <translation>Le temps de parole de ce rôle pour cette phase est épuisé.</translation>
        </message>
        <message>
            <source>Point of order</source>
            <translation>Motion d'ordre</translation>
        </message>
        <message>
            <source>Interposed question</source>
            <translation>Question interposée</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Contribution</translation>
        </message>
        <message>
            <source>Short intervention</source>
            <translation>Intervention courte</translation>
        </message>
        <message>
            <source>In the order of the requests</source>
            <translation>Dans l'ordre des demandes</translation>
        </message>
        <message>
            <source>People who have not spoken yet first</source>
            <translation>Priorité à qui n'a pas encore parlé</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>This file is neither a text file (CSV) nor a spreadsheet: it looks like a binary file.</source>
            <translation>Ce fichier n'est ni un fichier texte (CSV) ni un classeur : il semble binaire.</translation>
        </message>
        <message>
            <source>The file's encoding is not recognised: byte {byte} on line {line} is neither UTF-8 nor Windows (cp1252). Save the file again as "CSV UTF-8".</source>
            <translation>L'encodage du fichier n'est pas reconnu : l'octet {byte} de la ligne {line} n'est ni de l'UTF-8 ni du Windows (cp1252). Enregistrez à nouveau le fichier au format « CSV UTF-8 ».</translation>
        </message>
        <message>
            <source>The file mixes two encodings: line {line} is written in Windows encoding (cp1252) while other lines are in UTF-8, so some names would come out wrong. Save the file again as "CSV UTF-8".</source>
            <translation>Le fichier mélange deux encodages : la ligne {line} est en encodage Windows (cp1252) alors que d'autres lignes sont en UTF-8, si bien que des noms seraient mal écrits. Enregistrez de nouveau le fichier au format « CSV UTF-8 ».</translation>
        </message>
        <message>
            <source>The file was already damaged by a wrong conversion: line {line} contains "{sample}" where "{meant}" was meant. Export it again from the original spreadsheet.</source>
            <translation>Le fichier a déjà été abîmé par une mauvaise conversion : la ligne {line} contient « {sample} » au lieu de « {meant} ». Exportez-le à nouveau depuis le tableur d'origine.</translation>
        </message>
        <message>
            <source>The file is too large ({size} MB, at most {limit} MB).</source>
            <translation>Le fichier est trop volumineux ({size} Mo, au plus {limit} Mo).</translation>
        </message>
        <message>
            <source>The file is damaged and cannot be read. Open it in your spreadsheet program and save it again as XLSX or CSV.</source>
            <translation>Le fichier est abîmé et ne peut pas être lu. Ouvrez-le dans votre tableur et enregistrez-le de nouveau au format XLSX ou CSV.</translation>
        </message>
        <message>
            <source>From line {line} on, the file cannot be read: a quotation mark (") opens a cell that is not closed properly. Correct that line in the spreadsheet program and export the file again.</source>
            <translation>À partir de la ligne {line}, le fichier ne peut pas être lu : un guillemet (") ouvre une cellule qui n'est pas correctement refermée. Corrigez cette ligne dans le tableur et exportez de nouveau le fichier.</translation>
        </message>
        <message>
            <source>{field}: longer than 40 characters, it would not print</source>
            <translation>{field} : plus de 40 caractères, il ne s'imprimerait pas</translation>
        </message>
        <message>
            <source>{field}: "{value}" holds characters the documents cannot print; write it in Latin letters</source>
            <translation>{field} : « {value} » contient des caractères que les documents ne peuvent pas imprimer ; écrivez-le en lettres latines</translation>
        </message>
        <message>
            <source>This file is not a facilitator database: it was left as it is. Choose another file: {detail}</source>
            <translation>Ce fichier n'est pas une base de données facilitator : il a été laissé tel quel. Choisissez un autre fichier : {detail}</translation>
        </message>
        <message>
            <source>The database's tables do not match the version it records ({detail}): it was left as it is. Restore a backup, or ask for help.</source>
            <translation>Les tables de la base ne correspondent pas à la version qu'elle indique ({detail}) : elle a été laissée telle quelle. Restaurez une sauvegarde ou demandez de l'aide.</translation>
        </message>
        <message>
            <source>The synchronisation service cannot be reached (no network, or the server is stopped). Nothing was lost: the changes wait on this computer. Try again later. ({detail})</source>
            <translation>Le service de synchronisation est injoignable (pas de réseau, ou serveur arrêté). Rien n'est perdu : les modifications attendent sur cet ordinateur. Réessayez plus tard. ({detail})</translation>
        </message>
        <message>
            <source>This file is not a facilitator bundle: nothing was applied.</source>
            <translation>Ce fichier n'est pas un paquet de synchronisation facilitator : rien n'a été appliqué.</translation>
        </message>
        <message>
            <source>This bundle is incomplete (a copy cut short?): nothing was applied. Copy it again.</source>
            <translation>Ce paquet est incomplet (une copie interrompue ?) : rien n'a été appliqué. Copiez-le à nouveau.</translation>
        </message>
        <message>
            <source>This bundle was altered after it was written: nothing was applied. Write it again.</source>
            <translation>Ce paquet a été modifié après son écriture : rien n'a été appliqué. Écrivez-le à nouveau.</translation>
        </message>
        <message>
            <source>This bundle unpacks to far too much: nothing was applied.</source>
            <translation>Ce paquet se décompresse en beaucoup trop de données : rien n'a été appliqué.</translation>
        </message>
        <message>
            <source>This bundle belongs to another town hall's central store: nothing was applied.</source>
            <translation>Ce paquet appartient à la base centrale d'une autre mairie : rien n'a été appliqué.</translation>
        </message>
        <message>
            <source>This bundle was written by a newer version of facilitator: update this one first.</source>
            <translation>Ce paquet a été écrit par une version plus récente de facilitator : mettez d'abord celle-ci à jour.</translation>
        </message>
        <message>
            <source>At most 500 people can be planned in small groups.</source>
            <translation>Au plus 500 personnes peuvent être réparties en petits groupes.</translation>
        </message>
        <message>
            <source>A table seats at most 30 people.</source>
            <translation>Une table accueille au plus 30 personnes.</translation>
        </message>
        <message>
            <source>{path} is a database (or one of its files): the document was not written over it. Choose another file name.</source>
            <translation>{path} est une base de données (ou l'un de ses fichiers) : le document n'a pas été écrit à sa place. Choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>The file has too many lines ({rows}, at most {limit}).</source>
            <translation>Le fichier a trop de lignes ({rows}, au plus {limit}).</translation>
        </message>
        <message>
            <source>The file has too many columns ({columns}, at most {limit}).</source>
            <translation>Le fichier a trop de colonnes ({columns}, au plus {limit}).</translation>
        </message>
        <message>
            <source>The file has a header line but nobody in it.</source>
            <translation>Le fichier a une ligne d'en-tête mais personne dedans.</translation>
        </message>
        <message>
            <source>Files of type "{suffix}" cannot be imported: choose a CSV or XLSX file.</source>
            <translation>Les fichiers « {suffix} » ne peuvent pas être importés : choisissez un fichier CSV ou XLSX.</translation>
        </message>
        <message>
            <source>The spreadsheet is abnormally large once unpacked; it was refused for safety.</source>
            <translation>Le classeur est anormalement volumineux une fois décompressé ; il a été refusé par sécurité.</translation>
        </message>
        <message>
            <source>No column holds the names: choose a "Last name" and a "First name" column, or a "Full name" column.</source>
            <translation>Aucune colonne ne contient les noms : choisissez une colonne « Nom » et une colonne « Prénom », ou une colonne « Nom complet ».</translation>
        </message>
        <message>
            <source>"{field}" is chosen for two columns: "{first}" and "{second}".</source>
            <translation>« {field} » est choisi pour deux colonnes : « {first} » et « {second} ».</translation>
        </message>
        <message>
            <source>first name missing</source>
            <translation>prénom manquant</translation>
        </message>
        <message>
            <source>last name missing</source>
            <translation>nom manquant</translation>
        </message>
        <message>
            <source>last and first name cannot be told apart in "{value}" (write the last name in capitals)</source>
            <translation>impossible de distinguer nom et prénom dans « {value} » (écrivez le nom en majuscules)</translation>
        </message>
        <message>
            <source>{field}: "{value}" contains digits other than 0-9 (Arabic-Indic, full-width…)</source>
            <translation>{field} : « {value} » contient des chiffres autres que 0 à 9 (arabes orientaux, pleine chasse…)</translation>
        </message>
        <message>
            <source>invalid phone number "{value}"</source>
            <translation>numéro de téléphone « {value} » invalide</translation>
        </message>
        <message>
            <source>invalid e-mail address "{value}"</source>
            <translation>adresse de courriel « {value} » invalide</translation>
        </message>
        <message>
            <source>invalid postcode "{value}" (five digits expected)</source>
            <translation>code postal « {value} » invalide (cinq chiffres attendus)</translation>
        </message>
        <message>
            <source>birth year "{value}" not understood</source>
            <translation>année de naissance « {value} » incompréhensible</translation>
        </message>
        <message>
            <source>impossible birth year "{value}"</source>
            <translation>année de naissance « {value} » impossible</translation>
        </message>
        <message>
            <source>gender "{value}" not recognised (F, H, other…)</source>
            <translation>genre « {value} » non reconnu (F, H, autre…)</translation>
        </message>
        <message>
            <source>role "{value}" not recognised</source>
            <translation>rôle « {value} » non reconnu</translation>
        </message>
        <message>
            <source>{field}: "{value}" is neither yes nor no</source>
            <translation>{field} : « {value} » n'est ni oui ni non</translation>
        </message>
        <message>
            <source>{field}: text too long</source>
            <translation>{field} : texte trop long</translation>
        </message>
        <message>
            <source>{field}: invisible control characters</source>
            <translation>{field} : caractères de contrôle invisibles</translation>
        </message>
        <message>
            <source>{field}: a line break inside the name</source>
            <translation>{field} : retour à la ligne au milieu du nom</translation>
        </message>
        <message>
            <source>more cells than columns ("{value}" after the last column)</source>
            <translation>plus de cellules que de colonnes (« {value} » après la dernière colonne)</translation>
        </message>
        <message>
            <source>leading zero of the phone number restored: {value}</source>
            <translation>zéro initial du téléphone rétabli : {value}</translation>
        </message>
        <message>
            <source>leading zero of the postcode restored: {value}</source>
            <translation>zéro initial du code postal rétabli : {value}</translation>
        </message>
        <message>
            <source>The database is busy in another window or program. Close it, then try again.</source>
            <translation>La base de données est occupée par une autre fenêtre ou un autre programme. Fermez cette fenêtre ou ce programme, puis réessayez.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space, then try again.</source>
            <translation>Le disque est plein : rien n'a été enregistré. Libérez de la place, puis réessayez.</translation>
        </message>
        <message>
            <source>The database cannot be written: the file or its folder is read-only.</source>
            <translation>La base de données ne peut pas être modifiée : le fichier ou son dossier est en lecture seule.</translation>
        </message>
        <message>
            <source>Invalid key or damaged file: the database cannot be read. Nothing was changed.</source>
            <translation>Clé invalide ou fichier endommagé : la base de données ne peut pas être lue. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The database cannot be reached (was a disk or USB stick removed?).</source>
            <translation>La base de données est inaccessible (un disque ou une clé USB a-t-il été retiré ?).</translation>
        </message>
        <message>
            <source>This database was written by a newer version of facilitator: update the application first.</source>
            <translation>Cette base a été écrite par une version plus récente de facilitator : mettez d'abord l'application à jour.</translation>
        </message>
        <message>
            <source>The file cannot be read: {detail}</source>
            <translation>Le fichier ne peut pas être lu : {detail}</translation>
        </message>
        <message>
            <source>The file does not exist: {detail}</source>
            <translation>Le fichier n'existe pas : {detail}</translation>
        </message>
        <message>
            <source>The file cannot be written: {detail}</source>
            <translation>Le fichier ne peut pas être écrit : {detail}</translation>
        </message>
        <message>
            <source>The central store's schema is not this version's (it is at {detail}): run "facilitator central init" with this version first.</source>
            <translation>Le schéma de la base centrale n'est pas celui de cette version (il en est à {detail}) : lancez d'abord « facilitator central init » avec cette version.</translation>
        </message>
        <message>
            <source>There must be at least one table.</source>
            <translation>Il faut au moins une table.</translation>
        </message>
        <message>
            <source>There must be at least one round.</source>
            <translation>Il faut au moins un tour.</translation>
        </message>
        <message>
            <source>At most 20 rounds can be planned.</source>
            <translation>On peut planifier au plus 20 tours.</translation>
        </message>
        <message>
            <source>Every table must seat at least one person.</source>
            <translation>Chaque table doit avoir au moins une place.</translation>
        </message>
        <message>
            <source>The tables do not have enough seats for everyone: add tables or seats.</source>
            <translation>Les tables n'ont pas assez de places pour tout le monde : ajoutez des tables ou des places.</translation>
        </message>
        <message>
            <source>One person cannot host two tables.</source>
            <translation>Une même personne ne peut pas animer deux tables.</translation>
        </message>
        <message>
            <source>A table host is not in the room: choose another host or none.</source>
            <translation>Un·e hôte de table n'est pas dans la salle : choisissez un·e autre hôte, ou aucun·e.</translation>
        </message>
        <message>
            <source>A host cannot stay at a table other than the one they host.</source>
            <translation>Un·e hôte ne peut pas rester à une autre table que celle qu'il ou elle anime.</translation>
        </message>
        <message>
            <source>Two people cannot be kept both apart and together.</source>
            <translation>Deux personnes ne peuvent pas être à la fois séparées et ensemble.</translation>
        </message>
        <message>
            <source>Set up the tables and rounds first.</source>
            <translation>Paramétrez d'abord les tables et les tours.</translation>
        </message>
        <message>
            <source>There is no plan yet: plan the rounds first.</source>
            <translation>Il n'y a pas encore de plan : planifiez d'abord les tours.</translation>
        </message>
        <message>
            <source>This person has no seat in this round.</source>
            <translation>Cette personne n'a pas de place à ce tour.</translation>
        </message>
        <message>
            <source>The tables changed since the plan was made: make a new plan.</source>
            <translation>Les tables ont changé depuis le plan : faites un nouveau plan.</translation>
        </message>
        <message>
            <source>Someone is to stay at a table that does not exist: choose one of the tables.</source>
            <translation>Une personne doit rester à une table qui n'existe pas : choisissez l'une des tables.</translation>
        </message>
        <message>
            <source>Nobody is in the room: there is no one to seat.</source>
            <translation>Personne n'est dans la salle : il n'y a personne à placer.</translation>
        </message>
        <message>
            <source>The plan has no such round.</source>
            <translation>Ce tour n'existe pas dans le plan.</translation>
        </message>
        <message>
            <source>This session is on {date}, not today: nothing recorded. Choose today's session or create it.</source>
            <translation>Cette séance est celle du {date}, pas d'aujourd'hui : rien n'est enregistré. Choisissez la séance du jour ou créez-la.</translation>
        </message>
        <message>
            <source>full day</source>
            <translation>journée</translation>
        </message>
        <message>
            <source>morning</source>
            <translation>matin</translation>
        </message>
        <message>
            <source>afternoon</source>
            <translation>après-midi</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>non retenue</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <source>Line {line}: {problems}</source>
            <translation>Ligne {line} : {problems}</translation>
        </message>
    </context>
    <context>
        <name>MinutesWords</name>
        <message>
            <source>Method</source>
            <translation>Mode de scrutin</translation>
        </message>
        <message>
            <source>Grades, worst first</source>
            <translation>Mentions, de la pire à la meilleure</translation>
        </message>
        <message>
            <source>Grade of a row left empty</source>
            <translation>Mention d’une ligne laissée vide</translation>
        </message>
        <message>
            <source>Majority</source>
            <translation>Majorité</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Voters present</source>
            <translation>Votants présents</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Signatures on the émargement</source>
            <translation>Émargements</translation>
        </message>
        <message>
            <source>Kits handed out</source>
            <translation>Jeux de bulletins distribués</translation>
        </message>
        <message>
            <source>Envelopes in the box (votants)</source>
            <translation>Enveloppes dans l’urne (votants)</translation>
        </message>
        <message>
            <source>Blank</source>
            <translation>Blancs</translation>
        </message>
        <message>
            <source>Void (nuls)</source>
            <translation>Nuls</translation>
        </message>
        <message>
            <source>Votes cast (suffrages exprimés)</source>
            <translation>Suffrages exprimés</translation>
        </message>
        <message>
            <source>Still for the counters to decide</source>
            <translation>Restant à décider par les scrutateurs</translation>
        </message>
        <message>
            <source>President</source>
            <translation>Président·e</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secrétaire</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>Scrutateur·rices</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Scrutateur·rice</translation>
        </message>
        <message numerus="yes">
            <source>(provisional: %n ballot(s) still to decide)</source>
            <translation>
                <numerusform>(provisoire : %n bulletin reste à décider)</numerusform>
                <numerusform>(provisoire : %n bulletins restent à décider)</numerusform>
            </translation>
        </message>
        <message>
            <source>none set</source>
            <translation>aucun fixé</translation>
        </message>
        <message>
            <source>reached ({present} present, {required} required)</source>
            <translation>atteint ({present} présents, {required} requis)</translation>
        </message>
        <message>
            <source>NOT reached ({present} present, {required} required)</source>
            <translation>NON atteint ({present} présents, {required} requis)</translation>
        </message>
        <message>
            <source>Nothing counted yet.</source>
            <translation>Rien n’est encore compté.</translation>
        </message>
        <message>
            <source>Counted from {start} to {end}.</source>
            <translation>Dépouillement de {start} à {end}.</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Proposition</translation>
        </message>
        <message>
            <source>Majority grade</source>
            <translation>Mention majoritaire</translation>
        </message>
        <message>
            <source>p / q</source>
            <translation>p / q</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Approbations</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Choix</translation>
        </message>
        <message>
            <source>Share of votes cast</source>
            <translation>Part des exprimés</translation>
        </message>
    </context>
    <context>
        <name>NewAssemblyDialog</name>
        <message>
            <source>New assembly</source>
            <translation>Nouvelle assemblée</translation>
        </message>
        <message>
            <source>e.g. Assemblée citoyenne de Villebrune</source>
            <translation>par exemple Assemblée citoyenne de Villebrune</translation>
        </message>
        <message>
            <source>The mandate has set dates</source>
            <translation>Le mandat a des dates fixées</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Collectivité</translation>
        </message>
        <message>
            <source>Mandate from</source>
            <translation>Mandat du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Give the assembly a name.</source>
            <translation>Donnez un nom à l'assemblée.</translation>
        </message>
        <message>
            <source>The mandate must end after it starts.</source>
            <translation>Le mandat doit finir après avoir commencé.</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New session</source>
            <translation>Nouvelle séance</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Matin</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>Après-midi</translation>
        </message>
        <message>
            <source>e.g. Séance plénière</source>
            <translation>ex. : Séance plénière</translation>
        </message>
        <message>
            <source>e.g. Salle des fêtes</source>
            <translation>ex. : Salle des fêtes</translation>
        </message>
        <message>
            <source>The whole assembly</source>
            <translation>Toute l'assemblée</translation>
        </message>
        <message>
            <source>{name} only</source>
            <translation>{name} seulement</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Slots</source>
            <translation>Demi-journées</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Participant·es attendu·es</translation>
        </message>
        <message>
            <source>Tick the morning, the afternoon or both.</source>
            <translation>Cochez le matin, l'après-midi ou les deux.</translation>
        </message>
    </context>
    <context>
        <name>OfficersDialog</name>
        <message>
            <source>Officers of the count</source>
            <translation>Bureau de dépouillement</translation>
        </message>
        <message>
            <source>Names separated by commas</source>
            <translation>Noms séparés par des virgules</translation>
        </message>
        <message>
            <source>President</source>
            <translation>Président·e</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secrétaire</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>Scrutateur·rices</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Note on a mismatch</source>
            <translation>Observation sur un écart</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>Override the rules of the phase</source>
            <translation>Passer outre les règles de la phase</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
            <translation>{name} : {reason}</translation>
        </message>
        <message>
            <source>If you go ahead all the same, say why: the reason is recorded and shown in the session's report.</source>
            <translation>Pour passer outre, dites pourquoi : le motif est enregistré et figure dans le rapport de la séance.</translation>
        </message>
        <message>
            <source>For example: answers a question addressed to the mayor</source>
            <translation>Par exemple : répond à une question posée à la maire</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Passer outre</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Motif *</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDetailPanel</name>
        <message>
            <source>Badge number</source>
            <translation>N° de badge</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Recruitment</source>
            <translation>Recrutement</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Année de naissance</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation>Sous-instances</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibilité</translation>
        </message>
        <message>
            <source>Child care</source>
            <translation>Garde d'enfants</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>Select someone in the list to see everything about them.</source>
            <translation>Sélectionnez une personne dans la liste pour voir toute sa fiche.</translation>
        </message>
        <message>
            <source>minority</source>
            <translation>minorité</translation>
        </message>
        <message>
            <source>majority</source>
            <translation>majorité</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Nécessaire</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Change a participant</source>
            <translation>Modifier un·e participant·e</translation>
        </message>
        <message>
            <source>Add a participant</source>
            <translation>Ajouter un·e participant·e</translation>
        </message>
        <message>
            <source>Member of the municipal minority</source>
            <translation>Membre de la minorité municipale</translation>
        </message>
        <message>
            <source>Needs child care to attend</source>
            <translation>A besoin d'une garde d'enfants pour venir</translation>
        </message>
        <message>
            <source>To review (registered on the spot at the sign-in desk)</source>
            <translation>À vérifier (inscrit·e sur place à l'accueil)</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>Recruitment</source>
            <translation>Recrutement</translation>
        </message>
        <message>
            <source>Postcode and town</source>
            <translation>Code postal et commune</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Naissance</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Recruitment</source>
            <translation>Recrutement</translation>
        </message>
        <message>
            <source>Sub-bodies</source>
            <translation>Sous-instances</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>{recruitment} (to review)</source>
            <translation>{recruitment} (à vérifier)</translation>
        </message>
        <message>
            <source>{role} (minority)</source>
            <translation>{role} (minorité)</translation>
        </message>
    </context>
    <context>
        <name>PeopleChoice</name>
        <message>
            <source>No. {number}</source>
            <translation>n° {number}</translation>
        </message>
        <message>
            <source>not in the room</source>
            <translation>pas dans la salle</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check before importing</source>
            <translation>Vérifier avant d'importer</translation>
        </message>
        <message>
            <source>Nothing is written yet. The import is all or nothing.</source>
            <translation>Rien n'est encore enregistré. L'import se fait en entier ou pas du tout.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Naissance</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Lines to look at:</source>
            <translation>Lignes à regarder :</translation>
        </message>
        <message>
            <source>Checking every line…</source>
            <translation>Vérification de chaque ligne…</translation>
        </message>
        <message>
            <source>Nothing to report: every line is fine.</source>
            <translation>Rien à signaler : toutes les lignes sont correctes.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n person(s) will be imported.&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n personne sera importée.&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n personnes seront importées.&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) rejected (listed below).</source>
            <translation>
                <numerusform>%n ligne rejetée (voir ci-dessous).</numerusform>
                <numerusform>%n lignes rejetées (voir ci-dessous).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) of likely duplicates to check.</source>
            <translation>
                <numerusform>%n groupe de doublons probables à vérifier.</numerusform>
                <numerusform>%n groupes de doublons probables à vérifier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) already imported, skipped.</source>
            <translation>
                <numerusform>%n ligne déjà importée, ignorée.</numerusform>
                <numerusform>%n lignes déjà importées, ignorées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>Import annulé : rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>PrintedCounts</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n présente</numerusform>
                <numerusform>%n présentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) expected</source>
            <translation>
                <numerusform>%n personne attendue</numerusform>
                <numerusform>%n personnes attendues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) paid</source>
            <translation>
                <numerusform>%n bénéficiaire</numerusform>
                <numerusform>%n bénéficiaires</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintedPage</name>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>from {time}</source>
            <translation>à partir de {time}</translation>
        </message>
        <message>
            <source>until {time}</source>
            <translation>jusqu'à {time}</translation>
        </message>
        <message>
            <source>Generated on {date} at {time}</source>
            <translation>Généré le {date} à {time}</translation>
        </message>
        <message>
            <source>From {first} to {last}</source>
            <translation>Du {first} au {last}</translation>
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
            <translation>Impossible de continuer pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Discipline profile</source>
            <translation>Profil de discipline</translation>
        </message>
        <message>
            <source>Elected officials may ask for the floor</source>
            <translation>Les élu·es peuvent demander la parole</translation>
        </message>
        <message>
            <source>Alternate women and men when both are waiting</source>
            <translation>Alterner femmes et hommes quand les deux attendent</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Sans limite</translation>
        </message>
        <message>
            <source>Per person</source>
            <translation>Par personne</translation>
        </message>
        <message>
            <source>Shared by the role</source>
            <translation>En commun pour le rôle</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>A contribution lasts</source>
            <translation>Durée d'une prise de parole</translation>
        </message>
        <message>
            <source>A short intervention, a question or a point of order lasts</source>
            <translation>Durée d'une intervention courte, d'une question ou d'une motion d'ordre</translation>
        </message>
        <message>
            <source>The countdown changes colour when this much is left</source>
            <translation>Le décompte change de couleur quand il reste</translation>
        </message>
        <message>
            <source>Speaking time for the whole phase; 00:00 means no speaking time at all.</source>
            <translation>Temps de parole pour toute la phase ; 00:00 signifie aucun temps de parole.</translation>
        </message>
        <message>
            <source>Budgets per role in the phase</source>
            <translation>Budgets par rôle dans la phase</translation>
        </message>
        <message>
            <source>Order of the queue</source>
            <translation>Ordre de la file</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>File d'attente</translation>
        </message>
    </context>
    <context>
        <name>Quality</name>
        <message>
            <source>Never two elected officials at one table.</source>
            <translation>Jamais deux élu·es à la même table.</translation>
        </message>
        <message numerus="yes">
            <source>%n elected official(s) too many at a table.</source>
            <translation>
                <numerusform>%n élu·e en trop à une table.</numerusform>
                <numerusform>%n élu·es en trop aux tables.</numerusform>
            </translation>
        </message>
        <message>
            <source>Members of staff spread over the tables.</source>
            <translation>Les agent·es sont réparti·es entre les tables.</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) of staff too many at a table.</source>
            <translation>
                <numerusform>%n agent·e en trop à une table.</numerusform>
                <numerusform>%n agent·es en trop aux tables.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody comes back to a table they sat at.</source>
            <translation>Personne ne revient à une table où il ou elle s'est déjà assis·e.</translation>
        </message>
        <message numerus="yes">
            <source>%n return(s) to a table already sat at.</source>
            <translation>
                <numerusform>%n retour à une table déjà visitée.</numerusform>
                <numerusform>%n retours à une table déjà visitée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n host or person who stays seated elsewhere.</source>
            <translation>
                <numerusform>%n hôte ou personne qui reste assise ailleurs.</numerusform>
                <numerusform>%n hôtes ou personnes qui restent assises ailleurs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) two people kept apart share a table.</source>
            <translation>
                <numerusform>%n fois, deux personnes à séparer partagent une table.</numerusform>
                <numerusform>%n fois, deux personnes à séparer partagent une table.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) two people kept together are apart.</source>
            <translation>
                <numerusform>%n fois, deux personnes à garder ensemble sont séparées.</numerusform>
                <numerusform>%n fois, deux personnes à garder ensemble sont séparées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) over a table's capacity.</source>
            <translation>
                <numerusform>%n personne au-delà des places d'une table.</numerusform>
                <numerusform>%n personnes au-delà des places des tables.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s) with tables that differ by more than one person.</source>
            <translation>
                <numerusform>%n tour avec des tables qui diffèrent de plus d'une personne.</numerusform>
                <numerusform>%n tours avec des tables qui diffèrent de plus d'une personne.</numerusform>
            </translation>
        </message>
        <message>
            <source>New faces: every round, all of a person's tablemates are new to them.</source>
            <translation>Nouveaux visages : à chaque tour, toutes les personnes de la table sont nouvelles pour chacun·e.</translation>
        </message>
        <message>
            <source>New faces: at least {least} of a person's tablemates are new each round ({mean} on average).</source>
            <translation>Nouveaux visages : à chaque tour, au moins {least} des voisin·es de table sont nouveaux ({mean} en moyenne).</translation>
        </message>
        <message>
            <source>Seed {seed}: planning again with this seed gives the same plan.</source>
            <translation>Graine {seed} : planifier à nouveau avec cette graine redonne le même plan.</translation>
        </message>
        <message>
            <source>Nobody sits again with someone they already met.</source>
            <translation>Personne ne se retrouve avec quelqu'un de déjà rencontré.</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) two people meet again</source>
            <translation>
                <numerusform>%n fois, deux personnes se retrouvent</numerusform>
                <numerusform>%n fois, deux personnes se retrouvent</numerusform>
            </translation>
        </message>
        <message>
            <source>(at most {times} times the same pair).</source>
            <translation>(au plus {times} fois la même paire).</translation>
        </message>
        <message>
            <source>Unavoidable: the {size} people of a table cannot all go to different tables in the next round with {tables} tables; it takes at least {size}.</source>
            <translation>Inévitable : les {size} personnes d'une table ne peuvent pas toutes aller à des tables différentes au tour suivant avec {tables} tables ; il en faut au moins {size}.</translation>
        </message>
        <message>
            <source>Unavoidable without people meeting again: at a table of {tables} when there are {tables} tables, someone sat there the round before (at least {least}).</source>
            <translation>Inévitable sans que des personnes se retrouvent : à une table de {tables} personnes quand il y a {tables} tables, l'une d'elles y était déjà au tour d'avant (au moins {least}).</translation>
        </message>
        <message>
            <source>Unavoidable: with these tables, at most {limit} rounds can go without anyone meeting again.</source>
            <translation>Inévitable : avec ces tables, au plus {limit} tours sont possibles sans que personne ne se retrouve.</translation>
        </message>
        <message>
            <source>Tables in the room's proportions: gender {gender}, age {age}, drawn or volunteer {drawn}, neighbourhood {area} ({variety} of the neighbourhoods a table could hold).</source>
            <translation>Tables aux proportions de la salle : genre {gender}, âge {age}, tirage au sort ou volontariat {drawn}, quartier {area} ({variety} des quartiers qu'une table peut réunir).</translation>
        </message>
        <message>
            <source>already met someone at this table</source>
            <translation>a déjà rencontré quelqu'un de cette table</translation>
        </message>
        <message>
            <source>too many people of the same role at this table</source>
            <translation>trop de personnes du même rôle à cette table</translation>
        </message>
        <message>
            <source>sits with someone to keep apart</source>
            <translation>est avec une personne dont il faut la séparer</translation>
        </message>
        <message>
            <source>away from someone to keep together</source>
            <translation>est loin d'une personne avec qui la garder</translation>
        </message>
        <message>
            <source>back at a table already sat at</source>
            <translation>revient à une table déjà visitée</translation>
        </message>
        <message>
            <source>should stay at their own table</source>
            <translation>devrait rester à sa table</translation>
        </message>
        <message>
            <source>the table is over its capacity</source>
            <translation>la table dépasse ses places</translation>
        </message>
    </context>
    <context>
        <name>QueueList</name>
        <message>
            <source>(someone removed from the roster)</source>
            <translation>(retirée de la liste des participant·es)</translation>
        </message>
        <message>
            <source>already spoke {time}</source>
            <translation>a déjà parlé {time}</translation>
        </message>
        <message>
            <source>⚠ refused by the rules of the phase</source>
            <translation>⚠ refusé par les règles de la phase</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Import done</source>
            <translation>Import terminé</translation>
        </message>
        <message>
            <source>Copy the report</source>
            <translation>Copier le rapport</translation>
        </message>
        <message>
            <source>Save the report…</source>
            <translation>Enregistrer le rapport…</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>import-report.txt</source>
            <translation>rapport-import.txt</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Texte (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>ResultsWords</name>
        <message>
            <source>Envelopes (votants): &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>Enveloppes (votants) : &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Blank: &lt;b&gt;{n}&lt;/b&gt; · Void: &lt;b&gt;{v}&lt;/b&gt; · Votes cast: &lt;b&gt;{e}&lt;/b&gt;</source>
            <translation>Blancs : &lt;b&gt;{n}&lt;/b&gt; · Nuls : &lt;b&gt;{v}&lt;/b&gt; · Exprimés : &lt;b&gt;{e}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Quorum reached ({present} present, {required} required)</source>
            <translation>Quorum atteint ({present} présents, {required} requis)</translation>
        </message>
        <message>
            <source>Quorum NOT reached ({present} present, {required} required)</source>
            <translation>Quorum NON atteint ({present} présents, {required} requis)</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) for the counters to decide</source>
            <translation>
                <numerusform>%n bulletin à décider par les scrutateurs</numerusform>
                <numerusform>%n bulletins à décider par les scrutateurs</numerusform>
            </translation>
        </message>
        <message>
            <source>Majority required: &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>Majorité requise : &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <source>(provisional: %n ballot(s) still to decide)</source>
            <translation>
                <numerusform>(provisoire : %n bulletin reste à décider)</numerusform>
                <numerusform>(provisoire : %n bulletins restent à décider)</numerusform>
            </translation>
        </message>
        <message>
            <source>Procès-verbal to redo: the count changed after it was printed on {day} at {time} (ballots from another desk, or a decision). Print it again.</source>
            <translation>Procès-verbal à reprendre : le décompte a changé depuis son impression le {day} à {time} (bulletins d'un autre poste, ou une décision). Imprimez-le de nouveau.</translation>
        </message>
        <message>
            <source>Choose or create a vote.</source>
            <translation>Choisissez ou créez un scrutin.</translation>
        </message>
    </context>
    <context>
        <name>RoomPanel</name>
        <message>
            <source>This laptop is alone: open the room, or join one.</source>
            <translation>Cet ordinateur travaille seul : ouvrez la salle, ou rejoignez-en une.</translation>
        </message>
        <message>
            <source>Room (laptops on the same network, without internet)</source>
            <translation>Salle (ordinateurs sur le même réseau, sans internet)</translation>
        </message>
        <message>
            <source>Opening the room…</source>
            <translation>Ouverture de la salle…</translation>
        </message>
        <message>
            <source>The room cannot open: {error}</source>
            <translation>La salle ne peut pas s'ouvrir : {error}</translation>
        </message>
        <message>
            <source>Open the room</source>
            <translation>Ouvrir la salle</translation>
        </message>
        <message>
            <source>Room open at {address} · code {code}</source>
            <translation>Salle ouverte à {address} · code {code}</translation>
        </message>
        <message>
            <source>Fingerprint of this hub: {print} (a desk that joins shows the same)</source>
            <translation>Empreinte de ce poste central : {print} (un poste qui rejoint la salle affiche la même)</translation>
        </message>
        <message>
            <source>The room is open: give the desks the address and the code.</source>
            <translation>La salle est ouverte : donnez l'adresse et le code aux autres postes.</translation>
        </message>
        <message>
            <source>Closing the room…</source>
            <translation>Fermeture de la salle…</translation>
        </message>
        <message>
            <source>The room is closed.</source>
            <translation>La salle est fermée.</translation>
        </message>
        <message numerus="yes">
            <source>Room: %n laptop(s)</source>
            <translation>
                <numerusform>Salle : %n ordinateur</numerusform>
                <numerusform>Salle : %n ordinateurs</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} in step {seconds} s ago</source>
            <translation>{name} à jour il y a {seconds} s</translation>
        </message>
        <message>
            <source>{name} unreachable since {time}</source>
            <translation>{name} injoignable depuis {time}</translation>
        </message>
        <message>
            <source>Joining the room…</source>
            <translation>Connexion à la salle…</translation>
        </message>
        <message>
            <source>Join the room</source>
            <translation>Rejoindre la salle</translation>
        </message>
        <message>
            <source>Joined the room as "{name}". Hub fingerprint: {print} (the one on its screen?)</source>
            <translation>Salle rejointe sous le nom « {name} ». Empreinte du poste central : {print} (la même que sur son écran ?)</translation>
        </message>
        <message>
            <source>This laptop left the room: it works alone.</source>
            <translation>Cet ordinateur a quitté la salle : il travaille seul.</translation>
        </message>
        <message>
            <source>Room: in step at {time}.</source>
            <translation>Salle : à jour à {time}.</translation>
        </message>
        <message numerus="yes">
            <source>Hub unreachable (last in step at {time}), %n change(s) waiting: this laptop goes on alone.</source>
            <translation>
                <numerusform>Poste central injoignable (dernière mise à jour à {time}), %n modification en attente : cet ordinateur continue seul.</numerusform>
                <numerusform>Poste central injoignable (dernière mise à jour à {time}), %n modifications en attente : cet ordinateur continue seul.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterWorkspace</name>
        <message>
            <source>All roles</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <source>Drawn and volunteers</source>
            <translation>Tiré·es au sort et volontaires</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>To the table</source>
            <translation>Vers le tableau</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Import a roster…</source>
            <translation>Importer une liste…</translation>
        </message>
        <message>
            <source>All sub-bodies</source>
            <translation>Toutes les sous-instances</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant·e</numerusform>
                <numerusform>%n participant·es</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total} participants</source>
            <translation>{shown} sur {total} participant·es</translation>
        </message>
        <message>
            <source>Add a participant</source>
            <translation>Ajouter un·e participant·e</translation>
        </message>
        <message>
            <source>Change the selected participant</source>
            <translation>Modifier la personne sélectionnée</translation>
        </message>
        <message>
            <source>Remove the selected participant</source>
            <translation>Retirer la personne sélectionnée</translation>
        </message>
        <message>
            <source>Import a CSV or XLSX file</source>
            <translation>Importer un fichier CSV ou XLSX</translation>
        </message>
        <message>
            <source>Merge these two records…</source>
            <translation>Fusionner ces deux fiches…</translation>
        </message>
        <message>
            <source>One person registered twice (at two desks): keep one record</source>
            <translation>Une même personne inscrite deux fois (à deux accueils) : n'en garder qu'une fiche</translation>
        </message>
        <message>
            <source>Search a name or a badge number ({key})</source>
            <translation>Rechercher un nom ou un n° de badge ({key})</translation>
        </message>
        <message>
            <source>Nobody in this assembly yet: add people one by one ({key}) or import a roster file.</source>
            <translation>Personne dans cette assemblée pour l'instant : ajoutez des personnes une à une ({key}) ou importez une liste.</translation>
        </message>
        <message>
            <source>Nobody matches this search and these filters.</source>
            <translation>Personne ne correspond à cette recherche et à ces filtres.</translation>
        </message>
        <message>
            <source>{name} added, badge number {badge}.</source>
            <translation>{name} ajouté·e, badge n° {badge}.</translation>
        </message>
        <message>
            <source>Changes to {name} saved.</source>
            <translation>Modifications de {name} enregistrées.</translation>
        </message>
        <message>
            <source>Remove a participant</source>
            <translation>Retirer un·e participant·e</translation>
        </message>
        <message>
            <source>Remove {name} from the assembly? Their past attendance is kept.</source>
            <translation>Retirer {name} de l'assemblée ? Ses présences passées sont conservées.</translation>
        </message>
        <message>
            <source>{name} removed.</source>
            <translation>{name} retiré·e.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) imported.</source>
            <translation>
                <numerusform>%n personne importée.</numerusform>
                <numerusform>%n personnes importées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RotationActions</name>
        <message>
            <source>Setup saved.</source>
            <translation>Paramètres enregistrés.</translation>
        </message>
        <message>
            <source>Setup unchanged.</source>
            <translation>Paramètres inchangés.</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Nouveau plan</translation>
        </message>
        <message>
            <source>Planning the rounds…</source>
            <translation>Calcul du plan des tours…</translation>
        </message>
        <message>
            <source>Re-planning…</source>
            <translation>Nouveau calcul du plan…</translation>
        </message>
        <message>
            <source>Plan saved (seed {seed}, {seconds} s).</source>
            <translation>Plan enregistré (graine {seed}, {seconds} s).</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) change table in the rounds to come.</source>
            <translation>
                <numerusform>%n personne change de table dans les tours à venir.</numerusform>
                <numerusform>%n personnes changent de table dans les tours à venir.</numerusform>
            </translation>
        </message>
        <message>
            <source>Plan every round again? The current plan stays in the history; to seat late arrivals without changing the rounds played, use Re-plan ({key}) instead.</source>
            <translation>Refaire le plan de tous les tours ? Le plan actuel reste dans l'historique ; pour placer des retardataires sans changer les tours déjà joués, utilisez plutôt Re-planifier ({key}).</translation>
        </message>
        <message>
            <source>Marked: now {key} on someone at another table swaps the two.</source>
            <translation>Marqué·e : {key} sur une personne d'une autre table échange les deux.</translation>
        </message>
        <message>
            <source>Swapped.</source>
            <translation>Échange enregistré.</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Déplacer</translation>
        </message>
        <message>
            <source>To table number (1 to {count}):</source>
            <translation>Vers la table n° (1 à {count}) :</translation>
        </message>
        <message>
            <source>Moved to table {number}.</source>
            <translation>Déplacé·e à la table {number}.</translation>
        </message>
        <message>
            <source>Nothing to change: already at that table.</source>
            <translation>Rien à changer : déjà à cette table.</translation>
        </message>
        <message>
            <source>Round under way</source>
            <translation>Tour en cours</translation>
        </message>
        <message>
            <source>Go back to round {number}? The rounds after it will count as not played: a re-plan may change them.</source>
            <translation>Revenir au tour {number} ? Les tours suivants compteront comme non joués : un nouveau calcul pourra les changer.</translation>
        </message>
        <message>
            <source>Round {number} is under way.</source>
            <translation>Le tour {number} est en cours.</translation>
        </message>
        <message>
            <source>Table cards</source>
            <translation>Cartes de table</translation>
        </message>
        <message numerus="yes">
            <source>%n table card(s) saved in {path}.</source>
            <translation>
                <numerusform>%n carte de table enregistrée dans {path}.</numerusform>
                <numerusform>%n cartes de table enregistrées dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Itineraries</source>
            <translation>Itinéraires</translation>
        </message>
        <message numerus="yes">
            <source>%n itinerary slip(s) saved in {path}.</source>
            <translation>
                <numerusform>%n itinéraire enregistré dans {path}.</numerusform>
                <numerusform>%n itinéraires enregistrés dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Small groups</source>
            <translation>Groupes</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) exported to {path}.</source>
            <translation>
                <numerusform>%n personne exportée dans {path}.</numerusform>
                <numerusform>%n personnes exportées dans {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RotationExport</name>
        <message>
            <source>Round {number}</source>
            <translation>Tour {number}</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
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
            <translation>Groupes — projecteur</translation>
        </message>
    </context>
    <context>
        <name>RotationWorkspace</name>
        <message>
            <source>Session:</source>
            <translation>Séance :</translation>
        </message>
        <message>
            <source>Setup…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Planifier</translation>
        </message>
        <message>
            <source>Re-plan</source>
            <translation>Re-planifier</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Projecteur</translation>
        </message>
        <message>
            <source>projector</source>
            <translation>projecteur</translation>
        </message>
        <message>
            <source>This round is under way</source>
            <translation>Ce tour est en cours</translation>
        </message>
        <message>
            <source>round under way</source>
            <translation>tour en cours</translation>
        </message>
        <message>
            <source>Mark, or swap with the one marked</source>
            <translation>Marquer, ou échanger avec la personne marquée</translation>
        </message>
        <message>
            <source>mark, then swap with someone at another table</source>
            <translation>marquer, puis échanger avec une personne d'une autre table</translation>
        </message>
        <message>
            <source>Unmark</source>
            <translation>Ne plus marquer</translation>
        </message>
        <message>
            <source>Move to a table…</source>
            <translation>Déplacer vers une table…</translation>
        </message>
        <message>
            <source>move</source>
            <translation>déplacer</translation>
        </message>
        <message>
            <source>Previous round</source>
            <translation>Tour précédent</translation>
        </message>
        <message>
            <source>round</source>
            <translation>tour</translation>
        </message>
        <message>
            <source>Next round</source>
            <translation>Tour suivant</translation>
        </message>
        <message>
            <source>Table cards…</source>
            <translation>Cartes de table…</translation>
        </message>
        <message>
            <source>Itinerary slips…</source>
            <translation>Itinéraires individuels…</translation>
        </message>
        <message>
            <source>Export the plan (CSV)…</source>
            <translation>Exporter le plan (CSV)…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Tour {number}</translation>
        </message>
        <message>
            <source>Round {number} · under way</source>
            <translation>Tour {number} · en cours</translation>
        </message>
        <message numerus="yes">
            <source>Nobody has signed in yet: plans are made for the %n person(s) expected.</source>
            <translation>
                <numerusform>Personne n'est encore arrivé : les plans sont faits pour la personne attendue.</numerusform>
                <numerusform>Personne n'est encore arrivé : les plans sont faits pour les %n personnes attendues.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This session is over: %n person(s) came.</source>
            <translation>
                <numerusform>Cette séance est terminée : %n personne est venue.</numerusform>
                <numerusform>Cette séance est terminée : %n personnes sont venues.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) present.</source>
            <translation>
                <numerusform>%n personne présente.</numerusform>
                <numerusform>%n personnes présentes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The tables changed since the plan was made: make a new plan ({key}).</source>
            <translation>Les tables ont changé depuis le plan : faites un nouveau plan ({key}).</translation>
        </message>
        <message>
            <source>Since the plan: {arrived} present without a seat, {left} left, {absent} not arrived yet — Re-plan ({key}) adjusts the plan.</source>
            <translation>Depuis le plan : {arrived} présent·e(s) sans place, {left} parti·e(s), {absent} pas encore arrivé·e(s) — Re-planifier ({key}) ajuste le plan.</translation>
        </message>
        <message>
            <source>Set up the tables ({setup}), then plan the rounds ({plan}).</source>
            <translation>Paramétrez les tables ({setup}), puis planifiez les tours ({plan}).</translation>
        </message>
        <message>
            <source>Plan the rounds ({plan}).</source>
            <translation>Planifiez les tours ({plan}).</translation>
        </message>
        <message>
            <source>Drag a name to another table, or Tab to a table.</source>
            <translation>Glissez un nom vers une autre table, ou Tab jusqu'à une table.</translation>
        </message>
        <message numerus="yes">
            <source>Table {number} · %n person(s)</source>
            <translation>
                <numerusform>Table {number} · %n pers.</numerusform>
                <numerusform>Table {number} · %n pers.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>{name} : {problem}</translation>
        </message>
        <message>
            <source>met {name} in round {number}</source>
            <translation>a déjà rencontré {name} au tour {number}</translation>
        </message>
        <message>
            <source>Quality of the plan</source>
            <translation>Qualité du plan</translation>
        </message>
        <message>
            <source>Open an assembly first.</source>
            <translation>Ouvrez d'abord une assemblée.</translation>
        </message>
        <message>
            <source>No session yet: create one at the sign-in desk.</source>
            <translation>Pas encore de séance : créez-en une à l'accueil.</translation>
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
            <translation>Règles d'indemnisation de l'assemblée</translation>
        </message>
        <message>
            <source>Annual cap per person</source>
            <translation>Plafond annuel par personne</translation>
        </message>
        <message>
            <source>Travel reimbursed (tickets on proof, kilometric allowance)</source>
            <translation>Déplacements remboursés (billets sur justificatif, indemnités kilométriques)</translation>
        </message>
        <message>
            <source>Child care reimbursed on proof, at most</source>
            <translation>Garde d'enfants remboursée sur justificatif, au plus</translation>
        </message>
        <message>
            <source> € an hour</source>
            <translation> € de l'heure</translation>
        </message>
        <message>
            <source>Quorum: at least</source>
            <translation>Quorum : au moins</translation>
        </message>
        <message>
            <source> % of the people expected</source>
            <translation> % des personnes attendues</translation>
        </message>
        <message>
            <source> min after the start</source>
            <translation> min après le début</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Indemnité versée</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>A morning or an afternoon alone is worth</source>
            <translation>Un matin ou un après-midi seul vaut</translation>
        </message>
        <message>
            <source>Who is paid</source>
            <translation>Qui est indemnisé·e</translation>
        </message>
        <message>
            <source>Indemnity</source>
            <translation>Indemnité</translation>
        </message>
        <message>
            <source>The morning counts if arrived before</source>
            <translation>Le matin est retenu en cas d'arrivée avant</translation>
        </message>
        <message>
            <source>… and not left before</source>
            <translation>… et sans départ avant</translation>
        </message>
        <message>
            <source>The afternoon counts if arrived before</source>
            <translation>L'après-midi est retenu en cas d'arrivée avant</translation>
        </message>
        <message>
            <source>Half-days</source>
            <translation>Demi-journées</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Frais</translation>
        </message>
        <message>
            <source>Late arrival</source>
            <translation>Retard</translation>
        </message>
        <message>
            <source>Documents signed by</source>
            <translation>Documents signés par</translation>
        </message>
        <message>
            <source>Sign-in desk and documents</source>
            <translation>Accueil et documents</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>A new language applies the next time facilitator starts.</source>
            <translation>Une nouvelle langue s'applique au prochain démarrage de facilitator.</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Langue de l'interface</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Small groups: setup</source>
            <translation>Groupes : paramètres</translation>
        </message>
        <message>
            <source>Number of tables</source>
            <translation>Nombre de tables</translation>
        </message>
        <message>
            <source>People per table</source>
            <translation>Personnes par table</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Host (world café)</source>
            <translation>Hôte (world café)</translation>
        </message>
        <message>
            <source>At most one elected official per table</source>
            <translation>Au plus un·e élu·e par table</translation>
        </message>
        <message>
            <source>At most one member of staff per table</source>
            <translation>Au plus un·e agent·e par table</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Tours</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <source>Keep apart (same household…)</source>
            <translation>À séparer (même foyer…)</translation>
        </message>
        <message>
            <source>Keep together (interpreter, parent and child…)</source>
            <translation>À garder ensemble (interprète, parent et enfant…)</translation>
        </message>
        <message>
            <source>Stays at one table (reduced mobility)</source>
            <translation>Reste à une table (mobilité réduite)</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Table {number}</source>
            <translation>Table {number}</translation>
        </message>
        <message>
            <source>— no host —</source>
            <translation>— sans hôte —</translation>
        </message>
        <message>
            <source>{people} people in the room, {seats} seats at {tables} tables.</source>
            <translation>{people} personnes dans la salle, {seats} places à {tables} tables.</translation>
        </message>
        <message>
            <source>{name} stays at table {number}</source>
            <translation>{name} reste à la table {number}</translation>
        </message>
    </context>
    <context>
        <name>SharesChart</name>
        <message>
            <source>Nobody has spoken yet.</source>
            <translation>Personne n'a encore parlé.</translation>
        </message>
    </context>
    <context>
        <name>SpeakingActions</name>
        <message>
            <source>(someone removed from the roster)</source>
            <translation>(retirée de la liste des participant·es)</translation>
        </message>
        <message>
            <source>This request is no longer in the queue: nothing recorded.</source>
            <translation>Cette demande n'est plus dans la file : rien n'est enregistré.</translation>
        </message>
        <message>
            <source>({role}: {used} used of {allowed} in this phase.)</source>
            <translation>({role} : {used} déjà pris sur {allowed} dans cette phase.)</translation>
        </message>
        <message>
            <source>Refused — {name}: {reason}</source>
            <translation>Refusé — {name} : {reason}</translation>
        </message>
        <message>
            <source>Type the name of someone present, then Enter.</source>
            <translation>Tapez le nom d'une personne présente, puis Entrée.</translation>
        </message>
        <message>
            <source>This phase is no longer on the agenda: nothing recorded.</source>
            <translation>Cette phase n'est plus à l'ordre du jour : rien n'est enregistré.</translation>
        </message>
        <message>
            <source>{name} is already in the queue for this.</source>
            <translation>{name} est déjà dans la file pour ce type de demande.</translation>
        </message>
        <message>
            <source>✓ {name} — in the queue, position {position} of {count}.</source>
            <translation>✓ {name} — dans la file, rang {position} sur {count}.</translation>
        </message>
        <message>
            <source>{name} is withdrawn from the queue.</source>
            <translation>{name} est retiré·e de la file.</translation>
        </message>
        <message>
            <source>The queue of this phase is empty.</source>
            <translation>La file de cette phase est vide.</translation>
        </message>
        <message>
            <source>Interposed question: {name} has the floor, {speaker} is paused.</source>
            <translation>Question interposée : {name} a la parole, {speaker} est en pause.</translation>
        </message>
        <message>
            <source>The floor is given to {name}.</source>
            <translation>Parole donnée à {name}.</translation>
        </message>
        <message>
            <source>By override: {reason}</source>
            <translation>Par dérogation : {reason}</translation>
        </message>
        <message>
            <source>Nobody has the floor.</source>
            <translation>Personne n'a la parole.</translation>
        </message>
        <message>
            <source>{name}'s turn is paused.</source>
            <translation>Prise de parole de {name} en pause.</translation>
        </message>
        <message>
            <source>{name} resumes.</source>
            <translation>{name} reprend la parole.</translation>
        </message>
        <message>
            <source>End of {name}'s turn ({time}).</source>
            <translation>Fin de la prise de parole de {name} ({time}).</translation>
        </message>
        <message>
            <source>{name} has the floor again.</source>
            <translation>{name} reprend la parole.</translation>
        </message>
        <message>
            <source>Nothing to override: F9 follows a refusal.</source>
            <translation>Aucun refus à lever : F9 sert juste après un refus.</translation>
        </message>
        <message>
            <source>✓ {name} — in the queue by override: {reason}</source>
            <translation>✓ {name} — dans la file par dérogation : {reason}</translation>
        </message>
    </context>
    <context>
        <name>SpeakingProjector</name>
        <message>
            <source>Speaking time — projector</source>
            <translation>Prise de parole — projecteur</translation>
        </message>
        <message>
            <source>Waiting for the next speaker</source>
            <translation>En attente de la prochaine prise de parole</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Temps dépassé</translation>
        </message>
        <message>
            <source>{name} resumes afterwards</source>
            <translation>{name} reprendra ensuite</translation>
        </message>
        <message>
            <source>Next: {names}</source>
            <translation>Ensuite : {names}</translation>
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
            <translation>Temps de parole</translation>
        </message>
        <message>
            <source>Speaking-time report</source>
            <translation>Rapport de temps de parole</translation>
        </message>
        <message>
            <source>Report saved in {path}.</source>
            <translation>Rapport enregistré dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>SpeakingReportDocument</name>
        <message>
            <source>{hours} h {minutes} min {seconds} s</source>
            <translation>{hours} h {minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>of speaking in total</source>
            <translation>de parole au total</translation>
        </message>
        <message numerus="yes">
            <source>speaking turn(s)</source>
            <translation>
                <numerusform>prise de parole</numerusform>
                <numerusform>prises de parole</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>speaker(s)</source>
            <translation>
                <numerusform>intervenant·e</numerusform>
                <numerusform>intervenant·es</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>override(s) of the rules</source>
            <translation>
                <numerusform>dérogation aux règles</numerusform>
                <numerusform>dérogations aux règles</numerusform>
            </translation>
        </message>
        <message>
            <source>Speaking time</source>
            <translation>Temps de parole</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présent·es</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Speaking turns</source>
            <translation>Prises de parole</translation>
        </message>
        <message>
            <source>Share of the time</source>
            <translation>Part du temps</translation>
        </message>
        <message>
            <source>Average turn</source>
            <translation>Durée moyenne</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Turns</source>
            <translation>Prises de parole</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Given the floor</source>
            <translation>Parole donnée à</translation>
        </message>
        <message>
            <source>Reason given by the facilitator</source>
            <translation>Motif donné par l'animateur·rice</translation>
        </message>
        <message>
            <source>Overrides of the speaking rules</source>
            <translation>Dérogations aux règles de prise de parole</translation>
        </message>
        <message>
            <source>No override of the speaking rules was recorded during this session.</source>
            <translation>Aucune dérogation aux règles de prise de parole n'a été enregistrée pendant cette séance.</translation>
        </message>
        <message>
            <source>The floor was given, or the request accepted, although the rules of the phase did not allow it.</source>
            <translation>La parole a été donnée, ou la demande acceptée, alors que les règles de la phase ne le permettaient pas.</translation>
        </message>
        <message>
            <source>Speaking time by role</source>
            <translation>Temps de parole par rôle</translation>
        </message>
        <message>
            <source>Each role's share of the speaking time, next to its share of the people present.</source>
            <translation>Part de chaque rôle dans le temps de parole, à côté de sa part parmi les personnes présentes.</translation>
        </message>
        <message>
            <source>Speaking time by gender</source>
            <translation>Temps de parole par genre</translation>
        </message>
        <message>
            <source>Each gender's share of the speaking time, next to its share of the people present.</source>
            <translation>Part de chaque genre dans le temps de parole, à côté de sa part parmi les personnes présentes.</translation>
        </message>
        <message>
            <source>Speaking time by phase</source>
            <translation>Temps de parole par phase</translation>
        </message>
        <message>
            <source>Speaking time by person</source>
            <translation>Temps de parole par personne</translation>
        </message>
        <message>
            <source>Everyone who spoke, most speaking time first.</source>
            <translation>Chaque personne qui a pris la parole, par temps de parole décroissant.</translation>
        </message>
        <message>
            <source>Nobody spoke during this session.</source>
            <translation>Personne n'a pris la parole pendant cette séance.</translation>
        </message>
        <message>
            <source>{phase} (seconds)</source>
            <translation>{phase} (secondes)</translation>
        </message>
        <message>
            <source>Total (seconds)</source>
            <translation>Total (secondes)</translation>
        </message>
    </context>
    <context>
        <name>SpeakingTimesModel</name>
        <message>
            <source>Participant</source>
            <translation>Participant·e</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>This phase</source>
            <translation>Cette phase</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Turns</source>
            <translation>Prises de parole</translation>
        </message>
    </context>
    <context>
        <name>SpeakingWorkspace</name>
        <message>
            <source>Bell</source>
            <translation>Sonnerie</translation>
        </message>
        <message>
            <source>A bell when the speaking time is over</source>
            <translation>Une sonnerie quand le temps de parole est écoulé</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Séance :</translation>
        </message>
        <message>
            <source>Phase:</source>
            <translation>Phase :</translation>
        </message>
        <message>
            <source>Queue — {phase} ({count})</source>
            <translation>File d'attente — {phase} ({count})</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>File d'attente</translation>
        </message>
        <message>
            <source>Name, then {key}</source>
            <translation>Nom, puis {key}</translation>
        </message>
        <message>
            <source>queue</source>
            <translation>dans la file</translation>
        </message>
        <message>
            <source>Other request</source>
            <translation>Autre demande</translation>
        </message>
        <message>
            <source>point of order, question, intervention</source>
            <translation>motion d'ordre, question, intervention</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Personne précédente</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Personne suivante</translation>
        </message>
        <message>
            <source>Give the floor</source>
            <translation>Donner la parole</translation>
        </message>
        <message>
            <source>give the floor</source>
            <translation>donner la parole</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>pause / resume</source>
            <translation>pause / reprise</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>end</source>
            <translation>terminer</translation>
        </message>
        <message>
            <source>Give the floor to the one selected</source>
            <translation>Donner la parole à la personne sélectionnée</translation>
        </message>
        <message>
            <source>in the queue: give the floor</source>
            <translation>dans la file : donner la parole</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Retirer de la file</translation>
        </message>
        <message>
            <source>in the queue: withdraw</source>
            <translation>dans la file : retirer</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Avancer</translation>
        </message>
        <message>
            <source>move in the queue</source>
            <translation>déplacer dans la file</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Reculer</translation>
        </message>
        <message>
            <source>Back to the name</source>
            <translation>Retour au nom</translation>
        </message>
        <message>
            <source>Previous phase</source>
            <translation>Phase précédente</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>phase</translation>
        </message>
        <message>
            <source>Next phase</source>
            <translation>Phase suivante</translation>
        </message>
        <message>
            <source>Override…</source>
            <translation>Passer outre…</translation>
        </message>
        <message>
            <source>Agenda…</source>
            <translation>Ordre du jour…</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Projecteur</translation>
        </message>
        <message>
            <source>projector</source>
            <translation>projecteur</translation>
        </message>
        <message>
            <source>Speaking-time report (PDF)…</source>
            <translation>Rapport de temps de parole (PDF)…</translation>
        </message>
        <message>
            <source>Figures for a spreadsheet (CSV)…</source>
            <translation>Chiffres pour un tableur (CSV)…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>{last} {first} — {role} — No. {badge}</source>
            <translation>{last} {first} — {role} — n° {badge}</translation>
        </message>
        <message>
            <source>spoke {time} in this phase</source>
            <translation>a parlé {time} dans cette phase</translation>
        </message>
        <message>
            <source>in the queue</source>
            <translation>dans la file</translation>
        </message>
        <message>
            <source>Open an assembly first.</source>
            <translation>Ouvrez d'abord une assemblée.</translation>
        </message>
        <message>
            <source>No session yet: create one at the sign-in desk.</source>
            <translation>Pas encore de séance : créez-la à l'accueil.</translation>
        </message>
        <message>
            <source>This session has no agenda yet: {key} adds its phases.</source>
            <translation>Cette séance n'a pas encore d'ordre du jour : {key} ajoute ses phases.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Nobody present matches: only people signed in at the desk can ask for the floor.</source>
            <translation>Aucune personne présente ne correspond : seules les personnes émargées à l'accueil peuvent demander la parole.</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPanel</name>
        <message>
            <source>By role</source>
            <translation>Par rôle</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>Par genre</translation>
        </message>
        <message>
            <source>Time per person</source>
            <translation>Temps par personne</translation>
        </message>
        <message>
            <source>Shares by role and gender</source>
            <translation>Parts par rôle et par genre</translation>
        </message>
        <message>
            <source>Share of the speaking time</source>
            <translation>Part du temps de parole</translation>
        </message>
        <message>
            <source>Share of the people present</source>
            <translation>Part des personnes présentes</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message numerus="yes">
            <source>%n arrival(s) or departure(s)</source>
            <translation>
                <numerusform>%n arrivée ou départ</numerusform>
                <numerusform>%n arrivées ou départs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant record(s)</source>
            <translation>
                <numerusform>%n fiche de participant·e</numerusform>
                <numerusform>%n fiches de participant·es</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session change(s)</source>
            <translation>
                <numerusform>%n changement de séance</numerusform>
                <numerusform>%n changements de séance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n speakers' list entry(ies)</source>
            <translation>
                <numerusform>%n prise de parole</numerusform>
                <numerusform>%n prises de parole</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n small-group change(s)</source>
            <translation>
                <numerusform>%n changement des groupes</numerusform>
                <numerusform>%n changements des groupes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote change(s)</source>
            <translation>
                <numerusform>%n élément de scrutin</numerusform>
                <numerusform>%n éléments de scrutin</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other change(s)</source>
            <translation>
                <numerusform>%n autre modification</numerusform>
                <numerusform>%n autres modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new</source>
            <translation>Rien de nouveau</translation>
        </message>
        <message numerus="yes">
            <source>; %n already here</source>
            <translation>
                <numerusform> ; %n déjà présente</numerusform>
                <numerusform> ; %n déjà présentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n refused</source>
            <translation>
                <numerusform> ; %n refusée</numerusform>
                <numerusform> ; %n refusées</numerusform>
            </translation>
        </message>
        <message>
            <source>a kind of record this version does not know</source>
            <translation>un type de fiche que cette version ne connaît pas</translation>
        </message>
        <message>
            <source>a field this version does not know</source>
            <translation>un champ que cette version ne connaît pas</translation>
        </message>
        <message>
            <source>a value of the wrong kind</source>
            <translation>une valeur de type inattendu</translation>
        </message>
        <message>
            <source>a change to a record this laptop never received</source>
            <translation>la modification d'une fiche que cet ordinateur n'a jamais reçue</translation>
        </message>
        <message>
            <source>it names a record this laptop does not hold</source>
            <translation>elle désigne une fiche que cet ordinateur n'a pas</translation>
        </message>
        <message>
            <source>an assembly this laptop may not change</source>
            <translation>une assemblée que cet ordinateur n'a pas le droit de modifier</translation>
        </message>
        <message>
            <source>The service does not know this computer: link it again with a new enrolment code.</source>
            <translation>Le service ne connaît pas cet ordinateur : reliez-le de nouveau avec un nouveau code d'inscription.</translation>
        </message>
        <message>
            <source>This computer has no synchronisation token: link it again with a new enrolment code.</source>
            <translation>Cet ordinateur n'a pas de jeton de synchronisation : reliez-le de nouveau avec un nouveau code d'inscription.</translation>
        </message>
        <message>
            <source>This computer's access was revoked at the town hall: it can no longer synchronise. Ask the IT agent for a new enrolment code.</source>
            <translation>L'accès de cet ordinateur a été révoqué à la mairie : il ne peut plus se synchroniser. Demandez un nouveau code d'inscription au service informatique.</translation>
        </message>
        <message>
            <source>This enrolment code is not valid (mistyped, already used, or expired): ask the IT agent for a new one.</source>
            <translation>Ce code d'inscription n'est pas valable (mal saisi, déjà utilisé ou expiré) : demandez-en un nouveau au service informatique.</translation>
        </message>
        <message>
            <source>The service has no central store yet: the IT agent must run "facilitator central init".</source>
            <translation>Le service n'a pas encore de base centrale : le service informatique doit lancer « facilitator central init ».</translation>
        </message>
        <message>
            <source>This is not the room's code of today: read it again on the hub's screen (after several wrong codes, wait a minute). {detail}</source>
            <translation>Ce n'est pas le code de la salle du jour : relisez-le sur l'écran du poste central (après plusieurs codes erronés, attendez une minute). {detail}</translation>
        </message>
        <message>
            <source>A laptop with this one's identity ("{detail}") is still in the room: wait a few seconds, then join again.</source>
            <translation>Un ordinateur ayant l'identité de celui-ci (« {detail} ») est encore dans la salle : attendez quelques secondes, puis rejoignez-la.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted by this computer: nothing was sent. Check the address, or ask the IT agent to install the town hall's certificate authority. ({detail})</source>
            <translation>Le certificat du serveur n'est pas reconnu par cet ordinateur : rien n'a été envoyé. Vérifiez l'adresse, ou demandez au service informatique d'installer l'autorité de certification de la mairie. ({detail})</translation>
        </message>
        <message>
            <source>This database is not linked to a central store yet: "Link to the central store" first.</source>
            <translation>Cette base n'est pas encore reliée à une base centrale : commencez par « Relier à la base centrale ».</translation>
        </message>
        <message>
            <source>A computer's name has 1 to 60 characters: "{detail}" cannot be used.</source>
            <translation>Le nom d'un ordinateur a de 1 à 60 caractères : « {detail} » ne convient pas.</translation>
        </message>
        <message>
            <source>A computer is already enrolled under the name "{detail}": choose another name.</source>
            <translation>Un ordinateur est déjà inscrit sous le nom « {detail} » : choisissez un autre nom.</translation>
        </message>
        <message>
            <source>No computer is registered as "{detail}".</source>
            <translation>Aucun ordinateur n'est enregistré sous le nom « {detail} ».</translation>
        </message>
        <message>
            <source>The service and this computer run different versions of facilitator (database {detail} there, {ours} here): update {which} first. Nothing was exchanged.</source>
            <translation>Le service et cet ordinateur n'ont pas la même version de facilitator (base {detail} là-bas, {ours} ici) : mettez d'abord à jour {which}. Rien n'a été échangé.</translation>
        </message>
        <message>
            <source>The service refused changes sent in another computer's name. Nothing was applied.</source>
            <translation>Le service a refusé des modifications envoyées au nom d'un autre ordinateur. Rien n'a été appliqué.</translation>
        </message>
        <message>
            <source>This server is not the central store this computer was linked to: nothing was exchanged. Check the address, or link the computer again.</source>
            <translation>Ce serveur n'est pas la base centrale à laquelle cet ordinateur a été relié : rien n'a été échangé. Vérifiez l'adresse, ou reliez de nouveau l'ordinateur.</translation>
        </message>
        <message>
            <source>The service refused the request: {detail}</source>
            <translation>Le service a refusé la demande : {detail}</translation>
        </message>
        <message>
            <source>An address beginning with http:// would send the token in clear over the network: use https:// (plain http only reaches this computer). {detail}</source>
            <translation>Une adresse en http:// enverrait le jeton en clair sur le réseau : utilisez https:// (http:// seul ne sert que sur cet ordinateur). {detail}</translation>
        </message>
        <message>
            <source>the server</source>
            <translation>le serveur</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the synchronisation token safely: nothing was stored. On a server or in a script, enrol with --print-token and give the token in FACILITATOR_SYNC_TOKEN.</source>
            <translation>Cet ordinateur n'a pas de trousseau pour garder le jeton de synchronisation en sûreté : rien n'a été enregistré. Sur un serveur ou dans un script, inscrivez-vous avec --print-token et donnez le jeton dans FACILITATOR_SYNC_TOKEN.</translation>
        </message>
        <message>
            <source>The only keyring of this computer would write the token in clear in a file: refused, nothing was stored. Use the system's keyring (Windows, macOS, GNOME or KDE).</source>
            <translation>Le seul trousseau de cet ordinateur écrirait le jeton en clair dans un fichier : refusé, rien n'a été enregistré. Utilisez le trousseau du système (Windows, macOS, GNOME ou KDE).</translation>
        </message>
        <message>
            <source>The keyring refused to keep or give the token (is it locked?): {detail}</source>
            <translation>Le trousseau a refusé de garder ou de donner le jeton (est-il verrouillé ?) : {detail}</translation>
        </message>
    </context>
    <context>
        <name>SyncWorkspace</name>
        <message>
            <source>Link to the central store…</source>
            <translation>Relier à la base centrale…</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <source>synchronise</source>
            <translation>synchroniser</translation>
        </message>
        <message>
            <source>Choose the assemblies…</source>
            <translation>Choisir les assemblées…</translation>
        </message>
        <message>
            <source>Open the room</source>
            <translation>Ouvrir la salle</translation>
        </message>
        <message>
            <source>Close the room</source>
            <translation>Fermer la salle</translation>
        </message>
        <message>
            <source>Join the room…</source>
            <translation>Rejoindre la salle…</translation>
        </message>
        <message>
            <source>Leave the room</source>
            <translation>Quitter la salle</translation>
        </message>
        <message>
            <source>Export to a USB stick…</source>
            <translation>Exporter vers une clé…</translation>
        </message>
        <message>
            <source>export</source>
            <translation>exporter</translation>
        </message>
        <message>
            <source>Import from a USB stick…</source>
            <translation>Importer depuis une clé…</translation>
        </message>
        <message>
            <source>import</source>
            <translation>importer</translation>
        </message>
        <message>
            <source>Merge these two records…</source>
            <translation>Fusionner ces deux fiches…</translation>
        </message>
        <message>
            <source>Give the latest a new number</source>
            <translation>Donner un nouveau numéro à la plus récente</translation>
        </message>
        <message>
            <source>Take this value back</source>
            <translation>Reprendre cette valeur</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>Without network: a USB stick</source>
            <translation>Sans réseau : une clé USB</translation>
        </message>
        <message>
            <source>Changes that could not be applied (a person decides):</source>
            <translation>Modifications qui n'ont pas pu être appliquées (à examiner) :</translation>
        </message>
        <message>
            <source>&lt;b&gt;This laptop&lt;/b&gt;: {device}</source>
            <translation>&lt;b&gt;Cet ordinateur&lt;/b&gt; : {device}</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) recorded here</source>
            <translation>
                <numerusform>%n modification enregistrée ici</numerusform>
                <numerusform>%n modifications enregistrées ici</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(of which %n came from other laptops).</source>
            <translation>
                <numerusform>(dont %n venue d'autres ordinateurs).</numerusform>
                <numerusform>(dont %n venues d'autres ordinateurs).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export to a USB stick</source>
            <translation>Exporter vers une clé</translation>
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation>Écriture des modifications…</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) written to {path}. Take the stick to the other laptop.</source>
            <translation>
                <numerusform>%n modification écrite dans {path}. Portez la clé à l'autre ordinateur.</numerusform>
                <numerusform>%n modifications écrites dans {path}. Portez la clé à l'autre ordinateur.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import from a USB stick</source>
            <translation>Importer depuis une clé</translation>
        </message>
        <message>
            <source>Applying the changes…</source>
            <translation>Application des modifications…</translation>
        </message>
        <message>
            <source>Import stopped: nothing was applied.</source>
            <translation>Import arrêté : rien n'a été appliqué.</translation>
        </message>
        <message>
            <source>refused by the server: {reason}</source>
            <translation>refusée par le serveur : {reason}</translation>
        </message>
        <message>
            <source>Synchronisation bundles (*{suffix})</source>
            <translation>Paquets de synchronisation (*{suffix})</translation>
        </message>
    </context>
    <context>
        <name>TableCardsDocument</name>
        <message>
            <source>Round {number}</source>
            <translation>Tour {number}</translation>
        </message>
        <message>
            <source>Table {number}</source>
            <translation>Table {number}</translation>
        </message>
        <message>
            <source>Host: {name}</source>
            <translation>Hôte : {name}</translation>
        </message>
        <message>
            <source>Plan made with seed {seed}.</source>
            <translation>Plan établi avec la graine {seed}.</translation>
        </message>
        <message>
            <source>Table cards</source>
            <translation>Cartes de table</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
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
            <translation>Objet et itinéraire</translation>
        </message>
        <message>
            <source>Means of transport</source>
            <translation>Moyen de transport</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>Kilometric allowance</source>
            <translation>Indemnités kilométriques</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Billets</translation>
        </message>
        <message>
            <source>Child care</source>
            <translation>Garde d'enfants</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>{hp} fiscal hp</source>
            <translation>{hp} CV</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Departure address</source>
            <translation>Adresse de départ</translation>
        </message>
        <message>
            <source>Amount to refund: {amount}</source>
            <translation>Montant à rembourser : {amount}</translation>
        </message>
        <message>
            <source>The claimant</source>
            <translation>Le ou la bénéficiaire</translation>
        </message>
        <message>
            <source>Certified true and accurate</source>
            <translation>Certifié sincère et véritable</translation>
        </message>
        <message>
            <source>Done at {town}, on {date}</source>
            <translation>Fait à {town}, le {date}</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>The authorising officer</source>
            <translation>L'ordonnateur</translation>
        </message>
        <message>
            <source>Checked, good for payment</source>
            <translation>Vu et vérifié, bon pour paiement</translation>
        </message>
        <message>
            <source>Date: …………………………………………</source>
            <translation>Date : …………………………………………</translation>
        </message>
        <message>
            <source>Signature and stamp</source>
            <translation>Signature et cachet</translation>
        </message>
        <message>
            <source>Travel expense claim</source>
            <translation>État de frais de déplacement</translation>
        </message>
    </context>
    <context>
        <name>VoteDialog</name>
        <message>
            <source>New vote</source>
            <translation>Nouveau scrutin</translation>
        </message>
        <message>
            <source>One option per line</source>
            <translation>Un choix par ligne</translation>
        </message>
        <message>
            <source>Absolute majority</source>
            <translation>Majorité absolue</translation>
        </message>
        <message>
            <source>Simple majority</source>
            <translation>Majorité simple</translation>
        </message>
        <message>
            <source>Two thirds</source>
            <translation>Deux tiers</translation>
        </message>
        <message>
            <source>Three fifths</source>
            <translation>Trois cinquièmes</translation>
        </message>
        <message>
            <source>Three quarters</source>
            <translation>Trois quarts</translation>
        </message>
        <message>
            <source>Grid sheets typed twice, by two counters</source>
            <translation>Grilles saisies deux fois, par deux scrutateurs</translation>
        </message>
        <message>
            <source>Question (verbatim)</source>
            <translation>Question (mot pour mot)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Mode de scrutin</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Choix</translation>
        </message>
        <message>
            <source>Grades, worst first</source>
            <translation>Mentions, de la pire à la meilleure</translation>
        </message>
        <message>
            <source>Empty row counts as</source>
            <translation>Une ligne vide vaut</translation>
        </message>
        <message>
            <source>Majority</source>
            <translation>Majorité</translation>
        </message>
        <message>
            <source>Counted on</source>
            <translation>Calculée sur</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>Qui vote</translation>
        </message>
    </context>
    <context>
        <name>VoteMessages</name>
        <message>
            <source>The question is empty: type it as it will be read.</source>
            <translation>La question est vide : saisissez-la telle qu’elle sera lue.</translation>
        </message>
        <message>
            <source>Give at least two options.</source>
            <translation>Donnez au moins deux choix.</translation>
        </message>
        <message>
            <source>A vote has at most 99 options.</source>
            <translation>Un scrutin a au plus 99 choix.</translation>
        </message>
        <message>
            <source>An option is empty: give it a text or remove it.</source>
            <translation>Un choix est vide : donnez-lui un texte ou retirez-le.</translation>
        </message>
        <message>
            <source>Two options have the same text.</source>
            <translation>Deux choix ont le même texte.</translation>
        </message>
        <message>
            <source>Majority judgment needs 3 to 7 distinct grades, worst first.</source>
            <translation>Le jugement majoritaire demande de 3 à 7 mentions distinctes, de la pire à la meilleure.</translation>
        </message>
        <message>
            <source>The grade for an empty row is not one of the grades.</source>
            <translation>La mention d’une ligne laissée vide n’est pas l’une des mentions.</translation>
        </message>
        <message>
            <source>Say who may vote: at least one role.</source>
            <translation>Indiquez qui peut voter : au moins un rôle.</translation>
        </message>
        <message>
            <source>Print between 1 and 2000 kits at a time.</source>
            <translation>Imprimez entre 1 et 2000 jeux de bulletins à la fois.</translation>
        </message>
        <message>
            <source>One choice is printed on slips, at most 8 proposals: for more, vote by approval or majority judgment.</source>
            <translation>Un choix parmi des propositions s’imprime sur bulletins séparés, 8 propositions au plus : au-delà, votez par approbation ou au jugement majoritaire.</translation>
        </message>
        <message>
            <source>This vote does not exist (any more).</source>
            <translation>Ce scrutin n’existe pas (ou plus).</translation>
        </message>
        <message>
            <source>Unreadable or foreign code</source>
            <translation>Code illisible ou étranger</translation>
        </message>
        <message>
            <source>Ballot of another vote</source>
            <translation>Bulletin d’un autre scrutin</translation>
        </message>
        <message>
            <source>Test ballot: it never counts in a real vote</source>
            <translation>Bulletin de test : il ne compte jamais dans un vrai scrutin</translation>
        </message>
        <message>
            <source>Real ballot: it does not belong in a rehearsal</source>
            <translation>Vrai bulletin : il n’a pas sa place dans une répétition</translation>
        </message>
        <message>
            <source>Ballot not authentic</source>
            <translation>Bulletin non authentique</translation>
        </message>
        <message>
            <source>Typing mistake in the code: type it again</source>
            <translation>Erreur de saisie dans le code : saisissez-le à nouveau</translation>
        </message>
        <message>
            <source>No ballot of this vote was printed with this code</source>
            <translation>Aucun bulletin de ce scrutin n’a été imprimé avec ce code</translation>
        </message>
        <message>
            <source>Choice unknown to this vote</source>
            <translation>Choix inconnu de ce scrutin</translation>
        </message>
        <message>
            <source>Wrong kind of ballot for this vote</source>
            <translation>Ce type de bulletin ne correspond pas à ce scrutin</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>Counted with the other slips of its kit</source>
            <translation>Compté avec les autres bulletins de son jeu</translation>
        </message>
        <message>
            <source>Waiting for a second counter's entry</source>
            <translation>En attente de la saisie d’un second scrutateur</translation>
        </message>
        <message>
            <source>Second entry agrees: counted</source>
            <translation>La seconde saisie concorde : compté</translation>
        </message>
        <message>
            <source>Already counted at {time}</source>
            <translation>Déjà compté à {time}</translation>
        </message>
        <message>
            <source>Same serial, different content: blocked for the counters to decide</source>
            <translation>Même numéro, contenu différent : bloqué, les scrutateurs décident</translation>
        </message>
        <message>
            <source>Rejected: {reason}</source>
            <translation>Rejeté : {reason}</translation>
        </message>
        <message>
            <source>Incomplete: one value per row, within the scale</source>
            <translation>Incomplet : une valeur par ligne, dans l’échelle</translation>
        </message>
        <message>
            <source>Ballot voided: it will never count</source>
            <translation>Bulletin annulé : il ne comptera jamais</translation>
        </message>
        <message>
            <source>Voided ballot: not counted</source>
            <translation>Bulletin annulé : non compté</translation>
        </message>
        <message>
            <source>Already counted: it cannot be voided (take it out by a decision)</source>
            <translation>Déjà compté : il ne peut plus être annulé (retirez-le par une décision)</translation>
        </message>
        <message>
            <source>Type your name first: double entry compares two counters' entries</source>
            <translation>Indiquez d’abord votre nom : la double saisie compare deux scrutateurs</translation>
        </message>
        <message>
            <source>Counters' decision recorded</source>
            <translation>Décision des scrutateurs enregistrée</translation>
        </message>
        <message>
            <source>Nothing to decide for this ballot</source>
            <translation>Rien à décider pour ce bulletin</translation>
        </message>
        <message>
            <source>Empty envelope: blank vote</source>
            <translation>Enveloppe vide : vote blanc</translation>
        </message>
        <message>
            <source>Declared void (nul)</source>
            <translation>Nul, déclaré par les scrutateurs</translation>
        </message>
        <message>
            <source>Kits handed out noted</source>
            <translation>Nombre de jeux distribués noté</translation>
        </message>
        <message>
            <source>Yes / no / blank</source>
            <translation>Oui / non / blanc</translation>
        </message>
        <message>
            <source>One choice among proposals</source>
            <translation>Un choix parmi des propositions</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Vote par approbation</translation>
        </message>
        <message>
            <source>Majority judgment</source>
            <translation>Jugement majoritaire</translation>
        </message>
        <message>
            <source>Simple majority</source>
            <translation>Majorité simple</translation>
        </message>
        <message>
            <source>Absolute majority</source>
            <translation>Majorité absolue</translation>
        </message>
        <message>
            <source>Qualified majority of {fraction}</source>
            <translation>Majorité qualifiée de {fraction}</translation>
        </message>
        <message>
            <source>of the votes cast</source>
            <translation>des suffrages exprimés</translation>
        </message>
        <message>
            <source>of the voters</source>
            <translation>des votants</translation>
        </message>
        <message>
            <source>of the members present</source>
            <translation>des membres présents</translation>
        </message>
        <message>
            <source>of the members</source>
            <translation>des membres</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adopté</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejeté</translation>
        </message>
        <message>
            <source>Chosen: {option}</source>
            <translation>Retenu : {option}</translation>
        </message>
        <message>
            <source>No proposal reached the majority required</source>
            <translation>Aucune proposition n’atteint la majorité requise</translation>
        </message>
        <message>
            <source>Tie</source>
            <translation>Égalité</translation>
        </message>
        <message>
            <source>No vote cast</source>
            <translation>Aucun suffrage exprimé</translation>
        </message>
        <message>
            <source>The number the majority is based on is not known</source>
            <translation>Le nombre sur lequel porte la majorité n’est pas connu</translation>
        </message>
        <message>
            <source>Kits handed out / voters present</source>
            <translation>Jeux distribués / votants présents</translation>
        </message>
        <message>
            <source>Envelopes in the box / signatures</source>
            <translation>Enveloppes dans l’urne / émargements</translation>
        </message>
        <message>
            <source>Blank + void + cast / envelopes</source>
            <translation>Blancs + nuls + exprimés / votants</translation>
        </message>
        <message>
            <source>Votes for the options / votes cast</source>
            <translation>Voix des choix / suffrages exprimés</translation>
        </message>
        <message>
            <source>Judgments of proposal {number} / votes cast</source>
            <translation>Mentions de la proposition {number} / suffrages exprimés</translation>
        </message>
        <message>
            <source>not ticked</source>
            <translation>non cochée</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approuvée</translation>
        </message>
    </context>
    <context>
        <name>VoteMinutesDocument</name>
        <message>
            <source>agrees</source>
            <translation>concorde</translation>
        </message>
        <message>
            <source>MISMATCH</source>
            <translation>ÉCART</translation>
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
            <translation>Annexe : lectures rejetées ou mises de côté</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Aucun.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Code read</source>
            <translation>Code lu</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Question put to the vote</source>
            <translation>Question soumise au vote</translation>
        </message>
        <message>
            <source>Rules declared before the vote</source>
            <translation>Règles annoncées avant le vote</translation>
        </message>
        <message>
            <source>Officers of the count</source>
            <translation>Bureau de dépouillement</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Dépouillement</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Contrôles</translation>
        </message>
        <message>
            <source>Counters' note: {note}</source>
            <translation>Observation des scrutateurs : {note}</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Majority required</source>
            <translation>Majorité requise</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Digest of the counted ballots (SHA-256): {digest}</source>
            <translation>Empreinte des bulletins comptés (SHA-256) : {digest}</translation>
        </message>
        <message>
            <source>Rehearsal count (not a record)</source>
            <translation>Dépouillement de répétition (sans valeur)</translation>
        </message>
        <message>
            <source>Record of the count (procès-verbal)</source>
            <translation>Procès-verbal de dépouillement</translation>
        </message>
    </context>
    <context>
        <name>VotingActions</name>
        <message>
            <source>Void envelope</source>
            <translation>Enveloppe nulle</translation>
        </message>
        <message>
            <source>Kits handed out</source>
            <translation>Jeux distribués</translation>
        </message>
        <message>
            <source>How many kits were handed out?</source>
            <translation>Combien de jeux de bulletins ont été distribués ?</translation>
        </message>
        <message>
            <source>kept by the counters</source>
            <translation>retenu par les scrutateurs</translation>
        </message>
        <message>
            <source>Declare void</source>
            <translation>Déclarer nul</translation>
        </message>
        <message>
            <source>Blank vote</source>
            <translation>Vote blanc</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <source>Choose a ballot in the last entries first.</source>
            <translation>Choisissez d’abord un bulletin dans les dernières lectures.</translation>
        </message>
        <message>
            <source>Take the ballot out</source>
            <translation>Retirer le bulletin</translation>
        </message>
        <message>
            <source>Declare the ballot void</source>
            <translation>Déclarer le bulletin nul</translation>
        </message>
        <message>
            <source>every slip kept</source>
            <translation>tous les bulletins du jeu retenus</translation>
        </message>
        <message>
            <source>Open an assembly and choose a session first.</source>
            <translation>Ouvrez d’abord une assemblée et choisissez une séance.</translation>
        </message>
        <message>
            <source>Vote saved.</source>
            <translation>Scrutin enregistré.</translation>
        </message>
        <message>
            <source>Officers saved.</source>
            <translation>Bureau enregistré.</translation>
        </message>
        <message>
            <source>Print ballots</source>
            <translation>Imprimer les bulletins</translation>
        </message>
        <message>
            <source>Kits to print (voters present plus spares):</source>
            <translation>Jeux à imprimer (votants présents plus une réserve) :</translation>
        </message>
        <message>
            <source>Ballots</source>
            <translation>Bulletins</translation>
        </message>
        <message numerus="yes">
            <source>%n kit(s) printed.</source>
            <translation>
                <numerusform>%n jeu de bulletins imprimé.</numerusform>
                <numerusform>%n jeux de bulletins imprimés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Test deck</source>
            <translation>Jeu d’essai</translation>
        </message>
        <message>
            <source>Test deck printed: count it in rehearsal mode.</source>
            <translation>Jeu d’essai imprimé : dépouillez-le en mode répétition.</translation>
        </message>
        <message>
            <source>Procès-verbal</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Exporter les résultats</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Folder of scanned ballots</source>
            <translation>Dossier de bulletins numérisés</translation>
        </message>
        <message>
            <source>Copier's PDF</source>
            <translation>PDF du copieur</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Reading the scans…</source>
            <translation>Lecture des numérisations…</translation>
        </message>
        <message>
            <source>This file cannot be read as a PDF (damaged, protected or not a PDF).</source>
            <translation>Ce fichier ne peut pas être lu comme un PDF (abîmé, protégé ou pas un PDF).</translation>
        </message>
        <message>
            <source>Reading stopped.</source>
            <translation>Lecture interrompue.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) read.</source>
            <translation>
                <numerusform>%n page lue.</numerusform>
                <numerusform>%n pages lues.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) counted.</source>
            <translation>
                <numerusform>%n bulletin compté.</numerusform>
                <numerusform>%n bulletins comptés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set aside for the counters.</source>
            <translation>
                <numerusform>%n mis de côté pour les scrutateurs.</numerusform>
                <numerusform>%n mis de côté pour les scrutateurs.</numerusform>
            </translation>
        </message>
        <message>
            <source>too large to be read (a page larger than A3 at 400 dpi)</source>
            <translation>trop grandes pour être lues (plus grandes qu'un A3 à 400 dpi)</translation>
        </message>
        <message>
            <source>unreadable (damaged, or an image format not known)</source>
            <translation>illisibles (endommagées, ou d'un format d'image inconnu)</translation>
        </message>
        <message>
            <source>Pages {pages}: {reason}.</source>
            <translation>Pages {pages} : {reason}.</translation>
        </message>
        <message>
            <source>Pages not counted</source>
            <translation>Pages non comptées</translation>
        </message>
        <message>
            <source>Scan these pages again, or count their ballots by hand.</source>
            <translation>Numérisez à nouveau ces pages, ou comptez leurs bulletins à la main.</translation>
        </message>
    </context>
    <context>
        <name>VotingProjector</name>
        <message>
            <source>Votes — projector</source>
            <translation>Votes — projecteur</translation>
        </message>
    </context>
    <context>
        <name>VotingWorkspace</name>
        <message>
            <source>Rehearsal with the test deck</source>
            <translation>Répétition avec le jeu d’essai</translation>
        </message>
        <message>
            <source>Void mode: a spoiled ballot exchanged before the vote</source>
            <translation>Mode annulation : un bulletin abîmé échangé avant le vote</translation>
        </message>
        <message>
            <source>Officers…</source>
            <translation>Bureau…</translation>
        </message>
        <message>
            <source>Print ballots…</source>
            <translation>Imprimer les bulletins…</translation>
        </message>
        <message>
            <source>Test deck…</source>
            <translation>Jeu d’essai…</translation>
        </message>
        <message>
            <source>Procès-verbal…</source>
            <translation>Procès-verbal…</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Exporter les résultats…</translation>
        </message>
        <message>
            <source>Scan a ballot, or type its short code, then {key}</source>
            <translation>Scannez un bulletin, ou tapez son code court, puis {key}</translation>
        </message>
        <message>
            <source>Record the code</source>
            <translation>Enregistrer le code</translation>
        </message>
        <message>
            <source>New vote…</source>
            <translation>Nouveau scrutin…</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Projecteur</translation>
        </message>
        <message>
            <source>Empty envelope (blank)</source>
            <translation>Enveloppe vide (blanc)</translation>
        </message>
        <message>
            <source>Void envelope…</source>
            <translation>Enveloppe nulle…</translation>
        </message>
        <message>
            <source>Kits handed out…</source>
            <translation>Jeux distribués…</translation>
        </message>
        <message>
            <source>Read a copier's PDF…</source>
            <translation>Lire un PDF du copieur…</translation>
        </message>
        <message>
            <source>Read a folder of scans…</source>
            <translation>Lire un dossier de numérisations…</translation>
        </message>
        <message>
            <source>Webcam</source>
            <translation>Webcam</translation>
        </message>
        <message>
            <source>Record this sheet</source>
            <translation>Enregistrer cette grille</translation>
        </message>
        <message>
            <source>Keep the selected reading</source>
            <translation>Retenir la lecture choisie</translation>
        </message>
        <message>
            <source>Keep every slip of the kit</source>
            <translation>Retenir tous les bulletins du jeu</translation>
        </message>
        <message>
            <source>Declare it void…</source>
            <translation>Le déclarer nul…</translation>
        </message>
        <message>
            <source>Take the selected ballot out…</source>
            <translation>Retirer le bulletin choisi…</translation>
        </message>
        <message>
            <source>Declare the selected ballot void…</source>
            <translation>Déclarer nul le bulletin choisi…</translation>
        </message>
        <message>
            <source>Counter's name (recorded with each entry)</source>
            <translation>Nom du scrutateur ou de la scrutatrice (noté à chaque lecture)</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Scrutin</translation>
        </message>
        <message>
            <source>Last entries</source>
            <translation>Dernières lectures</translation>
        </message>
        <message>
            <source>For the counters to decide</source>
            <translation>À décider par les scrutateurs</translation>
        </message>
        <message>
            <source>(empty row)</source>
            <translation>(ligne vide)</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Walk-in volunteer</source>
            <translation>Volontaire sur place</translation>
        </message>
        <message>
            <source>They are signed in at once as a volunteer resident; their record is marked to be reviewed.</source>
            <translation>La personne est enregistrée tout de suite comme habitant·e volontaire ; sa fiche est marquée « à vérifier ».</translation>
        </message>
        <message>
            <source>First name *</source>
            <translation>Prénom *</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>This is a badge that was scanned, not a name: type the person's name.</source>
            <translation>C'est un badge qui a été scanné, pas un nom : tapez le nom de la personne.</translation>
        </message>
    </context>
    <context>
        <name>WebcamPanel</name>
        <message>
            <source>Camera:</source>
            <translation>Caméra :</translation>
        </message>
        <message>
            <source>Starting the camera…</source>
            <translation>Démarrage de la caméra…</translation>
        </message>
        <message>
            <source>Stop the camera</source>
            <translation>Arrêter la caméra</translation>
        </message>
        <message>
            <source>Read badges with the camera</source>
            <translation>Lire les badges avec la caméra</translation>
        </message>
        <message>
            <source>Hold a badge up to the camera</source>
            <translation>Présentez un badge devant la caméra</translation>
        </message>
        <message>
            <source>No camera detected</source>
            <translation>Aucune caméra détectée</translation>
        </message>
        <message>
            <source>Camera in use by another program</source>
            <translation>Caméra en cours d'utilisation par un autre programme</translation>
        </message>
        <message>
            <source>This computer does not let facilitator use the camera: allow it in the privacy settings</source>
            <translation>Cet ordinateur ne permet pas à facilitator d'utiliser la caméra : autorisez-le dans les paramètres de confidentialité</translation>
        </message>
        <message>
            <source>The camera did not start: unplug it, plug it in again and retry</source>
            <translation>La caméra n'a pas démarré : débranchez-la, rebranchez-la et réessayez</translation>
        </message>
        <message>
            <source>The camera was unplugged</source>
            <translation>La caméra a été débranchée</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Not read again: the database could not be reached. Shown as it was before.</source>
            <translation>Pas relu : la base de données est inaccessible. L'affichage reste celui d'avant.</translation>
        </message>
    </context>
    <context>
        <name>_TwoPeople</name>
        <message>
            <source>Choose</source>
            <translation>Choisir</translation>
        </message>
        <message>
            <source>Who stays at which table</source>
            <translation>Qui reste à quelle table</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Avec</translation>
        </message>
    </context>
</TS>
