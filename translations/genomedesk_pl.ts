<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Imports a sites VCF/BCF (gnomAD naming, or a field map) into a frequency cache as one source; a source of the same name is replaced when the import completes.</source>
            <translation>Importuje plik VCF/BCF pozycji (nazewnictwo gnomAD lub mapa pól) do pamięci podręcznej częstości jako jedno źródło; źródło o tej samej nazwie zostaje zastąpione po zakończeniu importu.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq); created when missing.</source>
            <translation>Plik pamięci podręcznej (.gdfreq); tworzony, jeśli nie istnieje.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>plik</translation>
        </message>
        <message>
            <source>The sites VCF/BCF.</source>
            <translation>Plik VCF/BCF pozycji.</translation>
        </message>
        <message>
            <source>Source name, also the prefix of annotation keys (gnomad).</source>
            <translation>Nazwa źródła, zarazem prefiks kluczy adnotacji (gnomad).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nazwa</translation>
        </message>
        <message>
            <source>Source version (4.1).</source>
            <translation>Wersja źródła (4.1).</translation>
        </message>
        <message>
            <source>version</source>
            <translation>wersja</translation>
        </message>
        <message>
            <source>Populations to import besides the whole source, comma-separated (afr,nfe); default: every gnomAD group in the header.</source>
            <translation>Populacje do zaimportowania oprócz całego źródła, rozdzielone przecinkami (afr,nfe); domyślnie: każda grupa gnomAD z nagłówka.</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>etykiety</translation>
        </message>
        <message>
            <source>Tab-separated lines: metric, population, INFO key [, type]; or: population, label, description [, sample count].</source>
            <translation>Wiersze rozdzielone tabulatorami: metryka, populacja, klucz INFO [, typ]; lub: populacja, etykieta, opis [, liczba próbek].</translation>
        </message>
        <message>
            <source>Licence of the data (CC0-1.0).</source>
            <translation>Licencja danych (CC0-1.0).</translation>
        </message>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>Where the data came from (URL); default: the file name.</source>
            <translation>Pochodzenie danych (URL); domyślnie: nazwa pliku.</translation>
        </message>
        <message>
            <source>GRCh37 or GRCh38, when the header does not tell.</source>
            <translation>GRCh37 lub GRCh38, jeśli nagłówek tego nie podaje.</translation>
        </message>
        <message>
            <source>build</source>
            <translation>build</translation>
        </message>
        <message>
            <source>When the data was obtained (ISO 8601); default: the file's time.</source>
            <translation>Kiedy dane zostały pozyskane (ISO 8601); domyślnie: czas pliku.</translation>
        </message>
        <message>
            <source>date</source>
            <translation>data</translation>
        </message>
        <message>
            <source>Print progress to stderr.</source>
            <translation>Wypisuj postęp na stderr.</translation>
        </message>
        <message>
            <source>cache import: unexpected argument %1</source>
            <translation>cache import: nieoczekiwany argument %1</translation>
        </message>
        <message>
            <source>cache import: --%1 is required</source>
            <translation>cache import: --%1 jest wymagane</translation>
        </message>
        <message>
            <source>cache import: give --populations or --field-map, not both</source>
            <translation>cache import: podaj --populations albo --field-map, nie oba</translation>
        </message>
        <message>
            <source>cache import: --build must be GRCh37 or GRCh38</source>
            <translation>cache import: --build musi mieć wartość GRCh37 lub GRCh38</translation>
        </message>
        <message>
            <source>cache import: --retrieved is not an ISO 8601 date</source>
            <translation>cache import: --retrieved nie jest datą ISO 8601</translation>
        </message>
        <message>
            <source>importing: %1%</source>
            <translation>importowanie: %1%</translation>
        </message>
        <message>
            <source>%1 %2: %3 records, %4 sites, %5 fields, %6 populations</source>
            <translation>%1 %2: rekordy: %3, pozycje: %4, pola: %5, populacje: %6</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>ostrzeżenie: %1</translation>
        </message>
        <message>
            <source>Prints the sources, populations, sites, size and build of a frequency cache.</source>
            <translation>Wypisuje źródła, populacje, pozycje, rozmiar i build pamięci podręcznej częstości.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq).</source>
            <translation>Plik pamięci podręcznej (.gdfreq).</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Wypisz JSON.</translation>
        </message>
        <message>
            <source>cache info: --cache is required</source>
            <translation>cache info: --cache jest wymagane</translation>
        </message>
        <message>
            <source>%1: frequency cache format %2, build %3, %4 bytes</source>
            <translation>%1: pamięć podręczna częstości w formacie %2, build %3, bajty: %4</translation>
        </message>
        <message>
            <source>no sources</source>
            <translation>brak źródeł</translation>
        </message>
        <message>
            <source>source %1 %2 (%3, %4), licence: %5</source>
            <translation>źródło %1 %2 (%3, %4), licencja: %5</translation>
        </message>
        <message>
            <source>  retrieved %1, imported %2</source>
            <translation>  pobrano %1, zaimportowano %2</translation>
        </message>
        <message>
            <source>  %1 records, %2 sites, %3 chunks, %4 bytes per site</source>
            <translation>  rekordy: %1, pozycje: %2, bloki: %3, bajty na pozycję: %4</translation>
        </message>
        <message>
            <source>  populations: %1</source>
            <translation>  populacje: %1</translation>
        </message>
        <message>
            <source>  fields: %1</source>
            <translation>  pola: %1</translation>
        </message>
        <message>
            <source>Removes a source and its sites from a frequency cache.</source>
            <translation>Usuwa źródło i jego pozycje z pamięci podręcznej częstości.</translation>
        </message>
        <message>
            <source>The source to remove.</source>
            <translation>Źródło do usunięcia.</translation>
        </message>
        <message>
            <source>cache remove: --cache and --source are required</source>
            <translation>cache remove: --cache i --source są wymagane</translation>
        </message>
        <message>
            <source>Annotates a VCF/BCF with population frequencies from one or more frequency caches; INFO keys are &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</source>
            <translation>Dodaje do pliku VCF/BCF adnotacje częstości populacyjnych z jednej lub kilku pamięci podręcznych częstości; klucze INFO mają postać &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</translation>
        </message>
        <message>
            <source>VCF, VCF.gz or BCF file</source>
            <translation>plik VCF, VCF.gz lub BCF</translation>
        </message>
        <message>
            <source>A cache file (.gdfreq); may be given several times.</source>
            <translation>Plik pamięci podręcznej (.gdfreq); można podać kilka razy.</translation>
        </message>
        <message>
            <source>Output: .vcf.gz, .bcf, .vcf or .tsv.</source>
            <translation>Wynik: .vcf.gz, .bcf, .vcf lub .tsv.</translation>
        </message>
        <message>
            <source>annotate: expects exactly one input file</source>
            <translation>annotate: oczekiwano dokładnie jednego pliku wejściowego</translation>
        </message>
        <message>
            <source>annotate: --cache and --out are required</source>
            <translation>annotate: --cache i --out są wymagane</translation>
        </message>
        <message>
            <source>%1: %2 found</source>
            <translation>%1: znaleziono %2</translation>
        </message>
        <message>
            <source>%1 records, %2 alleles; %3</source>
            <translation>rekordy: %1, allele: %2; %3</translation>
        </message>
        <message>
            <source>Case database: an SQLite file or a PostgreSQL URL (postgresql://user@host:port/database).</source>
            <translation>Baza danych przypadków: plik SQLite lub adres URL PostgreSQL (postgresql://user@host:port/database).</translation>
        </message>
        <message>
            <source>cases.db</source>
            <translation>cases.db</translation>
        </message>
        <message>
            <source>Key file (32 bytes or 64 hex digits, mode 0600) instead of the passphrase in GENOMEDESK_PASSPHRASE.</source>
            <translation>Plik klucza (32 bajty lub 64 cyfry szesnastkowe, tryb 0600) zamiast hasła w GENOMEDESK_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Acting user; the password is read from GENOMEDESK_PASSWORD.</source>
            <translation>Działający użytkownik; hasło jest odczytywane z GENOMEDESK_PASSWORD.</translation>
        </message>
        <message>
            <source>--db is required</source>
            <translation>--db jest wymagane</translation>
        </message>
        <message>
            <source>set the passphrase in %1 or give --key-file</source>
            <translation>ustaw hasło w %1 lub podaj --key-file</translation>
        </message>
        <message>
            <source>--user is required</source>
            <translation>--user jest wymagane</translation>
        </message>
        <message>
            <source>set the password of %1 in %2</source>
            <translation>ustaw hasło użytkownika %1 w %2</translation>
        </message>
        <message>
            <source>Creates a case for a patient (created from --identity when new) and prints its id.</source>
            <translation>Tworzy przypadek dla pacjenta (tworzonego z --identity, jeśli jest nowy) i wypisuje jego identyfikator.</translation>
        </message>
        <message>
            <source>Patient pseudonym (letters, digits, - and _).</source>
            <translation>Pseudonim pacjenta (litery, cyfry, - i _).</translation>
        </message>
        <message>
            <source>pseudonym</source>
            <translation>pseudonim</translation>
        </message>
        <message>
            <source>JSON file with the new patient's identity: {"name", "birthDate", "identifiers"}; stored encrypted.</source>
            <translation>Plik JSON z tożsamością nowego pacjenta: {"name", "birthDate", "identifiers"}; przechowywana w postaci zaszyfrowanej.</translation>
        </message>
        <message>
            <source>file.json</source>
            <translation>plik.json</translation>
        </message>
        <message>
            <source>Indication for testing.</source>
            <translation>Wskazanie do badania.</translation>
        </message>
        <message>
            <source>Referring clinician.</source>
            <translation>Lekarz kierujący.</translation>
        </message>
        <message>
            <source>Consent profile JSON file.</source>
            <translation>Plik JSON profilu zgody.</translation>
        </message>
        <message>
            <source>Input file (VCF/BCF, PED, ...); repeat for several.</source>
            <translation>Plik wejściowy (VCF/BCF, PED, ...); powtórz dla kilku.</translation>
        </message>
        <message>
            <source>path</source>
            <translation>ścieżka</translation>
        </message>
        <message>
            <source>Genome build (GRCh37 or GRCh38).</source>
            <translation>Build genomu (GRCh37 lub GRCh38).</translation>
        </message>
        <message>
            <source>Policy id or file in force for the case.</source>
            <translation>Identyfikator lub plik polityki obowiązującej dla przypadku.</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>polityka</translation>
        </message>
        <message>
            <source>Frequency source and version; repeat.</source>
            <translation>Źródło częstości i wersja; można powtarzać.</translation>
        </message>
        <message>
            <source>name=version</source>
            <translation>name=version</translation>
        </message>
        <message>
            <source>Knowledge base version.</source>
            <translation>Wersja bazy wiedzy.</translation>
        </message>
        <message>
            <source>case create: unexpected argument %1</source>
            <translation>case create: nieoczekiwany argument %1</translation>
        </message>
        <message>
            <source>case create: --patient is required</source>
            <translation>case create: --patient jest wymagane</translation>
        </message>
        <message>
            <source>cannot read %1</source>
            <translation>nie można odczytać %1</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2)</source>
            <translation>%1: to nie jest obiekt JSON (%2)</translation>
        </message>
        <message>
            <source>--cache-version expects name=version, not %1</source>
            <translation>--cache-version oczekuje name=version, a nie %1</translation>
        </message>
        <message>
            <source>%1: "name" is missing</source>
            <translation>%1: brak "name"</translation>
        </message>
        <message>
            <source>patient %1 is new: give --identity</source>
            <translation>pacjent %1 jest nowy: podaj --identity</translation>
        </message>
        <message>
            <source>patient %1 exists already; leave out --identity</source>
            <translation>pacjent %1 już istnieje; pomiń --identity</translation>
        </message>
        <message>
            <source>Lists the cases of a case database.</source>
            <translation>Wyświetla listę przypadków z bazy danych przypadków.</translation>
        </message>
        <message>
            <source>Shows a case: its inputs, reviews with criteria, earlier classifications of the same variants, and report versions.</source>
            <translation>Pokazuje przypadek: jego dane wejściowe, weryfikacje z kryteriami, wcześniejsze klasyfikacje tych samych wariantów i wersje raportu.</translation>
        </message>
        <message>
            <source>Case id.</source>
            <translation>Identyfikator przypadku.</translation>
        </message>
        <message>
            <source>case show: give one case id</source>
            <translation>case show: podaj jeden identyfikator przypadku</translation>
        </message>
        <message>
            <source>Case %1 (%2, report version %3)</source>
            <translation>Przypadek %1 (%2, wersja raportu %3)</translation>
        </message>
        <message>
            <source>Patient: %1</source>
            <translation>Pacjent: %1</translation>
        </message>
        <message>
            <source>Indication: %1</source>
            <translation>Wskazanie: %1</translation>
        </message>
        <message>
            <source>Referrer: %1</source>
            <translation>Kierujący: %1</translation>
        </message>
        <message>
            <source>Genome build: %1</source>
            <translation>Build genomu: %1</translation>
        </message>
        <message>
            <source>Policy: %1 %2 (sha256 %3)</source>
            <translation>Polityka: %1 %2 (sha256 %3)</translation>
        </message>
        <message>
            <source>Knowledge base: %1</source>
            <translation>Baza wiedzy: %1</translation>
        </message>
        <message>
            <source>Frequency sources: %1</source>
            <translation>Źródła częstości: %1</translation>
        </message>
        <message>
            <source>Created by %1 on %2</source>
            <translation>Utworzył(a) %1 dnia %2</translation>
        </message>
        <message>
            <source>File: %1 (sha256 %2)</source>
            <translation>Plik: %1 (sha256 %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s):</source>
            <translation>
                <numerusform>%n weryfikacja:</numerusform>
                <numerusform>%n weryfikacje:</numerusform>
                <numerusform>%n weryfikacji:</numerusform>
            </translation>
        </message>
        <message>
            <source>by %1 on %2 (%3)</source>
            <translation>przez %1 dnia %2 (%3)</translation>
        </message>
        <message>
            <source>Comment: %1</source>
            <translation>Komentarz: %1</translation>
        </message>
        <message>
            <source>Suggestion %1 rejected by %2 on %3</source>
            <translation>Sugestia %1 odrzucona przez %2 dnia %3</translation>
        </message>
        <message>
            <source>Suggestion %1 accepted by %2 on %3</source>
            <translation>Sugestia %1 przyjęta przez %2 dnia %3</translation>
        </message>
        <message>
            <source>Also classified in case %1 (patient %2): %3 [%4] by %5 on %6</source>
            <translation>Sklasyfikowano także w przypadku %1 (pacjent %2): %3 [%4] przez %5 dnia %6</translation>
        </message>
        <message>
            <source>Report versions:</source>
            <translation>Wersje raportu:</translation>
        </message>
        <message>
            <source>%1: signed by %2 on %3, sha256 %4 (%5)</source>
            <translation>%1: podpisana przez %2 dnia %3, sha256 %4 (%5)</translation>
        </message>
        <message>
            <source>%1: open (%2)</source>
            <translation>%1: otwarta (%2)</translation>
        </message>
        <message>
            <source>Writes a case as JSON (pseudonymous unless --identified).</source>
            <translation>Zapisuje przypadek jako JSON (w postaci spseudonimizowanej, chyba że podano --identified).</translation>
        </message>
        <message>
            <source>JSON file to write (default: standard output).</source>
            <translation>Plik JSON do zapisania (domyślnie: standardowe wyjście).</translation>
        </message>
        <message>
            <source>Include the patient's decrypted identity and the input file paths.</source>
            <translation>Dołącz odszyfrowaną tożsamość pacjenta i ścieżki plików wejściowych.</translation>
        </message>
        <message>
            <source>case export: give one case id</source>
            <translation>case export: podaj jeden identyfikator przypadku</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>nie można zapisać %1</translation>
        </message>
        <message>
            <source>Signs a reviewed case (clinical geneticists only); freezes its report version.</source>
            <translation>Podpisuje zweryfikowany przypadek (tylko genetycy kliniczni); zamraża jego wersję raportu.</translation>
        </message>
        <message>
            <source>Marks a draft case as reviewed.</source>
            <translation>Oznacza roboczy przypadek jako zweryfikowany.</translation>
        </message>
        <message>
            <source>give one case id</source>
            <translation>podaj jeden identyfikator przypadku</translation>
        </message>
        <message>
            <source>Case %1 report version %2 signed by %3, sha256 %4</source>
            <translation>Przypadek %1, wersja raportu %2 podpisana przez %3, sha256 %4</translation>
        </message>
        <message>
            <source>Case %1 is reviewed</source>
            <translation>Przypadek %1 jest zweryfikowany</translation>
        </message>
        <message>
            <source>Classification: P, LP, VUS, LB or B.</source>
            <translation>Klasyfikacja: P, LP, VUS, LB lub B.</translation>
        </message>
        <message>
            <source>class</source>
            <translation>klasa</translation>
        </message>
        <message>
            <source>Applied ACMG/AMP criteria, comma-separated (PVS1,PM2_Supporting).</source>
            <translation>Zastosowane kryteria ACMG/AMP, rozdzielone przecinkami (PVS1,PM2_Supporting).</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>kody</translation>
        </message>
        <message>
            <source>Evidence text of one criterion; repeat.</source>
            <translation>Tekst dowodu dla jednego kryterium; można powtarzać.</translation>
        </message>
        <message>
            <source>CODE=text</source>
            <translation>KOD=tekst</translation>
        </message>
        <message>
            <source>Comment.</source>
            <translation>Komentarz.</translation>
        </message>
        <message>
            <source>Mark the review final.</source>
            <translation>Oznacz weryfikację jako ostateczną.</translation>
        </message>
        <message>
            <source>Why a signed case is changed (opens a new report version).</source>
            <translation>Dlaczego podpisany przypadek jest zmieniany (otwiera nową wersję raportu).</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer accepted, with an optional reason; repeat.</source>
            <translation>Automatyczna sugestia przyjęta przez weryfikującego, z opcjonalnym uzasadnieniem; można powtarzać.</translation>
        </message>
        <message>
            <source>CODE[=reason]</source>
            <translation>KOD[=uzasadnienie]</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer rejected, with the reason; repeat.</source>
            <translation>Automatyczna sugestia odrzucona przez weryfikującego, z uzasadnieniem; można powtarzać.</translation>
        </message>
        <message>
            <source>CODE=reason</source>
            <translation>KOD=uzasadnienie</translation>
        </message>
        <message>
            <source>review set: --class is required</source>
            <translation>review set: --class jest wymagane</translation>
        </message>
        <message>
            <source>review set: unknown class %1 (use P, LP, VUS, LB or B)</source>
            <translation>review set: nieznana klasa %1 (użyj P, LP, VUS, LB lub B)</translation>
        </message>
        <message>
            <source>review set: --evidence expects CODE=text</source>
            <translation>review set: --evidence oczekuje CODE=tekst</translation>
        </message>
        <message>
            <source>review set: %1</source>
            <translation>review set: %1</translation>
        </message>
        <message>
            <source>review set: --evidence for %1, which is not in --criteria</source>
            <translation>review set: --evidence dla %1, którego nie ma w --criteria</translation>
        </message>
        <message>
            <source>review set: --reject-suggestion expects CODE=reason</source>
            <translation>review set: --reject-suggestion oczekuje CODE=uzasadnienie</translation>
        </message>
        <message>
            <source>Records the classification of one variant of a case, with its ACMG/AMP criteria. Prints the class by the Richards 2015 rules and by points.</source>
            <translation>Zapisuje klasyfikację jednego wariantu przypadku wraz z kryteriami ACMG/AMP. Wypisuje klasę według reguł Richards 2015 i według punktów.</translation>
        </message>
        <message>
            <source>Variant key: contig-position-ref-alt, 1-based (6-26092913-G-A).</source>
            <translation>Klucz wariantu: contig-pozycja-ref-alt, numeracja od 1 (6-26092913-G-A).</translation>
        </message>
        <message>
            <source>review set: give a case id and a variant key</source>
            <translation>review set: podaj identyfikator przypadku i klucz wariantu</translation>
        </message>
        <message>
            <source>review set: "%1" is not a variant key like 6-26092913-G-A</source>
            <translation>review set: "%1" nie jest kluczem wariantu takim jak 6-26092913-G-A</translation>
        </message>
        <message>
            <source>%1 %2: %3 [%4], report version %5</source>
            <translation>%1 %2: %3 [%4], wersja raportu %5</translation>
        </message>
        <message>
            <source>Adds a user; the new password is read from GENOMEDESK_NEW_PASSWORD. The first user of a database must be an admin and needs no --user.</source>
            <translation>Dodaje użytkownika; nowe hasło jest odczytywane z GENOMEDESK_NEW_PASSWORD. Pierwszy użytkownik bazy danych musi być administratorem i nie potrzebuje --user.</translation>
        </message>
        <message>
            <source>counsellor, geneticist or admin.</source>
            <translation>counsellor, geneticist lub admin.</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rola</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>Nazwa użytkownika.</translation>
        </message>
        <message>
            <source>user add: give one user name</source>
            <translation>user add: podaj jedną nazwę użytkownika</translation>
        </message>
        <message>
            <source>user add: --role must be counsellor, geneticist or admin</source>
            <translation>user add: --role musi mieć wartość counsellor, geneticist lub admin</translation>
        </message>
        <message>
            <source>user add: set the new user's password in %1</source>
            <translation>user add: ustaw hasło nowego użytkownika w %1</translation>
        </message>
        <message>
            <source>User %1 (%2) added</source>
            <translation>Dodano użytkownika %1 (%2)</translation>
        </message>
        <message>
            <source>Lists the users of a case database.</source>
            <translation>Wyświetla listę użytkowników bazy danych przypadków.</translation>
        </message>
        <message>
            <source>Checks the hash chain of a case database's audit log; names the first bad entry. With the database key (GENOMEDESK_PASSPHRASE or --key-file) it also checks every entry's HMAC, which detects a rewrite of all later entries; without the key that check is skipped.</source>
            <translation>Sprawdza łańcuch skrótów dziennika audytu bazy danych przypadków; wskazuje pierwszy błędny wpis. Z kluczem bazy danych (GENOMEDESK_PASSPHRASE lub --key-file) sprawdza też HMAC każdego wpisu, co wykrywa przepisanie wszystkich późniejszych wpisów; bez klucza ta kontrola jest pomijana.</translation>
        </message>
        <message>
            <source>audit verify: --db is required</source>
            <translation>audit verify: --db jest wymagane</translation>
        </message>
        <message>
            <source>genomedesk: audit log NOT intact: entry %1: %2</source>
            <translation>genomedesk: dziennik audytu NARUSZONY: wpis %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audit log intact: %n entry(s)</source>
            <translation>
                <numerusform>dziennik audytu nienaruszony: %n wpis</numerusform>
                <numerusform>dziennik audytu nienaruszony: %n wpisy</numerusform>
                <numerusform>dziennik audytu nienaruszony: %n wpisów</numerusform>
            </translation>
        </message>
        <message>
            <source>keyed check (HMAC) passed for entries from %1 on</source>
            <translation>kontrola z kluczem (HMAC) zaliczona dla wpisów od %1</translation>
        </message>
        <message>
            <source>keyed check skipped: no key given (set %1 or give --key-file); only the hash chain was verified</source>
            <translation>kontrola z kluczem pominięta: nie podano klucza (ustaw %1 lub podaj --key-file); sprawdzono tylko łańcuch skrótów</translation>
        </message>
        <message>
            <source>Prints the audit log of a case database.</source>
            <translation>Wypisuje dziennik audytu bazy danych przypadków.</translation>
        </message>
        <message>
            <source>Case database file.</source>
            <translation>Plik bazy danych przypadków.</translation>
        </message>
        <message>
            <source>audit list: --db is required</source>
            <translation>audit list: --db jest wymagane</translation>
        </message>
        <message>
            <source>cannot create the output directory %1</source>
            <translation>nie można utworzyć katalogu wyjściowego %1</translation>
        </message>
        <message>
            <source>cannot write the demo case to %1</source>
            <translation>nie można zapisać przypadku demonstracyjnego w %1</translation>
        </message>
        <message>
            <source>run the whole path on the bundled demo case</source>
            <translation>wykonaj całą ścieżkę na dołączonym przypadku demonstracyjnym</translation>
        </message>
        <message>
            <source>read a VCF/BCF file and print a summary</source>
            <translation>odczytaj plik VCF/BCF i wypisz podsumowanie</translation>
        </message>
        <message>
            <source>write a clinician-facing report (PDF, HTML, FHIR, Phenopacket)</source>
            <translation>zapisz raport dla lekarzy (PDF, HTML, FHIR, Phenopacket)</translation>
        </message>
        <message>
            <source>import genes, ClinVar and panels into a knowledge base</source>
            <translation>importuj geny, ClinVar i panele do bazy wiedzy</translation>
        </message>
        <message>
            <source>list policies or apply one with consent to a case</source>
            <translation>wyświetl polityki lub zastosuj jedną ze zgodą do przypadku</translation>
        </message>
        <message>
            <source>import, inspect or remove sources of a frequency cache</source>
            <translation>importuj, przeglądaj lub usuwaj źródła pamięci podręcznej częstości</translation>
        </message>
        <message>
            <source>annotate a VCF/BCF with frequencies from caches</source>
            <translation>dodaj do pliku VCF/BCF adnotacje częstości z pamięci podręcznych</translation>
        </message>
        <message>
            <source>check a package against its signature before install</source>
            <translation>sprawdź pakiet na podstawie jego podpisu przed instalacją</translation>
        </message>
        <message>
            <source>check a signed report PDF against its signature</source>
            <translation>sprawdź podpisany raport PDF na podstawie jego podpisu</translation>
        </message>
        <message>
            <source>fetch frequencies from Beacon v2 nodes into a frequency cache</source>
            <translation>pobierz częstości z węzłów Beacon v2 do pamięci podręcznej częstości</translation>
        </message>
        <message>
            <source>create, list, show, export, mark reviewed and sign cases</source>
            <translation>twórz, wyświetlaj listę, pokazuj, eksportuj, oznaczaj jako zweryfikowane i podpisuj przypadki</translation>
        </message>
        <message>
            <source>record a variant's classification and ACMG/AMP criteria</source>
            <translation>zapisz klasyfikację wariantu i kryteria ACMG/AMP</translation>
        </message>
        <message>
            <source>add or list users of a case database</source>
            <translation>dodaj lub wyświetl użytkowników bazy danych przypadków</translation>
        </message>
        <message>
            <source>verify or print the audit log of a case database</source>
            <translation>sprawdź lub wypisz dziennik audytu bazy danych przypadków</translation>
        </message>
        <message>
            <source>Reads a VCF or BCF file and prints a summary.</source>
            <translation>Odczytuje plik VCF lub BCF i wypisuje podsumowanie.</translation>
        </message>
        <message>
            <source>Print the summary as JSON.</source>
            <translation>Wypisz podsumowanie jako JSON.</translation>
        </message>
        <message>
            <source>PED file: sexes and trio analysis.</source>
            <translation>Plik PED: płeć i analiza trio.</translation>
        </message>
        <message>
            <source>file.ped</source>
            <translation>plik.ped</translation>
        </message>
        <message>
            <source>Load only this sample (repeat or comma-separate).</source>
            <translation>Wczytaj tylko tę próbkę (powtórz lub rozdziel przecinkami).</translation>
        </message>
        <message>
            <source>Reference FASTA (with .fai) to left-align indels.</source>
            <translation>Referencyjny FASTA (z .fai) do wyrównania indeli do lewej.</translation>
        </message>
        <message>
            <source>ref.fa</source>
            <translation>ref.fa</translation>
        </message>
        <message>
            <source>load: expects exactly one file</source>
            <translation>load: oczekiwano dokładnie jednego pliku</translation>
        </message>
        <message>
            <source>Runs the whole path on the bundled demo case: load, frequencies, policy with consent, reviewed report (PDF, HTML, FHIR, Phenopacket).</source>
            <translation>Wykonuje całą ścieżkę na dołączonym przypadku demonstracyjnym: wczytanie, częstości, polityka ze zgodą, zweryfikowany raport (PDF, HTML, FHIR, Phenopacket).</translation>
        </message>
        <message>
            <source>Directory for the demo case and its report (default: ./genomedesk-demo).</source>
            <translation>Katalog na przypadek demonstracyjny i jego raport (domyślnie: ./genomedesk-demo).</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>katalog</translation>
        </message>
        <message>
            <source>Open the demo case in the window.</source>
            <translation>Otwórz przypadek demonstracyjny w oknie.</translation>
        </message>
        <message>
            <source>With --gui: save a PNG of the window once the case is open, then quit.</source>
            <translation>Z --gui: zapisz PNG okna po otwarciu przypadku, a następnie zakończ.</translation>
        </message>
        <message>
            <source>file.png</source>
            <translation>plik.png</translation>
        </message>
        <message>
            <source>With --gui: fill the screen, save PNGs of the window, detail pane, QC dashboard and report preview into a folder, then quit.</source>
            <translation>Z --gui: wypełnij ekran, zapisz w folderze pliki PNG okna, panelu szczegółów, pulpitu QC i podglądu raportu, a następnie zakończ.</translation>
        </message>
        <message>
            <source>Language of the demo report (en, de, fr, nl, it, es, pl).</source>
            <translation>Język raportu demonstracyjnego (en, de, fr, nl, it, es, pl).</translation>
        </message>
        <message>
            <source>language</source>
            <translation>język</translation>
        </message>
        <message>
            <source>With --gui: colours of the window, "system" (default) or "dark", to look at the dark appearance where the desktop offers none.</source>
            <translation>Z --gui: kolory okna, "system" (domyślnie) lub "dark", aby obejrzeć ciemny wygląd tam, gdzie pulpit go nie oferuje.</translation>
        </message>
        <message>
            <source>palette</source>
            <translation>paleta</translation>
        </message>
        <message>
            <source>demo: unexpected argument %1</source>
            <translation>demo: nieoczekiwany argument %1</translation>
        </message>
        <message>
            <source>demo: --palette is "system" or "dark", not %1</source>
            <translation>demo: --palette ma wartość "system" lub "dark", a nie %1</translation>
        </message>
        <message>
            <source>cannot write the screenshot %1</source>
            <translation>nie można zapisać zrzutu ekranu %1</translation>
        </message>
        <message>
            <source>Imports one file into a knowledge base (created when missing).</source>
            <translation>Importuje jeden plik do bazy wiedzy (tworzonej, jeśli nie istnieje).</translation>
        </message>
        <message>
            <source>Knowledge base file.</source>
            <translation>Plik bazy wiedzy.</translation>
        </message>
        <message>
            <source>K.gdkb</source>
            <translation>K.gdkb</translation>
        </message>
        <message>
            <source>Gene model as GTF or GFF3 (genes, transcripts, exons).</source>
            <translation>Model genów jako GTF lub GFF3 (geny, transkrypty, eksony).</translation>
        </message>
        <message>
            <source>Gene spans as BED (e.g. the MANE genes BED).</source>
            <translation>Zakresy genów jako BED (np. BED genów MANE).</translation>
        </message>
        <message>
            <source>ClinVar VCF.</source>
            <translation>VCF ClinVar.</translation>
        </message>
        <message>
            <source>Gene panel: PanelApp TSV or panel BED.</source>
            <translation>Panel genów: TSV z PanelApp lub BED panelu.</translation>
        </message>
        <message>
            <source>Genome build of the file: GRCh37 or GRCh38 (gene models need it; ClinVar reads ##reference).</source>
            <translation>Build genomu pliku: GRCh37 lub GRCh38 (wymagany dla modeli genów; ClinVar odczytuje ##reference).</translation>
        </message>
        <message>
            <source>kb import: --kb is required</source>
            <translation>kb import: --kb jest wymagane</translation>
        </message>
        <message>
            <source>kb import: give exactly one of --gtf, --bed, --clinvar, --panel</source>
            <translation>kb import: podaj dokładnie jedną z opcji --gtf, --bed, --clinvar, --panel</translation>
        </message>
        <message>
            <source>%1: %2 record(s) read, %3 stored, %4 skipped</source>
            <translation>%1: odczytane rekordy: %2, zapisane: %3, pominięte: %4</translation>
        </message>
        <message>
            <source>Lists the sources held by a knowledge base.</source>
            <translation>Wyświetla listę źródeł w bazie wiedzy.</translation>
        </message>
        <message>
            <source>kb info: --kb is required</source>
            <translation>kb info: --kb jest wymagane</translation>
        </message>
        <message>
            <source>no display found: run a subcommand (see --help) or start under a desktop session or xvfb-run</source>
            <translation>nie znaleziono ekranu: uruchom podpolecenie (zob. --help) albo uruchom w sesji pulpitu lub przez xvfb-run</translation>
        </message>
        <message>
            <source>GenomeDesk</source>
            <translation>GenomeDesk</translation>
        </message>
        <message>
            <source>unknown command '%1' (see genomedesk --help)</source>
            <translation>nieznane polecenie '%1' (zob. genomedesk --help)</translation>
        </message>
        <message>
            <source>GenomeDesk: clinical genomics case review.

Without a command, opens the review window. Commands:</source>
            <translation>GenomeDesk: przegląd przypadków z genomiki klinicznej.

Bez polecenia otwiera okno przeglądu. Polecenia:</translation>
        </message>
        <message>
            <source>Run 'genomedesk &lt;command&gt; --help' for a command's options.</source>
            <translation>Uruchom 'genomedesk &lt;command&gt; --help', aby zobaczyć opcje polecenia.</translation>
        </message>
        <message>
            <source>A VCF or BCF file to open in the window.</source>
            <translation>Plik VCF lub BCF do otwarcia w oknie.</translation>
        </message>
        <message>
            <source>Lists the policies shipped with GenomeDesk.</source>
            <translation>Wyświetla listę polityk dostarczanych z GenomeDesk.</translation>
        </message>
        <message>
            <source>Validates a policy file; with --kb its genes are checked against the gene model.</source>
            <translation>Sprawdza poprawność pliku polityki; z --kb jego geny są porównywane z modelem genów.</translation>
        </message>
        <message>
            <source>Policy id or JSON file.</source>
            <translation>Identyfikator polityki lub plik JSON.</translation>
        </message>
        <message>
            <source>policy check: give one policy id or file</source>
            <translation>policy check: podaj jeden identyfikator lub plik polityki</translation>
        </message>
        <message>
            <source>%1: valid, %2 genes</source>
            <translation>%1: poprawna, geny: %2</translation>
        </message>
        <message>
            <source>cannot write: %1</source>
            <translation>nie można zapisać: %1</translation>
        </message>
        <message>
            <source>Applies a secondary-findings policy with the patient's consent to a case and writes one decision with its reasons per variant the proband carries.</source>
            <translation>Stosuje do przypadku politykę wyników wtórnych ze zgodą pacjenta i zapisuje jedną decyzję z uzasadnieniem dla każdego wariantu, którego nosicielem jest probant.</translation>
        </message>
        <message>
            <source>Policy id (see "policy list") or JSON file.</source>
            <translation>Identyfikator polityki (zob. "policy list") lub plik JSON.</translation>
        </message>
        <message>
            <source>The patient's consent profile (JSON).</source>
            <translation>Profil zgody pacjenta (JSON).</translation>
        </message>
        <message>
            <source>consent.json</source>
            <translation>consent.json</translation>
        </message>
        <message>
            <source>Indication: gene list, PanelApp TSV, or panel:&lt;id&gt; from the knowledge base.</source>
            <translation>Wskazanie: lista genów, TSV z PanelApp lub panel:&lt;id&gt; z bazy wiedzy.</translation>
        </message>
        <message>
            <source>Pedigree (PED) of a trio.</source>
            <translation>Rodowód (PED) trio.</translation>
        </message>
        <message>
            <source>PED</source>
            <translation>PED</translation>
        </message>
        <message>
            <source>Sample name of the patient (default: the trio's child, else the first sample).</source>
            <translation>Nazwa próbki pacjenta (domyślnie: dziecko z trio, w przeciwnym razie pierwsza próbka).</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>próbka</translation>
        </message>
        <message>
            <source>The patient's sex when there is no PED: male or female.</source>
            <translation>Płeć pacjenta, gdy nie ma pliku PED: male lub female.</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>płeć</translation>
        </message>
        <message>
            <source>Genome build when the VCF does not tell.</source>
            <translation>Build genomu, gdy VCF go nie podaje.</translation>
        </message>
        <message>
            <source>Frequency cache for the frequency ceilings (repeatable).</source>
            <translation>Pamięć podręczna częstości dla progów częstości (można powtarzać).</translation>
        </message>
        <message>
            <source>C.gdfreq</source>
            <translation>C.gdfreq</translation>
        </message>
        <message>
            <source>Decisions as .tsv or .json.</source>
            <translation>Decyzje jako .tsv lub .json.</translation>
        </message>
        <message>
            <source>The case VCF/BCF.</source>
            <translation>Plik VCF/BCF przypadku.</translation>
        </message>
        <message>
            <source>policy apply: give one case VCF</source>
            <translation>policy apply: podaj jeden plik VCF przypadku</translation>
        </message>
        <message>
            <source>policy apply: --%1 is required</source>
            <translation>policy apply: --%1 jest wymagane</translation>
        </message>
        <message>
            <source>%1: knowledge base not found</source>
            <translation>%1: nie znaleziono bazy wiedzy</translation>
        </message>
        <message>
            <source>policy apply: --indication panel:&lt;id&gt; needs --kb</source>
            <translation>policy apply: --indication panel:&lt;id&gt; wymaga --kb</translation>
        </message>
        <message>
            <source>policy apply: no panel %1 in the knowledge base</source>
            <translation>policy apply: brak panelu %1 w bazie wiedzy</translation>
        </message>
        <message>
            <source>policy apply: --build must be GRCh37 or GRCh38</source>
            <translation>policy apply: --build musi mieć wartość GRCh37 lub GRCh38</translation>
        </message>
        <message>
            <source>policy apply: --sex must be male or female</source>
            <translation>policy apply: --sex musi mieć wartość male lub female</translation>
        </message>
        <message>
            <source>%1: frequency cache not found</source>
            <translation>%1: nie znaleziono pamięci podręcznej częstości</translation>
        </message>
        <message>
            <source>%1: %2 variant(s) carried by %3 (%4 in ClinVar); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</source>
            <translation>%1: warianty u %3: %2 (w ClinVar: %4); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</translation>
        </message>
        <message>
            <source>not a reviews JSON file: %1</source>
            <translation>to nie jest plik JSON weryfikacji: %1</translation>
        </message>
        <message>
            <source>unknown classification "%1"</source>
            <translation>nieznana klasyfikacja "%1"</translation>
        </message>
        <message>
            <source>case %1 was evaluated with policy %2 (sha256 %3) but --policy gives sha256 %4; give the same policy file</source>
            <translation>przypadek %1 oceniono z polityką %2 (sha256 %3), ale --policy daje sha256 %4; podaj ten sam plik polityki</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Genetyk kliniczny</translation>
        </message>
        <message>
            <source>case %1 has no input file</source>
            <translation>przypadek %1 nie ma pliku wejściowego</translation>
        </message>
        <message>
            <source>Writes a report of a case. Without --policy it lists the variants; with a policy and the patient's consent it is a clinician-facing report with primary and secondary findings, frequencies with their sources, the policy's reasons, limitations and a sign-off, optionally signed.</source>
            <translation>Zapisuje raport przypadku. Bez --policy wyświetla listę wariantów; z polityką i zgodą pacjenta jest to raport dla lekarzy z wynikami pierwotnymi i wtórnymi, częstościami wraz ze źródłami, uzasadnieniami polityki, ograniczeniami i zatwierdzeniem, opcjonalnie podpisany.</translation>
        </message>
        <message>
            <source>PDF file to write.</source>
            <translation>Plik PDF do zapisania.</translation>
        </message>
        <message>
            <source>report.pdf</source>
            <translation>raport.pdf</translation>
        </message>
        <message>
            <source>Case identifier printed on the report.</source>
            <translation>Identyfikator przypadku drukowany w raporcie.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Language of the report: %1 (default en).</source>
            <translation>Język raportu: %1 (domyślnie en).</translation>
        </message>
        <message>
            <source>Also write the report as HTML.</source>
            <translation>Zapisz raport także jako HTML.</translation>
        </message>
        <message>
            <source>file.html</source>
            <translation>plik.html</translation>
        </message>
        <message>
            <source>Also write a FHIR R4 Genomics Reporting bundle.</source>
            <translation>Zapisz także pakiet FHIR R4 Genomics Reporting.</translation>
        </message>
        <message>
            <source>Also write a GA4GH Phenopacket v2.</source>
            <translation>Zapisz także GA4GH Phenopacket v2.</translation>
        </message>
        <message>
            <source>Secondary-findings policy id or JSON file.</source>
            <translation>Identyfikator lub plik JSON polityki wyników wtórnych.</translation>
        </message>
        <message>
            <source>Indication gene list or PanelApp TSV.</source>
            <translation>Lista genów wskazania lub TSV z PanelApp.</translation>
        </message>
        <message>
            <source>Knowledge base (genes, ClinVar).</source>
            <translation>Baza wiedzy (geny, ClinVar).</translation>
        </message>
        <message>
            <source>Frequency cache (repeatable).</source>
            <translation>Pamięć podręczna częstości (można powtarzać).</translation>
        </message>
        <message>
            <source>Classifications with criteria and comments (JSON, as "case export" writes them).</source>
            <translation>Klasyfikacje z kryteriami i komentarzami (JSON, w postaci zapisywanej przez "case export").</translation>
        </message>
        <message>
            <source>Laboratory name printed on the report.</source>
            <translation>Nazwa laboratorium drukowana w raporcie.</translation>
        </message>
        <message>
            <source>Sign the PDF with this PKCS#12 certificate and key (passphrase in GENOMEDESK_SIGN_PASSPHRASE); writes PDF.p7s.</source>
            <translation>Podpisz PDF tym certyfikatem i kluczem PKCS#12 (hasło w GENOMEDESK_SIGN_PASSPHRASE); zapisuje PDF.p7s.</translation>
        </message>
        <message>
            <source>cert.p12</source>
            <translation>cert.p12</translation>
        </message>
        <message>
            <source>Directory with report.html, report.css and a logo.</source>
            <translation>Katalog z report.html, report.css i logo.</translation>
        </message>
        <message>
            <source>Case database: report the case given by --case with its consent, reviews and sign-off (key in GENOMEDESK_PASSPHRASE or --key-file).</source>
            <translation>Baza danych przypadków: raport dla przypadku podanego w --case wraz z jego zgodą, weryfikacjami i zatwierdzeniem (klucz w GENOMEDESK_PASSPHRASE lub --key-file).</translation>
        </message>
        <message>
            <source>cases.gddb</source>
            <translation>cases.gddb</translation>
        </message>
        <message>
            <source>Key file of the case database.</source>
            <translation>Plik klucza bazy danych przypadków.</translation>
        </message>
        <message>
            <source>With --db: print the patient's name and birth date (decrypted) besides the pseudonym.</source>
            <translation>Z --db: wydrukuj imię i nazwisko oraz datę urodzenia pacjenta (odszyfrowane) obok pseudonimu.</translation>
        </message>
        <message>
            <source>report: expects exactly one file</source>
            <translation>report: oczekiwano dokładnie jednego pliku</translation>
        </message>
        <message>
            <source>report: --out is required</source>
            <translation>report: --out jest wymagane</translation>
        </message>
        <message>
            <source>report: --db needs --case and --policy</source>
            <translation>report: --db wymaga --case i --policy</translation>
        </message>
        <message>
            <source>report: --consent, --indication and --reviews need --policy</source>
            <translation>report: --consent, --indication i --reviews wymagają --policy</translation>
        </message>
        <message>
            <source>report: no report language "%1"; available: %2</source>
            <translation>report: brak języka raportu "%1"; dostępne: %2</translation>
        </message>
        <message>
            <source>report: set the passphrase in GENOMEDESK_PASSPHRASE or give --key-file</source>
            <translation>report: ustaw hasło w GENOMEDESK_PASSPHRASE lub podaj --key-file</translation>
        </message>
        <message>
            <source>%1: case database not found</source>
            <translation>%1: nie znaleziono bazy danych przypadków</translation>
        </message>
        <message>
            <source>Hereditary cardiomyopathy and arrhythmia (demo gene list)</source>
            <translation>Dziedziczna kardiomiopatia i arytmia (demonstracyjna lista genów)</translation>
        </message>
        <message>
            <source>GenomeDesk demo laboratory</source>
            <translation>Laboratorium demonstracyjne GenomeDesk</translation>
        </message>
        <message>
            <source>Dr. Demo Referrer, cardiology</source>
            <translation>Dr Demo Kierujący, kardiologia</translation>
        </message>
        <message>
            <source>knowledge base not found</source>
            <translation>nie znaleziono bazy wiedzy</translation>
        </message>
        <message>
            <source>the knowledge base has no gene model; the cache needs %1</source>
            <translation>baza wiedzy nie ma modelu genów; pamięć podręczna wymaga %1</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is for %1, the cache is %2</source>
            <translation>model genów bazy wiedzy dotyczy %1, pamięć podręczna %2</translation>
        </message>
        <message>
            <source>gene %1 is not in the %2 gene model of the knowledge base</source>
            <translation>genu %1 nie ma w modelu genów %2 bazy wiedzy</translation>
        </message>
        <message>
            <source>Fetches allele frequencies for a case or regions from Beacon v2 nodes into a frequency cache. Exit status 0: every node answered; 1: some nodes failed (the others were written); 2: bad usage or input.</source>
            <translation>Pobiera częstości alleli dla przypadku lub regionów z węzłów Beacon v2 do pamięci podręcznej częstości. Kod wyjścia 0: każdy węzeł odpowiedział; 1: niektóre węzły zawiodły (pozostałe zostały zapisane); 2: błędne użycie lub dane wejściowe.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq), created when missing.</source>
            <translation>Pamięć podręczna częstości (.gdfreq), tworzona, jeśli nie istnieje.</translation>
        </message>
        <message>
            <source>Node list (nodes.json).</source>
            <translation>Lista węzłów (nodes.json).</translation>
        </message>
        <message>
            <source>Case VCF/BCF whose variants are looked up (padded to regions).</source>
            <translation>Plik VCF/BCF przypadku, którego warianty są wyszukiwane (rozszerzone do regionów).</translation>
        </message>
        <message>
            <source>Region chr:start-end (1-based, inclusive); repeatable.</source>
            <translation>Region chr:start-end (numeracja od 1, włącznie); można powtarzać.</translation>
        </message>
        <message>
            <source>Gene symbol whose span (from the gene model of --kb, padded like a variant) is synced as a region; repeatable.</source>
            <translation>Symbol genu, którego zakres (z modelu genów z --kb, rozszerzony jak wariant) jest synchronizowany jako region; można powtarzać.</translation>
        </message>
        <message>
            <source>Knowledge base (.gdkb) whose gene model resolves --gene.</source>
            <translation>Baza wiedzy (.gdkb), której model genów rozwiązuje --gene.</translation>
        </message>
        <message>
            <source>Write every request sent (URL and body, no tokens) as JSON lines.</source>
            <translation>Zapisz każde wysłane żądanie (URL i treść, bez tokenów) jako wiersze JSON.</translation>
        </message>
        <message>
            <source>Fetch again only regions fetched more than this many days ago (0: all); default: each node's maxAgeDays in the node list (30).</source>
            <translation>Pobierz ponownie tylko regiony pobrane dawniej niż podana liczba dni (0: wszystkie); domyślnie: maxAgeDays każdego węzła z listy węzłów (30).</translation>
        </message>
        <message>
            <source>sync needs --cache and --nodes.</source>
            <translation>sync wymaga --cache i --nodes.</translation>
        </message>
        <message>
            <source>sync needs either --vcf or --region/--gene.</source>
            <translation>sync wymaga --vcf albo --region/--gene.</translation>
        </message>
        <message>
            <source>--gene needs --kb (the knowledge base with the gene model).</source>
            <translation>--gene wymaga --kb (bazy wiedzy z modelem genów).</translation>
        </message>
        <message>
            <source>--max-age must be a number of days, 0 ... 3650.</source>
            <translation>--max-age musi być liczbą dni, 0 ... 3650.</translation>
        </message>
        <message>
            <source>--gene: the nodes name different assemblies and the cache %1 has no build yet; give --region instead</source>
            <translation>--gene: węzły podają różne złożenia (assembly), a pamięć podręczna %1 nie ma jeszcze buildu; zamiast tego podaj --region</translation>
        </message>
        <message>
            <source>node %1: up to date, %2 region(s) fetched within %3 day(s), 0 requests</source>
            <translation>węzeł %1: aktualny, regiony pobrane w ciągu ostatnich dni (%3): %2, żądania: 0</translation>
        </message>
        <message>
            <source>node %1: ok, %2 variants, %3 sites cached, %4 requests, %5 ms</source>
            <translation>węzeł %1: ok, warianty: %2, pozycje w pamięci podręcznej: %3, żądania: %4, %5 ms</translation>
        </message>
        <message>
            <source>node %1: FAILED after %2 ms: %3</source>
            <translation>węzeł %1: BŁĄD po %2 ms: %3</translation>
        </message>
        <message>
            <source>%1: cannot write the request log</source>
            <translation>%1: nie można zapisać dziennika żądań</translation>
        </message>
        <message>
            <source>source %1: %2 sites, retrieved %3 (%4 minutes ago)</source>
            <translation>źródło %1: pozycje: %2, pobrano %3 (%4 min temu)</translation>
        </message>
        <message>
            <source>  region %1:%2-%3 fetched %4 (%5)</source>
            <translation>  region %1:%2-%3 pobrano %4 (%5)</translation>
        </message>
        <message>
            <source>Checks a package against its detached CMS signature and a trusted certificate. Exit code 0: valid; 1: the package did not verify; 2: bad usage or unreadable input.</source>
            <translation>Sprawdza pakiet na podstawie jego odłączonego podpisu CMS i zaufanego certyfikatu. Kod wyjścia 0: poprawny; 1: weryfikacja pakietu nie powiodła się; 2: błędne użycie lub nieczytelne dane wejściowe.</translation>
        </message>
        <message>
            <source>The package (.deb, .rpm, .tar.gz, SHA256SUMS).</source>
            <translation>Pakiet (.deb, .rpm, .tar.gz, SHA256SUMS).</translation>
        </message>
        <message>
            <source>Its detached CMS signature (DER or PEM).</source>
            <translation>Jego odłączony podpis CMS (DER lub PEM).</translation>
        </message>
        <message>
            <source>The trusted certificate(s), PEM: the signer's or the issuing CA's.</source>
            <translation>Zaufany certyfikat (lub certyfikaty), PEM: podpisującego lub wystawiającego CA.</translation>
        </message>
        <message>
            <source>verify-package: unexpected argument %1</source>
            <translation>verify-package: nieoczekiwany argument %1</translation>
        </message>
        <message>
            <source>verify-package: --%1 is required</source>
            <translation>verify-package: --%1 jest wymagane</translation>
        </message>
        <message>
            <source>VERIFICATION FAILED for %1: %2. Do not install it.</source>
            <translation>WERYFIKACJA NIE POWIODŁA SIĘ dla %1: %2. Nie instaluj go.</translation>
        </message>
        <message>
            <source>OK: %1 is signed by %2</source>
            <translation>OK: %1 jest podpisany przez %2</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>verify-report: cannot read the %1 %2</source>
            <translation>verify-report: nie można odczytać: %1 %2</translation>
        </message>
        <message>
            <source>Checks a signed report PDF against its detached CMS signature and the trusted CA certificate(s). Exit code 0: valid; 1: not valid (the reason is printed); 2: bad usage or unreadable input.</source>
            <translation>Sprawdza podpisany raport PDF na podstawie jego odłączonego podpisu CMS i zaufanego certyfikatu CA (lub certyfikatów). Kod wyjścia 0: poprawny; 1: niepoprawny (przyczyna jest wypisywana); 2: błędne użycie lub nieczytelne dane wejściowe.</translation>
        </message>
        <message>
            <source>The signed report.</source>
            <translation>Podpisany raport.</translation>
        </message>
        <message>
            <source>The detached signature (DER or PEM); default: the report's name + .p7s.</source>
            <translation>Odłączony podpis (DER lub PEM); domyślnie: nazwa raportu + .p7s.</translation>
        </message>
        <message>
            <source>The trusted CA certificate(s), PEM: the issuer of the geneticists' certificates, or a signer's own certificate.</source>
            <translation>Zaufany certyfikat CA (lub certyfikaty), PEM: wystawca certyfikatów genetyków lub własny certyfikat podpisującego.</translation>
        </message>
        <message>
            <source>verify-report: expects exactly one report PDF</source>
            <translation>verify-report: oczekiwano dokładnie jednego raportu PDF</translation>
        </message>
        <message>
            <source>verify-report: --ca is required</source>
            <translation>verify-report: --ca jest wymagane</translation>
        </message>
        <message>
            <source>report</source>
            <translation>raport</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>podpis</translation>
        </message>
        <message>
            <source>VALID: %1</source>
            <translation>POPRAWNY: %1</translation>
        </message>
        <message>
            <source>INVALID (%1): %2</source>
            <translation>NIEPOPRAWNY (%1): %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Przyczyna: %1</translation>
        </message>
        <message>
            <source>Signer: %1</source>
            <translation>Podpisujący: %1</translation>
        </message>
        <message>
            <source>Certificate SHA-256: %1</source>
            <translation>SHA-256 certyfikatu: %1</translation>
        </message>
        <message>
            <source>Signed at: %1</source>
            <translation>Podpisano: %1</translation>
        </message>
        <message>
            <source>Report SHA-256: %1</source>
            <translation>SHA-256 raportu: %1</translation>
        </message>
        <message>
            <source>Only these fields, comma-separated, without the source prefix (AC,AN,AF,AC_nfe,status); default: all.</source>
            <translation>Tylko te pola, rozdzielone przecinkami, bez przedrostka źródła (AC,AN,AF,AC_nfe,status); domyślnie: wszystkie.</translation>
        </message>
        <message>
            <source>list</source>
            <translation>lista</translation>
        </message>
        <message>
            <source>annotate: --fields needs at least one field name</source>
            <translation>annotate: --fields wymaga co najmniej jednej nazwy pola</translation>
        </message>
        <message>
            <source>import a sites VCF/BCF into a frequency cache as one source</source>
            <translation>zaimportować plik VCF/BCF z wariantami jako jedno źródło do pamięci częstości</translation>
        </message>
        <message>
            <source>print the sources, populations, sites, size and build of a cache</source>
            <translation>wypisać źródła, populacje, warianty, rozmiar i wersję genomu pamięci</translation>
        </message>
        <message>
            <source>remove a source and its sites from a cache</source>
            <translation>usunąć źródło wraz z jego wariantami z pamięci</translation>
        </message>
        <message>
            <source>create a case for a patient and print its id</source>
            <translation>utworzyć przypadek dla pacjenta i wypisać jego identyfikator</translation>
        </message>
        <message>
            <source>list the cases of a case database</source>
            <translation>wypisać przypadki z bazy przypadków</translation>
        </message>
        <message>
            <source>show a case's inputs, reviews and report versions</source>
            <translation>pokazać dane wejściowe, oceny i wersje raportu przypadku</translation>
        </message>
        <message>
            <source>write a case as JSON (pseudonymous unless --identified)</source>
            <translation>zapisać przypadek jako JSON (spseudonimizowany, chyba że --identified)</translation>
        </message>
        <message>
            <source>mark a draft case as reviewed</source>
            <translation>oznaczyć szkic przypadku jako oceniony</translation>
        </message>
        <message>
            <source>sign a reviewed case (clinical geneticists only)</source>
            <translation>podpisać oceniony przypadek (tylko genetycy kliniczni)</translation>
        </message>
        <message>
            <source>record one variant's classification with its ACMG/AMP criteria</source>
            <translation>zapisać klasyfikację wariantu wraz z kryteriami ACMG/AMP</translation>
        </message>
        <message>
            <source>add a user to a case database</source>
            <translation>dodać użytkownika do bazy przypadków</translation>
        </message>
        <message>
            <source>list the users of a case database</source>
            <translation>wypisać użytkowników bazy przypadków</translation>
        </message>
        <message>
            <source>check the audit log's hash chain (and HMACs with the key)</source>
            <translation>sprawdzić łańcuch skrótów dziennika audytu (a z kluczem także HMAC)</translation>
        </message>
        <message>
            <source>print the audit log</source>
            <translation>wypisać dziennik audytu</translation>
        </message>
        <message>
            <source>Usage: %1 &lt;subcommand&gt; [options]</source>
            <translation>Użycie: %1 &lt;podpolecenie&gt; [opcje]</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>Podpolecenia:</translation>
        </message>
        <message>
            <source>Run '%1 &lt;subcommand&gt; --help' for its options.</source>
            <translation>'%1 &lt;podpolecenie&gt; --help' pokazuje jego opcje.</translation>
        </message>
        <message>
            <source>%1: expects a subcommand: %2 (see %3 --help)</source>
            <translation>%1: oczekuje podpolecenia: %2 (zob. %3 --help)</translation>
        </message>
        <message>
            <source>%1: unknown subcommand "%2"; expected %3 (see %4 --help)</source>
            <translation>%1: nieznane podpolecenie „%2”; oczekiwano: %3 (zob. %4 --help)</translation>
        </message>
        <message>
            <source>import one file into a knowledge base</source>
            <translation>zaimportować plik do bazy wiedzy</translation>
        </message>
        <message>
            <source>list the sources held by a knowledge base</source>
            <translation>wypisać źródła bazy wiedzy</translation>
        </message>
        <message>
            <source>list the policies shipped with GenomeDesk</source>
            <translation>wypisać zasady dostarczane z GenomeDesk</translation>
        </message>
        <message>
            <source>validate a policy file</source>
            <translation>sprawdzić poprawność pliku zasad</translation>
        </message>
        <message>
            <source>apply a policy with the patient's consent to a case</source>
            <translation>zastosować zasady ze zgodą pacjenta do przypadku</translation>
        </message>
        <message>
            <source>Report %1 (%2): %3, %4</source>
            <extracomment>%3 "1 primary finding", %4 "5 secondary findings"</extracomment>
            <translation>Raport %1 (%2): %3, %4</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n wynik pierwotny</numerusform>
                <numerusform>%n wyniki pierwotne</numerusform>
                <numerusform>%n wyników pierwotnych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n wynik wtórny</numerusform>
                <numerusform>%n wyniki wtórne</numerusform>
                <numerusform>%n wyników wtórnych</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>Cancelled.</source>
            <translation>Anulowano.</translation>
        </message>
        <message>
            <source>The response is larger than %1 bytes.</source>
            <translation>Odpowiedź jest większa niż %1 bajtów.</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>brak odpowiedzi w ciągu %1 ms</translation>
        </message>
        <message numerus="yes">
            <source>%1 after %n attempt(s).</source>
            <translation>
                <numerusform>%1 po %n próbie.</numerusform>
                <numerusform>%1 po %n próbach.</numerusform>
                <numerusform>%1 po %n próbach.</numerusform>
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
            <translation>Nieprawidłowa odpowiedź: %1</translation>
        </message>
        <message>
            <source>Cannot read the node list.</source>
            <translation>Nie można odczytać listy węzłów.</translation>
        </message>
        <message>
            <source>Not a node list: expected a JSON object with a "nodes" array.</source>
            <translation>To nie jest lista węzłów: oczekiwano obiektu JSON z tablicą "nodes".</translation>
        </message>
        <message>
            <source>A node must be a JSON object.</source>
            <translation>Węzeł musi być obiektem JSON.</translation>
        </message>
        <message>
            <source>"name" must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>"name" musi mieć od 1 do 64 liter, cyfr, '.', '_' lub '-'.</translation>
        </message>
        <message>
            <source>The node name "%1" is used twice.</source>
            <translation>Nazwa węzła "%1" występuje dwukrotnie.</translation>
        </message>
        <message>
            <source>"baseUrl" must be an http or https URL.</source>
            <translation>"baseUrl" musi być adresem URL http lub https.</translation>
        </message>
        <message>
            <source>"style" must be "spec" or "gdi".</source>
            <translation>"style" musi mieć wartość "spec" lub "gdi".</translation>
        </message>
        <message>
            <source>"coordinates" must be "0-based" or "1-based".</source>
            <translation>"coordinates" musi mieć wartość "0-based" lub "1-based".</translation>
        </message>
        <message>
            <source>"auth.type" must be "none", "bearer" or "basic".</source>
            <translation>"auth.type" musi mieć wartość "none", "bearer" lub "basic".</translation>
        </message>
        <message>
            <source>Cannot read the token file of node "%1".</source>
            <translation>Nie można odczytać pliku tokenu węzła "%1".</translation>
        </message>
        <message>
            <source>The token file of node "%1" must hold one line.</source>
            <translation>Plik tokenu węzła "%1" musi zawierać jeden wiersz.</translation>
        </message>
        <message>
            <source>"timeoutMs" must be 100 ... 600000.</source>
            <translation>"timeoutMs" musi mieścić się w zakresie 100 ... 600000.</translation>
        </message>
        <message>
            <source>"retries" must be 0 ... 10.</source>
            <translation>"retries" musi mieścić się w zakresie 0 ... 10.</translation>
        </message>
        <message>
            <source>"concurrency" must be 1 ... 16.</source>
            <translation>"concurrency" musi mieścić się w zakresie 1 ... 16.</translation>
        </message>
        <message>
            <source>"windowBases" must be 0 ... 1000000.</source>
            <translation>"windowBases" musi mieścić się w zakresie 0 ... 1000000.</translation>
        </message>
        <message>
            <source>"maximumResponseBytes" must be 1024 ... 2^30.</source>
            <translation>"maximumResponseBytes" musi mieścić się w zakresie 1024 ... 2^30.</translation>
        </message>
        <message>
            <source>Not a region: "%1" (expected contig:start-end, 1-based).</source>
            <translation>To nie jest region: "%1" (oczekiwano contig:początek-koniec, numeracja od 1).</translation>
        </message>
        <message>
            <source>The response is not a JSON object (%1).</source>
            <translation>Odpowiedź nie jest obiektem JSON (%1).</translation>
        </message>
        <message>
            <source>The node answered with an error: %1</source>
            <translation>Węzeł odpowiedział błędem: %1</translation>
        </message>
        <message>
            <source>The response has no result sets.</source>
            <translation>Odpowiedź nie zawiera zestawów wyników.</translation>
        </message>
        <message>
            <source>"resultSets" is not an array.</source>
            <translation>"resultSets" nie jest tablicą.</translation>
        </message>
        <message>
            <source>A result set is not an object.</source>
            <translation>Zestaw wyników nie jest obiektem.</translation>
        </message>
        <message>
            <source>"results" is not an array.</source>
            <translation>"results" nie jest tablicą.</translation>
        </message>
        <message>
            <source>Invalid bases in a record.</source>
            <translation>Nieprawidłowe zasady w rekordzie.</translation>
        </message>
        <message>
            <source>frequencyInPopulations has neither frequencies[] nor populations[].</source>
            <translation>frequencyInPopulations nie zawiera ani frequencies[], ani populations[].</translation>
        </message>
        <message>
            <source>A frequency has no population label.</source>
            <translation>Częstość nie ma etykiety populacji.</translation>
        </message>
        <message>
            <source>An allele frequency is not a number in [0, 1].</source>
            <translation>Częstość allelu nie jest liczbą z przedziału [0, 1].</translation>
        </message>
        <message>
            <source>A count is not a non-negative integer.</source>
            <translation>Liczebność nie jest nieujemną liczbą całkowitą.</translation>
        </message>
        <message>
            <source>An allele count is larger than its allele number.</source>
            <translation>Liczba alleli (AC) jest większa niż całkowita liczba alleli (AN).</translation>
        </message>
        <message>
            <source>The request is larger than %1 bytes.</source>
            <translation>Żądanie jest większe niż %1 bajtów.</translation>
        </message>
        <message>
            <source>No such endpoint.</source>
            <translation>Nie ma takiego punktu końcowego.</translation>
        </message>
        <message>
            <source>Internal error (simulated).</source>
            <translation>Błąd wewnętrzny (symulowany).</translation>
        </message>
        <message>
            <source>A valid Bearer token is required.</source>
            <translation>Wymagany jest prawidłowy token Bearer.</translation>
        </message>
        <message>
            <source>Only GET and POST are allowed.</source>
            <translation>Dozwolone są tylko GET i POST.</translation>
        </message>
        <message>
            <source>Only GET is allowed here.</source>
            <translation>Tutaj dozwolone jest tylko GET.</translation>
        </message>
        <message>
            <source>No such endpoint: %1</source>
            <translation>Nie ma takiego punktu końcowego: %1</translation>
        </message>
        <message>
            <source>"start" must be one or two non-negative integers.</source>
            <translation>"start" musi być jedną lub dwiema nieujemnymi liczbami całkowitymi.</translation>
        </message>
        <message>
            <source>"end" must be one or two non-negative integers.</source>
            <translation>"end" musi być jedną lub dwiema nieujemnymi liczbami całkowitymi.</translation>
        </message>
        <message>
            <source>"skip" must be a non-negative integer.</source>
            <translation>"skip" musi być nieujemną liczbą całkowitą.</translation>
        </message>
        <message>
            <source>"limit" must be a non-negative integer.</source>
            <translation>"limit" musi być nieujemną liczbą całkowitą.</translation>
        </message>
        <message>
            <source>The request body is not a JSON object.</source>
            <translation>Treść żądania nie jest obiektem JSON.</translation>
        </message>
        <message>
            <source>The request has no "meta" object.</source>
            <translation>Żądanie nie zawiera obiektu "meta".</translation>
        </message>
        <message>
            <source>"query" must be an object.</source>
            <translation>"query" musi być obiektem.</translation>
        </message>
        <message>
            <source>"requestParameters" must be an object.</source>
            <translation>"requestParameters" musi być obiektem.</translation>
        </message>
        <message>
            <source>"assemblyId" must be a string.</source>
            <translation>"assemblyId" musi być ciągiem znaków.</translation>
        </message>
        <message>
            <source>"referenceName" must be a string.</source>
            <translation>"referenceName" musi być ciągiem znaków.</translation>
        </message>
        <message>
            <source>"referenceBases" must be a string.</source>
            <translation>"referenceBases" musi być ciągiem znaków.</translation>
        </message>
        <message>
            <source>"alternateBases" must be a string.</source>
            <translation>"alternateBases" musi być ciągiem znaków.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be a string.</source>
            <translation>"requestedGranularity" musi być ciągiem znaków.</translation>
        </message>
        <message>
            <source>"pagination" must be an object.</source>
            <translation>"pagination" musi być obiektem.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be boolean, count or record.</source>
            <translation>"requestedGranularity" musi mieć wartość boolean, count lub record.</translation>
        </message>
        <message>
            <source>"referenceName" is required.</source>
            <translation>"referenceName" jest wymagane.</translation>
        </message>
        <message>
            <source>"start" (one or two values) is required; "end" takes one or two.</source>
            <translation>"start" (jedna lub dwie wartości) jest wymagane; "end" przyjmuje jedną lub dwie.</translation>
        </message>
        <message>
            <source>Bases may only contain IUPAC nucleotide codes.</source>
            <translation>Zasady mogą zawierać tylko kody nukleotydów IUPAC.</translation>
        </message>
        <message>
            <source>A query with one "start" needs "alternateBases" or "end".</source>
            <translation>Zapytanie z jednym "start" wymaga "alternateBases" lub "end".</translation>
        </message>
        <message>
            <source>"end" must be greater than "start".</source>
            <translation>"end" musi być większe niż "start".</translation>
        </message>
        <message>
            <source>The region is longer than %1 bases.</source>
            <translation>Region jest dłuższy niż %1 zasad.</translation>
        </message>
        <message>
            <source>The frequency cache cannot be read.</source>
            <translation>Nie można odczytać pamięci podręcznej częstości.</translation>
        </message>
        <message>
            <source>Cannot write to the cache: %1</source>
            <translation>Nie można zapisać w pamięci podręcznej: %1</translation>
        </message>
        <message>
            <source>line %1 (record %2)</source>
            <translation>wiersz %1 (rekord %2)</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>wiersz %1</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>rekord %1</translation>
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
            <translation>nie znaleziono pliku PED</translation>
        </message>
        <message>
            <source>too large for a PED file</source>
            <translation>za duży jak na plik PED</translation>
        </message>
        <message>
            <source>a PED line needs 6 columns (family, individual, father, mother, sex, phenotype), found %1</source>
            <translation>wiersz PED wymaga 6 kolumn (rodzina, osoba, ojciec, matka, płeć, fenotyp), znaleziono %1</translation>
        </message>
        <message>
            <source>sex must be 1 (male), 2 (female) or 0 (unknown), found '%1'</source>
            <translation>płeć musi mieć wartość 1 (mężczyzna), 2 (kobieta) lub 0 (nieznana), znaleziono '%1'</translation>
        </message>
        <message>
            <source>individual '%1' is given as their own parent</source>
            <translation>osoba '%1' jest podana jako własny rodzic</translation>
        </message>
        <message>
            <source>individual '%1' appears twice</source>
            <translation>osoba '%1' występuje dwukrotnie</translation>
        </message>
        <message>
            <source>the PED file lists nobody</source>
            <translation>plik PED nie zawiera żadnej osoby</translation>
        </message>
        <message>
            <source>the source %1 is in more than one frequency cache</source>
            <translation>źródło %1 znajduje się w więcej niż jednej pamięci podręcznej częstości</translation>
        </message>
        <message>
            <source>the annotation was cancelled</source>
            <translation>anotację anulowano</translation>
        </message>
        <message>
            <source>empty blob</source>
            <translation>pusty blob</translation>
        </message>
        <message>
            <source>unknown chunk encoding %1</source>
            <translation>nieznane kodowanie fragmentu %1</translation>
        </message>
        <message>
            <source>bad size</source>
            <translation>nieprawidłowy rozmiar</translation>
        </message>
        <message>
            <source>the compressed data does not inflate</source>
            <translation>nie można zdekompresować skompresowanych danych</translation>
        </message>
        <message>
            <source>bad site count</source>
            <translation>nieprawidłowa liczba pozycji</translation>
        </message>
        <message>
            <source>%1 columns instead of %2</source>
            <translation>%1 kolumn zamiast %2</translation>
        </message>
        <message>
            <source>bad position</source>
            <translation>nieprawidłowa pozycja</translation>
        </message>
        <message>
            <source>bad allele table</source>
            <translation>nieprawidłowa tabela alleli</translation>
        </message>
        <message>
            <source>bad allele code</source>
            <translation>nieprawidłowy kod allelu</translation>
        </message>
        <message>
            <source>truncated site table</source>
            <translation>obcięta tabela pozycji</translation>
        </message>
        <message>
            <source>bad integer value</source>
            <translation>nieprawidłowa wartość całkowita</translation>
        </message>
        <message>
            <source>truncated float column</source>
            <translation>obcięta kolumna zmiennoprzecinkowa</translation>
        </message>
        <message>
            <source>bad text table</source>
            <translation>nieprawidłowa tabela tekstowa</translation>
        </message>
        <message>
            <source>bad text index</source>
            <translation>nieprawidłowy indeks tekstowy</translation>
        </message>
        <message>
            <source>truncated column</source>
            <translation>obcięta kolumna</translation>
        </message>
        <message>
            <source>trailing bytes</source>
            <translation>nadmiarowe bajty na końcu</translation>
        </message>
        <message>
            <source>cannot read the frequency cache</source>
            <translation>nie można odczytać pamięci podręcznej częstości</translation>
        </message>
        <message>
            <source>not a frequency cache (not an SQLite database, or truncated)</source>
            <translation>to nie jest pamięć podręczna częstości (nie jest bazą danych SQLite lub jest obcięta)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (bad page size)</source>
            <translation>pamięć podręczna częstości jest uszkodzona (nieprawidłowy rozmiar strony)</translation>
        </message>
        <message>
            <source>the frequency cache is truncated: %1 of %2 bytes</source>
            <translation>pamięć podręczna częstości jest obcięta: %1 z %2 bajtów</translation>
        </message>
        <message>
            <source>the frequency cache is truncated (size %1 is not a multiple of the page size %2)</source>
            <translation>pamięć podręczna częstości jest obcięta (rozmiar %1 nie jest wielokrotnością rozmiaru strony %2)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (%1: %2)</source>
            <translation>pamięć podręczna częstości jest uszkodzona (%1: %2)</translation>
        </message>
        <message>
            <source>the frequency cache is in use by another program (%1)</source>
            <translation>pamięć podręczna częstości jest używana przez inny program (%1)</translation>
        </message>
        <message>
            <source>cannot write the frequency cache (%1: %2)</source>
            <translation>nie można zapisać pamięci podręcznej częstości (%1: %2)</translation>
        </message>
        <message>
            <source>frequency cache error (%1: %2)</source>
            <translation>błąd pamięci podręcznej częstości (%1: %2)</translation>
        </message>
        <message>
            <source>frequency cache not found</source>
            <translation>nie znaleziono pamięci podręcznej częstości</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>to nie jest plik</translation>
        </message>
        <message>
            <source>the frequency cache is empty (0 bytes)</source>
            <translation>pamięć podręczna częstości jest pusta (0 bajtów)</translation>
        </message>
        <message>
            <source>cannot open the frequency cache: %1</source>
            <translation>nie można otworzyć pamięci podręcznej częstości: %1</translation>
        </message>
        <message>
            <source>reading the header</source>
            <translation>odczyt nagłówka</translation>
        </message>
        <message>
            <source>reading the schema</source>
            <translation>odczyt schematu</translation>
        </message>
        <message>
            <source>the file is an empty SQLite database, not a frequency cache</source>
            <translation>plik jest pustą bazą danych SQLite, a nie pamięcią podręczną częstości</translation>
        </message>
        <message>
            <source>creating the cache</source>
            <translation>tworzenie pamięci podręcznej</translation>
        </message>
        <message>
            <source>the file is an SQLite database but not a GenomeDesk frequency cache</source>
            <translation>plik jest bazą danych SQLite, ale nie pamięcią podręczną częstości GenomeDesk</translation>
        </message>
        <message>
            <source>reading the metadata</source>
            <translation>odczyt metadanych</translation>
        </message>
        <message>
            <source>the frequency cache has no valid format record</source>
            <translation>pamięć podręczna częstości nie ma prawidłowego rekordu formatu</translation>
        </message>
        <message>
            <source>the frequency cache has format version %1; this GenomeDesk reads up to version %2</source>
            <translation>pamięć podręczna częstości ma wersję formatu %1; ta wersja GenomeDesk odczytuje wersje do %2</translation>
        </message>
        <message>
            <source>reading the sources</source>
            <translation>odczyt źródeł</translation>
        </message>
        <message>
            <source>reading the populations</source>
            <translation>odczyt populacji</translation>
        </message>
        <message>
            <source>reading the fields</source>
            <translation>odczyt pól</translation>
        </message>
        <message>
            <source>the frequency cache is for %1 but the case is %2; use a cache built from %2 sources</source>
            <translation>pamięć podręczna częstości dotyczy %1, a przypadek %2; należy użyć pamięci podręcznej zbudowanej ze źródeł %2</translation>
        </message>
        <message>
            <source>reading sites</source>
            <translation>odczyt pozycji</translation>
        </message>
        <message>
            <source>reading sites of %1:%2</source>
            <translation>odczyt pozycji %1:%2</translation>
        </message>
        <message>
            <source>%1 (source %2, contig %3, window %4)</source>
            <translation>%1 (źródło %2, contig %3, okno %4)</translation>
        </message>
        <message>
            <source>the frequency cache has no source called %1</source>
            <translation>pamięć podręczna częstości nie zawiera źródła o nazwie %1</translation>
        </message>
        <message>
            <source>removing a source</source>
            <translation>usuwanie źródła</translation>
        </message>
        <message>
            <source>the frequency cache holds %1 data but the source %2 is %3</source>
            <translation>pamięć podręczna częstości zawiera dane %1, ale źródło %2 jest %3</translation>
        </message>
        <message>
            <source>of an unknown build</source>
            <translation>nieznanej wersji genomu</translation>
        </message>
        <message>
            <source>a source needs a name and a version</source>
            <translation>źródło wymaga nazwy i wersji</translation>
        </message>
        <message>
            <source>a source needs at least one field</source>
            <translation>źródło wymaga co najmniej jednego pola</translation>
        </message>
        <message>
            <source>starting the import</source>
            <translation>rozpoczynanie importu</translation>
        </message>
        <message>
            <source>replacing the source</source>
            <translation>zastępowanie źródła</translation>
        </message>
        <message>
            <source>writing the source</source>
            <translation>zapis źródła</translation>
        </message>
        <message>
            <source>writing the populations</source>
            <translation>zapis populacji</translation>
        </message>
        <message>
            <source>writing the fields</source>
            <translation>zapis pól</translation>
        </message>
        <message>
            <source>writing the build</source>
            <translation>zapis wersji genomu</translation>
        </message>
        <message>
            <source>writing sites</source>
            <translation>zapis pozycji</translation>
        </message>
        <message>
            <source>writing the coverage</source>
            <translation>zapis pokrycia</translation>
        </message>
        <message>
            <source>finishing the import</source>
            <translation>kończenie importu</translation>
        </message>
        <message>
            <source>committing the import</source>
            <translation>zatwierdzanie importu</translation>
        </message>
        <message>
            <source>cannot read the field map</source>
            <translation>nie można odczytać mapy pól</translation>
        </message>
        <message>
            <source>expected &lt;metric&gt; &lt;population&gt; &lt;INFO key&gt; [type] or population &lt;label&gt; &lt;description&gt; [count]</source>
            <translation>oczekiwano &lt;metryka&gt; &lt;populacja&gt; &lt;klucz INFO&gt; [typ] lub population &lt;etykieta&gt; &lt;opis&gt; [liczba]</translation>
        </message>
        <message>
            <source>the sample count %1 is not a number</source>
            <translation>liczba próbek %1 nie jest liczbą</translation>
        </message>
        <message>
            <source>unknown type %1 (Integer, Float or String)</source>
            <translation>nieznany typ %1 (Integer, Float lub String)</translation>
        </message>
        <message>
            <source>the field map maps no field</source>
            <translation>mapa pól nie mapuje żadnego pola</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>nie znaleziono pliku</translation>
        </message>
        <message>
            <source>not a readable file</source>
            <translation>to nie jest plik możliwy do odczytu</translation>
        </message>
        <message>
            <source>the source name %1 must start with a letter and contain only letters, digits and '_' (it prefixes INFO keys)</source>
            <translation>nazwa źródła %1 musi zaczynać się od litery i zawierać tylko litery, cyfry i '_' (jest przedrostkiem kluczy INFO)</translation>
        </message>
        <message>
            <source>htslib cannot open the file</source>
            <translation>htslib nie może otworzyć pliku</translation>
        </message>
        <message>
            <source>not a VCF or BCF file</source>
            <translation>to nie jest plik VCF ani BCF</translation>
        </message>
        <message>
            <source>the file is truncated (the BGZF end-of-file marker is missing)</source>
            <translation>plik jest obcięty (brak znacznika końca pliku BGZF)</translation>
        </message>
        <message>
            <source>the VCF header is missing or invalid</source>
            <translation>brak nagłówka VCF lub jest on nieprawidłowy</translation>
        </message>
        <message>
            <source>the sites VCF header says %1 but %2 was given</source>
            <translation>nagłówek pliku VCF pozycji wskazuje %1, ale podano %2</translation>
        </message>
        <message>
            <source>cannot tell the genome build of the sites VCF from its header; give it (GRCh37 or GRCh38)</source>
            <translation>nie można ustalić wersji genomu pliku VCF pozycji na podstawie nagłówka; należy ją podać (GRCh37 lub GRCh38)</translation>
        </message>
        <message>
            <source>All samples of the source</source>
            <translation>Wszystkie próbki źródła</translation>
        </message>
        <message>
            <source>the sites VCF does not declare the INFO field(s) %1; check --populations or the field map</source>
            <translation>plik VCF pozycji nie deklaruje pól INFO %1; należy sprawdzić --populations lub mapę pól</translation>
        </message>
        <message>
            <source>the sites VCF has no frequency fields to import</source>
            <translation>plik VCF pozycji nie zawiera pól częstości do zaimportowania</translation>
        </message>
        <message>
            <source>the INFO field %1 must have Number=A, R or 1</source>
            <translation>pole INFO %1 musi mieć Number=A, R lub 1</translation>
        </message>
        <message>
            <source>cannot read the record (truncated or malformed file)</source>
            <translation>nie można odczytać rekordu (plik obcięty lub nieprawidłowy)</translation>
        </message>
        <message>
            <source>the import was cancelled</source>
            <translation>import anulowano</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted: contig %1 appears in two blocks</source>
            <translation>plik VCF pozycji nie jest posortowany: contig %1 występuje w dwóch blokach</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted by position</source>
            <translation>plik VCF pozycji nie jest posortowany według pozycji</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate site(s) dropped; the first record wins</source>
            <translation>
                <numerusform>odrzucono %n zduplikowaną pozycję; obowiązuje pierwszy rekord</numerusform>
                <numerusform>odrzucono %n zduplikowane pozycje; obowiązuje pierwszy rekord</numerusform>
                <numerusform>odrzucono %n zduplikowanych pozycji; obowiązuje pierwszy rekord</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symbolic, breakend or '*' allele(s) skipped</source>
            <translation>
                <numerusform>pominięto %n allel symboliczny, punktu złamania lub '*'</numerusform>
                <numerusform>pominięto %n allele symboliczne, punktu złamania lub '*'</numerusform>
                <numerusform>pominięto %n alleli symbolicznych, punktu złamania lub '*'</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown output format; name the file .vcf.gz, .bcf, .vcf or .tsv</source>
            <translation>nieznany format wyjściowy; plik powinien mieć rozszerzenie .vcf.gz, .bcf, .vcf lub .tsv</translation>
        </message>
        <message>
            <source>the input already declares INFO/%1 differently</source>
            <translation>plik wejściowy już deklaruje INFO/%1 inaczej</translation>
        </message>
        <message>
            <source>cannot extend the VCF header</source>
            <translation>nie można rozszerzyć nagłówka VCF</translation>
        </message>
        <message>
            <source>cannot write in the output directory</source>
            <translation>nie można zapisywać w katalogu wyjściowym</translation>
        </message>
        <message>
            <source>cannot create the output file</source>
            <translation>nie można utworzyć pliku wyjściowego</translation>
        </message>
        <message>
            <source>cannot write the output header</source>
            <translation>nie można zapisać nagłówka wyjściowego</translation>
        </message>
        <message>
            <source>cannot write the output</source>
            <translation>nie można zapisać danych wyjściowych</translation>
        </message>
        <message>
            <source>cannot update INFO/%1</source>
            <translation>nie można zaktualizować INFO/%1</translation>
        </message>
        <message>
            <source>cannot finish the output file</source>
            <translation>nie można zakończyć pliku wyjściowego</translation>
        </message>
        <message>
            <source>cannot rename the output into place</source>
            <translation>nie można przenieść pliku wyjściowego na miejsce docelowe</translation>
        </message>
        <message>
            <source>undeclared key(s) dropped from the output: %1</source>
            <translation>niezadeklarowane klucze usunięte z danych wyjściowych: %1</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>nie można otworzyć pliku</translation>
        </message>
        <message>
            <source>import cancelled</source>
            <translation>import anulowany</translation>
        </message>
        <message>
            <source>the file is damaged or truncated</source>
            <translation>plik jest uszkodzony lub obcięty</translation>
        </message>
        <message>
            <source>knowledge base error: %1</source>
            <translation>błąd bazy wiedzy: %1</translation>
        </message>
        <message>
            <source>cannot open the knowledge base: %1</source>
            <translation>nie można otworzyć bazy wiedzy: %1</translation>
        </message>
        <message>
            <source>knowledge base schema %1 is not supported (expected %2)</source>
            <translation>schemat bazy wiedzy %1 nie jest obsługiwany (oczekiwano %2)</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene file</source>
            <translation>należy podać wersję genomu (GRCh37 lub GRCh38) pliku genów</translation>
        </message>
        <message>
            <source>expected a BED line: contig, start, end, gene symbol</source>
            <translation>oczekiwano wiersza BED: contig, początek, koniec, symbol genu</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene model</source>
            <translation>należy podać wersję genomu (GRCh37 lub GRCh38) modelu genów</translation>
        </message>
        <message>
            <source>expected 9 tab-separated GTF/GFF3 columns with start &lt;= end</source>
            <translation>oczekiwano 9 kolumn GTF/GFF3 rozdzielonych tabulatorami, z początkiem &lt;= koniec</translation>
        </message>
        <message>
            <source>expected the #CHROM header line</source>
            <translation>oczekiwano wiersza nagłówka #CHROM</translation>
        </message>
        <message>
            <source>the ClinVar file does not say its genome build (##reference); give it with --build</source>
            <translation>plik ClinVar nie podaje wersji genomu (##reference); należy ją podać za pomocą --build</translation>
        </message>
        <message>
            <source>data before the #CHROM header line</source>
            <translation>dane przed wierszem nagłówka #CHROM</translation>
        </message>
        <message>
            <source>expected at least 8 VCF columns with a numeric POS</source>
            <translation>oczekiwano co najmniej 8 kolumn VCF z liczbową wartością POS</translation>
        </message>
        <message>
            <source>no #CHROM header line</source>
            <translation>brak wiersza nagłówka #CHROM</translation>
        </message>
        <message>
            <source>not a PanelApp TSV (no gene_symbol column) or panel BED (no ##gene_panel header)</source>
            <translation>to nie jest plik TSV PanelApp (brak kolumny gene_symbol) ani plik BED panelu (brak nagłówka ##gene_panel)</translation>
        </message>
        <message>
            <source>expected %1 columns, found %2</source>
            <translation>oczekiwano %1 kolumn, znaleziono %2</translation>
        </message>
        <message>
            <source>a panel gene needs a panel and a symbol</source>
            <translation>gen panelu wymaga panelu i symbolu</translation>
        </message>
        <message>
            <source>not found in %1</source>
            <translation>nie znaleziono w %1</translation>
        </message>
        <message>
            <source>the genome build of the case is unknown; choose GRCh37 or GRCh38</source>
            <translation>wersja genomu przypadku jest nieznana; należy wybrać GRCh37 lub GRCh38</translation>
        </message>
        <message>
            <source>the frequency cache is %1 but the case is %2; use a cache of the case's build</source>
            <translation>pamięć podręczna częstości to %1, a przypadek %2; należy użyć pamięci podręcznej dla wersji genomu przypadku</translation>
        </message>
        <message>
            <source>the case has no samples, so there is no patient to evaluate</source>
            <translation>przypadek nie zawiera próbek, więc nie ma pacjenta do oceny</translation>
        </message>
        <message>
            <source>there is no sample %1 in the case</source>
            <translation>w przypadku nie ma próbki %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>anulowano</translation>
        </message>
        <message>
            <source>consent file not found</source>
            <translation>nie znaleziono pliku zgody</translation>
        </message>
        <message>
            <source>cannot read the consent file: %1</source>
            <translation>nie można odczytać pliku zgody: %1</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>nieprawidłowy JSON: %1</translation>
        </message>
        <message>
            <source>not a GenomeDesk consent profile: "format" must be "genomedesk-consent"</source>
            <translation>to nie jest profil zgody GenomeDesk: "format" musi mieć wartość "genomedesk-consent"</translation>
        </message>
        <message>
            <source>unsupported consent formatVersion (this GenomeDesk reads 1)</source>
            <translation>nieobsługiwana wartość formatVersion zgody (ta wersja GenomeDesk odczytuje 1)</translation>
        </message>
        <message>
            <source>"ageGroup" must be "adult" or "minor"</source>
            <translation>"ageGroup" musi mieć wartość "adult" lub "minor"</translation>
        </message>
        <message>
            <source>"recordedOn" must be a date such as 2026-11-20</source>
            <translation>"recordedOn" musi być datą, np. 2026-11-20</translation>
        </message>
        <message>
            <source>"recordedBy" must name who recorded the consent</source>
            <translation>"recordedBy" musi wskazywać osobę, która zarejestrowała zgodę</translation>
        </message>
        <message>
            <source>consent for "%1" must be "opt-in" or "opt-out"</source>
            <translation>zgoda dla "%1" musi mieć wartość "opt-in" lub "opt-out"</translation>
        </message>
        <message>
            <source>consent category "%1" is not defined by policy %2</source>
            <translation>kategoria zgody "%1" nie jest zdefiniowana w polityce %2</translation>
        </message>
        <message>
            <source>cannot read the indication: %1</source>
            <translation>nie można odczytać wskazania: %1</translation>
        </message>
        <message>
            <source>"%1" is not a gene symbol</source>
            <translation>"%1" nie jest symbolem genu</translation>
        </message>
        <message>
            <source>"%1" must be a non-empty text</source>
            <translation>"%1" musi być niepustym tekstem</translation>
        </message>
        <message>
            <source>"%1" must be a list of texts</source>
            <translation>"%1" musi być listą tekstów</translation>
        </message>
        <message>
            <source>"%1" must be one of %2, not %3</source>
            <translation>"%1" musi być jedną z wartości %2, a nie %3</translation>
        </message>
        <message>
            <source>policy file not found</source>
            <translation>nie znaleziono pliku polityki</translation>
        </message>
        <message>
            <source>cannot read the policy: %1</source>
            <translation>nie można odczytać polityki: %1</translation>
        </message>
        <message>
            <source>a policy must be a JSON object</source>
            <translation>polityka musi być obiektem JSON</translation>
        </message>
        <message>
            <source>not a GenomeDesk policy: "format" must be "%1"</source>
            <translation>to nie jest polityka GenomeDesk: "format" musi mieć wartość "%1"</translation>
        </message>
        <message>
            <source>unsupported policy formatVersion %1 (this GenomeDesk reads %2)</source>
            <translation>nieobsługiwana wartość formatVersion polityki %1 (ta wersja GenomeDesk odczytuje %2)</translation>
        </message>
        <message>
            <source>policy id "%1" may only hold lower-case letters, digits, '.' and '-'</source>
            <translation>identyfikator polityki "%1" może zawierać tylko małe litery, cyfry, '.' i '-'</translation>
        </message>
        <message>
            <source>policy version "%1" is not a version number such as 3.2</source>
            <translation>wersja polityki "%1" nie jest numerem wersji, np. 3.2</translation>
        </message>
        <message>
            <source>"revision" must be a whole number from 1</source>
            <translation>"revision" musi być liczbą całkowitą od 1</translation>
        </message>
        <message>
            <source>"consent" must give a "model": opt-in or opt-out</source>
            <translation>"consent" musi określać "model": opt-in lub opt-out</translation>
        </message>
        <message>
            <source>consent category "%1" is empty or given twice</source>
            <translation>kategoria zgody "%1" jest pusta lub podana dwukrotnie</translation>
        </message>
        <message>
            <source>"consent" must list its "categories"</source>
            <translation>"consent" musi zawierać listę "categories"</translation>
        </message>
        <message>
            <source>unknown classification "%1" in "reportable"</source>
            <translation>nieznana klasyfikacja "%1" w "reportable"</translation>
        </message>
        <message>
            <source>"classification" must list the "reportable" classifications</source>
            <translation>"classification" musi zawierać listę klasyfikacji "reportable"</translation>
        </message>
        <message>
            <source>"clinvarMinimumStars" must be a whole number from 0 to 4</source>
            <translation>"clinvarMinimumStars" musi być liczbą całkowitą od 0 do 4</translation>
        </message>
        <message>
            <source>"ba1" must be an allele frequency above 0 and at most 1</source>
            <translation>"ba1" musi być częstością allelu większą od 0 i nie większą niż 1</translation>
        </message>
        <message>
            <source>"truncatingConsequences" must list SO terms</source>
            <translation>"truncatingConsequences" musi zawierać listę terminów SO</translation>
        </message>
        <message>
            <source>"genes" must be a non-empty list</source>
            <translation>"genes" musi być niepustą listą</translation>
        </message>
        <message>
            <source>each entry of "genes" must be an object</source>
            <translation>każdy element "genes" musi być obiektem</translation>
        </message>
        <message>
            <source>gene symbol "%1" is not a valid HGNC symbol</source>
            <translation>symbol genu "%1" nie jest prawidłowym symbolem HGNC</translation>
        </message>
        <message>
            <source>gene %1 is listed twice</source>
            <translation>gen %1 występuje dwukrotnie</translation>
        </message>
        <message>
            <source>gene %1: "hgncId" must look like HGNC:1234</source>
            <translation>gen %1: "hgncId" musi mieć postać HGNC:1234</translation>
        </message>
        <message>
            <source>unknown gene %1: not in the knowledge base's gene model</source>
            <translation>nieznany gen %1: brak w modelu genów bazy wiedzy</translation>
        </message>
        <message>
            <source>gene %1: HGNC id %2 does not match the gene model's %3</source>
            <translation>gen %1: identyfikator HGNC %2 nie zgadza się z %3 w modelu genów</translation>
        </message>
        <message>
            <source>gene %1: "inheritance" is missing</source>
            <translation>gen %1: brak "inheritance"</translation>
        </message>
        <message>
            <source>gene %1: unknown rule "%2" (known rules: %3)</source>
            <translation>gen %1: nieznana reguła "%2" (znane reguły: %3)</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" does not fit inheritance %3</source>
            <translation>gen %1: reguła "%2" nie pasuje do sposobu dziedziczenia %3</translation>
        </message>
        <message>
            <source>gene %1: "onset" is missing (childhood or adult)</source>
            <translation>gen %1: brak "onset" (childhood lub adult)</translation>
        </message>
        <message>
            <source>gene %1: consent category "%2" is not defined in "consent"</source>
            <translation>gen %1: kategoria zgody "%2" nie jest zdefiniowana w "consent"</translation>
        </message>
        <message>
            <source>gene %1: "maximumCredibleAf" must be above 0 and at most 1</source>
            <translation>gen %1: "maximumCredibleAf" musi być większe od 0 i nie większe niż 1</translation>
        </message>
        <message>
            <source>gene %1: %2 position "%3" must look like 6-26092913-G-A</source>
            <translation>gen %1: pozycja %2 "%3" musi mieć postać 6-26092913-G-A</translation>
        </message>
        <message>
            <source>gene %1: a listed variant needs a "name"</source>
            <translation>gen %1: wymieniony wariant wymaga pola "name"</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" needs a list of "variants"</source>
            <translation>gen %1: reguła "%2" wymaga listy "variants"</translation>
        </message>
        <message>
            <source>report as primary finding</source>
            <translation>zgłosić jako wynik pierwotny</translation>
        </message>
        <message>
            <source>report as secondary finding</source>
            <translation>zgłosić jako wynik wtórny</translation>
        </message>
        <message>
            <source>not reported: no consent</source>
            <translation>niezgłoszony: brak zgody</translation>
        </message>
        <message>
            <source>not reportable</source>
            <translation>niepodlegający zgłoszeniu</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>wymaga weryfikacji</translation>
        </message>
        <message>
            <source>heterozygous</source>
            <translation>heterozygotyczny</translation>
        </message>
        <message>
            <source>homozygous</source>
            <translation>homozygotyczny</translation>
        </message>
        <message>
            <source>hemizygous</source>
            <translation>hemizygotyczny</translation>
        </message>
        <message>
            <source>homozygous reference</source>
            <translation>homozygotyczny referencyjny</translation>
        </message>
        <message>
            <source>another alternate allele</source>
            <translation>inny allel alternatywny</translation>
        </message>
        <message>
            <source>no call</source>
            <translation>brak wywołania</translation>
        </message>
        <message>
            <source>male</source>
            <translation>mężczyzna</translation>
        </message>
        <message>
            <source>female</source>
            <translation>kobieta</translation>
        </message>
        <message>
            <source>sex unknown</source>
            <translation>płeć nieznana</translation>
        </message>
        <message>
            <source>The variant is not in a known gene.</source>
            <translation>Wariant nie znajduje się w znanym genie.</translation>
        </message>
        <message>
            <source>The patient does not carry this allele (genotype: %1).</source>
            <translation>Pacjent nie jest nosicielem tego allelu (genotyp: %1).</translation>
        </message>
        <message>
            <source>%1 (%2) is %3 in the policy.</source>
            <translation>%1 (%2) ma w polityce status: %3.</translation>
        </message>
        <message>
            <source>source not given</source>
            <translation>nie podano źródła</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the BA1 threshold of %3, but the policy exempts %4 %5 from BA1.</source>
            <translation>Populacyjna częstość allelu %1 (%2) przekracza próg BA1 wynoszący %3, ale polityka wyłącza %4 %5 z BA1.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is at or above the BA1 threshold of %3: benign by frequency.</source>
            <translation>Populacyjna częstość allelu %1 (%2) jest równa progowi BA1 wynoszącemu %3 lub go przekracza: łagodny ze względu na częstość.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the maximum credible frequency of %3 for %4.</source>
            <translation>Populacyjna częstość allelu %1 (%2) przekracza maksymalną wiarygodną częstość %3 dla %4.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is below the policy's ceilings.</source>
            <translation>Populacyjna częstość allelu %1 (%2) jest poniżej limitów polityki.</translation>
        </message>
        <message>
            <source>No population frequency is available; the frequency ceilings could not be checked.</source>
            <translation>Brak danych o częstości populacyjnej; nie można było sprawdzić limitów częstości.</translation>
        </message>
        <message>
            <source>The laboratory classified the variant as %1; this overrides ClinVar.</source>
            <translation>Laboratorium sklasyfikowało wariant jako %1; ma to pierwszeństwo przed ClinVar.</translation>
        </message>
        <message numerus="yes">
            <source>ClinVar reports conflicting classifications (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar podaje sprzeczne klasyfikacje (%n gwiazdka weryfikacji).</numerusform>
                <numerusform>ClinVar podaje sprzeczne klasyfikacje (%n gwiazdki weryfikacji).</numerusform>
                <numerusform>ClinVar podaje sprzeczne klasyfikacje (%n gwiazdek weryfikacji).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 with %n review star(s), below the policy's minimum of %2.</source>
            <translation>
                <numerusform>ClinVar klasyfikuje go jako %1 z %n gwiazdką weryfikacji, poniżej minimum polityki wynoszącego %2.</numerusform>
                <numerusform>ClinVar klasyfikuje go jako %1 z %n gwiazdkami weryfikacji, poniżej minimum polityki wynoszącego %2.</numerusform>
                <numerusform>ClinVar klasyfikuje go jako %1 z %n gwiazdkami weryfikacji, poniżej minimum polityki wynoszącego %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar klasyfikuje go jako %1 (%n gwiazdka weryfikacji).</numerusform>
                <numerusform>ClinVar klasyfikuje go jako %1 (%n gwiazdki weryfikacji).</numerusform>
                <numerusform>ClinVar klasyfikuje go jako %1 (%n gwiazdek weryfikacji).</numerusform>
            </translation>
        </message>
        <message>
            <source>The variant has no classification (not in ClinVar and not classified by the laboratory).</source>
            <translation>Wariant nie ma klasyfikacji (brak w ClinVar i nie został sklasyfikowany przez laboratorium).</translation>
        </message>
        <message>
            <source>%1 is in the case's indication.</source>
            <translation>%1 jest objęty wskazaniem przypadku.</translation>
        </message>
        <message>
            <source>%1 is in the case's indication (%2).</source>
            <translation>%1 jest objęty wskazaniem przypadku (%2).</translation>
        </message>
        <message>
            <source>A %1 variant in an indication gene is a primary finding.</source>
            <translation>Wariant %1 w genie objętym wskazaniem jest wynikiem pierwotnym.</translation>
        </message>
        <message>
            <source>The classification must be reviewed before this primary finding can be reported or dismissed.</source>
            <translation>Klasyfikację należy zweryfikować, zanim ten wynik pierwotny będzie mógł zostać zgłoszony lub odrzucony.</translation>
        </message>
        <message>
            <source>Only pathogenic and likely pathogenic variants are reported.</source>
            <translation>Zgłaszane są tylko warianty patogenne i prawdopodobnie patogenne.</translation>
        </message>
        <message>
            <source>%1 is neither in the indication nor on the policy's list (%2).</source>
            <translation>%1 nie jest objęty wskazaniem ani nie znajduje się na liście polityki (%2).</translation>
        </message>
        <message>
            <source>%1 is on the policy's list (%2, rule: %3).</source>
            <translation>%1 znajduje się na liście polityki (%2, reguła: %3).</translation>
        </message>
        <message>
            <source>For %1 only homozygous %2 is reported; this variant is not %2.</source>
            <translation>Dla %1 zgłaszany jest tylko homozygotyczny %2; ten wariant to nie %2.</translation>
        </message>
        <message>
            <source>%1 is listed by the policy, but classified as %2.</source>
            <translation>%1 jest wymieniony w polityce, ale sklasyfikowany jako %2.</translation>
        </message>
        <message>
            <source>The variant is %1 %2, named by the policy.</source>
            <translation>Wariant to %1 %2, wymieniony w polityce.</translation>
        </message>
        <message>
            <source>Conflicting classifications in a policy gene must be reviewed.</source>
            <translation>Sprzeczne klasyfikacje w genie objętym polityką wymagają weryfikacji.</translation>
        </message>
        <message>
            <source>The policy does not report variants with conflicting classifications.</source>
            <translation>Polityka nie przewiduje zgłaszania wariantów o sprzecznych klasyfikacjach.</translation>
        </message>
        <message>
            <source>The classification must be confirmed by the laboratory before it can be reported.</source>
            <translation>Klasyfikacja musi zostać potwierdzona przez laboratorium, zanim będzie można ją zgłosić.</translation>
        </message>
        <message>
            <source>An unclassified %1 variant in a policy gene must be classified.</source>
            <translation>Niesklasyfikowany wariant %1 w genie objętym polityką musi zostać sklasyfikowany.</translation>
        </message>
        <message>
            <source>Only classified pathogenic and likely pathogenic variants are reported.</source>
            <translation>Zgłaszane są tylko warianty sklasyfikowane jako patogenne i prawdopodobnie patogenne.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported, and the consequence of this variant is not known.</source>
            <translation>Dla %1 zgłaszane są tylko warianty skracające, a skutek tego wariantu jest nieznany.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported; %2 is not truncating.</source>
            <translation>Dla %1 zgłaszane są tylko warianty skracające; %2 nie jest wariantem skracającym.</translation>
        </message>
        <message>
            <source>The variant is truncating (%1).</source>
            <translation>Wariant jest skracający (%1).</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants in trans (phase from the parents or phased calls): biallelic.</source>
            <translation>%1 ma %2 heterozygotyczne warianty P/LP w pozycji trans (faza ustalona na podstawie rodziców lub wywołań z fazą): dwuallelicznie.</translation>
        </message>
        <message>
            <source>The heterozygous P/LP variants in %1 are on the same parental allele (in cis): not biallelic → not reportable.</source>
            <translation>Heterozygotyczne warianty P/LP w %1 leżą na tym samym allelu rodzicielskim (w pozycji cis): nie dwuallelicznie → niepodlegające zgłoszeniu.</translation>
        </message>
        <message>
            <source>Another variant in %1 needs review; together they could be biallelic.</source>
            <translation>Inny wariant w %1 wymaga weryfikacji; razem mogą tworzyć układ dwualleliczny.</translation>
        </message>
        <message>
            <source>One heterozygous P/LP variant in %1: carrier status, which this policy reports.</source>
            <translation>Jeden heterozygotyczny wariant P/LP w %1: status nosiciela, który ta polityka przewiduje do zgłoszenia.</translation>
        </message>
        <message>
            <source>%1 is reported for every P/LP variant (%2 found).</source>
            <translation>%1 jest zgłaszany dla każdego wariantu P/LP (znaleziono: %2).</translation>
        </message>
        <message>
            <source>%1 is X-linked: hemizygous, heterozygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1 jest sprzężony z chromosomem X: zgłaszane są hemizygotyczne, heterozygotyczne i homozygotyczne warianty P/LP (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a homozygous P/LP variant is reportable.</source>
            <translation>%1 podlega wyłącznie regule dwuallelicznej; homozygotyczny wariant P/LP podlega zgłoszeniu.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a hemizygous P/LP variant (no second allele) is reportable.</source>
            <translation>%1 podlega wyłącznie regule dwuallelicznej; hemizygotyczny wariant P/LP (bez drugiego allelu) podlega zgłoszeniu.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; one heterozygous P/LP variant found → not reportable.</source>
            <translation>%1 podlega wyłącznie regule dwuallelicznej; znaleziono jeden heterozygotyczny wariant P/LP → niepodlegający zgłoszeniu.</translation>
        </message>
        <message>
            <source>%1: hemizygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1: zgłaszane są hemizygotyczne i homozygotyczne warianty P/LP (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is on chromosome X and the patient is male: the heterozygous call is read as hemizygous.</source>
            <translation>%1 leży na chromosomie X, a pacjent jest mężczyzną: wywołanie heterozygotyczne jest interpretowane jako hemizygotyczne.</translation>
        </message>
        <message>
            <source>%1: one heterozygous P/LP variant and the patient's sex is unknown; in a male it would be hemizygous.</source>
            <translation>%1: jeden heterozygotyczny wariant P/LP, a płeć pacjenta jest nieznana; u mężczyzny byłby hemizygotyczny.</translation>
        </message>
        <message>
            <source>%1: a single heterozygous P/LP variant in a female is not reported; only hemizygous, homozygous or two heterozygous variants are.</source>
            <translation>%1: pojedynczy heterozygotyczny wariant P/LP u kobiety nie jest zgłaszany; zgłaszane są tylko warianty hemizygotyczne, homozygotyczne lub dwa warianty heterozygotyczne.</translation>
        </message>
        <message>
            <source>%1: the named variant is homozygous, which the policy reports.</source>
            <translation>%1: wymieniony wariant jest homozygotyczny, co polityka przewiduje do zgłoszenia.</translation>
        </message>
        <message>
            <source>%1: only homozygotes of the named variant are reported; %2 carriers and compound heterozygotes are not.</source>
            <translation>%1: zgłaszane są tylko homozygoty wymienionego wariantu; nosiciele %2 ani złożone heterozygoty nie są zgłaszani.</translation>
        </message>
        <message>
            <source>recorded on %1 by %2</source>
            <translation>zarejestrowano %1 przez %2</translation>
        </message>
        <message>
            <source>The patient is a minor: adult-onset conditions are not reported for minors by default.</source>
            <translation>Pacjent jest niepełnoletni: domyślnie choroby o początku w wieku dorosłym nie są zgłaszane u osób niepełnoletnich.</translation>
        </message>
        <message>
            <source>The patient opted in to "%1" (%2): report as a secondary finding.</source>
            <translation>Pacjent wyraził zgodę na "%1" (%2): zgłosić jako wynik wtórny.</translation>
        </message>
        <message>
            <source>The patient opted out of "%1" (%2).</source>
            <translation>Pacjent nie wyraził zgody na "%1" (%2).</translation>
        </message>
        <message>
            <source>No choice is recorded for "%1"; under the policy's opt-out model it is reported as a secondary finding.</source>
            <translation>Nie zarejestrowano wyboru dla "%1"; w modelu opt-out polityki jest to zgłaszane jako wynik wtórny.</translation>
        </message>
        <message>
            <source>No consent is recorded for "%1"; the policy's opt-in model requires it.</source>
            <translation>Nie zarejestrowano zgody na "%1"; wymaga jej model opt-in polityki.</translation>
        </message>
        <message>
            <source>unclassified</source>
            <translation>niesklasyfikowany</translation>
        </message>
        <message>
            <source>pathogenic</source>
            <translation>patogenny</translation>
        </message>
        <message>
            <source>likely pathogenic</source>
            <translation>prawdopodobnie patogenny</translation>
        </message>
        <message>
            <source>uncertain significance</source>
            <translation>o niepewnym znaczeniu klinicznym</translation>
        </message>
        <message>
            <source>likely benign</source>
            <translation>prawdopodobnie łagodny</translation>
        </message>
        <message>
            <source>benign</source>
            <translation>łagodny</translation>
        </message>
        <message>
            <source>conflicting classifications</source>
            <translation>sprzeczne klasyfikacje</translation>
        </message>
        <message>
            <source>other (not a pathogenicity classification)</source>
            <translation>inna (nie jest klasyfikacją patogenności)</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria: %1</source>
            <translation>Kryteria ACMG/AMP: %1</translation>
        </message>
        <message>
            <source>Inheritance: %1</source>
            <translation>Dziedziczenie: %1</translation>
        </message>
        <message>
            <source>Consent category: %1</source>
            <translation>Kategoria zgody: %1</translation>
        </message>
        <message>
            <source>Policy: %1</source>
            <translation>Polityka: %1</translation>
        </message>
        <message>
            <source>Reviewer's comment: %1</source>
            <translation>Komentarz weryfikującego: %1</translation>
        </message>
        <message>
            <source>Primary findings</source>
            <translation>Wyniki pierwotne</translation>
        </message>
        <message>
            <source>Primary findings for the indication: %1</source>
            <translation>Wyniki pierwotne dla wskazania: %1</translation>
        </message>
        <message>
            <source>Secondary findings</source>
            <translation>Wyniki wtórne</translation>
        </message>
        <message>
            <source>Secondary findings (%1)</source>
            <translation>Wyniki wtórne (%1)</translation>
        </message>
        <message>
            <source>Variants of uncertain significance</source>
            <translation>Warianty o niepewnym znaczeniu klinicznym</translation>
        </message>
        <message>
            <source>GenomeDesk report, version %1</source>
            <translation>Raport GenomeDesk, wersja %1</translation>
        </message>
        <message>
            <source>de novo (absent in both parents)</source>
            <translation>de novo (nieobecny u obojga rodziców)</translation>
        </message>
        <message>
            <source>homozygous, both parents heterozygous carriers</source>
            <translation>homozygotyczny, oboje rodzice są heterozygotycznymi nosicielami</translation>
        </message>
        <message>
            <source>compound heterozygous (in trans)</source>
            <translation>złożona heterozygota (w pozycji trans)</translation>
        </message>
        <message>
            <source>X-linked, inherited from the mother</source>
            <translation>sprzężony z chromosomem X, odziedziczony po matce</translation>
        </message>
        <message>
            <source>inconsistent with the parents' genotypes</source>
            <translation>niezgodny z genotypami rodziców</translation>
        </message>
        <message>
            <source>present in both parents</source>
            <translation>obecny u obojga rodziców</translation>
        </message>
        <message>
            <source>inherited from the mother</source>
            <translation>odziedziczony po matce</translation>
        </message>
        <message>
            <source>inherited from the father</source>
            <translation>odziedziczony po ojcu</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n review star(s))</source>
            <translation>
                <numerusform>%1 (%n gwiazdka weryfikacji)</numerusform>
                <numerusform>%1 (%n gwiazdki weryfikacji)</numerusform>
                <numerusform>%1 (%n gwiazdek weryfikacji)</numerusform>
            </translation>
        </message>
        <message>
            <source>none given: secondary findings only</source>
            <translation>nie podano: tylko wyniki wtórne</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n gene(s))</source>
            <translation>
                <numerusform>%1 (%n gen)</numerusform>
                <numerusform>%1 (%n geny)</numerusform>
                <numerusform>%1 (%n genów)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (ClinVar; not yet classified by the laboratory)</source>
            <translation>%1 (ClinVar; jeszcze niesklasyfikowany przez laboratorium)</translation>
        </message>
        <message>
            <source>GenomeDesk %1</source>
            <translation>GenomeDesk %1</translation>
        </message>
        <message>
            <source>Only the variants in the submitted file were assessed. Regions that were not sequenced, not covered well enough or not called by the pipeline are not assessed, so a negative result does not exclude a variant there.</source>
            <translation>Oceniono wyłącznie warianty z przesłanego pliku. Regiony, które nie zostały zsekwencjonowane, miały niewystarczające pokrycie lub w których pipeline nie wywołał wariantów, nie są oceniane, dlatego wynik negatywny nie wyklucza obecności wariantu w tych regionach.</translation>
        </message>
        <message>
            <source>Structural variants, copy-number changes, repeat expansions and mitochondrial heteroplasmy are not assessed by this report.</source>
            <translation>Niniejszy raport nie obejmuje oceny wariantów strukturalnych, zmian liczby kopii, ekspansji powtórzeń ani heteroplazmii mitochondrialnej.</translation>
        </message>
        <message numerus="yes">
            <source>Secondary findings were sought only in the %n gene(s) of %1.</source>
            <translation>
                <numerusform>Wyników wtórnych poszukiwano wyłącznie w %n genie z %1.</numerusform>
                <numerusform>Wyników wtórnych poszukiwano wyłącznie w %n genach z %1.</numerusform>
                <numerusform>Wyników wtórnych poszukiwano wyłącznie w %n genach z %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No population frequency data was available, so frequency criteria were not applied.</source>
            <translation>Dane o częstości populacyjnej nie były dostępne, dlatego nie zastosowano kryteriów częstości.</translation>
        </message>
        <message>
            <source>No ClinVar data was available; only the laboratory's own classifications were used.</source>
            <translation>Dane ClinVar nie były dostępne; użyto wyłącznie własnych klasyfikacji laboratorium.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) in policy genes need a geneticist's review before this report can be signed.</source>
            <translation>
                <numerusform>%n wariant w genach objętych polityką wymaga weryfikacji przez genetyka przed podpisaniem tego raportu.</numerusform>
                <numerusform>%n warianty w genach objętych polityką wymagają weryfikacji przez genetyka przed podpisaniem tego raportu.</numerusform>
                <numerusform>%n wariantów w genach objętych polityką wymaga weryfikacji przez genetyka przed podpisaniem tego raportu.</numerusform>
            </translation>
        </message>
        <message>
            <source>read error</source>
            <translation>błąd odczytu</translation>
        </message>
        <message>
            <source>cannot write the whole file: the disk is full or a quota or file-size limit was reached; the previous file is unchanged</source>
            <translation>nie można zapisać całego pliku: dysk jest pełny lub osiągnięto limit przydziału albo rozmiaru pliku; poprzedni plik pozostał bez zmian</translation>
        </message>
        <message>
            <source>the report template has no %1 placeholder</source>
            <translation>szablon raportu nie zawiera symbolu zastępczego %1</translation>
        </message>
        <message>
            <source>not found (%1)</source>
            <translation>nie znaleziono (%1)</translation>
        </message>
        <message>
            <source>%1 homozygous</source>
            <translation>%1 homozygotyczny</translation>
        </message>
        <message>
            <source>intergenic</source>
            <translation>międzygenowy</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasyfikacja</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>Kryteria ACMG/AMP</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transkrypt</translation>
        </message>
        <message>
            <source>Position (%1)</source>
            <translation>Pozycja (%1)</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Skutek</translation>
        </message>
        <message>
            <source>Zygosity</source>
            <translation>Zygotyczność</translation>
        </message>
        <message>
            <source>Inheritance</source>
            <translation>Dziedziczenie</translation>
        </message>
        <message>
            <source>Population frequency</source>
            <translation>Częstość populacyjna</translation>
        </message>
        <message>
            <source>no population data available</source>
            <translation>brak dostępnych danych populacyjnych</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar</source>
            <translation>brak w ClinVar</translation>
        </message>
        <message>
            <source>Why it is reported</source>
            <translation>Powód zgłoszenia</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentarz</translation>
        </message>
        <message>
            <source>Sequencing quality</source>
            <translation>Jakość sekwencjonowania</translation>
        </message>
        <message>
            <source>depth %1, genotype quality %2, allele balance %3, filter %4</source>
            <translation>głębokość %1, jakość genotypu %2, balans alleli %3, filtr %4</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Warianty</translation>
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
            <translation>Głębokość</translation>
        </message>
        <message>
            <source>GQ</source>
            <translation>GQ</translation>
        </message>
        <message>
            <source>Allele balance</source>
            <translation>Balans alleli</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtr</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes assessed for the indication or, with the patient's consent, for secondary findings.</source>
            <translation>Nie znaleziono wariantu podlegającego zgłoszeniu w genach ocenianych w związku ze wskazaniem ani, za zgodą pacjenta, w ramach wyników wtórnych.</translation>
        </message>
        <message>
            <source>%1 and %2 are reported.</source>
            <translation>Zgłoszono: %1 i %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n wynik pierwotny</numerusform>
                <numerusform>%n wyniki pierwotne</numerusform>
                <numerusform>%n wyników pierwotnych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n wynik wtórny</numerusform>
                <numerusform>%n wyniki wtórne</numerusform>
                <numerusform>%n wyników wtórnych</numerusform>
            </translation>
        </message>
        <message>
            <source>Genomic test report</source>
            <translation>Wynik badania genomowego</translation>
        </message>
        <message>
            <source>Genomic variant report</source>
            <translation>Raport wariantów genomowych</translation>
        </message>
        <message>
            <source>Report id</source>
            <translation>Identyfikator raportu</translation>
        </message>
        <message>
            <source>%1, version %2</source>
            <translation>%1, wersja %2</translation>
        </message>
        <message>
            <source>Patient (pseudonym)</source>
            <translation>Pacjent (pseudonim)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>brak danych</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Przypadek</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Próbka</translation>
        </message>
        <message>
            <source>Referring clinician</source>
            <translation>Lekarz kierujący</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Wskazanie</translation>
        </message>
        <message>
            <source>Genome build</source>
            <translation>Wersja genomu</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>Data raportu</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Podsumowanie</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes of the indication.</source>
            <translation>Nie znaleziono wariantu podlegającego zgłoszeniu w genach objętych wskazaniem.</translation>
        </message>
        <message>
            <source>%1: not reported — the patient chose not to receive these findings.</source>
            <translation>%1: niezgłoszone — pacjent zdecydował, że nie chce otrzymywać tych wyników.</translation>
        </message>
        <message>
            <source>%1: none found.</source>
            <translation>%1: nie znaleziono.</translation>
        </message>
        <message>
            <source>Listed per laboratory policy because they lie in genes of the indication; they are not a diagnosis and should not be used for clinical decisions on their own.</source>
            <translation>Wymienione zgodnie z polityką laboratorium, ponieważ leżą w genach objętych wskazaniem; nie stanowią diagnozy i nie powinny być samodzielną podstawą decyzji klinicznych.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) carried by the sample are listed below.</source>
            <translation>
                <numerusform>Poniżej wymieniono %n wariant obecny w próbce.</numerusform>
                <numerusform>Poniżej wymieniono %n warianty obecne w próbce.</numerusform>
                <numerusform>Poniżej wymieniono %n wariantów obecnych w próbce.</numerusform>
            </translation>
        </message>
        <message>
            <source>Methods and inputs</source>
            <translation>Metody i dane wejściowe</translation>
        </message>
        <message>
            <source>Input file: %1</source>
            <translation>Plik wejściowy: %1</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) read, %1 skipped (reference blocks, records without ALT).</source>
            <translation>
                <numerusform>Odczytano %n rekord, pominięto %1 (bloki referencyjne, rekordy bez ALT).</numerusform>
                <numerusform>Odczytano %n rekordy, pominięto %1 (bloki referencyjne, rekordy bez ALT).</numerusform>
                <numerusform>Odczytano %n rekordów, pominięto %1 (bloki referencyjne, rekordy bez ALT).</numerusform>
            </translation>
        </message>
        <message>
            <source>Data sources and versions</source>
            <translation>Źródła danych i wersje</translation>
        </message>
        <message>
            <source>Policy file SHA-256: %1</source>
            <translation>SHA-256 pliku polityki: %1</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Ograniczenia</translation>
        </message>
        <message>
            <source>This report lists the variants as called in the input file. Population frequencies, the secondary-findings policy and ACMG/AMP classification have not been applied; the report is not signed and is not for clinical use.</source>
            <translation>Niniejszy raport wymienia warianty w postaci wywołanej w pliku wejściowym. Nie zastosowano częstości populacyjnych, polityki wyników wtórnych ani klasyfikacji ACMG/AMP; raport nie jest podpisany i nie jest przeznaczony do użytku klinicznego.</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Zatwierdzenie</translation>
        </message>
        <message>
            <source>Draft — not signed, not for clinical use.</source>
            <translation>Wersja robocza — niepodpisana, nie do użytku klinicznego.</translation>
        </message>
        <message>
            <source>Signed by %1, %2, on %3.</source>
            <translation>Podpisał(a): %1, %2, dnia %3.</translation>
        </message>
        <message>
            <source>The electronic signature is in the file that accompanies this PDF; check it with "genomedesk verify-report".</source>
            <translation>Podpis elektroniczny znajduje się w pliku dołączonym do tego pliku PDF; można go sprawdzić poleceniem "genomedesk verify-report".</translation>
        </message>
        <message>
            <source>Genomic variant report %1</source>
            <translation>Raport wariantów genomowych %1</translation>
        </message>
        <message>
            <source>cannot start the PDF</source>
            <translation>nie można rozpocząć tworzenia pliku PDF</translation>
        </message>
        <message>
            <source>GenomeDesk — report %1</source>
            <translation>GenomeDesk — raport %1</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Przypadek %1</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>strona %1 z %2</translation>
        </message>
        <message>
            <source>Not signed — not for clinical use</source>
            <translation>Niepodpisany — nie do użytku klinicznego</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>Podpisał(a): %1</translation>
        </message>
        <message>
            <source>cannot finish the PDF</source>
            <translation>nie można zakończyć tworzenia pliku PDF</translation>
        </message>
        <message>
            <source>PKCS#12 file</source>
            <translation>plik PKCS#12</translation>
        </message>
        <message>
            <source>not a PKCS#12 file (.p12/.pfx) with a certificate and key</source>
            <translation>to nie jest plik PKCS#12 (.p12/.pfx) z certyfikatem i kluczem</translation>
        </message>
        <message>
            <source>wrong passphrase for the PKCS#12 file</source>
            <translation>nieprawidłowe hasło do pliku PKCS#12</translation>
        </message>
        <message>
            <source>cannot decrypt the PKCS#12 file (%1)</source>
            <translation>nie można odszyfrować pliku PKCS#12 (%1)</translation>
        </message>
        <message>
            <source>the PKCS#12 file does not hold both a certificate and its key</source>
            <translation>plik PKCS#12 nie zawiera jednocześnie certyfikatu i jego klucza</translation>
        </message>
        <message>
            <source>the key in the PKCS#12 file does not belong to its certificate</source>
            <translation>klucz w pliku PKCS#12 nie należy do jego certyfikatu</translation>
        </message>
        <message>
            <source>digest computation failed</source>
            <translation>obliczenie skrótu nie powiodło się</translation>
        </message>
        <message>
            <source>the signing certificate of %1 expired on %2</source>
            <translation>certyfikat podpisu %1 wygasł %2</translation>
        </message>
        <message>
            <source>the signing certificate of %1 is not valid before %2</source>
            <translation>certyfikat podpisu %1 nie jest ważny przed %2</translation>
        </message>
        <message>
            <source>signing failed (%1)</source>
            <translation>podpisywanie nie powiodło się (%1)</translation>
        </message>
        <message>
            <source>the signature file is not a CMS/PKCS#7 signature</source>
            <translation>plik podpisu nie jest podpisem CMS/PKCS#7</translation>
        </message>
        <message>
            <source>the signature embeds its content; a detached signature is expected</source>
            <translation>podpis zawiera treść; oczekiwano podpisu odłączonego</translation>
        </message>
        <message>
            <source>the signature must have exactly one signer</source>
            <translation>podpis musi mieć dokładnie jednego sygnatariusza</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>brak pamięci</translation>
        </message>
        <message>
            <source>the signer's certificate is neither in the signature nor among the trusted certificates</source>
            <translation>certyfikatu sygnatariusza nie ma w podpisie ani wśród zaufanych certyfikatów</translation>
        </message>
        <message>
            <source>the signature has no signed attributes (content digest, signing time); such signatures are not accepted</source>
            <translation>podpis nie ma podpisanych atrybutów (skrót treści, czas podpisania); takie podpisy nie są akceptowane</translation>
        </message>
        <message>
            <source>the signature does not verify with the signer's key: the signature file is damaged or was altered</source>
            <translation>podpis nie przechodzi weryfikacji kluczem sygnatariusza: plik podpisu jest uszkodzony lub został zmieniony</translation>
        </message>
        <message>
            <source>the signature uses the digest %1; SHA-256 or stronger is required</source>
            <translation>podpis używa skrótu %1; wymagany jest SHA-256 lub silniejszy</translation>
        </message>
        <message>
            <source>the signature has no message digest among its signed attributes</source>
            <translation>podpis nie zawiera skrótu wiadomości wśród podpisanych atrybutów</translation>
        </message>
        <message>
            <source>the report was changed after it was signed (or the signature belongs to another file)</source>
            <translation>raport został zmieniony po podpisaniu (lub podpis należy do innego pliku)</translation>
        </message>
        <message>
            <source>the signing time of the signature cannot be read</source>
            <translation>nie można odczytać czasu podpisania</translation>
        </message>
        <message>
            <source>the signing time %1 lies in the future</source>
            <translation>czas podpisania %1 leży w przyszłości</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) had expired on %2 when the report was signed on %3</source>
            <translation>certyfikat sygnatariusza (%1) wygasł %2, a raport podpisano %3</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain had expired when the report was signed on %1</source>
            <translation>certyfikat z łańcucha sygnatariusza był już nieważny w chwili podpisania raportu (%1)</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) was not yet valid when the report was signed on %2</source>
            <translation>certyfikat sygnatariusza (%1) nie był jeszcze ważny w chwili podpisania raportu (%2)</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain was not yet valid when the report was signed on %1</source>
            <translation>certyfikat z łańcucha sygnatariusza nie był jeszcze ważny w chwili podpisania raportu (%1)</translation>
        </message>
        <message>
            <source>the signer (%1) is not trusted: %2</source>
            <translation>sygnatariusz (%1) nie jest zaufany: %2</translation>
        </message>
        <message>
            <source>the signature does not verify (%1)</source>
            <translation>podpis nie przechodzi weryfikacji (%1)</translation>
        </message>
        <message>
            <source>valid signature by %1, signed on %2</source>
            <translation>prawidłowy podpis: %1, podpisano %2</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>nieznana data</translation>
        </message>
        <message>
            <source>stand-alone</source>
            <translation>samodzielne</translation>
        </message>
        <message>
            <source>very strong</source>
            <translation>bardzo silne</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>silne</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>umiarkowane</translation>
        </message>
        <message>
            <source>supporting</source>
            <translation>wspierające</translation>
        </message>
        <message>
            <source>unknown ACMG/AMP criterion "%1"</source>
            <translation>nieznane kryterium ACMG/AMP "%1"</translation>
        </message>
        <message>
            <source>%1 is not used: ClinGen SVI recommends against the "reputable source" criteria; assess the evidence itself</source>
            <translation>%1 nie jest stosowane: ClinGen SVI odradza kryteria "wiarygodnego źródła"; należy ocenić same dowody</translation>
        </message>
        <message>
            <source>unknown strength "%1" in "%2" (use VeryStrong, Strong, Moderate or Supporting)</source>
            <translation>nieznana siła "%1" w "%2" (należy użyć VeryStrong, Strong, Moderate lub Supporting)</translation>
        </message>
        <message>
            <source>BA1 is stand-alone and takes no strength modifier</source>
            <translation>BA1 jest samodzielne i nie przyjmuje modyfikatora siły</translation>
        </message>
        <message>
            <source>benign criteria cannot be applied at very strong (%1)</source>
            <translation>kryteriów łagodności nie można stosować na poziomie bardzo silnym (%1)</translation>
        </message>
        <message>
            <source>criterion %1 is given more than once</source>
            <translation>kryterium %1 podano więcej niż raz</translation>
        </message>
        <message>
            <source>%1 by the Richards 2015 rules (%2); %3 by points (%4)</source>
            <translation>%1 według zasad Richards 2015 (%2); %3 według punktacji (%4)</translation>
        </message>
        <message>
            <source>BA1 stand-alone</source>
            <translation>BA1 samodzielne</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punkt</numerusform>
                <numerusform>%n punkty</numerusform>
                <numerusform>%n punktów</numerusform>
            </translation>
        </message>
        <message>
            <source>GenomeDesk defaults</source>
            <translation>Ustawienia domyślne GenomeDesk</translation>
        </message>
        <message>
            <source>policy %1</source>
            <translation>polityka %1</translation>
        </message>
        <message>
            <source>an unnamed source</source>
            <translation>nienazwane źródło</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is at or above the BA1 threshold %3 (%4).</source>
            <translation>Maksymalna populacyjna częstość allelu %1 w %2 jest równa progowi BA1 %3 lub go przekracza (%4).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is above the BS1 threshold %3 (%4).</source>
            <translation>Maksymalna populacyjna częstość allelu %1 w %2 przekracza próg BS1 %3 (%4).</translation>
        </message>
        <message>
            <source>Absent from %1 (allele frequency 0; PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Nieobecny w %1 (częstość allelu 0; PM2 na poziomie wspierającym według ClinGen SVI).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is below %3 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Maksymalna populacyjna częstość allelu %1 w %2 jest niższa niż %3 (PM2 na poziomie wspierającym według ClinGen SVI).</translation>
        </message>
        <message>
            <source>Absent from %1 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Nieobecny w %1 (PM2 na poziomie wspierającym według ClinGen SVI).</translation>
        </message>
        <message>
            <source>the gene</source>
            <translation>gen</translation>
        </message>
        <message>
            <source>Candidate: %1 is a null variant in %2; confirm that loss of function is a known disease mechanism and check the ClinGen SVI PVS1 decision tree (last exon, NMD, rescue).</source>
            <translation>Kandydat: %1 jest wariantem typu null w %2; należy potwierdzić, że utrata funkcji jest znanym mechanizmem choroby, i sprawdzić drzewo decyzyjne PVS1 ClinGen SVI (ostatni ekson, NMD, ratunek).</translation>
        </message>
        <message>
            <source>Candidate: start_lost in %1; initiation codon variants are PVS1 at moderate strength at most (ClinGen SVI PVS1 decision tree).</source>
            <translation>Kandydat: start_lost w %1; warianty kodonu inicjacyjnego kwalifikują się co najwyżej do PVS1 na poziomie umiarkowanym (drzewo decyzyjne PVS1 ClinGen SVI).</translation>
        </message>
        <message>
            <source>database error: %1</source>
            <translation>błąd bazy danych: %1</translation>
        </message>
        <message>
            <source>entry %1 is missing (deleted); the log jumps from %2 to %3</source>
            <translation>brak wpisu %1 (usunięty); dziennik przeskakuje z %2 do %3</translation>
        </message>
        <message>
            <source>entry %1 is out of order</source>
            <translation>wpis %1 jest w niewłaściwej kolejności</translation>
        </message>
        <message>
            <source>entry %1 does not follow entry %2 (chain broken: deleted, inserted or reordered entries)</source>
            <translation>wpis %1 nie następuje po wpisie %2 (przerwany łańcuch: usunięte, wstawione lub przestawione wpisy)</translation>
        </message>
        <message>
            <source>entry %1 was altered (its content does not match its hash)</source>
            <translation>wpis %1 został zmieniony (jego treść nie zgadza się z jego skrótem)</translation>
        </message>
        <message>
            <source>entries %1 to %2 are missing: the log was truncated after entry %3</source>
            <translation>brak wpisów od %1 do %2: dziennik został obcięty po wpisie %3</translation>
        </message>
        <message>
            <source>the last entry (%1) does not match the recorded end of the log</source>
            <translation>ostatni wpis (%1) nie zgadza się z zarejestrowanym końcem dziennika</translation>
        </message>
        <message>
            <source>the case database does not exist</source>
            <translation>baza danych przypadków nie istnieje</translation>
        </message>
        <message>
            <source>cannot open the case database</source>
            <translation>nie można otworzyć bazy danych przypadków</translation>
        </message>
        <message>
            <source>case database error: %1</source>
            <translation>błąd bazy danych przypadków: %1</translation>
        </message>
        <message>
            <source>unknown user %1</source>
            <translation>nieznany użytkownik %1</translation>
        </message>
        <message>
            <source>user %1 (%2) is not allowed to do this</source>
            <translation>użytkownik %1 (%2) nie ma uprawnień do wykonania tej czynności</translation>
        </message>
        <message>
            <source>no case %1</source>
            <translation>brak przypadku %1</translation>
        </message>
        <message>
            <source>the case database was written by a newer GenomeDesk (schema %1; this version knows %2)</source>
            <translation>baza danych przypadków została zapisana przez nowszą wersję GenomeDesk (schemat %1; ta wersja zna %2)</translation>
        </message>
        <message>
            <source>a new case database needs a passphrase or a key file</source>
            <translation>nowa baza danych przypadków wymaga hasła lub pliku klucza</translation>
        </message>
        <message>
            <source>this case database is protected by a passphrase</source>
            <translation>ta baza danych przypadków jest chroniona hasłem</translation>
        </message>
        <message>
            <source>this case database is protected by a key file</source>
            <translation>ta baza danych przypadków jest chroniona plikiem klucza</translation>
        </message>
        <message>
            <source>unknown key method "%1" in the case database</source>
            <translation>nieznana metoda klucza "%1" w bazie danych przypadków</translation>
        </message>
        <message>
            <source>wrong passphrase for this case database</source>
            <translation>nieprawidłowe hasło do tej bazy danych przypadków</translation>
        </message>
        <message>
            <source>wrong key file for this case database</source>
            <translation>nieprawidłowy plik klucza dla tej bazy danych przypadków</translation>
        </message>
        <message>
            <source>cannot open the case database: %1</source>
            <translation>nie można otworzyć bazy danych przypadków: %1</translation>
        </message>
        <message>
            <source>not a usable case database: %1</source>
            <translation>to nie jest użyteczna baza danych przypadków: %1</translation>
        </message>
        <message>
            <source>a user name is 1 to 64 letters, digits or . _ @ -</source>
            <translation>nazwa użytkownika ma od 1 do 64 liter, cyfr lub . _ @ -</translation>
        </message>
        <message>
            <source>a password needs at least 8 characters</source>
            <translation>hasło musi mieć co najmniej 8 znaków</translation>
        </message>
        <message>
            <source>cannot hash the password</source>
            <translation>nie można obliczyć skrótu hasła</translation>
        </message>
        <message>
            <source>the first user of a case database must be an admin</source>
            <translation>pierwszy użytkownik bazy danych przypadków musi być administratorem</translation>
        </message>
        <message>
            <source>only an admin can add users</source>
            <translation>tylko administrator może dodawać użytkowników</translation>
        </message>
        <message>
            <source>user %1 already exists</source>
            <translation>użytkownik %1 już istnieje</translation>
        </message>
        <message>
            <source>unknown user or wrong password</source>
            <translation>nieznany użytkownik lub nieprawidłowe hasło</translation>
        </message>
        <message>
            <source>a pseudonym is 1 to 64 letters, digits, '-' or '_'</source>
            <translation>pseudonim ma od 1 do 64 liter, cyfr, '-' lub '_'</translation>
        </message>
        <message>
            <source>patient %1 already exists</source>
            <translation>pacjent %1 już istnieje</translation>
        </message>
        <message>
            <source>encryption failed</source>
            <translation>szyfrowanie nie powiodło się</translation>
        </message>
        <message>
            <source>no patient %1</source>
            <translation>brak pacjenta %1</translation>
        </message>
        <message>
            <source>the SHA-256 of an input file must be 64 lower-case hex digits</source>
            <translation>SHA-256 pliku wejściowego musi składać się z 64 małych cyfr szesnastkowych</translation>
        </message>
        <message>
            <source>the case was not stored</source>
            <translation>przypadek nie został zapisany</translation>
        </message>
        <message>
            <source>"%1" is not a variant key like 6-26092913-G-A</source>
            <translation>"%1" nie jest kluczem wariantu, np. 6-26092913-G-A</translation>
        </message>
        <message>
            <source>a review classification is P, LP, VUS, LB or B</source>
            <translation>klasyfikacja weryfikacji to P, LP, VUS, LB lub B</translation>
        </message>
        <message>
            <source>case %1 is signed: a change needs a reason and creates report version %2</source>
            <translation>przypadek %1 jest podpisany: zmiana wymaga uzasadnienia i tworzy wersję raportu %2</translation>
        </message>
        <message>
            <source>case %1 is %2, not draft</source>
            <translation>przypadek %1 ma status %2, a nie wersji roboczej</translation>
        </message>
        <message>
            <source>case %1 has no variant review yet</source>
            <translation>przypadek %1 nie ma jeszcze weryfikacji wariantów</translation>
        </message>
        <message>
            <source>only a clinical geneticist can sign; %1 cannot</source>
            <translation>tylko genetyk kliniczny może podpisać; %1 nie może</translation>
        </message>
        <message>
            <source>case %1 is %2: it must be reviewed before signing</source>
            <translation>przypadek %1 ma status %2: musi zostać zweryfikowany przed podpisaniem</translation>
        </message>
        <message>
            <source>report version %1 is missing or already signed</source>
            <translation>brak wersji raportu %1 lub jest ona już podpisana</translation>
        </message>
        <message>
            <source>no encryption key is loaded</source>
            <translation>nie załadowano klucza szyfrowania</translation>
        </message>
        <message>
            <source>an encrypted field is malformed</source>
            <translation>pole zaszyfrowane jest nieprawidłowe</translation>
        </message>
        <message>
            <source>an encrypted field cannot be decrypted: wrong key or altered data</source>
            <translation>nie można odszyfrować zaszyfrowanego pola: nieprawidłowy klucz lub zmienione dane</translation>
        </message>
        <message>
            <source>the passphrase is empty</source>
            <translation>hasło jest puste</translation>
        </message>
        <message>
            <source>key derivation (scrypt) failed</source>
            <translation>wyprowadzenie klucza (scrypt) nie powiodło się</translation>
        </message>
        <message>
            <source>the key file does not exist</source>
            <translation>plik klucza nie istnieje</translation>
        </message>
        <message>
            <source>the key file can be read by other users; make it private (chmod 600)</source>
            <translation>plik klucza może być odczytany przez innych użytkowników; należy ograniczyć do niego dostęp (chmod 600)</translation>
        </message>
        <message>
            <source>cannot read the key file</source>
            <translation>nie można odczytać pliku klucza</translation>
        </message>
        <message>
            <source>the key file must hold 32 bytes or 64 hexadecimal digits</source>
            <translation>plik klucza musi zawierać 32 bajty lub 64 cyfry szesnastkowe</translation>
        </message>
        <message>
            <source>cannot write the key file</source>
            <translation>nie można zapisać pliku klucza</translation>
        </message>
        <message>
            <source>cannot protect the key file</source>
            <translation>nie można zabezpieczyć pliku klucza</translation>
        </message>
        <message>
            <source>%1 not found</source>
            <translation>nie znaleziono: %1</translation>
        </message>
        <message>
            <source>%1 is not a readable file</source>
            <translation>%1 nie jest plikiem możliwym do odczytu</translation>
        </message>
        <message>
            <source>cannot read the %1: %2</source>
            <translation>%1: nie można odczytać (%2)</translation>
        </message>
        <message>
            <source>the %1 is too large</source>
            <translation>%1: za duży rozmiar</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certyfikat</translation>
        </message>
        <message>
            <source>cannot use a certificate of the trusted certificate file</source>
            <translation>nie można użyć certyfikatu z pliku zaufanych certyfikatów</translation>
        </message>
        <message>
            <source>the trusted certificate file holds no X.509 certificate (PEM or DER)</source>
            <translation>plik zaufanych certyfikatów nie zawiera certyfikatu X.509 (PEM lub DER)</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>podpis</translation>
        </message>
        <message>
            <source>not a detached CMS signature (DER or PEM)</source>
            <translation>to nie jest odłączony podpis CMS (DER lub PEM)</translation>
        </message>
        <message>
            <source>package</source>
            <translation>pakiet</translation>
        </message>
        <message>
            <source>cannot read the package: %1</source>
            <translation>nie można odczytać pakietu: %1</translation>
        </message>
        <message>
            <source>SHA-256 is not available from OpenSSL</source>
            <translation>SHA-256 nie jest dostępny w OpenSSL</translation>
        </message>
        <message>
            <source>SHA-256 computation failed</source>
            <translation>obliczenie SHA-256 nie powiodło się</translation>
        </message>
        <message>
            <source>cannot open the package</source>
            <translation>nie można otworzyć pakietu</translation>
        </message>
        <message>
            <source>the signer (%1) is not the trusted certificate nor issued by it, or its certificate is not valid now</source>
            <translation>sygnatariusz (%1) nie jest zaufanym certyfikatem ani nie został przez niego wystawiony lub jego certyfikat nie jest obecnie ważny</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>nieznany</translation>
        </message>
        <message>
            <source>the package does not match its signature: it was changed after signing, or the signature belongs to another file</source>
            <translation>pakiet nie zgadza się ze swoim podpisem: został zmieniony po podpisaniu lub podpis należy do innego pliku</translation>
        </message>
        <message>
            <source>the system settings file is not readable; ask IT to fix its permissions</source>
            <translation>nie można odczytać pliku ustawień systemowych; należy poprosić dział IT o poprawienie uprawnień</translation>
        </message>
        <message>
            <source>the system settings file is not a valid INI file</source>
            <translation>plik ustawień systemowych nie jest prawidłowym plikiem INI</translation>
        </message>
        <message>
            <source>this setting is locked by your IT department (%1)</source>
            <translation>to ustawienie jest zablokowane przez dział IT (%1)</translation>
        </message>
        <message>
            <source>All variants</source>
            <translation>Wszystkie warianty</translation>
        </message>
        <message>
            <source>Good quality</source>
            <translation>Dobra jakość</translation>
        </message>
        <message>
            <source>Coding and splice</source>
            <translation>Kodujące i splicingowe</translation>
        </message>
        <message>
            <source>De novo (trio)</source>
            <translation>De novo (trio)</translation>
        </message>
        <message>
            <source>Recessive (trio)</source>
            <translation>Recesywne (trio)</translation>
        </message>
        <message>
            <source>X-linked (trio)</source>
            <translation>Sprzężone z X (trio)</translation>
        </message>
        <message>
            <source>Carried by the patient</source>
            <translation>Obecne u pacjenta</translation>
        </message>
        <message>
            <source>FILTER is PASS</source>
            <translation>FILTER = PASS</translation>
        </message>
        <message>
            <source>Depth ≥ 10 and GQ ≥ 20</source>
            <translation>Głębokość ≥ 10 i GQ ≥ 20</translation>
        </message>
        <message>
            <source>Coding or splice consequence</source>
            <translation>Skutek kodujący lub splicingowy</translation>
        </message>
        <message>
            <source>De novo in the trio</source>
            <translation>De novo w trio</translation>
        </message>
        <message>
            <source>Homozygous or compound heterozygous</source>
            <translation>Homozygotyczny lub złożona heterozygota</translation>
        </message>
        <message>
            <source>X-linked in the trio</source>
            <translation>Sprzężony z X w trio</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 %3, %n record(s)</source>
            <translation>
                <numerusform>%1: %2 %3, %n rekord</numerusform>
                <numerusform>%1: %2 %3, %n rekordy</numerusform>
                <numerusform>%1: %2 %3, %n rekordów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s): %1 SNVs, %2 MNVs, %3 indels, %4 structural</source>
            <translation>
                <numerusform>%n wariant: %1 SNV, %2 MNV, %3 indele, %4 strukturalne</numerusform>
                <numerusform>%n warianty: %1 SNV, %2 MNV, %3 indele, %4 strukturalne</numerusform>
                <numerusform>%n wariantów: %1 SNV, %2 MNV, %3 indele, %4 strukturalne</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>genome build: %1; %n sample(s)</source>
            <translation>
                <numerusform>wersja genomu: %1; %n próbka</numerusform>
                <numerusform>wersja genomu: %1; %n próbki</numerusform>
                <numerusform>wersja genomu: %1; %n próbek</numerusform>
            </translation>
        </message>
        <message>
            <source>sample %1: %2, %3</source>
            <translation>próbka %1: %2, %3</translation>
        </message>
        <message>
            <source>skipped (%1): %2</source>
            <translation>pominięto (%1): %2</translation>
        </message>
        <message>
            <source>altered (%1): %2</source>
            <translation>zmieniono (%1): %2</translation>
        </message>
        <message>
            <source>trio: child %1, father %2, mother %3</source>
            <translation>trio: dziecko %1, ojciec %2, matka %3</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>time: %1 ms</source>
            <translation>czas: %1 ms</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>ostrzeżenie: %1</translation>
        </message>
        <message>
            <source>reference FASTA not found</source>
            <translation>nie znaleziono referencyjnego pliku FASTA</translation>
        </message>
        <message>
            <source>cannot read or index the reference FASTA (is it a FASTA file, and is its directory writable for the .fai index?)</source>
            <translation>nie można odczytać ani zaindeksować referencyjnego pliku FASTA (czy to plik FASTA i czy jego katalog jest zapisywalny dla indeksu .fai?)</translation>
        </message>
        <message>
            <source>wrong number of columns</source>
            <translation>nieprawidłowa liczba kolumn</translation>
        </message>
        <message>
            <source>invalid contig name</source>
            <translation>nieprawidłowa nazwa contigu</translation>
        </message>
        <message>
            <source>contig not declared in the header</source>
            <translation>contig niezadeklarowany w nagłówku</translation>
        </message>
        <message>
            <source>invalid INFO or FORMAT field</source>
            <translation>nieprawidłowe pole INFO lub FORMAT</translation>
        </message>
        <message>
            <source>INFO or FORMAT key not declared in the header</source>
            <translation>klucz INFO lub FORMAT niezadeklarowany w nagłówku</translation>
        </message>
        <message>
            <source>value out of the range htslib supports</source>
            <translation>wartość poza zakresem obsługiwanym przez htslib</translation>
        </message>
        <message>
            <source>invalid character</source>
            <translation>nieprawidłowy znak</translation>
        </message>
        <message>
            <source>malformed record (bad POS, QUAL, allele or field value)</source>
            <translation>nieprawidłowy rekord (błędna wartość POS, QUAL, allelu lub pola)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>plik jest pusty</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (the content is not recognised)</source>
            <translation>to nie jest plik VCF ani BCF (nie rozpoznano zawartości)</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (detected: %1)</source>
            <translation>to nie jest plik VCF ani BCF (wykryto: %1)</translation>
        </message>
        <message>
            <source>sample '%1' is not in the file</source>
            <translation>próbki '%1' nie ma w pliku</translation>
        </message>
        <message>
            <source>cannot select the samples</source>
            <translation>nie można wybrać próbek</translation>
        </message>
        <message>
            <source>sample name %1 is not valid UTF-8; shown as "%2"</source>
            <translation>nazwa próbki %1 nie jest prawidłowym tekstem UTF-8; wyświetlana jako "%2"</translation>
        </message>
        <message>
            <source>read error: the file is truncated or its compression is corrupt</source>
            <translation>błąd odczytu: plik jest obcięty lub jego kompresja jest uszkodzona</translation>
        </message>
        <message>
            <source>the line contains a NUL byte (binary data)</source>
            <translation>wiersz zawiera bajt NUL (dane binarne)</translation>
        </message>
        <message>
            <source>wrong number of columns: %1 instead of %2</source>
            <translation>nieprawidłowa liczba kolumn: %1 zamiast %2</translation>
        </message>
        <message>
            <source>POS is not a positive whole number</source>
            <translation>POS nie jest dodatnią liczbą całkowitą</translation>
        </message>
        <message>
            <source>ALT has an empty allele</source>
            <translation>ALT zawiera pusty allel</translation>
        </message>
        <message>
            <source>QUAL is neither '.' nor a number</source>
            <translation>QUAL nie jest ani '.', ani liczbą</translation>
        </message>
        <message>
            <source>read error: the BCF file is truncated or corrupt</source>
            <translation>błąd odczytu: plik BCF jest obcięty lub uszkodzony</translation>
        </message>
        <message>
            <source>the record cannot be unpacked</source>
            <translation>nie można rozpakować rekordu</translation>
        </message>
        <message>
            <source>REF must consist of the bases A, C, G, T and N</source>
            <translation>REF musi składać się z zasad A, C, G, T i N</translation>
        </message>
        <message>
            <source>ALT allele %1 is empty or not a valid allele</source>
            <translation>allel ALT %1 jest pusty lub nie jest prawidłowym allelem</translation>
        </message>
        <message numerus="yes">
            <source>GT refers to allele %1, but the record has %n allele(s)</source>
            <translation>
                <numerusform>GT odwołuje się do allelu %1, ale rekord ma %n allel</numerusform>
                <numerusform>GT odwołuje się do allelu %1, ale rekord ma %n allele</numerusform>
                <numerusform>GT odwołuje się do allelu %1, ale rekord ma %n alleli</numerusform>
            </translation>
        </message>
        <message>
            <source>loading was cancelled</source>
            <translation>wczytywanie anulowano</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) use INFO or FORMAT keys not declared in the header</source>
            <translation>
                <numerusform>%n rekord używa kluczy INFO lub FORMAT niezadeklarowanych w nagłówku</numerusform>
                <numerusform>%n rekordy używają kluczy INFO lub FORMAT niezadeklarowanych w nagłówku</numerusform>
                <numerusform>%n rekordów używa kluczy INFO lub FORMAT niezadeklarowanych w nagłówku</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) are on contigs not declared in the header</source>
            <translation>
                <numerusform>%n rekord leży na contigach niezadeklarowanych w nagłówku</numerusform>
                <numerusform>%n rekordy leżą na contigach niezadeklarowanych w nagłówku</numerusform>
                <numerusform>%n rekordów leży na contigach niezadeklarowanych w nagłówku</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the file is not sorted by position (%n record(s) out of order)</source>
            <translation>
                <numerusform>plik nie jest posortowany według pozycji (%n rekord w niewłaściwej kolejności)</numerusform>
                <numerusform>plik nie jest posortowany według pozycji (%n rekordy w niewłaściwej kolejności)</numerusform>
                <numerusform>plik nie jest posortowany według pozycji (%n rekordów w niewłaściwej kolejności)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) have a REF that does not match the reference FASTA; they were trimmed but not left-aligned</source>
            <translation>
                <numerusform>%n wariant ma REF niezgodny z referencyjnym plikiem FASTA; został przycięty, ale nie wyrównany do lewej</numerusform>
                <numerusform>%n warianty mają REF niezgodny z referencyjnym plikiem FASTA; zostały przycięte, ale nie wyrównane do lewej</numerusform>
                <numerusform>%n wariantów ma REF niezgodny z referencyjnym plikiem FASTA; zostały przycięte, ale nie wyrównane do lewej</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) are on contigs missing from the reference FASTA</source>
            <translation>
                <numerusform>%n wariant leży na contigach nieobecnych w referencyjnym pliku FASTA</numerusform>
                <numerusform>%n warianty leżą na contigach nieobecnych w referencyjnym pliku FASTA</numerusform>
                <numerusform>%n wariantów leży na contigach nieobecnych w referencyjnym pliku FASTA</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) repeat the site and alleles of the record before them with different content; both are kept</source>
            <translation>
                <numerusform>%n rekord powtarza pozycję i allele poprzedniego rekordu z inną treścią; zachowano oba</numerusform>
                <numerusform>%n rekordy powtarzają pozycję i allele poprzedniego rekordu z inną treścią; zachowano oba</numerusform>
                <numerusform>%n rekordów powtarza pozycję i allele poprzedniego rekordu z inną treścią; zachowano oba</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank line(s) ignored</source>
            <translation>
                <numerusform>zignorowano %n pusty wiersz</numerusform>
                <numerusform>zignorowano %n puste wiersze</numerusform>
                <numerusform>zignorowano %n pustych wierszy</numerusform>
            </translation>
        </message>
        <message>
            <source>the genome build could not be detected from the header</source>
            <translation>nie udało się wykryć wersji genomu na podstawie nagłówka</translation>
        </message>
        <message>
            <source>the PED file's trio is not among the file's samples</source>
            <translation>trio z pliku PED nie występuje wśród próbek pliku</translation>
        </message>
        <message>
            <source>the connection closed before the answer was complete (%1)</source>
            <translation>połączenie zostało zamknięte, zanim odpowiedź była kompletna (%1)</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Genetyk kliniczny</translation>
        </message>
        <message>
            <source>no report translation for language "%1"; available: %2</source>
            <translation>brak tłumaczenia raportu na język "%1"; dostępne: %2</translation>
        </message>
        <message>
            <source>Secondary findings were sought under %1, in the categories the patient consented to:</source>
            <translation>Wyników wtórnych poszukiwano według %1 w kategoriach, na które pacjent wyraził zgodę:</translation>
        </message>
        <message>
            <source>wishes to be informed</source>
            <translation>chce otrzymać informację</translation>
        </message>
        <message>
            <source>does not wish to be informed</source>
            <translation>nie chce otrzymać informacji</translation>
        </message>
        <message>
            <source>Report content SHA-256 (FHIR export): %1</source>
            <translation>SHA-256 treści raportu (eksport FHIR): %1</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in childhood</source>
            <translation>Choroby z możliwością interwencji o początku w dzieciństwie</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in adulthood</source>
            <translation>Choroby z możliwością interwencji o początku w wieku dorosłym</translation>
        </message>
        <message>
            <source>Carrier status for recessive conditions</source>
            <translation>Nosicielstwo chorób recesywnych</translation>
        </message>
        <message>
            <source>Pharmacogenomic findings</source>
            <translation>Wyniki farmakogenomiczne</translation>
        </message>
        <message>
            <source>Late-onset conditions without treatment</source>
            <translation>Choroby o późnym początku bez leczenia</translation>
        </message>
        <message>
            <source>retrieved %1</source>
            <translation>pobrano %1</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in the highest population</source>
            <translation>FAF95 ≤ %1% w populacji o najwyższej częstości</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in the highest population</source>
            <translation>Częstość allelu ≤ %1% w populacji o najwyższej częstości</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in %2</source>
            <translation>FAF95 ≤ %1% w %2</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in %2</source>
            <translation>Częstość allelu ≤ %1% w %2</translation>
        </message>
        <message>
            <source>the disk is full: no space left (or the file size limit was reached) while %1; the frequency cache was not changed</source>
            <translation>dysk jest pełny: brak miejsca (lub osiągnięto limit rozmiaru pliku) podczas operacji: %1; pamięć podręczna częstości nie została zmieniona</translation>
        </message>
        <message>
            <source>the sites VCF uses INFO keys its header does not declare; they are not imported</source>
            <translation>plik VCF pozycji używa kluczy INFO niezadeklarowanych w jego nagłówku; nie są one importowane</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is %1 but the case is %2; import a gene model of the case's build</source>
            <translation>model genów bazy wiedzy to %1, a przypadek %2; należy zaimportować model genów dla wersji genomu przypadku</translation>
        </message>
        <message>
            <source>the knowledge base's ClinVar is %1 but the case is %2; import ClinVar of the case's build</source>
            <translation>ClinVar w bazie wiedzy to %1, a przypadek %2; należy zaimportować ClinVar dla wersji genomu przypadku</translation>
        </message>
        <message>
            <source>unknown consent category %1</source>
            <translation>nieznana kategoria zgody %1</translation>
        </message>
        <message>
            <source>"%1" is not an HPO term (HP: and seven digits)</source>
            <translation>"%1" nie jest terminem HPO (HP: i siedem cyfr)</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; presumed biallelic, confirm the phase.</source>
            <translation>%1 ma %2 heterozygotyczne warianty P/LP: możliwa złożona heterozygota, faza nieznana; przyjęto układ dwualleliczny, należy potwierdzić fazę.</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; the policy asks for review.</source>
            <translation>%1 ma %2 heterozygotyczne warianty P/LP: możliwa złożona heterozygota, faza nieznana; polityka wymaga weryfikacji.</translation>
        </message>
        <message>
            <source>The indication describes the phenotype (%1) but names no genes, so no finding is primary; %2 is a secondary finding.</source>
            <translation>Wskazanie opisuje fenotyp (%1), ale nie wymienia żadnych genów, więc żaden wynik nie jest pierwotny; %2 jest wynikiem wtórnym.</translation>
        </message>
        <message>
            <source>the start of the keyed entries is missing or fails the keyed check (HMAC)</source>
            <translation>brak początku wpisów z kluczem lub nie przechodzi on kontroli z kluczem (HMAC)</translation>
        </message>
        <message>
            <source>entry %1 fails the keyed check (HMAC): it was written or rewritten without the case database key</source>
            <translation>wpis %1 nie przechodzi kontroli z kluczem (HMAC): został zapisany lub przepisany bez klucza bazy danych przypadków</translation>
        </message>
        <message>
            <source>entries from %1 on are missing: the log was truncated</source>
            <translation>brak wpisów od %1: dziennik został obcięty</translation>
        </message>
        <message>
            <source>the recorded end of the log (entry %1) fails the keyed check (HMAC): entries were cut off or rewritten</source>
            <translation>zarejestrowany koniec dziennika (wpis %1) nie przechodzi kontroli z kluczem (HMAC): wpisy zostały odcięte lub przepisane</translation>
        </message>
        <message>
            <source>no key for the audit log</source>
            <translation>brak klucza dla dziennika audytu</translation>
        </message>
        <message>
            <source>the record's INFO cannot be unpacked</source>
            <translation>nie można rozpakować pola INFO rekordu</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a per-allele INFO field (Number=A or R) with the wrong number of values; those values were not kept</source>
            <translation>
                <numerusform>%n rekord ma pole INFO dla poszczególnych alleli (Number=A lub R) z nieprawidłową liczbą wartości; tych wartości nie zachowano</numerusform>
                <numerusform>%n rekordy mają pole INFO dla poszczególnych alleli (Number=A lub R) z nieprawidłową liczbą wartości; tych wartości nie zachowano</numerusform>
                <numerusform>%n rekordów ma pole INFO dla poszczególnych alleli (Number=A lub R) z nieprawidłową liczbą wartości; tych wartości nie zachowano</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>SHA-256 %1, public key SHA-256 %2</source>
            <translation>SHA-256 %1, SHA-256 klucza publicznego %2</translation>
        </message>
        <message>
            <source>TLS: the certificate of node %1 does not match its pinned SHA-256 (pinned %2; the node presented certificate %3). The connection was refused.</source>
            <translation>TLS: certyfikat węzła %1 nie zgadza się z przypiętym SHA-256 (przypięty: %2; węzeł przedstawił certyfikat %3). Połączenie zostało odrzucone.</translation>
        </message>
        <message>
            <source>The frequency cache does not exist.</source>
            <translation>Pamięć podręczna częstości nie istnieje.</translation>
        </message>
        <message>
            <source>Cannot open the frequency cache: %1</source>
            <translation>Nie można otworzyć pamięci podręcznej częstości: %1</translation>
        </message>
        <message>
            <source>Cannot create the table of Beacon fetch times</source>
            <translation>Nie można utworzyć tabeli czasów pobrania z Beacon</translation>
        </message>
        <message>
            <source>Not a frequency cache: %1</source>
            <translation>To nie jest pamięć podręczna częstości: %1</translation>
        </message>
        <message>
            <source>The frequency cache was opened read-only.</source>
            <translation>Pamięć podręczna częstości została otwarta tylko do odczytu.</translation>
        </message>
        <message>
            <source>Cannot record the Beacon fetch times</source>
            <translation>Nie można zapisać czasów pobrania z Beacon</translation>
        </message>
        <message>
            <source>Cannot remove the Beacon fetch times</source>
            <translation>Nie można usunąć czasów pobrania z Beacon</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>przed chwilą</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minutę temu</numerusform>
                <numerusform>%n minuty temu</numerusform>
                <numerusform>%n minut temu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n godzinę temu</numerusform>
                <numerusform>%n godziny temu</numerusform>
                <numerusform>%n godzin temu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n dzień temu</numerusform>
                <numerusform>%n dni temu</numerusform>
                <numerusform>%n dni temu</numerusform>
            </translation>
        </message>
        <message>
            <source>"maxAgeDays" must be 0 ... 3650.</source>
            <translation>"maxAgeDays" musi mieścić się w zakresie 0–3650.</translation>
        </message>
        <message>
            <source>Cannot create the folder.</source>
            <translation>Nie można utworzyć folderu.</translation>
        </message>
        <message>
            <source>Node "%1" needs a token or password of one line.</source>
            <translation>Węzeł "%1" wymaga tokenu lub hasła zapisanego w jednym wierszu.</translation>
        </message>
        <message>
            <source>Cannot write the token file.</source>
            <translation>Nie można zapisać pliku tokenu.</translation>
        </message>
        <message>
            <source>Cannot write the node list.</source>
            <translation>Nie można zapisać listy węzłów.</translation>
        </message>
        <message>
            <source>The request headers are larger than %1 bytes.</source>
            <translation>Rozmiar nagłówków żądania przekracza %1 B.</translation>
        </message>
        <message>
            <source>A chunk header is too long.</source>
            <translation>Nagłówek fragmentu (chunk) jest za długi.</translation>
        </message>
        <message>
            <source>A chunk size is not a number.</source>
            <translation>Rozmiar fragmentu (chunk) nie jest liczbą.</translation>
        </message>
        <message>
            <source>The Content-Length header is not a number.</source>
            <translation>Nagłówek Content-Length nie jest liczbą.</translation>
        </message>
        <message>
            <source>bad sum column</source>
            <translation>nieprawidłowa kolumna sum</translation>
        </message>
        <message>
            <source>unknown integer coding %1</source>
            <translation>nieznane kodowanie liczb całkowitych %1</translation>
        </message>
        <message>
            <source>upgrading the format</source>
            <translation>aktualizacja formatu</translation>
        </message>
        <message>
            <source>could not write the case database (disk full or I/O error: %1); this change was not saved, earlier changes are intact</source>
            <translation>nie można zapisać bazy danych przypadków (pełny dysk lub błąd wejścia/wyjścia: %1); ta zmiana nie została zapisana, wcześniejsze zmiany pozostały nienaruszone</translation>
        </message>
        <message>
            <source>the case database is locked by another program (%1); this change was not saved, try again</source>
            <translation>baza danych przypadków jest zablokowana przez inny program (%1); ta zmiana nie została zapisana, należy spróbować ponownie</translation>
        </message>
        <message>
            <source>the case database is read-only (%1); this change was not saved</source>
            <translation>baza danych przypadków jest tylko do odczytu (%1); ta zmiana nie została zapisana</translation>
        </message>
        <message>
            <source>the case database is read-only (%1): ask IT for write access to the file and its folder</source>
            <translation>baza danych przypadków jest tylko do odczytu (%1): należy poprosić dział IT o prawo zapisu do pliku i jego folderu</translation>
        </message>
        <message numerus="yes">
            <source>HTTP %1: the node asked to wait %n second(s)</source>
            <translation>
                <numerusform>HTTP %1: węzeł poprosił o odczekanie %n sekundy</numerusform>
                <numerusform>HTTP %1: węzeł poprosił o odczekanie %n sekund</numerusform>
                <numerusform>HTTP %1: węzeł poprosił o odczekanie %n sekund</numerusform>
            </translation>
        </message>
        <message>
            <source>The request headers did not arrive within %1 ms.</source>
            <translation>Nagłówki żądania nie dotarły w ciągu %1 ms.</translation>
        </message>
        <message>
            <source>The request body did not arrive within %1 ms.</source>
            <translation>Treść żądania nie dotarła w ciągu %1 ms.</translation>
        </message>
        <message>
            <source>The server has too many open connections; try again later.</source>
            <translation>Serwer ma zbyt wiele otwartych połączeń; spróbuj ponownie później.</translation>
        </message>
        <message>
            <source>Too many open connections from your address; at most %1.</source>
            <translation>Zbyt wiele otwartych połączeń z Twojego adresu; najwyżej %1.</translation>
        </message>
        <message numerus="yes">
            <source>Too many requests; retry after %n second(s).</source>
            <translation>
                <numerusform>Zbyt wiele żądań; spróbuj ponownie za %n sekundę.</numerusform>
                <numerusform>Zbyt wiele żądań; spróbuj ponownie za %n sekundy.</numerusform>
                <numerusform>Zbyt wiele żądań; spróbuj ponownie za %n sekund.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/PL (Number=G) with the wrong number of values for the genotype's ploidy and alleles; PL was not kept for those calls</source>
            <translation>
                <numerusform>%n rekord ma FORMAT/PL (Number=G) z liczbą wartości niezgodną z ploidią i allelami genotypu; PL nie zachowano dla tych wywołań</numerusform>
                <numerusform>%n rekordy mają FORMAT/PL (Number=G) z liczbą wartości niezgodną z ploidią i allelami genotypu; PL nie zachowano dla tych wywołań</numerusform>
                <numerusform>%n rekordów ma FORMAT/PL (Number=G) z liczbą wartości niezgodną z ploidią i allelami genotypu; PL nie zachowano dla tych wywołań</numerusform>
            </translation>
        </message>
        <message>
            <source>note (%1): %2</source>
            <translation>uwaga (%1): %2</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/AD with the wrong number of values (one per allele, REF first); AD was not kept for those calls</source>
            <translation>
                <numerusform>%n rekord ma FORMAT/AD z nieprawidłową liczbą wartości (jedna na allel, najpierw REF); AD nie zachowano dla tych wywołań</numerusform>
                <numerusform>%n rekordy mają FORMAT/AD z nieprawidłową liczbą wartości (jedna na allel, najpierw REF); AD nie zachowano dla tych wywołań</numerusform>
                <numerusform>%n rekordów ma FORMAT/AD z nieprawidłową liczbą wartości (jedna na allel, najpierw REF); AD nie zachowano dla tych wywołań</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the transcripts was cancelled.</source>
            <translation>Odczyt transkryptów został anulowany.</translation>
        </message>
        <message>
            <source>MANE Select first, then the canonical transcript, then the most severe consequence, then protein-coding, then file order</source>
            <translation>najpierw MANE Select, potem transkrypt kanoniczny, potem najpoważniejszy skutek, potem kodujący białko, potem kolejność w pliku</translation>
        </message>
        <message>
            <source>The variant file is no longer there; its transcripts cannot be read.</source>
            <translation>Pliku wariantów już nie ma; nie można odczytać jego transkryptów.</translation>
        </message>
        <message>
            <source>The variant file has changed since the case was loaded; open the case again to see its transcripts.</source>
            <translation>Plik wariantów zmienił się od wczytania przypadku; otwórz przypadek ponownie, aby zobaczyć transkrypty.</translation>
        </message>
        <message>
            <source>The variant file cannot be opened to read its transcripts.</source>
            <translation>Nie można otworzyć pliku wariantów, aby odczytać transkrypty.</translation>
        </message>
        <message>
            <source>The file is not a VCF or BCF file.</source>
            <translation>Plik nie jest plikiem VCF ani BCF.</translation>
        </message>
        <message>
            <source>The header of the variant file cannot be read.</source>
            <translation>Nie można odczytać nagłówka pliku wariantów.</translation>
        </message>
        <message>
            <source>The variant file has no VEP (CSQ) or SnpEff (ANN) annotation in its header, so it lists no transcripts.</source>
            <translation>Nagłówek pliku wariantów nie zawiera adnotacji VEP (CSQ) ani SnpEff (ANN), więc plik nie podaje transkryptów.</translation>
        </message>
        <message>
            <source>The variant was not found in the variant file; its transcripts cannot be shown.</source>
            <translation>Nie znaleziono wariantu w pliku wariantów; nie można pokazać jego transkryptów.</translation>
        </message>
        <message>
            <source>The variant file could not be read to the end of the region of the variant.</source>
            <translation>Nie udało się odczytać pliku wariantów do końca regionu wariantu.</translation>
        </message>
        <message>
            <source>The variant file could not be read to its end.</source>
            <translation>Nie udało się odczytać pliku wariantów do końca.</translation>
        </message>
        <message>
            <source>truncated header</source>
            <translation>obcięty nagłówek</translation>
        </message>
        <message>
            <source>checksum mismatch</source>
            <translation>niezgodna suma kontrolna</translation>
        </message>
        <message>
            <source>bad integer column</source>
            <translation>błędna kolumna liczb całkowitych</translation>
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
            <translation>Insercja</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Delecja</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Złożone</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Strukturalny</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referencyjny</translation>
        </message>
        <message>
            <source>heterozygous (with other ALT)</source>
            <translation>heterozygotyczny (z innym ALT)</translation>
        </message>
        <message>
            <source>other ALT only</source>
            <translation>tylko inny ALT</translation>
        </message>
        <message>
            <source>a chunk of the frequency cache is corrupt (%1); import that source again, or restore the cache file from a backup</source>
            <translation>fragment pamięci podręcznej częstości jest uszkodzony (%1); zaimportuj to źródło ponownie lub przywróć plik pamięci podręcznej z kopii zapasowej</translation>
        </message>
        <message>
            <source>the BCF header is damaged: it declares %1 bytes (at most %2 are accepted); write the BCF again from its source</source>
            <translation>nagłówek BCF jest uszkodzony: deklaruje %1 bajtów (akceptowane jest co najwyżej %2); zapisz plik BCF ponownie ze źródła</translation>
        </message>
        <message>
            <source>no source of the caches has the field(s) %1; their fields are %2</source>
            <translation>żadne źródło w pamięciach podręcznych nie ma pola lub pól %1; ich pola to %2</translation>
        </message>
    </context>
    <context>
        <name>Core::Tr</name>
        <message>
            <source>Clinical geneticist</source>
            <translation>Genetyk kliniczny</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogDialog</name>
        <message>
            <source>Audit Log — %1</source>
            <translation>Dziennik audytu — %1</translation>
        </message>
        <message numerus="yes">
            <source>✔ Audit chain intact: %n entry(ies) verified.</source>
            <translation>
                <numerusform>✔ Łańcuch audytu nienaruszony: zweryfikowano %n wpis.</numerusform>
                <numerusform>✔ Łańcuch audytu nienaruszony: zweryfikowano %n wpisy.</numerusform>
                <numerusform>✔ Łańcuch audytu nienaruszony: zweryfikowano %n wpisów.</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ AUDIT CHAIN BROKEN at entry %1: %2</source>
            <translation>✘ ŁAŃCUCH AUDYTU PRZERWANY przy wpisie %1: %2</translation>
        </message>
        <message>
            <source>Filter (user, action, entity)</source>
            <translation>Filtr (użytkownik, akcja, obiekt)</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogModel</name>
        <message>
            <source>%1 (first bad entry)</source>
            <translation>%1 (pierwszy błędny wpis)</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Użytkownik</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Akcja</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Obiekt</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Przed</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Po</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseListModel</name>
        <message>
            <source>Draft</source>
            <translation>Szkic</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Zweryfikowany</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Podpisany</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Przypadek</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Pacjent</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Zaktualizowano</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseSidebar</name>
        <message>
            <source>Cases</source>
            <translation>Przypadki</translation>
        </message>
        <message>
            <source>Filter cases (id, patient, status)</source>
            <translation>Filtruj przypadki (id, pacjent, status)</translation>
        </message>
        <message>
            <source>No case database is open.</source>
            <translation>Nie otwarto bazy danych przypadków.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n case(s)</source>
            <translation>
                <numerusform>%1 — %n przypadek</numerusform>
                <numerusform>%1 — %n przypadki</numerusform>
                <numerusform>%1 — %n przypadków</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseStoreClient</name>
        <message>
            <source>Case database %1:
