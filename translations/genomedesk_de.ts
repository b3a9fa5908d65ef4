<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Imports a sites VCF/BCF (gnomAD naming, or a field map) into a frequency cache as one source; a source of the same name is replaced when the import completes.</source>
            <translation>Importiert ein Sites-VCF/BCF (gnomAD-Benennung oder eine Feldzuordnung) als eine Quelle in einen Frequenz-Cache; eine Quelle gleichen Namens wird ersetzt, wenn der Import abgeschlossen ist.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq); created when missing.</source>
            <translation>Die Cache-Datei (.gdfreq); wird angelegt, wenn sie fehlt.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>The sites VCF/BCF.</source>
            <translation>Das Sites-VCF/BCF.</translation>
        </message>
        <message>
            <source>Source name, also the prefix of annotation keys (gnomad).</source>
            <translation>Name der Quelle, zugleich das Präfix der Annotationsschlüssel (gnomad).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Source version (4.1).</source>
            <translation>Version der Quelle (4.1).</translation>
        </message>
        <message>
            <source>version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Populations to import besides the whole source, comma-separated (afr,nfe); default: every gnomAD group in the header.</source>
            <translation>Zu importierende Populationen neben der gesamten Quelle, durch Kommas getrennt (afr,nfe); Vorgabe: jede gnomAD-Gruppe im Header.</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>Bezeichnungen</translation>
        </message>
        <message>
            <source>Tab-separated lines: metric, population, INFO key [, type]; or: population, label, description [, sample count].</source>
            <translation>Tabulatorgetrennte Zeilen: Metrik, Population, INFO-Schlüssel [, Typ]; oder: Population, Bezeichnung, Beschreibung [, Probenanzahl].</translation>
        </message>
        <message>
            <source>Licence of the data (CC0-1.0).</source>
            <translation>Lizenz der Daten (CC0-1.0).</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Where the data came from (URL); default: the file name.</source>
            <translation>Herkunft der Daten (URL); Vorgabe: der Dateiname.</translation>
        </message>
        <message>
            <source>GRCh37 or GRCh38, when the header does not tell.</source>
            <translation>GRCh37 oder GRCh38, wenn der Header es nicht angibt.</translation>
        </message>
        <message>
            <source>build</source>
            <translation>Build</translation>
        </message>
        <message>
            <source>When the data was obtained (ISO 8601); default: the file's time.</source>
            <translation>Wann die Daten bezogen wurden (ISO 8601); Vorgabe: der Zeitstempel der Datei.</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Print progress to stderr.</source>
            <translation>Fortschritt auf stderr ausgeben.</translation>
        </message>
        <message>
            <source>cache import: unexpected argument %1</source>
            <translation>cache import: unerwartetes Argument %1</translation>
        </message>
        <message>
            <source>cache import: --%1 is required</source>
            <translation>cache import: --%1 ist erforderlich</translation>
        </message>
        <message>
            <source>cache import: give --populations or --field-map, not both</source>
            <translation>cache import: --populations oder --field-map angeben, nicht beides</translation>
        </message>
        <message>
            <source>cache import: --build must be GRCh37 or GRCh38</source>
            <translation>cache import: --build muss GRCh37 oder GRCh38 sein</translation>
        </message>
        <message>
            <source>cache import: --retrieved is not an ISO 8601 date</source>
            <translation>cache import: --retrieved ist kein Datum nach ISO 8601</translation>
        </message>
        <message>
            <source>importing: %1%</source>
            <translation>Import: %1%</translation>
        </message>
        <message>
            <source>%1 %2: %3 records, %4 sites, %5 fields, %6 populations</source>
            <translation>%1 %2: %3 Datensätze, %4 Positionen, %5 Felder, %6 Populationen</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>Prints the sources, populations, sites, size and build of a frequency cache.</source>
            <translation>Gibt Quellen, Populationen, Positionen, Größe und Build eines Frequenz-Caches aus.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq).</source>
            <translation>Die Cache-Datei (.gdfreq).</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>JSON ausgeben.</translation>
        </message>
        <message>
            <source>cache info: --cache is required</source>
            <translation>cache info: --cache ist erforderlich</translation>
        </message>
        <message>
            <source>%1: frequency cache format %2, build %3, %4 bytes</source>
            <translation>%1: Frequenz-Cache im Format %2, Build %3, %4 Byte</translation>
        </message>
        <message>
            <source>no sources</source>
            <translation>keine Quellen</translation>
        </message>
        <message>
            <source>source %1 %2 (%3, %4), licence: %5</source>
            <translation>Quelle %1 %2 (%3, %4), Lizenz: %5</translation>
        </message>
        <message>
            <source>  retrieved %1, imported %2</source>
            <translation>  abgerufen am %1, importiert am %2</translation>
        </message>
        <message>
            <source>  %1 records, %2 sites, %3 chunks, %4 bytes per site</source>
            <translation>  %1 Datensätze, %2 Positionen, %3 Blöcke, %4 Byte pro Position</translation>
        </message>
        <message>
            <source>  populations: %1</source>
            <translation>  Populationen: %1</translation>
        </message>
        <message>
            <source>  fields: %1</source>
            <translation>  Felder: %1</translation>
        </message>
        <message>
            <source>Removes a source and its sites from a frequency cache.</source>
            <translation>Entfernt eine Quelle und ihre Positionen aus einem Frequenz-Cache.</translation>
        </message>
        <message>
            <source>The source to remove.</source>
            <translation>Die zu entfernende Quelle.</translation>
        </message>
        <message>
            <source>cache remove: --cache and --source are required</source>
            <translation>cache remove: --cache und --source sind erforderlich</translation>
        </message>
        <message>
            <source>Annotates a VCF/BCF with population frequencies from one or more frequency caches; INFO keys are &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</source>
            <translation>Annotiert ein VCF/BCF mit Populationsfrequenzen aus einem oder mehreren Frequenz-Caches; die INFO-Schlüssel lauten &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</translation>
        </message>
        <message>
            <source>VCF, VCF.gz or BCF file</source>
            <translation>VCF-, VCF.gz- oder BCF-Datei</translation>
        </message>
        <message>
            <source>A cache file (.gdfreq); may be given several times.</source>
            <translation>Eine Cache-Datei (.gdfreq); kann mehrfach angegeben werden.</translation>
        </message>
        <message>
            <source>Output: .vcf.gz, .bcf, .vcf or .tsv.</source>
            <translation>Ausgabe: .vcf.gz, .bcf, .vcf oder .tsv.</translation>
        </message>
        <message>
            <source>annotate: expects exactly one input file</source>
            <translation>annotate: erwartet genau eine Eingabedatei</translation>
        </message>
        <message>
            <source>annotate: --cache and --out are required</source>
            <translation>annotate: --cache und --out sind erforderlich</translation>
        </message>
        <message>
            <source>%1: %2 found</source>
            <translation>%1: %2 gefunden</translation>
        </message>
        <message>
            <source>%1 records, %2 alleles; %3</source>
            <translation>%1 Datensätze, %2 Allele; %3</translation>
        </message>
        <message>
            <source>Case database: an SQLite file or a PostgreSQL URL (postgresql://user@host:port/database).</source>
            <translation>Falldatenbank: eine SQLite-Datei oder eine PostgreSQL-URL (postgresql://user@host:port/database).</translation>
        </message>
        <message>
            <source>cases.db</source>
            <translation>cases.db</translation>
        </message>
        <message>
            <source>Key file (32 bytes or 64 hex digits, mode 0600) instead of the passphrase in GENOMEDESK_PASSPHRASE.</source>
            <translation>Schlüsseldatei (32 Byte oder 64 Hexadezimalziffern, Modus 0600) statt der Passphrase in GENOMEDESK_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Acting user; the password is read from GENOMEDESK_PASSWORD.</source>
            <translation>Handelnder Benutzer; das Passwort wird aus GENOMEDESK_PASSWORD gelesen.</translation>
        </message>
        <message>
            <source>--db is required</source>
            <translation>--db ist erforderlich</translation>
        </message>
        <message>
            <source>set the passphrase in %1 or give --key-file</source>
            <translation>Passphrase in %1 setzen oder --key-file angeben</translation>
        </message>
        <message>
            <source>--user is required</source>
            <translation>--user ist erforderlich</translation>
        </message>
        <message>
            <source>set the password of %1 in %2</source>
            <translation>Passwort von %1 in %2 setzen</translation>
        </message>
        <message>
            <source>Creates a case for a patient (created from --identity when new) and prints its id.</source>
            <translation>Legt einen Fall für einen Patienten an (neu angelegt aus --identity, falls noch nicht vorhanden) und gibt seine ID aus.</translation>
        </message>
        <message>
            <source>Patient pseudonym (letters, digits, - and _).</source>
            <translation>Pseudonym des Patienten (Buchstaben, Ziffern, - und _).</translation>
        </message>
        <message>
            <source>pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>JSON file with the new patient's identity: {"name", "birthDate", "identifiers"}; stored encrypted.</source>
            <translation>JSON-Datei mit der Identität des neuen Patienten: {"name", "birthDate", "identifiers"}; wird verschlüsselt gespeichert.</translation>
        </message>
        <message>
            <source>file.json</source>
            <translation>datei.json</translation>
        </message>
        <message>
            <source>Indication for testing.</source>
            <translation>Indikation für die Untersuchung.</translation>
        </message>
        <message>
            <source>Referring clinician.</source>
            <translation>Zuweisender Arzt/Zuweisende Ärztin.</translation>
        </message>
        <message>
            <source>Consent profile JSON file.</source>
            <translation>JSON-Datei des Einwilligungsprofils.</translation>
        </message>
        <message>
            <source>Input file (VCF/BCF, PED, ...); repeat for several.</source>
            <translation>Eingabedatei (VCF/BCF, PED, ...); für mehrere wiederholen.</translation>
        </message>
        <message>
            <source>path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Genome build (GRCh37 or GRCh38).</source>
            <translation>Genom-Build (GRCh37 oder GRCh38).</translation>
        </message>
        <message>
            <source>Policy id or file in force for the case.</source>
            <translation>Für den Fall geltende Richtlinie (ID oder Datei).</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>Richtlinie</translation>
        </message>
        <message>
            <source>Frequency source and version; repeat.</source>
            <translation>Frequenzquelle und Version; wiederholbar.</translation>
        </message>
        <message>
            <source>name=version</source>
            <translation>name=version</translation>
        </message>
        <message>
            <source>Knowledge base version.</source>
            <translation>Version der Wissensdatenbank.</translation>
        </message>
        <message>
            <source>case create: unexpected argument %1</source>
            <translation>case create: unerwartetes Argument %1</translation>
        </message>
        <message>
            <source>case create: --patient is required</source>
            <translation>case create: --patient ist erforderlich</translation>
        </message>
        <message>
            <source>cannot read %1</source>
            <translation>%1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2)</source>
            <translation>%1: kein JSON-Objekt (%2)</translation>
        </message>
        <message>
            <source>--cache-version expects name=version, not %1</source>
            <translation>--cache-version erwartet name=version, nicht %1</translation>
        </message>
        <message>
            <source>%1: "name" is missing</source>
            <translation>%1: "name" fehlt</translation>
        </message>
        <message>
            <source>patient %1 is new: give --identity</source>
            <translation>Patient %1 ist neu: --identity angeben</translation>
        </message>
        <message>
            <source>patient %1 exists already; leave out --identity</source>
            <translation>Patient %1 existiert bereits; --identity weglassen</translation>
        </message>
        <message>
            <source>Lists the cases of a case database.</source>
            <translation>Listet die Fälle einer Falldatenbank auf.</translation>
        </message>
        <message>
            <source>Shows a case: its inputs, reviews with criteria, earlier classifications of the same variants, and report versions.</source>
            <translation>Zeigt einen Fall: seine Eingaben, Prüfungen mit Kriterien, frühere Klassifikationen derselben Varianten und die Berichtsversionen.</translation>
        </message>
        <message>
            <source>Case id.</source>
            <translation>Fall-ID.</translation>
        </message>
        <message>
            <source>case show: give one case id</source>
            <translation>case show: eine Fall-ID angeben</translation>
        </message>
        <message>
            <source>Case %1 (%2, report version %3)</source>
            <translation>Fall %1 (%2, Berichtsversion %3)</translation>
        </message>
        <message>
            <source>Patient: %1</source>
            <translation>Patient: %1</translation>
        </message>
        <message>
            <source>Indication: %1</source>
            <translation>Indikation: %1</translation>
        </message>
        <message>
            <source>Referrer: %1</source>
            <translation>Zuweiser: %1</translation>
        </message>
        <message>
            <source>Genome build: %1</source>
            <translation>Genom-Build: %1</translation>
        </message>
        <message>
            <source>Policy: %1 %2 (sha256 %3)</source>
            <translation>Richtlinie: %1 %2 (sha256 %3)</translation>
        </message>
        <message>
            <source>Knowledge base: %1</source>
            <translation>Wissensdatenbank: %1</translation>
        </message>
        <message>
            <source>Frequency sources: %1</source>
            <translation>Frequenzquellen: %1</translation>
        </message>
        <message>
            <source>Created by %1 on %2</source>
            <translation>Angelegt von %1 am %2</translation>
        </message>
        <message>
            <source>File: %1 (sha256 %2)</source>
            <translation>Datei: %1 (sha256 %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s):</source>
            <translation>
                <numerusform>%n Prüfung:</numerusform>
                <numerusform>%n Prüfungen:</numerusform>
            </translation>
        </message>
        <message>
            <source>by %1 on %2 (%3)</source>
            <translation>von %1 am %2 (%3)</translation>
        </message>
        <message>
            <source>Comment: %1</source>
            <translation>Kommentar: %1</translation>
        </message>
        <message>
            <source>Suggestion %1 rejected by %2 on %3</source>
            <translation>Vorschlag %1 abgelehnt von %2 am %3</translation>
        </message>
        <message>
            <source>Suggestion %1 accepted by %2 on %3</source>
            <translation>Vorschlag %1 übernommen von %2 am %3</translation>
        </message>
        <message>
            <source>Also classified in case %1 (patient %2): %3 [%4] by %5 on %6</source>
            <translation>Auch klassifiziert in Fall %1 (Patient %2): %3 [%4] von %5 am %6</translation>
        </message>
        <message>
            <source>Report versions:</source>
            <translation>Berichtsversionen:</translation>
        </message>
        <message>
            <source>%1: signed by %2 on %3, sha256 %4 (%5)</source>
            <translation>%1: unterzeichnet von %2 am %3, sha256 %4 (%5)</translation>
        </message>
        <message>
            <source>%1: open (%2)</source>
            <translation>%1: offen (%2)</translation>
        </message>
        <message>
            <source>Writes a case as JSON (pseudonymous unless --identified).</source>
            <translation>Schreibt einen Fall als JSON (pseudonymisiert, außer mit --identified).</translation>
        </message>
        <message>
            <source>JSON file to write (default: standard output).</source>
            <translation>Zu schreibende JSON-Datei (Vorgabe: Standardausgabe).</translation>
        </message>
        <message>
            <source>Include the patient's decrypted identity and the input file paths.</source>
            <translation>Die entschlüsselte Identität des Patienten und die Pfade der Eingabedateien einschließen.</translation>
        </message>
        <message>
            <source>case export: give one case id</source>
            <translation>case export: eine Fall-ID angeben</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Signs a reviewed case (clinical geneticists only); freezes its report version.</source>
            <translation>Unterzeichnet einen geprüften Fall (nur Fachärzte/Fachärztinnen für Humangenetik); friert seine Berichtsversion ein.</translation>
        </message>
        <message>
            <source>Marks a draft case as reviewed.</source>
            <translation>Markiert einen Fall im Entwurf als geprüft.</translation>
        </message>
        <message>
            <source>give one case id</source>
            <translation>eine Fall-ID angeben</translation>
        </message>
        <message>
            <source>Case %1 report version %2 signed by %3, sha256 %4</source>
            <translation>Fall %1 Berichtsversion %2 unterzeichnet von %3, sha256 %4</translation>
        </message>
        <message>
            <source>Case %1 is reviewed</source>
            <translation>Fall %1 ist geprüft</translation>
        </message>
        <message>
            <source>Classification: P, LP, VUS, LB or B.</source>
            <translation>Klassifikation: P, LP, VUS, LB oder B.</translation>
        </message>
        <message>
            <source>class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Applied ACMG/AMP criteria, comma-separated (PVS1,PM2_Supporting).</source>
            <translation>Angewandte ACMG/AMP-Kriterien, durch Kommas getrennt (PVS1,PM2_Supporting).</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Evidence text of one criterion; repeat.</source>
            <translation>Evidenztext eines Kriteriums; wiederholbar.</translation>
        </message>
        <message>
            <source>CODE=text</source>
            <translation>CODE=Text</translation>
        </message>
        <message>
            <source>Comment.</source>
            <translation>Kommentar.</translation>
        </message>
        <message>
            <source>Mark the review final.</source>
            <translation>Die Prüfung als abschließend markieren.</translation>
        </message>
        <message>
            <source>Why a signed case is changed (opens a new report version).</source>
            <translation>Warum ein unterzeichneter Fall geändert wird (eröffnet eine neue Berichtsversion).</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer accepted, with an optional reason; repeat.</source>
            <translation>Ein automatischer Vorschlag, den der Prüfer übernommen hat, mit optionaler Begründung; wiederholbar.</translation>
        </message>
        <message>
            <source>CODE[=reason]</source>
            <translation>CODE[=Begründung]</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer rejected, with the reason; repeat.</source>
            <translation>Ein automatischer Vorschlag, den der Prüfer abgelehnt hat, mit Begründung; wiederholbar.</translation>
        </message>
        <message>
            <source>CODE=reason</source>
            <translation>CODE=Begründung</translation>
        </message>
        <message>
            <source>review set: --class is required</source>
            <translation>review set: --class ist erforderlich</translation>
        </message>
        <message>
            <source>review set: unknown class %1 (use P, LP, VUS, LB or B)</source>
            <translation>review set: unbekannte Klasse %1 (P, LP, VUS, LB oder B verwenden)</translation>
        </message>
        <message>
            <source>review set: --evidence expects CODE=text</source>
            <translation>review set: --evidence erwartet CODE=Text</translation>
        </message>
        <message>
            <source>review set: %1</source>
            <translation>review set: %1</translation>
        </message>
        <message>
            <source>review set: --evidence for %1, which is not in --criteria</source>
            <translation>review set: --evidence für %1, das nicht in --criteria steht</translation>
        </message>
        <message>
            <source>review set: --reject-suggestion expects CODE=reason</source>
            <translation>review set: --reject-suggestion erwartet CODE=Begründung</translation>
        </message>
        <message>
            <source>Records the classification of one variant of a case, with its ACMG/AMP criteria. Prints the class by the Richards 2015 rules and by points.</source>
            <translation>Erfasst die Klassifikation einer Variante eines Falls mit ihren ACMG/AMP-Kriterien. Gibt die Klasse nach den Regeln von Richards 2015 und nach Punkten aus.</translation>
        </message>
        <message>
            <source>Variant key: contig-position-ref-alt, 1-based (6-26092913-G-A).</source>
            <translation>Variantenschlüssel: Contig-Position-Ref-Alt, 1-basiert (6-26092913-G-A).</translation>
        </message>
        <message>
            <source>review set: give a case id and a variant key</source>
            <translation>review set: eine Fall-ID und einen Variantenschlüssel angeben</translation>
        </message>
        <message>
            <source>review set: "%1" is not a variant key like 6-26092913-G-A</source>
            <translation>review set: "%1" ist kein Variantenschlüssel wie 6-26092913-G-A</translation>
        </message>
        <message>
            <source>%1 %2: %3 [%4], report version %5</source>
            <translation>%1 %2: %3 [%4], Berichtsversion %5</translation>
        </message>
        <message>
            <source>Adds a user; the new password is read from GENOMEDESK_NEW_PASSWORD. The first user of a database must be an admin and needs no --user.</source>
            <translation>Fügt einen Benutzer hinzu; das neue Passwort wird aus GENOMEDESK_NEW_PASSWORD gelesen. Der erste Benutzer einer Datenbank muss ein Administrator sein und benötigt kein --user.</translation>
        </message>
        <message>
            <source>counsellor, geneticist or admin.</source>
            <translation>counsellor, geneticist oder admin.</translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>Benutzername.</translation>
        </message>
        <message>
            <source>user add: give one user name</source>
            <translation>user add: einen Benutzernamen angeben</translation>
        </message>
        <message>
            <source>user add: --role must be counsellor, geneticist or admin</source>
            <translation>user add: --role muss counsellor, geneticist oder admin sein</translation>
        </message>
        <message>
            <source>user add: set the new user's password in %1</source>
            <translation>user add: Passwort des neuen Benutzers in %1 setzen</translation>
        </message>
        <message>
            <source>User %1 (%2) added</source>
            <translation>Benutzer %1 (%2) hinzugefügt</translation>
        </message>
        <message>
            <source>Lists the users of a case database.</source>
            <translation>Listet die Benutzer einer Falldatenbank auf.</translation>
        </message>
        <message>
            <source>Checks the hash chain of a case database's audit log; names the first bad entry. With the database key (GENOMEDESK_PASSPHRASE or --key-file) it also checks every entry's HMAC, which detects a rewrite of all later entries; without the key that check is skipped.</source>
            <translation>Prüft die Hash-Kette des Prüfprotokolls einer Falldatenbank; nennt den ersten fehlerhaften Eintrag. Mit dem Datenbankschlüssel (GENOMEDESK_PASSPHRASE oder --key-file) prüft es auch den HMAC jedes Eintrags, wodurch ein Umschreiben aller späteren Einträge erkannt wird; ohne Schlüssel entfällt diese Prüfung.</translation>
        </message>
        <message>
            <source>audit verify: --db is required</source>
            <translation>audit verify: --db ist erforderlich</translation>
        </message>
        <message>
            <source>genomedesk: audit log NOT intact: entry %1: %2</source>
            <translation>genomedesk: Prüfprotokoll NICHT intakt: Eintrag %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audit log intact: %n entry(s)</source>
            <translation>
                <numerusform>Prüfprotokoll intakt: %n Eintrag</numerusform>
                <numerusform>Prüfprotokoll intakt: %n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>keyed check (HMAC) passed for entries from %1 on</source>
            <translation>Prüfung mit Schlüssel (HMAC) bestanden für Einträge ab %1</translation>
        </message>
        <message>
            <source>keyed check skipped: no key given (set %1 or give --key-file); only the hash chain was verified</source>
            <translation>Prüfung mit Schlüssel übersprungen: kein Schlüssel angegeben (%1 setzen oder --key-file angeben); nur die Hash-Kette wurde geprüft</translation>
        </message>
        <message>
            <source>Prints the audit log of a case database.</source>
            <translation>Gibt das Prüfprotokoll einer Falldatenbank aus.</translation>
        </message>
        <message>
            <source>Case database file.</source>
            <translation>Falldatenbank-Datei.</translation>
        </message>
        <message>
            <source>audit list: --db is required</source>
            <translation>audit list: --db ist erforderlich</translation>
        </message>
        <message>
            <source>cannot create the output directory %1</source>
            <translation>das Ausgabeverzeichnis %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot write the demo case to %1</source>
            <translation>der Demofall kann nicht nach %1 geschrieben werden</translation>
        </message>
        <message>
            <source>run the whole path on the bundled demo case</source>
            <translation>den gesamten Ablauf am mitgelieferten Demofall ausführen</translation>
        </message>
        <message>
            <source>read a VCF/BCF file and print a summary</source>
            <translation>eine VCF/BCF-Datei lesen und eine Zusammenfassung ausgeben</translation>
        </message>
        <message>
            <source>write a clinician-facing report (PDF, HTML, FHIR, Phenopacket)</source>
            <translation>einen Befundbericht für Ärzte schreiben (PDF, HTML, FHIR, Phenopacket)</translation>
        </message>
        <message>
            <source>import genes, ClinVar and panels into a knowledge base</source>
            <translation>Gene, ClinVar und Panels in eine Wissensdatenbank importieren</translation>
        </message>
        <message>
            <source>list policies or apply one with consent to a case</source>
            <translation>Richtlinien auflisten oder eine mit Einwilligung auf einen Fall anwenden</translation>
        </message>
        <message>
            <source>import, inspect or remove sources of a frequency cache</source>
            <translation>Quellen eines Frequenz-Caches importieren, anzeigen oder entfernen</translation>
        </message>
        <message>
            <source>annotate a VCF/BCF with frequencies from caches</source>
            <translation>ein VCF/BCF mit Frequenzen aus Caches annotieren</translation>
        </message>
        <message>
            <source>check a package against its signature before install</source>
            <translation>ein Paket vor der Installation anhand seiner Signatur prüfen</translation>
        </message>
        <message>
            <source>check a signed report PDF against its signature</source>
            <translation>ein signiertes Berichts-PDF anhand seiner Signatur prüfen</translation>
        </message>
        <message>
            <source>fetch frequencies from Beacon v2 nodes into a frequency cache</source>
            <translation>Frequenzen von Beacon-v2-Knoten in einen Frequenz-Cache abrufen</translation>
        </message>
        <message>
            <source>create, list, show, export, mark reviewed and sign cases</source>
            <translation>Fälle anlegen, auflisten, anzeigen, exportieren, als geprüft markieren und unterzeichnen</translation>
        </message>
        <message>
            <source>record a variant's classification and ACMG/AMP criteria</source>
            <translation>die Klassifikation einer Variante und ACMG/AMP-Kriterien erfassen</translation>
        </message>
        <message>
            <source>add or list users of a case database</source>
            <translation>Benutzer einer Falldatenbank hinzufügen oder auflisten</translation>
        </message>
        <message>
            <source>verify or print the audit log of a case database</source>
            <translation>das Prüfprotokoll einer Falldatenbank verifizieren oder ausgeben</translation>
        </message>
        <message>
            <source>Reads a VCF or BCF file and prints a summary.</source>
            <translation>Liest eine VCF- oder BCF-Datei und gibt eine Zusammenfassung aus.</translation>
        </message>
        <message>
            <source>Print the summary as JSON.</source>
            <translation>Die Zusammenfassung als JSON ausgeben.</translation>
        </message>
        <message>
            <source>PED file: sexes and trio analysis.</source>
            <translation>PED-Datei: Geschlechter und Trio-Analyse.</translation>
        </message>
        <message>
            <source>file.ped</source>
            <translation>datei.ped</translation>
        </message>
        <message>
            <source>Load only this sample (repeat or comma-separate).</source>
            <translation>Nur diese Probe laden (wiederholen oder durch Kommas trennen).</translation>
        </message>
        <message>
            <source>Reference FASTA (with .fai) to left-align indels.</source>
            <translation>Referenz-FASTA (mit .fai), um Indels linksbündig auszurichten.</translation>
        </message>
        <message>
            <source>ref.fa</source>
            <translation>ref.fa</translation>
        </message>
        <message>
            <source>load: expects exactly one file</source>
            <translation>load: erwartet genau eine Datei</translation>
        </message>
        <message>
            <source>Runs the whole path on the bundled demo case: load, frequencies, policy with consent, reviewed report (PDF, HTML, FHIR, Phenopacket).</source>
            <translation>Führt den gesamten Ablauf am mitgelieferten Demofall aus: Laden, Frequenzen, Richtlinie mit Einwilligung, geprüfter Bericht (PDF, HTML, FHIR, Phenopacket).</translation>
        </message>
        <message>
            <source>Directory for the demo case and its report (default: ./genomedesk-demo).</source>
            <translation>Verzeichnis für den Demofall und seinen Bericht (Vorgabe: ./genomedesk-demo).</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>Verzeichnis</translation>
        </message>
        <message>
            <source>Open the demo case in the window.</source>
            <translation>Den Demofall im Fenster öffnen.</translation>
        </message>
        <message>
            <source>With --gui: save a PNG of the window once the case is open, then quit.</source>
            <translation>Mit --gui: ein PNG des Fensters speichern, sobald der Fall geöffnet ist, dann beenden.</translation>
        </message>
        <message>
            <source>file.png</source>
            <translation>datei.png</translation>
        </message>
        <message>
            <source>With --gui: fill the screen, save PNGs of the window, detail pane, QC dashboard and report preview into a folder, then quit.</source>
            <translation>Mit --gui: den Bildschirm füllen, PNGs von Fenster, Detailbereich, QC-Übersicht und Berichtsvorschau in einem Ordner speichern, dann beenden.</translation>
        </message>
        <message>
            <source>Language of the demo report (en, de, fr, nl, it, es, pl).</source>
            <translation>Sprache des Demoberichts (en, de, fr, nl, it, es, pl).</translation>
        </message>
        <message>
            <source>language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>With --gui: colours of the window, "system" (default) or "dark", to look at the dark appearance where the desktop offers none.</source>
            <translation>Mit --gui: Farben des Fensters, "system" (Vorgabe) oder "dark", um das dunkle Erscheinungsbild anzusehen, wo der Desktop keines bietet.</translation>
        </message>
        <message>
            <source>palette</source>
            <translation>Palette</translation>
        </message>
        <message>
            <source>demo: unexpected argument %1</source>
            <translation>demo: unerwartetes Argument %1</translation>
        </message>
        <message>
            <source>demo: --palette is "system" or "dark", not %1</source>
            <translation>demo: --palette ist "system" oder "dark", nicht %1</translation>
        </message>
        <message>
            <source>cannot write the screenshot %1</source>
            <translation>der Screenshot %1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Imports one file into a knowledge base (created when missing).</source>
            <translation>Importiert eine Datei in eine Wissensdatenbank (wird angelegt, wenn sie fehlt).</translation>
        </message>
        <message>
            <source>Knowledge base file.</source>
            <translation>Datei der Wissensdatenbank.</translation>
        </message>
        <message>
            <source>K.gdkb</source>
            <translation>K.gdkb</translation>
        </message>
        <message>
            <source>Gene model as GTF or GFF3 (genes, transcripts, exons).</source>
            <translation>Genmodell als GTF oder GFF3 (Gene, Transkripte, Exons).</translation>
        </message>
        <message>
            <source>Gene spans as BED (e.g. the MANE genes BED).</source>
            <translation>Genbereiche als BED (z. B. das MANE-Gene-BED).</translation>
        </message>
        <message>
            <source>ClinVar VCF.</source>
            <translation>ClinVar-VCF.</translation>
        </message>
        <message>
            <source>Gene panel: PanelApp TSV or panel BED.</source>
            <translation>Genpanel: PanelApp-TSV oder Panel-BED.</translation>
        </message>
        <message>
            <source>Genome build of the file: GRCh37 or GRCh38 (gene models need it; ClinVar reads ##reference).</source>
            <translation>Genom-Build der Datei: GRCh37 oder GRCh38 (für Genmodelle erforderlich; ClinVar liest ##reference).</translation>
        </message>
        <message>
            <source>kb import: --kb is required</source>
            <translation>kb import: --kb ist erforderlich</translation>
        </message>
        <message>
            <source>kb import: give exactly one of --gtf, --bed, --clinvar, --panel</source>
            <translation>kb import: genau eines von --gtf, --bed, --clinvar, --panel angeben</translation>
        </message>
        <message>
            <source>%1: %2 record(s) read, %3 stored, %4 skipped</source>
            <translation>%1: %2 Datensätze gelesen, %3 gespeichert, %4 übersprungen</translation>
        </message>
        <message>
            <source>Lists the sources held by a knowledge base.</source>
            <translation>Listet die Quellen einer Wissensdatenbank auf.</translation>
        </message>
        <message>
            <source>kb info: --kb is required</source>
            <translation>kb info: --kb ist erforderlich</translation>
        </message>
        <message>
            <source>no display found: run a subcommand (see --help) or start under a desktop session or xvfb-run</source>
            <translation>keine Anzeige gefunden: einen Unterbefehl ausführen (siehe --help) oder in einer Desktop-Sitzung bzw. mit xvfb-run starten</translation>
        </message>
        <message>
            <source>GenomeDesk</source>
            <translation>GenomeDesk</translation>
        </message>
        <message>
            <source>unknown command '%1' (see genomedesk --help)</source>
            <translation>unbekannter Befehl '%1' (siehe genomedesk --help)</translation>
        </message>
        <message>
            <source>GenomeDesk: clinical genomics case review.

Without a command, opens the review window. Commands:</source>
            <translation>GenomeDesk: Falldurchsicht in der klinischen Genomik.

Ohne Befehl wird das Prüffenster geöffnet. Befehle:</translation>
        </message>
        <message>
            <source>Run 'genomedesk &lt;command&gt; --help' for a command's options.</source>
            <translation>'genomedesk &lt;command&gt; --help' ausführen, um die Optionen eines Befehls zu sehen.</translation>
        </message>
        <message>
            <source>A VCF or BCF file to open in the window.</source>
            <translation>Eine VCF- oder BCF-Datei, die im Fenster geöffnet wird.</translation>
        </message>
        <message>
            <source>Lists the policies shipped with GenomeDesk.</source>
            <translation>Listet die mit GenomeDesk ausgelieferten Richtlinien auf.</translation>
        </message>
        <message>
            <source>Validates a policy file; with --kb its genes are checked against the gene model.</source>
            <translation>Validiert eine Richtliniendatei; mit --kb werden ihre Gene gegen das Genmodell geprüft.</translation>
        </message>
        <message>
            <source>Policy id or JSON file.</source>
            <translation>Richtlinien-ID oder JSON-Datei.</translation>
        </message>
        <message>
            <source>policy check: give one policy id or file</source>
            <translation>policy check: eine Richtlinien-ID oder -Datei angeben</translation>
        </message>
        <message>
            <source>%1: valid, %2 genes</source>
            <translation>%1: gültig, %2 Gene</translation>
        </message>
        <message>
            <source>cannot write: %1</source>
            <translation>Schreiben nicht möglich: %1</translation>
        </message>
        <message>
            <source>Applies a secondary-findings policy with the patient's consent to a case and writes one decision with its reasons per variant the proband carries.</source>
            <translation>Wendet eine Richtlinie für Zusatzbefunde mit der Einwilligung des Patienten auf einen Fall an und schreibt für jede Variante, die der Indexpatient trägt, eine Entscheidung mit ihren Gründen.</translation>
        </message>
        <message>
            <source>Policy id (see "policy list") or JSON file.</source>
            <translation>Richtlinien-ID (siehe "policy list") oder JSON-Datei.</translation>
        </message>
        <message>
            <source>The patient's consent profile (JSON).</source>
            <translation>Das Einwilligungsprofil des Patienten (JSON).</translation>
        </message>
        <message>
            <source>consent.json</source>
            <translation>consent.json</translation>
        </message>
        <message>
            <source>Indication: gene list, PanelApp TSV, or panel:&lt;id&gt; from the knowledge base.</source>
            <translation>Indikation: Genliste, PanelApp-TSV oder panel:&lt;id&gt; aus der Wissensdatenbank.</translation>
        </message>
        <message>
            <source>Pedigree (PED) of a trio.</source>
            <translation>Stammbaum (PED) eines Trios.</translation>
        </message>
        <message>
            <source>PED</source>
            <translation>PED</translation>
        </message>
        <message>
            <source>Sample name of the patient (default: the trio's child, else the first sample).</source>
            <translation>Probenname des Patienten (Vorgabe: das Kind des Trios, sonst die erste Probe).</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>Probe</translation>
        </message>
        <message>
            <source>The patient's sex when there is no PED: male or female.</source>
            <translation>Das Geschlecht des Patienten, wenn keine PED-Datei vorliegt: male oder female.</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Genome build when the VCF does not tell.</source>
            <translation>Genom-Build, wenn das VCF es nicht angibt.</translation>
        </message>
        <message>
            <source>Frequency cache for the frequency ceilings (repeatable).</source>
            <translation>Frequenz-Cache für die Frequenzobergrenzen (wiederholbar).</translation>
        </message>
        <message>
            <source>C.gdfreq</source>
            <translation>C.gdfreq</translation>
        </message>
        <message>
            <source>Decisions as .tsv or .json.</source>
            <translation>Entscheidungen als .tsv oder .json.</translation>
        </message>
        <message>
            <source>The case VCF/BCF.</source>
            <translation>Das VCF/BCF des Falls.</translation>
        </message>
        <message>
            <source>policy apply: give one case VCF</source>
            <translation>policy apply: ein VCF des Falls angeben</translation>
        </message>
        <message>
            <source>policy apply: --%1 is required</source>
            <translation>policy apply: --%1 ist erforderlich</translation>
        </message>
        <message>
            <source>%1: knowledge base not found</source>
            <translation>%1: Wissensdatenbank nicht gefunden</translation>
        </message>
        <message>
            <source>policy apply: --indication panel:&lt;id&gt; needs --kb</source>
            <translation>policy apply: --indication panel:&lt;id&gt; benötigt --kb</translation>
        </message>
        <message>
            <source>policy apply: no panel %1 in the knowledge base</source>
            <translation>policy apply: kein Panel %1 in der Wissensdatenbank</translation>
        </message>
        <message>
            <source>policy apply: --build must be GRCh37 or GRCh38</source>
            <translation>policy apply: --build muss GRCh37 oder GRCh38 sein</translation>
        </message>
        <message>
            <source>policy apply: --sex must be male or female</source>
            <translation>policy apply: --sex muss male oder female sein</translation>
        </message>
        <message>
            <source>%1: frequency cache not found</source>
            <translation>%1: Frequenz-Cache nicht gefunden</translation>
        </message>
        <message>
            <source>%1: %2 variant(s) carried by %3 (%4 in ClinVar); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</source>
            <translation>%1: %2 Variante(n) bei %3 (%4 in ClinVar); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</translation>
        </message>
        <message>
            <source>not a reviews JSON file: %1</source>
            <translation>keine Prüfungs-JSON-Datei: %1</translation>
        </message>
        <message>
            <source>unknown classification "%1"</source>
            <translation>unbekannte Klassifikation "%1"</translation>
        </message>
        <message>
            <source>case %1 was evaluated with policy %2 (sha256 %3) but --policy gives sha256 %4; give the same policy file</source>
            <translation>Fall %1 wurde mit der Richtlinie %2 (sha256 %3) ausgewertet, aber --policy ergibt sha256 %4; dieselbe Richtliniendatei angeben</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Facharzt/Fachärztin für Humangenetik</translation>
        </message>
        <message>
            <source>case %1 has no input file</source>
            <translation>Fall %1 hat keine Eingabedatei</translation>
        </message>
        <message>
            <source>Writes a report of a case. Without --policy it lists the variants; with a policy and the patient's consent it is a clinician-facing report with primary and secondary findings, frequencies with their sources, the policy's reasons, limitations and a sign-off, optionally signed.</source>
            <translation>Schreibt einen Bericht zu einem Fall. Ohne --policy listet er die Varianten auf; mit einer Richtlinie und der Einwilligung des Patienten ist er ein Befundbericht für Ärzte mit primären Befunden und Zusatzbefunden, Frequenzen mit ihren Quellen, den Gründen der Richtlinie, Einschränkungen und einer Freigabe, optional signiert.</translation>
        </message>
        <message>
            <source>PDF file to write.</source>
            <translation>Zu schreibende PDF-Datei.</translation>
        </message>
        <message>
            <source>report.pdf</source>
            <translation>bericht.pdf</translation>
        </message>
        <message>
            <source>Case identifier printed on the report.</source>
            <translation>Fallkennung, die auf dem Bericht gedruckt wird.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Language of the report: %1 (default en).</source>
            <translation>Sprache des Berichts: %1 (Vorgabe en).</translation>
        </message>
        <message>
            <source>Also write the report as HTML.</source>
            <translation>Den Bericht zusätzlich als HTML schreiben.</translation>
        </message>
        <message>
            <source>file.html</source>
            <translation>datei.html</translation>
        </message>
        <message>
            <source>Also write a FHIR R4 Genomics Reporting bundle.</source>
            <translation>Zusätzlich ein FHIR-R4-Genomics-Reporting-Bundle schreiben.</translation>
        </message>
        <message>
            <source>Also write a GA4GH Phenopacket v2.</source>
            <translation>Zusätzlich ein GA4GH Phenopacket v2 schreiben.</translation>
        </message>
        <message>
            <source>Secondary-findings policy id or JSON file.</source>
            <translation>ID oder JSON-Datei der Richtlinie für Zusatzbefunde.</translation>
        </message>
        <message>
            <source>Indication gene list or PanelApp TSV.</source>
            <translation>Genliste der Indikation oder PanelApp-TSV.</translation>
        </message>
        <message>
            <source>Knowledge base (genes, ClinVar).</source>
            <translation>Wissensdatenbank (Gene, ClinVar).</translation>
        </message>
        <message>
            <source>Frequency cache (repeatable).</source>
            <translation>Frequenz-Cache (wiederholbar).</translation>
        </message>
        <message>
            <source>Classifications with criteria and comments (JSON, as "case export" writes them).</source>
            <translation>Klassifikationen mit Kriterien und Kommentaren (JSON, wie "case export" sie schreibt).</translation>
        </message>
        <message>
            <source>Laboratory name printed on the report.</source>
            <translation>Name des Labors, der auf dem Bericht gedruckt wird.</translation>
        </message>
        <message>
            <source>Sign the PDF with this PKCS#12 certificate and key (passphrase in GENOMEDESK_SIGN_PASSPHRASE); writes PDF.p7s.</source>
            <translation>Das PDF mit diesem PKCS#12-Zertifikat und Schlüssel signieren (Passphrase in GENOMEDESK_SIGN_PASSPHRASE); schreibt PDF.p7s.</translation>
        </message>
        <message>
            <source>cert.p12</source>
            <translation>cert.p12</translation>
        </message>
        <message>
            <source>Directory with report.html, report.css and a logo.</source>
            <translation>Verzeichnis mit report.html, report.css und einem Logo.</translation>
        </message>
        <message>
            <source>Case database: report the case given by --case with its consent, reviews and sign-off (key in GENOMEDESK_PASSPHRASE or --key-file).</source>
            <translation>Falldatenbank: den mit --case angegebenen Fall mit Einwilligung, Prüfungen und Freigabe berichten (Schlüssel in GENOMEDESK_PASSPHRASE oder --key-file).</translation>
        </message>
        <message>
            <source>cases.gddb</source>
            <translation>cases.gddb</translation>
        </message>
        <message>
            <source>Key file of the case database.</source>
            <translation>Schlüsseldatei der Falldatenbank.</translation>
        </message>
        <message>
            <source>With --db: print the patient's name and birth date (decrypted) besides the pseudonym.</source>
            <translation>Mit --db: Name und Geburtsdatum des Patienten (entschlüsselt) neben dem Pseudonym ausgeben.</translation>
        </message>
        <message>
            <source>report: expects exactly one file</source>
            <translation>report: erwartet genau eine Datei</translation>
        </message>
        <message>
            <source>report: --out is required</source>
            <translation>report: --out ist erforderlich</translation>
        </message>
        <message>
            <source>report: --db needs --case and --policy</source>
            <translation>report: --db benötigt --case und --policy</translation>
        </message>
        <message>
            <source>report: --consent, --indication and --reviews need --policy</source>
            <translation>report: --consent, --indication und --reviews benötigen --policy</translation>
        </message>
        <message>
            <source>report: no report language "%1"; available: %2</source>
            <translation>report: keine Berichtssprache "%1"; verfügbar: %2</translation>
        </message>
        <message>
            <source>report: set the passphrase in GENOMEDESK_PASSPHRASE or give --key-file</source>
            <translation>report: Passphrase in GENOMEDESK_PASSPHRASE setzen oder --key-file angeben</translation>
        </message>
        <message>
            <source>%1: case database not found</source>
            <translation>%1: Falldatenbank nicht gefunden</translation>
        </message>
        <message>
            <source>Hereditary cardiomyopathy and arrhythmia (demo gene list)</source>
            <translation>Erbliche Kardiomyopathie und Arrhythmie (Demo-Genliste)</translation>
        </message>
        <message>
            <source>GenomeDesk demo laboratory</source>
            <translation>GenomeDesk-Demolabor</translation>
        </message>
        <message>
            <source>Dr. Demo Referrer, cardiology</source>
            <translation>Dr. Demo Zuweiser, Kardiologie</translation>
        </message>
        <message>
            <source>knowledge base not found</source>
            <translation>Wissensdatenbank nicht gefunden</translation>
        </message>
        <message>
            <source>the knowledge base has no gene model; the cache needs %1</source>
            <translation>die Wissensdatenbank hat kein Genmodell; der Cache benötigt %1</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is for %1, the cache is %2</source>
            <translation>das Genmodell der Wissensdatenbank ist für %1, der Cache für %2</translation>
        </message>
        <message>
            <source>gene %1 is not in the %2 gene model of the knowledge base</source>
            <translation>Gen %1 ist nicht im %2-Genmodell der Wissensdatenbank</translation>
        </message>
        <message>
            <source>Fetches allele frequencies for a case or regions from Beacon v2 nodes into a frequency cache. Exit status 0: every node answered; 1: some nodes failed (the others were written); 2: bad usage or input.</source>
            <translation>Ruft Allelfrequenzen für einen Fall oder Regionen von Beacon-v2-Knoten in einen Frequenz-Cache ab. Exit-Status 0: jeder Knoten hat geantwortet; 1: einige Knoten sind fehlgeschlagen (die anderen wurden geschrieben); 2: fehlerhafter Aufruf oder fehlerhafte Eingabe.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq), created when missing.</source>
            <translation>Frequenz-Cache (.gdfreq), wird angelegt, wenn er fehlt.</translation>
        </message>
        <message>
            <source>Node list (nodes.json).</source>
            <translation>Knotenliste (nodes.json).</translation>
        </message>
        <message>
            <source>Case VCF/BCF whose variants are looked up (padded to regions).</source>
            <translation>VCF/BCF des Falls, dessen Varianten abgefragt werden (zu Regionen erweitert).</translation>
        </message>
        <message>
            <source>Region chr:start-end (1-based, inclusive); repeatable.</source>
            <translation>Region chr:start-end (1-basiert, einschließlich); wiederholbar.</translation>
        </message>
        <message>
            <source>Gene symbol whose span (from the gene model of --kb, padded like a variant) is synced as a region; repeatable.</source>
            <translation>Gensymbol, dessen Bereich (aus dem Genmodell von --kb, erweitert wie eine Variante) als Region synchronisiert wird; wiederholbar.</translation>
        </message>
        <message>
            <source>Knowledge base (.gdkb) whose gene model resolves --gene.</source>
            <translation>Wissensdatenbank (.gdkb), deren Genmodell --gene auflöst.</translation>
        </message>
        <message>
            <source>Write every request sent (URL and body, no tokens) as JSON lines.</source>
            <translation>Jede gesendete Anfrage (URL und Inhalt, ohne Token) als JSON-Zeilen schreiben.</translation>
        </message>
        <message>
            <source>Fetch again only regions fetched more than this many days ago (0: all); default: each node's maxAgeDays in the node list (30).</source>
            <translation>Nur Regionen erneut abrufen, die vor mehr als so vielen Tagen abgerufen wurden (0: alle); Vorgabe: maxAgeDays jedes Knotens in der Knotenliste (30).</translation>
        </message>
        <message>
            <source>sync needs --cache and --nodes.</source>
            <translation>sync benötigt --cache und --nodes.</translation>
        </message>
        <message>
            <source>sync needs either --vcf or --region/--gene.</source>
            <translation>sync benötigt entweder --vcf oder --region/--gene.</translation>
        </message>
        <message>
            <source>--gene needs --kb (the knowledge base with the gene model).</source>
            <translation>--gene benötigt --kb (die Wissensdatenbank mit dem Genmodell).</translation>
        </message>
        <message>
            <source>--max-age must be a number of days, 0 ... 3650.</source>
            <translation>--max-age muss eine Anzahl Tage sein, 0 ... 3650.</translation>
        </message>
        <message>
            <source>--gene: the nodes name different assemblies and the cache %1 has no build yet; give --region instead</source>
            <translation>--gene: die Knoten nennen verschiedene Assemblies und der Cache %1 hat noch keinen Build; stattdessen --region angeben</translation>
        </message>
        <message>
            <source>node %1: up to date, %2 region(s) fetched within %3 day(s), 0 requests</source>
            <translation>Knoten %1: aktuell, %2 Region(en) innerhalb von %3 Tag(en) abgerufen, 0 Anfragen</translation>
        </message>
        <message>
            <source>node %1: ok, %2 variants, %3 sites cached, %4 requests, %5 ms</source>
            <translation>Knoten %1: ok, %2 Varianten, %3 Positionen im Cache, %4 Anfragen, %5 ms</translation>
        </message>
        <message>
            <source>node %1: FAILED after %2 ms: %3</source>
            <translation>Knoten %1: FEHLGESCHLAGEN nach %2 ms: %3</translation>
        </message>
        <message>
            <source>%1: cannot write the request log</source>
            <translation>%1: das Anfrageprotokoll kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>source %1: %2 sites, retrieved %3 (%4 minutes ago)</source>
            <translation>Quelle %1: %2 Positionen, abgerufen am %3 (vor %4 Minuten)</translation>
        </message>
        <message>
            <source>  region %1:%2-%3 fetched %4 (%5)</source>
            <translation>  Region %1:%2-%3 abgerufen am %4 (%5)</translation>
        </message>
        <message>
            <source>Checks a package against its detached CMS signature and a trusted certificate. Exit code 0: valid; 1: the package did not verify; 2: bad usage or unreadable input.</source>
            <translation>Prüft ein Paket anhand seiner abgetrennten CMS-Signatur und eines vertrauenswürdigen Zertifikats. Exit-Code 0: gültig; 1: das Paket wurde nicht verifiziert; 2: fehlerhafter Aufruf oder nicht lesbare Eingabe.</translation>
        </message>
        <message>
            <source>The package (.deb, .rpm, .tar.gz, SHA256SUMS).</source>
            <translation>Das Paket (.deb, .rpm, .tar.gz, SHA256SUMS).</translation>
        </message>
        <message>
            <source>Its detached CMS signature (DER or PEM).</source>
            <translation>Seine abgetrennte CMS-Signatur (DER oder PEM).</translation>
        </message>
        <message>
            <source>The trusted certificate(s), PEM: the signer's or the issuing CA's.</source>
            <translation>Das/die vertrauenswürdige(n) Zertifikat(e), PEM: das des Signierenden oder der ausstellenden CA.</translation>
        </message>
        <message>
            <source>verify-package: unexpected argument %1</source>
            <translation>verify-package: unerwartetes Argument %1</translation>
        </message>
        <message>
            <source>verify-package: --%1 is required</source>
            <translation>verify-package: --%1 ist erforderlich</translation>
        </message>
        <message>
            <source>VERIFICATION FAILED for %1: %2. Do not install it.</source>
            <translation>VERIFIZIERUNG FEHLGESCHLAGEN für %1: %2. Nicht installieren.</translation>
        </message>
        <message>
            <source>OK: %1 is signed by %2</source>
            <translation>OK: %1 ist signiert von %2</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>verify-report: cannot read the %1 %2</source>
            <translation>verify-report: %1 %2 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>Checks a signed report PDF against its detached CMS signature and the trusted CA certificate(s). Exit code 0: valid; 1: not valid (the reason is printed); 2: bad usage or unreadable input.</source>
            <translation>Prüft ein signiertes Berichts-PDF anhand seiner abgetrennten CMS-Signatur und des/der vertrauenswürdigen CA-Zertifikats/Zertifikate. Exit-Code 0: gültig; 1: ungültig (der Grund wird ausgegeben); 2: fehlerhafter Aufruf oder nicht lesbare Eingabe.</translation>
        </message>
        <message>
            <source>The signed report.</source>
            <translation>Der signierte Bericht.</translation>
        </message>
        <message>
            <source>The detached signature (DER or PEM); default: the report's name + .p7s.</source>
            <translation>Die abgetrennte Signatur (DER oder PEM); Vorgabe: der Name des Berichts + .p7s.</translation>
        </message>
        <message>
            <source>The trusted CA certificate(s), PEM: the issuer of the geneticists' certificates, or a signer's own certificate.</source>
            <translation>Das/die vertrauenswürdige(n) CA-Zertifikat(e), PEM: der Aussteller der Zertifikate der Humangenetiker oder das eigene Zertifikat eines Signierenden.</translation>
        </message>
        <message>
            <source>verify-report: expects exactly one report PDF</source>
            <translation>verify-report: erwartet genau ein Berichts-PDF</translation>
        </message>
        <message>
            <source>verify-report: --ca is required</source>
            <translation>verify-report: --ca ist erforderlich</translation>
        </message>
        <message>
            <source>report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>VALID: %1</source>
            <translation>GÜLTIG: %1</translation>
        </message>
        <message>
            <source>INVALID (%1): %2</source>
            <translation>UNGÜLTIG (%1): %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>Signer: %1</source>
            <translation>Signierender: %1</translation>
        </message>
        <message>
            <source>Certificate SHA-256: %1</source>
            <translation>Zertifikat SHA-256: %1</translation>
        </message>
        <message>
            <source>Signed at: %1</source>
            <translation>Signiert am: %1</translation>
        </message>
        <message>
            <source>Report SHA-256: %1</source>
            <translation>Bericht SHA-256: %1</translation>
        </message>
        <message>
            <source>Only these fields, comma-separated, without the source prefix (AC,AN,AF,AC_nfe,status); default: all.</source>
            <translation>Nur diese Felder, durch Kommas getrennt, ohne das Präfix der Quelle (AC,AN,AF,AC_nfe,status); Standard: alle.</translation>
        </message>
        <message>
            <source>list</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>annotate: --fields needs at least one field name</source>
            <translation>annotate: --fields braucht mindestens einen Feldnamen</translation>
        </message>
        <message>
            <source>import a sites VCF/BCF into a frequency cache as one source</source>
            <translation>ein Sites-VCF/BCF als eine Quelle in einen Frequenz-Cache importieren</translation>
        </message>
        <message>
            <source>print the sources, populations, sites, size and build of a cache</source>
            <translation>Quellen, Populationen, Sites, Größe und Genom-Build eines Caches ausgeben</translation>
        </message>
        <message>
            <source>remove a source and its sites from a cache</source>
            <translation>eine Quelle mit ihren Sites aus einem Cache entfernen</translation>
        </message>
        <message>
            <source>create a case for a patient and print its id</source>
            <translation>einen Fall für einen Patienten anlegen und seine ID ausgeben</translation>
        </message>
        <message>
            <source>list the cases of a case database</source>
            <translation>die Fälle einer Falldatenbank auflisten</translation>
        </message>
        <message>
            <source>show a case's inputs, reviews and report versions</source>
            <translation>Eingaben, Bewertungen und Berichtsversionen eines Falls anzeigen</translation>
        </message>
        <message>
            <source>write a case as JSON (pseudonymous unless --identified)</source>
            <translation>einen Fall als JSON schreiben (pseudonymisiert, außer mit --identified)</translation>
        </message>
        <message>
            <source>mark a draft case as reviewed</source>
            <translation>einen Fallentwurf als geprüft markieren</translation>
        </message>
        <message>
            <source>sign a reviewed case (clinical geneticists only)</source>
            <translation>einen geprüften Fall signieren (nur Humangenetiker)</translation>
        </message>
        <message>
            <source>record one variant's classification with its ACMG/AMP criteria</source>
            <translation>die Klassifikation einer Variante mit ihren ACMG/AMP-Kriterien erfassen</translation>
        </message>
        <message>
            <source>add a user to a case database</source>
            <translation>einen Benutzer zu einer Falldatenbank hinzufügen</translation>
        </message>
        <message>
            <source>list the users of a case database</source>
            <translation>die Benutzer einer Falldatenbank auflisten</translation>
        </message>
        <message>
            <source>check the audit log's hash chain (and HMACs with the key)</source>
            <translation>die Hash-Kette des Audit-Protokolls prüfen (mit dem Schlüssel auch die HMACs)</translation>
        </message>
        <message>
            <source>print the audit log</source>
            <translation>das Audit-Protokoll ausgeben</translation>
        </message>
        <message>
            <source>Usage: %1 &lt;subcommand&gt; [options]</source>
            <translation>Aufruf: %1 &lt;Unterbefehl&gt; [Optionen]</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>Unterbefehle:</translation>
        </message>
        <message>
            <source>Run '%1 &lt;subcommand&gt; --help' for its options.</source>
            <translation>'%1 &lt;Unterbefehl&gt; --help' zeigt dessen Optionen.</translation>
        </message>
        <message>
            <source>%1: expects a subcommand: %2 (see %3 --help)</source>
            <translation>%1: erwartet einen Unterbefehl: %2 (siehe %3 --help)</translation>
        </message>
        <message>
            <source>%1: unknown subcommand "%2"; expected %3 (see %4 --help)</source>
            <translation>%1: unbekannter Unterbefehl „%2“; erwartet: %3 (siehe %4 --help)</translation>
        </message>
        <message>
            <source>import one file into a knowledge base</source>
            <translation>eine Datei in eine Wissensdatenbank importieren</translation>
        </message>
        <message>
            <source>list the sources held by a knowledge base</source>
            <translation>die Quellen einer Wissensdatenbank auflisten</translation>
        </message>
        <message>
            <source>list the policies shipped with GenomeDesk</source>
            <translation>die mit GenomeDesk ausgelieferten Richtlinien auflisten</translation>
        </message>
        <message>
            <source>validate a policy file</source>
            <translation>eine Richtliniendatei prüfen</translation>
        </message>
        <message>
            <source>apply a policy with the patient's consent to a case</source>
            <translation>eine Richtlinie mit der Einwilligung des Patienten auf einen Fall anwenden</translation>
        </message>
        <message>
            <source>Report %1 (%2): %3, %4</source>
            <extracomment>%3 "1 primary finding", %4 "5 secondary findings"</extracomment>
            <translation>Bericht %1 (%2): %3, %4</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n Primärbefund</numerusform>
                <numerusform>%n Primärbefunde</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n Zusatzbefund</numerusform>
                <numerusform>%n Zusatzbefunde</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>The response is larger than %1 bytes.</source>
            <translation>Die Antwort ist größer als %1 Byte.</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>keine Antwort innerhalb von %1 ms</translation>
        </message>
        <message numerus="yes">
            <source>%1 after %n attempt(s).</source>
            <translation>
                <numerusform>%1 nach %n Versuch.</numerusform>
                <numerusform>%1 nach %n Versuchen.</numerusform>
            </translation>
        </message>
        <message>
            <source>TLS: %1</source>
            <translation>TLS: %1</translation>
        </message>
        <message>
            <source>HTTP %1: %2</source>
            <translation>HTTP %1: %2</translation>
        </message>
        <message>
            <source>Malformed response: %1</source>
            <translation>Fehlerhafte Antwort: %1</translation>
        </message>
        <message>
            <source>Cannot read the node list.</source>
            <translation>Die Knotenliste kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Not a node list: expected a JSON object with a "nodes" array.</source>
            <translation>Keine Knotenliste: erwartet wird ein JSON-Objekt mit einem Array "nodes".</translation>
        </message>
        <message>
            <source>A node must be a JSON object.</source>
            <translation>Ein Knoten muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <source>"name" must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>"name" muss aus 1–64 Buchstaben, Ziffern, '.', '_' oder '-' bestehen.</translation>
        </message>
        <message>
            <source>The node name "%1" is used twice.</source>
            <translation>Der Knotenname "%1" wird zweimal verwendet.</translation>
        </message>
        <message>
            <source>"baseUrl" must be an http or https URL.</source>
            <translation>"baseUrl" muss eine http- oder https-URL sein.</translation>
        </message>
        <message>
            <source>"style" must be "spec" or "gdi".</source>
            <translation>"style" muss "spec" oder "gdi" sein.</translation>
        </message>
        <message>
            <source>"coordinates" must be "0-based" or "1-based".</source>
            <translation>"coordinates" muss "0-based" oder "1-based" sein.</translation>
        </message>
        <message>
            <source>"auth.type" must be "none", "bearer" or "basic".</source>
            <translation>"auth.type" muss "none", "bearer" oder "basic" sein.</translation>
        </message>
        <message>
            <source>Cannot read the token file of node "%1".</source>
            <translation>Die Token-Datei des Knotens "%1" kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The token file of node "%1" must hold one line.</source>
            <translation>Die Token-Datei des Knotens "%1" muss genau eine Zeile enthalten.</translation>
        </message>
        <message>
            <source>"timeoutMs" must be 100 ... 600000.</source>
            <translation>"timeoutMs" muss zwischen 100 und 600000 liegen.</translation>
        </message>
        <message>
            <source>"retries" must be 0 ... 10.</source>
            <translation>"retries" muss zwischen 0 und 10 liegen.</translation>
        </message>
        <message>
            <source>"concurrency" must be 1 ... 16.</source>
            <translation>"concurrency" muss zwischen 1 und 16 liegen.</translation>
        </message>
        <message>
            <source>"windowBases" must be 0 ... 1000000.</source>
            <translation>"windowBases" muss zwischen 0 und 1000000 liegen.</translation>
        </message>
        <message>
            <source>"maximumResponseBytes" must be 1024 ... 2^30.</source>
            <translation>"maximumResponseBytes" muss zwischen 1024 und 2^30 liegen.</translation>
        </message>
        <message>
            <source>Not a region: "%1" (expected contig:start-end, 1-based).</source>
            <translation>Keine Region: "%1" (erwartet: contig:start-end, 1-basiert).</translation>
        </message>
        <message>
            <source>The response is not a JSON object (%1).</source>
            <translation>Die Antwort ist kein JSON-Objekt (%1).</translation>
        </message>
        <message>
            <source>The node answered with an error: %1</source>
            <translation>Der Knoten hat mit einem Fehler geantwortet: %1</translation>
        </message>
        <message>
            <source>The response has no result sets.</source>
            <translation>Die Antwort enthält keine Ergebnismengen.</translation>
        </message>
        <message>
            <source>"resultSets" is not an array.</source>
            <translation>"resultSets" ist kein Array.</translation>
        </message>
        <message>
            <source>A result set is not an object.</source>
            <translation>Eine Ergebnismenge ist kein Objekt.</translation>
        </message>
        <message>
            <source>"results" is not an array.</source>
            <translation>"results" ist kein Array.</translation>
        </message>
        <message>
            <source>Invalid bases in a record.</source>
            <translation>Ungültige Basen in einem Datensatz.</translation>
        </message>
        <message>
            <source>frequencyInPopulations has neither frequencies[] nor populations[].</source>
            <translation>frequencyInPopulations enthält weder frequencies[] noch populations[].</translation>
        </message>
        <message>
            <source>A frequency has no population label.</source>
            <translation>Eine Frequenz hat keine Populationsbezeichnung.</translation>
        </message>
        <message>
            <source>An allele frequency is not a number in [0, 1].</source>
            <translation>Eine Allelfrequenz ist keine Zahl in [0, 1].</translation>
        </message>
        <message>
            <source>A count is not a non-negative integer.</source>
            <translation>Eine Anzahl ist keine nicht-negative ganze Zahl.</translation>
        </message>
        <message>
            <source>An allele count is larger than its allele number.</source>
            <translation>Eine Allelanzahl ist größer als ihre Allelgesamtzahl.</translation>
        </message>
        <message>
            <source>The request is larger than %1 bytes.</source>
            <translation>Die Anfrage ist größer als %1 Byte.</translation>
        </message>
        <message>
            <source>No such endpoint.</source>
            <translation>Endpunkt nicht vorhanden.</translation>
        </message>
        <message>
            <source>Internal error (simulated).</source>
            <translation>Interner Fehler (simuliert).</translation>
        </message>
        <message>
            <source>A valid Bearer token is required.</source>
            <translation>Ein gültiges Bearer-Token ist erforderlich.</translation>
        </message>
        <message>
            <source>Only GET and POST are allowed.</source>
            <translation>Nur GET und POST sind zulässig.</translation>
        </message>
        <message>
            <source>Only GET is allowed here.</source>
            <translation>Hier ist nur GET zulässig.</translation>
        </message>
        <message>
            <source>No such endpoint: %1</source>
            <translation>Endpunkt nicht vorhanden: %1</translation>
        </message>
        <message>
            <source>"start" must be one or two non-negative integers.</source>
            <translation>"start" muss aus einer oder zwei nicht-negativen ganzen Zahlen bestehen.</translation>
        </message>
        <message>
            <source>"end" must be one or two non-negative integers.</source>
            <translation>"end" muss aus einer oder zwei nicht-negativen ganzen Zahlen bestehen.</translation>
        </message>
        <message>
            <source>"skip" must be a non-negative integer.</source>
            <translation>"skip" muss eine nicht-negative ganze Zahl sein.</translation>
        </message>
        <message>
            <source>"limit" must be a non-negative integer.</source>
            <translation>"limit" muss eine nicht-negative ganze Zahl sein.</translation>
        </message>
        <message>
            <source>The request body is not a JSON object.</source>
            <translation>Der Anfragetext ist kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>The request has no "meta" object.</source>
            <translation>Die Anfrage hat kein "meta"-Objekt.</translation>
        </message>
        <message>
            <source>"query" must be an object.</source>
            <translation>"query" muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>"requestParameters" must be an object.</source>
            <translation>"requestParameters" muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>"assemblyId" must be a string.</source>
            <translation>"assemblyId" muss eine Zeichenkette sein.</translation>
        </message>
        <message>
            <source>"referenceName" must be a string.</source>
            <translation>"referenceName" muss eine Zeichenkette sein.</translation>
        </message>
        <message>
            <source>"referenceBases" must be a string.</source>
            <translation>"referenceBases" muss eine Zeichenkette sein.</translation>
        </message>
        <message>
            <source>"alternateBases" must be a string.</source>
            <translation>"alternateBases" muss eine Zeichenkette sein.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be a string.</source>
            <translation>"requestedGranularity" muss eine Zeichenkette sein.</translation>
        </message>
        <message>
            <source>"pagination" must be an object.</source>
            <translation>"pagination" muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be boolean, count or record.</source>
            <translation>"requestedGranularity" muss boolean, count oder record sein.</translation>
        </message>
        <message>
            <source>"referenceName" is required.</source>
            <translation>"referenceName" ist erforderlich.</translation>
        </message>
        <message>
            <source>"start" (one or two values) is required; "end" takes one or two.</source>
            <translation>"start" (ein oder zwei Werte) ist erforderlich; "end" nimmt einen oder zwei Werte an.</translation>
        </message>
        <message>
            <source>Bases may only contain IUPAC nucleotide codes.</source>
            <translation>Basen dürfen nur IUPAC-Nukleotidcodes enthalten.</translation>
        </message>
        <message>
            <source>A query with one "start" needs "alternateBases" or "end".</source>
            <translation>Eine Anfrage mit einem einzigen "start" benötigt "alternateBases" oder "end".</translation>
        </message>
        <message>
            <source>"end" must be greater than "start".</source>
            <translation>"end" muss größer als "start" sein.</translation>
        </message>
        <message>
            <source>The region is longer than %1 bases.</source>
            <translation>Die Region ist länger als %1 Basen.</translation>
        </message>
        <message>
            <source>The frequency cache cannot be read.</source>
            <translation>Der Frequenz-Cache kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Cannot write to the cache: %1</source>
            <translation>In den Cache kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>line %1 (record %2)</source>
            <translation>Zeile %1 (Datensatz %2)</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>Datensatz %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1: %2: %3</translation>
        </message>
        <message>
            <source>PED file not found</source>
            <translation>PED-Datei nicht gefunden</translation>
        </message>
        <message>
            <source>too large for a PED file</source>
            <translation>zu groß für eine PED-Datei</translation>
        </message>
        <message>
            <source>a PED line needs 6 columns (family, individual, father, mother, sex, phenotype), found %1</source>
            <translation>eine PED-Zeile benötigt 6 Spalten (Familie, Person, Vater, Mutter, Geschlecht, Phänotyp), gefunden: %1</translation>
        </message>
        <message>
            <source>sex must be 1 (male), 2 (female) or 0 (unknown), found '%1'</source>
            <translation>Geschlecht muss 1 (männlich), 2 (weiblich) oder 0 (unbekannt) sein, gefunden: '%1'</translation>
        </message>
        <message>
            <source>individual '%1' is given as their own parent</source>
            <translation>Person '%1' ist als ihr eigener Elternteil angegeben</translation>
        </message>
        <message>
            <source>individual '%1' appears twice</source>
            <translation>Person '%1' kommt zweimal vor</translation>
        </message>
        <message>
            <source>the PED file lists nobody</source>
            <translation>die PED-Datei enthält keine Personen</translation>
        </message>
        <message>
            <source>the source %1 is in more than one frequency cache</source>
            <translation>die Quelle %1 ist in mehr als einem Frequenz-Cache enthalten</translation>
        </message>
        <message>
            <source>the annotation was cancelled</source>
            <translation>die Annotation wurde abgebrochen</translation>
        </message>
        <message>
            <source>empty blob</source>
            <translation>leerer Blob</translation>
        </message>
        <message>
            <source>unknown chunk encoding %1</source>
            <translation>unbekannte Blockkodierung %1</translation>
        </message>
        <message>
            <source>bad size</source>
            <translation>ungültige Größe</translation>
        </message>
        <message>
            <source>the compressed data does not inflate</source>
            <translation>die komprimierten Daten lassen sich nicht entpacken</translation>
        </message>
        <message>
            <source>bad site count</source>
            <translation>ungültige Anzahl von Positionen</translation>
        </message>
        <message>
            <source>%1 columns instead of %2</source>
            <translation>%1 Spalten statt %2</translation>
        </message>
        <message>
            <source>bad position</source>
            <translation>ungültige Position</translation>
        </message>
        <message>
            <source>bad allele table</source>
            <translation>ungültige Allel-Tabelle</translation>
        </message>
        <message>
            <source>bad allele code</source>
            <translation>ungültiger Allel-Code</translation>
        </message>
        <message>
            <source>truncated site table</source>
            <translation>abgeschnittene Positionstabelle</translation>
        </message>
        <message>
            <source>bad integer value</source>
            <translation>ungültiger Ganzzahlwert</translation>
        </message>
        <message>
            <source>truncated float column</source>
            <translation>abgeschnittene Gleitkommaspalte</translation>
        </message>
        <message>
            <source>bad text table</source>
            <translation>ungültige Texttabelle</translation>
        </message>
        <message>
            <source>bad text index</source>
            <translation>ungültiger Textindex</translation>
        </message>
        <message>
            <source>truncated column</source>
            <translation>abgeschnittene Spalte</translation>
        </message>
        <message>
            <source>trailing bytes</source>
            <translation>überzählige Bytes am Ende</translation>
        </message>
        <message>
            <source>cannot read the frequency cache</source>
            <translation>der Frequenz-Cache kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>not a frequency cache (not an SQLite database, or truncated)</source>
            <translation>kein Frequenz-Cache (keine SQLite-Datenbank oder abgeschnitten)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (bad page size)</source>
            <translation>der Frequenz-Cache ist beschädigt (ungültige Seitengröße)</translation>
        </message>
        <message>
            <source>the frequency cache is truncated: %1 of %2 bytes</source>
            <translation>der Frequenz-Cache ist abgeschnitten: %1 von %2 Byte</translation>
        </message>
        <message>
            <source>the frequency cache is truncated (size %1 is not a multiple of the page size %2)</source>
            <translation>der Frequenz-Cache ist abgeschnitten (Größe %1 ist kein Vielfaches der Seitengröße %2)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (%1: %2)</source>
            <translation>der Frequenz-Cache ist beschädigt (%1: %2)</translation>
        </message>
        <message>
            <source>the frequency cache is in use by another program (%1)</source>
            <translation>der Frequenz-Cache wird von einem anderen Programm verwendet (%1)</translation>
        </message>
        <message>
            <source>cannot write the frequency cache (%1: %2)</source>
            <translation>der Frequenz-Cache kann nicht geschrieben werden (%1: %2)</translation>
        </message>
        <message>
            <source>frequency cache error (%1: %2)</source>
            <translation>Fehler im Frequenz-Cache (%1: %2)</translation>
        </message>
        <message>
            <source>frequency cache not found</source>
            <translation>Frequenz-Cache nicht gefunden</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>keine Datei</translation>
        </message>
        <message>
            <source>the frequency cache is empty (0 bytes)</source>
            <translation>der Frequenz-Cache ist leer (0 Byte)</translation>
        </message>
        <message>
            <source>cannot open the frequency cache: %1</source>
            <translation>der Frequenz-Cache kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>reading the header</source>
            <translation>beim Lesen des Headers</translation>
        </message>
        <message>
            <source>reading the schema</source>
            <translation>beim Lesen des Schemas</translation>
        </message>
        <message>
            <source>the file is an empty SQLite database, not a frequency cache</source>
            <translation>die Datei ist eine leere SQLite-Datenbank, kein Frequenz-Cache</translation>
        </message>
        <message>
            <source>creating the cache</source>
            <translation>beim Anlegen des Caches</translation>
        </message>
        <message>
            <source>the file is an SQLite database but not a GenomeDesk frequency cache</source>
            <translation>die Datei ist eine SQLite-Datenbank, aber kein GenomeDesk-Frequenz-Cache</translation>
        </message>
        <message>
            <source>reading the metadata</source>
            <translation>beim Lesen der Metadaten</translation>
        </message>
        <message>
            <source>the frequency cache has no valid format record</source>
            <translation>der Frequenz-Cache hat keinen gültigen Formateintrag</translation>
        </message>
        <message>
            <source>the frequency cache has format version %1; this GenomeDesk reads up to version %2</source>
            <translation>der Frequenz-Cache hat die Formatversion %1; diese GenomeDesk-Version liest bis Version %2</translation>
        </message>
        <message>
            <source>reading the sources</source>
            <translation>beim Lesen der Quellen</translation>
        </message>
        <message>
            <source>reading the populations</source>
            <translation>beim Lesen der Populationen</translation>
        </message>
        <message>
            <source>reading the fields</source>
            <translation>beim Lesen der Felder</translation>
        </message>
        <message>
            <source>the frequency cache is for %1 but the case is %2; use a cache built from %2 sources</source>
            <translation>der Frequenz-Cache gilt für %1, der Fall aber für %2; verwenden Sie einen aus %2-Quellen erstellten Cache</translation>
        </message>
        <message>
            <source>reading sites</source>
            <translation>beim Lesen der Positionen</translation>
        </message>
        <message>
            <source>reading sites of %1:%2</source>
            <translation>beim Lesen der Positionen von %1:%2</translation>
        </message>
        <message>
            <source>%1 (source %2, contig %3, window %4)</source>
            <translation>%1 (Quelle %2, Contig %3, Fenster %4)</translation>
        </message>
        <message>
            <source>the frequency cache has no source called %1</source>
            <translation>der Frequenz-Cache hat keine Quelle namens %1</translation>
        </message>
        <message>
            <source>removing a source</source>
            <translation>beim Entfernen einer Quelle</translation>
        </message>
        <message>
            <source>the frequency cache holds %1 data but the source %2 is %3</source>
            <translation>der Frequenz-Cache enthält %1-Daten, die Quelle %2 ist aber %3</translation>
        </message>
        <message>
            <source>of an unknown build</source>
            <translation>eines unbekannten Builds</translation>
        </message>
        <message>
            <source>a source needs a name and a version</source>
            <translation>eine Quelle benötigt einen Namen und eine Version</translation>
        </message>
        <message>
            <source>a source needs at least one field</source>
            <translation>eine Quelle benötigt mindestens ein Feld</translation>
        </message>
        <message>
            <source>starting the import</source>
            <translation>beim Starten des Imports</translation>
        </message>
        <message>
            <source>replacing the source</source>
            <translation>beim Ersetzen der Quelle</translation>
        </message>
        <message>
            <source>writing the source</source>
            <translation>beim Schreiben der Quelle</translation>
        </message>
        <message>
            <source>writing the populations</source>
            <translation>beim Schreiben der Populationen</translation>
        </message>
        <message>
            <source>writing the fields</source>
            <translation>beim Schreiben der Felder</translation>
        </message>
        <message>
            <source>writing the build</source>
            <translation>beim Schreiben des Builds</translation>
        </message>
        <message>
            <source>writing sites</source>
            <translation>beim Schreiben der Positionen</translation>
        </message>
        <message>
            <source>writing the coverage</source>
            <translation>beim Schreiben der Abdeckung</translation>
        </message>
        <message>
            <source>finishing the import</source>
            <translation>beim Abschließen des Imports</translation>
        </message>
        <message>
            <source>committing the import</source>
            <translation>beim Übernehmen des Imports</translation>
        </message>
        <message>
            <source>cannot read the field map</source>
            <translation>die Feldzuordnung kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>expected &lt;metric&gt; &lt;population&gt; &lt;INFO key&gt; [type] or population &lt;label&gt; &lt;description&gt; [count]</source>
            <translation>erwartet: &lt;Metrik&gt; &lt;Population&gt; &lt;INFO-Schlüssel&gt; [Typ] oder population &lt;Bezeichnung&gt; &lt;Beschreibung&gt; [Anzahl]</translation>
        </message>
        <message>
            <source>the sample count %1 is not a number</source>
            <translation>die Probenanzahl %1 ist keine Zahl</translation>
        </message>
        <message>
            <source>unknown type %1 (Integer, Float or String)</source>
            <translation>unbekannter Typ %1 (Integer, Float oder String)</translation>
        </message>
        <message>
            <source>the field map maps no field</source>
            <translation>die Feldzuordnung ordnet kein Feld zu</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <source>not a readable file</source>
            <translation>keine lesbare Datei</translation>
        </message>
        <message>
            <source>the source name %1 must start with a letter and contain only letters, digits and '_' (it prefixes INFO keys)</source>
            <translation>der Quellenname %1 muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und '_' enthalten (er wird INFO-Schlüsseln vorangestellt)</translation>
        </message>
        <message>
            <source>htslib cannot open the file</source>
            <translation>htslib kann die Datei nicht öffnen</translation>
        </message>
        <message>
            <source>not a VCF or BCF file</source>
            <translation>keine VCF- oder BCF-Datei</translation>
        </message>
        <message>
            <source>the file is truncated (the BGZF end-of-file marker is missing)</source>
            <translation>die Datei ist abgeschnitten (die BGZF-Dateiende-Markierung fehlt)</translation>
        </message>
        <message>
            <source>the VCF header is missing or invalid</source>
            <translation>der VCF-Header fehlt oder ist ungültig</translation>
        </message>
        <message>
            <source>the sites VCF header says %1 but %2 was given</source>
            <translation>der Header der Sites-VCF gibt %1 an, angegeben wurde aber %2</translation>
        </message>
        <message>
            <source>cannot tell the genome build of the sites VCF from its header; give it (GRCh37 or GRCh38)</source>
            <translation>der Genom-Build der Sites-VCF lässt sich aus dem Header nicht bestimmen; bitte angeben (GRCh37 oder GRCh38)</translation>
        </message>
        <message>
            <source>All samples of the source</source>
            <translation>Alle Proben der Quelle</translation>
        </message>
        <message>
            <source>the sites VCF does not declare the INFO field(s) %1; check --populations or the field map</source>
            <translation>die Sites-VCF deklariert das/die INFO-Feld(er) %1 nicht; prüfen Sie --populations oder die Feldzuordnung</translation>
        </message>
        <message>
            <source>the sites VCF has no frequency fields to import</source>
            <translation>die Sites-VCF enthält keine importierbaren Frequenzfelder</translation>
        </message>
        <message>
            <source>the INFO field %1 must have Number=A, R or 1</source>
            <translation>das INFO-Feld %1 muss Number=A, R oder 1 haben</translation>
        </message>
        <message>
            <source>cannot read the record (truncated or malformed file)</source>
            <translation>der Datensatz kann nicht gelesen werden (Datei abgeschnitten oder fehlerhaft)</translation>
        </message>
        <message>
            <source>the import was cancelled</source>
            <translation>der Import wurde abgebrochen</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted: contig %1 appears in two blocks</source>
            <translation>die Sites-VCF ist nicht sortiert: Contig %1 erscheint in zwei Blöcken</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted by position</source>
            <translation>die Sites-VCF ist nicht nach Position sortiert</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate site(s) dropped; the first record wins</source>
            <translation>
                <numerusform>%n doppelte Position verworfen; der erste Datensatz gilt</numerusform>
                <numerusform>%n doppelte Positionen verworfen; der erste Datensatz gilt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symbolic, breakend or '*' allele(s) skipped</source>
            <translation>
                <numerusform>%n symbolisches, Bruchpunkt- oder '*'-Allel übersprungen</numerusform>
                <numerusform>%n symbolische, Bruchpunkt- oder '*'-Allele übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown output format; name the file .vcf.gz, .bcf, .vcf or .tsv</source>
            <translation>unbekanntes Ausgabeformat; benennen Sie die Datei .vcf.gz, .bcf, .vcf oder .tsv</translation>
        </message>
        <message>
            <source>the input already declares INFO/%1 differently</source>
            <translation>die Eingabe deklariert INFO/%1 bereits anders</translation>
        </message>
        <message>
            <source>cannot extend the VCF header</source>
            <translation>der VCF-Header kann nicht erweitert werden</translation>
        </message>
        <message>
            <source>cannot write in the output directory</source>
            <translation>im Ausgabeverzeichnis kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot create the output file</source>
            <translation>die Ausgabedatei kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot write the output header</source>
            <translation>der Ausgabe-Header kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot write the output</source>
            <translation>die Ausgabe kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot update INFO/%1</source>
            <translation>INFO/%1 kann nicht aktualisiert werden</translation>
        </message>
        <message>
            <source>cannot finish the output file</source>
            <translation>die Ausgabedatei kann nicht abgeschlossen werden</translation>
        </message>
        <message>
            <source>cannot rename the output into place</source>
            <translation>die Ausgabe kann nicht an ihren Zielort umbenannt werden</translation>
        </message>
        <message>
            <source>undeclared key(s) dropped from the output: %1</source>
            <translation>nicht deklarierte Schlüssel aus der Ausgabe entfernt: %1</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>die Datei kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>import cancelled</source>
            <translation>Import abgebrochen</translation>
        </message>
        <message>
            <source>the file is damaged or truncated</source>
            <translation>die Datei ist beschädigt oder abgeschnitten</translation>
        </message>
        <message>
            <source>knowledge base error: %1</source>
            <translation>Fehler in der Wissensdatenbank: %1</translation>
        </message>
        <message>
            <source>cannot open the knowledge base: %1</source>
            <translation>die Wissensdatenbank kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>knowledge base schema %1 is not supported (expected %2)</source>
            <translation>Schema %1 der Wissensdatenbank wird nicht unterstützt (erwartet: %2)</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene file</source>
            <translation>geben Sie den Genom-Build (GRCh37 oder GRCh38) der Gendatei an</translation>
        </message>
        <message>
            <source>expected a BED line: contig, start, end, gene symbol</source>
            <translation>erwartet wird eine BED-Zeile: Contig, Start, Ende, Gensymbol</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene model</source>
            <translation>geben Sie den Genom-Build (GRCh37 oder GRCh38) des Genmodells an</translation>
        </message>
        <message>
            <source>expected 9 tab-separated GTF/GFF3 columns with start &lt;= end</source>
            <translation>erwartet werden 9 tabulatorgetrennte GTF/GFF3-Spalten mit Start &lt;= Ende</translation>
        </message>
        <message>
            <source>expected the #CHROM header line</source>
            <translation>die Headerzeile #CHROM wird erwartet</translation>
        </message>
        <message>
            <source>the ClinVar file does not say its genome build (##reference); give it with --build</source>
            <translation>die ClinVar-Datei nennt ihren Genom-Build nicht (##reference); geben Sie ihn mit --build an</translation>
        </message>
        <message>
            <source>data before the #CHROM header line</source>
            <translation>Daten vor der Headerzeile #CHROM</translation>
        </message>
        <message>
            <source>expected at least 8 VCF columns with a numeric POS</source>
            <translation>erwartet werden mindestens 8 VCF-Spalten mit numerischer POS</translation>
        </message>
        <message>
            <source>no #CHROM header line</source>
            <translation>keine Headerzeile #CHROM</translation>
        </message>
        <message>
            <source>not a PanelApp TSV (no gene_symbol column) or panel BED (no ##gene_panel header)</source>
            <translation>weder PanelApp-TSV (keine Spalte gene_symbol) noch Panel-BED (kein Header ##gene_panel)</translation>
        </message>
        <message>
            <source>expected %1 columns, found %2</source>
            <translation>%1 Spalten erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>a panel gene needs a panel and a symbol</source>
            <translation>ein Panel-Gen benötigt ein Panel und ein Symbol</translation>
        </message>
        <message>
            <source>not found in %1</source>
            <translation>nicht in %1 gefunden</translation>
        </message>
        <message>
            <source>the genome build of the case is unknown; choose GRCh37 or GRCh38</source>
            <translation>der Genom-Build des Falls ist unbekannt; wählen Sie GRCh37 oder GRCh38</translation>
        </message>
        <message>
            <source>the frequency cache is %1 but the case is %2; use a cache of the case's build</source>
            <translation>der Frequenz-Cache ist %1, der Fall aber %2; verwenden Sie einen Cache im Build des Falls</translation>
        </message>
        <message>
            <source>the case has no samples, so there is no patient to evaluate</source>
            <translation>der Fall enthält keine Proben und somit keinen Patienten zur Auswertung</translation>
        </message>
        <message>
            <source>there is no sample %1 in the case</source>
            <translation>im Fall gibt es keine Probe %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>consent file not found</source>
            <translation>Einwilligungsdatei nicht gefunden</translation>
        </message>
        <message>
            <source>cannot read the consent file: %1</source>
            <translation>die Einwilligungsdatei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>not a GenomeDesk consent profile: "format" must be "genomedesk-consent"</source>
            <translation>kein GenomeDesk-Einwilligungsprofil: "format" muss "genomedesk-consent" sein</translation>
        </message>
        <message>
            <source>unsupported consent formatVersion (this GenomeDesk reads 1)</source>
            <translation>nicht unterstützte Einwilligungs-formatVersion (diese GenomeDesk-Version liest 1)</translation>
        </message>
        <message>
            <source>"ageGroup" must be "adult" or "minor"</source>
            <translation>"ageGroup" muss "adult" oder "minor" sein</translation>
        </message>
        <message>
            <source>"recordedOn" must be a date such as 2026-11-20</source>
            <translation>"recordedOn" muss ein Datum wie 2026-11-20 sein</translation>
        </message>
        <message>
            <source>"recordedBy" must name who recorded the consent</source>
            <translation>"recordedBy" muss angeben, wer die Einwilligung erfasst hat</translation>
        </message>
        <message>
            <source>consent for "%1" must be "opt-in" or "opt-out"</source>
            <translation>die Einwilligung für "%1" muss "opt-in" oder "opt-out" sein</translation>
        </message>
        <message>
            <source>consent category "%1" is not defined by policy %2</source>
            <translation>die Einwilligungskategorie "%1" ist in Richtlinie %2 nicht definiert</translation>
        </message>
        <message>
            <source>cannot read the indication: %1</source>
            <translation>die Indikation kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>"%1" is not a gene symbol</source>
            <translation>"%1" ist kein Gensymbol</translation>
        </message>
        <message>
            <source>"%1" must be a non-empty text</source>
            <translation>"%1" muss ein nicht leerer Text sein</translation>
        </message>
        <message>
            <source>"%1" must be a list of texts</source>
            <translation>"%1" muss eine Liste von Texten sein</translation>
        </message>
        <message>
            <source>"%1" must be one of %2, not %3</source>
            <translation>"%1" muss einer der Werte %2 sein, nicht %3</translation>
        </message>
        <message>
            <source>policy file not found</source>
            <translation>Richtliniendatei nicht gefunden</translation>
        </message>
        <message>
            <source>cannot read the policy: %1</source>
            <translation>die Richtlinie kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>a policy must be a JSON object</source>
            <translation>eine Richtlinie muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>not a GenomeDesk policy: "format" must be "%1"</source>
            <translation>keine GenomeDesk-Richtlinie: "format" muss "%1" sein</translation>
        </message>
        <message>
            <source>unsupported policy formatVersion %1 (this GenomeDesk reads %2)</source>
            <translation>nicht unterstützte Richtlinien-formatVersion %1 (diese GenomeDesk-Version liest %2)</translation>
        </message>
        <message>
            <source>policy id "%1" may only hold lower-case letters, digits, '.' and '-'</source>
            <translation>die Richtlinien-ID "%1" darf nur Kleinbuchstaben, Ziffern, '.' und '-' enthalten</translation>
        </message>
        <message>
            <source>policy version "%1" is not a version number such as 3.2</source>
            <translation>die Richtlinienversion "%1" ist keine Versionsnummer wie 3.2</translation>
        </message>
        <message>
            <source>"revision" must be a whole number from 1</source>
            <translation>"revision" muss eine ganze Zahl ab 1 sein</translation>
        </message>
        <message>
            <source>"consent" must give a "model": opt-in or opt-out</source>
            <translation>"consent" muss ein "model" angeben: opt-in oder opt-out</translation>
        </message>
        <message>
            <source>consent category "%1" is empty or given twice</source>
            <translation>die Einwilligungskategorie "%1" ist leer oder doppelt angegeben</translation>
        </message>
        <message>
            <source>"consent" must list its "categories"</source>
            <translation>"consent" muss seine "categories" auflisten</translation>
        </message>
        <message>
            <source>unknown classification "%1" in "reportable"</source>
            <translation>unbekannte Klassifikation "%1" in "reportable"</translation>
        </message>
        <message>
            <source>"classification" must list the "reportable" classifications</source>
            <translation>"classification" muss die "reportable"-Klassifikationen auflisten</translation>
        </message>
        <message>
            <source>"clinvarMinimumStars" must be a whole number from 0 to 4</source>
            <translation>"clinvarMinimumStars" muss eine ganze Zahl von 0 bis 4 sein</translation>
        </message>
        <message>
            <source>"ba1" must be an allele frequency above 0 and at most 1</source>
            <translation>"ba1" muss eine Allelfrequenz größer als 0 und höchstens 1 sein</translation>
        </message>
        <message>
            <source>"truncatingConsequences" must list SO terms</source>
            <translation>"truncatingConsequences" muss SO-Begriffe auflisten</translation>
        </message>
        <message>
            <source>"genes" must be a non-empty list</source>
            <translation>"genes" muss eine nicht leere Liste sein</translation>
        </message>
        <message>
            <source>each entry of "genes" must be an object</source>
            <translation>jeder Eintrag in "genes" muss ein Objekt sein</translation>
        </message>
        <message>
            <source>gene symbol "%1" is not a valid HGNC symbol</source>
            <translation>das Gensymbol "%1" ist kein gültiges HGNC-Symbol</translation>
        </message>
        <message>
            <source>gene %1 is listed twice</source>
            <translation>Gen %1 ist doppelt aufgeführt</translation>
        </message>
        <message>
            <source>gene %1: "hgncId" must look like HGNC:1234</source>
            <translation>Gen %1: "hgncId" muss die Form HGNC:1234 haben</translation>
        </message>
        <message>
            <source>unknown gene %1: not in the knowledge base's gene model</source>
            <translation>unbekanntes Gen %1: nicht im Genmodell der Wissensdatenbank</translation>
        </message>
        <message>
            <source>gene %1: HGNC id %2 does not match the gene model's %3</source>
            <translation>Gen %1: HGNC-ID %2 stimmt nicht mit %3 des Genmodells überein</translation>
        </message>
        <message>
            <source>gene %1: "inheritance" is missing</source>
            <translation>Gen %1: "inheritance" fehlt</translation>
        </message>
        <message>
            <source>gene %1: unknown rule "%2" (known rules: %3)</source>
            <translation>Gen %1: unbekannte Regel "%2" (bekannte Regeln: %3)</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" does not fit inheritance %3</source>
            <translation>Gen %1: Regel "%2" passt nicht zum Erbgang %3</translation>
        </message>
        <message>
            <source>gene %1: "onset" is missing (childhood or adult)</source>
            <translation>Gen %1: "onset" fehlt (childhood oder adult)</translation>
        </message>
        <message>
            <source>gene %1: consent category "%2" is not defined in "consent"</source>
            <translation>Gen %1: Einwilligungskategorie "%2" ist in "consent" nicht definiert</translation>
        </message>
        <message>
            <source>gene %1: "maximumCredibleAf" must be above 0 and at most 1</source>
            <translation>Gen %1: "maximumCredibleAf" muss größer als 0 und höchstens 1 sein</translation>
        </message>
        <message>
            <source>gene %1: %2 position "%3" must look like 6-26092913-G-A</source>
            <translation>Gen %1: %2-Position "%3" muss die Form 6-26092913-G-A haben</translation>
        </message>
        <message>
            <source>gene %1: a listed variant needs a "name"</source>
            <translation>Gen %1: eine aufgeführte Variante benötigt einen "name"</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" needs a list of "variants"</source>
            <translation>Gen %1: Regel "%2" benötigt eine Liste von "variants"</translation>
        </message>
        <message>
            <source>report as primary finding</source>
            <translation>als Primärbefund berichten</translation>
        </message>
        <message>
            <source>report as secondary finding</source>
            <translation>als Zusatzbefund berichten</translation>
        </message>
        <message>
            <source>not reported: no consent</source>
            <translation>nicht berichtet: keine Einwilligung</translation>
        </message>
        <message>
            <source>not reportable</source>
            <translation>nicht berichtsrelevant</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>Prüfung erforderlich</translation>
        </message>
        <message>
            <source>heterozygous</source>
            <translation>heterozygot</translation>
        </message>
        <message>
            <source>homozygous</source>
            <translation>homozygot</translation>
        </message>
        <message>
            <source>hemizygous</source>
            <translation>hemizygot</translation>
        </message>
        <message>
            <source>homozygous reference</source>
            <translation>homozygot für das Referenzallel</translation>
        </message>
        <message>
            <source>another alternate allele</source>
            <translation>ein anderes alternatives Allel</translation>
        </message>
        <message>
            <source>no call</source>
            <translation>kein Call</translation>
        </message>
        <message>
            <source>male</source>
            <translation>männlich</translation>
        </message>
        <message>
            <source>female</source>
            <translation>weiblich</translation>
        </message>
        <message>
            <source>sex unknown</source>
            <translation>Geschlecht unbekannt</translation>
        </message>
        <message>
            <source>The variant is not in a known gene.</source>
            <translation>Die Variante liegt in keinem bekannten Gen.</translation>
        </message>
        <message>
            <source>The patient does not carry this allele (genotype: %1).</source>
            <translation>Der Patient trägt dieses Allel nicht (Genotyp: %1).</translation>
        </message>
        <message>
            <source>%1 (%2) is %3 in the policy.</source>
            <translation>%1 (%2) ist in der Richtlinie %3.</translation>
        </message>
        <message>
            <source>source not given</source>
            <translation>Quelle nicht angegeben</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the BA1 threshold of %3, but the policy exempts %4 %5 from BA1.</source>
            <translation>Die Populations-Allelfrequenz %1 (%2) liegt über dem BA1-Schwellenwert von %3, die Richtlinie nimmt jedoch %4 %5 von BA1 aus.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is at or above the BA1 threshold of %3: benign by frequency.</source>
            <translation>Die Populations-Allelfrequenz %1 (%2) liegt auf oder über dem BA1-Schwellenwert von %3: benigne aufgrund der Frequenz.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the maximum credible frequency of %3 for %4.</source>
            <translation>Die Populations-Allelfrequenz %1 (%2) liegt über der maximal plausiblen Frequenz von %3 für %4.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is below the policy's ceilings.</source>
            <translation>Die Populations-Allelfrequenz %1 (%2) liegt unter den Obergrenzen der Richtlinie.</translation>
        </message>
        <message>
            <source>No population frequency is available; the frequency ceilings could not be checked.</source>
            <translation>Es ist keine Populationsfrequenz verfügbar; die Frequenzobergrenzen konnten nicht geprüft werden.</translation>
        </message>
        <message>
            <source>The laboratory classified the variant as %1; this overrides ClinVar.</source>
            <translation>Das Labor hat die Variante als %1 klassifiziert; dies hat Vorrang vor ClinVar.</translation>
        </message>
        <message numerus="yes">
            <source>ClinVar reports conflicting classifications (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar meldet widersprüchliche Klassifikationen (%n Review-Stern).</numerusform>
                <numerusform>ClinVar meldet widersprüchliche Klassifikationen (%n Review-Sterne).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 with %n review star(s), below the policy's minimum of %2.</source>
            <translation>
                <numerusform>ClinVar klassifiziert sie als %1 mit %n Review-Stern, unter dem Minimum der Richtlinie von %2.</numerusform>
                <numerusform>ClinVar klassifiziert sie als %1 mit %n Review-Sternen, unter dem Minimum der Richtlinie von %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar klassifiziert sie als %1 (%n Review-Stern).</numerusform>
                <numerusform>ClinVar klassifiziert sie als %1 (%n Review-Sterne).</numerusform>
            </translation>
        </message>
        <message>
            <source>The variant has no classification (not in ClinVar and not classified by the laboratory).</source>
            <translation>Die Variante hat keine Klassifikation (nicht in ClinVar und nicht vom Labor klassifiziert).</translation>
        </message>
        <message>
            <source>%1 is in the case's indication.</source>
            <translation>%1 gehört zur Indikation des Falls.</translation>
        </message>
        <message>
            <source>%1 is in the case's indication (%2).</source>
            <translation>%1 gehört zur Indikation des Falls (%2).</translation>
        </message>
        <message>
            <source>A %1 variant in an indication gene is a primary finding.</source>
            <translation>Eine als %1 eingestufte Variante in einem Indikationsgen ist ein Primärbefund.</translation>
        </message>
        <message>
            <source>The classification must be reviewed before this primary finding can be reported or dismissed.</source>
            <translation>Die Klassifikation muss überprüft werden, bevor dieser Primärbefund berichtet oder verworfen werden kann.</translation>
        </message>
        <message>
            <source>Only pathogenic and likely pathogenic variants are reported.</source>
            <translation>Es werden nur pathogene und wahrscheinlich pathogene Varianten berichtet.</translation>
        </message>
        <message>
            <source>%1 is neither in the indication nor on the policy's list (%2).</source>
            <translation>%1 gehört weder zur Indikation noch zur Liste der Richtlinie (%2).</translation>
        </message>
        <message>
            <source>%1 is on the policy's list (%2, rule: %3).</source>
            <translation>%1 steht auf der Liste der Richtlinie (%2, Regel: %3).</translation>
        </message>
        <message>
            <source>For %1 only homozygous %2 is reported; this variant is not %2.</source>
            <translation>Für %1 wird nur homozygotes %2 berichtet; diese Variante ist nicht %2.</translation>
        </message>
        <message>
            <source>%1 is listed by the policy, but classified as %2.</source>
            <translation>%1 ist in der Richtlinie aufgeführt, aber als %2 klassifiziert.</translation>
        </message>
        <message>
            <source>The variant is %1 %2, named by the policy.</source>
            <translation>Die Variante ist %1 %2, in der Richtlinie namentlich genannt.</translation>
        </message>
        <message>
            <source>Conflicting classifications in a policy gene must be reviewed.</source>
            <translation>Widersprüchliche Klassifikationen in einem Richtliniengen müssen überprüft werden.</translation>
        </message>
        <message>
            <source>The policy does not report variants with conflicting classifications.</source>
            <translation>Die Richtlinie berichtet keine Varianten mit widersprüchlichen Klassifikationen.</translation>
        </message>
        <message>
            <source>The classification must be confirmed by the laboratory before it can be reported.</source>
            <translation>Die Klassifikation muss vom Labor bestätigt werden, bevor sie berichtet werden kann.</translation>
        </message>
        <message>
            <source>An unclassified %1 variant in a policy gene must be classified.</source>
            <translation>Eine nicht klassifizierte Variante (%1) in einem Richtliniengen muss klassifiziert werden.</translation>
        </message>
        <message>
            <source>Only classified pathogenic and likely pathogenic variants are reported.</source>
            <translation>Es werden nur als pathogen oder wahrscheinlich pathogen klassifizierte Varianten berichtet.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported, and the consequence of this variant is not known.</source>
            <translation>Für %1 werden nur trunkierende Varianten berichtet, und die Konsequenz dieser Variante ist nicht bekannt.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported; %2 is not truncating.</source>
            <translation>Für %1 werden nur trunkierende Varianten berichtet; %2 ist nicht trunkierend.</translation>
        </message>
        <message>
            <source>The variant is truncating (%1).</source>
            <translation>Die Variante ist trunkierend (%1).</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants in trans (phase from the parents or phased calls): biallelic.</source>
            <translation>%1 hat %2 heterozygote P/LP-Varianten in trans (Phase aus den Eltern oder aus phasierten Calls): biallelisch.</translation>
        </message>
        <message>
            <source>The heterozygous P/LP variants in %1 are on the same parental allele (in cis): not biallelic → not reportable.</source>
            <translation>Die heterozygoten P/LP-Varianten in %1 liegen auf demselben elterlichen Allel (in cis): nicht biallelisch → nicht berichtsrelevant.</translation>
        </message>
        <message>
            <source>Another variant in %1 needs review; together they could be biallelic.</source>
            <translation>Eine weitere Variante in %1 muss überprüft werden; zusammen könnten sie biallelisch sein.</translation>
        </message>
        <message>
            <source>One heterozygous P/LP variant in %1: carrier status, which this policy reports.</source>
            <translation>Eine heterozygote P/LP-Variante in %1: Anlageträgerstatus, den diese Richtlinie berichtet.</translation>
        </message>
        <message>
            <source>%1 is reported for every P/LP variant (%2 found).</source>
            <translation>%1 wird für jede P/LP-Variante berichtet (%2 gefunden).</translation>
        </message>
        <message>
            <source>%1 is X-linked: hemizygous, heterozygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1 ist X-chromosomal: hemizygote, heterozygote und homozygote P/LP-Varianten werden berichtet (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a homozygous P/LP variant is reportable.</source>
            <translation>%1 ist nur biallelisch relevant; eine homozygote P/LP-Variante ist berichtsrelevant.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a hemizygous P/LP variant (no second allele) is reportable.</source>
            <translation>%1 ist nur biallelisch relevant; eine hemizygote P/LP-Variante (kein zweites Allel) ist berichtsrelevant.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; one heterozygous P/LP variant found → not reportable.</source>
            <translation>%1 ist nur biallelisch relevant; eine heterozygote P/LP-Variante gefunden → nicht berichtsrelevant.</translation>
        </message>
        <message>
            <source>%1: hemizygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1: hemizygote und homozygote P/LP-Varianten werden berichtet (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is on chromosome X and the patient is male: the heterozygous call is read as hemizygous.</source>
            <translation>%1 liegt auf Chromosom X und der Patient ist männlich: der heterozygote Call wird als hemizygot gewertet.</translation>
        </message>
        <message>
            <source>%1: one heterozygous P/LP variant and the patient's sex is unknown; in a male it would be hemizygous.</source>
            <translation>%1: eine heterozygote P/LP-Variante und das Geschlecht des Patienten ist unbekannt; bei einem männlichen Patienten wäre sie hemizygot.</translation>
        </message>
        <message>
            <source>%1: a single heterozygous P/LP variant in a female is not reported; only hemizygous, homozygous or two heterozygous variants are.</source>
            <translation>%1: eine einzelne heterozygote P/LP-Variante bei einer weiblichen Patientin wird nicht berichtet; berichtet werden nur hemizygote, homozygote oder zwei heterozygote Varianten.</translation>
        </message>
        <message>
            <source>%1: the named variant is homozygous, which the policy reports.</source>
            <translation>%1: die namentlich genannte Variante ist homozygot, was die Richtlinie berichtet.</translation>
        </message>
        <message>
            <source>%1: only homozygotes of the named variant are reported; %2 carriers and compound heterozygotes are not.</source>
            <translation>%1: nur Homozygote der genannten Variante werden berichtet; %2-Anlageträger und compound-heterozygote Träger nicht.</translation>
        </message>
        <message>
            <source>recorded on %1 by %2</source>
            <translation>erfasst am %1 von %2</translation>
        </message>
        <message>
            <source>The patient is a minor: adult-onset conditions are not reported for minors by default.</source>
            <translation>Der Patient ist minderjährig: Erkrankungen mit Beginn im Erwachsenenalter werden bei Minderjährigen standardmäßig nicht berichtet.</translation>
        </message>
        <message>
            <source>The patient opted in to "%1" (%2): report as a secondary finding.</source>
            <translation>Der Patient hat in "%1" eingewilligt (%2): als Zusatzbefund berichten.</translation>
        </message>
        <message>
            <source>The patient opted out of "%1" (%2).</source>
            <translation>Der Patient hat "%1" abgelehnt (%2).</translation>
        </message>
        <message>
            <source>No choice is recorded for "%1"; under the policy's opt-out model it is reported as a secondary finding.</source>
            <translation>Für "%1" ist keine Entscheidung erfasst; nach dem Opt-out-Modell der Richtlinie wird dies als Zusatzbefund berichtet.</translation>
        </message>
        <message>
            <source>No consent is recorded for "%1"; the policy's opt-in model requires it.</source>
            <translation>Für "%1" ist keine Einwilligung erfasst; das Opt-in-Modell der Richtlinie setzt sie voraus.</translation>
        </message>
        <message>
            <source>unclassified</source>
            <translation>nicht klassifiziert</translation>
        </message>
        <message>
            <source>pathogenic</source>
            <translation>pathogen</translation>
        </message>
        <message>
            <source>likely pathogenic</source>
            <translation>wahrscheinlich pathogen</translation>
        </message>
        <message>
            <source>uncertain significance</source>
            <translation>unklare Signifikanz</translation>
        </message>
        <message>
            <source>likely benign</source>
            <translation>wahrscheinlich benigne</translation>
        </message>
        <message>
            <source>benign</source>
            <translation>benigne</translation>
        </message>
        <message>
            <source>conflicting classifications</source>
            <translation>widersprüchliche Klassifikationen</translation>
        </message>
        <message>
            <source>other (not a pathogenicity classification)</source>
            <translation>sonstige (keine Pathogenitätsklassifikation)</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria: %1</source>
            <translation>ACMG/AMP-Kriterien: %1</translation>
        </message>
        <message>
            <source>Inheritance: %1</source>
            <translation>Erbgang: %1</translation>
        </message>
        <message>
            <source>Consent category: %1</source>
            <translation>Einwilligungskategorie: %1</translation>
        </message>
        <message>
            <source>Policy: %1</source>
            <translation>Richtlinie: %1</translation>
        </message>
        <message>
            <source>Reviewer's comment: %1</source>
            <translation>Kommentar des Prüfers: %1</translation>
        </message>
        <message>
            <source>Primary findings</source>
            <translation>Primärbefunde</translation>
        </message>
        <message>
            <source>Primary findings for the indication: %1</source>
            <translation>Primärbefunde zur Indikation: %1</translation>
        </message>
        <message>
            <source>Secondary findings</source>
            <translation>Zusatzbefunde</translation>
        </message>
        <message>
            <source>Secondary findings (%1)</source>
            <translation>Zusatzbefunde (%1)</translation>
        </message>
        <message>
            <source>Variants of uncertain significance</source>
            <translation>Varianten unklarer Signifikanz</translation>
        </message>
        <message>
            <source>GenomeDesk report, version %1</source>
            <translation>GenomeDesk-Befundbericht, Version %1</translation>
        </message>
        <message>
            <source>de novo (absent in both parents)</source>
            <translation>de novo (bei beiden Eltern nicht vorhanden)</translation>
        </message>
        <message>
            <source>homozygous, both parents heterozygous carriers</source>
            <translation>homozygot, beide Eltern heterozygote Anlageträger</translation>
        </message>
        <message>
            <source>compound heterozygous (in trans)</source>
            <translation>compound-heterozygot (in trans)</translation>
        </message>
        <message>
            <source>X-linked, inherited from the mother</source>
            <translation>X-chromosomal, von der Mutter vererbt</translation>
        </message>
        <message>
            <source>inconsistent with the parents' genotypes</source>
            <translation>nicht vereinbar mit den Genotypen der Eltern</translation>
        </message>
        <message>
            <source>present in both parents</source>
            <translation>bei beiden Eltern vorhanden</translation>
        </message>
        <message>
            <source>inherited from the mother</source>
            <translation>von der Mutter vererbt</translation>
        </message>
        <message>
            <source>inherited from the father</source>
            <translation>vom Vater vererbt</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n review star(s))</source>
            <translation>
                <numerusform>%1 (%n Review-Stern)</numerusform>
                <numerusform>%1 (%n Review-Sterne)</numerusform>
            </translation>
        </message>
        <message>
            <source>none given: secondary findings only</source>
            <translation>keine angegeben: nur Zusatzbefunde</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n gene(s))</source>
            <translation>
                <numerusform>%1 (%n Gen)</numerusform>
                <numerusform>%1 (%n Gene)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (ClinVar; not yet classified by the laboratory)</source>
            <translation>%1 (ClinVar; noch nicht vom Labor klassifiziert)</translation>
        </message>
        <message>
            <source>GenomeDesk %1</source>
            <translation>GenomeDesk %1</translation>
        </message>
        <message>
            <source>Only the variants in the submitted file were assessed. Regions that were not sequenced, not covered well enough or not called by the pipeline are not assessed, so a negative result does not exclude a variant there.</source>
            <translation>Es wurden nur die Varianten der übermittelten Datei ausgewertet. Regionen, die nicht sequenziert, nicht ausreichend abgedeckt oder von der Pipeline nicht gecallt wurden, sind nicht ausgewertet; ein negatives Ergebnis schließt dort eine Variante daher nicht aus.</translation>
        </message>
        <message>
            <source>Structural variants, copy-number changes, repeat expansions and mitochondrial heteroplasmy are not assessed by this report.</source>
            <translation>Strukturvarianten, Kopienzahlveränderungen, Repeat-Expansionen und mitochondriale Heteroplasmie werden in diesem Befundbericht nicht ausgewertet.</translation>
        </message>
        <message numerus="yes">
            <source>Secondary findings were sought only in the %n gene(s) of %1.</source>
            <translation>
                <numerusform>Zusatzbefunde wurden nur in dem %n Gen von %1 gesucht.</numerusform>
                <numerusform>Zusatzbefunde wurden nur in den %n Genen von %1 gesucht.</numerusform>
            </translation>
        </message>
        <message>
            <source>No population frequency data was available, so frequency criteria were not applied.</source>
            <translation>Es waren keine Populationsfrequenzdaten verfügbar; Frequenzkriterien wurden daher nicht angewendet.</translation>
        </message>
        <message>
            <source>No ClinVar data was available; only the laboratory's own classifications were used.</source>
            <translation>Es waren keine ClinVar-Daten verfügbar; es wurden nur die eigenen Klassifikationen des Labors verwendet.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) in policy genes need a geneticist's review before this report can be signed.</source>
            <translation>
                <numerusform>%n Variante in Richtliniengenen muss von einem Facharzt/einer Fachärztin für Humangenetik geprüft werden, bevor dieser Befundbericht unterzeichnet werden kann.</numerusform>
                <numerusform>%n Varianten in Richtliniengenen müssen von einem Facharzt/einer Fachärztin für Humangenetik geprüft werden, bevor dieser Befundbericht unterzeichnet werden kann.</numerusform>
            </translation>
        </message>
        <message>
            <source>read error</source>
            <translation>Lesefehler</translation>
        </message>
        <message>
            <source>cannot write the whole file: the disk is full or a quota or file-size limit was reached; the previous file is unchanged</source>
            <translation>die Datei kann nicht vollständig geschrieben werden: der Datenträger ist voll oder ein Kontingent bzw. eine Dateigrößenbeschränkung wurde erreicht; die bisherige Datei ist unverändert</translation>
        </message>
        <message>
            <source>the report template has no %1 placeholder</source>
            <translation>die Berichtsvorlage enthält keinen Platzhalter %1</translation>
        </message>
        <message>
            <source>not found (%1)</source>
            <translation>nicht gefunden (%1)</translation>
        </message>
        <message>
            <source>%1 homozygous</source>
            <translation>%1 homozygot</translation>
        </message>
        <message>
            <source>intergenic</source>
            <translation>intergenisch</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klassifikation</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>ACMG/AMP-Kriterien</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transkript</translation>
        </message>
        <message>
            <source>Position (%1)</source>
            <translation>Position (%1)</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Konsequenz</translation>
        </message>
        <message>
            <source>Zygosity</source>
            <translation>Zygotie</translation>
        </message>
        <message>
            <source>Inheritance</source>
            <translation>Erbgang</translation>
        </message>
        <message>
            <source>Population frequency</source>
            <translation>Populationsfrequenz</translation>
        </message>
        <message>
            <source>no population data available</source>
            <translation>keine Populationsdaten verfügbar</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar</source>
            <translation>nicht in ClinVar</translation>
        </message>
        <message>
            <source>Why it is reported</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Sequencing quality</source>
            <translation>Sequenzierqualität</translation>
        </message>
        <message>
            <source>depth %1, genotype quality %2, allele balance %3, filter %4</source>
            <translation>Tiefe %1, Genotypqualität %2, Allelbalance %3, Filter %4</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Varianten</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Ref</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gen</translation>
        </message>
        <message>
            <source>Depth</source>
            <translation>Tiefe</translation>
        </message>
        <message>
            <source>GQ</source>
            <translation>GQ</translation>
        </message>
        <message>
            <source>Allele balance</source>
            <translation>Allelbalance</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes assessed for the indication or, with the patient's consent, for secondary findings.</source>
            <translation>In den für die Indikation und – mit Einwilligung des Patienten – für Zusatzbefunde ausgewerteten Genen wurde keine berichtsrelevante Variante gefunden.</translation>
        </message>
        <message>
            <source>%1 and %2 are reported.</source>
            <translation>%1 und %2 werden berichtet.</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n Primärbefund</numerusform>
                <numerusform>%n Primärbefunde</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n Zusatzbefund</numerusform>
                <numerusform>%n Zusatzbefunde</numerusform>
            </translation>
        </message>
        <message>
            <source>Genomic test report</source>
            <translation>Befundbericht genomische Untersuchung</translation>
        </message>
        <message>
            <source>Genomic variant report</source>
            <translation>Befundbericht genomische Varianten</translation>
        </message>
        <message>
            <source>Report id</source>
            <translation>Berichts-ID</translation>
        </message>
        <message>
            <source>%1, version %2</source>
            <translation>%1, Version %2</translation>
        </message>
        <message>
            <source>Patient (pseudonym)</source>
            <translation>Patient (Pseudonym)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>nicht bekannt</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Probe</translation>
        </message>
        <message>
            <source>Referring clinician</source>
            <translation>Zuweisender Arzt/Zuweisende Ärztin</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Indikation</translation>
        </message>
        <message>
            <source>Genome build</source>
            <translation>Genom-Build</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>Berichtsdatum</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes of the indication.</source>
            <translation>In den Genen der Indikation wurde keine berichtsrelevante Variante gefunden.</translation>
        </message>
        <message>
            <source>%1: not reported — the patient chose not to receive these findings.</source>
            <translation>%1: nicht berichtet – der Patient hat sich gegen den Erhalt dieser Befunde entschieden.</translation>
        </message>
        <message>
            <source>%1: none found.</source>
            <translation>%1: keine gefunden.</translation>
        </message>
        <message>
            <source>Listed per laboratory policy because they lie in genes of the indication; they are not a diagnosis and should not be used for clinical decisions on their own.</source>
            <translation>Gemäß Laborrichtlinie aufgeführt, da sie in Genen der Indikation liegen; sie stellen keine Diagnose dar und sollten nicht allein für klinische Entscheidungen herangezogen werden.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) carried by the sample are listed below.</source>
            <translation>
                <numerusform>Die %n von der Probe getragene Variante ist unten aufgeführt.</numerusform>
                <numerusform>Die %n von der Probe getragenen Varianten sind unten aufgeführt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Methods and inputs</source>
            <translation>Methoden und Eingaben</translation>
        </message>
        <message>
            <source>Input file: %1</source>
            <translation>Eingabedatei: %1</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) read, %1 skipped (reference blocks, records without ALT).</source>
            <translation>
                <numerusform>%n Datensatz gelesen, %1 übersprungen (Referenzblöcke, Datensätze ohne ALT).</numerusform>
                <numerusform>%n Datensätze gelesen, %1 übersprungen (Referenzblöcke, Datensätze ohne ALT).</numerusform>
            </translation>
        </message>
        <message>
            <source>Data sources and versions</source>
            <translation>Datenquellen und Versionen</translation>
        </message>
        <message>
            <source>Policy file SHA-256: %1</source>
            <translation>SHA-256 der Richtliniendatei: %1</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Einschränkungen</translation>
        </message>
        <message>
            <source>This report lists the variants as called in the input file. Population frequencies, the secondary-findings policy and ACMG/AMP classification have not been applied; the report is not signed and is not for clinical use.</source>
            <translation>Dieser Befundbericht listet die Varianten so auf, wie sie in der Eingabedatei gecallt wurden. Populationsfrequenzen, die Richtlinie für Zusatzbefunde und die ACMG/AMP-Klassifikation wurden nicht angewendet; der Befundbericht ist nicht unterzeichnet und nicht für den klinischen Gebrauch bestimmt.</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>Draft — not signed, not for clinical use.</source>
            <translation>Entwurf – nicht unterzeichnet, nicht für den klinischen Gebrauch.</translation>
        </message>
        <message>
            <source>Signed by %1, %2, on %3.</source>
            <translation>Unterzeichnet von %1, %2, am %3.</translation>
        </message>
        <message>
            <source>The electronic signature is in the file that accompanies this PDF; check it with "genomedesk verify-report".</source>
            <translation>Die elektronische Signatur befindet sich in der Datei, die dieses PDF begleitet; prüfen Sie sie mit "genomedesk verify-report".</translation>
        </message>
        <message>
            <source>Genomic variant report %1</source>
            <translation>Befundbericht genomische Varianten %1</translation>
        </message>
        <message>
            <source>cannot start the PDF</source>
            <translation>das PDF kann nicht begonnen werden</translation>
        </message>
        <message>
            <source>GenomeDesk — report %1</source>
            <translation>GenomeDesk – Befundbericht %1</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Fall %1</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>Not signed — not for clinical use</source>
            <translation>Nicht unterzeichnet – nicht für den klinischen Gebrauch</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>Unterzeichnet von %1</translation>
        </message>
        <message>
            <source>cannot finish the PDF</source>
            <translation>das PDF kann nicht abgeschlossen werden</translation>
        </message>
        <message>
            <source>PKCS#12 file</source>
            <translation>PKCS#12-Datei</translation>
        </message>
        <message>
            <source>not a PKCS#12 file (.p12/.pfx) with a certificate and key</source>
            <translation>keine PKCS#12-Datei (.p12/.pfx) mit Zertifikat und Schlüssel</translation>
        </message>
        <message>
            <source>wrong passphrase for the PKCS#12 file</source>
            <translation>falsche Passphrase für die PKCS#12-Datei</translation>
        </message>
        <message>
            <source>cannot decrypt the PKCS#12 file (%1)</source>
            <translation>die PKCS#12-Datei kann nicht entschlüsselt werden (%1)</translation>
        </message>
        <message>
            <source>the PKCS#12 file does not hold both a certificate and its key</source>
            <translation>die PKCS#12-Datei enthält nicht sowohl ein Zertifikat als auch dessen Schlüssel</translation>
        </message>
        <message>
            <source>the key in the PKCS#12 file does not belong to its certificate</source>
            <translation>der Schlüssel in der PKCS#12-Datei gehört nicht zu ihrem Zertifikat</translation>
        </message>
        <message>
            <source>digest computation failed</source>
            <translation>Berechnung des Hashwerts fehlgeschlagen</translation>
        </message>
        <message>
            <source>the signing certificate of %1 expired on %2</source>
            <translation>das Signaturzertifikat von %1 ist am %2 abgelaufen</translation>
        </message>
        <message>
            <source>the signing certificate of %1 is not valid before %2</source>
            <translation>das Signaturzertifikat von %1 ist nicht vor %2 gültig</translation>
        </message>
        <message>
            <source>signing failed (%1)</source>
            <translation>Signieren fehlgeschlagen (%1)</translation>
        </message>
        <message>
            <source>the signature file is not a CMS/PKCS#7 signature</source>
            <translation>die Signaturdatei ist keine CMS/PKCS#7-Signatur</translation>
        </message>
        <message>
            <source>the signature embeds its content; a detached signature is expected</source>
            <translation>die Signatur enthält ihren Inhalt; erwartet wird eine abgetrennte Signatur</translation>
        </message>
        <message>
            <source>the signature must have exactly one signer</source>
            <translation>die Signatur muss genau einen Unterzeichner haben</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>Speicher erschöpft</translation>
        </message>
        <message>
            <source>the signer's certificate is neither in the signature nor among the trusted certificates</source>
            <translation>das Zertifikat des Unterzeichners ist weder in der Signatur noch unter den vertrauenswürdigen Zertifikaten</translation>
        </message>
        <message>
            <source>the signature has no signed attributes (content digest, signing time); such signatures are not accepted</source>
            <translation>die Signatur hat keine signierten Attribute (Inhalts-Hashwert, Signaturzeitpunkt); solche Signaturen werden nicht akzeptiert</translation>
        </message>
        <message>
            <source>the signature does not verify with the signer's key: the signature file is damaged or was altered</source>
            <translation>die Signatur lässt sich mit dem Schlüssel des Unterzeichners nicht verifizieren: die Signaturdatei ist beschädigt oder wurde verändert</translation>
        </message>
        <message>
            <source>the signature uses the digest %1; SHA-256 or stronger is required</source>
            <translation>die Signatur verwendet den Hash-Algorithmus %1; SHA-256 oder stärker ist erforderlich</translation>
        </message>
        <message>
            <source>the signature has no message digest among its signed attributes</source>
            <translation>die Signatur hat keinen Message-Digest unter ihren signierten Attributen</translation>
        </message>
        <message>
            <source>the report was changed after it was signed (or the signature belongs to another file)</source>
            <translation>der Befundbericht wurde nach dem Signieren geändert (oder die Signatur gehört zu einer anderen Datei)</translation>
        </message>
        <message>
            <source>the signing time of the signature cannot be read</source>
            <translation>der Signaturzeitpunkt kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>the signing time %1 lies in the future</source>
            <translation>der Signaturzeitpunkt %1 liegt in der Zukunft</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) had expired on %2 when the report was signed on %3</source>
            <translation>das Zertifikat des Unterzeichners (%1) war am %2 abgelaufen, als der Befundbericht am %3 signiert wurde</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain had expired when the report was signed on %1</source>
            <translation>ein Zertifikat der Zertifikatskette des Unterzeichners war abgelaufen, als der Befundbericht am %1 signiert wurde</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) was not yet valid when the report was signed on %2</source>
            <translation>das Zertifikat des Unterzeichners (%1) war noch nicht gültig, als der Befundbericht am %2 signiert wurde</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain was not yet valid when the report was signed on %1</source>
            <translation>ein Zertifikat der Zertifikatskette des Unterzeichners war noch nicht gültig, als der Befundbericht am %1 signiert wurde</translation>
        </message>
        <message>
            <source>the signer (%1) is not trusted: %2</source>
            <translation>der Unterzeichner (%1) ist nicht vertrauenswürdig: %2</translation>
        </message>
        <message>
            <source>the signature does not verify (%1)</source>
            <translation>die Signatur lässt sich nicht verifizieren (%1)</translation>
        </message>
        <message>
            <source>valid signature by %1, signed on %2</source>
            <translation>gültige Signatur von %1, signiert am %2</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>unbekanntes Datum</translation>
        </message>
        <message>
            <source>stand-alone</source>
            <translation>eigenständig</translation>
        </message>
        <message>
            <source>very strong</source>
            <translation>sehr stark</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>stark</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderat</translation>
        </message>
        <message>
            <source>supporting</source>
            <translation>unterstützend</translation>
        </message>
        <message>
            <source>unknown ACMG/AMP criterion "%1"</source>
            <translation>unbekanntes ACMG/AMP-Kriterium "%1"</translation>
        </message>
        <message>
            <source>%1 is not used: ClinGen SVI recommends against the "reputable source" criteria; assess the evidence itself</source>
            <translation>%1 wird nicht verwendet: ClinGen SVI rät von den "reputable source"-Kriterien ab; bewerten Sie die Evidenz selbst</translation>
        </message>
        <message>
            <source>unknown strength "%1" in "%2" (use VeryStrong, Strong, Moderate or Supporting)</source>
            <translation>unbekannte Stärke "%1" in "%2" (verwenden Sie VeryStrong, Strong, Moderate oder Supporting)</translation>
        </message>
        <message>
            <source>BA1 is stand-alone and takes no strength modifier</source>
            <translation>BA1 ist eigenständig und akzeptiert keinen Stärke-Modifikator</translation>
        </message>
        <message>
            <source>benign criteria cannot be applied at very strong (%1)</source>
            <translation>benigne Kriterien können nicht als sehr stark angewendet werden (%1)</translation>
        </message>
        <message>
            <source>criterion %1 is given more than once</source>
            <translation>Kriterium %1 ist mehrfach angegeben</translation>
        </message>
        <message>
            <source>%1 by the Richards 2015 rules (%2); %3 by points (%4)</source>
            <translation>%1 nach den Regeln von Richards 2015 (%2); %3 nach Punkten (%4)</translation>
        </message>
        <message>
            <source>BA1 stand-alone</source>
            <translation>BA1 eigenständig</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n Punkt</numerusform>
                <numerusform>%n Punkte</numerusform>
            </translation>
        </message>
        <message>
            <source>GenomeDesk defaults</source>
            <translation>GenomeDesk-Standardwerte</translation>
        </message>
        <message>
            <source>policy %1</source>
            <translation>Richtlinie %1</translation>
        </message>
        <message>
            <source>an unnamed source</source>
            <translation>eine unbenannte Quelle</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is at or above the BA1 threshold %3 (%4).</source>
            <translation>Die maximale Populations-Allelfrequenz %1 in %2 liegt auf oder über dem BA1-Schwellenwert %3 (%4).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is above the BS1 threshold %3 (%4).</source>
            <translation>Die maximale Populations-Allelfrequenz %1 in %2 liegt über dem BS1-Schwellenwert %3 (%4).</translation>
        </message>
        <message>
            <source>Absent from %1 (allele frequency 0; PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Nicht vorhanden in %1 (Allelfrequenz 0; PM2 mit unterstützender Stärke gemäß ClinGen SVI).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is below %3 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Die maximale Populations-Allelfrequenz %1 in %2 liegt unter %3 (PM2 mit unterstützender Stärke gemäß ClinGen SVI).</translation>
        </message>
        <message>
            <source>Absent from %1 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Nicht vorhanden in %1 (PM2 mit unterstützender Stärke gemäß ClinGen SVI).</translation>
        </message>
        <message>
            <source>the gene</source>
            <translation>das Gen</translation>
        </message>
        <message>
            <source>Candidate: %1 is a null variant in %2; confirm that loss of function is a known disease mechanism and check the ClinGen SVI PVS1 decision tree (last exon, NMD, rescue).</source>
            <translation>Kandidat: %1 ist eine Nullvariante in %2; bestätigen Sie, dass Funktionsverlust ein bekannter Krankheitsmechanismus ist, und prüfen Sie den ClinGen-SVI-PVS1-Entscheidungsbaum (letztes Exon, NMD, Rescue).</translation>
        </message>
        <message>
            <source>Candidate: start_lost in %1; initiation codon variants are PVS1 at moderate strength at most (ClinGen SVI PVS1 decision tree).</source>
            <translation>Kandidat: start_lost in %1; Varianten des Initiationscodons erfüllen PVS1 höchstens mit moderater Stärke (ClinGen-SVI-PVS1-Entscheidungsbaum).</translation>
        </message>
        <message>
            <source>database error: %1</source>
            <translation>Datenbankfehler: %1</translation>
        </message>
        <message>
            <source>entry %1 is missing (deleted); the log jumps from %2 to %3</source>
            <translation>Eintrag %1 fehlt (gelöscht); das Protokoll springt von %2 auf %3</translation>
        </message>
        <message>
            <source>entry %1 is out of order</source>
            <translation>Eintrag %1 ist nicht in der richtigen Reihenfolge</translation>
        </message>
        <message>
            <source>entry %1 does not follow entry %2 (chain broken: deleted, inserted or reordered entries)</source>
            <translation>Eintrag %1 folgt nicht auf Eintrag %2 (Kette unterbrochen: gelöschte, eingefügte oder umsortierte Einträge)</translation>
        </message>
        <message>
            <source>entry %1 was altered (its content does not match its hash)</source>
            <translation>Eintrag %1 wurde verändert (sein Inhalt stimmt nicht mit seinem Hash überein)</translation>
        </message>
        <message>
            <source>entries %1 to %2 are missing: the log was truncated after entry %3</source>
            <translation>die Einträge %1 bis %2 fehlen: das Protokoll wurde nach Eintrag %3 abgeschnitten</translation>
        </message>
        <message>
            <source>the last entry (%1) does not match the recorded end of the log</source>
            <translation>der letzte Eintrag (%1) stimmt nicht mit dem erfassten Protokollende überein</translation>
        </message>
        <message>
            <source>the case database does not exist</source>
            <translation>die Falldatenbank existiert nicht</translation>
        </message>
        <message>
            <source>cannot open the case database</source>
            <translation>die Falldatenbank kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>case database error: %1</source>
            <translation>Fehler in der Falldatenbank: %1</translation>
        </message>
        <message>
            <source>unknown user %1</source>
            <translation>unbekannter Benutzer %1</translation>
        </message>
        <message>
            <source>user %1 (%2) is not allowed to do this</source>
            <translation>Benutzer %1 (%2) ist dazu nicht berechtigt</translation>
        </message>
        <message>
            <source>no case %1</source>
            <translation>kein Fall %1</translation>
        </message>
        <message>
            <source>the case database was written by a newer GenomeDesk (schema %1; this version knows %2)</source>
            <translation>die Falldatenbank wurde von einer neueren GenomeDesk-Version geschrieben (Schema %1; diese Version kennt %2)</translation>
        </message>
        <message>
            <source>a new case database needs a passphrase or a key file</source>
            <translation>eine neue Falldatenbank benötigt eine Passphrase oder eine Schlüsseldatei</translation>
        </message>
        <message>
            <source>this case database is protected by a passphrase</source>
            <translation>diese Falldatenbank ist durch eine Passphrase geschützt</translation>
        </message>
        <message>
            <source>this case database is protected by a key file</source>
            <translation>diese Falldatenbank ist durch eine Schlüsseldatei geschützt</translation>
        </message>
        <message>
            <source>unknown key method "%1" in the case database</source>
            <translation>unbekannte Schlüsselmethode "%1" in der Falldatenbank</translation>
        </message>
        <message>
            <source>wrong passphrase for this case database</source>
            <translation>falsche Passphrase für diese Falldatenbank</translation>
        </message>
        <message>
            <source>wrong key file for this case database</source>
            <translation>falsche Schlüsseldatei für diese Falldatenbank</translation>
        </message>
        <message>
            <source>cannot open the case database: %1</source>
            <translation>die Falldatenbank kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>not a usable case database: %1</source>
            <translation>keine verwendbare Falldatenbank: %1</translation>
        </message>
        <message>
            <source>a user name is 1 to 64 letters, digits or . _ @ -</source>
            <translation>ein Benutzername besteht aus 1 bis 64 Buchstaben, Ziffern oder . _ @ -</translation>
        </message>
        <message>
            <source>a password needs at least 8 characters</source>
            <translation>ein Passwort benötigt mindestens 8 Zeichen</translation>
        </message>
        <message>
            <source>cannot hash the password</source>
            <translation>das Passwort kann nicht gehasht werden</translation>
        </message>
        <message>
            <source>the first user of a case database must be an admin</source>
            <translation>der erste Benutzer einer Falldatenbank muss ein Administrator sein</translation>
        </message>
        <message>
            <source>only an admin can add users</source>
            <translation>nur ein Administrator kann Benutzer hinzufügen</translation>
        </message>
        <message>
            <source>user %1 already exists</source>
            <translation>Benutzer %1 existiert bereits</translation>
        </message>
        <message>
            <source>unknown user or wrong password</source>
            <translation>unbekannter Benutzer oder falsches Passwort</translation>
        </message>
        <message>
            <source>a pseudonym is 1 to 64 letters, digits, '-' or '_'</source>
            <translation>ein Pseudonym besteht aus 1 bis 64 Buchstaben, Ziffern, '-' oder '_'</translation>
        </message>
        <message>
            <source>patient %1 already exists</source>
            <translation>Patient %1 existiert bereits</translation>
        </message>
        <message>
            <source>encryption failed</source>
            <translation>Verschlüsselung fehlgeschlagen</translation>
        </message>
        <message>
            <source>no patient %1</source>
            <translation>kein Patient %1</translation>
        </message>
        <message>
            <source>the SHA-256 of an input file must be 64 lower-case hex digits</source>
            <translation>der SHA-256 einer Eingabedatei muss aus 64 hexadezimalen Ziffern in Kleinschreibung bestehen</translation>
        </message>
        <message>
            <source>the case was not stored</source>
            <translation>der Fall wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>"%1" is not a variant key like 6-26092913-G-A</source>
            <translation>"%1" ist kein Variantenschlüssel wie 6-26092913-G-A</translation>
        </message>
        <message>
            <source>a review classification is P, LP, VUS, LB or B</source>
            <translation>eine Prüfklassifikation ist P, LP, VUS, LB oder B</translation>
        </message>
        <message>
            <source>case %1 is signed: a change needs a reason and creates report version %2</source>
            <translation>Fall %1 ist unterzeichnet: eine Änderung erfordert eine Begründung und erzeugt die Berichtsversion %2</translation>
        </message>
        <message>
            <source>case %1 is %2, not draft</source>
            <translation>Fall %1 ist %2, kein Entwurf</translation>
        </message>
        <message>
            <source>case %1 has no variant review yet</source>
            <translation>Fall %1 hat noch keine Variantenprüfung</translation>
        </message>
        <message>
            <source>only a clinical geneticist can sign; %1 cannot</source>
            <translation>nur ein Facharzt/eine Fachärztin für Humangenetik kann unterzeichnen; %1 kann es nicht</translation>
        </message>
        <message>
            <source>case %1 is %2: it must be reviewed before signing</source>
            <translation>Fall %1 ist %2: er muss vor dem Unterzeichnen geprüft werden</translation>
        </message>
        <message>
            <source>report version %1 is missing or already signed</source>
            <translation>Berichtsversion %1 fehlt oder ist bereits unterzeichnet</translation>
        </message>
        <message>
            <source>no encryption key is loaded</source>
            <translation>es ist kein Verschlüsselungsschlüssel geladen</translation>
        </message>
        <message>
            <source>an encrypted field is malformed</source>
            <translation>ein verschlüsseltes Feld ist fehlerhaft</translation>
        </message>
        <message>
            <source>an encrypted field cannot be decrypted: wrong key or altered data</source>
            <translation>ein verschlüsseltes Feld kann nicht entschlüsselt werden: falscher Schlüssel oder veränderte Daten</translation>
        </message>
        <message>
            <source>the passphrase is empty</source>
            <translation>die Passphrase ist leer</translation>
        </message>
        <message>
            <source>key derivation (scrypt) failed</source>
            <translation>Schlüsselableitung (scrypt) fehlgeschlagen</translation>
        </message>
        <message>
            <source>the key file does not exist</source>
            <translation>die Schlüsseldatei existiert nicht</translation>
        </message>
        <message>
            <source>the key file can be read by other users; make it private (chmod 600)</source>
            <translation>die Schlüsseldatei ist für andere Benutzer lesbar; machen Sie sie privat (chmod 600)</translation>
        </message>
        <message>
            <source>cannot read the key file</source>
            <translation>die Schlüsseldatei kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>the key file must hold 32 bytes or 64 hexadecimal digits</source>
            <translation>die Schlüsseldatei muss 32 Byte oder 64 hexadezimale Ziffern enthalten</translation>
        </message>
        <message>
            <source>cannot write the key file</source>
            <translation>die Schlüsseldatei kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot protect the key file</source>
            <translation>die Schlüsseldatei kann nicht geschützt werden</translation>
        </message>
        <message>
            <source>%1 not found</source>
            <translation>%1 nicht gefunden</translation>
        </message>
        <message>
            <source>%1 is not a readable file</source>
            <translation>%1: keine lesbare Datei</translation>
        </message>
        <message>
            <source>cannot read the %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>the %1 is too large</source>
            <translation>%1: zu groß</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>cannot use a certificate of the trusted certificate file</source>
            <translation>ein Zertifikat aus der Datei vertrauenswürdiger Zertifikate kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>the trusted certificate file holds no X.509 certificate (PEM or DER)</source>
            <translation>die Datei vertrauenswürdiger Zertifikate enthält kein X.509-Zertifikat (PEM oder DER)</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>not a detached CMS signature (DER or PEM)</source>
            <translation>keine abgetrennte CMS-Signatur (DER oder PEM)</translation>
        </message>
        <message>
            <source>package</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>cannot read the package: %1</source>
            <translation>das Paket kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>SHA-256 is not available from OpenSSL</source>
            <translation>SHA-256 ist in OpenSSL nicht verfügbar</translation>
        </message>
        <message>
            <source>SHA-256 computation failed</source>
            <translation>SHA-256-Berechnung fehlgeschlagen</translation>
        </message>
        <message>
            <source>cannot open the package</source>
            <translation>das Paket kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>the signer (%1) is not the trusted certificate nor issued by it, or its certificate is not valid now</source>
            <translation>der Unterzeichner (%1) ist weder das vertrauenswürdige Zertifikat noch von ihm ausgestellt, oder sein Zertifikat ist derzeit nicht gültig</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>the package does not match its signature: it was changed after signing, or the signature belongs to another file</source>
            <translation>das Paket stimmt nicht mit seiner Signatur überein: es wurde nach dem Signieren geändert, oder die Signatur gehört zu einer anderen Datei</translation>
        </message>
        <message>
            <source>the system settings file is not readable; ask IT to fix its permissions</source>
            <translation>die Systemeinstellungsdatei ist nicht lesbar; bitten Sie die IT, die Berechtigungen zu korrigieren</translation>
        </message>
        <message>
            <source>the system settings file is not a valid INI file</source>
            <translation>die Systemeinstellungsdatei ist keine gültige INI-Datei</translation>
        </message>
        <message>
            <source>this setting is locked by your IT department (%1)</source>
            <translation>diese Einstellung wurde von Ihrer IT-Abteilung gesperrt (%1)</translation>
        </message>
        <message>
            <source>All variants</source>
            <translation>Alle Varianten</translation>
        </message>
        <message>
            <source>Good quality</source>
            <translation>Gute Qualität</translation>
        </message>
        <message>
            <source>Coding and splice</source>
            <translation>Kodierend und Spleißregion</translation>
        </message>
        <message>
            <source>De novo (trio)</source>
            <translation>De novo (Trio)</translation>
        </message>
        <message>
            <source>Recessive (trio)</source>
            <translation>Rezessiv (Trio)</translation>
        </message>
        <message>
            <source>X-linked (trio)</source>
            <translation>X-chromosomal (Trio)</translation>
        </message>
        <message>
            <source>Carried by the patient</source>
            <translation>Vom Patienten getragen</translation>
        </message>
        <message>
            <source>FILTER is PASS</source>
            <translation>FILTER ist PASS</translation>
        </message>
        <message>
            <source>Depth ≥ 10 and GQ ≥ 20</source>
            <translation>Tiefe ≥ 10 und GQ ≥ 20</translation>
        </message>
        <message>
            <source>Coding or splice consequence</source>
            <translation>Kodierende oder Spleiß-Konsequenz</translation>
        </message>
        <message>
            <source>De novo in the trio</source>
            <translation>De novo im Trio</translation>
        </message>
        <message>
            <source>Homozygous or compound heterozygous</source>
            <translation>Homozygot oder compound-heterozygot</translation>
        </message>
        <message>
            <source>X-linked in the trio</source>
            <translation>X-chromosomal im Trio</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 %3, %n record(s)</source>
            <translation>
                <numerusform>%1: %2 %3, %n Datensatz</numerusform>
                <numerusform>%1: %2 %3, %n Datensätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s): %1 SNVs, %2 MNVs, %3 indels, %4 structural</source>
            <translation>
                <numerusform>%n Variante: %1 SNVs, %2 MNVs, %3 Indels, %4 strukturell</numerusform>
                <numerusform>%n Varianten: %1 SNVs, %2 MNVs, %3 Indels, %4 strukturell</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>genome build: %1; %n sample(s)</source>
            <translation>
                <numerusform>Genom-Build: %1; %n Probe</numerusform>
                <numerusform>Genom-Build: %1; %n Proben</numerusform>
            </translation>
        </message>
        <message>
            <source>sample %1: %2, %3</source>
            <translation>Probe %1: %2, %3</translation>
        </message>
        <message>
            <source>skipped (%1): %2</source>
            <translation>übersprungen (%1): %2</translation>
        </message>
        <message>
            <source>altered (%1): %2</source>
            <translation>verändert (%1): %2</translation>
        </message>
        <message>
            <source>trio: child %1, father %2, mother %3</source>
            <translation>Trio: Kind %1, Vater %2, Mutter %3</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>time: %1 ms</source>
            <translation>Zeit: %1 ms</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>reference FASTA not found</source>
            <translation>Referenz-FASTA nicht gefunden</translation>
        </message>
        <message>
            <source>cannot read or index the reference FASTA (is it a FASTA file, and is its directory writable for the .fai index?)</source>
            <translation>die Referenz-FASTA kann nicht gelesen oder indiziert werden (ist es eine FASTA-Datei, und ist ihr Verzeichnis für den .fai-Index beschreibbar?)</translation>
        </message>
        <message>
            <source>wrong number of columns</source>
            <translation>falsche Spaltenanzahl</translation>
        </message>
        <message>
            <source>invalid contig name</source>
            <translation>ungültiger Contig-Name</translation>
        </message>
        <message>
            <source>contig not declared in the header</source>
            <translation>Contig im Header nicht deklariert</translation>
        </message>
        <message>
            <source>invalid INFO or FORMAT field</source>
            <translation>ungültiges INFO- oder FORMAT-Feld</translation>
        </message>
        <message>
            <source>INFO or FORMAT key not declared in the header</source>
            <translation>INFO- oder FORMAT-Schlüssel im Header nicht deklariert</translation>
        </message>
        <message>
            <source>value out of the range htslib supports</source>
            <translation>Wert außerhalb des von htslib unterstützten Bereichs</translation>
        </message>
        <message>
            <source>invalid character</source>
            <translation>ungültiges Zeichen</translation>
        </message>
        <message>
            <source>malformed record (bad POS, QUAL, allele or field value)</source>
            <translation>fehlerhafter Datensatz (ungültige POS, QUAL, ungültiges Allel oder ungültiger Feldwert)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (the content is not recognised)</source>
            <translation>keine VCF- oder BCF-Datei (der Inhalt wird nicht erkannt)</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (detected: %1)</source>
            <translation>keine VCF- oder BCF-Datei (erkannt: %1)</translation>
        </message>
        <message>
            <source>sample '%1' is not in the file</source>
            <translation>Probe '%1' ist nicht in der Datei</translation>
        </message>
        <message>
            <source>cannot select the samples</source>
            <translation>die Proben können nicht ausgewählt werden</translation>
        </message>
        <message>
            <source>sample name %1 is not valid UTF-8; shown as "%2"</source>
            <translation>der Probenname %1 ist kein gültiges UTF-8; angezeigt als "%2"</translation>
        </message>
        <message>
            <source>read error: the file is truncated or its compression is corrupt</source>
            <translation>Lesefehler: die Datei ist abgeschnitten oder ihre Komprimierung ist beschädigt</translation>
        </message>
        <message>
            <source>the line contains a NUL byte (binary data)</source>
            <translation>die Zeile enthält ein NUL-Byte (Binärdaten)</translation>
        </message>
        <message>
            <source>wrong number of columns: %1 instead of %2</source>
            <translation>falsche Spaltenanzahl: %1 statt %2</translation>
        </message>
        <message>
            <source>POS is not a positive whole number</source>
            <translation>POS ist keine positive ganze Zahl</translation>
        </message>
        <message>
            <source>ALT has an empty allele</source>
            <translation>ALT enthält ein leeres Allel</translation>
        </message>
        <message>
            <source>QUAL is neither '.' nor a number</source>
            <translation>QUAL ist weder '.' noch eine Zahl</translation>
        </message>
        <message>
            <source>read error: the BCF file is truncated or corrupt</source>
            <translation>Lesefehler: die BCF-Datei ist abgeschnitten oder beschädigt</translation>
        </message>
        <message>
            <source>the record cannot be unpacked</source>
            <translation>der Datensatz kann nicht entpackt werden</translation>
        </message>
        <message>
            <source>REF must consist of the bases A, C, G, T and N</source>
            <translation>REF darf nur aus den Basen A, C, G, T und N bestehen</translation>
        </message>
        <message>
            <source>ALT allele %1 is empty or not a valid allele</source>
            <translation>ALT-Allel %1 ist leer oder kein gültiges Allel</translation>
        </message>
        <message numerus="yes">
            <source>GT refers to allele %1, but the record has %n allele(s)</source>
            <translation>
                <numerusform>GT verweist auf Allel %1, der Datensatz hat aber %n Allel</numerusform>
                <numerusform>GT verweist auf Allel %1, der Datensatz hat aber %n Allele</numerusform>
            </translation>
        </message>
        <message>
            <source>loading was cancelled</source>
            <translation>das Laden wurde abgebrochen</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) use INFO or FORMAT keys not declared in the header</source>
            <translation>
                <numerusform>%n Datensatz verwendet INFO- oder FORMAT-Schlüssel, die im Header nicht deklariert sind</numerusform>
                <numerusform>%n Datensätze verwenden INFO- oder FORMAT-Schlüssel, die im Header nicht deklariert sind</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) are on contigs not declared in the header</source>
            <translation>
                <numerusform>%n Datensatz liegt auf Contigs, die im Header nicht deklariert sind</numerusform>
                <numerusform>%n Datensätze liegen auf Contigs, die im Header nicht deklariert sind</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the file is not sorted by position (%n record(s) out of order)</source>
            <translation>
                <numerusform>die Datei ist nicht nach Position sortiert (%n Datensatz in falscher Reihenfolge)</numerusform>
                <numerusform>die Datei ist nicht nach Position sortiert (%n Datensätze in falscher Reihenfolge)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) have a REF that does not match the reference FASTA; they were trimmed but not left-aligned</source>
            <translation>
                <numerusform>%n Variante hat eine REF, die nicht mit der Referenz-FASTA übereinstimmt; sie wurde gekürzt, aber nicht linksbündig ausgerichtet</numerusform>
                <numerusform>%n Varianten haben eine REF, die nicht mit der Referenz-FASTA übereinstimmt; sie wurden gekürzt, aber nicht linksbündig ausgerichtet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) are on contigs missing from the reference FASTA</source>
            <translation>
                <numerusform>%n Variante liegt auf Contigs, die in der Referenz-FASTA fehlen</numerusform>
                <numerusform>%n Varianten liegen auf Contigs, die in der Referenz-FASTA fehlen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) repeat the site and alleles of the record before them with different content; both are kept</source>
            <translation>
                <numerusform>%n Datensatz wiederholt Position und Allele des vorherigen Datensatzes mit anderem Inhalt; beide werden beibehalten</numerusform>
                <numerusform>%n Datensätze wiederholen Position und Allele des jeweils vorherigen Datensatzes mit anderem Inhalt; beide werden beibehalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank line(s) ignored</source>
            <translation>
                <numerusform>%n Leerzeile ignoriert</numerusform>
                <numerusform>%n Leerzeilen ignoriert</numerusform>
            </translation>
        </message>
        <message>
            <source>the genome build could not be detected from the header</source>
            <translation>der Genom-Build konnte nicht aus dem Header ermittelt werden</translation>
        </message>
        <message>
            <source>the PED file's trio is not among the file's samples</source>
            <translation>das Trio der PED-Datei ist nicht unter den Proben der Datei</translation>
        </message>
        <message>
            <source>the connection closed before the answer was complete (%1)</source>
            <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war (%1)</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Facharzt/Fachärztin für Humangenetik</translation>
        </message>
        <message>
            <source>no report translation for language "%1"; available: %2</source>
            <translation>keine Übersetzung des Befundberichts für die Sprache "%1"; verfügbar: %2</translation>
        </message>
        <message>
            <source>Secondary findings were sought under %1, in the categories the patient consented to:</source>
            <translation>Zusatzbefunde wurden gemäß %1 in den Kategorien gesucht, in die der Patient eingewilligt hat:</translation>
        </message>
        <message>
            <source>wishes to be informed</source>
            <translation>möchte informiert werden</translation>
        </message>
        <message>
            <source>does not wish to be informed</source>
            <translation>möchte nicht informiert werden</translation>
        </message>
        <message>
            <source>Report content SHA-256 (FHIR export): %1</source>
            <translation>SHA-256 des Befundberichtsinhalts (FHIR-Export): %1</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in childhood</source>
            <translation>Behandelbare Erkrankungen mit Beginn im Kindesalter</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in adulthood</source>
            <translation>Behandelbare Erkrankungen mit Beginn im Erwachsenenalter</translation>
        </message>
        <message>
            <source>Carrier status for recessive conditions</source>
            <translation>Anlageträgerschaft für rezessive Erkrankungen</translation>
        </message>
        <message>
            <source>Pharmacogenomic findings</source>
            <translation>Pharmakogenomische Befunde</translation>
        </message>
        <message>
            <source>Late-onset conditions without treatment</source>
            <translation>Spät beginnende Erkrankungen ohne Behandlungsmöglichkeit</translation>
        </message>
        <message>
            <source>retrieved %1</source>
            <translation>abgerufen am %1</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in the highest population</source>
            <translation>FAF95 ≤ %1% in der Population mit der höchsten Frequenz</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in the highest population</source>
            <translation>Allelfrequenz ≤ %1% in der Population mit der höchsten Frequenz</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in %2</source>
            <translation>FAF95 ≤ %1% in %2</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in %2</source>
            <translation>Allelfrequenz ≤ %1% in %2</translation>
        </message>
        <message>
            <source>the disk is full: no space left (or the file size limit was reached) while %1; the frequency cache was not changed</source>
            <translation>der Datenträger ist voll: kein Speicherplatz mehr frei (oder die Dateigrößenbeschränkung wurde erreicht) %1; der Frequenz-Cache wurde nicht verändert</translation>
        </message>
        <message>
            <source>the sites VCF uses INFO keys its header does not declare; they are not imported</source>
            <translation>die Sites-VCF verwendet INFO-Schlüssel, die ihr Header nicht deklariert; sie werden nicht importiert</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is %1 but the case is %2; import a gene model of the case's build</source>
            <translation>das Genmodell der Wissensdatenbank ist %1, der Fall aber %2; importieren Sie ein Genmodell im Build des Falls</translation>
        </message>
        <message>
            <source>the knowledge base's ClinVar is %1 but the case is %2; import ClinVar of the case's build</source>
            <translation>die ClinVar-Daten der Wissensdatenbank sind %1, der Fall aber %2; importieren Sie ClinVar im Build des Falls</translation>
        </message>
        <message>
            <source>unknown consent category %1</source>
            <translation>unbekannte Einwilligungskategorie %1</translation>
        </message>
        <message>
            <source>"%1" is not an HPO term (HP: and seven digits)</source>
            <translation>"%1" ist kein HPO-Begriff (HP: und sieben Ziffern)</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; presumed biallelic, confirm the phase.</source>
            <translation>%1 hat %2 heterozygote P/LP-Varianten: möglicherweise compound-heterozygot, Phase unbekannt; vermutlich biallelisch, bestätigen Sie die Phase.</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; the policy asks for review.</source>
            <translation>%1 hat %2 heterozygote P/LP-Varianten: möglicherweise compound-heterozygot, Phase unbekannt; die Richtlinie verlangt eine Überprüfung.</translation>
        </message>
        <message>
            <source>The indication describes the phenotype (%1) but names no genes, so no finding is primary; %2 is a secondary finding.</source>
            <translation>Die Indikation beschreibt den Phänotyp (%1), nennt aber keine Gene, daher ist kein Befund ein Primärbefund; %2 ist ein Zusatzbefund.</translation>
        </message>
        <message>
            <source>the start of the keyed entries is missing or fails the keyed check (HMAC)</source>
            <translation>der Anfang der schlüsselgesicherten Einträge fehlt oder besteht die Schlüsselprüfung (HMAC) nicht</translation>
        </message>
        <message>
            <source>entry %1 fails the keyed check (HMAC): it was written or rewritten without the case database key</source>
            <translation>Eintrag %1 besteht die Schlüsselprüfung (HMAC) nicht: er wurde ohne den Schlüssel der Falldatenbank geschrieben oder umgeschrieben</translation>
        </message>
        <message>
            <source>entries from %1 on are missing: the log was truncated</source>
            <translation>die Einträge ab %1 fehlen: das Protokoll wurde abgeschnitten</translation>
        </message>
        <message>
            <source>the recorded end of the log (entry %1) fails the keyed check (HMAC): entries were cut off or rewritten</source>
            <translation>das erfasste Protokollende (Eintrag %1) besteht die Schlüsselprüfung (HMAC) nicht: Einträge wurden abgeschnitten oder umgeschrieben</translation>
        </message>
        <message>
            <source>no key for the audit log</source>
            <translation>kein Schlüssel für das Prüfprotokoll</translation>
        </message>
        <message>
            <source>the record's INFO cannot be unpacked</source>
            <translation>das INFO-Feld des Datensatzes kann nicht entpackt werden</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a per-allele INFO field (Number=A or R) with the wrong number of values; those values were not kept</source>
            <translation>
                <numerusform>%n Datensatz hat ein allelspezifisches INFO-Feld (Number=A oder R) mit einer falschen Anzahl von Werten; diese Werte wurden nicht übernommen</numerusform>
                <numerusform>%n Datensätze haben ein allelspezifisches INFO-Feld (Number=A oder R) mit einer falschen Anzahl von Werten; diese Werte wurden nicht übernommen</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>keines</translation>
        </message>
        <message>
            <source>SHA-256 %1, public key SHA-256 %2</source>
            <translation>SHA-256 %1, öffentlicher Schlüssel SHA-256 %2</translation>
        </message>
        <message>
            <source>TLS: the certificate of node %1 does not match its pinned SHA-256 (pinned %2; the node presented certificate %3). The connection was refused.</source>
            <translation>TLS: Das Zertifikat von Knoten %1 stimmt nicht mit seinem gepinnten SHA-256 überein (gepinnt: %2; vom Knoten vorgelegtes Zertifikat: %3). Die Verbindung wurde abgelehnt.</translation>
        </message>
        <message>
            <source>The frequency cache does not exist.</source>
            <translation>Der Frequenz-Cache existiert nicht.</translation>
        </message>
        <message>
            <source>Cannot open the frequency cache: %1</source>
            <translation>Der Frequenz-Cache kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>Cannot create the table of Beacon fetch times</source>
            <translation>Die Tabelle der Beacon-Abrufzeiten kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Not a frequency cache: %1</source>
            <translation>Kein Frequenz-Cache: %1</translation>
        </message>
        <message>
            <source>The frequency cache was opened read-only.</source>
            <translation>Der Frequenz-Cache wurde schreibgeschützt geöffnet.</translation>
        </message>
        <message>
            <source>Cannot record the Beacon fetch times</source>
            <translation>Die Beacon-Abrufzeiten können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Cannot remove the Beacon fetch times</source>
            <translation>Die Beacon-Abrufzeiten können nicht entfernt werden</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>vor %n Minute</numerusform>
                <numerusform>vor %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>vor %n Stunde</numerusform>
                <numerusform>vor %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>"maxAgeDays" must be 0 ... 3650.</source>
            <translation>"maxAgeDays" muss zwischen 0 und 3650 liegen.</translation>
        </message>
        <message>
            <source>Cannot create the folder.</source>
            <translation>Der Ordner kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Node "%1" needs a token or password of one line.</source>
            <translation>Knoten "%1" benötigt ein Token oder Passwort aus einer Zeile.</translation>
        </message>
        <message>
            <source>Cannot write the token file.</source>
            <translation>Die Token-Datei kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Cannot write the node list.</source>
            <translation>Die Knotenliste kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>The request headers are larger than %1 bytes.</source>
            <translation>Die Anfrage-Header sind größer als %1 Byte.</translation>
        </message>
        <message>
            <source>A chunk header is too long.</source>
            <translation>Ein Chunk-Header ist zu lang.</translation>
        </message>
        <message>
            <source>A chunk size is not a number.</source>
            <translation>Eine Chunk-Größe ist keine Zahl.</translation>
        </message>
        <message>
            <source>The Content-Length header is not a number.</source>
            <translation>Der Content-Length-Header ist keine Zahl.</translation>
        </message>
        <message>
            <source>bad sum column</source>
            <translation>ungültige Summenspalte</translation>
        </message>
        <message>
            <source>unknown integer coding %1</source>
            <translation>unbekannte Ganzzahlkodierung %1</translation>
        </message>
        <message>
            <source>upgrading the format</source>
            <translation>beim Aktualisieren des Formats</translation>
        </message>
        <message>
            <source>could not write the case database (disk full or I/O error: %1); this change was not saved, earlier changes are intact</source>
            <translation>die Falldatenbank konnte nicht geschrieben werden (Datenträger voll oder E/A-Fehler: %1); diese Änderung wurde nicht gespeichert, frühere Änderungen sind erhalten</translation>
        </message>
        <message>
            <source>the case database is locked by another program (%1); this change was not saved, try again</source>
            <translation>die Falldatenbank ist von einem anderen Programm gesperrt (%1); diese Änderung wurde nicht gespeichert, versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>the case database is read-only (%1); this change was not saved</source>
            <translation>die Falldatenbank ist schreibgeschützt (%1); diese Änderung wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>the case database is read-only (%1): ask IT for write access to the file and its folder</source>
            <translation>die Falldatenbank ist schreibgeschützt (%1): bitten Sie die IT um Schreibzugriff auf die Datei und ihren Ordner</translation>
        </message>
        <message numerus="yes">
            <source>HTTP %1: the node asked to wait %n second(s)</source>
            <translation>
                <numerusform>HTTP %1: der Knoten bat, %n Sekunde zu warten</numerusform>
                <numerusform>HTTP %1: der Knoten bat, %n Sekunden zu warten</numerusform>
            </translation>
        </message>
        <message>
            <source>The request headers did not arrive within %1 ms.</source>
            <translation>Die Kopfzeilen der Anfrage kamen nicht innerhalb von %1 ms an.</translation>
        </message>
        <message>
            <source>The request body did not arrive within %1 ms.</source>
            <translation>Der Inhalt der Anfrage kam nicht innerhalb von %1 ms an.</translation>
        </message>
        <message>
            <source>The server has too many open connections; try again later.</source>
            <translation>Der Server hat zu viele offene Verbindungen; bitte später erneut versuchen.</translation>
        </message>
        <message>
            <source>Too many open connections from your address; at most %1.</source>
            <translation>Zu viele offene Verbindungen von Ihrer Adresse; höchstens %1.</translation>
        </message>
        <message numerus="yes">
            <source>Too many requests; retry after %n second(s).</source>
            <translation>
                <numerusform>Zu viele Anfragen; erneut versuchen nach %n Sekunde.</numerusform>
                <numerusform>Zu viele Anfragen; erneut versuchen nach %n Sekunden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/PL (Number=G) with the wrong number of values for the genotype's ploidy and alleles; PL was not kept for those calls</source>
            <translation>
                <numerusform>%n Datensatz hat ein FORMAT/PL (Number=G) mit einer für Ploidie und Allele des Genotyps falschen Anzahl von Werten; PL wurde für diese Calls nicht übernommen</numerusform>
                <numerusform>%n Datensätze haben ein FORMAT/PL (Number=G) mit einer für Ploidie und Allele des Genotyps falschen Anzahl von Werten; PL wurde für diese Calls nicht übernommen</numerusform>
            </translation>
        </message>
        <message>
            <source>note (%1): %2</source>
            <translation>Hinweis (%1): %2</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/AD with the wrong number of values (one per allele, REF first); AD was not kept for those calls</source>
            <translation>
                <numerusform>%n Datensatz hat ein FORMAT/AD mit falscher Anzahl von Werten (einer je Allel, REF zuerst); AD wurde für diese Calls nicht übernommen</numerusform>
                <numerusform>%n Datensätze haben ein FORMAT/AD mit falscher Anzahl von Werten (einer je Allel, REF zuerst); AD wurde für diese Calls nicht übernommen</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the transcripts was cancelled.</source>
            <translation>Das Lesen der Transkripte wurde abgebrochen.</translation>
        </message>
        <message>
            <source>MANE Select first, then the canonical transcript, then the most severe consequence, then protein-coding, then file order</source>
            <translation>zuerst MANE Select, dann das kanonische Transkript, dann die schwerwiegendste Konsequenz, dann proteinkodierend, dann die Reihenfolge in der Datei</translation>
        </message>
        <message>
            <source>The variant file is no longer there; its transcripts cannot be read.</source>
            <translation>Die Variantendatei ist nicht mehr vorhanden; ihre Transkripte können nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The variant file has changed since the case was loaded; open the case again to see its transcripts.</source>
            <translation>Die Variantendatei hat sich seit dem Laden des Falls geändert; öffnen Sie den Fall erneut, um die Transkripte zu sehen.</translation>
        </message>
        <message>
            <source>The variant file cannot be opened to read its transcripts.</source>
            <translation>Die Variantendatei kann zum Lesen der Transkripte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>The file is not a VCF or BCF file.</source>
            <translation>Die Datei ist keine VCF- oder BCF-Datei.</translation>
        </message>
        <message>
            <source>The header of the variant file cannot be read.</source>
            <translation>Der Header der Variantendatei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The variant file has no VEP (CSQ) or SnpEff (ANN) annotation in its header, so it lists no transcripts.</source>
            <translation>Der Header der Variantendatei enthält keine VEP- (CSQ) oder SnpEff-Annotation (ANN); sie nennt daher keine Transkripte.</translation>
        </message>
        <message>
            <source>The variant was not found in the variant file; its transcripts cannot be shown.</source>
            <translation>Die Variante wurde in der Variantendatei nicht gefunden; ihre Transkripte können nicht angezeigt werden.</translation>
        </message>
        <message>
            <source>The variant file could not be read to the end of the region of the variant.</source>
            <translation>Die Variantendatei konnte nicht bis zum Ende der Region der Variante gelesen werden.</translation>
        </message>
        <message>
            <source>The variant file could not be read to its end.</source>
            <translation>Die Variantendatei konnte nicht bis zu ihrem Ende gelesen werden.</translation>
        </message>
        <message>
            <source>truncated header</source>
            <translation>abgeschnittener Kopfteil</translation>
        </message>
        <message>
            <source>checksum mismatch</source>
            <translation>Prüfsumme stimmt nicht</translation>
        </message>
        <message>
            <source>bad integer column</source>
            <translation>fehlerhafte Ganzzahlspalte</translation>
        </message>
        <message>
            <source>SNV</source>
            <translation>SNV</translation>
        </message>
        <message>
            <source>MNV</source>
            <translation>MNV</translation>
        </message>
        <message>
            <source>Insertion</source>
            <translation>Insertion</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Deletion</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Komplex</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Strukturell</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>heterozygous (with other ALT)</source>
            <translation>heterozygot (mit anderem ALT)</translation>
        </message>
        <message>
            <source>other ALT only</source>
            <translation>nur anderes ALT</translation>
        </message>
        <message>
            <source>a chunk of the frequency cache is corrupt (%1); import that source again, or restore the cache file from a backup</source>
            <translation>ein Block des Frequenz-Caches ist beschädigt (%1); diese Quelle erneut importieren oder die Cache-Datei aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>the BCF header is damaged: it declares %1 bytes (at most %2 are accepted); write the BCF again from its source</source>
            <translation>der BCF-Header ist beschädigt: Er gibt %1 Bytes an (höchstens %2 werden akzeptiert); die BCF-Datei erneut aus ihrer Quelle schreiben</translation>
        </message>
        <message>
            <source>no source of the caches has the field(s) %1; their fields are %2</source>
            <translation>keine Quelle der Caches hat das Feld bzw. die Felder %1; ihre Felder sind %2</translation>
        </message>
    </context>
    <context>
        <name>Core::Tr</name>
        <message>
            <source>Clinical geneticist</source>
            <translation>Facharzt/Fachärztin für Humangenetik</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogDialog</name>
        <message>
            <source>Audit Log — %1</source>
            <translation>Prüfprotokoll — %1</translation>
        </message>
        <message numerus="yes">
            <source>✔ Audit chain intact: %n entry(ies) verified.</source>
            <translation>
                <numerusform>✔ Prüfkette intakt: %n Eintrag verifiziert.</numerusform>
                <numerusform>✔ Prüfkette intakt: %n Einträge verifiziert.</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ AUDIT CHAIN BROKEN at entry %1: %2</source>
            <translation>✘ PRÜFKETTE UNTERBROCHEN bei Eintrag %1: %2</translation>
        </message>
        <message>
            <source>Filter (user, action, entity)</source>
            <translation>Filter (Benutzer, Aktion, Objekt)</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogModel</name>
        <message>
            <source>%1 (first bad entry)</source>
            <translation>%1 (erster fehlerhafter Eintrag)</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseListModel</name>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signiert</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseSidebar</name>
        <message>
            <source>Cases</source>
            <translation>Fälle</translation>
        </message>
        <message>
            <source>Filter cases (id, patient, status)</source>
            <translation>Fälle filtern (ID, Patient, Status)</translation>
        </message>
        <message>
            <source>No case database is open.</source>
            <translation>Es ist keine Falldatenbank geöffnet.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n case(s)</source>
            <translation>
                <numerusform>%1 — %n Fall</numerusform>
                <numerusform>%1 — %n Fälle</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseStoreClient</name>
        <message>
            <source>Case database %1:
%2</source>
            <translation>Falldatenbank %1:
%2</translation>
        </message>
        <message>
            <source>Open Case Database</source>
            <translation>Falldatenbank öffnen</translation>
        </message>
        <message>
            <source>Case databases (*.sqlite *.db);;All files (*)</source>
            <translation>Falldatenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Passphrase of %1:</source>
            <translation>Passphrase für %1:</translation>
        </message>
        <message>
            <source>Case database %1 cannot be opened:
%2</source>
            <translation>Falldatenbank %1 kann nicht geöffnet werden:
%2</translation>
        </message>
        <message>
            <source>Log In</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Log in to %1.</source>
            <translation>Bei %1 anmelden.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>%1
Password of %2:</source>
            <translation>%1
Passwort für %2:</translation>
        </message>
    </context>
    <context>
        <name>Gui::DetailPane</name>
        <message>
            <source>Policy decision (%1)</source>
            <translation>Richtlinienentscheidung (%1)</translation>
        </message>
        <message>
            <source>The patient does not carry this allele, so the policy does not judge it.</source>
            <translation>Der Patient trägt dieses Allel nicht, daher wird es von der Richtlinie nicht bewertet.</translation>
        </message>
        <message>
            <source>Laboratory classification</source>
            <translation>Laborklassifikation</translation>
        </message>
        <message>
            <source>not classified yet</source>
            <translation>noch nicht klassifiziert</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar (or no knowledge base)</source>
            <translation>nicht in ClinVar (oder keine Wissensdatenbank)</translation>
        </message>
        <message>
            <source>Highest population AF</source>
            <translation>Höchste Populations-AF</translation>
        </message>
        <message>
            <source>no frequency data for this site</source>
            <translation>keine Frequenzdaten für diese Position</translation>
        </message>
        <message>
            <source>Population frequencies</source>
            <translation>Populationsfrequenzen</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Homozygotes</source>
            <translation>Homozygote</translation>
        </message>
        <message>
            <source>not found (the source covers this region)</source>
            <translation>nicht gefunden (die Quelle deckt diese Region ab)</translation>
        </message>
        <message>
            <source>no data for this region</source>
            <translation>keine Daten für diese Region</translation>
        </message>
        <message>
            <source>Open in IGV</source>
            <translation>In IGV öffnen</translation>
        </message>
        <message>
            <source>Population frequencies chart</source>
            <translation>Diagramm der Populationsfrequenzen</translation>
        </message>
        <message>
            <source>Shows this position in a running IGV (batch port, 127.0.0.1)</source>
            <translation>Zeigt diese Position in einem laufenden IGV an (Batch-Port, 127.0.0.1)</translation>
        </message>
        <message>
            <source>region fetched %1 (%2)</source>
            <translation>Region %1 abgerufen (%2)</translation>
        </message>
        <message>
            <source>fetch time of this region unknown; source retrieved %1</source>
            <translation>Abrufzeit dieser Region unbekannt; Quelle %1 abgerufen</translation>
        </message>
        <message>
            <source>fetch time unknown</source>
            <translation>Abrufzeit unbekannt</translation>
        </message>
        <message>
            <source>retrieval time unknown</source>
            <translation>Abrufdatum unbekannt</translation>
        </message>
        <message>
            <source>retrieved %1 (%2)</source>
            <translation>%1 abgerufen (%2)</translation>
        </message>
        <message>
            <source>Allele frequency per population (‰)</source>
            <translation>Allelfrequenz je Population (‰)</translation>
        </message>
        <message>
            <source>No frequency cache is configured for this case.</source>
            <translation>Für diesen Fall ist kein Frequenz-Cache konfiguriert.</translation>
        </message>
        <message>
            <source>%1: not found (the source covers this region)</source>
            <translation>%1: nicht gefunden (die Quelle deckt diese Region ab)</translation>
        </message>
        <message>
            <source>%1: no data for this region</source>
            <translation>%1: keine Daten für diese Region</translation>
        </message>
        <message>
            <source>AF (‰)</source>
            <translation>AF (‰)</translation>
        </message>
        <message>
            <source>No population frequencies for this variant.</source>
            <translation>Keine Populationsfrequenzen für diese Variante.</translation>
        </message>
        <message>
            <source>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, homozygotes %8
