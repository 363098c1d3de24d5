<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AccueilWorkspace</name>
        <message>
            <source>New session…</source>
            <translation>Nouvelle séance…</translation>
        </message>
        <message>
            <source>Name or badge number, then Enter</source>
            <translation>Nom ou numéro de badge, puis Entrée</translation>
        </message>
        <message>
            <source>Arrival (Enter)</source>
            <translation>Arrivée (Entrée)</translation>
        </message>
        <message>
            <source>Departure (F8)</source>
            <translation>Départ (F8)</translation>
        </message>
        <message>
            <source>Undo the last action (Ctrl+Z)</source>
            <translation>Annuler la dernière action (Ctrl+Z)</translation>
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
            <translation>là depuis {time}</translation>
        </message>
        <message>
            <source>left at {time}</source>
            <translation>parti·e à {time}</translation>
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
        <message>
            <source>Open an assembly first.</source>
            <translation>Ouvrez d'abord une assemblée.</translation>
        </message>
        <message>
            <source>No session yet: create one (date, place) to sign people in.</source>
            <translation>Aucune séance pour l'instant : créez-en une (date, lieu) pour accueillir les participant·es.</translation>
        </message>
        <message>
            <source>Enter: arrival · F8: departure · Ctrl+Z: undo · ↑ ↓: another match</source>
            <translation>Entrée : arrivée · F8 : départ · Ctrl+Z : annuler · ↑ ↓ : une autre personne</translation>
        </message>
        <message>
            <source>{name} has already arrived, at {time}.</source>
            <translation>{name} est déjà arrivé·e, à {time}.</translation>
        </message>
        <message>
            <source>Welcome back, {name} ({time}).</source>
            <translation>Re-bonjour, {name} ({time}).</translation>
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
            <source>Nothing to undo on this computer.</source>
            <translation>Rien à annuler sur cet ordinateur.</translation>
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
            <source>Cancelled: {what} of {name} at {time}.</source>
            <translation>Annulé : {what} de {name} à {time}.</translation>
        </message>
        <message>
            <source>Session created.</source>
            <translation>Séance créée.</translation>
        </message>
    </context>
    <context>
        <name>AssembliesPage</name>
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
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <source>Line {line}: {problems}</source>
            <translation>Ligne {line} : {problems}</translation>
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
            <source>{role} (minority)</source>
            <translation>{role} (minorité)</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsWorkspace</name>
        <message>
            <source>Search a name or a badge number (Ctrl+F)</source>
            <translation>Rechercher un nom ou un n° de badge (Ctrl+F)</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <source>Drawn and volunteers</source>
            <translation>Tiré·es au sort et volontaires</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Add a participant (Ctrl+N)</source>
            <translation>Ajouter un·e participant·e (Ctrl+N)</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Change the selected participant (Enter)</source>
            <translation>Modifier la personne sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected participant (Del)</source>
            <translation>Retirer la personne sélectionnée (Suppr)</translation>
        </message>
        <message>
            <source>Import a roster…</source>
            <translation>Importer une liste…</translation>
        </message>
        <message>
            <source>Import a CSV or XLSX file (Ctrl+I)</source>
            <translation>Importer un fichier CSV ou XLSX (Ctrl+I)</translation>
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
            <source>Nobody in this assembly yet: add people one by one (Ctrl+N) or import a roster (Ctrl+I).</source>
            <translation>Personne dans cette assemblée pour l'instant : ajoutez des personnes une à une (Ctrl+N) ou importez une liste (Ctrl+I).</translation>
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
        <name>Problems</name>
        <message>
            <source>Cannot continue for now</source>
            <translation>Impossible de continuer pour l'instant</translation>
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
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
</TS>