%2</source>
            <translation>Baza danych przypadków %1:
%2</translation>
        </message>
        <message>
            <source>Open Case Database</source>
            <translation>Otwórz bazę danych przypadków</translation>
        </message>
        <message>
            <source>Case databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bazy danych przypadków (*.sqlite *.db);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Passphrase of %1:</source>
            <translation>Hasło do %1:</translation>
        </message>
        <message>
            <source>Case database %1 cannot be opened:
%2</source>
            <translation>Nie można otworzyć bazy danych przypadków %1:
%2</translation>
        </message>
        <message>
            <source>Log In</source>
            <translation>Logowanie</translation>
        </message>
        <message>
            <source>Log in to %1.</source>
            <translation>Zaloguj się do %1.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nazwa &amp;użytkownika:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <source>%1
Password of %2:</source>
            <translation>%1
Hasło użytkownika %2:</translation>
        </message>
    </context>
    <context>
        <name>Gui::DetailPane</name>
        <message>
            <source>Policy decision (%1)</source>
            <translation>Decyzja polityki (%1)</translation>
        </message>
        <message>
            <source>The patient does not carry this allele, so the policy does not judge it.</source>
            <translation>Pacjent nie jest nosicielem tego allelu, więc polityka go nie ocenia.</translation>
        </message>
        <message>
            <source>Laboratory classification</source>
            <translation>Klasyfikacja laboratorium</translation>
        </message>
        <message>
            <source>not classified yet</source>
            <translation>jeszcze nie sklasyfikowano</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar (or no knowledge base)</source>
            <translation>brak w ClinVar (lub brak bazy wiedzy)</translation>
        </message>
        <message>
            <source>Highest population AF</source>
            <translation>Najwyższa AF w populacji</translation>
        </message>
        <message>
            <source>no frequency data for this site</source>
            <translation>brak danych o częstości dla tej pozycji</translation>
        </message>
        <message>
            <source>Population frequencies</source>
            <translation>Częstości populacyjne</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Populacja</translation>
        </message>
        <message>
            <source>Homozygotes</source>
            <translation>Homozygoty</translation>
        </message>
        <message>
            <source>not found (the source covers this region)</source>
            <translation>nie znaleziono (źródło obejmuje ten region)</translation>
        </message>
        <message>
            <source>no data for this region</source>
            <translation>brak danych dla tego regionu</translation>
        </message>
        <message>
            <source>Open in IGV</source>
            <translation>Otwórz w IGV</translation>
        </message>
        <message>
            <source>Population frequencies chart</source>
            <translation>Wykres częstości populacyjnych</translation>
        </message>
        <message>
            <source>Shows this position in a running IGV (batch port, 127.0.0.1)</source>
            <translation>Pokazuje tę pozycję w uruchomionym IGV (port wsadowy, 127.0.0.1)</translation>
        </message>
        <message>
            <source>region fetched %1 (%2)</source>
            <translation>region pobrany %1 (%2)</translation>
        </message>
        <message>
            <source>fetch time of this region unknown; source retrieved %1</source>
            <translation>czas pobrania tego regionu nieznany; źródło pobrane %1</translation>
        </message>
        <message>
            <source>fetch time unknown</source>
            <translation>czas pobrania nieznany</translation>
        </message>
        <message>
            <source>retrieval time unknown</source>
            <translation>data pobrania nieznana</translation>
        </message>
        <message>
            <source>retrieved %1 (%2)</source>
            <translation>pobrano %1 (%2)</translation>
        </message>
        <message>
            <source>Allele frequency per population (‰)</source>
            <translation>Częstość allelu według populacji (‰)</translation>
        </message>
        <message>
            <source>No frequency cache is configured for this case.</source>
            <translation>Dla tego przypadku nie skonfigurowano pamięci podręcznej częstości.</translation>
        </message>
        <message>
            <source>%1: not found (the source covers this region)</source>
            <translation>%1: nie znaleziono (źródło obejmuje ten region)</translation>
        </message>
        <message>
            <source>%1: no data for this region</source>
            <translation>%1: brak danych dla tego regionu</translation>
        </message>
        <message>
            <source>AF (‰)</source>
            <translation>AF (‰)</translation>
        </message>
        <message>
            <source>No population frequencies for this variant.</source>
            <translation>Brak częstości populacyjnych dla tego wariantu.</translation>
        </message>
        <message>
            <source>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, homozygotes %8