%9</source>
            <translation>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, Homozygote %8
%9</translation>
        </message>
        <message>
            <source>Sending %1 to IGV…</source>
            <translation>%1 wird an IGV gesendet…</translation>
        </message>
        <message>
            <source>Sent %1 to IGV.</source>
            <translation>%1 an IGV gesendet.</translation>
        </message>
        <message>
            <source>IGV is not running (nothing listens on port %1). Start IGV and enable its batch port (View &gt; Preferences &gt; Advanced).</source>
            <translation>IGV läuft nicht (an Port %1 lauscht nichts). Starten Sie IGV und aktivieren Sie den Batch-Port (View &gt; Preferences &gt; Advanced).</translation>
        </message>
        <message>
            <source>Could not reach IGV on port %1: %2</source>
            <translation>IGV ist an Port %1 nicht erreichbar: %2</translation>
        </message>
        <message>
            <source>%1, phased</source>
            <translation>%1, phasiert</translation>
        </message>
        <message>
            <source>%1, phased without a phase set (phase unknown)</source>
            <translation>%1, phasiert ohne Phase-Set (Phase unbekannt)</translation>
        </message>
        <message>
            <source>%1, phased (PS %2)</source>
            <translation>%1, phasiert (PS %2)</translation>
        </message>
        <message>
            <source>Select a variant to see its details.</source>
            <translation>Wählen Sie eine Variante aus, um ihre Details anzuzeigen.</translation>
        </message>
        <message>
            <source>Variant key</source>
            <translation>Variantenschlüssel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>QUAL / FILTER</source>
            <translation>QUAL / FILTER</translation>
        </message>
        <message>
            <source>split from a multi-allelic record</source>
            <translation>aus einem multiallelischen Datensatz aufgeteilt</translation>
        </message>
        <message>
            <source>shared bases trimmed</source>
            <translation>gemeinsame Basen gekürzt</translation>
        </message>
        <message>
            <source>left-aligned against the reference</source>
            <translation>linksbündig an der Referenz ausgerichtet</translation>
        </message>
        <message>
            <source>Changed on load</source>
            <translation>Beim Laden geändert</translation>
        </message>
        <message>
            <source>no — as written in the file</source>
            <translation>nein – wie in der Datei angegeben</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gen</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transkript</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Konsequenz</translation>
        </message>
        <message>
            <source>HGVS</source>
            <translation>HGVS</translation>
        </message>
        <message>
            <source>Annotation source</source>
            <translation>Annotationsquelle</translation>
        </message>
        <message>
            <source>from the input file (VEP/SnpEff), transcript picked by the documented rule</source>
            <translation>aus der Eingabedatei (VEP/SnpEff), Transkript nach der dokumentierten Regel ausgewählt</translation>
        </message>
        <message>
            <source>INFO of this allele</source>
            <translation>INFO dieses Allels</translation>
        </message>
        <message>
            <source>Segregation in the trio</source>
            <translation>Segregation im Trio</translation>
        </message>
        <message>
            <source>nothing notable</source>
            <translation>nichts Auffälliges</translation>
        </message>
        <message>
            <source>Genotypes</source>
            <translation>Genotypen</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Probe</translation>
        </message>
        <message>
            <source>Genotype</source>
            <translation>Genotyp</translation>
        </message>
        <message>
            <source>DP</source>
            <translation>DP</translation>
        </message>
        <message>
            <source>GQ</source>
            <translation>GQ</translation>
        </message>
        <message>
            <source>AD ref/alt</source>
            <translation>AD Ref/Alt</translation>
        </message>
        <message>
            <source>Allele balance</source>
            <translation>Allelbalance</translation>
        </message>
        <message>
            <source>Age of the data: %1</source>
            <translation>Alter der Daten: %1</translation>
        </message>
        <message>
            <source>PL</source>
            <translation>PL</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Phred-skalierte Genotyp-Likelihoods (FORMAT/PL) von 0/0, 0/1 und 1/1 für dieses ALT-Allel (0 und 1 bei einem haploiden Call)</translation>
        </message>
        <message>
            <source>Transcripts</source>
            <translation>Transkripte</translation>
        </message>
        <message>
            <source>Reading transcripts…</source>
            <translation>Transkripte werden gelesen…</translation>
        </message>
        <message>
            <source>The transcripts cannot be shown: %1</source>
            <translation>Die Transkripte können nicht angezeigt werden: %1</translation>
        </message>
        <message>
            <source>The file lists no transcripts for this allele.</source>
            <translation>Die Datei nennt für dieses Allel keine Transkripte.</translation>
        </message>
        <message numerus="yes">
            <source>%n transcript(s) from %1 (%2 field). The picked one, shown in the variant table, is chosen by this rule: %3.</source>
            <translation>
                <numerusform>%n Transkript aus %1 (Feld %2). Das gewählte, in der Variantentabelle gezeigte, wird nach dieser Regel bestimmt: %3.</numerusform>
                <numerusform>%n Transkripte aus %1 (Feld %2). Das gewählte, in der Variantentabelle gezeigte, wird nach dieser Regel bestimmt: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Consequence (impact)</source>
            <translation>Konsequenz (Auswirkung)</translation>
        </message>
        <message>
            <source>HGVS c./p.</source>
            <translation>HGVS c./p.</translation>
        </message>
        <message>
            <source>picked</source>
            <translation>gewählt</translation>
        </message>
        <message>
            <source>MANE Select</source>
            <translation>MANE Select</translation>
        </message>
        <message>
            <source>canonical</source>
            <translation>kanonisch</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Indexing the variant file for transcript lookups (first time only): %1 %</source>
            <translation>Die Variantendatei wird für Transkriptabfragen indiziert (nur beim ersten Mal): %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n review star(s)</source>
            <translation>
                <numerusform>%1, %n Review-Stern</numerusform>
                <numerusform>%1, %n Review-Sterne</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::FilterPanel</name>
        <message>
            <source>e.g. BRCA1, BRCA2, TP53</source>
            <translation>z. B. BRCA1, BRCA2, TP53</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Voreinstellung:</translation>
        </message>
        <message>
            <source>&amp;Genes:</source>
            <translation>&amp;Gene:</translation>
        </message>
        <message>
            <source>Filter cascade:</source>
            <translation>Filterkaskade:</translation>
        </message>
        <message>
            <source>In the genes %1</source>
            <translation>In den Genen %1</translation>
        </message>
        <message>
            <source>%1 before, %2 after</source>
            <translation>%1 vorher, %2 nachher</translation>
        </message>
        <message>
            <source>%1 of %2 variants shown</source>
            <translation>%1 von %2 Varianten angezeigt</translation>
        </message>
        <message>
            <source>In the policy's genes</source>
            <translation>In den Genen der Richtlinie</translation>
        </message>
        <message>
            <source>Only the policy's genes (e.g. ACMG SF)</source>
            <translation>Nur die Gene der Richtlinie (z. B. ACMG SF)</translation>
        </message>
        <message>
            <source>Only policy findings (reported, withheld or to review)</source>
            <translation>Nur Richtlinienbefunde (berichtet, zurückgehalten oder zu prüfen)</translation>
        </message>
        <message>
            <source>Highest population (as grpmax)</source>
            <translation>Population mit der höchsten Frequenz (wie grpmax)</translation>
        </message>
        <message>
            <source>all (whole source)</source>
            <translation>alle (gesamte Quelle)</translation>
        </message>
        <message>
            <source>highest population</source>
            <translation>Population mit der höchsten Frequenz</translation>
        </message>
        <message>
            <source>depth ≥ %1</source>
            <translation>Tiefe ≥ %1</translation>
        </message>
        <message>
            <source>GQ ≥ %1</source>
            <translation>GQ ≥ %1</translation>
        </message>
        <message>
            <source>allele balance ≥ %1%</source>
            <translation>Allelbalance ≥ %1%</translation>
        </message>
        <message>
            <source>Quality: %1</source>
            <translation>Qualität: %1</translation>
        </message>
        <message>
            <source>%1 — not applied: no frequency cache for this case</source>
            <translation>%1 — nicht angewendet: kein Frequenz-Cache für diesen Fall</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic</source>
            <translation>ClinVar pathogen oder wahrscheinlich pathogen</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic — no variant of this case is in ClinVar (or no knowledge base is used)</source>
            <translation>ClinVar pathogen oder wahrscheinlich pathogen — keine Variante dieses Falls ist in ClinVar (oder es wird keine Wissensdatenbank verwendet)</translation>
        </message>
        <message>
            <source>Reported, withheld or to review by the policy</source>
            <translation>Laut Richtlinie berichtet, zurückgehalten oder zu prüfen</translation>
        </message>
        <message>
            <source>Saved filter sets…</source>
            <translation>Gespeicherte Filtersätze…</translation>
        </message>
        <message>
            <source>Save Filter Set</source>
            <translation>Filtersatz speichern</translation>
        </message>
        <message>
            <source>Name of the filter set (saved for you on this computer):</source>
            <translation>Name des Filtersatzes (wird für Sie auf diesem Computer gespeichert):</translation>
        </message>
        <message>
            <source>Saved:</source>
            <translation>Gespeichert:</translation>
        </message>
        <message>
            <source>&amp;Consequence:</source>
            <translation>&amp;Konsequenz:</translation>
        </message>
        <message>
            <source>At &amp;most:</source>
            <translation>&amp;Maximal:</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>In:</translation>
        </message>
        <message>
            <source>Depth ≥</source>
            <translation>Tiefe ≥</translation>
        </message>
        <message>
            <source>GQ ≥</source>
            <translation>GQ ≥</translation>
        </message>
        <message>
            <source>Allele balance ≥</source>
            <translation>Allelbalance ≥</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Save these filter choices under a name</source>
            <translation>Diese Filtereinstellungen unter einem Namen speichern</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the chosen saved filter set</source>
            <translation>Den ausgewählten gespeicherten Filtersatz löschen</translation>
        </message>
        <message>
            <source>Population allele frequency</source>
            <translation>Populations-Allelfrequenz</translation>
        </message>
        <message>
            <source>Use FAF95 where the source has it</source>
            <translation>FAF95 verwenden, wenn die Quelle sie enthält</translation>
        </message>
        <message>
            <source>Genotype quality of the patient</source>
            <translation>Genotypqualität des Patienten</translation>
        </message>
        <message>
            <source>Any consequence</source>
            <translation>Beliebige Konsequenz</translation>
        </message>
        <message>
            <source>Coding or splice region</source>
            <translation>Kodierend oder Spleißregion</translation>
        </message>
        <message>
            <source>Protein-altering (missense, in-frame, LoF)</source>
            <translation>Proteinverändernd (Missense, In-Frame, LoF)</translation>
        </message>
        <message>
            <source>Loss of function (stop, frameshift, splice site)</source>
            <translation>Funktionsverlust (Stopp, Frameshift, Spleißstelle)</translation>
        </message>
        <message>
            <source>Only ClinVar pathogenic or likely pathogenic</source>
            <translation>Nur ClinVar pathogen oder wahrscheinlich pathogen</translation>
        </message>
    </context>
    <context>
        <name>Gui::MainWindow</name>
        <message>
            <source>GenomeDesk</source>
            <translation>GenomeDesk</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Variant details</source>
            <translation>Variantendetails</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Laden abbrechen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open variants</source>
            <translation>Varianten öffnen</translation>
        </message>
        <message>
            <source>Variant files (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;All files (*)</source>
            <translation>Variantendateien (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Copy Rows</source>
            <translation>Zeilen &amp;kopieren</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Alles auswählen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Fall</translation>
        </message>
        <message>
            <source>&amp;Load Report…</source>
            <translation>Befundbericht &amp;laden…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>E&amp;xtras</translation>
        </message>
        <message>
            <source>&amp;Quality Control…</source>
            <translation>&amp;Qualitätskontrolle…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About GenomeDesk</source>
            <translation>Ü&amp;ber GenomeDesk</translation>
        </message>
        <message>
            <source>A file is already loading.</source>
            <translation>Es wird bereits eine Datei geladen.</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 wird geladen…</translation>
        </message>
        <message>
            <source>Loading cancelled.</source>
            <translation>Laden abgebrochen.</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Datei kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>%1 — GenomeDesk</source>
            <translation>%1 — GenomeDesk</translation>
        </message>
        <message>
            <source>Open a VCF or BCF file (File → Open, or drop it here).</source>
            <translation>Öffnen Sie eine VCF- oder BCF-Datei (Datei → Öffnen, oder hier ablegen).</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n variant(s) shown</source>
            <translation>
                <numerusform>%1 von %n Variante angezeigt</numerusform>
                <numerusform>%1 von %n Varianten angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sample(s)</source>
            <translation>
                <numerusform>%n Probe</numerusform>
                <numerusform>%n Proben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n übersprungen</numerusform>
                <numerusform>%n übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Befundbericht gespeichert unter %1</translation>
        </message>
        <message>
            <source>Cannot write report</source>
            <translation>Befundbericht kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Load report</source>
            <translation>Befundbericht laden</translation>
        </message>
        <message>
            <source>About GenomeDesk</source>
            <translation>Über GenomeDesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Clinical genomics case review with federated European allele frequencies.&lt;/p&gt;</source>
            <translation>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Klinisch-genomische Fallbeurteilung mit föderierten europäischen Allelfrequenzen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Write Report…</source>
            <translation>Befundbericht &amp;erstellen…</translation>
        </message>
        <message>
            <source>Patient &amp;Consent…</source>
            <translation>&amp;Einwilligung des Patienten…</translation>
        </message>
        <message>
            <source>&amp;Indication Genes…</source>
            <translation>&amp;Indikationsgene…</translation>
        </message>
        <message>
            <source>&amp;Frequency Caches…</source>
            <translation>&amp;Frequenz-Caches…</translation>
        </message>
        <message>
            <source>%1: %2 primary, %3 secondary, %4 to review</source>
            <translation>%1: Primärbefunde %2, Zusatzbefunde %3, zu prüfen %4</translation>
        </message>
        <message>
            <source>The policy cannot be applied: %1</source>
            <translation>Die Richtlinie kann nicht angewendet werden: %1</translation>
        </message>
        <message>
            <source>Patient consent</source>
            <translation>Einwilligung des Patienten</translation>
        </message>
        <message>
            <source>Which secondary findings does the patient wish to receive under %1?</source>
            <translation>Welche Zusatzbefunde möchte der Patient gemäß %1 erhalten?</translation>
        </message>
        <message>
            <source>Not recorded (reported: the policy is opt-out)</source>
            <translation>Nicht erfasst (wird berichtet: die Richtlinie folgt dem Opt-out-Modell)</translation>
        </message>
        <message>
            <source>Not recorded (not reported: the policy is opt-in)</source>
            <translation>Nicht erfasst (wird nicht berichtet: die Richtlinie folgt dem Opt-in-Modell)</translation>
        </message>
        <message>
            <source>Wishes to be informed</source>
            <translation>Möchte informiert werden</translation>
        </message>
        <message>
            <source>Does not wish to be informed</source>
            <translation>Möchte nicht informiert werden</translation>
        </message>
        <message>
            <source>The patient is a minor</source>
            <translation>Der Patient ist minderjährig</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Erfasst von</translation>
        </message>
        <message>
            <source>Indication genes</source>
            <translation>Indikationsgene</translation>
        </message>
        <message>
            <source>HGNC symbols separated by spaces, commas or lines</source>
            <translation>HGNC-Symbole, getrennt durch Leerzeichen, Kommas oder Zeilenumbrüche</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Indikation</translation>
        </message>
        <message>
            <source>Genes</source>
            <translation>Gene</translation>
        </message>
        <message>
            <source>Frequency caches</source>
            <translation>Frequenz-Caches</translation>
        </message>
        <message>
            <source>Frequency caches (*.gdfreq)</source>
            <translation>Frequenz-Caches (*.gdfreq)</translation>
        </message>
        <message>
            <source>Write report</source>
            <translation>Befundbericht erstellen</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Sprache des Befundberichts</translation>
        </message>
        <message>
            <source>Also HTML</source>
            <translation>Zusätzlich HTML</translation>
        </message>
        <message>
            <source>Also FHIR Genomics Reporting (JSON)</source>
            <translation>Zusätzlich FHIR Genomics Reporting (JSON)</translation>
        </message>
        <message>
            <source>Also GA4GH Phenopacket (JSON)</source>
            <translation>Zusätzlich GA4GH Phenopacket (JSON)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Befundbericht wird erstellt…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>System Default</source>
            <translation>Systemstandard</translation>
        </message>
        <message>
            <source>System settings</source>
            <translation>Systemeinstellungen</translation>
        </message>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>Der Fall wurde noch nicht ausgewertet.</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>&amp;Vorschau…</translation>
        </message>
        <message>
            <source>Shows the report as it will be printed, in the chosen language</source>
            <translation>Zeigt den Bericht so, wie er gedruckt wird, in der gewählten Sprache</translation>
        </message>
        <message>
            <source>(computed when the report is written)</source>
            <translation>(wird beim Erstellen des Befundberichts berechnet)</translation>
        </message>
        <message>
            <source>Case %1: its variant file %2 is not on this computer.</source>
            <translation>Fall %1: seine Variantendatei %2 befindet sich nicht auf diesem Computer.</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>der Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot save the screenshot %1</source>
            <translation>der Screenshot %1 kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>the file has changed since the case was created: its SHA-256 is %1, the case recorded %2</source>
            <translation>die Datei wurde seit dem Anlegen des Falls geändert: ihr SHA-256 ist %1, im Fall erfasst ist %2</translation>
        </message>
        <message>
            <source>Data sources of the open case</source>
            <translation>Datenquellen des geöffneten Falls</translation>
        </message>
        <message>
            <source>Policy %1 %2 (checksum %3)</source>
            <translation>Richtlinie %1 %2 (Prüfsumme %3)</translation>
        </message>
        <message>
            <source>No case is evaluated yet.</source>
            <translation>Noch kein Fall ausgewertet.</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliotheken</translation>
        </message>
        <message>
            <source>Frequency &amp;Nodes…</source>
            <translation>Frequenz-&amp;Knoten…</translation>
        </message>
        <message>
            <source>S&amp;ync Frequencies…</source>
            <translation>Frequenzen s&amp;ynchronisieren…</translation>
        </message>
        <message>
            <source>the report preview could not be rendered: %1</source>
            <translation>die Berichtsvorschau konnte nicht gerendert werden: %1</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>Filtern…</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>Sortieren…</translation>
        </message>
        <message>
            <source>Table &amp;Columns</source>
            <translation>Tabellen&amp;spalten</translation>
        </message>
        <message>
            <source>Cancel filtering</source>
            <translation>Filtern abbrechen</translation>
        </message>
        <message>
            <source>Cancel sorting</source>
            <translation>Sortieren abbrechen</translation>
        </message>
        <message>
            <source>Cancel filtering (Esc)</source>
            <translation>Filtern abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Cancel sorting (Esc)</source>
            <translation>Sortieren abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Filtering cancelled: the table and the filter panel show the previous filter.</source>
            <translation>Filtern abgebrochen: Tabelle und Filterbereich zeigen den vorherigen Filter.</translation>
        </message>
        <message>
            <source>Sorting cancelled: the table keeps its previous order.</source>
            <translation>Sortieren abgebrochen: die Tabelle behält ihre vorherige Reihenfolge.</translation>
        </message>
        <message>
            <source>Genotype (each sample)</source>
            <translation>Genotyp (jede Probe)</translation>
        </message>
        <message>
            <source>DP — read depth (each sample)</source>
            <translation>DP — Lesetiefe (jede Probe)</translation>
        </message>
        <message>
            <source>GQ — genotype quality (each sample)</source>
            <translation>GQ — Genotypqualität (jede Probe)</translation>
        </message>
        <message>
            <source>AB — allele balance (each sample)</source>
            <translation>AB — Allelbalance (jede Probe)</translation>
        </message>
        <message>
            <source>PL — genotype likelihoods (each sample)</source>
            <translation>PL — Genotyp-Likelihoods (jede Probe)</translation>
        </message>
        <message>
            <source>The open file has no FORMAT/PL.</source>
            <translation>Die geöffnete Datei hat kein FORMAT/PL.</translation>
        </message>
    </context>
    <context>
        <name>Gui::NodesDialog</name>
        <message>
            <source>Frequency Nodes</source>
            <translation>Frequenz-Knoten</translation>
        </message>
        <message>
            <source>The node list is locked by your IT department: its nodes are shown read-only and no node can be added.</source>
            <translation>Die Knotenliste wurde von Ihrer IT-Abteilung gesperrt: Die Knoten werden schreibgeschützt angezeigt, und es kann kein Knoten hinzugefügt werden.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>1-64 letters, digits, '.', '_' or '-'; the cache source is beacon:&lt;name&gt;</source>
            <translation>1–64 Buchstaben, Ziffern, '.', '_' oder '-'; die Cache-Quelle ist beacon:&lt;name&gt;</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Base &amp;URL:</source>
            <translation>Basis-&amp;URL:</translation>
        </message>
        <message>
            <source>Beacon v2 specification ({base}/g_variants)</source>
            <translation>Beacon-v2-Spezifikation ({base}/g_variants)</translation>
        </message>
        <message>
            <source>GDI aggregated ({base}/beacon/aggregated/v2/g_variants)</source>
            <translation>GDI aggregiert ({base}/beacon/aggregated/v2/g_variants)</translation>
        </message>
        <message>
            <source>Endpoint &amp;style:</source>
            <translation>Endpunkt-&amp;Stil:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Bearer-Token</translation>
        </message>
        <message>
            <source>Basic (user and password)</source>
            <translation>Basic (Benutzer und Passwort)</translation>
        </message>
        <message>
            <source>&amp;Authentication:</source>
            <translation>&amp;Authentifizierung:</translation>
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>Stored in its own file readable only by you, never in the settings</source>
            <translation>Wird in einer eigenen, nur für Sie lesbaren Datei gespeichert, nie in den Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Token or password:</source>
            <translation>&amp;Token oder Passwort:</translation>
        </message>
        <message>
            <source>0-based (specification: start = POS - 1)</source>
            <translation>0-basiert (Spezifikation: start = POS - 1)</translation>
        </message>
        <message>
            <source>1-based (start = POS)</source>
            <translation>1-basiert (start = POS)</translation>
        </message>
        <message>
            <source>&amp;Coordinates:</source>
            <translation>&amp;Koordinaten:</translation>
        </message>
        <message>
            <source>System certificate authorities</source>
            <translation>Zertifizierungsstellen des Systems</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>CA &amp;bundle (PEM):</source>
            <translation>CA-Bund&amp;le (PEM):</translation>
        </message>
        <message>
            <source>SHA-256 (hex) of the node's certificate or of its public key; only a matching certificate is accepted</source>
            <translation>SHA-256 (hex) des Zertifikats des Knotens oder seines öffentlichen Schlüssels; nur ein passendes Zertifikat wird akzeptiert</translation>
        </message>
        <message>
            <source>&amp;Pinned SHA-256:</source>
            <translation>&amp;Gepinnter SHA-256:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>always fetch again</source>
            <translation>immer neu abrufen</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>&amp;Maximales Alter:</translation>
        </message>
        <message>
            <source>Ask for padded regions, not exact variants</source>
            <translation>Erweiterte Regionen statt exakter Varianten abfragen</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>&amp;Verbindung testen</translation>
        </message>
        <message>
            <source>CA Bundle</source>
            <translation>CA-Bundle</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt)</source>
            <translation>PEM-Zertifikate (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>Ihre Knotenliste kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1 (locked by IT)</source>
            <translation>%1 (von der IT gesperrt)</translation>
        </message>
        <message>
            <source>stored — type to replace</source>
            <translation>gespeichert – zum Ersetzen eingeben</translation>
        </message>
        <message>
            <source>The name must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>Der Name muss aus 1–64 Buchstaben, Ziffern, '.', '_' oder '-' bestehen.</translation>
        </message>
        <message>
            <source>The name "%1" is used twice.</source>
            <translation>Der Name "%1" wird zweimal verwendet.</translation>
        </message>
        <message>
            <source>The base URL must be an http or https URL.</source>
            <translation>Die Basis-URL muss eine http- oder https-URL sein.</translation>
        </message>
        <message>
            <source>Enter the token or password.</source>
            <translation>Geben Sie das Token oder Passwort ein.</translation>
        </message>
        <message>
            <source>Enter the user name.</source>
            <translation>Geben Sie den Benutzernamen ein.</translation>
        </message>
        <message>
            <source>The pin must be 64 hexadecimal digits (a SHA-256).</source>
            <translation>Der Pin muss aus 64 Hexadezimalziffern bestehen (ein SHA-256).</translation>
        </message>
        <message>
            <source>The CA bundle %1 does not exist.</source>
            <translation>Das CA-Bundle %1 existiert nicht.</translation>
        </message>
        <message>
            <source>Node "%1": %2</source>
            <translation>Knoten "%1": %2</translation>
        </message>
        <message>
            <source>The node list cannot be saved: %1</source>
            <translation>Die Knotenliste kann nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Testing %1…</source>
            <translation>%1 wird getestet…</translation>
        </message>
        <message numerus="yes">
            <source>✔ Connected: the node answered a test query (%n site(s) in 1:1-1000).</source>
            <translation>
                <numerusform>✔ Verbunden: Der Knoten hat eine Testabfrage beantwortet (%n Position in 1:1-1000).</numerusform>
                <numerusform>✔ Verbunden: Der Knoten hat eine Testabfrage beantwortet (%n Positionen in 1:1-1000).</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ %1</source>
            <translation>✘ %1</translation>
        </message>
    </context>
    <context>
        <name>Gui::PriorClassificationModel</name>
        <message>
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>geprüft</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signiert</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Kriterien</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Prüfer</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Fallstatus</translation>
        </message>
    </context>
    <context>
        <name>Gui::QcDashboard</name>
        <message>
            <source>Quality control — %1</source>
            <translation>Qualitätskontrolle — %1</translation>
        </message>
        <message>
            <source>X heterozygosity %1: consistent with the sex in the PED file</source>
            <translation>X-Heterozygotie %1: vereinbar mit dem Geschlecht in der PED-Datei</translation>
        </message>
        <message>
            <source>X heterozygosity %1: NOT consistent with the sex in the PED file — check for a sample swap</source>
            <translation>X-Heterozygotie %1: NICHT vereinbar mit dem Geschlecht in der PED-Datei – prüfen Sie auf Probenverwechslung</translation>
        </message>
        <message>
            <source>Sex check: not enough information (PED sex or X calls outside the PARs missing)</source>
            <translation>Geschlechtsprüfung: nicht genügend Informationen (PED-Geschlecht oder X-Calls außerhalb der PARs fehlen)</translation>
        </message>
        <message>
            <source>%1 variants carried · Ti/Tv %2 · het/hom %3
%4</source>
            <translation>%1 getragene Varianten · Ti/Tv %2 · het/hom %3
%4</translation>
        </message>
        <message>
            <source>Variant types</source>
            <translation>Variantentypen</translation>
        </message>
        <message>
            <source>SNV</source>
            <translation>SNV</translation>
        </message>
        <message>
            <source>MNV</source>
            <translation>MNV</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Komplex</translation>
        </message>
        <message>
            <source>Variants per chromosome</source>
            <translation>Varianten pro Chromosom</translation>
        </message>
        <message>
            <source>Read depth (DP)</source>
            <translation>Lesetiefe (DP)</translation>
        </message>
        <message>
            <source>Genotype quality (GQ)</source>
            <translation>Genotypqualität (GQ)</translation>
        </message>
        <message>
            <source>Chromosome</source>
            <translation>Chromosom</translation>
        </message>
        <message>
            <source>Insertion</source>
            <translation>Insertion</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Deletion</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Strukturell</translation>
        </message>
        <message>
            <source>Read depth, bins of 10 from the value shown</source>
            <translation>Lesetiefe, Klassen zu 10 ab dem angezeigten Wert</translation>
        </message>
        <message>
            <source>Genotype quality, bins of 10 from the value shown</source>
            <translation>Genotypqualität, Klassen zu 10 ab dem angezeigten Wert</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReportPreviewDialog</name>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>Der Fall wurde noch nicht ausgewertet.</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Berichtsvorschau</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Sprache des Befundberichts</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Sprache des Befundberichts</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Vorherige Seite</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Nächste Seite</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>S&amp;eite:</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>An Breite anpassen</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Ganze Seite</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>&amp;Zoom:</source>
            <translation>&amp;Zoom:</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Befundbericht</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop rendering the report; the page shown stays</source>
            <translation>Rendern des Befundberichts abbrechen; die angezeigte Seite bleibt erhalten</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>PDF s&amp;peichern…</translation>
        </message>
        <message>
            <source>S&amp;ign…</source>
            <translation>&amp;Unterzeichnen…</translation>
        </message>
        <message>
            <source>Rendering the report…</source>
            <translation>Befundbericht wird gerendert…</translation>
        </message>
        <message>
            <source>Rendering was cancelled.</source>
            <translation>Das Rendern wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Rendering was cancelled; the previous rendering is shown.</source>
            <translation>Das Rendern wurde abgebrochen; die vorherige Darstellung wird angezeigt.</translation>
        </message>
        <message>
            <source>The report cannot be rendered: %1</source>
            <translation>Der Befundbericht kann nicht gerendert werden: %1</translation>
        </message>
        <message>
            <source>The rendered report cannot be shown (error %1).</source>
            <translation>Der gerenderte Befundbericht kann nicht angezeigt werden (Fehler %1).</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), %1.</source>
            <translation>
                <numerusform>%n Seite, %1.</numerusform>
                <numerusform>%n Seiten, %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>von %1</translation>
        </message>
        <message>
            <source>Sign case %1 (your password is asked again)</source>
            <translation>Fall %1 unterzeichnen (Ihr Passwort wird erneut abgefragt)</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign, once a case of the case database is picked and marked reviewed.</source>
            <translation>Nur ein Facharzt/eine Fachärztin für Humangenetik kann unterzeichnen, sobald ein Fall aus der Falldatenbank ausgewählt und als geprüft markiert ist.</translation>
        </message>
        <message>
            <source>There is no rendered report to save.</source>
            <translation>Es gibt keinen gerenderten Befundbericht zum Speichern.</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Gespeichert unter %1.</translation>
        </message>
        <message>
            <source>The report preview was cancelled.</source>
            <translation>Die Berichtsvorschau wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewDialog</name>
        <message>
            <source>Classify Variant %1</source>
            <translation>Variante %1 klassifizieren</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>By rules (Richards 2015):</source>
            <translation>Nach Regeln (Richards 2015):</translation>
        </message>
        <message>
            <source>By points (Tavtigian):</source>
            <translation>Nach Punkten (Tavtigian):</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Zusammenfassung:</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klassifikation</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>C&amp;lass:</source>
            <translation>&amp;Klasse:</translation>
        </message>
        <message>
            <source>Why this class; what else was considered</source>
            <translation>Warum diese Klasse; was sonst erwogen wurde</translation>
        </message>
        <message>
            <source>Co&amp;mment:</source>
            <translation>Ko&amp;mmentar:</translation>
        </message>
        <message>
            <source>Prior classifications of this variant in other cases</source>
            <translation>Frühere Klassifikationen dieser Variante in anderen Fällen</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>ACMG/AMP-Kriterien</translation>
        </message>
        <message>
            <source>PP5 and BP6 (reputable source) are not used, following ClinGen SVI.</source>
            <translation>PP5 und BP6 (renommierte Quelle) werden gemäß ClinGen SVI nicht verwendet.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidenz</translation>
        </message>
        <message>
            <source>Pathogenic evidence</source>
            <translation>Pathogene Evidenz</translation>
        </message>
        <message>
            <source>Benign evidence</source>
            <translation>Benigne Evidenz</translation>
        </message>
        <message>
            <source>Evidence for pathogenicity</source>
            <translation>Evidenz für Pathogenität</translation>
        </message>
        <message>
            <source>Evidence for benignity</source>
            <translation>Evidenz für Benignität</translation>
        </message>
        <message>
            <source>Strength of %1</source>
            <translation>Stärke von %1</translation>
        </message>
        <message>
            <source>default (%1)</source>
            <translation>Standard (%1)</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <translation>Evidenz für %1</translation>
        </message>
        <message>
            <source>Suggestions from the data</source>
            <translation>Vorschläge aus den Daten</translation>
        </message>
        <message>
            <source>No criterion can be suggested from the data.</source>
            <translation>Aus den Daten lässt sich kein Kriterium vorschlagen.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Annehmen</translation>
        </message>
        <message>
            <source>Accept %1</source>
            <translation>%1 annehmen</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <source>Reject %1</source>
            <translation>%1 ablehnen</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>Ungültig: %1</translation>
        </message>
        <message>
            <source>No criterion applied</source>
            <translation>Kein Kriterium angewendet</translation>
        </message>
        <message>
            <source>0 points</source>
            <translation>0 Punkte</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (BA1 stand-alone)</source>
            <translation>%1 (BA1 eigenständig)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2 point(s))</source>
            <translation>
                <numerusform>%1 (%2 Punkt)</numerusform>
                <numerusform>%1 (%2 Punkte)</numerusform>
            </translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ausstehend</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>angenommen</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>Why the suggestion does not apply (required)</source>
            <translation>Warum der Vorschlag nicht zutrifft (erforderlich)</translation>
        </message>
        <message>
            <source>Reason for rejecting %1</source>
            <translation>Begründung für die Ablehnung von %1</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Begründung:</translation>
        </message>
        <message>
            <source>A rejected suggestion needs a reason: say why it does not apply to this variant.</source>
            <translation>Ein abgelehnter Vorschlag braucht eine Begründung: Geben Sie an, warum er für diese Variante nicht zutrifft.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewWorkflow</name>
        <message>
            <source>&amp;Open Case Database…</source>
            <translation>Falldatenbank ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Classify &amp;Variant…</source>
            <translation>&amp;Variante klassifizieren…</translation>
        </message>
        <message>
            <source>Mark &amp;Reviewed</source>
            <translation>Als &amp;geprüft markieren</translation>
        </message>
        <message>
            <source>&amp;Sign Case…</source>
            <translation>Fall &amp;signieren…</translation>
        </message>
        <message>
            <source>Case &amp;List</source>
            <translation>Fall&amp;liste</translation>
        </message>
        <message>
            <source>&amp;Audit Log…</source>
            <translation>&amp;Prüfprotokoll…</translation>
        </message>
        <message>
            <source>Logged in to %1 as %2 (%3).</source>
            <translation>Bei %1 als %2 (%3) angemeldet.</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Fälle</translation>
        </message>
        <message numerus="yes">
            <source>Case %1: %n review(s).</source>
            <translation>
                <numerusform>Fall %1: %n Prüfung.</numerusform>
                <numerusform>Fall %1: %n Prüfungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Case %1 (%2)</source>
            <translation>Fall %1 (%2)</translation>
        </message>
        <message>
            <source>Pick a case in the case list first.</source>
            <translation>Wählen Sie zuerst einen Fall in der Fallliste aus.</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign a case.</source>
            <translation>Nur ein Facharzt/eine Fachärztin für Humangenetik kann einen Fall signieren.</translation>
        </message>
        <message>
            <source>Classify Variant</source>
            <translation>Variante klassifizieren</translation>
        </message>
        <message>
            <source>Open a case database and pick a case in the case list first.</source>
            <translation>Öffnen Sie zuerst eine Falldatenbank und wählen Sie einen Fall in der Fallliste aus.</translation>
        </message>
        <message>
            <source>Select a variant of the evaluated case in the variant table first.</source>
            <translation>Wählen Sie zuerst in der Variantentabelle eine Variante des ausgewerteten Falls aus.</translation>
        </message>
        <message>
            <source>The proband does not carry the selected variant.</source>
            <translation>Der Proband trägt die ausgewählte Variante nicht.</translation>
        </message>
        <message>
            <source>Change a Signed Case</source>
            <translation>Signierten Fall ändern</translation>
        </message>
        <message>
            <source>Case %1 is signed. Why does its report change?</source>
            <translation>Fall %1 ist signiert. Warum ändert sich sein Befundbericht?</translation>
        </message>
        <message>
            <source>%1 classified as %2 in case %3.</source>
            <translation>%1 in Fall %3 als %2 klassifiziert.</translation>
        </message>
        <message>
            <source>Mark Reviewed</source>
            <translation>Als geprüft markieren</translation>
        </message>
        <message>
            <source>Case %1 marked reviewed.</source>
            <translation>Fall %1 als geprüft markiert.</translation>
        </message>
        <message>
            <source>Sign case %1</source>
            <translation>Fall %1 signieren</translation>
        </message>
        <message>
            <source>Sign Case</source>
            <translation>Fall signieren</translation>
        </message>
        <message>
            <source>Case %1 signed: report version %2.</source>
            <translation>Fall %1 signiert: Version %2 des Befundberichts.</translation>
        </message>
        <message>
            <source>Audit Log</source>
            <translation>Prüfprotokoll</translation>
        </message>
    </context>
    <context>
        <name>Gui::SyncDialog</name>
        <message>
            <source>Sync Frequencies</source>
            <translation>Frequenzen synchronisieren</translation>
        </message>
        <message>
            <source>The frequency cache (.gdfreq) the nodes' answers are written to; created when missing</source>
            <translation>Der Frequenz-Cache (.gdfreq), in den die Antworten der Knoten geschrieben werden; wird angelegt, falls er fehlt</translation>
        </message>
        <message>
            <source>&amp;Cache:</source>
            <translation>&amp;Cache:</translation>
        </message>
        <message numerus="yes">
            <source>The open case's %n variant(s), padded to regions by each node; plus any regions below.</source>
            <translation>
                <numerusform>Die %n Variante des geöffneten Falls, von jedem Knoten zu Regionen erweitert; dazu die unten angegebenen Regionen.</numerusform>
                <numerusform>Die %n Varianten des geöffneten Falls, von jedem Knoten zu Regionen erweitert; dazu die unten angegebenen Regionen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No case is open: give regions.</source>
            <translation>Kein Fall geöffnet: Geben Sie Regionen an.</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Umfang:</translation>
        </message>
        <message>
            <source>chr17:43040001-43050000, 13:32315000-32400000</source>
            <translation>chr17:43040001-43050000, 13:32315000-32400000</translation>
        </message>
        <message>
            <source>&amp;Regions:</source>
            <translation>&amp;Regionen:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>each node's setting</source>
            <translation>Einstellung des jeweiligen Knotens</translation>
        </message>
        <message>
            <source>Regions fetched more recently than this are not asked for again (0: fetch everything)</source>
            <translation>Regionen, die vor kürzerer Zeit abgerufen wurden, werden nicht erneut abgefragt (0: alles abrufen)</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>&amp;Maximales Alter:</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wartet</translation>
        </message>
        <message>
            <source>No node is configured (Tools ▸ Frequency Nodes…).</source>
            <translation>Kein Knoten konfiguriert (Extras ▸ Frequenz-Knoten…).</translation>
        </message>
        <message>
            <source>Every request sent (URL and body, never tokens) appears here.</source>
            <translation>Jede gesendete Anfrage (URL und Inhalt, niemals Token) erscheint hier.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>S&amp;tarten</translation>
        </message>
        <message>
            <source>Ca&amp;ncel Sync</source>
            <translation>Synchronisierung a&amp;bbrechen</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>Ihre Knotenliste kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Choose the frequency cache to write to.</source>
            <translation>Wählen Sie den Frequenz-Cache, in den geschrieben werden soll.</translation>
        </message>
        <message>
            <source>Region "%1": %2</source>
            <translation>Region "%1": %2</translation>
        </message>
        <message>
            <source>No case is open: give at least one region.</source>
            <translation>Kein Fall geöffnet: Geben Sie mindestens eine Region an.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Wird synchronisiert…</translation>
        </message>
        <message>
            <source>asking…</source>
            <translation>fragt an…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>fehlgeschlagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>up to date (fetched within %n day(s))</source>
            <translation>
                <numerusform>aktuell (innerhalb von %n Tag abgerufen)</numerusform>
                <numerusform>aktuell (innerhalb von %n Tagen abgerufen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) cached</source>
            <translation>
                <numerusform>%n Position zwischengespeichert</numerusform>
                <numerusform>%n Positionen zwischengespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The sync did not run:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Die Synchronisierung wurde nicht ausgeführt:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>FAILED: %1</source>
            <translation>FEHLGESCHLAGEN: %1</translation>
        </message>
        <message>
            <source>up to date, no request sent</source>
            <translation>aktuell, keine Anfrage gesendet</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n request(s) answered</source>
            <translation>
                <numerusform>%1 von %n Anfrage beantwortet</numerusform>
                <numerusform>%1 von %n Anfragen beantwortet</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from %2, %3</source>
            <extracomment>%1 "12 sites cached", %2 "3 variants", %3 "4 requests"</extracomment>
            <translation>%1 aus %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s)</source>
            <translation>
                <numerusform>%n Variante</numerusform>
                <numerusform>%n Varianten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n Anfrage</numerusform>
                <numerusform>%n Anfragen</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;%1; %2 failed.&lt;/p&gt;</source>
            <extracomment>%1 "12 sites cached", %2 "0 of 2 nodes"</extracomment>
            <translation>&lt;p&gt;%1; %2 fehlgeschlagen.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n node(s)</source>
            <translation>
                <numerusform>%1 von %n Knoten</numerusform>
                <numerusform>%1 von %n Knoten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::VariantTableModel</name>
        <message>
            <source>%1 (phased)</source>
            <translation>%1 (phasiert)</translation>
        </message>
        <message>
            <source>%1 genotype</source>
            <translation>Genotyp %1</translation>
        </message>
        <message>
            <source>%1 DP</source>
            <translation>%1 DP</translation>
        </message>
        <message>
            <source>%1 GQ</source>
            <translation>%1 GQ</translation>
        </message>
        <message>
            <source>%1 AB</source>
            <translation>%1 AB</translation>
        </message>
        <message>
            <source>Chromosome</source>
            <translation>Chromosom</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Ref</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gen</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Konsequenz</translation>
        </message>
        <message>
            <source>HGVS c.</source>
            <translation>HGVS c.</translation>
        </message>
        <message>
            <source>HGVS p.</source>
            <translation>HGVS p.</translation>
        </message>
        <message>
            <source>QUAL</source>
            <translation>QUAL</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>%1 (ClinVar)</source>
            <translation>%1 (ClinVar)</translation>
        </message>
        <message>
            <source>%1 (%2★)</source>
            <translation>%1 (%2★)</translation>
        </message>
        <message>
            <source>ClinVar variation %1</source>
            <translation>ClinVar-Variation %1</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>nicht vorhanden</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klassifikation</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>Max. pop. AF</source>
            <translation>Max. Pop.-AF</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Phred-skalierte Genotyp-Likelihoods (FORMAT/PL) von 0/0, 0/1 und 1/1 für dieses ALT-Allel (0 und 1 bei einem haploiden Call)</translation>
        </message>
        <message>
            <source>%1 PL</source>
            <translation>%1 PL</translation>
        </message>
        <message>
            <source>Chr</source>
            <extracomment>Column heading, short for chromosome (the tooltip says it in full).</extracomment>
            <translation>Chr</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Serves a frequency cache as a Beacon v2 aggregated node.</source>
            <translation>Stellt einen Frequenz-Cache als aggregierten Beacon-v2-Knoten bereit.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq).</source>
            <translation>Frequenz-Cache (.gdfreq).</translation>
        </message>
        <message>
            <source>TCP port (0: any free port).</source>
            <translation>TCP-Port (0: ein beliebiger freier Port).</translation>
        </message>
        <message>
            <source>Address to listen on (default: all).</source>
            <translation>Adresse, auf der gelauscht wird (Vorgabe: alle).</translation>
        </message>
        <message>
            <source>PEM certificate for HTTPS.</source>
            <translation>PEM-Zertifikat für HTTPS.</translation>
        </message>
        <message>
            <source>PEM private key for HTTPS.</source>
            <translation>Privater PEM-Schlüssel für HTTPS.</translation>
        </message>
        <message>
            <source>File holding the Bearer token that clients must send.</source>
            <translation>Datei mit dem Bearer-Token, das Clients senden müssen.</translation>
        </message>
        <message>
            <source>Beacon id (reverse domain name).</source>
            <translation>Beacon-ID (umgekehrter Domainname).</translation>
        </message>
        <message>
            <source>Largest accepted request body.</source>
            <translation>Größter akzeptierter Anfrageinhalt.</translation>
        </message>
        <message>
            <source>Public root URL of the node, as shown in /map.</source>
            <translation>Öffentliche Stamm-URL des Knotens, wie in /map angezeigt.</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's headers (default: 10).</source>
            <translation>Sekunden, die ein Client zum Senden der Header einer Anfrage hat (Vorgabe: 10).</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's body after its headers (default: 30).</source>
            <translation>Sekunden, die ein Client nach den Headern zum Senden des Inhalts einer Anfrage hat (Vorgabe: 30).</translation>
        </message>
        <message>
            <source>Seconds an idle kept-alive connection stays open (default: 15).</source>
            <translation>Sekunden, die eine inaktive Keep-Alive-Verbindung offen bleibt (Vorgabe: 15).</translation>
        </message>
        <message>
            <source>Open connections allowed from one address (default: 32).</source>
            <translation>Zulässige offene Verbindungen von einer Adresse (Vorgabe: 32).</translation>
        </message>
        <message>
            <source>Open connections allowed in total (default: 512).</source>
            <translation>Zulässige offene Verbindungen insgesamt (Vorgabe: 512).</translation>
        </message>
        <message>
            <source>Requests per second allowed from one address, sustained (default: 20; 0: no limit).</source>
            <translation>Zulässige Anfragen pro Sekunde von einer Adresse, dauerhaft (Vorgabe: 20; 0: keine Begrenzung).</translation>
        </message>
        <message>
            <source>Requests one address may send at once (default: 40).</source>
            <translation>Anfragen, die eine Adresse auf einmal senden darf (Vorgabe: 40).</translation>
        </message>
        <message>
            <source>Testing: delay every answer.</source>
            <translation>Test: jede Antwort verzögern.</translation>
        </message>
        <message>
            <source>Testing: http-500 or broken-json.</source>
            <translation>Test: http-500 oder broken-json.</translation>
        </message>
        <message>
            <source>--cache and --port are required.</source>
            <translation>--cache und --port sind erforderlich.</translation>
        </message>
        <message>
            <source>invalid port: %1</source>
            <translation>ungültiger Port: %1</translation>
        </message>
        <message>
            <source>--tls-cert and --tls-key go together.</source>
            <translation>--tls-cert und --tls-key gehören zusammen.</translation>
        </message>
        <message>
            <source>invalid --max-request-bytes</source>
            <translation>ungültiges --max-request-bytes</translation>
        </message>
        <message>
            <source>invalid --header-timeout</source>
            <translation>ungültiges --header-timeout</translation>
        </message>
        <message>
            <source>invalid --body-timeout</source>
            <translation>ungültiges --body-timeout</translation>
        </message>
        <message>
            <source>invalid --idle-timeout</source>
            <translation>ungültiges --idle-timeout</translation>
        </message>
        <message>
            <source>invalid --max-connections-per-client</source>
            <translation>ungültiges --max-connections-per-client</translation>
        </message>
        <message>
            <source>invalid --max-connections</source>
            <translation>ungültiges --max-connections</translation>
        </message>
        <message>
            <source>invalid --rate-burst</source>
            <translation>ungültiges --rate-burst</translation>
        </message>
        <message>
            <source>invalid --rate-limit</source>
            <translation>ungültiges --rate-limit</translation>
        </message>
        <message>
            <source>%1: cannot read the token file</source>
            <translation>%1: die Token-Datei kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>%1: the token file is empty</source>
            <translation>%1: die Token-Datei ist leer</translation>
        </message>
        <message>
            <source>unknown fault: %1</source>
            <translation>unbekannter Fehlermodus: %1</translation>
        </message>
        <message>
            <source>%1: cannot read the certificate</source>
            <translation>%1: das Zertifikat kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>%1: cannot read the key</source>
            <translation>%1: der Schlüssel kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>%1: not a PEM certificate</source>
            <translation>%1: kein PEM-Zertifikat</translation>
        </message>
        <message>
            <source>%1: not a PEM RSA or EC private key</source>
            <translation>%1: kein privater PEM-RSA- oder -EC-Schlüssel</translation>
        </message>
        <message>
            <source>cannot listen on port %1</source>
            <translation>auf Port %1 kann nicht gelauscht werden</translation>
        </message>
    </context>
</TS>
