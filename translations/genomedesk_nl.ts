<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Imports a sites VCF/BCF (gnomAD naming, or a field map) into a frequency cache as one source; a source of the same name is replaced when the import completes.</source>
            <translation>Importeert een sites-VCF/BCF (gnomAD-naamgeving, of een veldtoewijzing) als één bron in een frequentiecache; een bron met dezelfde naam wordt vervangen wanneer de import voltooid is.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq); created when missing.</source>
            <translation>Het cachebestand (.gdfreq); wordt aangemaakt als het ontbreekt.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>bestand</translation>
        </message>
        <message>
            <source>The sites VCF/BCF.</source>
            <translation>De sites-VCF/BCF.</translation>
        </message>
        <message>
            <source>Source name, also the prefix of annotation keys (gnomad).</source>
            <translation>Naam van de bron, ook het voorvoegsel van de annotatiesleutels (gnomad).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>naam</translation>
        </message>
        <message>
            <source>Source version (4.1).</source>
            <translation>Versie van de bron (4.1).</translation>
        </message>
        <message>
            <source>version</source>
            <translation>versie</translation>
        </message>
        <message>
            <source>Populations to import besides the whole source, comma-separated (afr,nfe); default: every gnomAD group in the header.</source>
            <translation>Te importeren populaties naast de hele bron, kommagescheiden (afr,nfe); standaard: elke gnomAD-groep in de header.</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>labels</translation>
        </message>
        <message>
            <source>Tab-separated lines: metric, population, INFO key [, type]; or: population, label, description [, sample count].</source>
            <translation>Tabgescheiden regels: metriek, populatie, INFO-sleutel [, type]; of: populatie, label, beschrijving [, aantal monsters].</translation>
        </message>
        <message>
            <source>Licence of the data (CC0-1.0).</source>
            <translation>Licentie van de gegevens (CC0-1.0).</translation>
        </message>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>Where the data came from (URL); default: the file name.</source>
            <translation>Herkomst van de gegevens (URL); standaard: de bestandsnaam.</translation>
        </message>
        <message>
            <source>GRCh37 or GRCh38, when the header does not tell.</source>
            <translation>GRCh37 of GRCh38, als de header het niet vermeldt.</translation>
        </message>
        <message>
            <source>build</source>
            <translation>build</translation>
        </message>
        <message>
            <source>When the data was obtained (ISO 8601); default: the file's time.</source>
            <translation>Wanneer de gegevens verkregen zijn (ISO 8601); standaard: de tijd van het bestand.</translation>
        </message>
        <message>
            <source>date</source>
            <translation>datum</translation>
        </message>
        <message>
            <source>Print progress to stderr.</source>
            <translation>Voortgang naar stderr schrijven.</translation>
        </message>
        <message>
            <source>cache import: unexpected argument %1</source>
            <translation>cache import: onverwacht argument %1</translation>
        </message>
        <message>
            <source>cache import: --%1 is required</source>
            <translation>cache import: --%1 is verplicht</translation>
        </message>
        <message>
            <source>cache import: give --populations or --field-map, not both</source>
            <translation>cache import: geef --populations of --field-map, niet beide</translation>
        </message>
        <message>
            <source>cache import: --build must be GRCh37 or GRCh38</source>
            <translation>cache import: --build moet GRCh37 of GRCh38 zijn</translation>
        </message>
        <message>
            <source>cache import: --retrieved is not an ISO 8601 date</source>
            <translation>cache import: --retrieved is geen ISO 8601-datum</translation>
        </message>
        <message>
            <source>importing: %1%</source>
            <translation>importeren: %1%</translation>
        </message>
        <message>
            <source>%1 %2: %3 records, %4 sites, %5 fields, %6 populations</source>
            <translation>%1 %2: %3 records, %4 posities, %5 velden, %6 populaties</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>waarschuwing: %1</translation>
        </message>
        <message>
            <source>Prints the sources, populations, sites, size and build of a frequency cache.</source>
            <translation>Toont de bronnen, populaties, posities, grootte en build van een frequentiecache.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq).</source>
            <translation>Het cachebestand (.gdfreq).</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>JSON uitvoeren.</translation>
        </message>
        <message>
            <source>cache info: --cache is required</source>
            <translation>cache info: --cache is verplicht</translation>
        </message>
        <message>
            <source>%1: frequency cache format %2, build %3, %4 bytes</source>
            <translation>%1: frequentiecache formaat %2, build %3, %4 bytes</translation>
        </message>
        <message>
            <source>no sources</source>
            <translation>geen bronnen</translation>
        </message>
        <message>
            <source>source %1 %2 (%3, %4), licence: %5</source>
            <translation>bron %1 %2 (%3, %4), licentie: %5</translation>
        </message>
        <message>
            <source>  retrieved %1, imported %2</source>
            <translation>  opgehaald op %1, geïmporteerd op %2</translation>
        </message>
        <message>
            <source>  %1 records, %2 sites, %3 chunks, %4 bytes per site</source>
            <translation>  %1 records, %2 posities, %3 blokken, %4 bytes per positie</translation>
        </message>
        <message>
            <source>  populations: %1</source>
            <translation>  populaties: %1</translation>
        </message>
        <message>
            <source>  fields: %1</source>
            <translation>  velden: %1</translation>
        </message>
        <message>
            <source>Removes a source and its sites from a frequency cache.</source>
            <translation>Verwijdert een bron en haar posities uit een frequentiecache.</translation>
        </message>
        <message>
            <source>The source to remove.</source>
            <translation>De te verwijderen bron.</translation>
        </message>
        <message>
            <source>cache remove: --cache and --source are required</source>
            <translation>cache remove: --cache en --source zijn verplicht</translation>
        </message>
        <message>
            <source>Annotates a VCF/BCF with population frequencies from one or more frequency caches; INFO keys are &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</source>
            <translation>Annoteert een VCF/BCF met populatiefrequenties uit een of meer frequentiecaches; de INFO-sleutels zijn &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</translation>
        </message>
        <message>
            <source>VCF, VCF.gz or BCF file</source>
            <translation>VCF-, VCF.gz- of BCF-bestand</translation>
        </message>
        <message>
            <source>A cache file (.gdfreq); may be given several times.</source>
            <translation>Een cachebestand (.gdfreq); mag meerdere keren worden opgegeven.</translation>
        </message>
        <message>
            <source>Output: .vcf.gz, .bcf, .vcf or .tsv.</source>
            <translation>Uitvoer: .vcf.gz, .bcf, .vcf of .tsv.</translation>
        </message>
        <message>
            <source>annotate: expects exactly one input file</source>
            <translation>annotate: verwacht precies één invoerbestand</translation>
        </message>
        <message>
            <source>annotate: --cache and --out are required</source>
            <translation>annotate: --cache en --out zijn verplicht</translation>
        </message>
        <message>
            <source>%1: %2 found</source>
            <translation>%1: %2 gevonden</translation>
        </message>
        <message>
            <source>%1 records, %2 alleles; %3</source>
            <translation>%1 records, %2 allelen; %3</translation>
        </message>
        <message>
            <source>Case database: an SQLite file or a PostgreSQL URL (postgresql://user@host:port/database).</source>
            <translation>Casusdatabase: een SQLite-bestand of een PostgreSQL-URL (postgresql://user@host:port/database).</translation>
        </message>
        <message>
            <source>cases.db</source>
            <translation>cases.db</translation>
        </message>
        <message>
            <source>Key file (32 bytes or 64 hex digits, mode 0600) instead of the passphrase in GENOMEDESK_PASSPHRASE.</source>
            <translation>Sleutelbestand (32 bytes of 64 hexadecimale cijfers, modus 0600) in plaats van de wachtzin in GENOMEDESK_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Acting user; the password is read from GENOMEDESK_PASSWORD.</source>
            <translation>Handelende gebruiker; het wachtwoord wordt gelezen uit GENOMEDESK_PASSWORD.</translation>
        </message>
        <message>
            <source>--db is required</source>
            <translation>--db is verplicht</translation>
        </message>
        <message>
            <source>set the passphrase in %1 or give --key-file</source>
            <translation>stel de wachtzin in via %1 of geef --key-file</translation>
        </message>
        <message>
            <source>--user is required</source>
            <translation>--user is verplicht</translation>
        </message>
        <message>
            <source>set the password of %1 in %2</source>
            <translation>stel het wachtwoord van %1 in via %2</translation>
        </message>
        <message>
            <source>Creates a case for a patient (created from --identity when new) and prints its id.</source>
            <translation>Maakt een casus aan voor een patiënt (aangemaakt uit --identity als die nieuw is) en toont de id ervan.</translation>
        </message>
        <message>
            <source>Patient pseudonym (letters, digits, - and _).</source>
            <translation>Pseudoniem van de patiënt (letters, cijfers, - en _).</translation>
        </message>
        <message>
            <source>pseudonym</source>
            <translation>pseudoniem</translation>
        </message>
        <message>
            <source>JSON file with the new patient's identity: {"name", "birthDate", "identifiers"}; stored encrypted.</source>
            <translation>JSON-bestand met de identiteit van de nieuwe patiënt: {"name", "birthDate", "identifiers"}; versleuteld opgeslagen.</translation>
        </message>
        <message>
            <source>file.json</source>
            <translation>bestand.json</translation>
        </message>
        <message>
            <source>Indication for testing.</source>
            <translation>Indicatie voor het onderzoek.</translation>
        </message>
        <message>
            <source>Referring clinician.</source>
            <translation>Verwijzend arts.</translation>
        </message>
        <message>
            <source>Consent profile JSON file.</source>
            <translation>JSON-bestand met het toestemmingsprofiel.</translation>
        </message>
        <message>
            <source>Input file (VCF/BCF, PED, ...); repeat for several.</source>
            <translation>Invoerbestand (VCF/BCF, PED, ...); herhalen voor meerdere.</translation>
        </message>
        <message>
            <source>path</source>
            <translation>pad</translation>
        </message>
        <message>
            <source>Genome build (GRCh37 or GRCh38).</source>
            <translation>Genoombuild (GRCh37 of GRCh38).</translation>
        </message>
        <message>
            <source>Policy id or file in force for the case.</source>
            <translation>Id of bestand van het beleid dat voor de casus geldt.</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>beleid</translation>
        </message>
        <message>
            <source>Frequency source and version; repeat.</source>
            <translation>Frequentiebron en versie; herhaalbaar.</translation>
        </message>
        <message>
            <source>name=version</source>
            <translation>name=version</translation>
        </message>
        <message>
            <source>Knowledge base version.</source>
            <translation>Versie van de kennisbank.</translation>
        </message>
        <message>
            <source>case create: unexpected argument %1</source>
            <translation>case create: onverwacht argument %1</translation>
        </message>
        <message>
            <source>case create: --patient is required</source>
            <translation>case create: --patient is verplicht</translation>
        </message>
        <message>
            <source>cannot read %1</source>
            <translation>kan %1 niet lezen</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2)</source>
            <translation>%1: geen JSON-object (%2)</translation>
        </message>
        <message>
            <source>--cache-version expects name=version, not %1</source>
            <translation>--cache-version verwacht name=version, niet %1</translation>
        </message>
        <message>
            <source>%1: "name" is missing</source>
            <translation>%1: "name" ontbreekt</translation>
        </message>
        <message>
            <source>patient %1 is new: give --identity</source>
            <translation>patiënt %1 is nieuw: geef --identity</translation>
        </message>
        <message>
            <source>patient %1 exists already; leave out --identity</source>
            <translation>patiënt %1 bestaat al; laat --identity weg</translation>
        </message>
        <message>
            <source>Lists the cases of a case database.</source>
            <translation>Toont de casussen van een casusdatabase.</translation>
        </message>
        <message>
            <source>Shows a case: its inputs, reviews with criteria, earlier classifications of the same variants, and report versions.</source>
            <translation>Toont een casus: de invoer, beoordelingen met criteria, eerdere classificaties van dezelfde varianten en de rapportversies.</translation>
        </message>
        <message>
            <source>Case id.</source>
            <translation>Casus-id.</translation>
        </message>
        <message>
            <source>case show: give one case id</source>
            <translation>case show: geef één casus-id</translation>
        </message>
        <message>
            <source>Case %1 (%2, report version %3)</source>
            <translation>Casus %1 (%2, rapportversie %3)</translation>
        </message>
        <message>
            <source>Patient: %1</source>
            <translation>Patiënt: %1</translation>
        </message>
        <message>
            <source>Indication: %1</source>
            <translation>Indicatie: %1</translation>
        </message>
        <message>
            <source>Referrer: %1</source>
            <translation>Verwijzer: %1</translation>
        </message>
        <message>
            <source>Genome build: %1</source>
            <translation>Genoombuild: %1</translation>
        </message>
        <message>
            <source>Policy: %1 %2 (sha256 %3)</source>
            <translation>Beleid: %1 %2 (sha256 %3)</translation>
        </message>
        <message>
            <source>Knowledge base: %1</source>
            <translation>Kennisbank: %1</translation>
        </message>
        <message>
            <source>Frequency sources: %1</source>
            <translation>Frequentiebronnen: %1</translation>
        </message>
        <message>
            <source>Created by %1 on %2</source>
            <translation>Aangemaakt door %1 op %2</translation>
        </message>
        <message>
            <source>File: %1 (sha256 %2)</source>
            <translation>Bestand: %1 (sha256 %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s):</source>
            <translation>
                <numerusform>%n beoordeling:</numerusform>
                <numerusform>%n beoordelingen:</numerusform>
            </translation>
        </message>
        <message>
            <source>by %1 on %2 (%3)</source>
            <translation>door %1 op %2 (%3)</translation>
        </message>
        <message>
            <source>Comment: %1</source>
            <translation>Opmerking: %1</translation>
        </message>
        <message>
            <source>Suggestion %1 rejected by %2 on %3</source>
            <translation>Suggestie %1 afgewezen door %2 op %3</translation>
        </message>
        <message>
            <source>Suggestion %1 accepted by %2 on %3</source>
            <translation>Suggestie %1 aanvaard door %2 op %3</translation>
        </message>
        <message>
            <source>Also classified in case %1 (patient %2): %3 [%4] by %5 on %6</source>
            <translation>Ook geclassificeerd in casus %1 (patiënt %2): %3 [%4] door %5 op %6</translation>
        </message>
        <message>
            <source>Report versions:</source>
            <translation>Rapportversies:</translation>
        </message>
        <message>
            <source>%1: signed by %2 on %3, sha256 %4 (%5)</source>
            <translation>%1: ondertekend door %2 op %3, sha256 %4 (%5)</translation>
        </message>
        <message>
            <source>%1: open (%2)</source>
            <translation>%1: open (%2)</translation>
        </message>
        <message>
            <source>Writes a case as JSON (pseudonymous unless --identified).</source>
            <translation>Schrijft een casus als JSON (gepseudonimiseerd, tenzij --identified).</translation>
        </message>
        <message>
            <source>JSON file to write (default: standard output).</source>
            <translation>Te schrijven JSON-bestand (standaard: standaarduitvoer).</translation>
        </message>
        <message>
            <source>Include the patient's decrypted identity and the input file paths.</source>
            <translation>De ontsleutelde identiteit van de patiënt en de paden van de invoerbestanden opnemen.</translation>
        </message>
        <message>
            <source>case export: give one case id</source>
            <translation>case export: geef één casus-id</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>kan %1 niet schrijven</translation>
        </message>
        <message>
            <source>Signs a reviewed case (clinical geneticists only); freezes its report version.</source>
            <translation>Ondertekent een beoordeelde casus (alleen klinisch genetici); bevriest de rapportversie.</translation>
        </message>
        <message>
            <source>Marks a draft case as reviewed.</source>
            <translation>Markeert een conceptcasus als beoordeeld.</translation>
        </message>
        <message>
            <source>give one case id</source>
            <translation>geef één casus-id</translation>
        </message>
        <message>
            <source>Case %1 report version %2 signed by %3, sha256 %4</source>
            <translation>Casus %1 rapportversie %2 ondertekend door %3, sha256 %4</translation>
        </message>
        <message>
            <source>Case %1 is reviewed</source>
            <translation>Casus %1 is beoordeeld</translation>
        </message>
        <message>
            <source>Classification: P, LP, VUS, LB or B.</source>
            <translation>Classificatie: P, LP, VUS, LB of B.</translation>
        </message>
        <message>
            <source>class</source>
            <translation>klasse</translation>
        </message>
        <message>
            <source>Applied ACMG/AMP criteria, comma-separated (PVS1,PM2_Supporting).</source>
            <translation>Toegepaste ACMG/AMP-criteria, kommagescheiden (PVS1,PM2_Supporting).</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>codes</translation>
        </message>
        <message>
            <source>Evidence text of one criterion; repeat.</source>
            <translation>Bewijstekst van één criterium; herhaalbaar.</translation>
        </message>
        <message>
            <source>CODE=text</source>
            <translation>CODE=tekst</translation>
        </message>
        <message>
            <source>Comment.</source>
            <translation>Opmerking.</translation>
        </message>
        <message>
            <source>Mark the review final.</source>
            <translation>De beoordeling als definitief markeren.</translation>
        </message>
        <message>
            <source>Why a signed case is changed (opens a new report version).</source>
            <translation>Waarom een ondertekende casus wordt gewijzigd (opent een nieuwe rapportversie).</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer accepted, with an optional reason; repeat.</source>
            <translation>Een automatische suggestie die de beoordelaar aanvaardde, met een optionele reden; herhaalbaar.</translation>
        </message>
        <message>
            <source>CODE[=reason]</source>
            <translation>CODE[=reden]</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer rejected, with the reason; repeat.</source>
            <translation>Een automatische suggestie die de beoordelaar afwees, met de reden; herhaalbaar.</translation>
        </message>
        <message>
            <source>CODE=reason</source>
            <translation>CODE=reden</translation>
        </message>
        <message>
            <source>review set: --class is required</source>
            <translation>review set: --class is verplicht</translation>
        </message>
        <message>
            <source>review set: unknown class %1 (use P, LP, VUS, LB or B)</source>
            <translation>review set: onbekende klasse %1 (gebruik P, LP, VUS, LB of B)</translation>
        </message>
        <message>
            <source>review set: --evidence expects CODE=text</source>
            <translation>review set: --evidence verwacht CODE=tekst</translation>
        </message>
        <message>
            <source>review set: %1</source>
            <translation>review set: %1</translation>
        </message>
        <message>
            <source>review set: --evidence for %1, which is not in --criteria</source>
            <translation>review set: --evidence voor %1, dat niet in --criteria staat</translation>
        </message>
        <message>
            <source>review set: --reject-suggestion expects CODE=reason</source>
            <translation>review set: --reject-suggestion verwacht CODE=reden</translation>
        </message>
        <message>
            <source>Records the classification of one variant of a case, with its ACMG/AMP criteria. Prints the class by the Richards 2015 rules and by points.</source>
            <translation>Legt de classificatie van één variant van een casus vast, met de ACMG/AMP-criteria. Toont de klasse volgens de regels van Richards 2015 en volgens punten.</translation>
        </message>
        <message>
            <source>Variant key: contig-position-ref-alt, 1-based (6-26092913-G-A).</source>
            <translation>Variantsleutel: contig-positie-ref-alt, 1-gebaseerd (6-26092913-G-A).</translation>
        </message>
        <message>
            <source>review set: give a case id and a variant key</source>
            <translation>review set: geef een casus-id en een variantsleutel</translation>
        </message>
        <message>
            <source>review set: "%1" is not a variant key like 6-26092913-G-A</source>
            <translation>review set: "%1" is geen variantsleutel zoals 6-26092913-G-A</translation>
        </message>
        <message>
            <source>%1 %2: %3 [%4], report version %5</source>
            <translation>%1 %2: %3 [%4], rapportversie %5</translation>
        </message>
        <message>
            <source>Adds a user; the new password is read from GENOMEDESK_NEW_PASSWORD. The first user of a database must be an admin and needs no --user.</source>
            <translation>Voegt een gebruiker toe; het nieuwe wachtwoord wordt gelezen uit GENOMEDESK_NEW_PASSWORD. De eerste gebruiker van een database moet een beheerder zijn en heeft geen --user nodig.</translation>
        </message>
        <message>
            <source>counsellor, geneticist or admin.</source>
            <translation>counsellor, geneticist of admin.</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>Gebruikersnaam.</translation>
        </message>
        <message>
            <source>user add: give one user name</source>
            <translation>user add: geef één gebruikersnaam</translation>
        </message>
        <message>
            <source>user add: --role must be counsellor, geneticist or admin</source>
            <translation>user add: --role moet counsellor, geneticist of admin zijn</translation>
        </message>
        <message>
            <source>user add: set the new user's password in %1</source>
            <translation>user add: stel het wachtwoord van de nieuwe gebruiker in via %1</translation>
        </message>
        <message>
            <source>User %1 (%2) added</source>
            <translation>Gebruiker %1 (%2) toegevoegd</translation>
        </message>
        <message>
            <source>Lists the users of a case database.</source>
            <translation>Toont de gebruikers van een casusdatabase.</translation>
        </message>
        <message>
            <source>Checks the hash chain of a case database's audit log; names the first bad entry. With the database key (GENOMEDESK_PASSPHRASE or --key-file) it also checks every entry's HMAC, which detects a rewrite of all later entries; without the key that check is skipped.</source>
            <translation>Controleert de hashketen van het auditlog van een casusdatabase; noemt de eerste foute vermelding. Met de databasesleutel (GENOMEDESK_PASSPHRASE of --key-file) controleert het ook de HMAC van elke vermelding, waardoor herschrijven van alle latere vermeldingen wordt opgemerkt; zonder sleutel vervalt die controle.</translation>
        </message>
        <message>
            <source>audit verify: --db is required</source>
            <translation>audit verify: --db is verplicht</translation>
        </message>
        <message>
            <source>genomedesk: audit log NOT intact: entry %1: %2</source>
            <translation>genomedesk: auditlog NIET intact: vermelding %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audit log intact: %n entry(s)</source>
            <translation>
                <numerusform>auditlog intact: %n vermelding</numerusform>
                <numerusform>auditlog intact: %n vermeldingen</numerusform>
            </translation>
        </message>
        <message>
            <source>keyed check (HMAC) passed for entries from %1 on</source>
            <translation>controle met sleutel (HMAC) geslaagd voor vermeldingen vanaf %1</translation>
        </message>
        <message>
            <source>keyed check skipped: no key given (set %1 or give --key-file); only the hash chain was verified</source>
            <translation>controle met sleutel overgeslagen: geen sleutel opgegeven (stel %1 in of geef --key-file); alleen de hashketen is gecontroleerd</translation>
        </message>
        <message>
            <source>Prints the audit log of a case database.</source>
            <translation>Toont het auditlog van een casusdatabase.</translation>
        </message>
        <message>
            <source>Case database file.</source>
            <translation>Casusdatabasebestand.</translation>
        </message>
        <message>
            <source>audit list: --db is required</source>
            <translation>audit list: --db is verplicht</translation>
        </message>
        <message>
            <source>cannot create the output directory %1</source>
            <translation>kan de uitvoermap %1 niet aanmaken</translation>
        </message>
        <message>
            <source>cannot write the demo case to %1</source>
            <translation>kan de democasus niet naar %1 schrijven</translation>
        </message>
        <message>
            <source>run the whole path on the bundled demo case</source>
            <translation>het hele traject uitvoeren op de meegeleverde democasus</translation>
        </message>
        <message>
            <source>read a VCF/BCF file and print a summary</source>
            <translation>een VCF/BCF-bestand lezen en een samenvatting tonen</translation>
        </message>
        <message>
            <source>write a clinician-facing report (PDF, HTML, FHIR, Phenopacket)</source>
            <translation>een rapport voor clinici schrijven (PDF, HTML, FHIR, Phenopacket)</translation>
        </message>
        <message>
            <source>import genes, ClinVar and panels into a knowledge base</source>
            <translation>genen, ClinVar en panels in een kennisbank importeren</translation>
        </message>
        <message>
            <source>list policies or apply one with consent to a case</source>
            <translation>beleidsregels tonen of er een met toestemming op een casus toepassen</translation>
        </message>
        <message>
            <source>import, inspect or remove sources of a frequency cache</source>
            <translation>bronnen van een frequentiecache importeren, bekijken of verwijderen</translation>
        </message>
        <message>
            <source>annotate a VCF/BCF with frequencies from caches</source>
            <translation>een VCF/BCF annoteren met frequenties uit caches</translation>
        </message>
        <message>
            <source>check a package against its signature before install</source>
            <translation>een pakket vóór installatie aan de hand van de handtekening controleren</translation>
        </message>
        <message>
            <source>check a signed report PDF against its signature</source>
            <translation>een ondertekend rapport-PDF aan de hand van de handtekening controleren</translation>
        </message>
        <message>
            <source>fetch frequencies from Beacon v2 nodes into a frequency cache</source>
            <translation>frequenties van Beacon v2-knooppunten ophalen in een frequentiecache</translation>
        </message>
        <message>
            <source>create, list, show, export, mark reviewed and sign cases</source>
            <translation>casussen aanmaken, oplijsten, tonen, exporteren, als beoordeeld markeren en ondertekenen</translation>
        </message>
        <message>
            <source>record a variant's classification and ACMG/AMP criteria</source>
            <translation>de classificatie van een variant en ACMG/AMP-criteria vastleggen</translation>
        </message>
        <message>
            <source>add or list users of a case database</source>
            <translation>gebruikers van een casusdatabase toevoegen of tonen</translation>
        </message>
        <message>
            <source>verify or print the audit log of a case database</source>
            <translation>het auditlog van een casusdatabase controleren of afdrukken</translation>
        </message>
        <message>
            <source>Reads a VCF or BCF file and prints a summary.</source>
            <translation>Leest een VCF- of BCF-bestand en toont een samenvatting.</translation>
        </message>
        <message>
            <source>Print the summary as JSON.</source>
            <translation>De samenvatting als JSON uitvoeren.</translation>
        </message>
        <message>
            <source>PED file: sexes and trio analysis.</source>
            <translation>PED-bestand: geslachten en trio-analyse.</translation>
        </message>
        <message>
            <source>file.ped</source>
            <translation>bestand.ped</translation>
        </message>
        <message>
            <source>Load only this sample (repeat or comma-separate).</source>
            <translation>Alleen dit monster laden (herhalen of kommagescheiden).</translation>
        </message>
        <message>
            <source>Reference FASTA (with .fai) to left-align indels.</source>
            <translation>Referentie-FASTA (met .fai) om indels links uit te lijnen.</translation>
        </message>
        <message>
            <source>ref.fa</source>
            <translation>ref.fa</translation>
        </message>
        <message>
            <source>load: expects exactly one file</source>
            <translation>load: verwacht precies één bestand</translation>
        </message>
        <message>
            <source>Runs the whole path on the bundled demo case: load, frequencies, policy with consent, reviewed report (PDF, HTML, FHIR, Phenopacket).</source>
            <translation>Voert het hele traject uit op de meegeleverde democasus: laden, frequenties, beleid met toestemming, beoordeeld rapport (PDF, HTML, FHIR, Phenopacket).</translation>
        </message>
        <message>
            <source>Directory for the demo case and its report (default: ./genomedesk-demo).</source>
            <translation>Map voor de democasus en het rapport (standaard: ./genomedesk-demo).</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>map</translation>
        </message>
        <message>
            <source>Open the demo case in the window.</source>
            <translation>De democasus in het venster openen.</translation>
        </message>
        <message>
            <source>With --gui: save a PNG of the window once the case is open, then quit.</source>
            <translation>Met --gui: een PNG van het venster opslaan zodra de casus open is, dan afsluiten.</translation>
        </message>
        <message>
            <source>file.png</source>
            <translation>bestand.png</translation>
        </message>
        <message>
            <source>With --gui: fill the screen, save PNGs of the window, detail pane, QC dashboard and report preview into a folder, then quit.</source>
            <translation>Met --gui: het scherm vullen, PNG's van het venster, het detailpaneel, het QC-dashboard en de rapportvoorbeeldweergave in een map opslaan, dan afsluiten.</translation>
        </message>
        <message>
            <source>Language of the demo report (en, de, fr, nl, it, es, pl).</source>
            <translation>Taal van het demorapport (en, de, fr, nl, it, es, pl).</translation>
        </message>
        <message>
            <source>language</source>
            <translation>taal</translation>
        </message>
        <message>
            <source>With --gui: colours of the window, "system" (default) or "dark", to look at the dark appearance where the desktop offers none.</source>
            <translation>Met --gui: kleuren van het venster, "system" (standaard) of "dark", om de donkere weergave te bekijken waar de desktop die niet biedt.</translation>
        </message>
        <message>
            <source>palette</source>
            <translation>palet</translation>
        </message>
        <message>
            <source>demo: unexpected argument %1</source>
            <translation>demo: onverwacht argument %1</translation>
        </message>
        <message>
            <source>demo: --palette is "system" or "dark", not %1</source>
            <translation>demo: --palette is "system" of "dark", niet %1</translation>
        </message>
        <message>
            <source>cannot write the screenshot %1</source>
            <translation>kan de schermafbeelding %1 niet schrijven</translation>
        </message>
        <message>
            <source>Imports one file into a knowledge base (created when missing).</source>
            <translation>Importeert één bestand in een kennisbank (aangemaakt als die ontbreekt).</translation>
        </message>
        <message>
            <source>Knowledge base file.</source>
            <translation>Kennisbankbestand.</translation>
        </message>
        <message>
            <source>K.gdkb</source>
            <translation>K.gdkb</translation>
        </message>
        <message>
            <source>Gene model as GTF or GFF3 (genes, transcripts, exons).</source>
            <translation>Genmodel als GTF of GFF3 (genen, transcripten, exonen).</translation>
        </message>
        <message>
            <source>Gene spans as BED (e.g. the MANE genes BED).</source>
            <translation>Genbereiken als BED (bijv. de MANE-genen-BED).</translation>
        </message>
        <message>
            <source>ClinVar VCF.</source>
            <translation>ClinVar-VCF.</translation>
        </message>
        <message>
            <source>Gene panel: PanelApp TSV or panel BED.</source>
            <translation>Genpanel: PanelApp-TSV of panel-BED.</translation>
        </message>
        <message>
            <source>Genome build of the file: GRCh37 or GRCh38 (gene models need it; ClinVar reads ##reference).</source>
            <translation>Genoombuild van het bestand: GRCh37 of GRCh38 (genmodellen hebben die nodig; ClinVar leest ##reference).</translation>
        </message>
        <message>
            <source>kb import: --kb is required</source>
            <translation>kb import: --kb is verplicht</translation>
        </message>
        <message>
            <source>kb import: give exactly one of --gtf, --bed, --clinvar, --panel</source>
            <translation>kb import: geef precies één van --gtf, --bed, --clinvar, --panel</translation>
        </message>
        <message>
            <source>%1: %2 record(s) read, %3 stored, %4 skipped</source>
            <translation>%1: %2 record(s) gelezen, %3 opgeslagen, %4 overgeslagen</translation>
        </message>
        <message>
            <source>Lists the sources held by a knowledge base.</source>
            <translation>Toont de bronnen in een kennisbank.</translation>
        </message>
        <message>
            <source>kb info: --kb is required</source>
            <translation>kb info: --kb is verplicht</translation>
        </message>
        <message>
            <source>no display found: run a subcommand (see --help) or start under a desktop session or xvfb-run</source>
            <translation>geen beeldscherm gevonden: voer een subopdracht uit (zie --help) of start in een desktopsessie of met xvfb-run</translation>
        </message>
        <message>
            <source>GenomeDesk</source>
            <translation>GenomeDesk</translation>
        </message>
        <message>
            <source>unknown command '%1' (see genomedesk --help)</source>
            <translation>onbekende opdracht '%1' (zie genomedesk --help)</translation>
        </message>
        <message>
            <source>GenomeDesk: clinical genomics case review.

Without a command, opens the review window. Commands:</source>
            <translation>GenomeDesk: beoordeling van casussen in de klinische genomica.

Zonder opdracht wordt het beoordelingsvenster geopend. Opdrachten:</translation>
        </message>
        <message>
            <source>Run 'genomedesk &lt;command&gt; --help' for a command's options.</source>
            <translation>Voer 'genomedesk &lt;command&gt; --help' uit voor de opties van een opdracht.</translation>
        </message>
        <message>
            <source>A VCF or BCF file to open in the window.</source>
            <translation>Een VCF- of BCF-bestand om in het venster te openen.</translation>
        </message>
        <message>
            <source>Lists the policies shipped with GenomeDesk.</source>
            <translation>Toont de beleidsregels die met GenomeDesk worden meegeleverd.</translation>
        </message>
        <message>
            <source>Validates a policy file; with --kb its genes are checked against the gene model.</source>
            <translation>Valideert een beleidsbestand; met --kb worden de genen ervan tegen het genmodel gecontroleerd.</translation>
        </message>
        <message>
            <source>Policy id or JSON file.</source>
            <translation>Beleids-id of JSON-bestand.</translation>
        </message>
        <message>
            <source>policy check: give one policy id or file</source>
            <translation>policy check: geef één beleids-id of -bestand</translation>
        </message>
        <message>
            <source>%1: valid, %2 genes</source>
            <translation>%1: geldig, %2 genen</translation>
        </message>
        <message>
            <source>cannot write: %1</source>
            <translation>kan niet schrijven: %1</translation>
        </message>
        <message>
            <source>Applies a secondary-findings policy with the patient's consent to a case and writes one decision with its reasons per variant the proband carries.</source>
            <translation>Past een beleid voor nevenbevindingen met de toestemming van de patiënt toe op een casus en schrijft per variant die de indexpatiënt draagt één beslissing met de redenen.</translation>
        </message>
        <message>
            <source>Policy id (see "policy list") or JSON file.</source>
            <translation>Beleids-id (zie "policy list") of JSON-bestand.</translation>
        </message>
        <message>
            <source>The patient's consent profile (JSON).</source>
            <translation>Het toestemmingsprofiel van de patiënt (JSON).</translation>
        </message>
        <message>
            <source>consent.json</source>
            <translation>consent.json</translation>
        </message>
        <message>
            <source>Indication: gene list, PanelApp TSV, or panel:&lt;id&gt; from the knowledge base.</source>
            <translation>Indicatie: genlijst, PanelApp-TSV of panel:&lt;id&gt; uit de kennisbank.</translation>
        </message>
        <message>
            <source>Pedigree (PED) of a trio.</source>
            <translation>Stamboom (PED) van een trio.</translation>
        </message>
        <message>
            <source>PED</source>
            <translation>PED</translation>
        </message>
        <message>
            <source>Sample name of the patient (default: the trio's child, else the first sample).</source>
            <translation>Monsternaam van de patiënt (standaard: het kind van het trio, anders het eerste monster).</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>monster</translation>
        </message>
        <message>
            <source>The patient's sex when there is no PED: male or female.</source>
            <translation>Het geslacht van de patiënt als er geen PED is: male of female.</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>geslacht</translation>
        </message>
        <message>
            <source>Genome build when the VCF does not tell.</source>
            <translation>Genoombuild als de VCF het niet vermeldt.</translation>
        </message>
        <message>
            <source>Frequency cache for the frequency ceilings (repeatable).</source>
            <translation>Frequentiecache voor de frequentiegrenzen (herhaalbaar).</translation>
        </message>
        <message>
            <source>C.gdfreq</source>
            <translation>C.gdfreq</translation>
        </message>
        <message>
            <source>Decisions as .tsv or .json.</source>
            <translation>Beslissingen als .tsv of .json.</translation>
        </message>
        <message>
            <source>The case VCF/BCF.</source>
            <translation>De VCF/BCF van de casus.</translation>
        </message>
        <message>
            <source>policy apply: give one case VCF</source>
            <translation>policy apply: geef één VCF van de casus</translation>
        </message>
        <message>
            <source>policy apply: --%1 is required</source>
            <translation>policy apply: --%1 is verplicht</translation>
        </message>
        <message>
            <source>%1: knowledge base not found</source>
            <translation>%1: kennisbank niet gevonden</translation>
        </message>
        <message>
            <source>policy apply: --indication panel:&lt;id&gt; needs --kb</source>
            <translation>policy apply: --indication panel:&lt;id&gt; vereist --kb</translation>
        </message>
        <message>
            <source>policy apply: no panel %1 in the knowledge base</source>
            <translation>policy apply: geen panel %1 in de kennisbank</translation>
        </message>
        <message>
            <source>policy apply: --build must be GRCh37 or GRCh38</source>
            <translation>policy apply: --build moet GRCh37 of GRCh38 zijn</translation>
        </message>
        <message>
            <source>policy apply: --sex must be male or female</source>
            <translation>policy apply: --sex moet male of female zijn</translation>
        </message>
        <message>
            <source>%1: frequency cache not found</source>
            <translation>%1: frequentiecache niet gevonden</translation>
        </message>
        <message>
            <source>%1: %2 variant(s) carried by %3 (%4 in ClinVar); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</source>
            <translation>%1: %2 variant(en) gedragen door %3 (%4 in ClinVar); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</translation>
        </message>
        <message>
            <source>not a reviews JSON file: %1</source>
            <translation>geen JSON-bestand met beoordelingen: %1</translation>
        </message>
        <message>
            <source>unknown classification "%1"</source>
            <translation>onbekende classificatie "%1"</translation>
        </message>
        <message>
            <source>case %1 was evaluated with policy %2 (sha256 %3) but --policy gives sha256 %4; give the same policy file</source>
            <translation>casus %1 is geëvalueerd met beleid %2 (sha256 %3) maar --policy geeft sha256 %4; geef hetzelfde beleidsbestand</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Klinisch geneticus</translation>
        </message>
        <message>
            <source>case %1 has no input file</source>
            <translation>casus %1 heeft geen invoerbestand</translation>
        </message>
        <message>
            <source>Writes a report of a case. Without --policy it lists the variants; with a policy and the patient's consent it is a clinician-facing report with primary and secondary findings, frequencies with their sources, the policy's reasons, limitations and a sign-off, optionally signed.</source>
            <translation>Schrijft een rapport van een casus. Zonder --policy somt het de varianten op; met een beleid en de toestemming van de patiënt is het een rapport voor clinici met primaire en nevenbevindingen, frequenties met hun bronnen, de redenen van het beleid, beperkingen en een ondertekening, optioneel ondertekend.</translation>
        </message>
        <message>
            <source>PDF file to write.</source>
            <translation>Te schrijven PDF-bestand.</translation>
        </message>
        <message>
            <source>report.pdf</source>
            <translation>rapport.pdf</translation>
        </message>
        <message>
            <source>Case identifier printed on the report.</source>
            <translation>Casusidentificatie die op het rapport wordt afgedrukt.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Language of the report: %1 (default en).</source>
            <translation>Taal van het rapport: %1 (standaard en).</translation>
        </message>
        <message>
            <source>Also write the report as HTML.</source>
            <translation>Het rapport ook als HTML schrijven.</translation>
        </message>
        <message>
            <source>file.html</source>
            <translation>bestand.html</translation>
        </message>
        <message>
            <source>Also write a FHIR R4 Genomics Reporting bundle.</source>
            <translation>Ook een FHIR R4 Genomics Reporting-bundel schrijven.</translation>
        </message>
        <message>
            <source>Also write a GA4GH Phenopacket v2.</source>
            <translation>Ook een GA4GH Phenopacket v2 schrijven.</translation>
        </message>
        <message>
            <source>Secondary-findings policy id or JSON file.</source>
            <translation>Id of JSON-bestand van het beleid voor nevenbevindingen.</translation>
        </message>
        <message>
            <source>Indication gene list or PanelApp TSV.</source>
            <translation>Genlijst van de indicatie of PanelApp-TSV.</translation>
        </message>
        <message>
            <source>Knowledge base (genes, ClinVar).</source>
            <translation>Kennisbank (genen, ClinVar).</translation>
        </message>
        <message>
            <source>Frequency cache (repeatable).</source>
            <translation>Frequentiecache (herhaalbaar).</translation>
        </message>
        <message>
            <source>Classifications with criteria and comments (JSON, as "case export" writes them).</source>
            <translation>Classificaties met criteria en opmerkingen (JSON, zoals "case export" ze schrijft).</translation>
        </message>
        <message>
            <source>Laboratory name printed on the report.</source>
            <translation>Naam van het laboratorium die op het rapport wordt afgedrukt.</translation>
        </message>
        <message>
            <source>Sign the PDF with this PKCS#12 certificate and key (passphrase in GENOMEDESK_SIGN_PASSPHRASE); writes PDF.p7s.</source>
            <translation>Het PDF ondertekenen met dit PKCS#12-certificaat en deze sleutel (wachtzin in GENOMEDESK_SIGN_PASSPHRASE); schrijft PDF.p7s.</translation>
        </message>
        <message>
            <source>cert.p12</source>
            <translation>cert.p12</translation>
        </message>
        <message>
            <source>Directory with report.html, report.css and a logo.</source>
            <translation>Map met report.html, report.css en een logo.</translation>
        </message>
        <message>
            <source>Case database: report the case given by --case with its consent, reviews and sign-off (key in GENOMEDESK_PASSPHRASE or --key-file).</source>
            <translation>Casusdatabase: rapporteer de met --case opgegeven casus met toestemming, beoordelingen en ondertekening (sleutel in GENOMEDESK_PASSPHRASE of --key-file).</translation>
        </message>
        <message>
            <source>cases.gddb</source>
            <translation>cases.gddb</translation>
        </message>
        <message>
            <source>Key file of the case database.</source>
            <translation>Sleutelbestand van de casusdatabase.</translation>
        </message>
        <message>
            <source>With --db: print the patient's name and birth date (decrypted) besides the pseudonym.</source>
            <translation>Met --db: naam en geboortedatum van de patiënt (ontsleuteld) naast het pseudoniem afdrukken.</translation>
        </message>
        <message>
            <source>report: expects exactly one file</source>
            <translation>report: verwacht precies één bestand</translation>
        </message>
        <message>
            <source>report: --out is required</source>
            <translation>report: --out is verplicht</translation>
        </message>
        <message>
            <source>report: --db needs --case and --policy</source>
            <translation>report: --db vereist --case en --policy</translation>
        </message>
        <message>
            <source>report: --consent, --indication and --reviews need --policy</source>
            <translation>report: --consent, --indication en --reviews vereisen --policy</translation>
        </message>
        <message>
            <source>report: no report language "%1"; available: %2</source>
            <translation>report: geen rapporttaal "%1"; beschikbaar: %2</translation>
        </message>
        <message>
            <source>report: set the passphrase in GENOMEDESK_PASSPHRASE or give --key-file</source>
            <translation>report: stel de wachtzin in via GENOMEDESK_PASSPHRASE of geef --key-file</translation>
        </message>
        <message>
            <source>%1: case database not found</source>
            <translation>%1: casusdatabase niet gevonden</translation>
        </message>
        <message>
            <source>Hereditary cardiomyopathy and arrhythmia (demo gene list)</source>
            <translation>Erfelijke cardiomyopathie en aritmie (demo-genlijst)</translation>
        </message>
        <message>
            <source>GenomeDesk demo laboratory</source>
            <translation>GenomeDesk-demolaboratorium</translation>
        </message>
        <message>
            <source>Dr. Demo Referrer, cardiology</source>
            <translation>Dr. Demo Verwijzer, cardiologie</translation>
        </message>
        <message>
            <source>knowledge base not found</source>
            <translation>kennisbank niet gevonden</translation>
        </message>
        <message>
            <source>the knowledge base has no gene model; the cache needs %1</source>
            <translation>de kennisbank heeft geen genmodel; de cache heeft %1 nodig</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is for %1, the cache is %2</source>
            <translation>het genmodel van de kennisbank is voor %1, de cache is %2</translation>
        </message>
        <message>
            <source>gene %1 is not in the %2 gene model of the knowledge base</source>
            <translation>gen %1 staat niet in het %2-genmodel van de kennisbank</translation>
        </message>
        <message>
            <source>Fetches allele frequencies for a case or regions from Beacon v2 nodes into a frequency cache. Exit status 0: every node answered; 1: some nodes failed (the others were written); 2: bad usage or input.</source>
            <translation>Haalt allelfrequenties voor een casus of regio's op van Beacon v2-knooppunten in een frequentiecache. Afsluitstatus 0: elk knooppunt antwoordde; 1: sommige knooppunten faalden (de andere zijn geschreven); 2: onjuist gebruik of onjuiste invoer.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq), created when missing.</source>
            <translation>Frequentiecache (.gdfreq), aangemaakt als die ontbreekt.</translation>
        </message>
        <message>
            <source>Node list (nodes.json).</source>
            <translation>Knooppuntenlijst (nodes.json).</translation>
        </message>
        <message>
            <source>Case VCF/BCF whose variants are looked up (padded to regions).</source>
            <translation>VCF/BCF van de casus waarvan de varianten worden opgezocht (uitgebreid tot regio's).</translation>
        </message>
        <message>
            <source>Region chr:start-end (1-based, inclusive); repeatable.</source>
            <translation>Regio chr:start-end (1-gebaseerd, inclusief); herhaalbaar.</translation>
        </message>
        <message>
            <source>Gene symbol whose span (from the gene model of --kb, padded like a variant) is synced as a region; repeatable.</source>
            <translation>Gensymbool waarvan het bereik (uit het genmodel van --kb, uitgebreid zoals een variant) als regio wordt gesynchroniseerd; herhaalbaar.</translation>
        </message>
        <message>
            <source>Knowledge base (.gdkb) whose gene model resolves --gene.</source>
            <translation>Kennisbank (.gdkb) waarvan het genmodel --gene oplost.</translation>
        </message>
        <message>
            <source>Write every request sent (URL and body, no tokens) as JSON lines.</source>
            <translation>Elk verzonden verzoek (URL en body, zonder tokens) als JSON-regels schrijven.</translation>
        </message>
        <message>
            <source>Fetch again only regions fetched more than this many days ago (0: all); default: each node's maxAgeDays in the node list (30).</source>
            <translation>Alleen regio's opnieuw ophalen die meer dan dit aantal dagen geleden zijn opgehaald (0: alle); standaard: maxAgeDays van elk knooppunt in de knooppuntenlijst (30).</translation>
        </message>
        <message>
            <source>sync needs --cache and --nodes.</source>
            <translation>sync vereist --cache en --nodes.</translation>
        </message>
        <message>
            <source>sync needs either --vcf or --region/--gene.</source>
            <translation>sync vereist --vcf of --region/--gene.</translation>
        </message>
        <message>
            <source>--gene needs --kb (the knowledge base with the gene model).</source>
            <translation>--gene vereist --kb (de kennisbank met het genmodel).</translation>
        </message>
        <message>
            <source>--max-age must be a number of days, 0 ... 3650.</source>
            <translation>--max-age moet een aantal dagen zijn, 0 ... 3650.</translation>
        </message>
        <message>
            <source>--gene: the nodes name different assemblies and the cache %1 has no build yet; give --region instead</source>
            <translation>--gene: de knooppunten noemen verschillende assemblies en de cache %1 heeft nog geen build; geef in plaats daarvan --region</translation>
        </message>
        <message>
            <source>node %1: up to date, %2 region(s) fetched within %3 day(s), 0 requests</source>
            <translation>knooppunt %1: actueel, %2 regio('s) opgehaald binnen %3 dag(en), 0 verzoeken</translation>
        </message>
        <message>
            <source>node %1: ok, %2 variants, %3 sites cached, %4 requests, %5 ms</source>
            <translation>knooppunt %1: ok, %2 varianten, %3 posities in cache, %4 verzoeken, %5 ms</translation>
        </message>
        <message>
            <source>node %1: FAILED after %2 ms: %3</source>
            <translation>knooppunt %1: MISLUKT na %2 ms: %3</translation>
        </message>
        <message>
            <source>%1: cannot write the request log</source>
            <translation>%1: kan het verzoekenlog niet schrijven</translation>
        </message>
        <message>
            <source>source %1: %2 sites, retrieved %3 (%4 minutes ago)</source>
            <translation>bron %1: %2 posities, opgehaald op %3 (%4 minuten geleden)</translation>
        </message>
        <message>
            <source>  region %1:%2-%3 fetched %4 (%5)</source>
            <translation>  regio %1:%2-%3 opgehaald op %4 (%5)</translation>
        </message>
        <message>
            <source>Checks a package against its detached CMS signature and a trusted certificate. Exit code 0: valid; 1: the package did not verify; 2: bad usage or unreadable input.</source>
            <translation>Controleert een pakket aan de hand van de losse CMS-handtekening en een vertrouwd certificaat. Afsluitcode 0: geldig; 1: het pakket is niet geverifieerd; 2: onjuist gebruik of onleesbare invoer.</translation>
        </message>
        <message>
            <source>The package (.deb, .rpm, .tar.gz, SHA256SUMS).</source>
            <translation>Het pakket (.deb, .rpm, .tar.gz, SHA256SUMS).</translation>
        </message>
        <message>
            <source>Its detached CMS signature (DER or PEM).</source>
            <translation>De losse CMS-handtekening ervan (DER of PEM).</translation>
        </message>
        <message>
            <source>The trusted certificate(s), PEM: the signer's or the issuing CA's.</source>
            <translation>Het/de vertrouwde certificaat/certificaten, PEM: dat van de ondertekenaar of van de uitgevende CA.</translation>
        </message>
        <message>
            <source>verify-package: unexpected argument %1</source>
            <translation>verify-package: onverwacht argument %1</translation>
        </message>
        <message>
            <source>verify-package: --%1 is required</source>
            <translation>verify-package: --%1 is verplicht</translation>
        </message>
        <message>
            <source>VERIFICATION FAILED for %1: %2. Do not install it.</source>
            <translation>VERIFICATIE MISLUKT voor %1: %2. Niet installeren.</translation>
        </message>
        <message>
            <source>OK: %1 is signed by %2</source>
            <translation>OK: %1 is ondertekend door %2</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>verify-report: cannot read the %1 %2</source>
            <translation>verify-report: kan %1 %2 niet lezen</translation>
        </message>
        <message>
            <source>Checks a signed report PDF against its detached CMS signature and the trusted CA certificate(s). Exit code 0: valid; 1: not valid (the reason is printed); 2: bad usage or unreadable input.</source>
            <translation>Controleert een ondertekend rapport-PDF aan de hand van de losse CMS-handtekening en het/de vertrouwde CA-certificaat/certificaten. Afsluitcode 0: geldig; 1: niet geldig (de reden wordt getoond); 2: onjuist gebruik of onleesbare invoer.</translation>
        </message>
        <message>
            <source>The signed report.</source>
            <translation>Het ondertekende rapport.</translation>
        </message>
        <message>
            <source>The detached signature (DER or PEM); default: the report's name + .p7s.</source>
            <translation>De losse handtekening (DER of PEM); standaard: de naam van het rapport + .p7s.</translation>
        </message>
        <message>
            <source>The trusted CA certificate(s), PEM: the issuer of the geneticists' certificates, or a signer's own certificate.</source>
            <translation>Het/de vertrouwde CA-certificaat/certificaten, PEM: de uitgever van de certificaten van de genetici, of het eigen certificaat van een ondertekenaar.</translation>
        </message>
        <message>
            <source>verify-report: expects exactly one report PDF</source>
            <translation>verify-report: verwacht precies één rapport-PDF</translation>
        </message>
        <message>
            <source>verify-report: --ca is required</source>
            <translation>verify-report: --ca is verplicht</translation>
        </message>
        <message>
            <source>report</source>
            <translation>het rapport</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>de handtekening</translation>
        </message>
        <message>
            <source>VALID: %1</source>
            <translation>GELDIG: %1</translation>
        </message>
        <message>
            <source>INVALID (%1): %2</source>
            <translation>ONGELDIG (%1): %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reden: %1</translation>
        </message>
        <message>
            <source>Signer: %1</source>
            <translation>Ondertekenaar: %1</translation>
        </message>
        <message>
            <source>Certificate SHA-256: %1</source>
            <translation>SHA-256 van het certificaat: %1</translation>
        </message>
        <message>
            <source>Signed at: %1</source>
            <translation>Ondertekend op: %1</translation>
        </message>
        <message>
            <source>Report SHA-256: %1</source>
            <translation>SHA-256 van het rapport: %1</translation>
        </message>
        <message>
            <source>Only these fields, comma-separated, without the source prefix (AC,AN,AF,AC_nfe,status); default: all.</source>
            <translation>Alleen deze velden, gescheiden door komma's, zonder het voorvoegsel van de bron (AC,AN,AF,AC_nfe,status); standaard: alle.</translation>
        </message>
        <message>
            <source>list</source>
            <translation>lijst</translation>
        </message>
        <message>
            <source>annotate: --fields needs at least one field name</source>
            <translation>annotate: --fields vereist ten minste één veldnaam</translation>
        </message>
        <message>
            <source>import a sites VCF/BCF into a frequency cache as one source</source>
            <translation>een sites-VCF/BCF als één bron in een frequentiecache importeren</translation>
        </message>
        <message>
            <source>print the sources, populations, sites, size and build of a cache</source>
            <translation>de bronnen, populaties, sites, grootte en genoombuild van een cache tonen</translation>
        </message>
        <message>
            <source>remove a source and its sites from a cache</source>
            <translation>een bron met haar sites uit een cache verwijderen</translation>
        </message>
        <message>
            <source>create a case for a patient and print its id</source>
            <translation>een casus voor een patiënt aanmaken en het id ervan tonen</translation>
        </message>
        <message>
            <source>list the cases of a case database</source>
            <translation>de casussen van een casusdatabase opsommen</translation>
        </message>
        <message>
            <source>show a case's inputs, reviews and report versions</source>
            <translation>de invoer, beoordelingen en rapportversies van een casus tonen</translation>
        </message>
        <message>
            <source>write a case as JSON (pseudonymous unless --identified)</source>
            <translation>een casus als JSON schrijven (gepseudonimiseerd tenzij --identified)</translation>
        </message>
        <message>
            <source>mark a draft case as reviewed</source>
            <translation>een conceptcasus als beoordeeld markeren</translation>
        </message>
        <message>
            <source>sign a reviewed case (clinical geneticists only)</source>
            <translation>een beoordeelde casus ondertekenen (alleen klinisch genetici)</translation>
        </message>
        <message>
            <source>record one variant's classification with its ACMG/AMP criteria</source>
            <translation>de classificatie van een variant met haar ACMG/AMP-criteria vastleggen</translation>
        </message>
        <message>
            <source>add a user to a case database</source>
            <translation>een gebruiker aan een casusdatabase toevoegen</translation>
        </message>
        <message>
            <source>list the users of a case database</source>
            <translation>de gebruikers van een casusdatabase opsommen</translation>
        </message>
        <message>
            <source>check the audit log's hash chain (and HMACs with the key)</source>
            <translation>de hashketen van het auditlogboek controleren (en met de sleutel de HMAC's)</translation>
        </message>
        <message>
            <source>print the audit log</source>
            <translation>het auditlogboek tonen</translation>
        </message>
        <message>
            <source>Usage: %1 &lt;subcommand&gt; [options]</source>
            <translation>Gebruik: %1 &lt;subopdracht&gt; [opties]</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>Subopdrachten:</translation>
        </message>
        <message>
            <source>Run '%1 &lt;subcommand&gt; --help' for its options.</source>
            <translation>'%1 &lt;subopdracht&gt; --help' toont de opties ervan.</translation>
        </message>
        <message>
            <source>%1: expects a subcommand: %2 (see %3 --help)</source>
            <translation>%1: verwacht een subopdracht: %2 (zie %3 --help)</translation>
        </message>
        <message>
            <source>%1: unknown subcommand "%2"; expected %3 (see %4 --help)</source>
            <translation>%1: onbekende subopdracht "%2"; verwacht: %3 (zie %4 --help)</translation>
        </message>
        <message>
            <source>import one file into a knowledge base</source>
            <translation>één bestand in een kennisbank importeren</translation>
        </message>
        <message>
            <source>list the sources held by a knowledge base</source>
            <translation>de bronnen van een kennisbank opsommen</translation>
        </message>
        <message>
            <source>list the policies shipped with GenomeDesk</source>
            <translation>de met GenomeDesk meegeleverde beleidsregels opsommen</translation>
        </message>
        <message>
            <source>validate a policy file</source>
            <translation>een beleidsbestand valideren</translation>
        </message>
        <message>
            <source>apply a policy with the patient's consent to a case</source>
            <translation>een beleid met de toestemming van de patiënt op een casus toepassen</translation>
        </message>
        <message>
            <source>Report %1 (%2): %3, %4</source>
            <extracomment>%3 "1 primary finding", %4 "5 secondary findings"</extracomment>
            <translation>Rapport %1 (%2): %3, %4</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n primaire bevinding</numerusform>
                <numerusform>%n primaire bevindingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n nevenbevinding</numerusform>
                <numerusform>%n nevenbevindingen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <source>The response is larger than %1 bytes.</source>
            <translation>Het antwoord is groter dan %1 bytes.</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>geen antwoord binnen %1 ms</translation>
        </message>
        <message numerus="yes">
            <source>%1 after %n attempt(s).</source>
            <translation>
                <numerusform>%1 na %n poging.</numerusform>
                <numerusform>%1 na %n pogingen.</numerusform>
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
            <translation>Ongeldig antwoord: %1</translation>
        </message>
        <message>
            <source>Cannot read the node list.</source>
            <translation>Kan de knooppuntenlijst niet lezen.</translation>
        </message>
        <message>
            <source>Not a node list: expected a JSON object with a "nodes" array.</source>
            <translation>Geen knooppuntenlijst: verwacht werd een JSON-object met een array "nodes".</translation>
        </message>
        <message>
            <source>A node must be a JSON object.</source>
            <translation>Een knooppunt moet een JSON-object zijn.</translation>
        </message>
        <message>
            <source>"name" must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>"name" moet bestaan uit 1-64 letters, cijfers, '.', '_' of '-'.</translation>
        </message>
        <message>
            <source>The node name "%1" is used twice.</source>
            <translation>De knooppuntnaam "%1" wordt twee keer gebruikt.</translation>
        </message>
        <message>
            <source>"baseUrl" must be an http or https URL.</source>
            <translation>"baseUrl" moet een http- of https-URL zijn.</translation>
        </message>
        <message>
            <source>"style" must be "spec" or "gdi".</source>
            <translation>"style" moet "spec" of "gdi" zijn.</translation>
        </message>
        <message>
            <source>"coordinates" must be "0-based" or "1-based".</source>
            <translation>"coordinates" moet "0-based" of "1-based" zijn.</translation>
        </message>
        <message>
            <source>"auth.type" must be "none", "bearer" or "basic".</source>
            <translation>"auth.type" moet "none", "bearer" of "basic" zijn.</translation>
        </message>
        <message>
            <source>Cannot read the token file of node "%1".</source>
            <translation>Kan het tokenbestand van knooppunt "%1" niet lezen.</translation>
        </message>
        <message>
            <source>The token file of node "%1" must hold one line.</source>
            <translation>Het tokenbestand van knooppunt "%1" moet precies één regel bevatten.</translation>
        </message>
        <message>
            <source>"timeoutMs" must be 100 ... 600000.</source>
            <translation>"timeoutMs" moet tussen 100 en 600000 liggen.</translation>
        </message>
        <message>
            <source>"retries" must be 0 ... 10.</source>
            <translation>"retries" moet tussen 0 en 10 liggen.</translation>
        </message>
        <message>
            <source>"concurrency" must be 1 ... 16.</source>
            <translation>"concurrency" moet tussen 1 en 16 liggen.</translation>
        </message>
        <message>
            <source>"windowBases" must be 0 ... 1000000.</source>
            <translation>"windowBases" moet tussen 0 en 1000000 liggen.</translation>
        </message>
        <message>
            <source>"maximumResponseBytes" must be 1024 ... 2^30.</source>
            <translation>"maximumResponseBytes" moet tussen 1024 en 2^30 liggen.</translation>
        </message>
        <message>
            <source>Not a region: "%1" (expected contig:start-end, 1-based).</source>
            <translation>Geen regio: "%1" (verwacht: contig:start-eind, 1-based).</translation>
        </message>
        <message>
            <source>The response is not a JSON object (%1).</source>
            <translation>Het antwoord is geen JSON-object (%1).</translation>
        </message>
        <message>
            <source>The node answered with an error: %1</source>
            <translation>Het knooppunt antwoordde met een fout: %1</translation>
        </message>
        <message>
            <source>The response has no result sets.</source>
            <translation>Het antwoord bevat geen resultatensets.</translation>
        </message>
        <message>
            <source>"resultSets" is not an array.</source>
            <translation>"resultSets" is geen array.</translation>
        </message>
        <message>
            <source>A result set is not an object.</source>
            <translation>Een resultatenset is geen object.</translation>
        </message>
        <message>
            <source>"results" is not an array.</source>
            <translation>"results" is geen array.</translation>
        </message>
        <message>
            <source>Invalid bases in a record.</source>
            <translation>Ongeldige basen in een record.</translation>
        </message>
        <message>
            <source>frequencyInPopulations has neither frequencies[] nor populations[].</source>
            <translation>frequencyInPopulations bevat frequencies[] noch populations[].</translation>
        </message>
        <message>
            <source>A frequency has no population label.</source>
            <translation>Een frequentie heeft geen populatielabel.</translation>
        </message>
        <message>
            <source>An allele frequency is not a number in [0, 1].</source>
            <translation>Een allelfrequentie is geen getal in [0, 1].</translation>
        </message>
        <message>
            <source>A count is not a non-negative integer.</source>
            <translation>Een telling is geen niet-negatief geheel getal.</translation>
        </message>
        <message>
            <source>An allele count is larger than its allele number.</source>
            <translation>Een allelaantal is groter dan het bijbehorende allelnummer.</translation>
        </message>
        <message>
            <source>The request is larger than %1 bytes.</source>
            <translation>Het verzoek is groter dan %1 bytes.</translation>
        </message>
        <message>
            <source>No such endpoint.</source>
            <translation>Dit eindpunt bestaat niet.</translation>
        </message>
        <message>
            <source>Internal error (simulated).</source>
            <translation>Interne fout (gesimuleerd).</translation>
        </message>
        <message>
            <source>A valid Bearer token is required.</source>
            <translation>Een geldig Bearer-token is vereist.</translation>
        </message>
        <message>
            <source>Only GET and POST are allowed.</source>
            <translation>Alleen GET en POST zijn toegestaan.</translation>
        </message>
        <message>
            <source>Only GET is allowed here.</source>
            <translation>Hier is alleen GET toegestaan.</translation>
        </message>
        <message>
            <source>No such endpoint: %1</source>
            <translation>Dit eindpunt bestaat niet: %1</translation>
        </message>
        <message>
            <source>"start" must be one or two non-negative integers.</source>
            <translation>"start" moet uit één of twee niet-negatieve gehele getallen bestaan.</translation>
        </message>
        <message>
            <source>"end" must be one or two non-negative integers.</source>
            <translation>"end" moet uit één of twee niet-negatieve gehele getallen bestaan.</translation>
        </message>
        <message>
            <source>"skip" must be a non-negative integer.</source>
            <translation>"skip" moet een niet-negatief geheel getal zijn.</translation>
        </message>
        <message>
            <source>"limit" must be a non-negative integer.</source>
            <translation>"limit" moet een niet-negatief geheel getal zijn.</translation>
        </message>
        <message>
            <source>The request body is not a JSON object.</source>
            <translation>De inhoud van het verzoek is geen JSON-object.</translation>
        </message>
        <message>
            <source>The request has no "meta" object.</source>
            <translation>Het verzoek heeft geen "meta"-object.</translation>
        </message>
        <message>
            <source>"query" must be an object.</source>
            <translation>"query" moet een object zijn.</translation>
        </message>
        <message>
            <source>"requestParameters" must be an object.</source>
            <translation>"requestParameters" moet een object zijn.</translation>
        </message>
        <message>
            <source>"assemblyId" must be a string.</source>
            <translation>"assemblyId" moet een tekenreeks zijn.</translation>
        </message>
        <message>
            <source>"referenceName" must be a string.</source>
            <translation>"referenceName" moet een tekenreeks zijn.</translation>
        </message>
        <message>
            <source>"referenceBases" must be a string.</source>
            <translation>"referenceBases" moet een tekenreeks zijn.</translation>
        </message>
        <message>
            <source>"alternateBases" must be a string.</source>
            <translation>"alternateBases" moet een tekenreeks zijn.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be a string.</source>
            <translation>"requestedGranularity" moet een tekenreeks zijn.</translation>
        </message>
        <message>
            <source>"pagination" must be an object.</source>
            <translation>"pagination" moet een object zijn.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be boolean, count or record.</source>
            <translation>"requestedGranularity" moet boolean, count of record zijn.</translation>
        </message>
        <message>
            <source>"referenceName" is required.</source>
            <translation>"referenceName" is verplicht.</translation>
        </message>
        <message>
            <source>"start" (one or two values) is required; "end" takes one or two.</source>
            <translation>"start" (één of twee waarden) is verplicht; "end" accepteert één of twee.</translation>
        </message>
        <message>
            <source>Bases may only contain IUPAC nucleotide codes.</source>
            <translation>Basen mogen alleen IUPAC-nucleotidecodes bevatten.</translation>
        </message>
        <message>
            <source>A query with one "start" needs "alternateBases" or "end".</source>
            <translation>Een query met één "start" heeft "alternateBases" of "end" nodig.</translation>
        </message>
        <message>
            <source>"end" must be greater than "start".</source>
            <translation>"end" moet groter zijn dan "start".</translation>
        </message>
        <message>
            <source>The region is longer than %1 bases.</source>
            <translation>De regio is langer dan %1 basen.</translation>
        </message>
        <message>
            <source>The frequency cache cannot be read.</source>
            <translation>De frequentiecache kan niet worden gelezen.</translation>
        </message>
        <message>
            <source>Cannot write to the cache: %1</source>
            <translation>Kan niet naar de cache schrijven: %1</translation>
        </message>
        <message>
            <source>line %1 (record %2)</source>
            <translation>regel %1 (record %2)</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>regel %1</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>record %1</translation>
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
            <translation>PED-bestand niet gevonden</translation>
        </message>
        <message>
            <source>too large for a PED file</source>
            <translation>te groot voor een PED-bestand</translation>
        </message>
        <message>
            <source>a PED line needs 6 columns (family, individual, father, mother, sex, phenotype), found %1</source>
            <translation>een PED-regel heeft 6 kolommen nodig (familie, individu, vader, moeder, geslacht, fenotype), gevonden: %1</translation>
        </message>
        <message>
            <source>sex must be 1 (male), 2 (female) or 0 (unknown), found '%1'</source>
            <translation>geslacht moet 1 (man), 2 (vrouw) of 0 (onbekend) zijn, gevonden: '%1'</translation>
        </message>
        <message>
            <source>individual '%1' is given as their own parent</source>
            <translation>individu '%1' staat als eigen ouder vermeld</translation>
        </message>
        <message>
            <source>individual '%1' appears twice</source>
            <translation>individu '%1' komt twee keer voor</translation>
        </message>
        <message>
            <source>the PED file lists nobody</source>
            <translation>het PED-bestand bevat geen personen</translation>
        </message>
        <message>
            <source>the source %1 is in more than one frequency cache</source>
            <translation>de bron %1 staat in meer dan één frequentiecache</translation>
        </message>
        <message>
            <source>the annotation was cancelled</source>
            <translation>de annotatie is geannuleerd</translation>
        </message>
        <message>
            <source>empty blob</source>
            <translation>lege blob</translation>
        </message>
        <message>
            <source>unknown chunk encoding %1</source>
            <translation>onbekende blokcodering %1</translation>
        </message>
        <message>
            <source>bad size</source>
            <translation>ongeldige grootte</translation>
        </message>
        <message>
            <source>the compressed data does not inflate</source>
            <translation>de gecomprimeerde gegevens kunnen niet worden uitgepakt</translation>
        </message>
        <message>
            <source>bad site count</source>
            <translation>ongeldig aantal posities</translation>
        </message>
        <message>
            <source>%1 columns instead of %2</source>
            <translation>%1 kolommen in plaats van %2</translation>
        </message>
        <message>
            <source>bad position</source>
            <translation>ongeldige positie</translation>
        </message>
        <message>
            <source>bad allele table</source>
            <translation>ongeldige allelentabel</translation>
        </message>
        <message>
            <source>bad allele code</source>
            <translation>ongeldige allelcode</translation>
        </message>
        <message>
            <source>truncated site table</source>
            <translation>afgebroken positietabel</translation>
        </message>
        <message>
            <source>bad integer value</source>
            <translation>ongeldige gehele waarde</translation>
        </message>
        <message>
            <source>truncated float column</source>
            <translation>afgebroken kolom met decimale getallen</translation>
        </message>
        <message>
            <source>bad text table</source>
            <translation>ongeldige teksttabel</translation>
        </message>
        <message>
            <source>bad text index</source>
            <translation>ongeldige tekstindex</translation>
        </message>
        <message>
            <source>truncated column</source>
            <translation>afgebroken kolom</translation>
        </message>
        <message>
            <source>trailing bytes</source>
            <translation>overtollige bytes aan het einde</translation>
        </message>
        <message>
            <source>cannot read the frequency cache</source>
            <translation>kan de frequentiecache niet lezen</translation>
        </message>
        <message>
            <source>not a frequency cache (not an SQLite database, or truncated)</source>
            <translation>geen frequentiecache (geen SQLite-database, of afgebroken)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (bad page size)</source>
            <translation>de frequentiecache is beschadigd (ongeldige paginagrootte)</translation>
        </message>
        <message>
            <source>the frequency cache is truncated: %1 of %2 bytes</source>
            <translation>de frequentiecache is afgebroken: %1 van %2 bytes</translation>
        </message>
        <message>
            <source>the frequency cache is truncated (size %1 is not a multiple of the page size %2)</source>
            <translation>de frequentiecache is afgebroken (grootte %1 is geen veelvoud van de paginagrootte %2)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (%1: %2)</source>
            <translation>de frequentiecache is beschadigd (%1: %2)</translation>
        </message>
        <message>
            <source>the frequency cache is in use by another program (%1)</source>
            <translation>de frequentiecache wordt door een ander programma gebruikt (%1)</translation>
        </message>
        <message>
            <source>cannot write the frequency cache (%1: %2)</source>
            <translation>kan de frequentiecache niet schrijven (%1: %2)</translation>
        </message>
        <message>
            <source>frequency cache error (%1: %2)</source>
            <translation>fout in de frequentiecache (%1: %2)</translation>
        </message>
        <message>
            <source>frequency cache not found</source>
            <translation>frequentiecache niet gevonden</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>geen bestand</translation>
        </message>
        <message>
            <source>the frequency cache is empty (0 bytes)</source>
            <translation>de frequentiecache is leeg (0 bytes)</translation>
        </message>
        <message>
            <source>cannot open the frequency cache: %1</source>
            <translation>kan de frequentiecache niet openen: %1</translation>
        </message>
        <message>
            <source>reading the header</source>
            <translation>bij het lezen van de header</translation>
        </message>
        <message>
            <source>reading the schema</source>
            <translation>bij het lezen van het schema</translation>
        </message>
        <message>
            <source>the file is an empty SQLite database, not a frequency cache</source>
            <translation>het bestand is een lege SQLite-database, geen frequentiecache</translation>
        </message>
        <message>
            <source>creating the cache</source>
            <translation>bij het aanmaken van de cache</translation>
        </message>
        <message>
            <source>the file is an SQLite database but not a GenomeDesk frequency cache</source>
            <translation>het bestand is een SQLite-database maar geen GenomeDesk-frequentiecache</translation>
        </message>
        <message>
            <source>reading the metadata</source>
            <translation>bij het lezen van de metadata</translation>
        </message>
        <message>
            <source>the frequency cache has no valid format record</source>
            <translation>de frequentiecache heeft geen geldig formaatrecord</translation>
        </message>
        <message>
            <source>the frequency cache has format version %1; this GenomeDesk reads up to version %2</source>
            <translation>de frequentiecache heeft formaatversie %1; deze GenomeDesk leest tot en met versie %2</translation>
        </message>
        <message>
            <source>reading the sources</source>
            <translation>bij het lezen van de bronnen</translation>
        </message>
        <message>
            <source>reading the populations</source>
            <translation>bij het lezen van de populaties</translation>
        </message>
        <message>
            <source>reading the fields</source>
            <translation>bij het lezen van de velden</translation>
        </message>
        <message>
            <source>the frequency cache is for %1 but the case is %2; use a cache built from %2 sources</source>
            <translation>de frequentiecache is voor %1 maar de casus is %2; gebruik een cache die is opgebouwd uit %2-bronnen</translation>
        </message>
        <message>
            <source>reading sites</source>
            <translation>bij het lezen van posities</translation>
        </message>
        <message>
            <source>reading sites of %1:%2</source>
            <translation>bij het lezen van posities van %1:%2</translation>
        </message>
        <message>
            <source>%1 (source %2, contig %3, window %4)</source>
            <translation>%1 (bron %2, contig %3, venster %4)</translation>
        </message>
        <message>
            <source>the frequency cache has no source called %1</source>
            <translation>de frequentiecache heeft geen bron met de naam %1</translation>
        </message>
        <message>
            <source>removing a source</source>
            <translation>bij het verwijderen van een bron</translation>
        </message>
        <message>
            <source>the frequency cache holds %1 data but the source %2 is %3</source>
            <translation>de frequentiecache bevat %1-gegevens maar de bron %2 is %3</translation>
        </message>
        <message>
            <source>of an unknown build</source>
            <translation>van een onbekende build</translation>
        </message>
        <message>
            <source>a source needs a name and a version</source>
            <translation>een bron heeft een naam en een versie nodig</translation>
        </message>
        <message>
            <source>a source needs at least one field</source>
            <translation>een bron heeft minstens één veld nodig</translation>
        </message>
        <message>
            <source>starting the import</source>
            <translation>bij het starten van de import</translation>
        </message>
        <message>
            <source>replacing the source</source>
            <translation>bij het vervangen van de bron</translation>
        </message>
        <message>
            <source>writing the source</source>
            <translation>bij het schrijven van de bron</translation>
        </message>
        <message>
            <source>writing the populations</source>
            <translation>bij het schrijven van de populaties</translation>
        </message>
        <message>
            <source>writing the fields</source>
            <translation>bij het schrijven van de velden</translation>
        </message>
        <message>
            <source>writing the build</source>
            <translation>bij het schrijven van de build</translation>
        </message>
        <message>
            <source>writing sites</source>
            <translation>bij het schrijven van posities</translation>
        </message>
        <message>
            <source>writing the coverage</source>
            <translation>bij het schrijven van de dekking</translation>
        </message>
        <message>
            <source>finishing the import</source>
            <translation>bij het afronden van de import</translation>
        </message>
        <message>
            <source>committing the import</source>
            <translation>bij het vastleggen van de import</translation>
        </message>
        <message>
            <source>cannot read the field map</source>
            <translation>kan de veldtoewijzing niet lezen</translation>
        </message>
        <message>
            <source>expected &lt;metric&gt; &lt;population&gt; &lt;INFO key&gt; [type] or population &lt;label&gt; &lt;description&gt; [count]</source>
            <translation>verwacht: &lt;metric&gt; &lt;population&gt; &lt;INFO key&gt; [type] of population &lt;label&gt; &lt;description&gt; [count]</translation>
        </message>
        <message>
            <source>the sample count %1 is not a number</source>
            <translation>het aantal samples %1 is geen getal</translation>
        </message>
        <message>
            <source>unknown type %1 (Integer, Float or String)</source>
            <translation>onbekend type %1 (Integer, Float of String)</translation>
        </message>
        <message>
            <source>the field map maps no field</source>
            <translation>de veldtoewijzing wijst geen enkel veld toe</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>bestand niet gevonden</translation>
        </message>
        <message>
            <source>not a readable file</source>
            <translation>geen leesbaar bestand</translation>
        </message>
        <message>
            <source>the source name %1 must start with a letter and contain only letters, digits and '_' (it prefixes INFO keys)</source>
            <translation>de bronnaam %1 moet met een letter beginnen en mag alleen letters, cijfers en '_' bevatten (hij wordt als voorvoegsel van INFO-sleutels gebruikt)</translation>
        </message>
        <message>
            <source>htslib cannot open the file</source>
            <translation>htslib kan het bestand niet openen</translation>
        </message>
        <message>
            <source>not a VCF or BCF file</source>
            <translation>geen VCF- of BCF-bestand</translation>
        </message>
        <message>
            <source>the file is truncated (the BGZF end-of-file marker is missing)</source>
            <translation>het bestand is afgebroken (de BGZF-einde-bestandsmarkering ontbreekt)</translation>
        </message>
        <message>
            <source>the VCF header is missing or invalid</source>
            <translation>de VCF-header ontbreekt of is ongeldig</translation>
        </message>
        <message>
            <source>the sites VCF header says %1 but %2 was given</source>
            <translation>de header van de sites-VCF vermeldt %1, maar %2 is opgegeven</translation>
        </message>
        <message>
            <source>cannot tell the genome build of the sites VCF from its header; give it (GRCh37 or GRCh38)</source>
            <translation>de genoombuild van de sites-VCF is niet uit de header af te leiden; geef deze op (GRCh37 of GRCh38)</translation>
        </message>
        <message>
            <source>All samples of the source</source>
            <translation>Alle samples van de bron</translation>
        </message>
        <message>
            <source>the sites VCF does not declare the INFO field(s) %1; check --populations or the field map</source>
            <translation>de sites-VCF declareert het INFO-veld/de INFO-velden %1 niet; controleer --populations of de veldtoewijzing</translation>
        </message>
        <message>
            <source>the sites VCF has no frequency fields to import</source>
            <translation>de sites-VCF heeft geen frequentievelden om te importeren</translation>
        </message>
        <message>
            <source>the INFO field %1 must have Number=A, R or 1</source>
            <translation>het INFO-veld %1 moet Number=A, R of 1 hebben</translation>
        </message>
        <message>
            <source>cannot read the record (truncated or malformed file)</source>
            <translation>kan het record niet lezen (afgebroken of ongeldig bestand)</translation>
        </message>
        <message>
            <source>the import was cancelled</source>
            <translation>de import is geannuleerd</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted: contig %1 appears in two blocks</source>
            <translation>de sites-VCF is niet gesorteerd: contig %1 komt in twee blokken voor</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted by position</source>
            <translation>de sites-VCF is niet op positie gesorteerd</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate site(s) dropped; the first record wins</source>
            <translation>
                <numerusform>%n dubbele positie verwijderd; het eerste record geldt</numerusform>
                <numerusform>%n dubbele posities verwijderd; het eerste record geldt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symbolic, breakend or '*' allele(s) skipped</source>
            <translation>
                <numerusform>%n symbolisch, breakend- of '*'-allel overgeslagen</numerusform>
                <numerusform>%n symbolische, breakend- of '*'-allelen overgeslagen</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown output format; name the file .vcf.gz, .bcf, .vcf or .tsv</source>
            <translation>onbekend uitvoerformaat; geef het bestand de extensie .vcf.gz, .bcf, .vcf of .tsv</translation>
        </message>
        <message>
            <source>the input already declares INFO/%1 differently</source>
            <translation>de invoer declareert INFO/%1 al op een andere manier</translation>
        </message>
        <message>
            <source>cannot extend the VCF header</source>
            <translation>kan de VCF-header niet uitbreiden</translation>
        </message>
        <message>
            <source>cannot write in the output directory</source>
            <translation>kan niet schrijven in de uitvoermap</translation>
        </message>
        <message>
            <source>cannot create the output file</source>
            <translation>kan het uitvoerbestand niet aanmaken</translation>
        </message>
        <message>
            <source>cannot write the output header</source>
            <translation>kan de uitvoerheader niet schrijven</translation>
        </message>
        <message>
            <source>cannot write the output</source>
            <translation>kan de uitvoer niet schrijven</translation>
        </message>
        <message>
            <source>cannot update INFO/%1</source>
            <translation>kan INFO/%1 niet bijwerken</translation>
        </message>
        <message>
            <source>cannot finish the output file</source>
            <translation>kan het uitvoerbestand niet afronden</translation>
        </message>
        <message>
            <source>cannot rename the output into place</source>
            <translation>kan de uitvoer niet naar de definitieve locatie hernoemen</translation>
        </message>
        <message>
            <source>undeclared key(s) dropped from the output: %1</source>
            <translation>niet-gedeclareerde sleutel(s) uit de uitvoer verwijderd: %1</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>kan het bestand niet openen</translation>
        </message>
        <message>
            <source>import cancelled</source>
            <translation>import geannuleerd</translation>
        </message>
        <message>
            <source>the file is damaged or truncated</source>
            <translation>het bestand is beschadigd of afgebroken</translation>
        </message>
        <message>
            <source>knowledge base error: %1</source>
            <translation>fout in de kennisbank: %1</translation>
        </message>
        <message>
            <source>cannot open the knowledge base: %1</source>
            <translation>kan de kennisbank niet openen: %1</translation>
        </message>
        <message>
            <source>knowledge base schema %1 is not supported (expected %2)</source>
            <translation>schema %1 van de kennisbank wordt niet ondersteund (verwacht: %2)</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene file</source>
            <translation>geef de genoombuild (GRCh37 of GRCh38) van het genenbestand op</translation>
        </message>
        <message>
            <source>expected a BED line: contig, start, end, gene symbol</source>
            <translation>verwacht een BED-regel: contig, start, eind, gensymbool</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene model</source>
            <translation>geef de genoombuild (GRCh37 of GRCh38) van het genmodel op</translation>
        </message>
        <message>
            <source>expected 9 tab-separated GTF/GFF3 columns with start &lt;= end</source>
            <translation>verwacht 9 door tabs gescheiden GTF/GFF3-kolommen met start &lt;= eind</translation>
        </message>
        <message>
            <source>expected the #CHROM header line</source>
            <translation>verwacht de #CHROM-headerregel</translation>
        </message>
        <message>
            <source>the ClinVar file does not say its genome build (##reference); give it with --build</source>
            <translation>het ClinVar-bestand vermeldt zijn genoombuild niet (##reference); geef deze op met --build</translation>
        </message>
        <message>
            <source>data before the #CHROM header line</source>
            <translation>gegevens vóór de #CHROM-headerregel</translation>
        </message>
        <message>
            <source>expected at least 8 VCF columns with a numeric POS</source>
            <translation>verwacht minstens 8 VCF-kolommen met een numerieke POS</translation>
        </message>
        <message>
            <source>no #CHROM header line</source>
            <translation>geen #CHROM-headerregel</translation>
        </message>
        <message>
            <source>not a PanelApp TSV (no gene_symbol column) or panel BED (no ##gene_panel header)</source>
            <translation>geen PanelApp-TSV (geen kolom gene_symbol) of panel-BED (geen header ##gene_panel)</translation>
        </message>
        <message>
            <source>expected %1 columns, found %2</source>
            <translation>verwacht %1 kolommen, gevonden: %2</translation>
        </message>
        <message>
            <source>a panel gene needs a panel and a symbol</source>
            <translation>een panelgen heeft een panel en een symbool nodig</translation>
        </message>
        <message>
            <source>not found in %1</source>
            <translation>niet gevonden in %1</translation>
        </message>
        <message>
            <source>the genome build of the case is unknown; choose GRCh37 or GRCh38</source>
            <translation>de genoombuild van de casus is onbekend; kies GRCh37 of GRCh38</translation>
        </message>
        <message>
            <source>the frequency cache is %1 but the case is %2; use a cache of the case's build</source>
            <translation>de frequentiecache is %1 maar de casus is %2; gebruik een cache van de build van de casus</translation>
        </message>
        <message>
            <source>the case has no samples, so there is no patient to evaluate</source>
            <translation>de casus heeft geen samples, dus er is geen patiënt om te beoordelen</translation>
        </message>
        <message>
            <source>there is no sample %1 in the case</source>
            <translation>er is geen sample %1 in de casus</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>consent file not found</source>
            <translation>toestemmingsbestand niet gevonden</translation>
        </message>
        <message>
            <source>cannot read the consent file: %1</source>
            <translation>kan het toestemmingsbestand niet lezen: %1</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>geen geldige JSON: %1</translation>
        </message>
        <message>
            <source>not a GenomeDesk consent profile: "format" must be "genomedesk-consent"</source>
            <translation>geen GenomeDesk-toestemmingsprofiel: "format" moet "genomedesk-consent" zijn</translation>
        </message>
        <message>
            <source>unsupported consent formatVersion (this GenomeDesk reads 1)</source>
            <translation>niet-ondersteunde formatVersion van de toestemming (deze GenomeDesk leest 1)</translation>
        </message>
        <message>
            <source>"ageGroup" must be "adult" or "minor"</source>
            <translation>"ageGroup" moet "adult" of "minor" zijn</translation>
        </message>
        <message>
            <source>"recordedOn" must be a date such as 2026-11-20</source>
            <translation>"recordedOn" moet een datum zijn, zoals 2026-11-20</translation>
        </message>
        <message>
            <source>"recordedBy" must name who recorded the consent</source>
            <translation>"recordedBy" moet vermelden wie de toestemming heeft vastgelegd</translation>
        </message>
        <message>
            <source>consent for "%1" must be "opt-in" or "opt-out"</source>
            <translation>toestemming voor "%1" moet "opt-in" of "opt-out" zijn</translation>
        </message>
        <message>
            <source>consent category "%1" is not defined by policy %2</source>
            <translation>toestemmingscategorie "%1" is niet gedefinieerd in beleid %2</translation>
        </message>
        <message>
            <source>cannot read the indication: %1</source>
            <translation>kan de indicatie niet lezen: %1</translation>
        </message>
        <message>
            <source>"%1" is not a gene symbol</source>
            <translation>"%1" is geen gensymbool</translation>
        </message>
        <message>
            <source>"%1" must be a non-empty text</source>
            <translation>"%1" moet een niet-lege tekst zijn</translation>
        </message>
        <message>
            <source>"%1" must be a list of texts</source>
            <translation>"%1" moet een lijst met teksten zijn</translation>
        </message>
        <message>
            <source>"%1" must be one of %2, not %3</source>
            <translation>"%1" moet een van %2 zijn, niet %3</translation>
        </message>
        <message>
            <source>policy file not found</source>
            <translation>beleidsbestand niet gevonden</translation>
        </message>
        <message>
            <source>cannot read the policy: %1</source>
            <translation>kan het beleid niet lezen: %1</translation>
        </message>
        <message>
            <source>a policy must be a JSON object</source>
            <translation>een beleid moet een JSON-object zijn</translation>
        </message>
        <message>
            <source>not a GenomeDesk policy: "format" must be "%1"</source>
            <translation>geen GenomeDesk-beleid: "format" moet "%1" zijn</translation>
        </message>
        <message>
            <source>unsupported policy formatVersion %1 (this GenomeDesk reads %2)</source>
            <translation>niet-ondersteunde formatVersion %1 van het beleid (deze GenomeDesk leest %2)</translation>
        </message>
        <message>
            <source>policy id "%1" may only hold lower-case letters, digits, '.' and '-'</source>
            <translation>beleids-id "%1" mag alleen kleine letters, cijfers, '.' en '-' bevatten</translation>
        </message>
        <message>
            <source>policy version "%1" is not a version number such as 3.2</source>
            <translation>beleidsversie "%1" is geen versienummer zoals 3.2</translation>
        </message>
        <message>
            <source>"revision" must be a whole number from 1</source>
            <translation>"revision" moet een geheel getal vanaf 1 zijn</translation>
        </message>
        <message>
            <source>"consent" must give a "model": opt-in or opt-out</source>
            <translation>"consent" moet een "model" opgeven: opt-in of opt-out</translation>
        </message>
        <message>
            <source>consent category "%1" is empty or given twice</source>
            <translation>toestemmingscategorie "%1" is leeg of twee keer opgegeven</translation>
        </message>
        <message>
            <source>"consent" must list its "categories"</source>
            <translation>"consent" moet zijn "categories" opsommen</translation>
        </message>
        <message>
            <source>unknown classification "%1" in "reportable"</source>
            <translation>onbekende classificatie "%1" in "reportable"</translation>
        </message>
        <message>
            <source>"classification" must list the "reportable" classifications</source>
            <translation>"classification" moet de "reportable" classificaties opsommen</translation>
        </message>
        <message>
            <source>"clinvarMinimumStars" must be a whole number from 0 to 4</source>
            <translation>"clinvarMinimumStars" moet een geheel getal van 0 tot en met 4 zijn</translation>
        </message>
        <message>
            <source>"ba1" must be an allele frequency above 0 and at most 1</source>
            <translation>"ba1" moet een allelfrequentie groter dan 0 en hoogstens 1 zijn</translation>
        </message>
        <message>
            <source>"truncatingConsequences" must list SO terms</source>
            <translation>"truncatingConsequences" moet SO-termen opsommen</translation>
        </message>
        <message>
            <source>"genes" must be a non-empty list</source>
            <translation>"genes" moet een niet-lege lijst zijn</translation>
        </message>
        <message>
            <source>each entry of "genes" must be an object</source>
            <translation>elk item van "genes" moet een object zijn</translation>
        </message>
        <message>
            <source>gene symbol "%1" is not a valid HGNC symbol</source>
            <translation>gensymbool "%1" is geen geldig HGNC-symbool</translation>
        </message>
        <message>
            <source>gene %1 is listed twice</source>
            <translation>gen %1 staat twee keer vermeld</translation>
        </message>
        <message>
            <source>gene %1: "hgncId" must look like HGNC:1234</source>
            <translation>gen %1: "hgncId" moet eruitzien als HGNC:1234</translation>
        </message>
        <message>
            <source>unknown gene %1: not in the knowledge base's gene model</source>
            <translation>onbekend gen %1: niet in het genmodel van de kennisbank</translation>
        </message>
        <message>
            <source>gene %1: HGNC id %2 does not match the gene model's %3</source>
            <translation>gen %1: HGNC-id %2 komt niet overeen met %3 uit het genmodel</translation>
        </message>
        <message>
            <source>gene %1: "inheritance" is missing</source>
            <translation>gen %1: "inheritance" ontbreekt</translation>
        </message>
        <message>
            <source>gene %1: unknown rule "%2" (known rules: %3)</source>
            <translation>gen %1: onbekende regel "%2" (bekende regels: %3)</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" does not fit inheritance %3</source>
            <translation>gen %1: regel "%2" past niet bij overervingswijze %3</translation>
        </message>
        <message>
            <source>gene %1: "onset" is missing (childhood or adult)</source>
            <translation>gen %1: "onset" ontbreekt (childhood of adult)</translation>
        </message>
        <message>
            <source>gene %1: consent category "%2" is not defined in "consent"</source>
            <translation>gen %1: toestemmingscategorie "%2" is niet gedefinieerd in "consent"</translation>
        </message>
        <message>
            <source>gene %1: "maximumCredibleAf" must be above 0 and at most 1</source>
            <translation>gen %1: "maximumCredibleAf" moet groter dan 0 en hoogstens 1 zijn</translation>
        </message>
        <message>
            <source>gene %1: %2 position "%3" must look like 6-26092913-G-A</source>
            <translation>gen %1: %2-positie "%3" moet eruitzien als 6-26092913-G-A</translation>
        </message>
        <message>
            <source>gene %1: a listed variant needs a "name"</source>
            <translation>gen %1: een vermelde variant heeft een "name" nodig</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" needs a list of "variants"</source>
            <translation>gen %1: regel "%2" heeft een lijst met "variants" nodig</translation>
        </message>
        <message>
            <source>report as primary finding</source>
            <translation>rapporteren als primaire bevinding</translation>
        </message>
        <message>
            <source>report as secondary finding</source>
            <translation>rapporteren als nevenbevinding</translation>
        </message>
        <message>
            <source>not reported: no consent</source>
            <translation>niet gerapporteerd: geen toestemming</translation>
        </message>
        <message>
            <source>not reportable</source>
            <translation>niet rapporteerbaar</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>beoordeling nodig</translation>
        </message>
        <message>
            <source>heterozygous</source>
            <translation>heterozygoot</translation>
        </message>
        <message>
            <source>homozygous</source>
            <translation>homozygoot</translation>
        </message>
        <message>
            <source>hemizygous</source>
            <translation>hemizygoot</translation>
        </message>
        <message>
            <source>homozygous reference</source>
            <translation>homozygoot referentie</translation>
        </message>
        <message>
            <source>another alternate allele</source>
            <translation>een ander alternatief allel</translation>
        </message>
        <message>
            <source>no call</source>
            <translation>geen call</translation>
        </message>
        <message>
            <source>male</source>
            <translation>man</translation>
        </message>
        <message>
            <source>female</source>
            <translation>vrouw</translation>
        </message>
        <message>
            <source>sex unknown</source>
            <translation>geslacht onbekend</translation>
        </message>
        <message>
            <source>The variant is not in a known gene.</source>
            <translation>De variant ligt niet in een bekend gen.</translation>
        </message>
        <message>
            <source>The patient does not carry this allele (genotype: %1).</source>
            <translation>De patiënt draagt dit allel niet (genotype: %1).</translation>
        </message>
        <message>
            <source>%1 (%2) is %3 in the policy.</source>
            <translation>%1 (%2) is %3 in het beleid.</translation>
        </message>
        <message>
            <source>source not given</source>
            <translation>bron niet opgegeven</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the BA1 threshold of %3, but the policy exempts %4 %5 from BA1.</source>
            <translation>Populatie-allelfrequentie %1 (%2) ligt boven de BA1-drempel van %3, maar het beleid zondert %4 %5 uit van BA1.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is at or above the BA1 threshold of %3: benign by frequency.</source>
            <translation>Populatie-allelfrequentie %1 (%2) ligt op of boven de BA1-drempel van %3: benigne op basis van frequentie.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the maximum credible frequency of %3 for %4.</source>
            <translation>Populatie-allelfrequentie %1 (%2) ligt boven de maximale geloofwaardige frequentie van %3 voor %4.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is below the policy's ceilings.</source>
            <translation>Populatie-allelfrequentie %1 (%2) ligt onder de grenswaarden van het beleid.</translation>
        </message>
        <message>
            <source>No population frequency is available; the frequency ceilings could not be checked.</source>
            <translation>Er is geen populatiefrequentie beschikbaar; de frequentiegrenzen konden niet worden gecontroleerd.</translation>
        </message>
        <message>
            <source>The laboratory classified the variant as %1; this overrides ClinVar.</source>
            <translation>Het laboratorium heeft de variant geclassificeerd als %1; dit gaat boven ClinVar.</translation>
        </message>
        <message numerus="yes">
            <source>ClinVar reports conflicting classifications (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar meldt tegenstrijdige classificaties (%n beoordelingsster).</numerusform>
                <numerusform>ClinVar meldt tegenstrijdige classificaties (%n beoordelingssterren).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 with %n review star(s), below the policy's minimum of %2.</source>
            <translation>
                <numerusform>ClinVar classificeert deze als %1 met %n beoordelingsster, onder het minimum van %2 uit het beleid.</numerusform>
                <numerusform>ClinVar classificeert deze als %1 met %n beoordelingssterren, onder het minimum van %2 uit het beleid.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar classificeert deze als %1 (%n beoordelingsster).</numerusform>
                <numerusform>ClinVar classificeert deze als %1 (%n beoordelingssterren).</numerusform>
            </translation>
        </message>
        <message>
            <source>The variant has no classification (not in ClinVar and not classified by the laboratory).</source>
            <translation>De variant heeft geen classificatie (niet in ClinVar en niet door het laboratorium geclassificeerd).</translation>
        </message>
        <message>
            <source>%1 is in the case's indication.</source>
            <translation>%1 valt onder de indicatie van de casus.</translation>
        </message>
        <message>
            <source>%1 is in the case's indication (%2).</source>
            <translation>%1 valt onder de indicatie van de casus (%2).</translation>
        </message>
        <message>
            <source>A %1 variant in an indication gene is a primary finding.</source>
            <translation>Een %1 variant in een indicatiegen is een primaire bevinding.</translation>
        </message>
        <message>
            <source>The classification must be reviewed before this primary finding can be reported or dismissed.</source>
            <translation>De classificatie moet worden beoordeeld voordat deze primaire bevinding kan worden gerapporteerd of verworpen.</translation>
        </message>
        <message>
            <source>Only pathogenic and likely pathogenic variants are reported.</source>
            <translation>Alleen pathogene en waarschijnlijk pathogene varianten worden gerapporteerd.</translation>
        </message>
        <message>
            <source>%1 is neither in the indication nor on the policy's list (%2).</source>
            <translation>%1 valt niet onder de indicatie en staat niet op de lijst van het beleid (%2).</translation>
        </message>
        <message>
            <source>%1 is on the policy's list (%2, rule: %3).</source>
            <translation>%1 staat op de lijst van het beleid (%2, regel: %3).</translation>
        </message>
        <message>
            <source>For %1 only homozygous %2 is reported; this variant is not %2.</source>
            <translation>Voor %1 wordt alleen homozygoot %2 gerapporteerd; deze variant is niet %2.</translation>
        </message>
        <message>
            <source>%1 is listed by the policy, but classified as %2.</source>
            <translation>%1 staat in het beleid, maar is geclassificeerd als %2.</translation>
        </message>
        <message>
            <source>The variant is %1 %2, named by the policy.</source>
            <translation>De variant is %1 %2, bij naam genoemd in het beleid.</translation>
        </message>
        <message>
            <source>Conflicting classifications in a policy gene must be reviewed.</source>
            <translation>Tegenstrijdige classificaties in een beleidsgen moeten worden beoordeeld.</translation>
        </message>
        <message>
            <source>The policy does not report variants with conflicting classifications.</source>
            <translation>Het beleid rapporteert geen varianten met tegenstrijdige classificaties.</translation>
        </message>
        <message>
            <source>The classification must be confirmed by the laboratory before it can be reported.</source>
            <translation>De classificatie moet door het laboratorium worden bevestigd voordat deze kan worden gerapporteerd.</translation>
        </message>
        <message>
            <source>An unclassified %1 variant in a policy gene must be classified.</source>
            <translation>Een niet-geclassificeerde %1 variant in een beleidsgen moet worden geclassificeerd.</translation>
        </message>
        <message>
            <source>Only classified pathogenic and likely pathogenic variants are reported.</source>
            <translation>Alleen geclassificeerde pathogene en waarschijnlijk pathogene varianten worden gerapporteerd.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported, and the consequence of this variant is not known.</source>
            <translation>Voor %1 worden alleen truncerende varianten gerapporteerd, en het effect van deze variant is niet bekend.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported; %2 is not truncating.</source>
            <translation>Voor %1 worden alleen truncerende varianten gerapporteerd; %2 is niet truncerend.</translation>
        </message>
        <message>
            <source>The variant is truncating (%1).</source>
            <translation>De variant is truncerend (%1).</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants in trans (phase from the parents or phased calls): biallelic.</source>
            <translation>%1 heeft %2 heterozygote P/LP-varianten in trans (fase op basis van de ouders of gefaseerde calls): bi-allelisch.</translation>
        </message>
        <message>
            <source>The heterozygous P/LP variants in %1 are on the same parental allele (in cis): not biallelic → not reportable.</source>
            <translation>De heterozygote P/LP-varianten in %1 liggen op hetzelfde ouderlijke allel (in cis): niet bi-allelisch → niet rapporteerbaar.</translation>
        </message>
        <message>
            <source>Another variant in %1 needs review; together they could be biallelic.</source>
            <translation>Een andere variant in %1 moet worden beoordeeld; samen zouden ze bi-allelisch kunnen zijn.</translation>
        </message>
        <message>
            <source>One heterozygous P/LP variant in %1: carrier status, which this policy reports.</source>
            <translation>Eén heterozygote P/LP-variant in %1: dragerschap, dat dit beleid rapporteert.</translation>
        </message>
        <message>
            <source>%1 is reported for every P/LP variant (%2 found).</source>
            <translation>%1 wordt gerapporteerd voor elke P/LP-variant (%2 gevonden).</translation>
        </message>
        <message>
            <source>%1 is X-linked: hemizygous, heterozygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1 is X-gebonden: hemizygote, heterozygote en homozygote P/LP-varianten worden gerapporteerd (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a homozygous P/LP variant is reportable.</source>
            <translation>%1 is alleen bi-allelisch: een homozygote P/LP-variant is rapporteerbaar.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a hemizygous P/LP variant (no second allele) is reportable.</source>
            <translation>%1 is alleen bi-allelisch: een hemizygote P/LP-variant (geen tweede allel) is rapporteerbaar.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; one heterozygous P/LP variant found → not reportable.</source>
            <translation>%1 is alleen bi-allelisch: één heterozygote P/LP-variant gevonden → niet rapporteerbaar.</translation>
        </message>
        <message>
            <source>%1: hemizygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1: hemizygote en homozygote P/LP-varianten worden gerapporteerd (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is on chromosome X and the patient is male: the heterozygous call is read as hemizygous.</source>
            <translation>%1 ligt op chromosoom X en de patiënt is man: de heterozygote call wordt als hemizygoot gelezen.</translation>
        </message>
        <message>
            <source>%1: one heterozygous P/LP variant and the patient's sex is unknown; in a male it would be hemizygous.</source>
            <translation>%1: één heterozygote P/LP-variant en het geslacht van de patiënt is onbekend; bij een man zou deze hemizygoot zijn.</translation>
        </message>
        <message>
            <source>%1: a single heterozygous P/LP variant in a female is not reported; only hemizygous, homozygous or two heterozygous variants are.</source>
            <translation>%1: één heterozygote P/LP-variant bij een vrouw wordt niet gerapporteerd; alleen hemizygote, homozygote of twee heterozygote varianten worden gerapporteerd.</translation>
        </message>
        <message>
            <source>%1: the named variant is homozygous, which the policy reports.</source>
            <translation>%1: de genoemde variant is homozygoot, wat het beleid rapporteert.</translation>
        </message>
        <message>
            <source>%1: only homozygotes of the named variant are reported; %2 carriers and compound heterozygotes are not.</source>
            <translation>%1: alleen homozygoten voor de genoemde variant worden gerapporteerd; %2-dragers en samengesteld heterozygoten niet.</translation>
        </message>
        <message>
            <source>recorded on %1 by %2</source>
            <translation>vastgelegd op %1 door %2</translation>
        </message>
        <message>
            <source>The patient is a minor: adult-onset conditions are not reported for minors by default.</source>
            <translation>De patiënt is minderjarig: aandoeningen die op volwassen leeftijd beginnen, worden standaard niet gerapporteerd bij minderjarigen.</translation>
        </message>
        <message>
            <source>The patient opted in to "%1" (%2): report as a secondary finding.</source>
            <translation>De patiënt heeft gekozen voor "%1" (%2): rapporteren als nevenbevinding.</translation>
        </message>
        <message>
            <source>The patient opted out of "%1" (%2).</source>
            <translation>De patiënt heeft afgezien van "%1" (%2).</translation>
        </message>
        <message>
            <source>No choice is recorded for "%1"; under the policy's opt-out model it is reported as a secondary finding.</source>
            <translation>Voor "%1" is geen keuze vastgelegd; volgens het opt-outmodel van het beleid wordt het als nevenbevinding gerapporteerd.</translation>
        </message>
        <message>
            <source>No consent is recorded for "%1"; the policy's opt-in model requires it.</source>
            <translation>Voor "%1" is geen toestemming vastgelegd; het opt-inmodel van het beleid vereist dit.</translation>
        </message>
        <message>
            <source>unclassified</source>
            <translation>niet geclassificeerd</translation>
        </message>
        <message>
            <source>pathogenic</source>
            <translation>pathogeen</translation>
        </message>
        <message>
            <source>likely pathogenic</source>
            <translation>waarschijnlijk pathogeen</translation>
        </message>
        <message>
            <source>uncertain significance</source>
            <translation>onzekere klinische betekenis</translation>
        </message>
        <message>
            <source>likely benign</source>
            <translation>waarschijnlijk benigne</translation>
        </message>
        <message>
            <source>benign</source>
            <translation>benigne</translation>
        </message>
        <message>
            <source>conflicting classifications</source>
            <translation>tegenstrijdige classificaties</translation>
        </message>
        <message>
            <source>other (not a pathogenicity classification)</source>
            <translation>overig (geen pathogeniteitsclassificatie)</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria: %1</source>
            <translation>ACMG/AMP-criteria: %1</translation>
        </message>
        <message>
            <source>Inheritance: %1</source>
            <translation>Overerving: %1</translation>
        </message>
        <message>
            <source>Consent category: %1</source>
            <translation>Toestemmingscategorie: %1</translation>
        </message>
        <message>
            <source>Policy: %1</source>
            <translation>Beleid: %1</translation>
        </message>
        <message>
            <source>Reviewer's comment: %1</source>
            <translation>Opmerking van de beoordelaar: %1</translation>
        </message>
        <message>
            <source>Primary findings</source>
            <translation>Primaire bevindingen</translation>
        </message>
        <message>
            <source>Primary findings for the indication: %1</source>
            <translation>Primaire bevindingen voor de indicatie: %1</translation>
        </message>
        <message>
            <source>Secondary findings</source>
            <translation>Nevenbevindingen</translation>
        </message>
        <message>
            <source>Secondary findings (%1)</source>
            <translation>Nevenbevindingen (%1)</translation>
        </message>
        <message>
            <source>Variants of uncertain significance</source>
            <translation>Varianten met onzekere klinische betekenis</translation>
        </message>
        <message>
            <source>GenomeDesk report, version %1</source>
            <translation>GenomeDesk-verslag, versie %1</translation>
        </message>
        <message>
            <source>de novo (absent in both parents)</source>
            <translation>de novo (afwezig bij beide ouders)</translation>
        </message>
        <message>
            <source>homozygous, both parents heterozygous carriers</source>
            <translation>homozygoot, beide ouders heterozygote dragers</translation>
        </message>
        <message>
            <source>compound heterozygous (in trans)</source>
            <translation>samengesteld heterozygoot (in trans)</translation>
        </message>
        <message>
            <source>X-linked, inherited from the mother</source>
            <translation>X-gebonden, geërfd van de moeder</translation>
        </message>
        <message>
            <source>inconsistent with the parents' genotypes</source>
            <translation>niet in overeenstemming met de genotypen van de ouders</translation>
        </message>
        <message>
            <source>present in both parents</source>
            <translation>aanwezig bij beide ouders</translation>
        </message>
        <message>
            <source>inherited from the mother</source>
            <translation>geërfd van de moeder</translation>
        </message>
        <message>
            <source>inherited from the father</source>
            <translation>geërfd van de vader</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n review star(s))</source>
            <translation>
                <numerusform>%1 (%n beoordelingsster)</numerusform>
                <numerusform>%1 (%n beoordelingssterren)</numerusform>
            </translation>
        </message>
        <message>
            <source>none given: secondary findings only</source>
            <translation>niet opgegeven: alleen nevenbevindingen</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n gene(s))</source>
            <translation>
                <numerusform>%1 (%n gen)</numerusform>
                <numerusform>%1 (%n genen)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (ClinVar; not yet classified by the laboratory)</source>
            <translation>%1 (ClinVar; nog niet door het laboratorium geclassificeerd)</translation>
        </message>
        <message>
            <source>GenomeDesk %1</source>
            <translation>GenomeDesk %1</translation>
        </message>
        <message>
            <source>Only the variants in the submitted file were assessed. Regions that were not sequenced, not covered well enough or not called by the pipeline are not assessed, so a negative result does not exclude a variant there.</source>
            <translation>Alleen de varianten in het aangeleverde bestand zijn beoordeeld. Regio's die niet zijn gesequenced, onvoldoende zijn gedekt of niet door de pipeline zijn gecalld, zijn niet beoordeeld; een negatieve uitslag sluit daar dus geen variant uit.</translation>
        </message>
        <message>
            <source>Structural variants, copy-number changes, repeat expansions and mitochondrial heteroplasmy are not assessed by this report.</source>
            <translation>Structurele varianten, kopieaantalveranderingen, repeat-expansies en mitochondriale heteroplasmie worden in dit verslag niet beoordeeld.</translation>
        </message>
        <message numerus="yes">
            <source>Secondary findings were sought only in the %n gene(s) of %1.</source>
            <translation>
                <numerusform>Naar nevenbevindingen is alleen gezocht in het %n gen van %1.</numerusform>
                <numerusform>Naar nevenbevindingen is alleen gezocht in de %n genen van %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No population frequency data was available, so frequency criteria were not applied.</source>
            <translation>Er waren geen gegevens over populatiefrequenties beschikbaar, dus frequentiecriteria zijn niet toegepast.</translation>
        </message>
        <message>
            <source>No ClinVar data was available; only the laboratory's own classifications were used.</source>
            <translation>Er waren geen ClinVar-gegevens beschikbaar; alleen de eigen classificaties van het laboratorium zijn gebruikt.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) in policy genes need a geneticist's review before this report can be signed.</source>
            <translation>
                <numerusform>%n variant in beleidsgenen moet door een klinisch geneticus worden beoordeeld voordat dit verslag kan worden ondertekend.</numerusform>
                <numerusform>%n varianten in beleidsgenen moeten door een klinisch geneticus worden beoordeeld voordat dit verslag kan worden ondertekend.</numerusform>
            </translation>
        </message>
        <message>
            <source>read error</source>
            <translation>leesfout</translation>
        </message>
        <message>
            <source>cannot write the whole file: the disk is full or a quota or file-size limit was reached; the previous file is unchanged</source>
            <translation>kan niet het hele bestand schrijven: de schijf is vol of een quotum of limiet voor de bestandsgrootte is bereikt; het vorige bestand is ongewijzigd</translation>
        </message>
        <message>
            <source>the report template has no %1 placeholder</source>
            <translation>de verslagsjabloon bevat geen placeholder %1</translation>
        </message>
        <message>
            <source>not found (%1)</source>
            <translation>niet gevonden (%1)</translation>
        </message>
        <message>
            <source>%1 homozygous</source>
            <translation>%1 homozygoot</translation>
        </message>
        <message>
            <source>intergenic</source>
            <translation>intergenisch</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classificatie</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>ACMG/AMP-criteria</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transcript</translation>
        </message>
        <message>
            <source>Position (%1)</source>
            <translation>Positie (%1)</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Effect</translation>
        </message>
        <message>
            <source>Zygosity</source>
            <translation>Zygotie</translation>
        </message>
        <message>
            <source>Inheritance</source>
            <translation>Overerving</translation>
        </message>
        <message>
            <source>Population frequency</source>
            <translation>Populatiefrequentie</translation>
        </message>
        <message>
            <source>no population data available</source>
            <translation>geen populatiegegevens beschikbaar</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar</source>
            <translation>niet in ClinVar</translation>
        </message>
        <message>
            <source>Why it is reported</source>
            <translation>Reden voor rapportage</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Sequencing quality</source>
            <translation>Sequencingkwaliteit</translation>
        </message>
        <message>
            <source>depth %1, genotype quality %2, allele balance %3, filter %4</source>
            <translation>diepte %1, genotypekwaliteit %2, allelbalans %3, filter %4</translation>
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
            <translation>Diepte</translation>
        </message>
        <message>
            <source>GQ</source>
            <translation>GQ</translation>
        </message>
        <message>
            <source>Allele balance</source>
            <translation>Allelbalans</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes assessed for the indication or, with the patient's consent, for secondary findings.</source>
            <translation>Er is geen rapporteerbare variant gevonden in de genen die zijn beoordeeld voor de indicatie of, met toestemming van de patiënt, voor nevenbevindingen.</translation>
        </message>
        <message>
            <source>%1 and %2 are reported.</source>
            <translation>%1 en %2 worden gerapporteerd.</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n primaire bevinding</numerusform>
                <numerusform>%n primaire bevindingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n nevenbevinding</numerusform>
                <numerusform>%n nevenbevindingen</numerusform>
            </translation>
        </message>
        <message>
            <source>Genomic test report</source>
            <translation>Verslag genomisch onderzoek</translation>
        </message>
        <message>
            <source>Genomic variant report</source>
            <translation>Verslag genomische varianten</translation>
        </message>
        <message>
            <source>Report id</source>
            <translation>Verslag-id</translation>
        </message>
        <message>
            <source>%1, version %2</source>
            <translation>%1, versie %2</translation>
        </message>
        <message>
            <source>Patient (pseudonym)</source>
            <translation>Patiënt (pseudoniem)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Geslacht</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Casus</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Sample</translation>
        </message>
        <message>
            <source>Referring clinician</source>
            <translation>Verwijzend arts</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Indicatie</translation>
        </message>
        <message>
            <source>Genome build</source>
            <translation>Genoombuild</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>Verslagdatum</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes of the indication.</source>
            <translation>Er is geen rapporteerbare variant gevonden in de genen van de indicatie.</translation>
        </message>
        <message>
            <source>%1: not reported — the patient chose not to receive these findings.</source>
            <translation>%1: niet gerapporteerd — de patiënt heeft ervoor gekozen deze bevindingen niet te ontvangen.</translation>
        </message>
        <message>
            <source>%1: none found.</source>
            <translation>%1: geen gevonden.</translation>
        </message>
        <message>
            <source>Listed per laboratory policy because they lie in genes of the indication; they are not a diagnosis and should not be used for clinical decisions on their own.</source>
            <translation>Vermeld volgens het laboratoriumbeleid omdat ze in genen van de indicatie liggen; ze vormen geen diagnose en mogen niet op zichzelf voor klinische beslissingen worden gebruikt.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) carried by the sample are listed below.</source>
            <translation>
                <numerusform>Hieronder staat %n variant die het sample draagt.</numerusform>
                <numerusform>Hieronder staan %n varianten die het sample draagt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Methods and inputs</source>
            <translation>Methoden en invoer</translation>
        </message>
        <message>
            <source>Input file: %1</source>
            <translation>Invoerbestand: %1</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) read, %1 skipped (reference blocks, records without ALT).</source>
            <translation>
                <numerusform>%n record gelezen, %1 overgeslagen (referentieblokken, records zonder ALT).</numerusform>
                <numerusform>%n records gelezen, %1 overgeslagen (referentieblokken, records zonder ALT).</numerusform>
            </translation>
        </message>
        <message>
            <source>Data sources and versions</source>
            <translation>Gegevensbronnen en versies</translation>
        </message>
        <message>
            <source>Policy file SHA-256: %1</source>
            <translation>SHA-256 van het beleidsbestand: %1</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Beperkingen</translation>
        </message>
        <message>
            <source>This report lists the variants as called in the input file. Population frequencies, the secondary-findings policy and ACMG/AMP classification have not been applied; the report is not signed and is not for clinical use.</source>
            <translation>Dit verslag vermeldt de varianten zoals ze in het invoerbestand zijn gecalld. Populatiefrequenties, het beleid voor nevenbevindingen en ACMG/AMP-classificatie zijn niet toegepast; het verslag is niet ondertekend en niet bestemd voor klinisch gebruik.</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Ondertekening</translation>
        </message>
        <message>
            <source>Draft — not signed, not for clinical use.</source>
            <translation>Concept — niet ondertekend, niet voor klinisch gebruik.</translation>
        </message>
        <message>
            <source>Signed by %1, %2, on %3.</source>
            <translation>Ondertekend door %1, %2, op %3.</translation>
        </message>
        <message>
            <source>The electronic signature is in the file that accompanies this PDF; check it with "genomedesk verify-report".</source>
            <translation>De elektronische handtekening staat in het bestand dat bij deze PDF hoort; controleer deze met "genomedesk verify-report".</translation>
        </message>
        <message>
            <source>Genomic variant report %1</source>
            <translation>Verslag genomische varianten %1</translation>
        </message>
        <message>
            <source>cannot start the PDF</source>
            <translation>kan de PDF niet starten</translation>
        </message>
        <message>
            <source>GenomeDesk — report %1</source>
            <translation>GenomeDesk — verslag %1</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Casus %1</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>pagina %1 van %2</translation>
        </message>
        <message>
            <source>Not signed — not for clinical use</source>
            <translation>Niet ondertekend — niet voor klinisch gebruik</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>Ondertekend door %1</translation>
        </message>
        <message>
            <source>cannot finish the PDF</source>
            <translation>kan de PDF niet afronden</translation>
        </message>
        <message>
            <source>PKCS#12 file</source>
            <translation>PKCS#12-bestand</translation>
        </message>
        <message>
            <source>not a PKCS#12 file (.p12/.pfx) with a certificate and key</source>
            <translation>geen PKCS#12-bestand (.p12/.pfx) met een certificaat en sleutel</translation>
        </message>
        <message>
            <source>wrong passphrase for the PKCS#12 file</source>
            <translation>onjuist wachtwoord voor het PKCS#12-bestand</translation>
        </message>
        <message>
            <source>cannot decrypt the PKCS#12 file (%1)</source>
            <translation>kan het PKCS#12-bestand niet ontsleutelen (%1)</translation>
        </message>
        <message>
            <source>the PKCS#12 file does not hold both a certificate and its key</source>
            <translation>het PKCS#12-bestand bevat niet zowel een certificaat als de bijbehorende sleutel</translation>
        </message>
        <message>
            <source>the key in the PKCS#12 file does not belong to its certificate</source>
            <translation>de sleutel in het PKCS#12-bestand hoort niet bij het certificaat</translation>
        </message>
        <message>
            <source>digest computation failed</source>
            <translation>berekening van de digest mislukt</translation>
        </message>
        <message>
            <source>the signing certificate of %1 expired on %2</source>
            <translation>het ondertekeningscertificaat van %1 is verlopen op %2</translation>
        </message>
        <message>
            <source>the signing certificate of %1 is not valid before %2</source>
            <translation>het ondertekeningscertificaat van %1 is niet geldig vóór %2</translation>
        </message>
        <message>
            <source>signing failed (%1)</source>
            <translation>ondertekenen mislukt (%1)</translation>
        </message>
        <message>
            <source>the signature file is not a CMS/PKCS#7 signature</source>
            <translation>het handtekeningbestand is geen CMS/PKCS#7-handtekening</translation>
        </message>
        <message>
            <source>the signature embeds its content; a detached signature is expected</source>
            <translation>de handtekening bevat de inhoud zelf; een losse (detached) handtekening wordt verwacht</translation>
        </message>
        <message>
            <source>the signature must have exactly one signer</source>
            <translation>de handtekening moet precies één ondertekenaar hebben</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>onvoldoende geheugen</translation>
        </message>
        <message>
            <source>the signer's certificate is neither in the signature nor among the trusted certificates</source>
            <translation>het certificaat van de ondertekenaar staat niet in de handtekening en niet tussen de vertrouwde certificaten</translation>
        </message>
        <message>
            <source>the signature has no signed attributes (content digest, signing time); such signatures are not accepted</source>
            <translation>de handtekening heeft geen ondertekende attributen (inhoudsdigest, ondertekeningstijd); zulke handtekeningen worden niet geaccepteerd</translation>
        </message>
        <message>
            <source>the signature does not verify with the signer's key: the signature file is damaged or was altered</source>
            <translation>de handtekening klopt niet met de sleutel van de ondertekenaar: het handtekeningbestand is beschadigd of gewijzigd</translation>
        </message>
        <message>
            <source>the signature uses the digest %1; SHA-256 or stronger is required</source>
            <translation>de handtekening gebruikt de digest %1; SHA-256 of sterker is vereist</translation>
        </message>
        <message>
            <source>the signature has no message digest among its signed attributes</source>
            <translation>de handtekening heeft geen message digest onder de ondertekende attributen</translation>
        </message>
        <message>
            <source>the report was changed after it was signed (or the signature belongs to another file)</source>
            <translation>het verslag is gewijzigd nadat het is ondertekend (of de handtekening hoort bij een ander bestand)</translation>
        </message>
        <message>
            <source>the signing time of the signature cannot be read</source>
            <translation>de ondertekeningstijd van de handtekening kan niet worden gelezen</translation>
        </message>
        <message>
            <source>the signing time %1 lies in the future</source>
            <translation>de ondertekeningstijd %1 ligt in de toekomst</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) had expired on %2 when the report was signed on %3</source>
            <translation>het certificaat van de ondertekenaar (%1) was op %2 verlopen toen het verslag op %3 werd ondertekend</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain had expired when the report was signed on %1</source>
            <translation>een certificaat in de keten van de ondertekenaar was verlopen toen het verslag op %1 werd ondertekend</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) was not yet valid when the report was signed on %2</source>
            <translation>het certificaat van de ondertekenaar (%1) was nog niet geldig toen het verslag op %2 werd ondertekend</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain was not yet valid when the report was signed on %1</source>
            <translation>een certificaat in de keten van de ondertekenaar was nog niet geldig toen het verslag op %1 werd ondertekend</translation>
        </message>
        <message>
            <source>the signer (%1) is not trusted: %2</source>
            <translation>de ondertekenaar (%1) wordt niet vertrouwd: %2</translation>
        </message>
        <message>
            <source>the signature does not verify (%1)</source>
            <translation>de handtekening klopt niet (%1)</translation>
        </message>
        <message>
            <source>valid signature by %1, signed on %2</source>
            <translation>geldige handtekening van %1, ondertekend op %2</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>een onbekende datum</translation>
        </message>
        <message>
            <source>stand-alone</source>
            <translation>zelfstandig</translation>
        </message>
        <message>
            <source>very strong</source>
            <translation>zeer sterk</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>sterk</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>matig</translation>
        </message>
        <message>
            <source>supporting</source>
            <translation>ondersteunend</translation>
        </message>
        <message>
            <source>unknown ACMG/AMP criterion "%1"</source>
            <translation>onbekend ACMG/AMP-criterium "%1"</translation>
        </message>
        <message>
            <source>%1 is not used: ClinGen SVI recommends against the "reputable source" criteria; assess the evidence itself</source>
            <translation>%1 wordt niet gebruikt: ClinGen SVI raadt de criteria voor "reputable source" af; beoordeel het bewijs zelf</translation>
        </message>
        <message>
            <source>unknown strength "%1" in "%2" (use VeryStrong, Strong, Moderate or Supporting)</source>
            <translation>onbekende sterkte "%1" in "%2" (gebruik VeryStrong, Strong, Moderate of Supporting)</translation>
        </message>
        <message>
            <source>BA1 is stand-alone and takes no strength modifier</source>
            <translation>BA1 is zelfstandig en accepteert geen sterktemodificator</translation>
        </message>
        <message>
            <source>benign criteria cannot be applied at very strong (%1)</source>
            <translation>benigne criteria kunnen niet op zeer sterk worden toegepast (%1)</translation>
        </message>
        <message>
            <source>criterion %1 is given more than once</source>
            <translation>criterium %1 is meer dan eens opgegeven</translation>
        </message>
        <message>
            <source>%1 by the Richards 2015 rules (%2); %3 by points (%4)</source>
            <translation>%1 volgens de regels van Richards 2015 (%2); %3 volgens punten (%4)</translation>
        </message>
        <message>
            <source>BA1 stand-alone</source>
            <translation>BA1 zelfstandig</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punt</numerusform>
                <numerusform>%n punten</numerusform>
            </translation>
        </message>
        <message>
            <source>GenomeDesk defaults</source>
            <translation>GenomeDesk-standaardinstellingen</translation>
        </message>
        <message>
            <source>policy %1</source>
            <translation>beleid %1</translation>
        </message>
        <message>
            <source>an unnamed source</source>
            <translation>een naamloze bron</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is at or above the BA1 threshold %3 (%4).</source>
            <translation>De maximale populatie-allelfrequentie %1 in %2 ligt op of boven de BA1-drempel %3 (%4).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is above the BS1 threshold %3 (%4).</source>
            <translation>De maximale populatie-allelfrequentie %1 in %2 ligt boven de BS1-drempel %3 (%4).</translation>
        </message>
        <message>
            <source>Absent from %1 (allele frequency 0; PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Afwezig in %1 (allelfrequentie 0; PM2 op ondersteunend niveau volgens ClinGen SVI).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is below %3 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>De maximale populatie-allelfrequentie %1 in %2 ligt onder %3 (PM2 op ondersteunend niveau volgens ClinGen SVI).</translation>
        </message>
        <message>
            <source>Absent from %1 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Afwezig in %1 (PM2 op ondersteunend niveau volgens ClinGen SVI).</translation>
        </message>
        <message>
            <source>the gene</source>
            <translation>het gen</translation>
        </message>
        <message>
            <source>Candidate: %1 is a null variant in %2; confirm that loss of function is a known disease mechanism and check the ClinGen SVI PVS1 decision tree (last exon, NMD, rescue).</source>
            <translation>Kandidaat: %1 is een nulvariant in %2; bevestig dat functieverlies een bekend ziektemechanisme is en raadpleeg de ClinGen SVI PVS1-beslisboom (laatste exon, NMD, rescue).</translation>
        </message>
        <message>
            <source>Candidate: start_lost in %1; initiation codon variants are PVS1 at moderate strength at most (ClinGen SVI PVS1 decision tree).</source>
            <translation>Kandidaat: start_lost in %1; varianten in het startcodon zijn hoogstens PVS1 op matig niveau (ClinGen SVI PVS1-beslisboom).</translation>
        </message>
        <message>
            <source>database error: %1</source>
            <translation>databasefout: %1</translation>
        </message>
        <message>
            <source>entry %1 is missing (deleted); the log jumps from %2 to %3</source>
            <translation>item %1 ontbreekt (verwijderd); het logboek springt van %2 naar %3</translation>
        </message>
        <message>
            <source>entry %1 is out of order</source>
            <translation>item %1 staat niet op volgorde</translation>
        </message>
        <message>
            <source>entry %1 does not follow entry %2 (chain broken: deleted, inserted or reordered entries)</source>
            <translation>item %1 volgt niet op item %2 (keten verbroken: verwijderde, ingevoegde of verplaatste items)</translation>
        </message>
        <message>
            <source>entry %1 was altered (its content does not match its hash)</source>
            <translation>item %1 is gewijzigd (de inhoud komt niet overeen met de hash)</translation>
        </message>
        <message>
            <source>entries %1 to %2 are missing: the log was truncated after entry %3</source>
            <translation>items %1 tot en met %2 ontbreken: het logboek is na item %3 afgekapt</translation>
        </message>
        <message>
            <source>the last entry (%1) does not match the recorded end of the log</source>
            <translation>het laatste item (%1) komt niet overeen met het vastgelegde einde van het logboek</translation>
        </message>
        <message>
            <source>the case database does not exist</source>
            <translation>de casusdatabase bestaat niet</translation>
        </message>
        <message>
            <source>cannot open the case database</source>
            <translation>kan de casusdatabase niet openen</translation>
        </message>
        <message>
            <source>case database error: %1</source>
            <translation>fout in de casusdatabase: %1</translation>
        </message>
        <message>
            <source>unknown user %1</source>
            <translation>onbekende gebruiker %1</translation>
        </message>
        <message>
            <source>user %1 (%2) is not allowed to do this</source>
            <translation>gebruiker %1 (%2) mag dit niet doen</translation>
        </message>
        <message>
            <source>no case %1</source>
            <translation>geen casus %1</translation>
        </message>
        <message>
            <source>the case database was written by a newer GenomeDesk (schema %1; this version knows %2)</source>
            <translation>de casusdatabase is geschreven door een nieuwere GenomeDesk (schema %1; deze versie kent %2)</translation>
        </message>
        <message>
            <source>a new case database needs a passphrase or a key file</source>
            <translation>een nieuwe casusdatabase heeft een wachtwoord of een sleutelbestand nodig</translation>
        </message>
        <message>
            <source>this case database is protected by a passphrase</source>
            <translation>deze casusdatabase is beveiligd met een wachtwoord</translation>
        </message>
        <message>
            <source>this case database is protected by a key file</source>
            <translation>deze casusdatabase is beveiligd met een sleutelbestand</translation>
        </message>
        <message>
            <source>unknown key method "%1" in the case database</source>
            <translation>onbekende sleutelmethode "%1" in de casusdatabase</translation>
        </message>
        <message>
            <source>wrong passphrase for this case database</source>
            <translation>onjuist wachtwoord voor deze casusdatabase</translation>
        </message>
        <message>
            <source>wrong key file for this case database</source>
            <translation>onjuist sleutelbestand voor deze casusdatabase</translation>
        </message>
        <message>
            <source>cannot open the case database: %1</source>
            <translation>kan de casusdatabase niet openen: %1</translation>
        </message>
        <message>
            <source>not a usable case database: %1</source>
            <translation>geen bruikbare casusdatabase: %1</translation>
        </message>
        <message>
            <source>a user name is 1 to 64 letters, digits or . _ @ -</source>
            <translation>een gebruikersnaam bestaat uit 1 tot 64 letters, cijfers of . _ @ -</translation>
        </message>
        <message>
            <source>a password needs at least 8 characters</source>
            <translation>een wachtwoord moet minstens 8 tekens bevatten</translation>
        </message>
        <message>
            <source>cannot hash the password</source>
            <translation>kan de hash van het wachtwoord niet berekenen</translation>
        </message>
        <message>
            <source>the first user of a case database must be an admin</source>
            <translation>de eerste gebruiker van een casusdatabase moet een beheerder zijn</translation>
        </message>
        <message>
            <source>only an admin can add users</source>
            <translation>alleen een beheerder kan gebruikers toevoegen</translation>
        </message>
        <message>
            <source>user %1 already exists</source>
            <translation>gebruiker %1 bestaat al</translation>
        </message>
        <message>
            <source>unknown user or wrong password</source>
            <translation>onbekende gebruiker of onjuist wachtwoord</translation>
        </message>
        <message>
            <source>a pseudonym is 1 to 64 letters, digits, '-' or '_'</source>
            <translation>een pseudoniem bestaat uit 1 tot 64 letters, cijfers, '-' of '_'</translation>
        </message>
        <message>
            <source>patient %1 already exists</source>
            <translation>patiënt %1 bestaat al</translation>
        </message>
        <message>
            <source>encryption failed</source>
            <translation>versleuteling mislukt</translation>
        </message>
        <message>
            <source>no patient %1</source>
            <translation>geen patiënt %1</translation>
        </message>
        <message>
            <source>the SHA-256 of an input file must be 64 lower-case hex digits</source>
            <translation>de SHA-256 van een invoerbestand moet uit 64 hexadecimale cijfers in kleine letters bestaan</translation>
        </message>
        <message>
            <source>the case was not stored</source>
            <translation>de casus is niet opgeslagen</translation>
        </message>
        <message>
            <source>"%1" is not a variant key like 6-26092913-G-A</source>
            <translation>"%1" is geen variantsleutel zoals 6-26092913-G-A</translation>
        </message>
        <message>
            <source>a review classification is P, LP, VUS, LB or B</source>
            <translation>een beoordelingsclassificatie is P, LP, VUS, LB of B</translation>
        </message>
        <message>
            <source>case %1 is signed: a change needs a reason and creates report version %2</source>
            <translation>casus %1 is ondertekend: een wijziging vereist een reden en maakt verslagversie %2 aan</translation>
        </message>
        <message>
            <source>case %1 is %2, not draft</source>
            <translation>casus %1 is %2, geen concept</translation>
        </message>
        <message>
            <source>case %1 has no variant review yet</source>
            <translation>casus %1 heeft nog geen variantbeoordeling</translation>
        </message>
        <message>
            <source>only a clinical geneticist can sign; %1 cannot</source>
            <translation>alleen een klinisch geneticus kan ondertekenen; %1 kan dat niet</translation>
        </message>
        <message>
            <source>case %1 is %2: it must be reviewed before signing</source>
            <translation>casus %1 is %2: deze moet worden beoordeeld vóór ondertekening</translation>
        </message>
        <message>
            <source>report version %1 is missing or already signed</source>
            <translation>verslagversie %1 ontbreekt of is al ondertekend</translation>
        </message>
        <message>
            <source>no encryption key is loaded</source>
            <translation>er is geen versleutelingssleutel geladen</translation>
        </message>
        <message>
            <source>an encrypted field is malformed</source>
            <translation>een versleuteld veld is ongeldig</translation>
        </message>
        <message>
            <source>an encrypted field cannot be decrypted: wrong key or altered data</source>
            <translation>een versleuteld veld kan niet worden ontsleuteld: onjuiste sleutel of gewijzigde gegevens</translation>
        </message>
        <message>
            <source>the passphrase is empty</source>
            <translation>het wachtwoord is leeg</translation>
        </message>
        <message>
            <source>key derivation (scrypt) failed</source>
            <translation>sleutelafleiding (scrypt) mislukt</translation>
        </message>
        <message>
            <source>the key file does not exist</source>
            <translation>het sleutelbestand bestaat niet</translation>
        </message>
        <message>
            <source>the key file can be read by other users; make it private (chmod 600)</source>
            <translation>het sleutelbestand kan door andere gebruikers worden gelezen; maak het privé (chmod 600)</translation>
        </message>
        <message>
            <source>cannot read the key file</source>
            <translation>kan het sleutelbestand niet lezen</translation>
        </message>
        <message>
            <source>the key file must hold 32 bytes or 64 hexadecimal digits</source>
            <translation>het sleutelbestand moet 32 bytes of 64 hexadecimale cijfers bevatten</translation>
        </message>
        <message>
            <source>cannot write the key file</source>
            <translation>kan het sleutelbestand niet schrijven</translation>
        </message>
        <message>
            <source>cannot protect the key file</source>
            <translation>kan het sleutelbestand niet beveiligen</translation>
        </message>
        <message>
            <source>%1 not found</source>
            <translation>%1 niet gevonden</translation>
        </message>
        <message>
            <source>%1 is not a readable file</source>
            <translation>%1 is geen leesbaar bestand</translation>
        </message>
        <message>
            <source>cannot read the %1: %2</source>
            <translation>kan %1 niet lezen: %2</translation>
        </message>
        <message>
            <source>the %1 is too large</source>
            <translation>%1 is te groot</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>het certificaat</translation>
        </message>
        <message>
            <source>cannot use a certificate of the trusted certificate file</source>
            <translation>kan een certificaat uit het bestand met vertrouwde certificaten niet gebruiken</translation>
        </message>
        <message>
            <source>the trusted certificate file holds no X.509 certificate (PEM or DER)</source>
            <translation>het bestand met vertrouwde certificaten bevat geen X.509-certificaat (PEM of DER)</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>de handtekening</translation>
        </message>
        <message>
            <source>not a detached CMS signature (DER or PEM)</source>
            <translation>geen losse (detached) CMS-handtekening (DER of PEM)</translation>
        </message>
        <message>
            <source>package</source>
            <translation>het pakket</translation>
        </message>
        <message>
            <source>cannot read the package: %1</source>
            <translation>kan het pakket niet lezen: %1</translation>
        </message>
        <message>
            <source>SHA-256 is not available from OpenSSL</source>
            <translation>SHA-256 is niet beschikbaar in OpenSSL</translation>
        </message>
        <message>
            <source>SHA-256 computation failed</source>
            <translation>berekening van SHA-256 mislukt</translation>
        </message>
        <message>
            <source>cannot open the package</source>
            <translation>kan het pakket niet openen</translation>
        </message>
        <message>
            <source>the signer (%1) is not the trusted certificate nor issued by it, or its certificate is not valid now</source>
            <translation>de ondertekenaar (%1) is niet het vertrouwde certificaat en ook niet daardoor uitgegeven, of het certificaat is momenteel niet geldig</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>the package does not match its signature: it was changed after signing, or the signature belongs to another file</source>
            <translation>het pakket komt niet overeen met de handtekening: het is na ondertekening gewijzigd, of de handtekening hoort bij een ander bestand</translation>
        </message>
        <message>
            <source>the system settings file is not readable; ask IT to fix its permissions</source>
            <translation>het bestand met systeeminstellingen is niet leesbaar; vraag de IT-afdeling de rechten te herstellen</translation>
        </message>
        <message>
            <source>the system settings file is not a valid INI file</source>
            <translation>het bestand met systeeminstellingen is geen geldig INI-bestand</translation>
        </message>
        <message>
            <source>this setting is locked by your IT department (%1)</source>
            <translation>deze instelling is vergrendeld door uw IT-afdeling (%1)</translation>
        </message>
        <message>
            <source>All variants</source>
            <translation>Alle varianten</translation>
        </message>
        <message>
            <source>Good quality</source>
            <translation>Goede kwaliteit</translation>
        </message>
        <message>
            <source>Coding and splice</source>
            <translation>Coderend en splicing</translation>
        </message>
        <message>
            <source>De novo (trio)</source>
            <translation>De novo (trio)</translation>
        </message>
        <message>
            <source>Recessive (trio)</source>
            <translation>Recessief (trio)</translation>
        </message>
        <message>
            <source>X-linked (trio)</source>
            <translation>X-gebonden (trio)</translation>
        </message>
        <message>
            <source>Carried by the patient</source>
            <translation>Gedragen door de patiënt</translation>
        </message>
        <message>
            <source>FILTER is PASS</source>
            <translation>FILTER is PASS</translation>
        </message>
        <message>
            <source>Depth ≥ 10 and GQ ≥ 20</source>
            <translation>Diepte ≥ 10 en GQ ≥ 20</translation>
        </message>
        <message>
            <source>Coding or splice consequence</source>
            <translation>Coderend of splicing-effect</translation>
        </message>
        <message>
            <source>De novo in the trio</source>
            <translation>De novo in het trio</translation>
        </message>
        <message>
            <source>Homozygous or compound heterozygous</source>
            <translation>Homozygoot of samengesteld heterozygoot</translation>
        </message>
        <message>
            <source>X-linked in the trio</source>
            <translation>X-gebonden in het trio</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 %3, %n record(s)</source>
            <translation>
                <numerusform>%1: %2 %3, %n record</numerusform>
                <numerusform>%1: %2 %3, %n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s): %1 SNVs, %2 MNVs, %3 indels, %4 structural</source>
            <translation>
                <numerusform>%n variant: %1 SNV's, %2 MNV's, %3 indels, %4 structureel</numerusform>
                <numerusform>%n varianten: %1 SNV's, %2 MNV's, %3 indels, %4 structureel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>genome build: %1; %n sample(s)</source>
            <translation>
                <numerusform>genoombuild: %1; %n sample</numerusform>
                <numerusform>genoombuild: %1; %n samples</numerusform>
            </translation>
        </message>
        <message>
            <source>sample %1: %2, %3</source>
            <translation>sample %1: %2, %3</translation>
        </message>
        <message>
            <source>skipped (%1): %2</source>
            <translation>overgeslagen (%1): %2</translation>
        </message>
        <message>
            <source>altered (%1): %2</source>
            <translation>gewijzigd (%1): %2</translation>
        </message>
        <message>
            <source>trio: child %1, father %2, mother %3</source>
            <translation>trio: kind %1, vader %2, moeder %3</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>time: %1 ms</source>
            <translation>tijd: %1 ms</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>waarschuwing: %1</translation>
        </message>
        <message>
            <source>reference FASTA not found</source>
            <translation>referentie-FASTA niet gevonden</translation>
        </message>
        <message>
            <source>cannot read or index the reference FASTA (is it a FASTA file, and is its directory writable for the .fai index?)</source>
            <translation>kan de referentie-FASTA niet lezen of indexeren (is het een FASTA-bestand, en is de map beschrijfbaar voor de .fai-index?)</translation>
        </message>
        <message>
            <source>wrong number of columns</source>
            <translation>onjuist aantal kolommen</translation>
        </message>
        <message>
            <source>invalid contig name</source>
            <translation>ongeldige contignaam</translation>
        </message>
        <message>
            <source>contig not declared in the header</source>
            <translation>contig niet gedeclareerd in de header</translation>
        </message>
        <message>
            <source>invalid INFO or FORMAT field</source>
            <translation>ongeldig INFO- of FORMAT-veld</translation>
        </message>
        <message>
            <source>INFO or FORMAT key not declared in the header</source>
            <translation>INFO- of FORMAT-sleutel niet gedeclareerd in de header</translation>
        </message>
        <message>
            <source>value out of the range htslib supports</source>
            <translation>waarde buiten het bereik dat htslib ondersteunt</translation>
        </message>
        <message>
            <source>invalid character</source>
            <translation>ongeldig teken</translation>
        </message>
        <message>
            <source>malformed record (bad POS, QUAL, allele or field value)</source>
            <translation>ongeldig record (onjuiste POS, QUAL, allel of veldwaarde)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>het bestand is leeg</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (the content is not recognised)</source>
            <translation>geen VCF- of BCF-bestand (de inhoud wordt niet herkend)</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (detected: %1)</source>
            <translation>geen VCF- of BCF-bestand (gedetecteerd: %1)</translation>
        </message>
        <message>
            <source>sample '%1' is not in the file</source>
            <translation>sample '%1' staat niet in het bestand</translation>
        </message>
        <message>
            <source>cannot select the samples</source>
            <translation>kan de samples niet selecteren</translation>
        </message>
        <message>
            <source>sample name %1 is not valid UTF-8; shown as "%2"</source>
            <translation>samplenaam %1 is geen geldige UTF-8; weergegeven als "%2"</translation>
        </message>
        <message>
            <source>read error: the file is truncated or its compression is corrupt</source>
            <translation>leesfout: het bestand is afgebroken of de compressie is beschadigd</translation>
        </message>
        <message>
            <source>the line contains a NUL byte (binary data)</source>
            <translation>de regel bevat een NUL-byte (binaire gegevens)</translation>
        </message>
        <message>
            <source>wrong number of columns: %1 instead of %2</source>
            <translation>onjuist aantal kolommen: %1 in plaats van %2</translation>
        </message>
        <message>
            <source>POS is not a positive whole number</source>
            <translation>POS is geen positief geheel getal</translation>
        </message>
        <message>
            <source>ALT has an empty allele</source>
            <translation>ALT heeft een leeg allel</translation>
        </message>
        <message>
            <source>QUAL is neither '.' nor a number</source>
            <translation>QUAL is geen '.' en geen getal</translation>
        </message>
        <message>
            <source>read error: the BCF file is truncated or corrupt</source>
            <translation>leesfout: het BCF-bestand is afgebroken of beschadigd</translation>
        </message>
        <message>
            <source>the record cannot be unpacked</source>
            <translation>het record kan niet worden uitgepakt</translation>
        </message>
        <message>
            <source>REF must consist of the bases A, C, G, T and N</source>
            <translation>REF moet bestaan uit de basen A, C, G, T en N</translation>
        </message>
        <message>
            <source>ALT allele %1 is empty or not a valid allele</source>
            <translation>ALT-allel %1 is leeg of geen geldig allel</translation>
        </message>
        <message numerus="yes">
            <source>GT refers to allele %1, but the record has %n allele(s)</source>
            <translation>
                <numerusform>GT verwijst naar allel %1, maar het record heeft %n allel</numerusform>
                <numerusform>GT verwijst naar allel %1, maar het record heeft %n allelen</numerusform>
            </translation>
        </message>
        <message>
            <source>loading was cancelled</source>
            <translation>het laden is geannuleerd</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) use INFO or FORMAT keys not declared in the header</source>
            <translation>
                <numerusform>%n record gebruikt INFO- of FORMAT-sleutels die niet in de header zijn gedeclareerd</numerusform>
                <numerusform>%n records gebruiken INFO- of FORMAT-sleutels die niet in de header zijn gedeclareerd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) are on contigs not declared in the header</source>
            <translation>
                <numerusform>%n record ligt op contigs die niet in de header zijn gedeclareerd</numerusform>
                <numerusform>%n records liggen op contigs die niet in de header zijn gedeclareerd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the file is not sorted by position (%n record(s) out of order)</source>
            <translation>
                <numerusform>het bestand is niet op positie gesorteerd (%n record niet op volgorde)</numerusform>
                <numerusform>het bestand is niet op positie gesorteerd (%n records niet op volgorde)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) have a REF that does not match the reference FASTA; they were trimmed but not left-aligned</source>
            <translation>
                <numerusform>%n variant heeft een REF die niet overeenkomt met de referentie-FASTA; deze is ingekort maar niet links uitgelijnd</numerusform>
                <numerusform>%n varianten hebben een REF die niet overeenkomt met de referentie-FASTA; ze zijn ingekort maar niet links uitgelijnd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) are on contigs missing from the reference FASTA</source>
            <translation>
                <numerusform>%n variant ligt op contigs die ontbreken in de referentie-FASTA</numerusform>
                <numerusform>%n varianten liggen op contigs die ontbreken in de referentie-FASTA</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) repeat the site and alleles of the record before them with different content; both are kept</source>
            <translation>
                <numerusform>%n record herhaalt de positie en allelen van het voorgaande record met andere inhoud; beide worden behouden</numerusform>
                <numerusform>%n records herhalen de positie en allelen van het voorgaande record met andere inhoud; beide worden behouden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank line(s) ignored</source>
            <translation>
                <numerusform>%n lege regel genegeerd</numerusform>
                <numerusform>%n lege regels genegeerd</numerusform>
            </translation>
        </message>
        <message>
            <source>the genome build could not be detected from the header</source>
            <translation>de genoombuild kon niet uit de header worden bepaald</translation>
        </message>
        <message>
            <source>the PED file's trio is not among the file's samples</source>
            <translation>het trio uit het PED-bestand staat niet tussen de samples van het bestand</translation>
        </message>
        <message>
            <source>the connection closed before the answer was complete (%1)</source>
            <translation>de verbinding werd gesloten voordat het antwoord volledig was (%1)</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Klinisch geneticus</translation>
        </message>
        <message>
            <source>no report translation for language "%1"; available: %2</source>
            <translation>geen vertaling van het verslag voor de taal "%1"; beschikbaar: %2</translation>
        </message>
        <message>
            <source>Secondary findings were sought under %1, in the categories the patient consented to:</source>
            <translation>Naar nevenbevindingen is gezocht volgens %1, in de categorieën waarvoor de patiënt toestemming heeft gegeven:</translation>
        </message>
        <message>
            <source>wishes to be informed</source>
            <translation>wenst geïnformeerd te worden</translation>
        </message>
        <message>
            <source>does not wish to be informed</source>
            <translation>wenst niet geïnformeerd te worden</translation>
        </message>
        <message>
            <source>Report content SHA-256 (FHIR export): %1</source>
            <translation>SHA-256 van de verslaginhoud (FHIR-export): %1</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in childhood</source>
            <translation>Behandelbare aandoeningen die in de kindertijd beginnen</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in adulthood</source>
            <translation>Behandelbare aandoeningen die op volwassen leeftijd beginnen</translation>
        </message>
        <message>
            <source>Carrier status for recessive conditions</source>
            <translation>Dragerschap van recessieve aandoeningen</translation>
        </message>
        <message>
            <source>Pharmacogenomic findings</source>
            <translation>Farmacogenomische bevindingen</translation>
        </message>
        <message>
            <source>Late-onset conditions without treatment</source>
            <translation>Laat beginnende aandoeningen zonder behandeling</translation>
        </message>
        <message>
            <source>retrieved %1</source>
            <translation>opgehaald op %1</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in the highest population</source>
            <translation>FAF95 ≤ %1% in de populatie met de hoogste frequentie</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in the highest population</source>
            <translation>Allelfrequentie ≤ %1% in de populatie met de hoogste frequentie</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in %2</source>
            <translation>FAF95 ≤ %1% in %2</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in %2</source>
            <translation>Allelfrequentie ≤ %1% in %2</translation>
        </message>
        <message>
            <source>the disk is full: no space left (or the file size limit was reached) while %1; the frequency cache was not changed</source>
            <translation>de schijf is vol: geen ruimte meer beschikbaar (of de limiet voor de bestandsgrootte is bereikt) %1; de frequentiecache is niet gewijzigd</translation>
        </message>
        <message>
            <source>the sites VCF uses INFO keys its header does not declare; they are not imported</source>
            <translation>de sites-VCF gebruikt INFO-sleutels die niet in de header zijn gedeclareerd; deze worden niet geïmporteerd</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is %1 but the case is %2; import a gene model of the case's build</source>
            <translation>het genmodel van de kennisbank is %1 maar de casus is %2; importeer een genmodel van de build van de casus</translation>
        </message>
        <message>
            <source>the knowledge base's ClinVar is %1 but the case is %2; import ClinVar of the case's build</source>
            <translation>de ClinVar-gegevens van de kennisbank zijn %1 maar de casus is %2; importeer ClinVar van de build van de casus</translation>
        </message>
        <message>
            <source>unknown consent category %1</source>
            <translation>onbekende toestemmingscategorie %1</translation>
        </message>
        <message>
            <source>"%1" is not an HPO term (HP: and seven digits)</source>
            <translation>"%1" is geen HPO-term (HP: en zeven cijfers)</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; presumed biallelic, confirm the phase.</source>
            <translation>%1 heeft %2 heterozygote P/LP-varianten: mogelijk samengesteld heterozygoot, fase onbekend; vermoedelijk bi-allelisch, bevestig de fase.</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; the policy asks for review.</source>
            <translation>%1 heeft %2 heterozygote P/LP-varianten: mogelijk samengesteld heterozygoot, fase onbekend; het beleid vraagt om beoordeling.</translation>
        </message>
        <message>
            <source>The indication describes the phenotype (%1) but names no genes, so no finding is primary; %2 is a secondary finding.</source>
            <translation>De indicatie beschrijft het fenotype (%1) maar noemt geen genen, dus geen enkele bevinding is primair; %2 is een nevenbevinding.</translation>
        </message>
        <message>
            <source>the start of the keyed entries is missing or fails the keyed check (HMAC)</source>
            <translation>het begin van de met een sleutel beveiligde items ontbreekt of voldoet niet aan de sleutelcontrole (HMAC)</translation>
        </message>
        <message>
            <source>entry %1 fails the keyed check (HMAC): it was written or rewritten without the case database key</source>
            <translation>item %1 voldoet niet aan de sleutelcontrole (HMAC): het is zonder de sleutel van de casusdatabase geschreven of herschreven</translation>
        </message>
        <message>
            <source>entries from %1 on are missing: the log was truncated</source>
            <translation>items vanaf %1 ontbreken: het logboek is afgekapt</translation>
        </message>
        <message>
            <source>the recorded end of the log (entry %1) fails the keyed check (HMAC): entries were cut off or rewritten</source>
            <translation>het vastgelegde einde van het logboek (item %1) voldoet niet aan de sleutelcontrole (HMAC): items zijn afgekapt of herschreven</translation>
        </message>
        <message>
            <source>no key for the audit log</source>
            <translation>geen sleutel voor het auditlog</translation>
        </message>
        <message>
            <source>the record's INFO cannot be unpacked</source>
            <translation>het INFO-veld van het record kan niet worden uitgepakt</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a per-allele INFO field (Number=A or R) with the wrong number of values; those values were not kept</source>
            <translation>
                <numerusform>%n record heeft een INFO-veld per allel (Number=A of R) met een onjuist aantal waarden; die waarden zijn niet bewaard</numerusform>
                <numerusform>%n records hebben een INFO-veld per allel (Number=A of R) met een onjuist aantal waarden; die waarden zijn niet bewaard</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>SHA-256 %1, public key SHA-256 %2</source>
            <translation>SHA-256 %1, publieke sleutel SHA-256 %2</translation>
        </message>
        <message>
            <source>TLS: the certificate of node %1 does not match its pinned SHA-256 (pinned %2; the node presented certificate %3). The connection was refused.</source>
            <translation>TLS: het certificaat van knooppunt %1 komt niet overeen met de gepinde SHA-256 (gepind: %2; door het knooppunt aangeboden certificaat: %3). De verbinding is geweigerd.</translation>
        </message>
        <message>
            <source>The frequency cache does not exist.</source>
            <translation>De frequentiecache bestaat niet.</translation>
        </message>
        <message>
            <source>Cannot open the frequency cache: %1</source>
            <translation>Kan de frequentiecache niet openen: %1</translation>
        </message>
        <message>
            <source>Cannot create the table of Beacon fetch times</source>
            <translation>Kan de tabel met Beacon-ophaaltijden niet aanmaken</translation>
        </message>
        <message>
            <source>Not a frequency cache: %1</source>
            <translation>Geen frequentiecache: %1</translation>
        </message>
        <message>
            <source>The frequency cache was opened read-only.</source>
            <translation>De frequentiecache is alleen-lezen geopend.</translation>
        </message>
        <message>
            <source>Cannot record the Beacon fetch times</source>
            <translation>Kan de Beacon-ophaaltijden niet vastleggen</translation>
        </message>
        <message>
            <source>Cannot remove the Beacon fetch times</source>
            <translation>Kan de Beacon-ophaaltijden niet verwijderen</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>zojuist</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minuut geleden</numerusform>
                <numerusform>%n minuten geleden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n uur geleden</numerusform>
                <numerusform>%n uur geleden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n dag geleden</numerusform>
                <numerusform>%n dagen geleden</numerusform>
            </translation>
        </message>
        <message>
            <source>"maxAgeDays" must be 0 ... 3650.</source>
            <translation>"maxAgeDays" moet tussen 0 en 3650 liggen.</translation>
        </message>
        <message>
            <source>Cannot create the folder.</source>
            <translation>Kan de map niet aanmaken.</translation>
        </message>
        <message>
            <source>Node "%1" needs a token or password of one line.</source>
            <translation>Knooppunt "%1" vereist een token of wachtwoord van één regel.</translation>
        </message>
        <message>
            <source>Cannot write the token file.</source>
            <translation>Kan het tokenbestand niet schrijven.</translation>
        </message>
        <message>
            <source>Cannot write the node list.</source>
            <translation>Kan de knooppuntenlijst niet schrijven.</translation>
        </message>
        <message>
            <source>The request headers are larger than %1 bytes.</source>
            <translation>De headers van het verzoek zijn groter dan %1 bytes.</translation>
        </message>
        <message>
            <source>A chunk header is too long.</source>
            <translation>Een chunk-header is te lang.</translation>
        </message>
        <message>
            <source>A chunk size is not a number.</source>
            <translation>Een chunkgrootte is geen getal.</translation>
        </message>
        <message>
            <source>The Content-Length header is not a number.</source>
            <translation>De Content-Length-header is geen getal.</translation>
        </message>
        <message>
            <source>bad sum column</source>
            <translation>ongeldige somkolom</translation>
        </message>
        <message>
            <source>unknown integer coding %1</source>
            <translation>onbekende integercodering %1</translation>
        </message>
        <message>
            <source>upgrading the format</source>
            <translation>bij het bijwerken van het formaat</translation>
        </message>
        <message>
            <source>could not write the case database (disk full or I/O error: %1); this change was not saved, earlier changes are intact</source>
            <translation>kan niet naar de casusdatabase schrijven (schijf vol of I/O-fout: %1); deze wijziging is niet opgeslagen, eerdere wijzigingen zijn intact</translation>
        </message>
        <message>
            <source>the case database is locked by another program (%1); this change was not saved, try again</source>
            <translation>de casusdatabase is vergrendeld door een ander programma (%1); deze wijziging is niet opgeslagen, probeer het opnieuw</translation>
        </message>
        <message>
            <source>the case database is read-only (%1); this change was not saved</source>
            <translation>de casusdatabase is alleen-lezen (%1); deze wijziging is niet opgeslagen</translation>
        </message>
        <message>
            <source>the case database is read-only (%1): ask IT for write access to the file and its folder</source>
            <translation>de casusdatabase is alleen-lezen (%1): vraag de IT-afdeling om schrijfrechten op het bestand en de map waarin het staat</translation>
        </message>
        <message numerus="yes">
            <source>HTTP %1: the node asked to wait %n second(s)</source>
            <translation>
                <numerusform>HTTP %1: de node vroeg %n seconde te wachten</numerusform>
                <numerusform>HTTP %1: de node vroeg %n seconden te wachten</numerusform>
            </translation>
        </message>
        <message>
            <source>The request headers did not arrive within %1 ms.</source>
            <translation>De headers van het verzoek kwamen niet binnen %1 ms aan.</translation>
        </message>
        <message>
            <source>The request body did not arrive within %1 ms.</source>
            <translation>De inhoud van het verzoek kwam niet binnen %1 ms aan.</translation>
        </message>
        <message>
            <source>The server has too many open connections; try again later.</source>
            <translation>De server heeft te veel open verbindingen; probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>Too many open connections from your address; at most %1.</source>
            <translation>Te veel open verbindingen vanaf uw adres; hoogstens %1.</translation>
        </message>
        <message numerus="yes">
            <source>Too many requests; retry after %n second(s).</source>
            <translation>
                <numerusform>Te veel verzoeken; probeer opnieuw na %n seconde.</numerusform>
                <numerusform>Te veel verzoeken; probeer opnieuw na %n seconden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/PL (Number=G) with the wrong number of values for the genotype's ploidy and alleles; PL was not kept for those calls</source>
            <translation>
                <numerusform>%n record heeft een FORMAT/PL (Number=G) met een aantal waarden dat niet past bij de ploïdie en allelen van het genotype; PL is voor die calls niet bewaard</numerusform>
                <numerusform>%n records hebben een FORMAT/PL (Number=G) met een aantal waarden dat niet past bij de ploïdie en allelen van het genotype; PL is voor die calls niet bewaard</numerusform>
            </translation>
        </message>
        <message>
            <source>note (%1): %2</source>
            <translation>opmerking (%1): %2</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/AD with the wrong number of values (one per allele, REF first); AD was not kept for those calls</source>
            <translation>
                <numerusform>%n record heeft een FORMAT/AD met een verkeerd aantal waarden (één per allel, REF eerst); AD is voor die calls niet bewaard</numerusform>
                <numerusform>%n records hebben een FORMAT/AD met een verkeerd aantal waarden (één per allel, REF eerst); AD is voor die calls niet bewaard</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the transcripts was cancelled.</source>
            <translation>Het lezen van de transcripten is geannuleerd.</translation>
        </message>
        <message>
            <source>MANE Select first, then the canonical transcript, then the most severe consequence, then protein-coding, then file order</source>
            <translation>eerst MANE Select, dan het canonieke transcript, dan het ernstigste effect, dan eiwitcoderend, dan de volgorde in het bestand</translation>
        </message>
        <message>
            <source>The variant file is no longer there; its transcripts cannot be read.</source>
            <translation>Het variantbestand is er niet meer; de transcripten kunnen niet worden gelezen.</translation>
        </message>
        <message>
            <source>The variant file has changed since the case was loaded; open the case again to see its transcripts.</source>
            <translation>Het variantbestand is gewijzigd sinds de casus werd geladen; open de casus opnieuw om de transcripten te zien.</translation>
        </message>
        <message>
            <source>The variant file cannot be opened to read its transcripts.</source>
            <translation>Het variantbestand kan niet worden geopend om de transcripten te lezen.</translation>
        </message>
        <message>
            <source>The file is not a VCF or BCF file.</source>
            <translation>Het bestand is geen VCF- of BCF-bestand.</translation>
        </message>
        <message>
            <source>The header of the variant file cannot be read.</source>
            <translation>De header van het variantbestand kan niet worden gelezen.</translation>
        </message>
        <message>
            <source>The variant file has no VEP (CSQ) or SnpEff (ANN) annotation in its header, so it lists no transcripts.</source>
            <translation>De header van het variantbestand bevat geen VEP- (CSQ) of SnpEff-annotatie (ANN); het noemt dus geen transcripten.</translation>
        </message>
        <message>
            <source>The variant was not found in the variant file; its transcripts cannot be shown.</source>
            <translation>De variant is niet gevonden in het variantbestand; de transcripten kunnen niet worden getoond.</translation>
        </message>
        <message>
            <source>The variant file could not be read to the end of the region of the variant.</source>
            <translation>Het variantbestand kon niet tot het einde van de regio van de variant worden gelezen.</translation>
        </message>
        <message>
            <source>The variant file could not be read to its end.</source>
            <translation>Het variantbestand kon niet tot het einde worden gelezen.</translation>
        </message>
        <message>
            <source>truncated header</source>
            <translation>afgebroken kop</translation>
        </message>
        <message>
            <source>checksum mismatch</source>
            <translation>controlesom klopt niet</translation>
        </message>
        <message>
            <source>bad integer column</source>
            <translation>ongeldige kolom met gehele getallen</translation>
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
            <translation>Insertie</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Deletie</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complex</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Structureel</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referentie</translation>
        </message>
        <message>
            <source>heterozygous (with other ALT)</source>
            <translation>heterozygoot (met andere ALT)</translation>
        </message>
        <message>
            <source>other ALT only</source>
            <translation>alleen andere ALT</translation>
        </message>
        <message>
            <source>a chunk of the frequency cache is corrupt (%1); import that source again, or restore the cache file from a backup</source>
            <translation>een blok van de frequentiecache is beschadigd (%1); importeer die bron opnieuw of zet het cachebestand terug uit een back-up</translation>
        </message>
        <message>
            <source>the BCF header is damaged: it declares %1 bytes (at most %2 are accepted); write the BCF again from its source</source>
            <translation>de BCF-header is beschadigd: hij geeft %1 bytes op (hoogstens %2 worden geaccepteerd); schrijf het BCF-bestand opnieuw vanuit de bron</translation>
        </message>
        <message>
            <source>no source of the caches has the field(s) %1; their fields are %2</source>
            <translation>geen bron in de caches heeft het veld of de velden %1; hun velden zijn %2</translation>
        </message>
    </context>
    <context>
        <name>Core::Tr</name>
        <message>
            <source>Clinical geneticist</source>
            <translation>Klinisch geneticus</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogDialog</name>
        <message>
            <source>Audit Log — %1</source>
            <translation>Auditlog — %1</translation>
        </message>
        <message numerus="yes">
            <source>✔ Audit chain intact: %n entry(ies) verified.</source>
            <translation>
                <numerusform>✔ Auditketen intact: %n item geverifieerd.</numerusform>
                <numerusform>✔ Auditketen intact: %n items geverifieerd.</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ AUDIT CHAIN BROKEN at entry %1: %2</source>
            <translation>✘ AUDITKETEN VERBROKEN bij item %1: %2</translation>
        </message>
        <message>
            <source>Filter (user, action, entity)</source>
            <translation>Filter (gebruiker, actie, entiteit)</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogModel</name>
        <message>
            <source>%1 (first bad entry)</source>
            <translation>%1 (eerste ongeldige item)</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Entiteit</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Voor</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Na</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseListModel</name>
        <message>
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Beoordeeld</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Ondertekend</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Casus</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patiënt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Bijgewerkt</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseSidebar</name>
        <message>
            <source>Cases</source>
            <translation>Casussen</translation>
        </message>
        <message>
            <source>Filter cases (id, patient, status)</source>
            <translation>Casussen filteren (id, patiënt, status)</translation>
        </message>
        <message>
            <source>No case database is open.</source>
            <translation>Er is geen casusdatabase geopend.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n case(s)</source>
            <translation>
                <numerusform>%1 — %n casus</numerusform>
                <numerusform>%1 — %n casussen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseStoreClient</name>
        <message>
            <source>Case database %1:
%2</source>
            <translation>Casusdatabase %1:
%2</translation>
        </message>
        <message>
            <source>Open Case Database</source>
            <translation>Casusdatabase openen</translation>
        </message>
        <message>
            <source>Case databases (*.sqlite *.db);;All files (*)</source>
            <translation>Casusdatabases (*.sqlite *.db);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Passphrase of %1:</source>
            <translation>Wachtwoord van %1:</translation>
        </message>
        <message>
            <source>Case database %1 cannot be opened:
%2</source>
            <translation>Casusdatabase %1 kan niet worden geopend:
%2</translation>
        </message>
        <message>
            <source>Log In</source>
            <translation>Aanmelden</translation>
        </message>
        <message>
            <source>Log in to %1.</source>
            <translation>Meld u aan bij %1.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Gebruikersnaam:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>%1
Password of %2:</source>
            <translation>%1
Wachtwoord van %2:</translation>
        </message>
    </context>
    <context>
        <name>Gui::DetailPane</name>
        <message>
            <source>Policy decision (%1)</source>
            <translation>Beleidsbeslissing (%1)</translation>
        </message>
        <message>
            <source>The patient does not carry this allele, so the policy does not judge it.</source>
            <translation>De patiënt draagt dit allel niet, dus het beleid beoordeelt het niet.</translation>
        </message>
        <message>
            <source>Laboratory classification</source>
            <translation>Laboratoriumclassificatie</translation>
        </message>
        <message>
            <source>not classified yet</source>
            <translation>nog niet geclassificeerd</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar (or no knowledge base)</source>
            <translation>niet in ClinVar (of geen kennisbank)</translation>
        </message>
        <message>
            <source>Highest population AF</source>
            <translation>Hoogste populatie-AF</translation>
        </message>
        <message>
            <source>no frequency data for this site</source>
            <translation>geen frequentiegegevens voor deze positie</translation>
        </message>
        <message>
            <source>Population frequencies</source>
            <translation>Populatiefrequenties</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Populatie</translation>
        </message>
        <message>
            <source>Homozygotes</source>
            <translation>Homozygoten</translation>
        </message>
        <message>
            <source>not found (the source covers this region)</source>
            <translation>niet gevonden (de bron dekt deze regio)</translation>
        </message>
        <message>
            <source>no data for this region</source>
            <translation>geen gegevens voor deze regio</translation>
        </message>
        <message>
            <source>Open in IGV</source>
            <translation>Openen in IGV</translation>
        </message>
        <message>
            <source>Population frequencies chart</source>
            <translation>Grafiek van de populatiefrequenties</translation>
        </message>
        <message>
            <source>Shows this position in a running IGV (batch port, 127.0.0.1)</source>
            <translation>Toont deze positie in een draaiende IGV (batchpoort, 127.0.0.1)</translation>
        </message>
        <message>
            <source>region fetched %1 (%2)</source>
            <translation>regio %1 opgehaald (%2)</translation>
        </message>
        <message>
            <source>fetch time of this region unknown; source retrieved %1</source>
            <translation>ophaaltijd van deze regio onbekend; bron %1 opgehaald</translation>
        </message>
        <message>
            <source>fetch time unknown</source>
            <translation>ophaaltijd onbekend</translation>
        </message>
        <message>
            <source>retrieval time unknown</source>
            <translation>ophaaldatum onbekend</translation>
        </message>
        <message>
            <source>retrieved %1 (%2)</source>
            <translation>%1 opgehaald (%2)</translation>
        </message>
        <message>
            <source>Allele frequency per population (‰)</source>
            <translation>Allelfrequentie per populatie (‰)</translation>
        </message>
        <message>
            <source>No frequency cache is configured for this case.</source>
            <translation>Voor deze casus is geen frequentiecache geconfigureerd.</translation>
        </message>
        <message>
            <source>%1: not found (the source covers this region)</source>
            <translation>%1: niet gevonden (de bron dekt deze regio)</translation>
        </message>
        <message>
            <source>%1: no data for this region</source>
            <translation>%1: geen gegevens voor deze regio</translation>
        </message>
        <message>
            <source>AF (‰)</source>
            <translation>AF (‰)</translation>
        </message>
        <message>
            <source>No population frequencies for this variant.</source>
            <translation>Geen populatiefrequenties voor deze variant.</translation>
        </message>
        <message>
            <source>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, homozygotes %8
%9</source>
            <translation>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, homozygoten %8
%9</translation>
        </message>
        <message>
            <source>Sending %1 to IGV…</source>
            <translation>%1 wordt naar IGV verzonden…</translation>
        </message>
        <message>
            <source>Sent %1 to IGV.</source>
            <translation>%1 naar IGV verzonden.</translation>
        </message>
        <message>
            <source>IGV is not running (nothing listens on port %1). Start IGV and enable its batch port (View &gt; Preferences &gt; Advanced).</source>
            <translation>IGV draait niet (niets luistert op poort %1). Start IGV en schakel de batchpoort in (View &gt; Preferences &gt; Advanced).</translation>
        </message>
        <message>
            <source>Could not reach IGV on port %1: %2</source>
            <translation>Kan IGV op poort %1 niet bereiken: %2</translation>
        </message>
        <message>
            <source>%1, phased</source>
            <translation>%1, gefaseerd</translation>
        </message>
        <message>
            <source>%1, phased without a phase set (phase unknown)</source>
            <translation>%1, gefaseerd zonder phase set (fase onbekend)</translation>
        </message>
        <message>
            <source>%1, phased (PS %2)</source>
            <translation>%1, gefaseerd (PS %2)</translation>
        </message>
        <message>
            <source>Select a variant to see its details.</source>
            <translation>Selecteer een variant om de details te zien.</translation>
        </message>
        <message>
            <source>Variant key</source>
            <translation>Variantsleutel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>QUAL / FILTER</source>
            <translation>QUAL / FILTER</translation>
        </message>
        <message>
            <source>split from a multi-allelic record</source>
            <translation>afgesplitst van een multi-allelisch record</translation>
        </message>
        <message>
            <source>shared bases trimmed</source>
            <translation>gedeelde basen ingekort</translation>
        </message>
        <message>
            <source>left-aligned against the reference</source>
            <translation>links uitgelijnd ten opzichte van de referentie</translation>
        </message>
        <message>
            <source>Changed on load</source>
            <translation>Gewijzigd bij laden</translation>
        </message>
        <message>
            <source>no — as written in the file</source>
            <translation>nee — zoals in het bestand geschreven</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gen</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transcript</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Effect</translation>
        </message>
        <message>
            <source>HGVS</source>
            <translation>HGVS</translation>
        </message>
        <message>
            <source>Annotation source</source>
            <translation>Annotatiebron</translation>
        </message>
        <message>
            <source>from the input file (VEP/SnpEff), transcript picked by the documented rule</source>
            <translation>uit het invoerbestand (VEP/SnpEff), transcript gekozen volgens de gedocumenteerde regel</translation>
        </message>
        <message>
            <source>INFO of this allele</source>
            <translation>INFO van dit allel</translation>
        </message>
        <message>
            <source>Segregation in the trio</source>
            <translation>Segregatie in het trio</translation>
        </message>
        <message>
            <source>nothing notable</source>
            <translation>niets bijzonders</translation>
        </message>
        <message>
            <source>Genotypes</source>
            <translation>Genotypen</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Sample</translation>
        </message>
        <message>
            <source>Genotype</source>
            <translation>Genotype</translation>
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
            <translation>AD ref/alt</translation>
        </message>
        <message>
            <source>Allele balance</source>
            <translation>Allelbalans</translation>
        </message>
        <message>
            <source>Age of the data: %1</source>
            <translation>Leeftijd van de gegevens: %1</translation>
        </message>
        <message>
            <source>PL</source>
            <translation>PL</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Phred-geschaalde genotype-likelihoods (FORMAT/PL) van 0/0, 0/1 en 1/1 voor dit ALT-allel (0 en 1 bij een haploïde call)</translation>
        </message>
        <message>
            <source>Transcripts</source>
            <translation>Transcripten</translation>
        </message>
        <message>
            <source>Reading transcripts…</source>
            <translation>Transcripten worden gelezen…</translation>
        </message>
        <message>
            <source>The transcripts cannot be shown: %1</source>
            <translation>De transcripten kunnen niet worden getoond: %1</translation>
        </message>
        <message>
            <source>The file lists no transcripts for this allele.</source>
            <translation>Het bestand noemt geen transcripten voor dit allel.</translation>
        </message>
        <message numerus="yes">
            <source>%n transcript(s) from %1 (%2 field). The picked one, shown in the variant table, is chosen by this rule: %3.</source>
            <translation>
                <numerusform>%n transcript uit %1 (veld %2). Het gekozen transcript, getoond in de varianttabel, wordt bepaald door deze regel: %3.</numerusform>
                <numerusform>%n transcripten uit %1 (veld %2). Het gekozen transcript, getoond in de varianttabel, wordt bepaald door deze regel: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Consequence (impact)</source>
            <translation>Effect (impact)</translation>
        </message>
        <message>
            <source>HGVS c./p.</source>
            <translation>HGVS c./p.</translation>
        </message>
        <message>
            <source>picked</source>
            <translation>gekozen</translation>
        </message>
        <message>
            <source>MANE Select</source>
            <translation>MANE Select</translation>
        </message>
        <message>
            <source>canonical</source>
            <translation>canoniek</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <source>Indexing the variant file for transcript lookups (first time only): %1 %</source>
            <translation>Het variantbestand wordt geïndexeerd voor het opzoeken van transcripten (alleen de eerste keer): %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n review star(s)</source>
            <translation>
                <numerusform>%1, %n beoordelingsster</numerusform>
                <numerusform>%1, %n beoordelingssterren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::FilterPanel</name>
        <message>
            <source>e.g. BRCA1, BRCA2, TP53</source>
            <translation>bijv. BRCA1, BRCA2, TP53</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Voorinstelling:</translation>
        </message>
        <message>
            <source>&amp;Genes:</source>
            <translation>&amp;Genen:</translation>
        </message>
        <message>
            <source>Filter cascade:</source>
            <translation>Filtercascade:</translation>
        </message>
        <message>
            <source>In the genes %1</source>
            <translation>In de genen %1</translation>
        </message>
        <message>
            <source>%1 before, %2 after</source>
            <translation>%1 vóór, %2 na</translation>
        </message>
        <message>
            <source>%1 of %2 variants shown</source>
            <translation>%1 van %2 varianten weergegeven</translation>
        </message>
        <message>
            <source>In the policy's genes</source>
            <translation>In de genen van het beleid</translation>
        </message>
        <message>
            <source>Only the policy's genes (e.g. ACMG SF)</source>
            <translation>Alleen de genen van het beleid (bijv. ACMG SF)</translation>
        </message>
        <message>
            <source>Only policy findings (reported, withheld or to review)</source>
            <translation>Alleen beleidsbevindingen (gerapporteerd, achtergehouden of te beoordelen)</translation>
        </message>
        <message>
            <source>Highest population (as grpmax)</source>
            <translation>Populatie met de hoogste frequentie (zoals grpmax)</translation>
        </message>
        <message>
            <source>all (whole source)</source>
            <translation>alle (volledige bron)</translation>
        </message>
        <message>
            <source>highest population</source>
            <translation>populatie met de hoogste frequentie</translation>
        </message>
        <message>
            <source>depth ≥ %1</source>
            <translation>diepte ≥ %1</translation>
        </message>
        <message>
            <source>GQ ≥ %1</source>
            <translation>GQ ≥ %1</translation>
        </message>
        <message>
            <source>allele balance ≥ %1%</source>
            <translation>allelbalans ≥ %1%</translation>
        </message>
        <message>
            <source>Quality: %1</source>
            <translation>Kwaliteit: %1</translation>
        </message>
        <message>
            <source>%1 — not applied: no frequency cache for this case</source>
            <translation>%1 — niet toegepast: geen frequentiecache voor deze casus</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic</source>
            <translation>ClinVar pathogeen of waarschijnlijk pathogeen</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic — no variant of this case is in ClinVar (or no knowledge base is used)</source>
            <translation>ClinVar pathogeen of waarschijnlijk pathogeen — geen variant van deze casus staat in ClinVar (of er wordt geen kennisbank gebruikt)</translation>
        </message>
        <message>
            <source>Reported, withheld or to review by the policy</source>
            <translation>Volgens het beleid gerapporteerd, achtergehouden of te beoordelen</translation>
        </message>
        <message>
            <source>Saved filter sets…</source>
            <translation>Opgeslagen filtersets…</translation>
        </message>
        <message>
            <source>Save Filter Set</source>
            <translation>Filterset opslaan</translation>
        </message>
        <message>
            <source>Name of the filter set (saved for you on this computer):</source>
            <translation>Naam van de filterset (voor u opgeslagen op deze computer):</translation>
        </message>
        <message>
            <source>Saved:</source>
            <translation>Opgeslagen:</translation>
        </message>
        <message>
            <source>&amp;Consequence:</source>
            <translation>&amp;Effect:</translation>
        </message>
        <message>
            <source>At &amp;most:</source>
            <translation>&amp;Maximaal:</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>In:</translation>
        </message>
        <message>
            <source>Depth ≥</source>
            <translation>Diepte ≥</translation>
        </message>
        <message>
            <source>GQ ≥</source>
            <translation>GQ ≥</translation>
        </message>
        <message>
            <source>Allele balance ≥</source>
            <translation>Allelbalans ≥</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <source>Save these filter choices under a name</source>
            <translation>Deze filterkeuzes onder een naam opslaan</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Delete the chosen saved filter set</source>
            <translation>De gekozen opgeslagen filterset verwijderen</translation>
        </message>
        <message>
            <source>Population allele frequency</source>
            <translation>Populatie-allelfrequentie</translation>
        </message>
        <message>
            <source>Use FAF95 where the source has it</source>
            <translation>FAF95 gebruiken als de bron deze bevat</translation>
        </message>
        <message>
            <source>Genotype quality of the patient</source>
            <translation>Genotypekwaliteit van de patiënt</translation>
        </message>
        <message>
            <source>Any consequence</source>
            <translation>Elk effect</translation>
        </message>
        <message>
            <source>Coding or splice region</source>
            <translation>Coderend of splice-regio</translation>
        </message>
        <message>
            <source>Protein-altering (missense, in-frame, LoF)</source>
            <translation>Eiwitveranderend (missense, in-frame, LoF)</translation>
        </message>
        <message>
            <source>Loss of function (stop, frameshift, splice site)</source>
            <translation>Functieverlies (stop, frameshift, splice-site)</translation>
        </message>
        <message>
            <source>Only ClinVar pathogenic or likely pathogenic</source>
            <translation>Alleen ClinVar pathogeen of waarschijnlijk pathogeen</translation>
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
            <translation>Filters</translation>
        </message>
        <message>
            <source>Variant details</source>
            <translation>Variantdetails</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Laden annuleren</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Openen…</translation>
        </message>
        <message>
            <source>Open variants</source>
            <translation>Varianten openen</translation>
        </message>
        <message>
            <source>Variant files (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;All files (*)</source>
            <translation>Variantbestanden (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Recent geopend</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Copy Rows</source>
            <translation>Rijen &amp;kopiëren</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Alles selecteren</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Casus</translation>
        </message>
        <message>
            <source>&amp;Load Report…</source>
            <translation>Verslag &amp;laden…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>E&amp;xtra</translation>
        </message>
        <message>
            <source>&amp;Quality Control…</source>
            <translation>&amp;Kwaliteitscontrole…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About GenomeDesk</source>
            <translation>&amp;Over GenomeDesk</translation>
        </message>
        <message>
            <source>A file is already loading.</source>
            <translation>Er wordt al een bestand geladen.</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 laden…</translation>
        </message>
        <message>
            <source>Loading cancelled.</source>
            <translation>Laden geannuleerd.</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Kan bestand niet openen</translation>
        </message>
        <message>
            <source>%1 — GenomeDesk</source>
            <translation>%1 — GenomeDesk</translation>
        </message>
        <message>
            <source>Open a VCF or BCF file (File → Open, or drop it here).</source>
            <translation>Open een VCF- of BCF-bestand (Bestand → Openen, of sleep het hierheen).</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n variant(s) shown</source>
            <translation>
                <numerusform>%1 van %n variant weergegeven</numerusform>
                <numerusform>%1 van %n varianten weergegeven</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sample(s)</source>
            <translation>
                <numerusform>%n sample</numerusform>
                <numerusform>%n samples</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n overgeslagen</numerusform>
                <numerusform>%n overgeslagen</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Verslag geschreven naar %1</translation>
        </message>
        <message>
            <source>Cannot write report</source>
            <translation>Kan verslag niet schrijven</translation>
        </message>
        <message>
            <source>Load report</source>
            <translation>Verslag laden</translation>
        </message>
        <message>
            <source>About GenomeDesk</source>
            <translation>Over GenomeDesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Clinical genomics case review with federated European allele frequencies.&lt;/p&gt;</source>
            <translation>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Beoordeling van klinisch-genomische casussen met gefedereerde Europese allelfrequenties.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Write Report…</source>
            <translation>Verslag &amp;schrijven…</translation>
        </message>
        <message>
            <source>Patient &amp;Consent…</source>
            <translation>&amp;Toestemming van de patiënt…</translation>
        </message>
        <message>
            <source>&amp;Indication Genes…</source>
            <translation>&amp;Indicatiegenen…</translation>
        </message>
        <message>
            <source>&amp;Frequency Caches…</source>
            <translation>&amp;Frequentiecaches…</translation>
        </message>
        <message>
            <source>%1: %2 primary, %3 secondary, %4 to review</source>
            <translation>%1: primaire bevindingen %2, nevenbevindingen %3, te beoordelen %4</translation>
        </message>
        <message>
            <source>The policy cannot be applied: %1</source>
            <translation>Het beleid kan niet worden toegepast: %1</translation>
        </message>
        <message>
            <source>Patient consent</source>
            <translation>Toestemming van de patiënt</translation>
        </message>
        <message>
            <source>Which secondary findings does the patient wish to receive under %1?</source>
            <translation>Welke nevenbevindingen wil de patiënt ontvangen volgens %1?</translation>
        </message>
        <message>
            <source>Not recorded (reported: the policy is opt-out)</source>
            <translation>Niet vastgelegd (wordt gerapporteerd: het beleid is opt-out)</translation>
        </message>
        <message>
            <source>Not recorded (not reported: the policy is opt-in)</source>
            <translation>Niet vastgelegd (wordt niet gerapporteerd: het beleid is opt-in)</translation>
        </message>
        <message>
            <source>Wishes to be informed</source>
            <translation>Wenst geïnformeerd te worden</translation>
        </message>
        <message>
            <source>Does not wish to be informed</source>
            <translation>Wenst niet geïnformeerd te worden</translation>
        </message>
        <message>
            <source>The patient is a minor</source>
            <translation>De patiënt is minderjarig</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Vastgelegd door</translation>
        </message>
        <message>
            <source>Indication genes</source>
            <translation>Indicatiegenen</translation>
        </message>
        <message>
            <source>HGNC symbols separated by spaces, commas or lines</source>
            <translation>HGNC-symbolen, gescheiden door spaties, komma's of regeleinden</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Indicatie</translation>
        </message>
        <message>
            <source>Genes</source>
            <translation>Genen</translation>
        </message>
        <message>
            <source>Frequency caches</source>
            <translation>Frequentiecaches</translation>
        </message>
        <message>
            <source>Frequency caches (*.gdfreq)</source>
            <translation>Frequentiecaches (*.gdfreq)</translation>
        </message>
        <message>
            <source>Write report</source>
            <translation>Verslag schrijven</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Taal van het verslag</translation>
        </message>
        <message>
            <source>Also HTML</source>
            <translation>Ook HTML</translation>
        </message>
        <message>
            <source>Also FHIR Genomics Reporting (JSON)</source>
            <translation>Ook FHIR Genomics Reporting (JSON)</translation>
        </message>
        <message>
            <source>Also GA4GH Phenopacket (JSON)</source>
            <translation>Ook GA4GH Phenopacket (JSON)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Verslag wordt geschreven…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>System Default</source>
            <translation>Systeemstandaard</translation>
        </message>
        <message>
            <source>System settings</source>
            <translation>Systeeminstellingen</translation>
        </message>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>De casus is nog niet beoordeeld.</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>&amp;Voorbeeld…</translation>
        </message>
        <message>
            <source>Shows the report as it will be printed, in the chosen language</source>
            <translation>Toont het verslag zoals het wordt afgedrukt, in de gekozen taal</translation>
        </message>
        <message>
            <source>(computed when the report is written)</source>
            <translation>(berekend bij het schrijven van het verslag)</translation>
        </message>
        <message>
            <source>Case %1: its variant file %2 is not on this computer.</source>
            <translation>Casus %1: het variantbestand %2 staat niet op deze computer.</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>kan de map %1 niet aanmaken</translation>
        </message>
        <message>
            <source>cannot save the screenshot %1</source>
            <translation>kan de schermafbeelding %1 niet opslaan</translation>
        </message>
        <message>
            <source>the file has changed since the case was created: its SHA-256 is %1, the case recorded %2</source>
            <translation>het bestand is gewijzigd sinds de casus is aangemaakt: de SHA-256 is %1, de casus heeft %2 vastgelegd</translation>
        </message>
        <message>
            <source>Data sources of the open case</source>
            <translation>Gegevensbronnen van de geopende casus</translation>
        </message>
        <message>
            <source>Policy %1 %2 (checksum %3)</source>
            <translation>Beleid %1 %2 (controlesom %3)</translation>
        </message>
        <message>
            <source>No case is evaluated yet.</source>
            <translation>Er is nog geen casus geëvalueerd.</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliotheken</translation>
        </message>
        <message>
            <source>Frequency &amp;Nodes…</source>
            <translation>Frequentieknoop&amp;punten…</translation>
        </message>
        <message>
            <source>S&amp;ync Frequencies…</source>
            <translation>Frequenties &amp;synchroniseren…</translation>
        </message>
        <message>
            <source>the report preview could not be rendered: %1</source>
            <translation>het voorbeeld van het verslag kon niet worden opgemaakt: %1</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>Filteren…</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>Sorteren…</translation>
        </message>
        <message>
            <source>Table &amp;Columns</source>
            <translation>Tabel&amp;kolommen</translation>
        </message>
        <message>
            <source>Cancel filtering</source>
            <translation>Filteren annuleren</translation>
        </message>
        <message>
            <source>Cancel sorting</source>
            <translation>Sorteren annuleren</translation>
        </message>
        <message>
            <source>Cancel filtering (Esc)</source>
            <translation>Filteren annuleren (Esc)</translation>
        </message>
        <message>
            <source>Cancel sorting (Esc)</source>
            <translation>Sorteren annuleren (Esc)</translation>
        </message>
        <message>
            <source>Filtering cancelled: the table and the filter panel show the previous filter.</source>
            <translation>Filteren geannuleerd: de tabel en het filterpaneel tonen het vorige filter.</translation>
        </message>
        <message>
            <source>Sorting cancelled: the table keeps its previous order.</source>
            <translation>Sorteren geannuleerd: de tabel behoudt de vorige volgorde.</translation>
        </message>
        <message>
            <source>Genotype (each sample)</source>
            <translation>Genotype (elk monster)</translation>
        </message>
        <message>
            <source>DP — read depth (each sample)</source>
            <translation>DP — leesdiepte (elk monster)</translation>
        </message>
        <message>
            <source>GQ — genotype quality (each sample)</source>
            <translation>GQ — genotypekwaliteit (elk monster)</translation>
        </message>
        <message>
            <source>AB — allele balance (each sample)</source>
            <translation>AB — allelbalans (elk monster)</translation>
        </message>
        <message>
            <source>PL — genotype likelihoods (each sample)</source>
            <translation>PL — genotype-likelihoods (elk monster)</translation>
        </message>
        <message>
            <source>The open file has no FORMAT/PL.</source>
            <translation>Het geopende bestand heeft geen FORMAT/PL.</translation>
        </message>
    </context>
    <context>
        <name>Gui::NodesDialog</name>
        <message>
            <source>Frequency Nodes</source>
            <translation>Frequentieknooppunten</translation>
        </message>
        <message>
            <source>The node list is locked by your IT department: its nodes are shown read-only and no node can be added.</source>
            <translation>De knooppuntenlijst is vergrendeld door uw IT-afdeling: de knooppunten worden alleen-lezen weergegeven en er kan geen knooppunt worden toegevoegd.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>1-64 letters, digits, '.', '_' or '-'; the cache source is beacon:&lt;name&gt;</source>
            <translation>1-64 letters, cijfers, '.', '_' of '-'; de cachebron is beacon:&lt;name&gt;</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>Base &amp;URL:</source>
            <translation>Basis-&amp;URL:</translation>
        </message>
        <message>
            <source>Beacon v2 specification ({base}/g_variants)</source>
            <translation>Beacon v2-specificatie ({base}/g_variants)</translation>
        </message>
        <message>
            <source>GDI aggregated ({base}/beacon/aggregated/v2/g_variants)</source>
            <translation>GDI geaggregeerd ({base}/beacon/aggregated/v2/g_variants)</translation>
        </message>
        <message>
            <source>Endpoint &amp;style:</source>
            <translation>Endpoint&amp;stijl:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Bearer-token</translation>
        </message>
        <message>
            <source>Basic (user and password)</source>
            <translation>Basic (gebruiker en wachtwoord)</translation>
        </message>
        <message>
            <source>&amp;Authentication:</source>
            <translation>&amp;Authenticatie:</translation>
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation>&amp;Gebruiker:</translation>
        </message>
        <message>
            <source>Stored in its own file readable only by you, never in the settings</source>
            <translation>Opgeslagen in een eigen bestand dat alleen u kunt lezen, nooit in de instellingen</translation>
        </message>
        <message>
            <source>&amp;Token or password:</source>
            <translation>T&amp;oken of wachtwoord:</translation>
        </message>
        <message>
            <source>0-based (specification: start = POS - 1)</source>
            <translation>0-based (specificatie: start = POS - 1)</translation>
        </message>
        <message>
            <source>1-based (start = POS)</source>
            <translation>1-based (start = POS)</translation>
        </message>
        <message>
            <source>&amp;Coordinates:</source>
            <translation>&amp;Coördinaten:</translation>
        </message>
        <message>
            <source>System certificate authorities</source>
            <translation>Certificaatautoriteiten van het systeem</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>CA &amp;bundle (PEM):</source>
            <translation>CA-bun&amp;del (PEM):</translation>
        </message>
        <message>
            <source>SHA-256 (hex) of the node's certificate or of its public key; only a matching certificate is accepted</source>
            <translation>SHA-256 (hex) van het certificaat van het knooppunt of van de publieke sleutel ervan; alleen een overeenkomend certificaat wordt geaccepteerd</translation>
        </message>
        <message>
            <source>&amp;Pinned SHA-256:</source>
            <translation>Gep&amp;inde SHA-256:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dagen</translation>
        </message>
        <message>
            <source>always fetch again</source>
            <translation>altijd opnieuw ophalen</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>&amp;Maximale leeftijd:</translation>
        </message>
        <message>
            <source>Ask for padded regions, not exact variants</source>
            <translation>Uitgebreide regio's opvragen in plaats van exacte varianten</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>Verbinding t&amp;esten</translation>
        </message>
        <message>
            <source>CA Bundle</source>
            <translation>CA-bundel</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt)</source>
            <translation>PEM-certificaten (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>Uw knooppuntenlijst kan niet worden gelezen: %1</translation>
        </message>
        <message>
            <source>%1 (locked by IT)</source>
            <translation>%1 (vergrendeld door IT)</translation>
        </message>
        <message>
            <source>stored — type to replace</source>
            <translation>opgeslagen — typ om te vervangen</translation>
        </message>
        <message>
            <source>The name must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>De naam moet bestaan uit 1-64 letters, cijfers, '.', '_' of '-'.</translation>
        </message>
        <message>
            <source>The name "%1" is used twice.</source>
            <translation>De naam "%1" wordt twee keer gebruikt.</translation>
        </message>
        <message>
            <source>The base URL must be an http or https URL.</source>
            <translation>De basis-URL moet een http- of https-URL zijn.</translation>
        </message>
        <message>
            <source>Enter the token or password.</source>
            <translation>Voer het token of wachtwoord in.</translation>
        </message>
        <message>
            <source>Enter the user name.</source>
            <translation>Voer de gebruikersnaam in.</translation>
        </message>
        <message>
            <source>The pin must be 64 hexadecimal digits (a SHA-256).</source>
            <translation>De pin moet uit 64 hexadecimale cijfers bestaan (een SHA-256).</translation>
        </message>
        <message>
            <source>The CA bundle %1 does not exist.</source>
            <translation>De CA-bundel %1 bestaat niet.</translation>
        </message>
        <message>
            <source>Node "%1": %2</source>
            <translation>Knooppunt "%1": %2</translation>
        </message>
        <message>
            <source>The node list cannot be saved: %1</source>
            <translation>De knooppuntenlijst kan niet worden opgeslagen: %1</translation>
        </message>
        <message>
            <source>Testing %1…</source>
            <translation>%1 wordt getest…</translation>
        </message>
        <message numerus="yes">
            <source>✔ Connected: the node answered a test query (%n site(s) in 1:1-1000).</source>
            <translation>
                <numerusform>✔ Verbonden: het knooppunt heeft een testverzoek beantwoord (%n positie in 1:1-1000).</numerusform>
                <numerusform>✔ Verbonden: het knooppunt heeft een testverzoek beantwoord (%n posities in 1:1-1000).</numerusform>
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
            <translation>concept</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>beoordeeld</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>ondertekend</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Casus</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patiënt</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Beoordelaar</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Casusstatus</translation>
        </message>
    </context>
    <context>
        <name>Gui::QcDashboard</name>
        <message>
            <source>Quality control — %1</source>
            <translation>Kwaliteitscontrole — %1</translation>
        </message>
        <message>
            <source>X heterozygosity %1: consistent with the sex in the PED file</source>
            <translation>X-heterozygotie %1: in overeenstemming met het geslacht in het PED-bestand</translation>
        </message>
        <message>
            <source>X heterozygosity %1: NOT consistent with the sex in the PED file — check for a sample swap</source>
            <translation>X-heterozygotie %1: NIET in overeenstemming met het geslacht in het PED-bestand — controleer op een samplewisseling</translation>
        </message>
        <message>
            <source>Sex check: not enough information (PED sex or X calls outside the PARs missing)</source>
            <translation>Geslachtscontrole: onvoldoende informatie (geslacht in PED of X-calls buiten de PAR's ontbreken)</translation>
        </message>
        <message>
            <source>%1 variants carried · Ti/Tv %2 · het/hom %3
%4</source>
            <translation>%1 gedragen varianten · Ti/Tv %2 · het/hom %3
%4</translation>
        </message>
        <message>
            <source>Variant types</source>
            <translation>Varianttypen</translation>
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
            <translation>Complex</translation>
        </message>
        <message>
            <source>Variants per chromosome</source>
            <translation>Varianten per chromosoom</translation>
        </message>
        <message>
            <source>Read depth (DP)</source>
            <translation>Leesdiepte (DP)</translation>
        </message>
        <message>
            <source>Genotype quality (GQ)</source>
            <translation>Genotypekwaliteit (GQ)</translation>
        </message>
        <message>
            <source>Chromosome</source>
            <translation>Chromosoom</translation>
        </message>
        <message>
            <source>Insertion</source>
            <translation>Insertie</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Deletie</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Structureel</translation>
        </message>
        <message>
            <source>Read depth, bins of 10 from the value shown</source>
            <translation>Leesdiepte, klassen van 10 vanaf de getoonde waarde</translation>
        </message>
        <message>
            <source>Genotype quality, bins of 10 from the value shown</source>
            <translation>Genotypekwaliteit, klassen van 10 vanaf de getoonde waarde</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReportPreviewDialog</name>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>De casus is nog niet beoordeeld.</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Voorbeeld van het verslag</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Taal van het verslag</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Taal van het verslag</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Vorige pagina</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Pagina</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Volgende pagina</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>&amp;Pagina:</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Passend maken in breedte</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Hele pagina</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>&amp;Zoom:</source>
            <translation>&amp;Zoom:</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Stop rendering the report; the page shown stays</source>
            <translation>Het opmaken van het verslag stoppen; de getoonde pagina blijft staan</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>PDF op&amp;slaan…</translation>
        </message>
        <message>
            <source>S&amp;ign…</source>
            <translation>&amp;Ondertekenen…</translation>
        </message>
        <message>
            <source>Rendering the report…</source>
            <translation>Verslag wordt opgemaakt…</translation>
        </message>
        <message>
            <source>Rendering was cancelled.</source>
            <translation>Het opmaken is geannuleerd.</translation>
        </message>
        <message>
            <source>Rendering was cancelled; the previous rendering is shown.</source>
            <translation>Het opmaken is geannuleerd; de vorige weergave wordt getoond.</translation>
        </message>
        <message>
            <source>The report cannot be rendered: %1</source>
            <translation>Het verslag kan niet worden opgemaakt: %1</translation>
        </message>
        <message>
            <source>The rendered report cannot be shown (error %1).</source>
            <translation>Het opgemaakte verslag kan niet worden getoond (fout %1).</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), %1.</source>
            <translation>
                <numerusform>%n pagina, %1.</numerusform>
                <numerusform>%n pagina's, %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>van %1</translation>
        </message>
        <message>
            <source>Sign case %1 (your password is asked again)</source>
            <translation>Casus %1 ondertekenen (uw wachtwoord wordt opnieuw gevraagd)</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign, once a case of the case database is picked and marked reviewed.</source>
            <translation>Alleen een klinisch geneticus kan ondertekenen, zodra een casus uit de casusdatabase is gekozen en als beoordeeld is gemarkeerd.</translation>
        </message>
        <message>
            <source>There is no rendered report to save.</source>
            <translation>Er is geen opgemaakt verslag om op te slaan.</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF opslaan</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Opgeslagen in %1.</translation>
        </message>
        <message>
            <source>The report preview was cancelled.</source>
            <translation>Het voorbeeld van het verslag is geannuleerd.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewDialog</name>
        <message>
            <source>Classify Variant %1</source>
            <translation>Variant %1 classificeren</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>By rules (Richards 2015):</source>
            <translation>Volgens regels (Richards 2015):</translation>
        </message>
        <message>
            <source>By points (Tavtigian):</source>
            <translation>Volgens punten (Tavtigian):</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Samenvatting:</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classificatie</translation>
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
            <translation>Waarom deze klasse; wat verder is overwogen</translation>
        </message>
        <message>
            <source>Co&amp;mment:</source>
            <translation>&amp;Opmerking:</translation>
        </message>
        <message>
            <source>Prior classifications of this variant in other cases</source>
            <translation>Eerdere classificaties van deze variant in andere casussen</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>ACMG/AMP-criteria</translation>
        </message>
        <message>
            <source>PP5 and BP6 (reputable source) are not used, following ClinGen SVI.</source>
            <translation>PP5 en BP6 (betrouwbare bron) worden niet gebruikt, conform ClinGen SVI.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterium</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Sterkte</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bewijs</translation>
        </message>
        <message>
            <source>Pathogenic evidence</source>
            <translation>Pathogeen bewijs</translation>
        </message>
        <message>
            <source>Benign evidence</source>
            <translation>Benigne bewijs</translation>
        </message>
        <message>
            <source>Evidence for pathogenicity</source>
            <translation>Bewijs voor pathogeniteit</translation>
        </message>
        <message>
            <source>Evidence for benignity</source>
            <translation>Bewijs voor benigniteit</translation>
        </message>
        <message>
            <source>Strength of %1</source>
            <translation>Sterkte van %1</translation>
        </message>
        <message>
            <source>default (%1)</source>
            <translation>standaard (%1)</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <translation>Bewijs voor %1</translation>
        </message>
        <message>
            <source>Suggestions from the data</source>
            <translation>Suggesties uit de gegevens</translation>
        </message>
        <message>
            <source>No criterion can be suggested from the data.</source>
            <translation>Uit de gegevens kan geen criterium worden voorgesteld.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepteren</translation>
        </message>
        <message>
            <source>Accept %1</source>
            <translation>%1 accepteren</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Afwijzen</translation>
        </message>
        <message>
            <source>Reject %1</source>
            <translation>%1 afwijzen</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>Ongeldig: %1</translation>
        </message>
        <message>
            <source>No criterion applied</source>
            <translation>Geen criterium toegepast</translation>
        </message>
        <message>
            <source>0 points</source>
            <translation>0 punten</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (BA1 stand-alone)</source>
            <translation>%1 (BA1 zelfstandig)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2 point(s))</source>
            <translation>
                <numerusform>%1 (%2 punt)</numerusform>
                <numerusform>%1 (%2 punten)</numerusform>
            </translation>
        </message>
        <message>
            <source>pending</source>
            <translation>openstaand</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>geaccepteerd</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>afgewezen</translation>
        </message>
        <message>
            <source>Why the suggestion does not apply (required)</source>
            <translation>Waarom de suggestie niet van toepassing is (verplicht)</translation>
        </message>
        <message>
            <source>Reason for rejecting %1</source>
            <translation>Reden voor het afwijzen van %1</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reden:</translation>
        </message>
        <message>
            <source>A rejected suggestion needs a reason: say why it does not apply to this variant.</source>
            <translation>Een afgewezen suggestie heeft een reden nodig: geef aan waarom deze niet van toepassing is op deze variant.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewWorkflow</name>
        <message>
            <source>&amp;Open Case Database…</source>
            <translation>Casusdatabase &amp;openen…</translation>
        </message>
        <message>
            <source>Classify &amp;Variant…</source>
            <translation>&amp;Variant classificeren…</translation>
        </message>
        <message>
            <source>Mark &amp;Reviewed</source>
            <translation>Als &amp;beoordeeld markeren</translation>
        </message>
        <message>
            <source>&amp;Sign Case…</source>
            <translation>Casus onder&amp;tekenen…</translation>
        </message>
        <message>
            <source>Case &amp;List</source>
            <translation>Casus&amp;lijst</translation>
        </message>
        <message>
            <source>&amp;Audit Log…</source>
            <translation>&amp;Auditlog…</translation>
        </message>
        <message>
            <source>Logged in to %1 as %2 (%3).</source>
            <translation>Aangemeld bij %1 als %2 (%3).</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casussen</translation>
        </message>
        <message numerus="yes">
            <source>Case %1: %n review(s).</source>
            <translation>
                <numerusform>Casus %1: %n beoordeling.</numerusform>
                <numerusform>Casus %1: %n beoordelingen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Case %1 (%2)</source>
            <translation>Casus %1 (%2)</translation>
        </message>
        <message>
            <source>Pick a case in the case list first.</source>
            <translation>Kies eerst een casus in de casuslijst.</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign a case.</source>
            <translation>Alleen een klinisch geneticus kan een casus ondertekenen.</translation>
        </message>
        <message>
            <source>Classify Variant</source>
            <translation>Variant classificeren</translation>
        </message>
        <message>
            <source>Open a case database and pick a case in the case list first.</source>
            <translation>Open eerst een casusdatabase en kies een casus in de casuslijst.</translation>
        </message>
        <message>
            <source>Select a variant of the evaluated case in the variant table first.</source>
            <translation>Selecteer eerst een variant van de geëvalueerde casus in de varianttabel.</translation>
        </message>
        <message>
            <source>The proband does not carry the selected variant.</source>
            <translation>De proband draagt de geselecteerde variant niet.</translation>
        </message>
        <message>
            <source>Change a Signed Case</source>
            <translation>Ondertekende casus wijzigen</translation>
        </message>
        <message>
            <source>Case %1 is signed. Why does its report change?</source>
            <translation>Casus %1 is ondertekend. Waarom verandert het verslag?</translation>
        </message>
        <message>
            <source>%1 classified as %2 in case %3.</source>
            <translation>%1 geclassificeerd als %2 in casus %3.</translation>
        </message>
        <message>
            <source>Mark Reviewed</source>
            <translation>Als beoordeeld markeren</translation>
        </message>
        <message>
            <source>Case %1 marked reviewed.</source>
            <translation>Casus %1 gemarkeerd als beoordeeld.</translation>
        </message>
        <message>
            <source>Sign case %1</source>
            <translation>Casus %1 ondertekenen</translation>
        </message>
        <message>
            <source>Sign Case</source>
            <translation>Casus ondertekenen</translation>
        </message>
        <message>
            <source>Case %1 signed: report version %2.</source>
            <translation>Casus %1 ondertekend: verslagversie %2.</translation>
        </message>
        <message>
            <source>Audit Log</source>
            <translation>Auditlog</translation>
        </message>
    </context>
    <context>
        <name>Gui::SyncDialog</name>
        <message>
            <source>Sync Frequencies</source>
            <translation>Frequenties synchroniseren</translation>
        </message>
        <message>
            <source>The frequency cache (.gdfreq) the nodes' answers are written to; created when missing</source>
            <translation>De frequentiecache (.gdfreq) waarin de antwoorden van de knooppunten worden geschreven; wordt aangemaakt als deze ontbreekt</translation>
        </message>
        <message>
            <source>&amp;Cache:</source>
            <translation>&amp;Cache:</translation>
        </message>
        <message numerus="yes">
            <source>The open case's %n variant(s), padded to regions by each node; plus any regions below.</source>
            <translation>
                <numerusform>De %n variant van de geopende casus, door elk knooppunt uitgebreid tot een regio; plus eventuele regio's hieronder.</numerusform>
                <numerusform>De %n varianten van de geopende casus, door elk knooppunt uitgebreid tot regio's; plus eventuele regio's hieronder.</numerusform>
            </translation>
        </message>
        <message>
            <source>No case is open: give regions.</source>
            <translation>Er is geen casus geopend: geef regio's op.</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Omvang:</translation>
        </message>
        <message>
            <source>chr17:43040001-43050000, 13:32315000-32400000</source>
            <translation>chr17:43040001-43050000, 13:32315000-32400000</translation>
        </message>
        <message>
            <source>&amp;Regions:</source>
            <translation>&amp;Regio's:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dagen</translation>
        </message>
        <message>
            <source>each node's setting</source>
            <translation>instelling van elk knooppunt</translation>
        </message>
        <message>
            <source>Regions fetched more recently than this are not asked for again (0: fetch everything)</source>
            <translation>Regio's die recenter zijn opgehaald, worden niet opnieuw opgevraagd (0: alles ophalen)</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>&amp;Maximale leeftijd:</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Knooppunten</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wachtend</translation>
        </message>
        <message>
            <source>No node is configured (Tools ▸ Frequency Nodes…).</source>
            <translation>Er is geen knooppunt geconfigureerd (Extra ▸ Frequentieknooppunten…).</translation>
        </message>
        <message>
            <source>Every request sent (URL and body, never tokens) appears here.</source>
            <translation>Elk verzonden verzoek (URL en inhoud, nooit tokens) verschijnt hier.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>S&amp;tarten</translation>
        </message>
        <message>
            <source>Ca&amp;ncel Sync</source>
            <translation>Synchronisatie a&amp;nnuleren</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>Uw knooppuntenlijst kan niet worden gelezen: %1</translation>
        </message>
        <message>
            <source>Choose the frequency cache to write to.</source>
            <translation>Kies de frequentiecache waarnaar geschreven moet worden.</translation>
        </message>
        <message>
            <source>Region "%1": %2</source>
            <translation>Regio "%1": %2</translation>
        </message>
        <message>
            <source>No case is open: give at least one region.</source>
            <translation>Er is geen casus geopend: geef ten minste één regio op.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Bezig met synchroniseren…</translation>
        </message>
        <message>
            <source>asking…</source>
            <translation>bezig met opvragen…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Bezig met annuleren…</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>mislukt: %1</translation>
        </message>
        <message numerus="yes">
            <source>up to date (fetched within %n day(s))</source>
            <translation>
                <numerusform>actueel (opgehaald binnen %n dag)</numerusform>
                <numerusform>actueel (opgehaald binnen %n dagen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) cached</source>
            <translation>
                <numerusform>%n positie in de cache opgeslagen</numerusform>
                <numerusform>%n posities in de cache opgeslagen</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The sync did not run:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;De synchronisatie is niet uitgevoerd:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>niet gestart</translation>
        </message>
        <message>
            <source>FAILED: %1</source>
            <translation>MISLUKT: %1</translation>
        </message>
        <message>
            <source>up to date, no request sent</source>
            <translation>actueel, geen verzoek verzonden</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n request(s) answered</source>
            <translation>
                <numerusform>%1 van %n verzoek beantwoord</numerusform>
                <numerusform>%1 van %n verzoeken beantwoord</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from %2, %3</source>
            <extracomment>%1 "12 sites cached", %2 "3 variants", %3 "4 requests"</extracomment>
            <translation>%1 uit %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s)</source>
            <translation>
                <numerusform>%n variant</numerusform>
                <numerusform>%n varianten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n verzoek</numerusform>
                <numerusform>%n verzoeken</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;%1; %2 failed.&lt;/p&gt;</source>
            <extracomment>%1 "12 sites cached", %2 "0 of 2 nodes"</extracomment>
            <translation>&lt;p&gt;%1; %2 mislukt.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n node(s)</source>
            <translation>
                <numerusform>%1 van %n knooppunt</numerusform>
                <numerusform>%1 van %n knooppunten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::VariantTableModel</name>
        <message>
            <source>%1 (phased)</source>
            <translation>%1 (gefaseerd)</translation>
        </message>
        <message>
            <source>%1 genotype</source>
            <translation>%1 genotype</translation>
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
            <translation>Chromosoom</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Positie</translation>
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
            <translation>Type</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gen</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Effect</translation>
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
            <translation>ClinVar-variatie %1</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>afwezig</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslissing</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classificatie</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>Max. pop. AF</source>
            <translation>Max. pop.-AF</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Phred-geschaalde genotype-likelihoods (FORMAT/PL) van 0/0, 0/1 en 1/1 voor dit ALT-allel (0 en 1 bij een haploïde call)</translation>
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
            <translation>Biedt een frequentiecache aan als geaggregeerd Beacon v2-knooppunt.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq).</source>
            <translation>Frequentiecache (.gdfreq).</translation>
        </message>
        <message>
            <source>TCP port (0: any free port).</source>
            <translation>TCP-poort (0: een willekeurige vrije poort).</translation>
        </message>
        <message>
            <source>Address to listen on (default: all).</source>
            <translation>Adres om op te luisteren (standaard: alle).</translation>
        </message>
        <message>
            <source>PEM certificate for HTTPS.</source>
            <translation>PEM-certificaat voor HTTPS.</translation>
        </message>
        <message>
            <source>PEM private key for HTTPS.</source>
            <translation>Persoonlijke PEM-sleutel voor HTTPS.</translation>
        </message>
        <message>
            <source>File holding the Bearer token that clients must send.</source>
            <translation>Bestand met het Bearer-token dat clients moeten meesturen.</translation>
        </message>
        <message>
            <source>Beacon id (reverse domain name).</source>
            <translation>Beacon-id (omgekeerde domeinnaam).</translation>
        </message>
        <message>
            <source>Largest accepted request body.</source>
            <translation>Grootste geaccepteerde verzoekbody.</translation>
        </message>
        <message>
            <source>Public root URL of the node, as shown in /map.</source>
            <translation>Openbare basis-URL van het knooppunt, zoals getoond in /map.</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's headers (default: 10).</source>
            <translation>Seconden die een client heeft om de headers van een verzoek te verzenden (standaard: 10).</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's body after its headers (default: 30).</source>
            <translation>Seconden die een client na de headers heeft om de body van een verzoek te verzenden (standaard: 30).</translation>
        </message>
        <message>
            <source>Seconds an idle kept-alive connection stays open (default: 15).</source>
            <translation>Seconden dat een inactieve keep-alive-verbinding open blijft (standaard: 15).</translation>
        </message>
        <message>
            <source>Open connections allowed from one address (default: 32).</source>
            <translation>Toegestane open verbindingen vanaf één adres (standaard: 32).</translation>
        </message>
        <message>
            <source>Open connections allowed in total (default: 512).</source>
            <translation>Toegestane open verbindingen in totaal (standaard: 512).</translation>
        </message>
        <message>
            <source>Requests per second allowed from one address, sustained (default: 20; 0: no limit).</source>
            <translation>Toegestane verzoeken per seconde vanaf één adres, aanhoudend (standaard: 20; 0: geen limiet).</translation>
        </message>
        <message>
            <source>Requests one address may send at once (default: 40).</source>
            <translation>Verzoeken die één adres in één keer mag verzenden (standaard: 40).</translation>
        </message>
        <message>
            <source>Testing: delay every answer.</source>
            <translation>Testen: elk antwoord vertragen.</translation>
        </message>
        <message>
            <source>Testing: http-500 or broken-json.</source>
            <translation>Testen: http-500 of broken-json.</translation>
        </message>
        <message>
            <source>--cache and --port are required.</source>
            <translation>--cache en --port zijn verplicht.</translation>
        </message>
        <message>
            <source>invalid port: %1</source>
            <translation>ongeldige poort: %1</translation>
        </message>
        <message>
            <source>--tls-cert and --tls-key go together.</source>
            <translation>--tls-cert en --tls-key horen bij elkaar.</translation>
        </message>
        <message>
            <source>invalid --max-request-bytes</source>
            <translation>ongeldige --max-request-bytes</translation>
        </message>
        <message>
            <source>invalid --header-timeout</source>
            <translation>ongeldige --header-timeout</translation>
        </message>
        <message>
            <source>invalid --body-timeout</source>
            <translation>ongeldige --body-timeout</translation>
        </message>
        <message>
            <source>invalid --idle-timeout</source>
            <translation>ongeldige --idle-timeout</translation>
        </message>
        <message>
            <source>invalid --max-connections-per-client</source>
            <translation>ongeldige --max-connections-per-client</translation>
        </message>
        <message>
            <source>invalid --max-connections</source>
            <translation>ongeldige --max-connections</translation>
        </message>
        <message>
            <source>invalid --rate-burst</source>
            <translation>ongeldige --rate-burst</translation>
        </message>
        <message>
            <source>invalid --rate-limit</source>
            <translation>ongeldige --rate-limit</translation>
        </message>
        <message>
            <source>%1: cannot read the token file</source>
            <translation>%1: kan het tokenbestand niet lezen</translation>
        </message>
        <message>
            <source>%1: the token file is empty</source>
            <translation>%1: het tokenbestand is leeg</translation>
        </message>
        <message>
            <source>unknown fault: %1</source>
            <translation>onbekende storing: %1</translation>
        </message>
        <message>
            <source>%1: cannot read the certificate</source>
            <translation>%1: kan het certificaat niet lezen</translation>
        </message>
        <message>
            <source>%1: cannot read the key</source>
            <translation>%1: kan de sleutel niet lezen</translation>
        </message>
        <message>
            <source>%1: not a PEM certificate</source>
            <translation>%1: geen PEM-certificaat</translation>
        </message>
        <message>
            <source>%1: not a PEM RSA or EC private key</source>
            <translation>%1: geen persoonlijke PEM RSA- of EC-sleutel</translation>
        </message>
        <message>
            <source>cannot listen on port %1</source>
            <translation>kan niet luisteren op poort %1</translation>
        </message>
    </context>
</TS>