%9</source>
            <translation>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, homozygoty %8
%9</translation>
        </message>
        <message>
            <source>Sending %1 to IGV…</source>
            <translation>Wysyłanie %1 do IGV…</translation>
        </message>
        <message>
            <source>Sent %1 to IGV.</source>
            <translation>Wysłano %1 do IGV.</translation>
        </message>
        <message>
            <source>IGV is not running (nothing listens on port %1). Start IGV and enable its batch port (View &gt; Preferences &gt; Advanced).</source>
            <translation>IGV nie jest uruchomiony (nic nie nasłuchuje na porcie %1). Należy uruchomić IGV i włączyć jego port wsadowy (View &gt; Preferences &gt; Advanced).</translation>
        </message>
        <message>
            <source>Could not reach IGV on port %1: %2</source>
            <translation>Nie można połączyć się z IGV na porcie %1: %2</translation>
        </message>
        <message>
            <source>%1, phased</source>
            <translation>%1, z fazą</translation>
        </message>
        <message>
            <source>%1, phased without a phase set (phase unknown)</source>
            <translation>%1, z fazą, ale bez zbioru fazy (faza nieznana)</translation>
        </message>
        <message>
            <source>%1, phased (PS %2)</source>
            <translation>%1, z fazą (PS %2)</translation>
        </message>
        <message>
            <source>Select a variant to see its details.</source>
            <translation>Wybierz wariant, aby wyświetlić szczegóły.</translation>
        </message>
        <message>
            <source>Variant key</source>
            <translation>Klucz wariantu</translation>
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
            <translation>wydzielony z rekordu wieloallelicznego</translation>
        </message>
        <message>
            <source>shared bases trimmed</source>
            <translation>przycięto wspólne zasady</translation>
        </message>
        <message>
            <source>left-aligned against the reference</source>
            <translation>wyrównany do lewej względem sekwencji referencyjnej</translation>
        </message>
        <message>
            <source>Changed on load</source>
            <translation>Zmieniono przy wczytywaniu</translation>
        </message>
        <message>
            <source>no — as written in the file</source>
            <translation>nie — zgodnie z zapisem w pliku</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gen</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transkrypt</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Skutek</translation>
        </message>
        <message>
            <source>HGVS</source>
            <translation>HGVS</translation>
        </message>
        <message>
            <source>Annotation source</source>
            <translation>Źródło adnotacji</translation>
        </message>
        <message>
            <source>from the input file (VEP/SnpEff), transcript picked by the documented rule</source>
            <translation>z pliku wejściowego (VEP/SnpEff), transkrypt wybrany według udokumentowanej reguły</translation>
        </message>
        <message>
            <source>INFO of this allele</source>
            <translation>INFO tego allelu</translation>
        </message>
        <message>
            <source>Segregation in the trio</source>
            <translation>Segregacja w trio</translation>
        </message>
        <message>
            <source>nothing notable</source>
            <translation>nic istotnego</translation>
        </message>
        <message>
            <source>Genotypes</source>
            <translation>Genotypy</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Próbka</translation>
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
            <translation>AD ref/alt</translation>
        </message>
        <message>
            <source>Allele balance</source>
            <translation>Balans alleli</translation>
        </message>
        <message>
            <source>Age of the data: %1</source>
            <translation>Wiek danych: %1</translation>
        </message>
        <message>
            <source>PL</source>
            <translation>PL</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Wiarygodności genotypów w skali Phred (FORMAT/PL) dla 0/0, 0/1 i 1/1 tego allelu ALT (0 i 1 dla wywołania haploidalnego)</translation>
        </message>
        <message>
            <source>Transcripts</source>
            <translation>Transkrypty</translation>
        </message>
        <message>
            <source>Reading transcripts…</source>
            <translation>Odczytywanie transkryptów…</translation>
        </message>
        <message>
            <source>The transcripts cannot be shown: %1</source>
            <translation>Nie można pokazać transkryptów: %1</translation>
        </message>
        <message>
            <source>The file lists no transcripts for this allele.</source>
            <translation>Plik nie podaje transkryptów dla tego allelu.</translation>
        </message>
        <message numerus="yes">
            <source>%n transcript(s) from %1 (%2 field). The picked one, shown in the variant table, is chosen by this rule: %3.</source>
            <translation>
                <numerusform>%n transkrypt z %1 (pole %2). Wybrany, pokazany w tabeli wariantów, ustala ta reguła: %3.</numerusform>
                <numerusform>%n transkrypty z %1 (pole %2). Wybrany, pokazany w tabeli wariantów, ustala ta reguła: %3.</numerusform>
                <numerusform>%n transkryptów z %1 (pole %2). Wybrany, pokazany w tabeli wariantów, ustala ta reguła: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Consequence (impact)</source>
            <translation>Skutek (wpływ)</translation>
        </message>
        <message>
            <source>HGVS c./p.</source>
            <translation>HGVS c./p.</translation>
        </message>
        <message>
            <source>picked</source>
            <translation>wybrany</translation>
        </message>
        <message>
            <source>MANE Select</source>
            <translation>MANE Select</translation>
        </message>
        <message>
            <source>canonical</source>
            <translation>kanoniczny</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Spróbuj ponownie</translation>
        </message>
        <message>
            <source>Indexing the variant file for transcript lookups (first time only): %1 %</source>
            <translation>Indeksowanie pliku wariantów do wyszukiwania transkryptów (tylko za pierwszym razem): %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n review star(s)</source>
            <translation>
                <numerusform>%1, %n gwiazdka oceny</numerusform>
                <numerusform>%1, %n gwiazdki oceny</numerusform>
                <numerusform>%1, %n gwiazdek oceny</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::FilterPanel</name>
        <message>
            <source>e.g. BRCA1, BRCA2, TP53</source>
            <translation>np. BRCA1, BRCA2, TP53</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Krok</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Usunięte</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Ustawienie wstępne:</translation>
        </message>
        <message>
            <source>&amp;Genes:</source>
            <translation>&amp;Geny:</translation>
        </message>
        <message>
            <source>Filter cascade:</source>
            <translation>Kaskada filtrów:</translation>
        </message>
        <message>
            <source>In the genes %1</source>
            <translation>W genach %1</translation>
        </message>
        <message>
            <source>%1 before, %2 after</source>
            <translation>%1 przed, %2 po</translation>
        </message>
        <message>
            <source>%1 of %2 variants shown</source>
            <translation>Wyświetlono %1 z %2 wariantów</translation>
        </message>
        <message>
            <source>In the policy's genes</source>
            <translation>W genach objętych polityką</translation>
        </message>
        <message>
            <source>Only the policy's genes (e.g. ACMG SF)</source>
            <translation>Tylko geny objęte polityką (np. ACMG SF)</translation>
        </message>
        <message>
            <source>Only policy findings (reported, withheld or to review)</source>
            <translation>Tylko wyniki objęte polityką (zgłaszane, niezgłaszane lub do weryfikacji)</translation>
        </message>
        <message>
            <source>Highest population (as grpmax)</source>
            <translation>Populacja o najwyższej częstości (jak grpmax)</translation>
        </message>
        <message>
            <source>all (whole source)</source>
            <translation>wszystkie (całe źródło)</translation>
        </message>
        <message>
            <source>highest population</source>
            <translation>populacja o najwyższej częstości</translation>
        </message>
        <message>
            <source>depth ≥ %1</source>
            <translation>głębokość ≥ %1</translation>
        </message>
        <message>
            <source>GQ ≥ %1</source>
            <translation>GQ ≥ %1</translation>
        </message>
        <message>
            <source>allele balance ≥ %1%</source>
            <translation>balans alleli ≥ %1%</translation>
        </message>
        <message>
            <source>Quality: %1</source>
            <translation>Jakość: %1</translation>
        </message>
        <message>
            <source>%1 — not applied: no frequency cache for this case</source>
            <translation>%1 — nie zastosowano: brak pamięci podręcznej częstości dla tego przypadku</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic</source>
            <translation>ClinVar: patogenny lub prawdopodobnie patogenny</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic — no variant of this case is in ClinVar (or no knowledge base is used)</source>
            <translation>ClinVar: patogenny lub prawdopodobnie patogenny — żaden wariant tego przypadku nie występuje w ClinVar (lub nie jest używana baza wiedzy)</translation>
        </message>
        <message>
            <source>Reported, withheld or to review by the policy</source>
            <translation>Zgłaszane, niezgłaszane lub do weryfikacji według polityki</translation>
        </message>
        <message>
            <source>Saved filter sets…</source>
            <translation>Zapisane zestawy filtrów…</translation>
        </message>
        <message>
            <source>Save Filter Set</source>
            <translation>Zapisz zestaw filtrów</translation>
        </message>
        <message>
            <source>Name of the filter set (saved for you on this computer):</source>
            <translation>Nazwa zestawu filtrów (zapisywanego dla bieżącego użytkownika na tym komputerze):</translation>
        </message>
        <message>
            <source>Saved:</source>
            <translation>Zapisane:</translation>
        </message>
        <message>
            <source>&amp;Consequence:</source>
            <translation>&amp;Skutek:</translation>
        </message>
        <message>
            <source>At &amp;most:</source>
            <translation>Co &amp;najwyżej:</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>W:</translation>
        </message>
        <message>
            <source>Depth ≥</source>
            <translation>Głębokość ≥</translation>
        </message>
        <message>
            <source>GQ ≥</source>
            <translation>GQ ≥</translation>
        </message>
        <message>
            <source>Allele balance ≥</source>
            <translation>Balans alleli ≥</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Zapisz…</translation>
        </message>
        <message>
            <source>Save these filter choices under a name</source>
            <translation>Zapisz te ustawienia filtrów pod nazwą</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Delete the chosen saved filter set</source>
            <translation>Usuń wybrany zapisany zestaw filtrów</translation>
        </message>
        <message>
            <source>Population allele frequency</source>
            <translation>Populacyjna częstość allelu</translation>
        </message>
        <message>
            <source>Use FAF95 where the source has it</source>
            <translation>Użyj FAF95, jeśli źródło ją zawiera</translation>
        </message>
        <message>
            <source>Genotype quality of the patient</source>
            <translation>Jakość genotypu pacjenta</translation>
        </message>
        <message>
            <source>Any consequence</source>
            <translation>Dowolny skutek</translation>
        </message>
        <message>
            <source>Coding or splice region</source>
            <translation>Region kodujący lub splicingowy</translation>
        </message>
        <message>
            <source>Protein-altering (missense, in-frame, LoF)</source>
            <translation>Zmieniające białko (missense, in-frame, LoF)</translation>
        </message>
        <message>
            <source>Loss of function (stop, frameshift, splice site)</source>
            <translation>Utrata funkcji (stop, przesunięcie ramki odczytu, miejsce splicingowe)</translation>
        </message>
        <message>
            <source>Only ClinVar pathogenic or likely pathogenic</source>
            <translation>Tylko patogenne lub prawdopodobnie patogenne w ClinVar</translation>
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
            <translation>Filtry</translation>
        </message>
        <message>
            <source>Variant details</source>
            <translation>Szczegóły wariantu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Anuluj wczytywanie</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Otwórz…</translation>
        </message>
        <message>
            <source>Open variants</source>
            <translation>Otwórz warianty</translation>
        </message>
        <message>
            <source>Variant files (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;All files (*)</source>
            <translation>Pliki wariantów (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Otwórz o&amp;statnie</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <source>&amp;Copy Rows</source>
            <translation>&amp;Kopiuj wiersze</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Zaznacz &amp;wszystko</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>P&amp;rzypadek</translation>
        </message>
        <message>
            <source>&amp;Load Report…</source>
            <translation>&amp;Wczytaj raport…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Narzędzia</translation>
        </message>
        <message>
            <source>&amp;Quality Control…</source>
            <translation>&amp;Kontrola jakości…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>&amp;About GenomeDesk</source>
            <translation>&amp;O programie GenomeDesk</translation>
        </message>
        <message>
            <source>A file is already loading.</source>
            <translation>Plik jest już wczytywany.</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Wczytywanie %1…</translation>
        </message>
        <message>
            <source>Loading cancelled.</source>
            <translation>Wczytywanie anulowane.</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Nie można otworzyć pliku</translation>
        </message>
        <message>
            <source>%1 — GenomeDesk</source>
            <translation>%1 — GenomeDesk</translation>
        </message>
        <message>
            <source>Open a VCF or BCF file (File → Open, or drop it here).</source>
            <translation>Otwórz plik VCF lub BCF (Plik → Otwórz albo upuść go tutaj).</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n variant(s) shown</source>
            <translation>
                <numerusform>Wyświetlono %1 z %n wariantu</numerusform>
                <numerusform>Wyświetlono %1 z %n wariantów</numerusform>
                <numerusform>Wyświetlono %1 z %n wariantów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sample(s)</source>
            <translation>
                <numerusform>%n próbka</numerusform>
                <numerusform>%n próbki</numerusform>
                <numerusform>%n próbek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n pominięty</numerusform>
                <numerusform>%n pominięte</numerusform>
                <numerusform>%n pominiętych</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Raport zapisano w %1</translation>
        </message>
        <message>
            <source>Cannot write report</source>
            <translation>Nie można zapisać raportu</translation>
        </message>
        <message>
            <source>Load report</source>
            <translation>Wczytaj raport</translation>
        </message>
        <message>
            <source>About GenomeDesk</source>
            <translation>O programie GenomeDesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Clinical genomics case review with federated European allele frequencies.&lt;/p&gt;</source>
            <translation>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Przegląd przypadków z zakresu genomiki klinicznej z wykorzystaniem sfederowanych europejskich częstości alleli.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Write Report…</source>
            <translation>&amp;Generuj raport…</translation>
        </message>
        <message>
            <source>Patient &amp;Consent…</source>
            <translation>&amp;Zgoda pacjenta…</translation>
        </message>
        <message>
            <source>&amp;Indication Genes…</source>
            <translation>&amp;Geny objęte wskazaniem…</translation>
        </message>
        <message>
            <source>&amp;Frequency Caches…</source>
            <translation>&amp;Pamięci podręczne częstości…</translation>
        </message>
        <message>
            <source>%1: %2 primary, %3 secondary, %4 to review</source>
            <translation>%1: wyniki pierwotne %2, wtórne %3, do weryfikacji %4</translation>
        </message>
        <message>
            <source>The policy cannot be applied: %1</source>
            <translation>Nie można zastosować polityki: %1</translation>
        </message>
        <message>
            <source>Patient consent</source>
            <translation>Zgoda pacjenta</translation>
        </message>
        <message>
            <source>Which secondary findings does the patient wish to receive under %1?</source>
            <translation>Jakie wyniki wtórne pacjent chce otrzymać zgodnie z %1?</translation>
        </message>
        <message>
            <source>Not recorded (reported: the policy is opt-out)</source>
            <translation>Nie zarejestrowano (zgłaszane: polityka typu opt-out)</translation>
        </message>
        <message>
            <source>Not recorded (not reported: the policy is opt-in)</source>
            <translation>Nie zarejestrowano (niezgłaszane: polityka typu opt-in)</translation>
        </message>
        <message>
            <source>Wishes to be informed</source>
            <translation>Chce otrzymać informację</translation>
        </message>
        <message>
            <source>Does not wish to be informed</source>
            <translation>Nie chce otrzymać informacji</translation>
        </message>
        <message>
            <source>The patient is a minor</source>
            <translation>Pacjent jest niepełnoletni</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Osoba rejestrująca</translation>
        </message>
        <message>
            <source>Indication genes</source>
            <translation>Geny objęte wskazaniem</translation>
        </message>
        <message>
            <source>HGNC symbols separated by spaces, commas or lines</source>
            <translation>Symbole HGNC oddzielone spacjami, przecinkami lub znakami nowego wiersza</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Wskazanie</translation>
        </message>
        <message>
            <source>Genes</source>
            <translation>Geny</translation>
        </message>
        <message>
            <source>Frequency caches</source>
            <translation>Pamięci podręczne częstości</translation>
        </message>
        <message>
            <source>Frequency caches (*.gdfreq)</source>
            <translation>Pamięci podręczne częstości (*.gdfreq)</translation>
        </message>
        <message>
            <source>Write report</source>
            <translation>Generuj raport</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Język raportu</translation>
        </message>
        <message>
            <source>Also HTML</source>
            <translation>Również HTML</translation>
        </message>
        <message>
            <source>Also FHIR Genomics Reporting (JSON)</source>
            <translation>Również FHIR Genomics Reporting (JSON)</translation>
        </message>
        <message>
            <source>Also GA4GH Phenopacket (JSON)</source>
            <translation>Również GA4GH Phenopacket (JSON)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Generowanie raportu…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <source>System Default</source>
            <translation>Domyślny systemowy</translation>
        </message>
        <message>
            <source>System settings</source>
            <translation>Ustawienia systemowe</translation>
        </message>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>Przypadek nie został jeszcze oceniony.</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>&amp;Podgląd…</translation>
        </message>
        <message>
            <source>Shows the report as it will be printed, in the chosen language</source>
            <translation>Pokazuje raport tak, jak zostanie wydrukowany, w wybranym języku</translation>
        </message>
        <message>
            <source>(computed when the report is written)</source>
            <translation>(obliczane przy tworzeniu raportu)</translation>
        </message>
        <message>
            <source>Case %1: its variant file %2 is not on this computer.</source>
            <translation>Przypadek %1: jego plik wariantów %2 nie znajduje się na tym komputerze.</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>nie można utworzyć folderu %1</translation>
        </message>
        <message>
            <source>cannot save the screenshot %1</source>
            <translation>nie można zapisać zrzutu ekranu %1</translation>
        </message>
        <message>
            <source>the file has changed since the case was created: its SHA-256 is %1, the case recorded %2</source>
            <translation>plik zmienił się od utworzenia przypadku: jego SHA-256 to %1, a w przypadku zapisano %2</translation>
        </message>
        <message>
            <source>Data sources of the open case</source>
            <translation>Źródła danych otwartego przypadku</translation>
        </message>
        <message>
            <source>Policy %1 %2 (checksum %3)</source>
            <translation>Polityka %1 %2 (suma kontrolna %3)</translation>
        </message>
        <message>
            <source>No case is evaluated yet.</source>
            <translation>Żaden przypadek nie został jeszcze oceniony.</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Biblioteki</translation>
        </message>
        <message>
            <source>Frequency &amp;Nodes…</source>
            <translation>&amp;Węzły częstości…</translation>
        </message>
        <message>
            <source>S&amp;ync Frequencies…</source>
            <translation>&amp;Synchronizuj częstości…</translation>
        </message>
        <message>
            <source>the report preview could not be rendered: %1</source>
            <translation>nie można wygenerować podglądu raportu: %1</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>Filtrowanie…</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>Sortowanie…</translation>
        </message>
        <message>
            <source>Table &amp;Columns</source>
            <translation>&amp;Kolumny tabeli</translation>
        </message>
        <message>
            <source>Cancel filtering</source>
            <translation>Anuluj filtrowanie</translation>
        </message>
        <message>
            <source>Cancel sorting</source>
            <translation>Anuluj sortowanie</translation>
        </message>
        <message>
            <source>Cancel filtering (Esc)</source>
            <translation>Anuluj filtrowanie (Esc)</translation>
        </message>
        <message>
            <source>Cancel sorting (Esc)</source>
            <translation>Anuluj sortowanie (Esc)</translation>
        </message>
        <message>
            <source>Filtering cancelled: the table and the filter panel show the previous filter.</source>
            <translation>Filtrowanie anulowane: tabela i panel filtrów pokazują poprzedni filtr.</translation>
        </message>
        <message>
            <source>Sorting cancelled: the table keeps its previous order.</source>
            <translation>Sortowanie anulowane: tabela zachowuje poprzednią kolejność.</translation>
        </message>
        <message>
            <source>Genotype (each sample)</source>
            <translation>Genotyp (każda próbka)</translation>
        </message>
        <message>
            <source>DP — read depth (each sample)</source>
            <translation>DP — głębokość odczytu (każda próbka)</translation>
        </message>
        <message>
            <source>GQ — genotype quality (each sample)</source>
            <translation>GQ — jakość genotypu (każda próbka)</translation>
        </message>
        <message>
            <source>AB — allele balance (each sample)</source>
            <translation>AB — balans alleli (każda próbka)</translation>
        </message>
        <message>
            <source>PL — genotype likelihoods (each sample)</source>
            <translation>PL — wiarygodności genotypów (każda próbka)</translation>
        </message>
        <message>
            <source>The open file has no FORMAT/PL.</source>
            <translation>Otwarty plik nie ma FORMAT/PL.</translation>
        </message>
    </context>
    <context>
        <name>Gui::NodesDialog</name>
        <message>
            <source>Frequency Nodes</source>
            <translation>Węzły częstości</translation>
        </message>
        <message>
            <source>The node list is locked by your IT department: its nodes are shown read-only and no node can be added.</source>
            <translation>Lista węzłów jest zablokowana przez dział IT: węzły są wyświetlane tylko do odczytu i nie można dodać żadnego węzła.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Dodaj</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>1-64 letters, digits, '.', '_' or '-'; the cache source is beacon:&lt;name&gt;</source>
            <translation>1-64 litery, cyfry, '.', '_' lub '-'; źródło w pamięci podręcznej to beacon:&lt;nazwa&gt;</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nazwa:</translation>
        </message>
        <message>
            <source>Base &amp;URL:</source>
            <translation>&amp;Bazowy adres URL:</translation>
        </message>
        <message>
            <source>Beacon v2 specification ({base}/g_variants)</source>
            <translation>Specyfikacja Beacon v2 ({base}/g_variants)</translation>
        </message>
        <message>
            <source>GDI aggregated ({base}/beacon/aggregated/v2/g_variants)</source>
            <translation>GDI zagregowany ({base}/beacon/aggregated/v2/g_variants)</translation>
        </message>
        <message>
            <source>Endpoint &amp;style:</source>
            <translation>&amp;Styl punktu końcowego:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Brak</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Token Bearer</translation>
        </message>
        <message>
            <source>Basic (user and password)</source>
            <translation>Basic (użytkownik i hasło)</translation>
        </message>
        <message>
            <source>&amp;Authentication:</source>
            <translation>Uwie&amp;rzytelnianie:</translation>
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation>Użytk&amp;ownik:</translation>
        </message>
        <message>
            <source>Stored in its own file readable only by you, never in the settings</source>
            <translation>Przechowywane w osobnym pliku czytelnym tylko dla Ciebie, nigdy w ustawieniach</translation>
        </message>
        <message>
            <source>&amp;Token or password:</source>
            <translation>&amp;Token lub hasło:</translation>
        </message>
        <message>
            <source>0-based (specification: start = POS - 1)</source>
            <translation>Numeracja od 0 (specyfikacja: start = POS - 1)</translation>
        </message>
        <message>
            <source>1-based (start = POS)</source>
            <translation>Numeracja od 1 (start = POS)</translation>
        </message>
        <message>
            <source>&amp;Coordinates:</source>
            <translation>&amp;Współrzędne:</translation>
        </message>
        <message>
            <source>System certificate authorities</source>
            <translation>Systemowe urzędy certyfikacji</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Przeglądaj…</translation>
        </message>
        <message>
            <source>CA &amp;bundle (PEM):</source>
            <translation>Pakiet &amp;CA (PEM):</translation>
        </message>
        <message>
            <source>SHA-256 (hex) of the node's certificate or of its public key; only a matching certificate is accepted</source>
            <translation>SHA-256 (szesnastkowo) certyfikatu węzła lub jego klucza publicznego; akceptowany jest tylko pasujący certyfikat</translation>
        </message>
        <message>
            <source>&amp;Pinned SHA-256:</source>
            <translation>Przypięty S&amp;HA-256:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <source>always fetch again</source>
            <translation>zawsze pobieraj ponownie</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>&amp;Maksymalny wiek:</translation>
        </message>
        <message>
            <source>Ask for padded regions, not exact variants</source>
            <translation>Odpytuj regiony z marginesem zamiast dokładnych wariantów</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>T&amp;estuj połączenie</translation>
        </message>
        <message>
            <source>CA Bundle</source>
            <translation>Pakiet CA</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt)</source>
            <translation>Certyfikaty PEM (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>Nie można odczytać listy węzłów: %1</translation>
        </message>
        <message>
            <source>%1 (locked by IT)</source>
            <translation>%1 (zablokowany przez IT)</translation>
        </message>
        <message>
            <source>stored — type to replace</source>
            <translation>zapisano — wpisz, aby zastąpić</translation>
        </message>
        <message>
            <source>The name must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>Nazwa musi mieć od 1 do 64 znaków: liter, cyfr, '.', '_' lub '-'.</translation>
        </message>
        <message>
            <source>The name "%1" is used twice.</source>
            <translation>Nazwa "%1" występuje dwukrotnie.</translation>
        </message>
        <message>
            <source>The base URL must be an http or https URL.</source>
            <translation>Bazowy adres URL musi być adresem http lub https.</translation>
        </message>
        <message>
            <source>Enter the token or password.</source>
            <translation>Wprowadź token lub hasło.</translation>
        </message>
        <message>
            <source>Enter the user name.</source>
            <translation>Wprowadź nazwę użytkownika.</translation>
        </message>
        <message>
            <source>The pin must be 64 hexadecimal digits (a SHA-256).</source>
            <translation>Przypięta wartość musi mieć 64 cyfry szesnastkowe (SHA-256).</translation>
        </message>
        <message>
            <source>The CA bundle %1 does not exist.</source>
            <translation>Pakiet CA %1 nie istnieje.</translation>
        </message>
        <message>
            <source>Node "%1": %2</source>
            <translation>Węzeł "%1": %2</translation>
        </message>
        <message>
            <source>The node list cannot be saved: %1</source>
            <translation>Nie można zapisać listy węzłów: %1</translation>
        </message>
        <message>
            <source>Testing %1…</source>
            <translation>Testowanie %1…</translation>
        </message>
        <message numerus="yes">
            <source>✔ Connected: the node answered a test query (%n site(s) in 1:1-1000).</source>
            <translation>
                <numerusform>✔ Połączono: węzeł odpowiedział na zapytanie testowe (%n pozycja w 1:1-1000).</numerusform>
                <numerusform>✔ Połączono: węzeł odpowiedział na zapytanie testowe (%n pozycje w 1:1-1000).</numerusform>
                <numerusform>✔ Połączono: węzeł odpowiedział na zapytanie testowe (%n pozycji w 1:1-1000).</numerusform>
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
            <translation>szkic</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>zweryfikowany</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>podpisany</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Przypadek</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Pacjent</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasa</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Kryteria</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Osoba weryfikująca</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Status przypadku</translation>
        </message>
    </context>
    <context>
        <name>Gui::QcDashboard</name>
        <message>
            <source>Quality control — %1</source>
            <translation>Kontrola jakości — %1</translation>
        </message>
        <message>
            <source>X heterozygosity %1: consistent with the sex in the PED file</source>
            <translation>Heterozygotyczność chromosomu X %1: zgodna z płcią w pliku PED</translation>
        </message>
        <message>
            <source>X heterozygosity %1: NOT consistent with the sex in the PED file — check for a sample swap</source>
            <translation>Heterozygotyczność chromosomu X %1: NIEZGODNA z płcią w pliku PED — należy sprawdzić, czy nie doszło do zamiany próbek</translation>
        </message>
        <message>
            <source>Sex check: not enough information (PED sex or X calls outside the PARs missing)</source>
            <translation>Kontrola płci: za mało informacji (brak płci w PED lub wywołań na chromosomie X poza regionami PAR)</translation>
        </message>
        <message>
            <source>%1 variants carried · Ti/Tv %2 · het/hom %3
%4</source>
            <translation>Wariantów obecnych: %1 · Ti/Tv %2 · het/hom %3
%4</translation>
        </message>
        <message>
            <source>Variant types</source>
            <translation>Typy wariantów</translation>
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
            <translation>Złożone</translation>
        </message>
        <message>
            <source>Variants per chromosome</source>
            <translation>Warianty na chromosom</translation>
        </message>
        <message>
            <source>Read depth (DP)</source>
            <translation>Głębokość odczytu (DP)</translation>
        </message>
        <message>
            <source>Genotype quality (GQ)</source>
            <translation>Jakość genotypu (GQ)</translation>
        </message>
        <message>
            <source>Chromosome</source>
            <translation>Chromosom</translation>
        </message>
        <message>
            <source>Insertion</source>
            <translation>Insercja</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Delecja</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Strukturalny</translation>
        </message>
        <message>
            <source>Read depth, bins of 10 from the value shown</source>
            <translation>Głębokość odczytu, przedziały po 10 od pokazanej wartości</translation>
        </message>
        <message>
            <source>Genotype quality, bins of 10 from the value shown</source>
            <translation>Jakość genotypu, przedziały po 10 od pokazanej wartości</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReportPreviewDialog</name>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>Przypadek nie został jeszcze oceniony.</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Podgląd raportu</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Język raportu</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Język raportu</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Poprzednia strona</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Strona</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Następna strona</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>&amp;Strona:</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Powiększenie</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Dopasuj do szerokości</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Cała strona</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>&amp;Zoom:</source>
            <translation>&amp;Powiększenie:</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Raport</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Stop rendering the report; the page shown stays</source>
            <translation>Zatrzymuje generowanie raportu; wyświetlana strona pozostaje</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Zapisz PDF…</translation>
        </message>
        <message>
            <source>S&amp;ign…</source>
            <translation>Po&amp;dpisz…</translation>
        </message>
        <message>
            <source>Rendering the report…</source>
            <translation>Generowanie raportu…</translation>
        </message>
        <message>
            <source>Rendering was cancelled.</source>
            <translation>Generowanie zostało anulowane.</translation>
        </message>
        <message>
            <source>Rendering was cancelled; the previous rendering is shown.</source>
            <translation>Generowanie zostało anulowane; wyświetlana jest poprzednia wersja.</translation>
        </message>
        <message>
            <source>The report cannot be rendered: %1</source>
            <translation>Nie można wygenerować raportu: %1</translation>
        </message>
        <message>
            <source>The rendered report cannot be shown (error %1).</source>
            <translation>Nie można wyświetlić wygenerowanego raportu (błąd %1).</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), %1.</source>
            <translation>
                <numerusform>%n strona, %1.</numerusform>
                <numerusform>%n strony, %1.</numerusform>
                <numerusform>%n stron, %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>z %1</translation>
        </message>
        <message>
            <source>Sign case %1 (your password is asked again)</source>
            <translation>Podpisz przypadek %1 (konieczne będzie ponowne podanie hasła)</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign, once a case of the case database is picked and marked reviewed.</source>
            <translation>Tylko genetyk kliniczny może podpisać, po wybraniu przypadku z bazy danych przypadków i oznaczeniu go jako zweryfikowany.</translation>
        </message>
        <message>
            <source>There is no rendered report to save.</source>
            <translation>Brak wygenerowanego raportu do zapisania.</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Zapisz PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Zapisano w %1.</translation>
        </message>
        <message>
            <source>The report preview was cancelled.</source>
            <translation>Podgląd raportu został anulowany.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewDialog</name>
        <message>
            <source>Classify Variant %1</source>
            <translation>Klasyfikacja wariantu %1</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>By rules (Richards 2015):</source>
            <translation>Według zasad (Richards 2015):</translation>
        </message>
        <message>
            <source>By points (Tavtigian):</source>
            <translation>Według punktacji (Tavtigian):</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Podsumowanie:</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasyfikacja</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>C&amp;lass:</source>
            <translation>K&amp;lasa:</translation>
        </message>
        <message>
            <source>Why this class; what else was considered</source>
            <translation>Dlaczego ta klasa; jakie inne rozważano</translation>
        </message>
        <message>
            <source>Co&amp;mment:</source>
            <translation>Ko&amp;mentarz:</translation>
        </message>
        <message>
            <source>Prior classifications of this variant in other cases</source>
            <translation>Wcześniejsze klasyfikacje tego wariantu w innych przypadkach</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>Kryteria ACMG/AMP</translation>
        </message>
        <message>
            <source>PP5 and BP6 (reputable source) are not used, following ClinGen SVI.</source>
            <translation>PP5 i BP6 (wiarygodne źródło) nie są stosowane, zgodnie z ClinGen SVI.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kryterium</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Siła</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dowody</translation>
        </message>
        <message>
            <source>Pathogenic evidence</source>
            <translation>Dowody patogenności</translation>
        </message>
        <message>
            <source>Benign evidence</source>
            <translation>Dowody łagodności</translation>
        </message>
        <message>
            <source>Evidence for pathogenicity</source>
            <translation>Dowody za patogennością</translation>
        </message>
        <message>
            <source>Evidence for benignity</source>
            <translation>Dowody za łagodnym charakterem</translation>
        </message>
        <message>
            <source>Strength of %1</source>
            <translation>Siła %1</translation>
        </message>
        <message>
            <source>default (%1)</source>
            <translation>domyślna (%1)</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <translation>Dowody dla %1</translation>
        </message>
        <message>
            <source>Suggestions from the data</source>
            <translation>Sugestie na podstawie danych</translation>
        </message>
        <message>
            <source>No criterion can be suggested from the data.</source>
            <translation>Na podstawie danych nie można zasugerować żadnego kryterium.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Akceptuj</translation>
        </message>
        <message>
            <source>Accept %1</source>
            <translation>Akceptuj %1</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Odrzuć</translation>
        </message>
        <message>
            <source>Reject %1</source>
            <translation>Odrzuć %1</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>Nieprawidłowe: %1</translation>
        </message>
        <message>
            <source>No criterion applied</source>
            <translation>Nie zastosowano żadnego kryterium</translation>
        </message>
        <message>
            <source>0 points</source>
            <translation>0 punktów</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (BA1 stand-alone)</source>
            <translation>%1 (BA1 samodzielne)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2 point(s))</source>
            <translation>
                <numerusform>%1 (%2 punkt)</numerusform>
                <numerusform>%1 (%2 punkty)</numerusform>
                <numerusform>%1 (%2 punktów)</numerusform>
            </translation>
        </message>
        <message>
            <source>pending</source>
            <translation>oczekuje</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>zaakceptowano</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>odrzucono</translation>
        </message>
        <message>
            <source>Why the suggestion does not apply (required)</source>
            <translation>Dlaczego sugestia nie ma zastosowania (wymagane)</translation>
        </message>
        <message>
            <source>Reason for rejecting %1</source>
            <translation>Powód odrzucenia %1</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Powód:</translation>
        </message>
        <message>
            <source>A rejected suggestion needs a reason: say why it does not apply to this variant.</source>
            <translation>Odrzucona sugestia wymaga uzasadnienia: należy podać, dlaczego nie ma zastosowania do tego wariantu.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewWorkflow</name>
        <message>
            <source>&amp;Open Case Database…</source>
            <translation>&amp;Otwórz bazę danych przypadków…</translation>
        </message>
        <message>
            <source>Classify &amp;Variant…</source>
            <translation>Klasyfikuj w&amp;ariant…</translation>
        </message>
        <message>
            <source>Mark &amp;Reviewed</source>
            <translation>Oznacz jako &amp;zweryfikowany</translation>
        </message>
        <message>
            <source>&amp;Sign Case…</source>
            <translation>&amp;Podpisz przypadek…</translation>
        </message>
        <message>
            <source>Case &amp;List</source>
            <translation>&amp;Lista przypadków</translation>
        </message>
        <message>
            <source>&amp;Audit Log…</source>
            <translation>&amp;Dziennik audytu…</translation>
        </message>
        <message>
            <source>Logged in to %1 as %2 (%3).</source>
            <translation>Zalogowano do %1 jako %2 (%3).</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Przypadki</translation>
        </message>
        <message numerus="yes">
            <source>Case %1: %n review(s).</source>
            <translation>
                <numerusform>Przypadek %1: %n weryfikacja.</numerusform>
                <numerusform>Przypadek %1: %n weryfikacje.</numerusform>
                <numerusform>Przypadek %1: %n weryfikacji.</numerusform>
            </translation>
        </message>
        <message>
            <source>Case %1 (%2)</source>
            <translation>Przypadek %1 (%2)</translation>
        </message>
        <message>
            <source>Pick a case in the case list first.</source>
            <translation>Najpierw należy wybrać przypadek z listy przypadków.</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign a case.</source>
            <translation>Tylko genetyk kliniczny może podpisać przypadek.</translation>
        </message>
        <message>
            <source>Classify Variant</source>
            <translation>Klasyfikacja wariantu</translation>
        </message>
        <message>
            <source>Open a case database and pick a case in the case list first.</source>
            <translation>Najpierw należy otworzyć bazę danych przypadków i wybrać przypadek z listy przypadków.</translation>
        </message>
        <message>
            <source>Select a variant of the evaluated case in the variant table first.</source>
            <translation>Najpierw należy wybrać wariant ocenianego przypadku w tabeli wariantów.</translation>
        </message>
        <message>
            <source>The proband does not carry the selected variant.</source>
            <translation>Probant nie jest nosicielem wybranego wariantu.</translation>
        </message>
        <message>
            <source>Change a Signed Case</source>
            <translation>Zmiana podpisanego przypadku</translation>
        </message>
        <message>
            <source>Case %1 is signed. Why does its report change?</source>
            <translation>Przypadek %1 jest podpisany. Dlaczego jego raport się zmienia?</translation>
        </message>
        <message>
            <source>%1 classified as %2 in case %3.</source>
            <translation>%1 sklasyfikowano jako %2 w przypadku %3.</translation>
        </message>
        <message>
            <source>Mark Reviewed</source>
            <translation>Oznacz jako zweryfikowany</translation>
        </message>
        <message>
            <source>Case %1 marked reviewed.</source>
            <translation>Przypadek %1 oznaczono jako zweryfikowany.</translation>
        </message>
        <message>
            <source>Sign case %1</source>
            <translation>Podpisz przypadek %1</translation>
        </message>
        <message>
            <source>Sign Case</source>
            <translation>Podpisz przypadek</translation>
        </message>
        <message>
            <source>Case %1 signed: report version %2.</source>
            <translation>Przypadek %1 podpisany: wersja raportu %2.</translation>
        </message>
        <message>
            <source>Audit Log</source>
            <translation>Dziennik audytu</translation>
        </message>
    </context>
    <context>
        <name>Gui::SyncDialog</name>
        <message>
            <source>Sync Frequencies</source>
            <translation>Synchronizacja częstości</translation>
        </message>
        <message>
            <source>The frequency cache (.gdfreq) the nodes' answers are written to; created when missing</source>
            <translation>Pamięć podręczna częstości (.gdfreq), do której zapisywane są odpowiedzi węzłów; tworzona, jeśli nie istnieje</translation>
        </message>
        <message>
            <source>&amp;Cache:</source>
            <translation>&amp;Pamięć podręczna:</translation>
        </message>
        <message numerus="yes">
            <source>The open case's %n variant(s), padded to regions by each node; plus any regions below.</source>
            <translation>
                <numerusform>%n wariant otwartego przypadku, rozszerzony przez każdy węzeł do regionu; oraz regiony podane poniżej.</numerusform>
                <numerusform>%n warianty otwartego przypadku, rozszerzone przez każdy węzeł do regionów; oraz regiony podane poniżej.</numerusform>
                <numerusform>%n wariantów otwartego przypadku, rozszerzonych przez każdy węzeł do regionów; oraz regiony podane poniżej.</numerusform>
            </translation>
        </message>
        <message>
            <source>No case is open: give regions.</source>
            <translation>Brak otwartego przypadku: podaj regiony.</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Zakres:</translation>
        </message>
        <message>
            <source>chr17:43040001-43050000, 13:32315000-32400000</source>
            <translation>chr17:43040001-43050000, 13:32315000-32400000</translation>
        </message>
        <message>
            <source>&amp;Regions:</source>
            <translation>&amp;Regiony:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <source>each node's setting</source>
            <translation>ustawienie każdego węzła</translation>
        </message>
        <message>
            <source>Regions fetched more recently than this are not asked for again (0: fetch everything)</source>
            <translation>Regiony pobrane w tym okresie nie są odpytywane ponownie (0: pobierz wszystko)</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>&amp;Maksymalny wiek:</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Węzły</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>oczekiwanie</translation>
        </message>
        <message>
            <source>No node is configured (Tools ▸ Frequency Nodes…).</source>
            <translation>Nie skonfigurowano żadnego węzła (Narzędzia ▸ Węzły częstości…).</translation>
        </message>
        <message>
            <source>Every request sent (URL and body, never tokens) appears here.</source>
            <translation>Tutaj pojawia się każde wysłane żądanie (URL i treść, nigdy tokeny).</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Ca&amp;ncel Sync</source>
            <translation>A&amp;nuluj synchronizację</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>Nie można odczytać listy węzłów: %1</translation>
        </message>
        <message>
            <source>Choose the frequency cache to write to.</source>
            <translation>Wybierz pamięć podręczną częstości, do której mają zostać zapisane dane.</translation>
        </message>
        <message>
            <source>Region "%1": %2</source>
            <translation>Region "%1": %2</translation>
        </message>
        <message>
            <source>No case is open: give at least one region.</source>
            <translation>Brak otwartego przypadku: podaj co najmniej jeden region.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronizowanie…</translation>
        </message>
        <message>
            <source>asking…</source>
            <translation>odpytywanie…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Anulowanie…</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>niepowodzenie: %1</translation>
        </message>
        <message numerus="yes">
            <source>up to date (fetched within %n day(s))</source>
            <translation>
                <numerusform>aktualne (pobrane w ciągu %n dnia)</numerusform>
                <numerusform>aktualne (pobrane w ciągu %n dni)</numerusform>
                <numerusform>aktualne (pobrane w ciągu %n dni)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) cached</source>
            <translation>
                <numerusform>%n pozycja zapisana w pamięci podręcznej</numerusform>
                <numerusform>%n pozycje zapisane w pamięci podręcznej</numerusform>
                <numerusform>%n pozycji zapisanych w pamięci podręcznej</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The sync did not run:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Synchronizacja nie została wykonana:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nie rozpoczęto</translation>
        </message>
        <message>
            <source>FAILED: %1</source>
            <translation>NIEPOWODZENIE: %1</translation>
        </message>
        <message>
            <source>up to date, no request sent</source>
            <translation>aktualne, nie wysłano żądania</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n request(s) answered</source>
            <translation>
                <numerusform>Odpowiedź na %1 z %n zapytania</numerusform>
                <numerusform>Odpowiedź na %1 z %n zapytań</numerusform>
                <numerusform>Odpowiedź na %1 z %n zapytań</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from %2, %3</source>
            <extracomment>%1 "12 sites cached", %2 "3 variants", %3 "4 requests"</extracomment>
            <translation>%1 z %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s)</source>
            <translation>
                <numerusform>%n wariantu</numerusform>
                <numerusform>%n wariantów</numerusform>
                <numerusform>%n wariantów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n zapytanie</numerusform>
                <numerusform>%n zapytania</numerusform>
                <numerusform>%n zapytań</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;%1; %2 failed.&lt;/p&gt;</source>
            <extracomment>%1 "12 sites cached", %2 "0 of 2 nodes"</extracomment>
            <translation>&lt;p&gt;%1; błąd: %2.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n node(s)</source>
            <translation>
                <numerusform>%1 z %n węzła</numerusform>
                <numerusform>%1 z %n węzłów</numerusform>
                <numerusform>%1 z %n węzłów</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::VariantTableModel</name>
        <message>
            <source>%1 (phased)</source>
            <translation>%1 (z fazą)</translation>
        </message>
        <message>
            <source>%1 genotype</source>
            <translation>Genotyp %1</translation>
        </message>
        <message>
            <source>%1 DP</source>
            <translation>DP %1</translation>
        </message>
        <message>
            <source>%1 GQ</source>
            <translation>GQ %1</translation>
        </message>
        <message>
            <source>%1 AB</source>
            <translation>AB %1</translation>
        </message>
        <message>
            <source>Chromosome</source>
            <translation>Chromosom</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Pozycja</translation>
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
            <translation>Skutek</translation>
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
            <translation>Filtr</translation>
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
            <translation>Wariant ClinVar %1</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>nieobecny</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decyzja</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasyfikacja</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>Max. pop. AF</source>
            <translation>Maks. AF pop.</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Wiarygodności genotypów w skali Phred (FORMAT/PL) dla 0/0, 0/1 i 1/1 tego allelu ALT (0 i 1 dla wywołania haploidalnego)</translation>
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
            <translation>Udostępnia pamięć podręczną częstości jako zagregowany węzeł Beacon v2.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq).</source>
            <translation>Pamięć podręczna częstości (.gdfreq).</translation>
        </message>
        <message>
            <source>TCP port (0: any free port).</source>
            <translation>Port TCP (0: dowolny wolny port).</translation>
        </message>
        <message>
            <source>Address to listen on (default: all).</source>
            <translation>Adres nasłuchiwania (domyślnie: wszystkie).</translation>
        </message>
        <message>
            <source>PEM certificate for HTTPS.</source>
            <translation>Certyfikat PEM dla HTTPS.</translation>
        </message>
        <message>
            <source>PEM private key for HTTPS.</source>
            <translation>Klucz prywatny PEM dla HTTPS.</translation>
        </message>
        <message>
            <source>File holding the Bearer token that clients must send.</source>
            <translation>Plik z tokenem Bearer, który klienci muszą wysyłać.</translation>
        </message>
        <message>
            <source>Beacon id (reverse domain name).</source>
            <translation>Identyfikator Beacon (odwrócona nazwa domeny).</translation>
        </message>
        <message>
            <source>Largest accepted request body.</source>
            <translation>Największa akceptowana treść żądania.</translation>
        </message>
        <message>
            <source>Public root URL of the node, as shown in /map.</source>
            <translation>Publiczny główny adres URL węzła, jak pokazano w /map.</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's headers (default: 10).</source>
            <translation>Liczba sekund, w ciągu których klient musi wysłać nagłówki żądania (domyślnie: 10).</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's body after its headers (default: 30).</source>
            <translation>Liczba sekund, w ciągu których klient musi wysłać treść żądania po nagłówkach (domyślnie: 30).</translation>
        </message>
        <message>
            <source>Seconds an idle kept-alive connection stays open (default: 15).</source>
            <translation>Liczba sekund, przez które bezczynne połączenie keep-alive pozostaje otwarte (domyślnie: 15).</translation>
        </message>
        <message>
            <source>Open connections allowed from one address (default: 32).</source>
            <translation>Dozwolone otwarte połączenia z jednego adresu (domyślnie: 32).</translation>
        </message>
        <message>
            <source>Open connections allowed in total (default: 512).</source>
            <translation>Dozwolone otwarte połączenia łącznie (domyślnie: 512).</translation>
        </message>
        <message>
            <source>Requests per second allowed from one address, sustained (default: 20; 0: no limit).</source>
            <translation>Dozwolone żądania na sekundę z jednego adresu, w sposób ciągły (domyślnie: 20; 0: bez limitu).</translation>
        </message>
        <message>
            <source>Requests one address may send at once (default: 40).</source>
            <translation>Żądania, które jeden adres może wysłać naraz (domyślnie: 40).</translation>
        </message>
        <message>
            <source>Testing: delay every answer.</source>
            <translation>Testy: opóźniaj każdą odpowiedź.</translation>
        </message>
        <message>
            <source>Testing: http-500 or broken-json.</source>
            <translation>Testy: http-500 lub broken-json.</translation>
        </message>
        <message>
            <source>--cache and --port are required.</source>
            <translation>--cache i --port są wymagane.</translation>
        </message>
        <message>
            <source>invalid port: %1</source>
            <translation>nieprawidłowy port: %1</translation>
        </message>
        <message>
            <source>--tls-cert and --tls-key go together.</source>
            <translation>--tls-cert i --tls-key muszą być podane razem.</translation>
        </message>
        <message>
            <source>invalid --max-request-bytes</source>
            <translation>nieprawidłowe --max-request-bytes</translation>
        </message>
        <message>
            <source>invalid --header-timeout</source>
            <translation>nieprawidłowe --header-timeout</translation>
        </message>
        <message>
            <source>invalid --body-timeout</source>
            <translation>nieprawidłowe --body-timeout</translation>
        </message>
        <message>
            <source>invalid --idle-timeout</source>
            <translation>nieprawidłowe --idle-timeout</translation>
        </message>
        <message>
            <source>invalid --max-connections-per-client</source>
            <translation>nieprawidłowe --max-connections-per-client</translation>
        </message>
        <message>
            <source>invalid --max-connections</source>
            <translation>nieprawidłowe --max-connections</translation>
        </message>
        <message>
            <source>invalid --rate-burst</source>
            <translation>nieprawidłowe --rate-burst</translation>
        </message>
        <message>
            <source>invalid --rate-limit</source>
            <translation>nieprawidłowe --rate-limit</translation>
        </message>
        <message>
            <source>%1: cannot read the token file</source>
            <translation>%1: nie można odczytać pliku tokenu</translation>
        </message>
        <message>
            <source>%1: the token file is empty</source>
            <translation>%1: plik tokenu jest pusty</translation>
        </message>
        <message>
            <source>unknown fault: %1</source>
            <translation>nieznana usterka: %1</translation>
        </message>
        <message>
            <source>%1: cannot read the certificate</source>
            <translation>%1: nie można odczytać certyfikatu</translation>
        </message>
        <message>
            <source>%1: cannot read the key</source>
            <translation>%1: nie można odczytać klucza</translation>
        </message>
        <message>
            <source>%1: not a PEM certificate</source>
            <translation>%1: to nie jest certyfikat PEM</translation>
        </message>
        <message>
            <source>%1: not a PEM RSA or EC private key</source>
            <translation>%1: to nie jest klucz prywatny PEM RSA ani EC</translation>
        </message>
        <message>
            <source>cannot listen on port %1</source>
            <translation>nie można nasłuchiwać na porcie %1</translation>
        </message>
    </context>
</TS>
