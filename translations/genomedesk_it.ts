<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Imports a sites VCF/BCF (gnomAD naming, or a field map) into a frequency cache as one source; a source of the same name is replaced when the import completes.</source>
            <translation>Importa un VCF/BCF di siti (nomenclatura gnomAD, o una mappa dei campi) in una cache delle frequenze come una fonte; una fonte con lo stesso nome viene sostituita al termine dell'importazione.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq); created when missing.</source>
            <translation>Il file di cache (.gdfreq); creato se manca.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>The sites VCF/BCF.</source>
            <translation>Il VCF/BCF di siti.</translation>
        </message>
        <message>
            <source>Source name, also the prefix of annotation keys (gnomad).</source>
            <translation>Nome della fonte, anche prefisso delle chiavi di annotazione (gnomad).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nome</translation>
        </message>
        <message>
            <source>Source version (4.1).</source>
            <translation>Versione della fonte (4.1).</translation>
        </message>
        <message>
            <source>version</source>
            <translation>versione</translation>
        </message>
        <message>
            <source>Populations to import besides the whole source, comma-separated (afr,nfe); default: every gnomAD group in the header.</source>
            <translation>Popolazioni da importare oltre all'intera fonte, separate da virgole (afr,nfe); predefinito: ogni gruppo gnomAD nell'intestazione.</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>etichette</translation>
        </message>
        <message>
            <source>Tab-separated lines: metric, population, INFO key [, type]; or: population, label, description [, sample count].</source>
            <translation>Righe separate da tabulazioni: metrica, popolazione, chiave INFO [, tipo]; oppure: popolazione, etichetta, descrizione [, numero di campioni].</translation>
        </message>
        <message>
            <source>Licence of the data (CC0-1.0).</source>
            <translation>Licenza dei dati (CC0-1.0).</translation>
        </message>
        <message>
            <source>text</source>
            <translation>testo</translation>
        </message>
        <message>
            <source>Where the data came from (URL); default: the file name.</source>
            <translation>Provenienza dei dati (URL); predefinito: il nome del file.</translation>
        </message>
        <message>
            <source>GRCh37 or GRCh38, when the header does not tell.</source>
            <translation>GRCh37 o GRCh38, se l'intestazione non lo indica.</translation>
        </message>
        <message>
            <source>build</source>
            <translation>build</translation>
        </message>
        <message>
            <source>When the data was obtained (ISO 8601); default: the file's time.</source>
            <translation>Quando i dati sono stati ottenuti (ISO 8601); predefinito: la data del file.</translation>
        </message>
        <message>
            <source>date</source>
            <translation>data</translation>
        </message>
        <message>
            <source>Print progress to stderr.</source>
            <translation>Mostra l'avanzamento su stderr.</translation>
        </message>
        <message>
            <source>cache import: unexpected argument %1</source>
            <translation>cache import: argomento imprevisto %1</translation>
        </message>
        <message>
            <source>cache import: --%1 is required</source>
            <translation>cache import: --%1 è obbligatorio</translation>
        </message>
        <message>
            <source>cache import: give --populations or --field-map, not both</source>
            <translation>cache import: indicare --populations o --field-map, non entrambi</translation>
        </message>
        <message>
            <source>cache import: --build must be GRCh37 or GRCh38</source>
            <translation>cache import: --build deve essere GRCh37 o GRCh38</translation>
        </message>
        <message>
            <source>cache import: --retrieved is not an ISO 8601 date</source>
            <translation>cache import: --retrieved non è una data ISO 8601</translation>
        </message>
        <message>
            <source>importing: %1%</source>
            <translation>importazione: %1%</translation>
        </message>
        <message>
            <source>%1 %2: %3 records, %4 sites, %5 fields, %6 populations</source>
            <translation>%1 %2: %3 record, %4 siti, %5 campi, %6 popolazioni</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>avviso: %1</translation>
        </message>
        <message>
            <source>Prints the sources, populations, sites, size and build of a frequency cache.</source>
            <translation>Mostra le fonti, le popolazioni, i siti, la dimensione e la build di una cache delle frequenze.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq).</source>
            <translation>Il file di cache (.gdfreq).</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Stampa in JSON.</translation>
        </message>
        <message>
            <source>cache info: --cache is required</source>
            <translation>cache info: --cache è obbligatorio</translation>
        </message>
        <message>
            <source>%1: frequency cache format %2, build %3, %4 bytes</source>
            <translation>%1: cache delle frequenze formato %2, build %3, %4 byte</translation>
        </message>
        <message>
            <source>no sources</source>
            <translation>nessuna fonte</translation>
        </message>
        <message>
            <source>source %1 %2 (%3, %4), licence: %5</source>
            <translation>fonte %1 %2 (%3, %4), licenza: %5</translation>
        </message>
        <message>
            <source>  retrieved %1, imported %2</source>
            <translation>  recuperata il %1, importata il %2</translation>
        </message>
        <message>
            <source>  %1 records, %2 sites, %3 chunks, %4 bytes per site</source>
            <translation>  %1 record, %2 siti, %3 blocchi, %4 byte per sito</translation>
        </message>
        <message>
            <source>  populations: %1</source>
            <translation>  popolazioni: %1</translation>
        </message>
        <message>
            <source>  fields: %1</source>
            <translation>  campi: %1</translation>
        </message>
        <message>
            <source>Removes a source and its sites from a frequency cache.</source>
            <translation>Rimuove una fonte e i suoi siti da una cache delle frequenze.</translation>
        </message>
        <message>
            <source>The source to remove.</source>
            <translation>La fonte da rimuovere.</translation>
        </message>
        <message>
            <source>cache remove: --cache and --source are required</source>
            <translation>cache remove: --cache e --source sono obbligatori</translation>
        </message>
        <message>
            <source>Annotates a VCF/BCF with population frequencies from one or more frequency caches; INFO keys are &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</source>
            <translation>Annota un VCF/BCF con le frequenze di popolazione di una o più cache delle frequenze; le chiavi INFO sono &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</translation>
        </message>
        <message>
            <source>VCF, VCF.gz or BCF file</source>
            <translation>file VCF, VCF.gz o BCF</translation>
        </message>
        <message>
            <source>A cache file (.gdfreq); may be given several times.</source>
            <translation>Un file di cache (.gdfreq); può essere indicato più volte.</translation>
        </message>
        <message>
            <source>Output: .vcf.gz, .bcf, .vcf or .tsv.</source>
            <translation>Output: .vcf.gz, .bcf, .vcf o .tsv.</translation>
        </message>
        <message>
            <source>annotate: expects exactly one input file</source>
            <translation>annotate: richiede esattamente un file di input</translation>
        </message>
        <message>
            <source>annotate: --cache and --out are required</source>
            <translation>annotate: --cache e --out sono obbligatori</translation>
        </message>
        <message>
            <source>%1: %2 found</source>
            <translation>%1: %2 trovati</translation>
        </message>
        <message>
            <source>%1 records, %2 alleles; %3</source>
            <translation>%1 record, %2 alleli; %3</translation>
        </message>
        <message>
            <source>Case database: an SQLite file or a PostgreSQL URL (postgresql://user@host:port/database).</source>
            <translation>Database dei casi: un file SQLite o un URL PostgreSQL (postgresql://user@host:port/database).</translation>
        </message>
        <message>
            <source>cases.db</source>
            <translation>cases.db</translation>
        </message>
        <message>
            <source>Key file (32 bytes or 64 hex digits, mode 0600) instead of the passphrase in GENOMEDESK_PASSPHRASE.</source>
            <translation>File di chiave (32 byte o 64 cifre esadecimali, modalità 0600) al posto della passphrase in GENOMEDESK_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Acting user; the password is read from GENOMEDESK_PASSWORD.</source>
            <translation>Utente che esegue l'operazione; la password viene letta da GENOMEDESK_PASSWORD.</translation>
        </message>
        <message>
            <source>--db is required</source>
            <translation>--db è obbligatorio</translation>
        </message>
        <message>
            <source>set the passphrase in %1 or give --key-file</source>
            <translation>impostare la passphrase in %1 o indicare --key-file</translation>
        </message>
        <message>
            <source>--user is required</source>
            <translation>--user è obbligatorio</translation>
        </message>
        <message>
            <source>set the password of %1 in %2</source>
            <translation>impostare la password di %1 in %2</translation>
        </message>
        <message>
            <source>Creates a case for a patient (created from --identity when new) and prints its id.</source>
            <translation>Crea un caso per un paziente (creato da --identity se nuovo) e ne stampa l'id.</translation>
        </message>
        <message>
            <source>Patient pseudonym (letters, digits, - and _).</source>
            <translation>Pseudonimo del paziente (lettere, cifre, - e _).</translation>
        </message>
        <message>
            <source>pseudonym</source>
            <translation>pseudonimo</translation>
        </message>
        <message>
            <source>JSON file with the new patient's identity: {"name", "birthDate", "identifiers"}; stored encrypted.</source>
            <translation>File JSON con l'identità del nuovo paziente: {"name", "birthDate", "identifiers"}; memorizzata cifrata.</translation>
        </message>
        <message>
            <source>file.json</source>
            <translation>file.json</translation>
        </message>
        <message>
            <source>Indication for testing.</source>
            <translation>Indicazione al test.</translation>
        </message>
        <message>
            <source>Referring clinician.</source>
            <translation>Medico richiedente.</translation>
        </message>
        <message>
            <source>Consent profile JSON file.</source>
            <translation>File JSON del profilo di consenso.</translation>
        </message>
        <message>
            <source>Input file (VCF/BCF, PED, ...); repeat for several.</source>
            <translation>File di input (VCF/BCF, PED, ...); ripetere per più file.</translation>
        </message>
        <message>
            <source>path</source>
            <translation>percorso</translation>
        </message>
        <message>
            <source>Genome build (GRCh37 or GRCh38).</source>
            <translation>Build del genoma (GRCh37 o GRCh38).</translation>
        </message>
        <message>
            <source>Policy id or file in force for the case.</source>
            <translation>Id o file della policy in vigore per il caso.</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>policy</translation>
        </message>
        <message>
            <source>Frequency source and version; repeat.</source>
            <translation>Fonte delle frequenze e versione; ripetibile.</translation>
        </message>
        <message>
            <source>name=version</source>
            <translation>name=version</translation>
        </message>
        <message>
            <source>Knowledge base version.</source>
            <translation>Versione della knowledge base.</translation>
        </message>
        <message>
            <source>case create: unexpected argument %1</source>
            <translation>case create: argomento imprevisto %1</translation>
        </message>
        <message>
            <source>case create: --patient is required</source>
            <translation>case create: --patient è obbligatorio</translation>
        </message>
        <message>
            <source>cannot read %1</source>
            <translation>impossibile leggere %1</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2)</source>
            <translation>%1: non è un oggetto JSON (%2)</translation>
        </message>
        <message>
            <source>--cache-version expects name=version, not %1</source>
            <translation>--cache-version richiede name=version, non %1</translation>
        </message>
        <message>
            <source>%1: "name" is missing</source>
            <translation>%1: manca "name"</translation>
        </message>
        <message>
            <source>patient %1 is new: give --identity</source>
            <translation>il paziente %1 è nuovo: indicare --identity</translation>
        </message>
        <message>
            <source>patient %1 exists already; leave out --identity</source>
            <translation>il paziente %1 esiste già; omettere --identity</translation>
        </message>
        <message>
            <source>Lists the cases of a case database.</source>
            <translation>Elenca i casi di un database dei casi.</translation>
        </message>
        <message>
            <source>Shows a case: its inputs, reviews with criteria, earlier classifications of the same variants, and report versions.</source>
            <translation>Mostra un caso: i suoi input, le revisioni con i criteri, le classificazioni precedenti delle stesse varianti e le versioni del referto.</translation>
        </message>
        <message>
            <source>Case id.</source>
            <translation>Id del caso.</translation>
        </message>
        <message>
            <source>case show: give one case id</source>
            <translation>case show: indicare un id di caso</translation>
        </message>
        <message>
            <source>Case %1 (%2, report version %3)</source>
            <translation>Caso %1 (%2, versione del referto %3)</translation>
        </message>
        <message>
            <source>Patient: %1</source>
            <translation>Paziente: %1</translation>
        </message>
        <message>
            <source>Indication: %1</source>
            <translation>Indicazione: %1</translation>
        </message>
        <message>
            <source>Referrer: %1</source>
            <translation>Richiedente: %1</translation>
        </message>
        <message>
            <source>Genome build: %1</source>
            <translation>Build del genoma: %1</translation>
        </message>
        <message>
            <source>Policy: %1 %2 (sha256 %3)</source>
            <translation>Policy: %1 %2 (sha256 %3)</translation>
        </message>
        <message>
            <source>Knowledge base: %1</source>
            <translation>Knowledge base: %1</translation>
        </message>
        <message>
            <source>Frequency sources: %1</source>
            <translation>Fonti delle frequenze: %1</translation>
        </message>
        <message>
            <source>Created by %1 on %2</source>
            <translation>Creato da %1 il %2</translation>
        </message>
        <message>
            <source>File: %1 (sha256 %2)</source>
            <translation>File: %1 (sha256 %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s):</source>
            <translation>
                <numerusform>%n revisione:</numerusform>
                <numerusform>%n revisioni:</numerusform>
            </translation>
        </message>
        <message>
            <source>by %1 on %2 (%3)</source>
            <translation>da %1 il %2 (%3)</translation>
        </message>
        <message>
            <source>Comment: %1</source>
            <translation>Commento: %1</translation>
        </message>
        <message>
            <source>Suggestion %1 rejected by %2 on %3</source>
            <translation>Suggerimento %1 rifiutato da %2 il %3</translation>
        </message>
        <message>
            <source>Suggestion %1 accepted by %2 on %3</source>
            <translation>Suggerimento %1 accettato da %2 il %3</translation>
        </message>
        <message>
            <source>Also classified in case %1 (patient %2): %3 [%4] by %5 on %6</source>
            <translation>Classificata anche nel caso %1 (paziente %2): %3 [%4] da %5 il %6</translation>
        </message>
        <message>
            <source>Report versions:</source>
            <translation>Versioni del referto:</translation>
        </message>
        <message>
            <source>%1: signed by %2 on %3, sha256 %4 (%5)</source>
            <translation>%1: firmata da %2 il %3, sha256 %4 (%5)</translation>
        </message>
        <message>
            <source>%1: open (%2)</source>
            <translation>%1: aperta (%2)</translation>
        </message>
        <message>
            <source>Writes a case as JSON (pseudonymous unless --identified).</source>
            <translation>Scrive un caso in JSON (pseudonimizzato salvo --identified).</translation>
        </message>
        <message>
            <source>JSON file to write (default: standard output).</source>
            <translation>File JSON da scrivere (predefinito: output standard).</translation>
        </message>
        <message>
            <source>Include the patient's decrypted identity and the input file paths.</source>
            <translation>Includere l'identità decifrata del paziente e i percorsi dei file di input.</translation>
        </message>
        <message>
            <source>case export: give one case id</source>
            <translation>case export: indicare un id di caso</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>impossibile scrivere %1</translation>
        </message>
        <message>
            <source>Signs a reviewed case (clinical geneticists only); freezes its report version.</source>
            <translation>Firma un caso revisionato (solo genetisti clinici); congela la sua versione del referto.</translation>
        </message>
        <message>
            <source>Marks a draft case as reviewed.</source>
            <translation>Contrassegna un caso in bozza come revisionato.</translation>
        </message>
        <message>
            <source>give one case id</source>
            <translation>indicare un id di caso</translation>
        </message>
        <message>
            <source>Case %1 report version %2 signed by %3, sha256 %4</source>
            <translation>Caso %1 versione del referto %2 firmata da %3, sha256 %4</translation>
        </message>
        <message>
            <source>Case %1 is reviewed</source>
            <translation>Il caso %1 è revisionato</translation>
        </message>
        <message>
            <source>Classification: P, LP, VUS, LB or B.</source>
            <translation>Classificazione: P, LP, VUS, LB o B.</translation>
        </message>
        <message>
            <source>class</source>
            <translation>classe</translation>
        </message>
        <message>
            <source>Applied ACMG/AMP criteria, comma-separated (PVS1,PM2_Supporting).</source>
            <translation>Criteri ACMG/AMP applicati, separati da virgole (PVS1,PM2_Supporting).</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>codici</translation>
        </message>
        <message>
            <source>Evidence text of one criterion; repeat.</source>
            <translation>Testo dell'evidenza di un criterio; ripetibile.</translation>
        </message>
        <message>
            <source>CODE=text</source>
            <translation>CODICE=testo</translation>
        </message>
        <message>
            <source>Comment.</source>
            <translation>Commento.</translation>
        </message>
        <message>
            <source>Mark the review final.</source>
            <translation>Contrassegna la revisione come definitiva.</translation>
        </message>
        <message>
            <source>Why a signed case is changed (opens a new report version).</source>
            <translation>Perché un caso firmato viene modificato (apre una nuova versione del referto).</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer accepted, with an optional reason; repeat.</source>
            <translation>Un suggerimento automatico accettato dal revisore, con un motivo facoltativo; ripetibile.</translation>
        </message>
        <message>
            <source>CODE[=reason]</source>
            <translation>CODICE[=motivo]</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer rejected, with the reason; repeat.</source>
            <translation>Un suggerimento automatico rifiutato dal revisore, con il motivo; ripetibile.</translation>
        </message>
        <message>
            <source>CODE=reason</source>
            <translation>CODICE=motivo</translation>
        </message>
        <message>
            <source>review set: --class is required</source>
            <translation>review set: --class è obbligatorio</translation>
        </message>
        <message>
            <source>review set: unknown class %1 (use P, LP, VUS, LB or B)</source>
            <translation>review set: classe sconosciuta %1 (usare P, LP, VUS, LB o B)</translation>
        </message>
        <message>
            <source>review set: --evidence expects CODE=text</source>
            <translation>review set: --evidence richiede CODE=testo</translation>
        </message>
        <message>
            <source>review set: %1</source>
            <translation>review set: %1</translation>
        </message>
        <message>
            <source>review set: --evidence for %1, which is not in --criteria</source>
            <translation>review set: --evidence per %1, che non è in --criteria</translation>
        </message>
        <message>
            <source>review set: --reject-suggestion expects CODE=reason</source>
            <translation>review set: --reject-suggestion richiede CODE=motivo</translation>
        </message>
        <message>
            <source>Records the classification of one variant of a case, with its ACMG/AMP criteria. Prints the class by the Richards 2015 rules and by points.</source>
            <translation>Registra la classificazione di una variante di un caso, con i suoi criteri ACMG/AMP. Stampa la classe secondo le regole di Richards 2015 e secondo i punti.</translation>
        </message>
        <message>
            <source>Variant key: contig-position-ref-alt, 1-based (6-26092913-G-A).</source>
            <translation>Chiave della variante: contig-posizione-ref-alt, in base 1 (6-26092913-G-A).</translation>
        </message>
        <message>
            <source>review set: give a case id and a variant key</source>
            <translation>review set: indicare un id di caso e una chiave di variante</translation>
        </message>
        <message>
            <source>review set: "%1" is not a variant key like 6-26092913-G-A</source>
            <translation>review set: "%1" non è una chiave di variante come 6-26092913-G-A</translation>
        </message>
        <message>
            <source>%1 %2: %3 [%4], report version %5</source>
            <translation>%1 %2: %3 [%4], versione del referto %5</translation>
        </message>
        <message>
            <source>Adds a user; the new password is read from GENOMEDESK_NEW_PASSWORD. The first user of a database must be an admin and needs no --user.</source>
            <translation>Aggiunge un utente; la nuova password viene letta da GENOMEDESK_NEW_PASSWORD. Il primo utente di un database deve essere un amministratore e non richiede --user.</translation>
        </message>
        <message>
            <source>counsellor, geneticist or admin.</source>
            <translation>counsellor, geneticist o admin.</translation>
        </message>
        <message>
            <source>role</source>
            <translation>ruolo</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>Nome utente.</translation>
        </message>
        <message>
            <source>user add: give one user name</source>
            <translation>user add: indicare un nome utente</translation>
        </message>
        <message>
            <source>user add: --role must be counsellor, geneticist or admin</source>
            <translation>user add: --role deve essere counsellor, geneticist o admin</translation>
        </message>
        <message>
            <source>user add: set the new user's password in %1</source>
            <translation>user add: impostare la password del nuovo utente in %1</translation>
        </message>
        <message>
            <source>User %1 (%2) added</source>
            <translation>Utente %1 (%2) aggiunto</translation>
        </message>
        <message>
            <source>Lists the users of a case database.</source>
            <translation>Elenca gli utenti di un database dei casi.</translation>
        </message>
        <message>
            <source>Checks the hash chain of a case database's audit log; names the first bad entry. With the database key (GENOMEDESK_PASSPHRASE or --key-file) it also checks every entry's HMAC, which detects a rewrite of all later entries; without the key that check is skipped.</source>
            <translation>Verifica la catena di hash del registro di audit di un database dei casi; indica la prima voce errata. Con la chiave del database (GENOMEDESK_PASSPHRASE o --key-file) verifica anche l'HMAC di ogni voce, che rileva la riscrittura di tutte le voci successive; senza la chiave questa verifica viene saltata.</translation>
        </message>
        <message>
            <source>audit verify: --db is required</source>
            <translation>audit verify: --db è obbligatorio</translation>
        </message>
        <message>
            <source>genomedesk: audit log NOT intact: entry %1: %2</source>
            <translation>genomedesk: registro di audit NON integro: voce %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audit log intact: %n entry(s)</source>
            <translation>
                <numerusform>registro di audit integro: %n voce</numerusform>
                <numerusform>registro di audit integro: %n voci</numerusform>
            </translation>
        </message>
        <message>
            <source>keyed check (HMAC) passed for entries from %1 on</source>
            <translation>verifica con chiave (HMAC) superata per le voci a partire da %1</translation>
        </message>
        <message>
            <source>keyed check skipped: no key given (set %1 or give --key-file); only the hash chain was verified</source>
            <translation>verifica con chiave saltata: nessuna chiave indicata (impostare %1 o indicare --key-file); è stata verificata solo la catena di hash</translation>
        </message>
        <message>
            <source>Prints the audit log of a case database.</source>
            <translation>Stampa il registro di audit di un database dei casi.</translation>
        </message>
        <message>
            <source>Case database file.</source>
            <translation>File del database dei casi.</translation>
        </message>
        <message>
            <source>audit list: --db is required</source>
            <translation>audit list: --db è obbligatorio</translation>
        </message>
        <message>
            <source>cannot create the output directory %1</source>
            <translation>impossibile creare la cartella di output %1</translation>
        </message>
        <message>
            <source>cannot write the demo case to %1</source>
            <translation>impossibile scrivere il caso dimostrativo in %1</translation>
        </message>
        <message>
            <source>run the whole path on the bundled demo case</source>
            <translation>eseguire l'intero percorso sul caso dimostrativo incluso</translation>
        </message>
        <message>
            <source>read a VCF/BCF file and print a summary</source>
            <translation>leggere un file VCF/BCF e stampare un riepilogo</translation>
        </message>
        <message>
            <source>write a clinician-facing report (PDF, HTML, FHIR, Phenopacket)</source>
            <translation>scrivere un referto per i clinici (PDF, HTML, FHIR, Phenopacket)</translation>
        </message>
        <message>
            <source>import genes, ClinVar and panels into a knowledge base</source>
            <translation>importare geni, ClinVar e pannelli in una knowledge base</translation>
        </message>
        <message>
            <source>list policies or apply one with consent to a case</source>
            <translation>elencare le policy o applicarne una con il consenso a un caso</translation>
        </message>
        <message>
            <source>import, inspect or remove sources of a frequency cache</source>
            <translation>importare, esaminare o rimuovere le fonti di una cache delle frequenze</translation>
        </message>
        <message>
            <source>annotate a VCF/BCF with frequencies from caches</source>
            <translation>annotare un VCF/BCF con le frequenze dalle cache</translation>
        </message>
        <message>
            <source>check a package against its signature before install</source>
            <translation>verificare un pacchetto con la sua firma prima dell'installazione</translation>
        </message>
        <message>
            <source>check a signed report PDF against its signature</source>
            <translation>verificare un referto PDF firmato con la sua firma</translation>
        </message>
        <message>
            <source>fetch frequencies from Beacon v2 nodes into a frequency cache</source>
            <translation>recuperare le frequenze dai nodi Beacon v2 in una cache delle frequenze</translation>
        </message>
        <message>
            <source>create, list, show, export, mark reviewed and sign cases</source>
            <translation>creare, elencare, mostrare, esportare, contrassegnare come revisionati e firmare casi</translation>
        </message>
        <message>
            <source>record a variant's classification and ACMG/AMP criteria</source>
            <translation>registrare la classificazione di una variante e i criteri ACMG/AMP</translation>
        </message>
        <message>
            <source>add or list users of a case database</source>
            <translation>aggiungere o elencare gli utenti di un database dei casi</translation>
        </message>
        <message>
            <source>verify or print the audit log of a case database</source>
            <translation>verificare o stampare il registro di audit di un database dei casi</translation>
        </message>
        <message>
            <source>Reads a VCF or BCF file and prints a summary.</source>
            <translation>Legge un file VCF o BCF e stampa un riepilogo.</translation>
        </message>
        <message>
            <source>Print the summary as JSON.</source>
            <translation>Stampa il riepilogo in JSON.</translation>
        </message>
        <message>
            <source>PED file: sexes and trio analysis.</source>
            <translation>File PED: sessi e analisi del trio.</translation>
        </message>
        <message>
            <source>file.ped</source>
            <translation>file.ped</translation>
        </message>
        <message>
            <source>Load only this sample (repeat or comma-separate).</source>
            <translation>Carica solo questo campione (ripetere o separare con virgole).</translation>
        </message>
        <message>
            <source>Reference FASTA (with .fai) to left-align indels.</source>
            <translation>FASTA di riferimento (con .fai) per allineare a sinistra gli indel.</translation>
        </message>
        <message>
            <source>ref.fa</source>
            <translation>ref.fa</translation>
        </message>
        <message>
            <source>load: expects exactly one file</source>
            <translation>load: richiede esattamente un file</translation>
        </message>
        <message>
            <source>Runs the whole path on the bundled demo case: load, frequencies, policy with consent, reviewed report (PDF, HTML, FHIR, Phenopacket).</source>
            <translation>Esegue l'intero percorso sul caso dimostrativo incluso: caricamento, frequenze, policy con consenso, referto revisionato (PDF, HTML, FHIR, Phenopacket).</translation>
        </message>
        <message>
            <source>Directory for the demo case and its report (default: ./genomedesk-demo).</source>
            <translation>Cartella per il caso dimostrativo e il suo referto (predefinita: ./genomedesk-demo).</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>cartella</translation>
        </message>
        <message>
            <source>Open the demo case in the window.</source>
            <translation>Apre il caso dimostrativo nella finestra.</translation>
        </message>
        <message>
            <source>With --gui: save a PNG of the window once the case is open, then quit.</source>
            <translation>Con --gui: salva un PNG della finestra quando il caso è aperto, poi esce.</translation>
        </message>
        <message>
            <source>file.png</source>
            <translation>file.png</translation>
        </message>
        <message>
            <source>With --gui: fill the screen, save PNGs of the window, detail pane, QC dashboard and report preview into a folder, then quit.</source>
            <translation>Con --gui: occupa lo schermo, salva in una cartella i PNG della finestra, del pannello dei dettagli, della dashboard QC e dell'anteprima del referto, poi esce.</translation>
        </message>
        <message>
            <source>Language of the demo report (en, de, fr, nl, it, es, pl).</source>
            <translation>Lingua del referto dimostrativo (en, de, fr, nl, it, es, pl).</translation>
        </message>
        <message>
            <source>language</source>
            <translation>lingua</translation>
        </message>
        <message>
            <source>With --gui: colours of the window, "system" (default) or "dark", to look at the dark appearance where the desktop offers none.</source>
            <translation>Con --gui: colori della finestra, "system" (predefinito) o "dark", per vedere l'aspetto scuro dove il desktop non lo offre.</translation>
        </message>
        <message>
            <source>palette</source>
            <translation>tavolozza</translation>
        </message>
        <message>
            <source>demo: unexpected argument %1</source>
            <translation>demo: argomento imprevisto %1</translation>
        </message>
        <message>
            <source>demo: --palette is "system" or "dark", not %1</source>
            <translation>demo: --palette è "system" o "dark", non %1</translation>
        </message>
        <message>
            <source>cannot write the screenshot %1</source>
            <translation>impossibile scrivere lo screenshot %1</translation>
        </message>
        <message>
            <source>Imports one file into a knowledge base (created when missing).</source>
            <translation>Importa un file in una knowledge base (creata se manca).</translation>
        </message>
        <message>
            <source>Knowledge base file.</source>
            <translation>File della knowledge base.</translation>
        </message>
        <message>
            <source>K.gdkb</source>
            <translation>K.gdkb</translation>
        </message>
        <message>
            <source>Gene model as GTF or GFF3 (genes, transcripts, exons).</source>
            <translation>Modello genico in GTF o GFF3 (geni, trascritti, esoni).</translation>
        </message>
        <message>
            <source>Gene spans as BED (e.g. the MANE genes BED).</source>
            <translation>Estensioni dei geni in BED (ad es. il BED dei geni MANE).</translation>
        </message>
        <message>
            <source>ClinVar VCF.</source>
            <translation>VCF di ClinVar.</translation>
        </message>
        <message>
            <source>Gene panel: PanelApp TSV or panel BED.</source>
            <translation>Pannello genico: TSV di PanelApp o BED del pannello.</translation>
        </message>
        <message>
            <source>Genome build of the file: GRCh37 or GRCh38 (gene models need it; ClinVar reads ##reference).</source>
            <translation>Build del genoma del file: GRCh37 o GRCh38 (necessaria per i modelli genici; ClinVar legge ##reference).</translation>
        </message>
        <message>
            <source>kb import: --kb is required</source>
            <translation>kb import: --kb è obbligatorio</translation>
        </message>
        <message>
            <source>kb import: give exactly one of --gtf, --bed, --clinvar, --panel</source>
            <translation>kb import: indicare esattamente una tra --gtf, --bed, --clinvar, --panel</translation>
        </message>
        <message>
            <source>%1: %2 record(s) read, %3 stored, %4 skipped</source>
            <translation>%1: %2 record letti, %3 memorizzati, %4 saltati</translation>
        </message>
        <message>
            <source>Lists the sources held by a knowledge base.</source>
            <translation>Elenca le fonti contenute in una knowledge base.</translation>
        </message>
        <message>
            <source>kb info: --kb is required</source>
            <translation>kb info: --kb è obbligatorio</translation>
        </message>
        <message>
            <source>no display found: run a subcommand (see --help) or start under a desktop session or xvfb-run</source>
            <translation>nessun display trovato: eseguire un sottocomando (vedere --help) o avviare in una sessione desktop o con xvfb-run</translation>
        </message>
        <message>
            <source>GenomeDesk</source>
            <translation>GenomeDesk</translation>
        </message>
        <message>
            <source>unknown command '%1' (see genomedesk --help)</source>
            <translation>comando sconosciuto '%1' (vedere genomedesk --help)</translation>
        </message>
        <message>
            <source>GenomeDesk: clinical genomics case review.

Without a command, opens the review window. Commands:</source>
            <translation>GenomeDesk: revisione dei casi di genomica clinica.

Senza un comando, apre la finestra di revisione. Comandi:</translation>
        </message>
        <message>
            <source>Run 'genomedesk &lt;command&gt; --help' for a command's options.</source>
            <translation>Eseguire 'genomedesk &lt;command&gt; --help' per le opzioni di un comando.</translation>
        </message>
        <message>
            <source>A VCF or BCF file to open in the window.</source>
            <translation>Un file VCF o BCF da aprire nella finestra.</translation>
        </message>
        <message>
            <source>Lists the policies shipped with GenomeDesk.</source>
            <translation>Elenca le policy fornite con GenomeDesk.</translation>
        </message>
        <message>
            <source>Validates a policy file; with --kb its genes are checked against the gene model.</source>
            <translation>Convalida un file di policy; con --kb i suoi geni vengono verificati rispetto al modello genico.</translation>
        </message>
        <message>
            <source>Policy id or JSON file.</source>
            <translation>Id della policy o file JSON.</translation>
        </message>
        <message>
            <source>policy check: give one policy id or file</source>
            <translation>policy check: indicare un id o un file di policy</translation>
        </message>
        <message>
            <source>%1: valid, %2 genes</source>
            <translation>%1: valida, %2 geni</translation>
        </message>
        <message>
            <source>cannot write: %1</source>
            <translation>impossibile scrivere: %1</translation>
        </message>
        <message>
            <source>Applies a secondary-findings policy with the patient's consent to a case and writes one decision with its reasons per variant the proband carries.</source>
            <translation>Applica a un caso una policy per i risultati secondari con il consenso del paziente e scrive una decisione motivata per ogni variante portata dal probando.</translation>
        </message>
        <message>
            <source>Policy id (see "policy list") or JSON file.</source>
            <translation>Id della policy (vedere "policy list") o file JSON.</translation>
        </message>
        <message>
            <source>The patient's consent profile (JSON).</source>
            <translation>Il profilo di consenso del paziente (JSON).</translation>
        </message>
        <message>
            <source>consent.json</source>
            <translation>consent.json</translation>
        </message>
        <message>
            <source>Indication: gene list, PanelApp TSV, or panel:&lt;id&gt; from the knowledge base.</source>
            <translation>Indicazione: elenco di geni, TSV di PanelApp o panel:&lt;id&gt; dalla knowledge base.</translation>
        </message>
        <message>
            <source>Pedigree (PED) of a trio.</source>
            <translation>Albero genealogico (PED) di un trio.</translation>
        </message>
        <message>
            <source>PED</source>
            <translation>PED</translation>
        </message>
        <message>
            <source>Sample name of the patient (default: the trio's child, else the first sample).</source>
            <translation>Nome del campione del paziente (predefinito: il figlio del trio, altrimenti il primo campione).</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>campione</translation>
        </message>
        <message>
            <source>The patient's sex when there is no PED: male or female.</source>
            <translation>Il sesso del paziente quando manca il PED: male o female.</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>sesso</translation>
        </message>
        <message>
            <source>Genome build when the VCF does not tell.</source>
            <translation>Build del genoma quando il VCF non la indica.</translation>
        </message>
        <message>
            <source>Frequency cache for the frequency ceilings (repeatable).</source>
            <translation>Cache delle frequenze per le soglie di frequenza (ripetibile).</translation>
        </message>
        <message>
            <source>C.gdfreq</source>
            <translation>C.gdfreq</translation>
        </message>
        <message>
            <source>Decisions as .tsv or .json.</source>
            <translation>Decisioni in .tsv o .json.</translation>
        </message>
        <message>
            <source>The case VCF/BCF.</source>
            <translation>Il VCF/BCF del caso.</translation>
        </message>
        <message>
            <source>policy apply: give one case VCF</source>
            <translation>policy apply: indicare un VCF del caso</translation>
        </message>
        <message>
            <source>policy apply: --%1 is required</source>
            <translation>policy apply: --%1 è obbligatorio</translation>
        </message>
        <message>
            <source>%1: knowledge base not found</source>
            <translation>%1: knowledge base non trovata</translation>
        </message>
        <message>
            <source>policy apply: --indication panel:&lt;id&gt; needs --kb</source>
            <translation>policy apply: --indication panel:&lt;id&gt; richiede --kb</translation>
        </message>
        <message>
            <source>policy apply: no panel %1 in the knowledge base</source>
            <translation>policy apply: nessun pannello %1 nella knowledge base</translation>
        </message>
        <message>
            <source>policy apply: --build must be GRCh37 or GRCh38</source>
            <translation>policy apply: --build deve essere GRCh37 o GRCh38</translation>
        </message>
        <message>
            <source>policy apply: --sex must be male or female</source>
            <translation>policy apply: --sex deve essere male o female</translation>
        </message>
        <message>
            <source>%1: frequency cache not found</source>
            <translation>%1: cache delle frequenze non trovata</translation>
        </message>
        <message>
            <source>%1: %2 variant(s) carried by %3 (%4 in ClinVar); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</source>
            <translation>%1: %2 variante/i portata/e da %3 (%4 in ClinVar); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</translation>
        </message>
        <message>
            <source>not a reviews JSON file: %1</source>
            <translation>non è un file JSON di revisioni: %1</translation>
        </message>
        <message>
            <source>unknown classification "%1"</source>
            <translation>classificazione sconosciuta "%1"</translation>
        </message>
        <message>
            <source>case %1 was evaluated with policy %2 (sha256 %3) but --policy gives sha256 %4; give the same policy file</source>
            <translation>il caso %1 è stato valutato con la policy %2 (sha256 %3) ma --policy dà sha256 %4; indicare lo stesso file di policy</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Genetista clinico</translation>
        </message>
        <message>
            <source>case %1 has no input file</source>
            <translation>il caso %1 non ha file di input</translation>
        </message>
        <message>
            <source>Writes a report of a case. Without --policy it lists the variants; with a policy and the patient's consent it is a clinician-facing report with primary and secondary findings, frequencies with their sources, the policy's reasons, limitations and a sign-off, optionally signed.</source>
            <translation>Scrive un referto di un caso. Senza --policy elenca le varianti; con una policy e il consenso del paziente è un referto per i clinici con risultati primari e secondari, frequenze con le loro fonti, le motivazioni della policy, limitazioni e una firma, facoltativamente firmato.</translation>
        </message>
        <message>
            <source>PDF file to write.</source>
            <translation>File PDF da scrivere.</translation>
        </message>
        <message>
            <source>report.pdf</source>
            <translation>referto.pdf</translation>
        </message>
        <message>
            <source>Case identifier printed on the report.</source>
            <translation>Identificativo del caso stampato sul referto.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Language of the report: %1 (default en).</source>
            <translation>Lingua del referto: %1 (predefinita en).</translation>
        </message>
        <message>
            <source>Also write the report as HTML.</source>
            <translation>Scrive anche il referto in HTML.</translation>
        </message>
        <message>
            <source>file.html</source>
            <translation>file.html</translation>
        </message>
        <message>
            <source>Also write a FHIR R4 Genomics Reporting bundle.</source>
            <translation>Scrive anche un bundle FHIR R4 Genomics Reporting.</translation>
        </message>
        <message>
            <source>Also write a GA4GH Phenopacket v2.</source>
            <translation>Scrive anche un Phenopacket GA4GH v2.</translation>
        </message>
        <message>
            <source>Secondary-findings policy id or JSON file.</source>
            <translation>Id o file JSON della policy per i risultati secondari.</translation>
        </message>
        <message>
            <source>Indication gene list or PanelApp TSV.</source>
            <translation>Elenco di geni dell'indicazione o TSV di PanelApp.</translation>
        </message>
        <message>
            <source>Knowledge base (genes, ClinVar).</source>
            <translation>Knowledge base (geni, ClinVar).</translation>
        </message>
        <message>
            <source>Frequency cache (repeatable).</source>
            <translation>Cache delle frequenze (ripetibile).</translation>
        </message>
        <message>
            <source>Classifications with criteria and comments (JSON, as "case export" writes them).</source>
            <translation>Classificazioni con criteri e commenti (JSON, come li scrive "case export").</translation>
        </message>
        <message>
            <source>Laboratory name printed on the report.</source>
            <translation>Nome del laboratorio stampato sul referto.</translation>
        </message>
        <message>
            <source>Sign the PDF with this PKCS#12 certificate and key (passphrase in GENOMEDESK_SIGN_PASSPHRASE); writes PDF.p7s.</source>
            <translation>Firma il PDF con questo certificato e questa chiave PKCS#12 (passphrase in GENOMEDESK_SIGN_PASSPHRASE); scrive PDF.p7s.</translation>
        </message>
        <message>
            <source>cert.p12</source>
            <translation>cert.p12</translation>
        </message>
        <message>
            <source>Directory with report.html, report.css and a logo.</source>
            <translation>Cartella con report.html, report.css e un logo.</translation>
        </message>
        <message>
            <source>Case database: report the case given by --case with its consent, reviews and sign-off (key in GENOMEDESK_PASSPHRASE or --key-file).</source>
            <translation>Database dei casi: refertare il caso indicato da --case con il suo consenso, le revisioni e la firma (chiave in GENOMEDESK_PASSPHRASE o --key-file).</translation>
        </message>
        <message>
            <source>cases.gddb</source>
            <translation>cases.gddb</translation>
        </message>
        <message>
            <source>Key file of the case database.</source>
            <translation>File di chiave del database dei casi.</translation>
        </message>
        <message>
            <source>With --db: print the patient's name and birth date (decrypted) besides the pseudonym.</source>
            <translation>Con --db: stampa il nome e la data di nascita del paziente (decifrati) accanto allo pseudonimo.</translation>
        </message>
        <message>
            <source>report: expects exactly one file</source>
            <translation>report: richiede esattamente un file</translation>
        </message>
        <message>
            <source>report: --out is required</source>
            <translation>report: --out è obbligatorio</translation>
        </message>
        <message>
            <source>report: --db needs --case and --policy</source>
            <translation>report: --db richiede --case e --policy</translation>
        </message>
        <message>
            <source>report: --consent, --indication and --reviews need --policy</source>
            <translation>report: --consent, --indication e --reviews richiedono --policy</translation>
        </message>
        <message>
            <source>report: no report language "%1"; available: %2</source>
            <translation>report: nessuna lingua del referto "%1"; disponibili: %2</translation>
        </message>
        <message>
            <source>report: set the passphrase in GENOMEDESK_PASSPHRASE or give --key-file</source>
            <translation>report: impostare la passphrase in GENOMEDESK_PASSPHRASE o indicare --key-file</translation>
        </message>
        <message>
            <source>%1: case database not found</source>
            <translation>%1: database dei casi non trovato</translation>
        </message>
        <message>
            <source>Hereditary cardiomyopathy and arrhythmia (demo gene list)</source>
            <translation>Cardiomiopatia e aritmia ereditarie (elenco di geni dimostrativo)</translation>
        </message>
        <message>
            <source>GenomeDesk demo laboratory</source>
            <translation>Laboratorio dimostrativo GenomeDesk</translation>
        </message>
        <message>
            <source>Dr. Demo Referrer, cardiology</source>
            <translation>Dr. Demo Richiedente, cardiologia</translation>
        </message>
        <message>
            <source>knowledge base not found</source>
            <translation>knowledge base non trovata</translation>
        </message>
        <message>
            <source>the knowledge base has no gene model; the cache needs %1</source>
            <translation>la knowledge base non ha un modello genico; la cache richiede %1</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is for %1, the cache is %2</source>
            <translation>il modello genico della knowledge base è per %1, la cache è %2</translation>
        </message>
        <message>
            <source>gene %1 is not in the %2 gene model of the knowledge base</source>
            <translation>il gene %1 non è nel modello genico %2 della knowledge base</translation>
        </message>
        <message>
            <source>Fetches allele frequencies for a case or regions from Beacon v2 nodes into a frequency cache. Exit status 0: every node answered; 1: some nodes failed (the others were written); 2: bad usage or input.</source>
            <translation>Recupera le frequenze alleliche per un caso o per regioni dai nodi Beacon v2 in una cache delle frequenze. Stato di uscita 0: ogni nodo ha risposto; 1: alcuni nodi non sono riusciti (gli altri sono stati scritti); 2: uso o input errato.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq), created when missing.</source>
            <translation>Cache delle frequenze (.gdfreq), creata se manca.</translation>
        </message>
        <message>
            <source>Node list (nodes.json).</source>
            <translation>Elenco dei nodi (nodes.json).</translation>
        </message>
        <message>
            <source>Case VCF/BCF whose variants are looked up (padded to regions).</source>
            <translation>VCF/BCF del caso le cui varianti vengono cercate (estese a regioni).</translation>
        </message>
        <message>
            <source>Region chr:start-end (1-based, inclusive); repeatable.</source>
            <translation>Regione chr:start-end (in base 1, estremi inclusi); ripetibile.</translation>
        </message>
        <message>
            <source>Gene symbol whose span (from the gene model of --kb, padded like a variant) is synced as a region; repeatable.</source>
            <translation>Simbolo del gene la cui estensione (dal modello genico di --kb, estesa come una variante) viene sincronizzata come regione; ripetibile.</translation>
        </message>
        <message>
            <source>Knowledge base (.gdkb) whose gene model resolves --gene.</source>
            <translation>Knowledge base (.gdkb) il cui modello genico risolve --gene.</translation>
        </message>
        <message>
            <source>Write every request sent (URL and body, no tokens) as JSON lines.</source>
            <translation>Scrive ogni richiesta inviata (URL e corpo, senza token) come righe JSON.</translation>
        </message>
        <message>
            <source>Fetch again only regions fetched more than this many days ago (0: all); default: each node's maxAgeDays in the node list (30).</source>
            <translation>Recupera di nuovo solo le regioni recuperate più di questo numero di giorni fa (0: tutte); predefinito: maxAgeDays di ogni nodo nell'elenco dei nodi (30).</translation>
        </message>
        <message>
            <source>sync needs --cache and --nodes.</source>
            <translation>sync richiede --cache e --nodes.</translation>
        </message>
        <message>
            <source>sync needs either --vcf or --region/--gene.</source>
            <translation>sync richiede --vcf oppure --region/--gene.</translation>
        </message>
        <message>
            <source>--gene needs --kb (the knowledge base with the gene model).</source>
            <translation>--gene richiede --kb (la knowledge base con il modello genico).</translation>
        </message>
        <message>
            <source>--max-age must be a number of days, 0 ... 3650.</source>
            <translation>--max-age deve essere un numero di giorni, 0 ... 3650.</translation>
        </message>
        <message>
            <source>--gene: the nodes name different assemblies and the cache %1 has no build yet; give --region instead</source>
            <translation>--gene: i nodi indicano assembly diversi e la cache %1 non ha ancora una build; indicare invece --region</translation>
        </message>
        <message>
            <source>node %1: up to date, %2 region(s) fetched within %3 day(s), 0 requests</source>
            <translation>nodo %1: aggiornato, %2 regione/i recuperata/e entro %3 giorno/i, 0 richieste</translation>
        </message>
        <message>
            <source>node %1: ok, %2 variants, %3 sites cached, %4 requests, %5 ms</source>
            <translation>nodo %1: ok, %2 varianti, %3 siti in cache, %4 richieste, %5 ms</translation>
        </message>
        <message>
            <source>node %1: FAILED after %2 ms: %3</source>
            <translation>nodo %1: NON RIUSCITO dopo %2 ms: %3</translation>
        </message>
        <message>
            <source>%1: cannot write the request log</source>
            <translation>%1: impossibile scrivere il registro delle richieste</translation>
        </message>
        <message>
            <source>source %1: %2 sites, retrieved %3 (%4 minutes ago)</source>
            <translation>fonte %1: %2 siti, recuperata il %3 (%4 minuti fa)</translation>
        </message>
        <message>
            <source>  region %1:%2-%3 fetched %4 (%5)</source>
            <translation>  regione %1:%2-%3 recuperata il %4 (%5)</translation>
        </message>
        <message>
            <source>Checks a package against its detached CMS signature and a trusted certificate. Exit code 0: valid; 1: the package did not verify; 2: bad usage or unreadable input.</source>
            <translation>Verifica un pacchetto con la sua firma CMS separata e un certificato attendibile. Codice di uscita 0: valido; 1: il pacchetto non è stato verificato; 2: uso errato o input illeggibile.</translation>
        </message>
        <message>
            <source>The package (.deb, .rpm, .tar.gz, SHA256SUMS).</source>
            <translation>Il pacchetto (.deb, .rpm, .tar.gz, SHA256SUMS).</translation>
        </message>
        <message>
            <source>Its detached CMS signature (DER or PEM).</source>
            <translation>La sua firma CMS separata (DER o PEM).</translation>
        </message>
        <message>
            <source>The trusted certificate(s), PEM: the signer's or the issuing CA's.</source>
            <translation>Il/i certificato/i attendibile/i, PEM: quello del firmatario o della CA emittente.</translation>
        </message>
        <message>
            <source>verify-package: unexpected argument %1</source>
            <translation>verify-package: argomento imprevisto %1</translation>
        </message>
        <message>
            <source>verify-package: --%1 is required</source>
            <translation>verify-package: --%1 è obbligatorio</translation>
        </message>
        <message>
            <source>VERIFICATION FAILED for %1: %2. Do not install it.</source>
            <translation>VERIFICA NON RIUSCITA per %1: %2. Non installarlo.</translation>
        </message>
        <message>
            <source>OK: %1 is signed by %2</source>
            <translation>OK: %1 è firmato da %2</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>verify-report: cannot read the %1 %2</source>
            <translation>verify-report: impossibile leggere %1 %2</translation>
        </message>
        <message>
            <source>Checks a signed report PDF against its detached CMS signature and the trusted CA certificate(s). Exit code 0: valid; 1: not valid (the reason is printed); 2: bad usage or unreadable input.</source>
            <translation>Verifica un referto PDF firmato con la sua firma CMS separata e il/i certificato/i CA attendibile/i. Codice di uscita 0: valido; 1: non valido (viene stampato il motivo); 2: uso errato o input illeggibile.</translation>
        </message>
        <message>
            <source>The signed report.</source>
            <translation>Il referto firmato.</translation>
        </message>
        <message>
            <source>The detached signature (DER or PEM); default: the report's name + .p7s.</source>
            <translation>La firma separata (DER o PEM); predefinito: il nome del referto + .p7s.</translation>
        </message>
        <message>
            <source>The trusted CA certificate(s), PEM: the issuer of the geneticists' certificates, or a signer's own certificate.</source>
            <translation>Il/i certificato/i CA attendibile/i, PEM: l'emittente dei certificati dei genetisti, o il certificato proprio di un firmatario.</translation>
        </message>
        <message>
            <source>verify-report: expects exactly one report PDF</source>
            <translation>verify-report: richiede esattamente un referto PDF</translation>
        </message>
        <message>
            <source>verify-report: --ca is required</source>
            <translation>verify-report: --ca è obbligatorio</translation>
        </message>
        <message>
            <source>report</source>
            <translation>il referto</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>la firma</translation>
        </message>
        <message>
            <source>VALID: %1</source>
            <translation>VALIDO: %1</translation>
        </message>
        <message>
            <source>INVALID (%1): %2</source>
            <translation>NON VALIDO (%1): %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Motivo: %1</translation>
        </message>
        <message>
            <source>Signer: %1</source>
            <translation>Firmatario: %1</translation>
        </message>
        <message>
            <source>Certificate SHA-256: %1</source>
            <translation>SHA-256 del certificato: %1</translation>
        </message>
        <message>
            <source>Signed at: %1</source>
            <translation>Firmato il: %1</translation>
        </message>
        <message>
            <source>Report SHA-256: %1</source>
            <translation>SHA-256 del referto: %1</translation>
        </message>
        <message>
            <source>Only these fields, comma-separated, without the source prefix (AC,AN,AF,AC_nfe,status); default: all.</source>
            <translation>Solo questi campi, separati da virgole, senza il prefisso della fonte (AC,AN,AF,AC_nfe,status); predefinito: tutti.</translation>
        </message>
        <message>
            <source>list</source>
            <translation>elenco</translation>
        </message>
        <message>
            <source>annotate: --fields needs at least one field name</source>
            <translation>annotate: --fields richiede almeno un nome di campo</translation>
        </message>
        <message>
            <source>import a sites VCF/BCF into a frequency cache as one source</source>
            <translation>importare un VCF/BCF di siti come una fonte in una cache di frequenze</translation>
        </message>
        <message>
            <source>print the sources, populations, sites, size and build of a cache</source>
            <translation>mostrare fonti, popolazioni, siti, dimensione e assemblaggio di una cache</translation>
        </message>
        <message>
            <source>remove a source and its sites from a cache</source>
            <translation>rimuovere una fonte e i suoi siti da una cache</translation>
        </message>
        <message>
            <source>create a case for a patient and print its id</source>
            <translation>creare un caso per un paziente e mostrarne l'id</translation>
        </message>
        <message>
            <source>list the cases of a case database</source>
            <translation>elencare i casi di un database dei casi</translation>
        </message>
        <message>
            <source>show a case's inputs, reviews and report versions</source>
            <translation>mostrare input, revisioni e versioni del referto di un caso</translation>
        </message>
        <message>
            <source>write a case as JSON (pseudonymous unless --identified)</source>
            <translation>scrivere un caso in JSON (pseudonimizzato salvo --identified)</translation>
        </message>
        <message>
            <source>mark a draft case as reviewed</source>
            <translation>contrassegnare una bozza di caso come revisionata</translation>
        </message>
        <message>
            <source>sign a reviewed case (clinical geneticists only)</source>
            <translation>firmare un caso revisionato (solo genetisti clinici)</translation>
        </message>
        <message>
            <source>record one variant's classification with its ACMG/AMP criteria</source>
            <translation>registrare la classificazione di una variante con i suoi criteri ACMG/AMP</translation>
        </message>
        <message>
            <source>add a user to a case database</source>
            <translation>aggiungere un utente a un database dei casi</translation>
        </message>
        <message>
            <source>list the users of a case database</source>
            <translation>elencare gli utenti di un database dei casi</translation>
        </message>
        <message>
            <source>check the audit log's hash chain (and HMACs with the key)</source>
            <translation>verificare la catena di hash del registro di audit (e gli HMAC con la chiave)</translation>
        </message>
        <message>
            <source>print the audit log</source>
            <translation>mostrare il registro di audit</translation>
        </message>
        <message>
            <source>Usage: %1 &lt;subcommand&gt; [options]</source>
            <translation>Uso: %1 &lt;sottocomando&gt; [opzioni]</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>Sottocomandi:</translation>
        </message>
        <message>
            <source>Run '%1 &lt;subcommand&gt; --help' for its options.</source>
            <translation>'%1 &lt;sottocomando&gt; --help' ne mostra le opzioni.</translation>
        </message>
        <message>
            <source>%1: expects a subcommand: %2 (see %3 --help)</source>
            <translation>%1: richiede un sottocomando: %2 (vedere %3 --help)</translation>
        </message>
        <message>
            <source>%1: unknown subcommand "%2"; expected %3 (see %4 --help)</source>
            <translation>%1: sottocomando sconosciuto "%2"; atteso: %3 (vedere %4 --help)</translation>
        </message>
        <message>
            <source>import one file into a knowledge base</source>
            <translation>importare un file in una base di conoscenza</translation>
        </message>
        <message>
            <source>list the sources held by a knowledge base</source>
            <translation>elencare le fonti di una base di conoscenza</translation>
        </message>
        <message>
            <source>list the policies shipped with GenomeDesk</source>
            <translation>elencare le policy fornite con GenomeDesk</translation>
        </message>
        <message>
            <source>validate a policy file</source>
            <translation>validare un file di policy</translation>
        </message>
        <message>
            <source>apply a policy with the patient's consent to a case</source>
            <translation>applicare una policy con il consenso del paziente a un caso</translation>
        </message>
        <message>
            <source>Report %1 (%2): %3, %4</source>
            <extracomment>%3 "1 primary finding", %4 "5 secondary findings"</extracomment>
            <translation>Referto %1 (%2): %3, %4</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n risultato primario</numerusform>
                <numerusform>%n risultati primari</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n risultato secondario</numerusform>
                <numerusform>%n risultati secondari</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>Cancelled.</source>
            <translation>Annullato.</translation>
        </message>
        <message>
            <source>The response is larger than %1 bytes.</source>
            <translation>La risposta supera i %1 byte.</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>nessuna risposta entro %1 ms</translation>
        </message>
        <message numerus="yes">
            <source>%1 after %n attempt(s).</source>
            <translation>
                <numerusform>%1 dopo %n tentativo.</numerusform>
                <numerusform>%1 dopo %n tentativi.</numerusform>
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
            <translation>Risposta non valida: %1</translation>
        </message>
        <message>
            <source>Cannot read the node list.</source>
            <translation>Impossibile leggere l'elenco dei nodi.</translation>
        </message>
        <message>
            <source>Not a node list: expected a JSON object with a "nodes" array.</source>
            <translation>Non è un elenco di nodi: era atteso un oggetto JSON con un array "nodes".</translation>
        </message>
        <message>
            <source>A node must be a JSON object.</source>
            <translation>Un nodo deve essere un oggetto JSON.</translation>
        </message>
        <message>
            <source>"name" must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>"name" deve contenere da 1 a 64 lettere, cifre, '.', '_' o '-'.</translation>
        </message>
        <message>
            <source>The node name "%1" is used twice.</source>
            <translation>Il nome di nodo "%1" è usato due volte.</translation>
        </message>
        <message>
            <source>"baseUrl" must be an http or https URL.</source>
            <translation>"baseUrl" deve essere un URL http o https.</translation>
        </message>
        <message>
            <source>"style" must be "spec" or "gdi".</source>
            <translation>"style" deve essere "spec" o "gdi".</translation>
        </message>
        <message>
            <source>"coordinates" must be "0-based" or "1-based".</source>
            <translation>"coordinates" deve essere "0-based" o "1-based".</translation>
        </message>
        <message>
            <source>"auth.type" must be "none", "bearer" or "basic".</source>
            <translation>"auth.type" deve essere "none", "bearer" o "basic".</translation>
        </message>
        <message>
            <source>Cannot read the token file of node "%1".</source>
            <translation>Impossibile leggere il file del token del nodo "%1".</translation>
        </message>
        <message>
            <source>The token file of node "%1" must hold one line.</source>
            <translation>Il file del token del nodo "%1" deve contenere una sola riga.</translation>
        </message>
        <message>
            <source>"timeoutMs" must be 100 ... 600000.</source>
            <translation>"timeoutMs" deve essere compreso tra 100 e 600000.</translation>
        </message>
        <message>
            <source>"retries" must be 0 ... 10.</source>
            <translation>"retries" deve essere compreso tra 0 e 10.</translation>
        </message>
        <message>
            <source>"concurrency" must be 1 ... 16.</source>
            <translation>"concurrency" deve essere compreso tra 1 e 16.</translation>
        </message>
        <message>
            <source>"windowBases" must be 0 ... 1000000.</source>
            <translation>"windowBases" deve essere compreso tra 0 e 1000000.</translation>
        </message>
        <message>
            <source>"maximumResponseBytes" must be 1024 ... 2^30.</source>
            <translation>"maximumResponseBytes" deve essere compreso tra 1024 e 2^30.</translation>
        </message>
        <message>
            <source>Not a region: "%1" (expected contig:start-end, 1-based).</source>
            <translation>Non è una regione: "%1" (atteso contig:inizio-fine, 1-based).</translation>
        </message>
        <message>
            <source>The response is not a JSON object (%1).</source>
            <translation>La risposta non è un oggetto JSON (%1).</translation>
        </message>
        <message>
            <source>The node answered with an error: %1</source>
            <translation>Il nodo ha risposto con un errore: %1</translation>
        </message>
        <message>
            <source>The response has no result sets.</source>
            <translation>La risposta non contiene set di risultati.</translation>
        </message>
        <message>
            <source>"resultSets" is not an array.</source>
            <translation>"resultSets" non è un array.</translation>
        </message>
        <message>
            <source>A result set is not an object.</source>
            <translation>Un set di risultati non è un oggetto.</translation>
        </message>
        <message>
            <source>"results" is not an array.</source>
            <translation>"results" non è un array.</translation>
        </message>
        <message>
            <source>Invalid bases in a record.</source>
            <translation>Basi non valide in un record.</translation>
        </message>
        <message>
            <source>frequencyInPopulations has neither frequencies[] nor populations[].</source>
            <translation>frequencyInPopulations non contiene né frequencies[] né populations[].</translation>
        </message>
        <message>
            <source>A frequency has no population label.</source>
            <translation>Una frequenza non ha l'etichetta di popolazione.</translation>
        </message>
        <message>
            <source>An allele frequency is not a number in [0, 1].</source>
            <translation>Una frequenza allelica non è un numero in [0, 1].</translation>
        </message>
        <message>
            <source>A count is not a non-negative integer.</source>
            <translation>Un conteggio non è un intero non negativo.</translation>
        </message>
        <message>
            <source>An allele count is larger than its allele number.</source>
            <translation>Un conteggio allelico supera il relativo numero di alleli.</translation>
        </message>
        <message>
            <source>The request is larger than %1 bytes.</source>
            <translation>La richiesta supera i %1 byte.</translation>
        </message>
        <message>
            <source>No such endpoint.</source>
            <translation>Endpoint inesistente.</translation>
        </message>
        <message>
            <source>Internal error (simulated).</source>
            <translation>Errore interno (simulato).</translation>
        </message>
        <message>
            <source>A valid Bearer token is required.</source>
            <translation>È richiesto un token Bearer valido.</translation>
        </message>
        <message>
            <source>Only GET and POST are allowed.</source>
            <translation>Sono consentiti solo GET e POST.</translation>
        </message>
        <message>
            <source>Only GET is allowed here.</source>
            <translation>Qui è consentito solo GET.</translation>
        </message>
        <message>
            <source>No such endpoint: %1</source>
            <translation>Endpoint inesistente: %1</translation>
        </message>
        <message>
            <source>"start" must be one or two non-negative integers.</source>
            <translation>"start" deve essere uno o due interi non negativi.</translation>
        </message>
        <message>
            <source>"end" must be one or two non-negative integers.</source>
            <translation>"end" deve essere uno o due interi non negativi.</translation>
        </message>
        <message>
            <source>"skip" must be a non-negative integer.</source>
            <translation>"skip" deve essere un intero non negativo.</translation>
        </message>
        <message>
            <source>"limit" must be a non-negative integer.</source>
            <translation>"limit" deve essere un intero non negativo.</translation>
        </message>
        <message>
            <source>The request body is not a JSON object.</source>
            <translation>Il corpo della richiesta non è un oggetto JSON.</translation>
        </message>
        <message>
            <source>The request has no "meta" object.</source>
            <translation>La richiesta non ha un oggetto "meta".</translation>
        </message>
        <message>
            <source>"query" must be an object.</source>
            <translation>"query" deve essere un oggetto.</translation>
        </message>
        <message>
            <source>"requestParameters" must be an object.</source>
            <translation>"requestParameters" deve essere un oggetto.</translation>
        </message>
        <message>
            <source>"assemblyId" must be a string.</source>
            <translation>"assemblyId" deve essere una stringa.</translation>
        </message>
        <message>
            <source>"referenceName" must be a string.</source>
            <translation>"referenceName" deve essere una stringa.</translation>
        </message>
        <message>
            <source>"referenceBases" must be a string.</source>
            <translation>"referenceBases" deve essere una stringa.</translation>
        </message>
        <message>
            <source>"alternateBases" must be a string.</source>
            <translation>"alternateBases" deve essere una stringa.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be a string.</source>
            <translation>"requestedGranularity" deve essere una stringa.</translation>
        </message>
        <message>
            <source>"pagination" must be an object.</source>
            <translation>"pagination" deve essere un oggetto.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be boolean, count or record.</source>
            <translation>"requestedGranularity" deve essere boolean, count o record.</translation>
        </message>
        <message>
            <source>"referenceName" is required.</source>
            <translation>"referenceName" è obbligatorio.</translation>
        </message>
        <message>
            <source>"start" (one or two values) is required; "end" takes one or two.</source>
            <translation>"start" (uno o due valori) è obbligatorio; "end" ne accetta uno o due.</translation>
        </message>
        <message>
            <source>Bases may only contain IUPAC nucleotide codes.</source>
            <translation>Le basi possono contenere solo codici nucleotidici IUPAC.</translation>
        </message>
        <message>
            <source>A query with one "start" needs "alternateBases" or "end".</source>
            <translation>Una query con un solo "start" richiede "alternateBases" o "end".</translation>
        </message>
        <message>
            <source>"end" must be greater than "start".</source>
            <translation>"end" deve essere maggiore di "start".</translation>
        </message>
        <message>
            <source>The region is longer than %1 bases.</source>
            <translation>La regione supera le %1 basi.</translation>
        </message>
        <message>
            <source>The frequency cache cannot be read.</source>
            <translation>Impossibile leggere la cache delle frequenze.</translation>
        </message>
        <message>
            <source>Cannot write to the cache: %1</source>
            <translation>Impossibile scrivere nella cache: %1</translation>
        </message>
        <message>
            <source>line %1 (record %2)</source>
            <translation>riga %1 (record %2)</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>riga %1</translation>
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
            <translation>file PED non trovato</translation>
        </message>
        <message>
            <source>too large for a PED file</source>
            <translation>troppo grande per un file PED</translation>
        </message>
        <message>
            <source>a PED line needs 6 columns (family, individual, father, mother, sex, phenotype), found %1</source>
            <translation>una riga PED richiede 6 colonne (famiglia, individuo, padre, madre, sesso, fenotipo), trovate %1</translation>
        </message>
        <message>
            <source>sex must be 1 (male), 2 (female) or 0 (unknown), found '%1'</source>
            <translation>il sesso deve essere 1 (maschio), 2 (femmina) o 0 (sconosciuto), trovato '%1'</translation>
        </message>
        <message>
            <source>individual '%1' is given as their own parent</source>
            <translation>l'individuo '%1' è indicato come genitore di se stesso</translation>
        </message>
        <message>
            <source>individual '%1' appears twice</source>
            <translation>l'individuo '%1' compare due volte</translation>
        </message>
        <message>
            <source>the PED file lists nobody</source>
            <translation>il file PED non elenca nessun individuo</translation>
        </message>
        <message>
            <source>the source %1 is in more than one frequency cache</source>
            <translation>la fonte %1 è presente in più di una cache delle frequenze</translation>
        </message>
        <message>
            <source>the annotation was cancelled</source>
            <translation>l'annotazione è stata annullata</translation>
        </message>
        <message>
            <source>empty blob</source>
            <translation>blob vuoto</translation>
        </message>
        <message>
            <source>unknown chunk encoding %1</source>
            <translation>codifica del blocco sconosciuta %1</translation>
        </message>
        <message>
            <source>bad size</source>
            <translation>dimensione non valida</translation>
        </message>
        <message>
            <source>the compressed data does not inflate</source>
            <translation>i dati compressi non possono essere decompressi</translation>
        </message>
        <message>
            <source>bad site count</source>
            <translation>numero di siti non valido</translation>
        </message>
        <message>
            <source>%1 columns instead of %2</source>
            <translation>%1 colonne invece di %2</translation>
        </message>
        <message>
            <source>bad position</source>
            <translation>posizione non valida</translation>
        </message>
        <message>
            <source>bad allele table</source>
            <translation>tabella degli alleli non valida</translation>
        </message>
        <message>
            <source>bad allele code</source>
            <translation>codice allelico non valido</translation>
        </message>
        <message>
            <source>truncated site table</source>
            <translation>tabella dei siti troncata</translation>
        </message>
        <message>
            <source>bad integer value</source>
            <translation>valore intero non valido</translation>
        </message>
        <message>
            <source>truncated float column</source>
            <translation>colonna a virgola mobile troncata</translation>
        </message>
        <message>
            <source>bad text table</source>
            <translation>tabella di testo non valida</translation>
        </message>
        <message>
            <source>bad text index</source>
            <translation>indice di testo non valido</translation>
        </message>
        <message>
            <source>truncated column</source>
            <translation>colonna troncata</translation>
        </message>
        <message>
            <source>trailing bytes</source>
            <translation>byte in eccesso alla fine</translation>
        </message>
        <message>
            <source>cannot read the frequency cache</source>
            <translation>impossibile leggere la cache delle frequenze</translation>
        </message>
        <message>
            <source>not a frequency cache (not an SQLite database, or truncated)</source>
            <translation>non è una cache delle frequenze (non è un database SQLite, oppure è troncata)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (bad page size)</source>
            <translation>la cache delle frequenze è danneggiata (dimensione di pagina non valida)</translation>
        </message>
        <message>
            <source>the frequency cache is truncated: %1 of %2 bytes</source>
            <translation>la cache delle frequenze è troncata: %1 di %2 byte</translation>
        </message>
        <message>
            <source>the frequency cache is truncated (size %1 is not a multiple of the page size %2)</source>
            <translation>la cache delle frequenze è troncata (la dimensione %1 non è un multiplo della dimensione di pagina %2)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (%1: %2)</source>
            <translation>la cache delle frequenze è danneggiata (%1: %2)</translation>
        </message>
        <message>
            <source>the frequency cache is in use by another program (%1)</source>
            <translation>la cache delle frequenze è in uso da parte di un altro programma (%1)</translation>
        </message>
        <message>
            <source>cannot write the frequency cache (%1: %2)</source>
            <translation>impossibile scrivere la cache delle frequenze (%1: %2)</translation>
        </message>
        <message>
            <source>frequency cache error (%1: %2)</source>
            <translation>errore della cache delle frequenze (%1: %2)</translation>
        </message>
        <message>
            <source>frequency cache not found</source>
            <translation>cache delle frequenze non trovata</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>non è un file</translation>
        </message>
        <message>
            <source>the frequency cache is empty (0 bytes)</source>
            <translation>la cache delle frequenze è vuota (0 byte)</translation>
        </message>
        <message>
            <source>cannot open the frequency cache: %1</source>
            <translation>impossibile aprire la cache delle frequenze: %1</translation>
        </message>
        <message>
            <source>reading the header</source>
            <translation>lettura dell'intestazione</translation>
        </message>
        <message>
            <source>reading the schema</source>
            <translation>lettura dello schema</translation>
        </message>
        <message>
            <source>the file is an empty SQLite database, not a frequency cache</source>
            <translation>il file è un database SQLite vuoto, non una cache delle frequenze</translation>
        </message>
        <message>
            <source>creating the cache</source>
            <translation>creazione della cache</translation>
        </message>
        <message>
            <source>the file is an SQLite database but not a GenomeDesk frequency cache</source>
            <translation>il file è un database SQLite ma non una cache delle frequenze di GenomeDesk</translation>
        </message>
        <message>
            <source>reading the metadata</source>
            <translation>lettura dei metadati</translation>
        </message>
        <message>
            <source>the frequency cache has no valid format record</source>
            <translation>la cache delle frequenze non ha un record di formato valido</translation>
        </message>
        <message>
            <source>the frequency cache has format version %1; this GenomeDesk reads up to version %2</source>
            <translation>la cache delle frequenze ha la versione di formato %1; questa versione di GenomeDesk legge fino alla versione %2</translation>
        </message>
        <message>
            <source>reading the sources</source>
            <translation>lettura delle fonti</translation>
        </message>
        <message>
            <source>reading the populations</source>
            <translation>lettura delle popolazioni</translation>
        </message>
        <message>
            <source>reading the fields</source>
            <translation>lettura dei campi</translation>
        </message>
        <message>
            <source>the frequency cache is for %1 but the case is %2; use a cache built from %2 sources</source>
            <translation>la cache delle frequenze è per %1 ma il caso è %2; usi una cache costruita da fonti %2</translation>
        </message>
        <message>
            <source>reading sites</source>
            <translation>lettura dei siti</translation>
        </message>
        <message>
            <source>reading sites of %1:%2</source>
            <translation>lettura dei siti di %1:%2</translation>
        </message>
        <message>
            <source>%1 (source %2, contig %3, window %4)</source>
            <translation>%1 (fonte %2, contig %3, finestra %4)</translation>
        </message>
        <message>
            <source>the frequency cache has no source called %1</source>
            <translation>la cache delle frequenze non ha alcuna fonte denominata %1</translation>
        </message>
        <message>
            <source>removing a source</source>
            <translation>rimozione di una fonte</translation>
        </message>
        <message>
            <source>the frequency cache holds %1 data but the source %2 is %3</source>
            <translation>la cache delle frequenze contiene dati %1 ma la fonte %2 è %3</translation>
        </message>
        <message>
            <source>of an unknown build</source>
            <translation>di una build sconosciuta</translation>
        </message>
        <message>
            <source>a source needs a name and a version</source>
            <translation>una fonte richiede un nome e una versione</translation>
        </message>
        <message>
            <source>a source needs at least one field</source>
            <translation>una fonte richiede almeno un campo</translation>
        </message>
        <message>
            <source>starting the import</source>
            <translation>avvio dell'importazione</translation>
        </message>
        <message>
            <source>replacing the source</source>
            <translation>sostituzione della fonte</translation>
        </message>
        <message>
            <source>writing the source</source>
            <translation>scrittura della fonte</translation>
        </message>
        <message>
            <source>writing the populations</source>
            <translation>scrittura delle popolazioni</translation>
        </message>
        <message>
            <source>writing the fields</source>
            <translation>scrittura dei campi</translation>
        </message>
        <message>
            <source>writing the build</source>
            <translation>scrittura della build</translation>
        </message>
        <message>
            <source>writing sites</source>
            <translation>scrittura dei siti</translation>
        </message>
        <message>
            <source>writing the coverage</source>
            <translation>scrittura della copertura</translation>
        </message>
        <message>
            <source>finishing the import</source>
            <translation>completamento dell'importazione</translation>
        </message>
        <message>
            <source>committing the import</source>
            <translation>commit dell'importazione</translation>
        </message>
        <message>
            <source>cannot read the field map</source>
            <translation>impossibile leggere la mappa dei campi</translation>
        </message>
        <message>
            <source>expected &lt;metric&gt; &lt;population&gt; &lt;INFO key&gt; [type] or population &lt;label&gt; &lt;description&gt; [count]</source>
            <translation>atteso &lt;metric&gt; &lt;population&gt; &lt;INFO key&gt; [type] oppure population &lt;label&gt; &lt;description&gt; [count]</translation>
        </message>
        <message>
            <source>the sample count %1 is not a number</source>
            <translation>il numero di campioni %1 non è un numero</translation>
        </message>
        <message>
            <source>unknown type %1 (Integer, Float or String)</source>
            <translation>tipo sconosciuto %1 (Integer, Float o String)</translation>
        </message>
        <message>
            <source>the field map maps no field</source>
            <translation>la mappa dei campi non mappa alcun campo</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>file non trovato</translation>
        </message>
        <message>
            <source>not a readable file</source>
            <translation>file non leggibile</translation>
        </message>
        <message>
            <source>the source name %1 must start with a letter and contain only letters, digits and '_' (it prefixes INFO keys)</source>
            <translation>il nome della fonte %1 deve iniziare con una lettera e contenere solo lettere, cifre e '_' (fa da prefisso alle chiavi INFO)</translation>
        </message>
        <message>
            <source>htslib cannot open the file</source>
            <translation>htslib non riesce ad aprire il file</translation>
        </message>
        <message>
            <source>not a VCF or BCF file</source>
            <translation>non è un file VCF o BCF</translation>
        </message>
        <message>
            <source>the file is truncated (the BGZF end-of-file marker is missing)</source>
            <translation>il file è troncato (manca il marcatore di fine file BGZF)</translation>
        </message>
        <message>
            <source>the VCF header is missing or invalid</source>
            <translation>l'intestazione VCF manca o non è valida</translation>
        </message>
        <message>
            <source>the sites VCF header says %1 but %2 was given</source>
            <translation>l'intestazione del VCF dei siti indica %1 ma è stato indicato %2</translation>
        </message>
        <message>
            <source>cannot tell the genome build of the sites VCF from its header; give it (GRCh37 or GRCh38)</source>
            <translation>impossibile determinare la build del genoma del VCF dei siti dalla sua intestazione; la indichi (GRCh37 o GRCh38)</translation>
        </message>
        <message>
            <source>All samples of the source</source>
            <translation>Tutti i campioni della fonte</translation>
        </message>
        <message>
            <source>the sites VCF does not declare the INFO field(s) %1; check --populations or the field map</source>
            <translation>il VCF dei siti non dichiara i campi INFO %1; controlli --populations o la mappa dei campi</translation>
        </message>
        <message>
            <source>the sites VCF has no frequency fields to import</source>
            <translation>il VCF dei siti non ha campi di frequenza da importare</translation>
        </message>
        <message>
            <source>the INFO field %1 must have Number=A, R or 1</source>
            <translation>il campo INFO %1 deve avere Number=A, R o 1</translation>
        </message>
        <message>
            <source>cannot read the record (truncated or malformed file)</source>
            <translation>impossibile leggere il record (file troncato o non valido)</translation>
        </message>
        <message>
            <source>the import was cancelled</source>
            <translation>l'importazione è stata annullata</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted: contig %1 appears in two blocks</source>
            <translation>il VCF dei siti non è ordinato: il contig %1 compare in due blocchi</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted by position</source>
            <translation>il VCF dei siti non è ordinato per posizione</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate site(s) dropped; the first record wins</source>
            <translation>
                <numerusform>%n sito duplicato scartato; prevale il primo record</numerusform>
                <numerusform>%n siti duplicati scartati; prevale il primo record</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symbolic, breakend or '*' allele(s) skipped</source>
            <translation>
                <numerusform>%n allele simbolico, di breakend o '*' ignorato</numerusform>
                <numerusform>%n alleli simbolici, di breakend o '*' ignorati</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown output format; name the file .vcf.gz, .bcf, .vcf or .tsv</source>
            <translation>formato di output sconosciuto; assegni al file l'estensione .vcf.gz, .bcf, .vcf o .tsv</translation>
        </message>
        <message>
            <source>the input already declares INFO/%1 differently</source>
            <translation>l'input dichiara già INFO/%1 in modo diverso</translation>
        </message>
        <message>
            <source>cannot extend the VCF header</source>
            <translation>impossibile estendere l'intestazione VCF</translation>
        </message>
        <message>
            <source>cannot write in the output directory</source>
            <translation>impossibile scrivere nella cartella di output</translation>
        </message>
        <message>
            <source>cannot create the output file</source>
            <translation>impossibile creare il file di output</translation>
        </message>
        <message>
            <source>cannot write the output header</source>
            <translation>impossibile scrivere l'intestazione di output</translation>
        </message>
        <message>
            <source>cannot write the output</source>
            <translation>impossibile scrivere l'output</translation>
        </message>
        <message>
            <source>cannot update INFO/%1</source>
            <translation>impossibile aggiornare INFO/%1</translation>
        </message>
        <message>
            <source>cannot finish the output file</source>
            <translation>impossibile completare il file di output</translation>
        </message>
        <message>
            <source>cannot rename the output into place</source>
            <translation>impossibile rinominare l'output nella posizione definitiva</translation>
        </message>
        <message>
            <source>undeclared key(s) dropped from the output: %1</source>
            <translation>chiavi non dichiarate rimosse dall'output: %1</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>impossibile aprire il file</translation>
        </message>
        <message>
            <source>import cancelled</source>
            <translation>importazione annullata</translation>
        </message>
        <message>
            <source>the file is damaged or truncated</source>
            <translation>il file è danneggiato o troncato</translation>
        </message>
        <message>
            <source>knowledge base error: %1</source>
            <translation>errore della knowledge base: %1</translation>
        </message>
        <message>
            <source>cannot open the knowledge base: %1</source>
            <translation>impossibile aprire la knowledge base: %1</translation>
        </message>
        <message>
            <source>knowledge base schema %1 is not supported (expected %2)</source>
            <translation>lo schema %1 della knowledge base non è supportato (atteso %2)</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene file</source>
            <translation>indichi la build del genoma (GRCh37 o GRCh38) del file dei geni</translation>
        </message>
        <message>
            <source>expected a BED line: contig, start, end, gene symbol</source>
            <translation>attesa una riga BED: contig, inizio, fine, simbolo del gene</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene model</source>
            <translation>indichi la build del genoma (GRCh37 o GRCh38) del modello genico</translation>
        </message>
        <message>
            <source>expected 9 tab-separated GTF/GFF3 columns with start &lt;= end</source>
            <translation>attese 9 colonne GTF/GFF3 separate da tabulazioni con inizio &lt;= fine</translation>
        </message>
        <message>
            <source>expected the #CHROM header line</source>
            <translation>attesa la riga di intestazione #CHROM</translation>
        </message>
        <message>
            <source>the ClinVar file does not say its genome build (##reference); give it with --build</source>
            <translation>il file ClinVar non indica la build del genoma (##reference); la indichi con --build</translation>
        </message>
        <message>
            <source>data before the #CHROM header line</source>
            <translation>dati prima della riga di intestazione #CHROM</translation>
        </message>
        <message>
            <source>expected at least 8 VCF columns with a numeric POS</source>
            <translation>attese almeno 8 colonne VCF con un POS numerico</translation>
        </message>
        <message>
            <source>no #CHROM header line</source>
            <translation>nessuna riga di intestazione #CHROM</translation>
        </message>
        <message>
            <source>not a PanelApp TSV (no gene_symbol column) or panel BED (no ##gene_panel header)</source>
            <translation>non è un TSV di PanelApp (nessuna colonna gene_symbol) né un BED di pannello (nessuna intestazione ##gene_panel)</translation>
        </message>
        <message>
            <source>expected %1 columns, found %2</source>
            <translation>attese %1 colonne, trovate %2</translation>
        </message>
        <message>
            <source>a panel gene needs a panel and a symbol</source>
            <translation>un gene del pannello richiede un pannello e un simbolo</translation>
        </message>
        <message>
            <source>not found in %1</source>
            <translation>non trovato in %1</translation>
        </message>
        <message>
            <source>the genome build of the case is unknown; choose GRCh37 or GRCh38</source>
            <translation>la build del genoma del caso è sconosciuta; scelga GRCh37 o GRCh38</translation>
        </message>
        <message>
            <source>the frequency cache is %1 but the case is %2; use a cache of the case's build</source>
            <translation>la cache delle frequenze è %1 ma il caso è %2; usi una cache della build del caso</translation>
        </message>
        <message>
            <source>the case has no samples, so there is no patient to evaluate</source>
            <translation>il caso non ha campioni, quindi non c'è alcun paziente da valutare</translation>
        </message>
        <message>
            <source>there is no sample %1 in the case</source>
            <translation>nel caso non c'è alcun campione %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annullato</translation>
        </message>
        <message>
            <source>consent file not found</source>
            <translation>file del consenso non trovato</translation>
        </message>
        <message>
            <source>cannot read the consent file: %1</source>
            <translation>impossibile leggere il file del consenso: %1</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>JSON non valido: %1</translation>
        </message>
        <message>
            <source>not a GenomeDesk consent profile: "format" must be "genomedesk-consent"</source>
            <translation>non è un profilo di consenso GenomeDesk: "format" deve essere "genomedesk-consent"</translation>
        </message>
        <message>
            <source>unsupported consent formatVersion (this GenomeDesk reads 1)</source>
            <translation>formatVersion del consenso non supportata (questa versione di GenomeDesk legge la 1)</translation>
        </message>
        <message>
            <source>"ageGroup" must be "adult" or "minor"</source>
            <translation>"ageGroup" deve essere "adult" o "minor"</translation>
        </message>
        <message>
            <source>"recordedOn" must be a date such as 2026-11-20</source>
            <translation>"recordedOn" deve essere una data come 2026-11-20</translation>
        </message>
        <message>
            <source>"recordedBy" must name who recorded the consent</source>
            <translation>"recordedBy" deve indicare chi ha registrato il consenso</translation>
        </message>
        <message>
            <source>consent for "%1" must be "opt-in" or "opt-out"</source>
            <translation>il consenso per "%1" deve essere "opt-in" o "opt-out"</translation>
        </message>
        <message>
            <source>consent category "%1" is not defined by policy %2</source>
            <translation>la categoria di consenso "%1" non è definita dalla policy %2</translation>
        </message>
        <message>
            <source>cannot read the indication: %1</source>
            <translation>impossibile leggere l'indicazione: %1</translation>
        </message>
        <message>
            <source>"%1" is not a gene symbol</source>
            <translation>"%1" non è un simbolo di gene</translation>
        </message>
        <message>
            <source>"%1" must be a non-empty text</source>
            <translation>"%1" deve essere un testo non vuoto</translation>
        </message>
        <message>
            <source>"%1" must be a list of texts</source>
            <translation>"%1" deve essere un elenco di testi</translation>
        </message>
        <message>
            <source>"%1" must be one of %2, not %3</source>
            <translation>"%1" deve essere uno tra %2, non %3</translation>
        </message>
        <message>
            <source>policy file not found</source>
            <translation>file della policy non trovato</translation>
        </message>
        <message>
            <source>cannot read the policy: %1</source>
            <translation>impossibile leggere la policy: %1</translation>
        </message>
        <message>
            <source>a policy must be a JSON object</source>
            <translation>una policy deve essere un oggetto JSON</translation>
        </message>
        <message>
            <source>not a GenomeDesk policy: "format" must be "%1"</source>
            <translation>non è una policy GenomeDesk: "format" deve essere "%1"</translation>
        </message>
        <message>
            <source>unsupported policy formatVersion %1 (this GenomeDesk reads %2)</source>
            <translation>formatVersion %1 della policy non supportata (questa versione di GenomeDesk legge la %2)</translation>
        </message>
        <message>
            <source>policy id "%1" may only hold lower-case letters, digits, '.' and '-'</source>
            <translation>l'id della policy "%1" può contenere solo lettere minuscole, cifre, '.' e '-'</translation>
        </message>
        <message>
            <source>policy version "%1" is not a version number such as 3.2</source>
            <translation>la versione della policy "%1" non è un numero di versione come 3.2</translation>
        </message>
        <message>
            <source>"revision" must be a whole number from 1</source>
            <translation>"revision" deve essere un numero intero a partire da 1</translation>
        </message>
        <message>
            <source>"consent" must give a "model": opt-in or opt-out</source>
            <translation>"consent" deve indicare un "model": opt-in o opt-out</translation>
        </message>
        <message>
            <source>consent category "%1" is empty or given twice</source>
            <translation>la categoria di consenso "%1" è vuota o indicata due volte</translation>
        </message>
        <message>
            <source>"consent" must list its "categories"</source>
            <translation>"consent" deve elencare le sue "categories"</translation>
        </message>
        <message>
            <source>unknown classification "%1" in "reportable"</source>
            <translation>classificazione sconosciuta "%1" in "reportable"</translation>
        </message>
        <message>
            <source>"classification" must list the "reportable" classifications</source>
            <translation>"classification" deve elencare le classificazioni "reportable"</translation>
        </message>
        <message>
            <source>"clinvarMinimumStars" must be a whole number from 0 to 4</source>
            <translation>"clinvarMinimumStars" deve essere un numero intero da 0 a 4</translation>
        </message>
        <message>
            <source>"ba1" must be an allele frequency above 0 and at most 1</source>
            <translation>"ba1" deve essere una frequenza allelica maggiore di 0 e al massimo 1</translation>
        </message>
        <message>
            <source>"truncatingConsequences" must list SO terms</source>
            <translation>"truncatingConsequences" deve elencare termini SO</translation>
        </message>
        <message>
            <source>"genes" must be a non-empty list</source>
            <translation>"genes" deve essere un elenco non vuoto</translation>
        </message>
        <message>
            <source>each entry of "genes" must be an object</source>
            <translation>ogni voce di "genes" deve essere un oggetto</translation>
        </message>
        <message>
            <source>gene symbol "%1" is not a valid HGNC symbol</source>
            <translation>il simbolo di gene "%1" non è un simbolo HGNC valido</translation>
        </message>
        <message>
            <source>gene %1 is listed twice</source>
            <translation>il gene %1 è elencato due volte</translation>
        </message>
        <message>
            <source>gene %1: "hgncId" must look like HGNC:1234</source>
            <translation>gene %1: "hgncId" deve avere la forma HGNC:1234</translation>
        </message>
        <message>
            <source>unknown gene %1: not in the knowledge base's gene model</source>
            <translation>gene sconosciuto %1: non presente nel modello genico della knowledge base</translation>
        </message>
        <message>
            <source>gene %1: HGNC id %2 does not match the gene model's %3</source>
            <translation>gene %1: l'id HGNC %2 non corrisponde a %3 del modello genico</translation>
        </message>
        <message>
            <source>gene %1: "inheritance" is missing</source>
            <translation>gene %1: manca "inheritance"</translation>
        </message>
        <message>
            <source>gene %1: unknown rule "%2" (known rules: %3)</source>
            <translation>gene %1: regola sconosciuta "%2" (regole note: %3)</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" does not fit inheritance %3</source>
            <translation>gene %1: la regola "%2" non è compatibile con l'ereditarietà %3</translation>
        </message>
        <message>
            <source>gene %1: "onset" is missing (childhood or adult)</source>
            <translation>gene %1: manca "onset" (childhood o adult)</translation>
        </message>
        <message>
            <source>gene %1: consent category "%2" is not defined in "consent"</source>
            <translation>gene %1: la categoria di consenso "%2" non è definita in "consent"</translation>
        </message>
        <message>
            <source>gene %1: "maximumCredibleAf" must be above 0 and at most 1</source>
            <translation>gene %1: "maximumCredibleAf" deve essere maggiore di 0 e al massimo 1</translation>
        </message>
        <message>
            <source>gene %1: %2 position "%3" must look like 6-26092913-G-A</source>
            <translation>gene %1: la posizione %2 "%3" deve avere la forma 6-26092913-G-A</translation>
        </message>
        <message>
            <source>gene %1: a listed variant needs a "name"</source>
            <translation>gene %1: una variante elencata richiede un "name"</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" needs a list of "variants"</source>
            <translation>gene %1: la regola "%2" richiede un elenco di "variants"</translation>
        </message>
        <message>
            <source>report as primary finding</source>
            <translation>da riportare come risultato primario</translation>
        </message>
        <message>
            <source>report as secondary finding</source>
            <translation>da riportare come risultato secondario</translation>
        </message>
        <message>
            <source>not reported: no consent</source>
            <translation>non riportato: nessun consenso</translation>
        </message>
        <message>
            <source>not reportable</source>
            <translation>non riportabile</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>da rivedere</translation>
        </message>
        <message>
            <source>heterozygous</source>
            <translation>eterozigote</translation>
        </message>
        <message>
            <source>homozygous</source>
            <translation>omozigote</translation>
        </message>
        <message>
            <source>hemizygous</source>
            <translation>emizigote</translation>
        </message>
        <message>
            <source>homozygous reference</source>
            <translation>omozigote per il riferimento</translation>
        </message>
        <message>
            <source>another alternate allele</source>
            <translation>un altro allele alternativo</translation>
        </message>
        <message>
            <source>no call</source>
            <translation>nessuna chiamata</translation>
        </message>
        <message>
            <source>male</source>
            <translation>maschio</translation>
        </message>
        <message>
            <source>female</source>
            <translation>femmina</translation>
        </message>
        <message>
            <source>sex unknown</source>
            <translation>sesso sconosciuto</translation>
        </message>
        <message>
            <source>The variant is not in a known gene.</source>
            <translation>La variante non si trova in un gene noto.</translation>
        </message>
        <message>
            <source>The patient does not carry this allele (genotype: %1).</source>
            <translation>Il paziente non è portatore di questo allele (genotipo: %1).</translation>
        </message>
        <message>
            <source>%1 (%2) is %3 in the policy.</source>
            <translation>%1 (%2) è %3 nella policy.</translation>
        </message>
        <message>
            <source>source not given</source>
            <translation>fonte non indicata</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the BA1 threshold of %3, but the policy exempts %4 %5 from BA1.</source>
            <translation>La frequenza allelica di popolazione %1 (%2) supera la soglia BA1 di %3, ma la policy esenta %4 %5 da BA1.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is at or above the BA1 threshold of %3: benign by frequency.</source>
            <translation>La frequenza allelica di popolazione %1 (%2) è pari o superiore alla soglia BA1 di %3: benigna in base alla frequenza.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the maximum credible frequency of %3 for %4.</source>
            <translation>La frequenza allelica di popolazione %1 (%2) supera la frequenza massima plausibile di %3 per %4.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is below the policy's ceilings.</source>
            <translation>La frequenza allelica di popolazione %1 (%2) è inferiore ai limiti della policy.</translation>
        </message>
        <message>
            <source>No population frequency is available; the frequency ceilings could not be checked.</source>
            <translation>Nessuna frequenza di popolazione disponibile; non è stato possibile verificare i limiti di frequenza.</translation>
        </message>
        <message>
            <source>The laboratory classified the variant as %1; this overrides ClinVar.</source>
            <translation>Il laboratorio ha classificato la variante come %1; ciò prevale su ClinVar.</translation>
        </message>
        <message numerus="yes">
            <source>ClinVar reports conflicting classifications (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar riporta classificazioni contrastanti (%n stella di revisione).</numerusform>
                <numerusform>ClinVar riporta classificazioni contrastanti (%n stelle di revisione).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 with %n review star(s), below the policy's minimum of %2.</source>
            <translation>
                <numerusform>ClinVar la classifica come %1 con %n stella di revisione, al di sotto del minimo di %2 previsto dalla policy.</numerusform>
                <numerusform>ClinVar la classifica come %1 con %n stelle di revisione, al di sotto del minimo di %2 previsto dalla policy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar la classifica come %1 (%n stella di revisione).</numerusform>
                <numerusform>ClinVar la classifica come %1 (%n stelle di revisione).</numerusform>
            </translation>
        </message>
        <message>
            <source>The variant has no classification (not in ClinVar and not classified by the laboratory).</source>
            <translation>La variante non ha alcuna classificazione (non presente in ClinVar e non classificata dal laboratorio).</translation>
        </message>
        <message>
            <source>%1 is in the case's indication.</source>
            <translation>%1 rientra nell'indicazione del caso.</translation>
        </message>
        <message>
            <source>%1 is in the case's indication (%2).</source>
            <translation>%1 rientra nell'indicazione del caso (%2).</translation>
        </message>
        <message>
            <source>A %1 variant in an indication gene is a primary finding.</source>
            <translation>Una variante %1 in un gene dell'indicazione è un risultato primario.</translation>
        </message>
        <message>
            <source>The classification must be reviewed before this primary finding can be reported or dismissed.</source>
            <translation>La classificazione deve essere rivista prima che questo risultato primario possa essere riportato o scartato.</translation>
        </message>
        <message>
            <source>Only pathogenic and likely pathogenic variants are reported.</source>
            <translation>Vengono riportate solo le varianti patogenetiche e probabilmente patogenetiche.</translation>
        </message>
        <message>
            <source>%1 is neither in the indication nor on the policy's list (%2).</source>
            <translation>%1 non rientra nell'indicazione né è nell'elenco della policy (%2).</translation>
        </message>
        <message>
            <source>%1 is on the policy's list (%2, rule: %3).</source>
            <translation>%1 è nell'elenco della policy (%2, regola: %3).</translation>
        </message>
        <message>
            <source>For %1 only homozygous %2 is reported; this variant is not %2.</source>
            <translation>Per %1 viene riportata solo %2 in omozigosi; questa variante non è %2.</translation>
        </message>
        <message>
            <source>%1 is listed by the policy, but classified as %2.</source>
            <translation>%1 è elencato nella policy, ma è classificato come %2.</translation>
        </message>
        <message>
            <source>The variant is %1 %2, named by the policy.</source>
            <translation>La variante è %1 %2, indicata per nome nella policy.</translation>
        </message>
        <message>
            <source>Conflicting classifications in a policy gene must be reviewed.</source>
            <translation>Le classificazioni contrastanti in un gene della policy devono essere riviste.</translation>
        </message>
        <message>
            <source>The policy does not report variants with conflicting classifications.</source>
            <translation>La policy non riporta varianti con classificazioni contrastanti.</translation>
        </message>
        <message>
            <source>The classification must be confirmed by the laboratory before it can be reported.</source>
            <translation>La classificazione deve essere confermata dal laboratorio prima di poter essere riportata.</translation>
        </message>
        <message>
            <source>An unclassified %1 variant in a policy gene must be classified.</source>
            <translation>Una variante %1 non classificata in un gene della policy deve essere classificata.</translation>
        </message>
        <message>
            <source>Only classified pathogenic and likely pathogenic variants are reported.</source>
            <translation>Vengono riportate solo le varianti classificate come patogenetiche e probabilmente patogenetiche.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported, and the consequence of this variant is not known.</source>
            <translation>Per %1 vengono riportate solo le varianti troncanti e la conseguenza di questa variante non è nota.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported; %2 is not truncating.</source>
            <translation>Per %1 vengono riportate solo le varianti troncanti; %2 non è troncante.</translation>
        </message>
        <message>
            <source>The variant is truncating (%1).</source>
            <translation>La variante è troncante (%1).</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants in trans (phase from the parents or phased calls): biallelic.</source>
            <translation>%1 ha %2 varianti P/LP eterozigoti in trans (fase dai genitori o da chiamate in fase): biallelico.</translation>
        </message>
        <message>
            <source>The heterozygous P/LP variants in %1 are on the same parental allele (in cis): not biallelic → not reportable.</source>
            <translation>Le varianti P/LP eterozigoti in %1 si trovano sullo stesso allele parentale (in cis): non biallelico → non riportabile.</translation>
        </message>
        <message>
            <source>Another variant in %1 needs review; together they could be biallelic.</source>
            <translation>Un'altra variante in %1 deve essere rivista; insieme potrebbero essere bialleliche.</translation>
        </message>
        <message>
            <source>One heterozygous P/LP variant in %1: carrier status, which this policy reports.</source>
            <translation>Una variante P/LP eterozigote in %1: stato di portatore, che questa policy riporta.</translation>
        </message>
        <message>
            <source>%1 is reported for every P/LP variant (%2 found).</source>
            <translation>%1 viene riportato per ogni variante P/LP (%2 trovate).</translation>
        </message>
        <message>
            <source>%1 is X-linked: hemizygous, heterozygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1 è legato all'X: vengono riportate le varianti P/LP emizigoti, eterozigoti e omozigoti (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a homozygous P/LP variant is reportable.</source>
            <translation>%1 è solo biallelico: una variante P/LP omozigote è riportabile.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a hemizygous P/LP variant (no second allele) is reportable.</source>
            <translation>%1 è solo biallelico: una variante P/LP emizigote (senza secondo allele) è riportabile.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; one heterozygous P/LP variant found → not reportable.</source>
            <translation>%1 è solo biallelico: trovata una sola variante P/LP eterozigote → non riportabile.</translation>
        </message>
        <message>
            <source>%1: hemizygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1: vengono riportate le varianti P/LP emizigoti e omozigoti (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is on chromosome X and the patient is male: the heterozygous call is read as hemizygous.</source>
            <translation>%1 si trova sul cromosoma X e il paziente è di sesso maschile: la chiamata eterozigote è interpretata come emizigote.</translation>
        </message>
        <message>
            <source>%1: one heterozygous P/LP variant and the patient's sex is unknown; in a male it would be hemizygous.</source>
            <translation>%1: una variante P/LP eterozigote e il sesso del paziente è sconosciuto; in un maschio sarebbe emizigote.</translation>
        </message>
        <message>
            <source>%1: a single heterozygous P/LP variant in a female is not reported; only hemizygous, homozygous or two heterozygous variants are.</source>
            <translation>%1: una singola variante P/LP eterozigote in una femmina non viene riportata; vengono riportate solo varianti emizigoti, omozigoti o due varianti eterozigoti.</translation>
        </message>
        <message>
            <source>%1: the named variant is homozygous, which the policy reports.</source>
            <translation>%1: la variante indicata è omozigote, il che è riportato dalla policy.</translation>
        </message>
        <message>
            <source>%1: only homozygotes of the named variant are reported; %2 carriers and compound heterozygotes are not.</source>
            <translation>%1: vengono riportati solo gli omozigoti per la variante indicata; i portatori di %2 e gli eterozigoti composti no.</translation>
        </message>
        <message>
            <source>recorded on %1 by %2</source>
            <translation>registrato il %1 da %2</translation>
        </message>
        <message>
            <source>The patient is a minor: adult-onset conditions are not reported for minors by default.</source>
            <translation>Il paziente è minorenne: per impostazione predefinita le condizioni a esordio adulto non vengono riportate per i minori.</translation>
        </message>
        <message>
            <source>The patient opted in to "%1" (%2): report as a secondary finding.</source>
            <translation>Il paziente ha aderito a "%1" (%2): da riportare come risultato secondario.</translation>
        </message>
        <message>
            <source>The patient opted out of "%1" (%2).</source>
            <translation>Il paziente ha rifiutato "%1" (%2).</translation>
        </message>
        <message>
            <source>No choice is recorded for "%1"; under the policy's opt-out model it is reported as a secondary finding.</source>
            <translation>Per "%1" non è registrata alcuna scelta; secondo il modello opt-out della policy viene riportato come risultato secondario.</translation>
        </message>
        <message>
            <source>No consent is recorded for "%1"; the policy's opt-in model requires it.</source>
            <translation>Per "%1" non è registrato alcun consenso; il modello opt-in della policy lo richiede.</translation>
        </message>
        <message>
            <source>unclassified</source>
            <translation>non classificata</translation>
        </message>
        <message>
            <source>pathogenic</source>
            <translation>patogenetica</translation>
        </message>
        <message>
            <source>likely pathogenic</source>
            <translation>probabilmente patogenetica</translation>
        </message>
        <message>
            <source>uncertain significance</source>
            <translation>significato incerto</translation>
        </message>
        <message>
            <source>likely benign</source>
            <translation>probabilmente benigna</translation>
        </message>
        <message>
            <source>benign</source>
            <translation>benigna</translation>
        </message>
        <message>
            <source>conflicting classifications</source>
            <translation>classificazioni contrastanti</translation>
        </message>
        <message>
            <source>other (not a pathogenicity classification)</source>
            <translation>altro (non è una classificazione di patogenicità)</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria: %1</source>
            <translation>Criteri ACMG/AMP: %1</translation>
        </message>
        <message>
            <source>Inheritance: %1</source>
            <translation>Ereditarietà: %1</translation>
        </message>
        <message>
            <source>Consent category: %1</source>
            <translation>Categoria di consenso: %1</translation>
        </message>
        <message>
            <source>Policy: %1</source>
            <translation>Policy: %1</translation>
        </message>
        <message>
            <source>Reviewer's comment: %1</source>
            <translation>Commento del revisore: %1</translation>
        </message>
        <message>
            <source>Primary findings</source>
            <translation>Risultati primari</translation>
        </message>
        <message>
            <source>Primary findings for the indication: %1</source>
            <translation>Risultati primari per l'indicazione: %1</translation>
        </message>
        <message>
            <source>Secondary findings</source>
            <translation>Risultati secondari</translation>
        </message>
        <message>
            <source>Secondary findings (%1)</source>
            <translation>Risultati secondari (%1)</translation>
        </message>
        <message>
            <source>Variants of uncertain significance</source>
            <translation>Varianti di significato incerto</translation>
        </message>
        <message>
            <source>GenomeDesk report, version %1</source>
            <translation>Referto GenomeDesk, versione %1</translation>
        </message>
        <message>
            <source>de novo (absent in both parents)</source>
            <translation>de novo (assente in entrambi i genitori)</translation>
        </message>
        <message>
            <source>homozygous, both parents heterozygous carriers</source>
            <translation>omozigote, entrambi i genitori portatori eterozigoti</translation>
        </message>
        <message>
            <source>compound heterozygous (in trans)</source>
            <translation>eterozigote composto (in trans)</translation>
        </message>
        <message>
            <source>X-linked, inherited from the mother</source>
            <translation>legato all'X, ereditato dalla madre</translation>
        </message>
        <message>
            <source>inconsistent with the parents' genotypes</source>
            <translation>non coerente con i genotipi dei genitori</translation>
        </message>
        <message>
            <source>present in both parents</source>
            <translation>presente in entrambi i genitori</translation>
        </message>
        <message>
            <source>inherited from the mother</source>
            <translation>ereditato dalla madre</translation>
        </message>
        <message>
            <source>inherited from the father</source>
            <translation>ereditato dal padre</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n review star(s))</source>
            <translation>
                <numerusform>%1 (%n stella di revisione)</numerusform>
                <numerusform>%1 (%n stelle di revisione)</numerusform>
            </translation>
        </message>
        <message>
            <source>none given: secondary findings only</source>
            <translation>non indicata: solo risultati secondari</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n gene(s))</source>
            <translation>
                <numerusform>%1 (%n gene)</numerusform>
                <numerusform>%1 (%n geni)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (ClinVar; not yet classified by the laboratory)</source>
            <translation>%1 (ClinVar; non ancora classificata dal laboratorio)</translation>
        </message>
        <message>
            <source>GenomeDesk %1</source>
            <translation>GenomeDesk %1</translation>
        </message>
        <message>
            <source>Only the variants in the submitted file were assessed. Regions that were not sequenced, not covered well enough or not called by the pipeline are not assessed, so a negative result does not exclude a variant there.</source>
            <translation>Sono state valutate solo le varianti presenti nel file inviato. Le regioni non sequenziate, non sufficientemente coperte o non chiamate dalla pipeline non sono valutate, quindi un risultato negativo non esclude una variante in tali regioni.</translation>
        </message>
        <message>
            <source>Structural variants, copy-number changes, repeat expansions and mitochondrial heteroplasmy are not assessed by this report.</source>
            <translation>Le varianti strutturali, le variazioni del numero di copie, le espansioni di ripetizioni e l'eteroplasmia mitocondriale non sono valutate in questo referto.</translation>
        </message>
        <message numerus="yes">
            <source>Secondary findings were sought only in the %n gene(s) of %1.</source>
            <translation>
                <numerusform>I risultati secondari sono stati ricercati solo nel %n gene di %1.</numerusform>
                <numerusform>I risultati secondari sono stati ricercati solo negli %n geni di %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No population frequency data was available, so frequency criteria were not applied.</source>
            <translation>Non erano disponibili dati di frequenza di popolazione, quindi i criteri di frequenza non sono stati applicati.</translation>
        </message>
        <message>
            <source>No ClinVar data was available; only the laboratory's own classifications were used.</source>
            <translation>Non erano disponibili dati ClinVar; sono state usate solo le classificazioni del laboratorio.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) in policy genes need a geneticist's review before this report can be signed.</source>
            <translation>
                <numerusform>%n variante in geni della policy deve essere rivista da un genetista clinico prima che questo referto possa essere firmato.</numerusform>
                <numerusform>%n varianti in geni della policy devono essere riviste da un genetista clinico prima che questo referto possa essere firmato.</numerusform>
            </translation>
        </message>
        <message>
            <source>read error</source>
            <translation>errore di lettura</translation>
        </message>
        <message>
            <source>cannot write the whole file: the disk is full or a quota or file-size limit was reached; the previous file is unchanged</source>
            <translation>impossibile scrivere l'intero file: il disco è pieno oppure è stata raggiunta una quota o un limite di dimensione dei file; il file precedente non è stato modificato</translation>
        </message>
        <message>
            <source>the report template has no %1 placeholder</source>
            <translation>il modello del referto non contiene il segnaposto %1</translation>
        </message>
        <message>
            <source>not found (%1)</source>
            <translation>non trovato (%1)</translation>
        </message>
        <message>
            <source>%1 homozygous</source>
            <translation>%1 omozigote</translation>
        </message>
        <message>
            <source>intergenic</source>
            <translation>intergenica</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classificazione</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>Criteri ACMG/AMP</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Trascritto</translation>
        </message>
        <message>
            <source>Position (%1)</source>
            <translation>Posizione (%1)</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Conseguenza</translation>
        </message>
        <message>
            <source>Zygosity</source>
            <translation>Zigosità</translation>
        </message>
        <message>
            <source>Inheritance</source>
            <translation>Ereditarietà</translation>
        </message>
        <message>
            <source>Population frequency</source>
            <translation>Frequenza di popolazione</translation>
        </message>
        <message>
            <source>no population data available</source>
            <translation>nessun dato di popolazione disponibile</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar</source>
            <translation>non presente in ClinVar</translation>
        </message>
        <message>
            <source>Why it is reported</source>
            <translation>Motivo della segnalazione</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commento</translation>
        </message>
        <message>
            <source>Sequencing quality</source>
            <translation>Qualità del sequenziamento</translation>
        </message>
        <message>
            <source>depth %1, genotype quality %2, allele balance %3, filter %4</source>
            <translation>profondità %1, qualità del genotipo %2, bilanciamento allelico %3, filtro %4</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Varianti</translation>
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
            <translation>Gene</translation>
        </message>
        <message>
            <source>Depth</source>
            <translation>Profondità</translation>
        </message>
        <message>
            <source>GQ</source>
            <translation>GQ</translation>
        </message>
        <message>
            <source>Allele balance</source>
            <translation>Bilanciamento allelico</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtro</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes assessed for the indication or, with the patient's consent, for secondary findings.</source>
            <translation>Non è stata trovata alcuna variante riportabile nei geni valutati per l'indicazione o, con il consenso del paziente, per i risultati secondari.</translation>
        </message>
        <message>
            <source>%1 and %2 are reported.</source>
            <translation>Vengono riportati %1 e %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n risultato primario</numerusform>
                <numerusform>%n risultati primari</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n risultato secondario</numerusform>
                <numerusform>%n risultati secondari</numerusform>
            </translation>
        </message>
        <message>
            <source>Genomic test report</source>
            <translation>Referto del test genomico</translation>
        </message>
        <message>
            <source>Genomic variant report</source>
            <translation>Referto delle varianti genomiche</translation>
        </message>
        <message>
            <source>Report id</source>
            <translation>ID referto</translation>
        </message>
        <message>
            <source>%1, version %2</source>
            <translation>%1, versione %2</translation>
        </message>
        <message>
            <source>Patient (pseudonym)</source>
            <translation>Paziente (pseudonimo)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Data di nascita</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>non noto</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sesso</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Campione</translation>
        </message>
        <message>
            <source>Referring clinician</source>
            <translation>Medico richiedente</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Indicazione</translation>
        </message>
        <message>
            <source>Genome build</source>
            <translation>Build del genoma</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>Data del referto</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sintesi</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes of the indication.</source>
            <translation>Non è stata trovata alcuna variante riportabile nei geni dell'indicazione.</translation>
        </message>
        <message>
            <source>%1: not reported — the patient chose not to receive these findings.</source>
            <translation>%1: non riportato — il paziente ha scelto di non ricevere questi risultati.</translation>
        </message>
        <message>
            <source>%1: none found.</source>
            <translation>%1: nessuno trovato.</translation>
        </message>
        <message>
            <source>Listed per laboratory policy because they lie in genes of the indication; they are not a diagnosis and should not be used for clinical decisions on their own.</source>
            <translation>Elencate secondo la policy del laboratorio perché si trovano in geni dell'indicazione; non costituiscono una diagnosi e non devono essere usate da sole per decisioni cliniche.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) carried by the sample are listed below.</source>
            <translation>
                <numerusform>Di seguito è elencata %n variante presente nel campione.</numerusform>
                <numerusform>Di seguito sono elencate %n varianti presenti nel campione.</numerusform>
            </translation>
        </message>
        <message>
            <source>Methods and inputs</source>
            <translation>Metodi e dati di input</translation>
        </message>
        <message>
            <source>Input file: %1</source>
            <translation>File di input: %1</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) read, %1 skipped (reference blocks, records without ALT).</source>
            <translation>
                <numerusform>%n record letto, %1 ignorati (blocchi di riferimento, record senza ALT).</numerusform>
                <numerusform>%n record letti, %1 ignorati (blocchi di riferimento, record senza ALT).</numerusform>
            </translation>
        </message>
        <message>
            <source>Data sources and versions</source>
            <translation>Fonti dei dati e versioni</translation>
        </message>
        <message>
            <source>Policy file SHA-256: %1</source>
            <translation>SHA-256 del file della policy: %1</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Limitazioni</translation>
        </message>
        <message>
            <source>This report lists the variants as called in the input file. Population frequencies, the secondary-findings policy and ACMG/AMP classification have not been applied; the report is not signed and is not for clinical use.</source>
            <translation>Questo referto elenca le varianti così come chiamate nel file di input. Le frequenze di popolazione, la policy sui risultati secondari e la classificazione ACMG/AMP non sono state applicate; il referto non è firmato e non è destinato all'uso clinico.</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Draft — not signed, not for clinical use.</source>
            <translation>Bozza — non firmata, non per uso clinico.</translation>
        </message>
        <message>
            <source>Signed by %1, %2, on %3.</source>
            <translation>Firmato da %1, %2, il %3.</translation>
        </message>
        <message>
            <source>The electronic signature is in the file that accompanies this PDF; check it with "genomedesk verify-report".</source>
            <translation>La firma elettronica si trova nel file che accompagna questo PDF; la verifichi con "genomedesk verify-report".</translation>
        </message>
        <message>
            <source>Genomic variant report %1</source>
            <translation>Referto delle varianti genomiche %1</translation>
        </message>
        <message>
            <source>cannot start the PDF</source>
            <translation>impossibile avviare il PDF</translation>
        </message>
        <message>
            <source>GenomeDesk — report %1</source>
            <translation>GenomeDesk — referto %1</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Caso %1</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>pagina %1 di %2</translation>
        </message>
        <message>
            <source>Not signed — not for clinical use</source>
            <translation>Non firmato — non per uso clinico</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>Firmato da %1</translation>
        </message>
        <message>
            <source>cannot finish the PDF</source>
            <translation>impossibile completare il PDF</translation>
        </message>
        <message>
            <source>PKCS#12 file</source>
            <translation>File PKCS#12</translation>
        </message>
        <message>
            <source>not a PKCS#12 file (.p12/.pfx) with a certificate and key</source>
            <translation>non è un file PKCS#12 (.p12/.pfx) con un certificato e una chiave</translation>
        </message>
        <message>
            <source>wrong passphrase for the PKCS#12 file</source>
            <translation>passphrase errata per il file PKCS#12</translation>
        </message>
        <message>
            <source>cannot decrypt the PKCS#12 file (%1)</source>
            <translation>impossibile decifrare il file PKCS#12 (%1)</translation>
        </message>
        <message>
            <source>the PKCS#12 file does not hold both a certificate and its key</source>
            <translation>il file PKCS#12 non contiene sia un certificato sia la relativa chiave</translation>
        </message>
        <message>
            <source>the key in the PKCS#12 file does not belong to its certificate</source>
            <translation>la chiave nel file PKCS#12 non appartiene al relativo certificato</translation>
        </message>
        <message>
            <source>digest computation failed</source>
            <translation>calcolo del digest non riuscito</translation>
        </message>
        <message>
            <source>the signing certificate of %1 expired on %2</source>
            <translation>il certificato di firma di %1 è scaduto il %2</translation>
        </message>
        <message>
            <source>the signing certificate of %1 is not valid before %2</source>
            <translation>il certificato di firma di %1 non è valido prima del %2</translation>
        </message>
        <message>
            <source>signing failed (%1)</source>
            <translation>firma non riuscita (%1)</translation>
        </message>
        <message>
            <source>the signature file is not a CMS/PKCS#7 signature</source>
            <translation>il file di firma non è una firma CMS/PKCS#7</translation>
        </message>
        <message>
            <source>the signature embeds its content; a detached signature is expected</source>
            <translation>la firma incorpora il contenuto; è attesa una firma separata (detached)</translation>
        </message>
        <message>
            <source>the signature must have exactly one signer</source>
            <translation>la firma deve avere esattamente un firmatario</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>memoria insufficiente</translation>
        </message>
        <message>
            <source>the signer's certificate is neither in the signature nor among the trusted certificates</source>
            <translation>il certificato del firmatario non è né nella firma né tra i certificati attendibili</translation>
        </message>
        <message>
            <source>the signature has no signed attributes (content digest, signing time); such signatures are not accepted</source>
            <translation>la firma non ha attributi firmati (digest del contenuto, ora della firma); tali firme non sono accettate</translation>
        </message>
        <message>
            <source>the signature does not verify with the signer's key: the signature file is damaged or was altered</source>
            <translation>la firma non è verificabile con la chiave del firmatario: il file di firma è danneggiato o è stato alterato</translation>
        </message>
        <message>
            <source>the signature uses the digest %1; SHA-256 or stronger is required</source>
            <translation>la firma usa il digest %1; è richiesto SHA-256 o superiore</translation>
        </message>
        <message>
            <source>the signature has no message digest among its signed attributes</source>
            <translation>la firma non ha un message digest tra gli attributi firmati</translation>
        </message>
        <message>
            <source>the report was changed after it was signed (or the signature belongs to another file)</source>
            <translation>il referto è stato modificato dopo la firma (oppure la firma appartiene a un altro file)</translation>
        </message>
        <message>
            <source>the signing time of the signature cannot be read</source>
            <translation>impossibile leggere l'ora della firma</translation>
        </message>
        <message>
            <source>the signing time %1 lies in the future</source>
            <translation>l'ora della firma %1 è nel futuro</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) had expired on %2 when the report was signed on %3</source>
            <translation>il certificato del firmatario (%1) era scaduto il %2 quando il referto è stato firmato il %3</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain had expired when the report was signed on %1</source>
            <translation>un certificato della catena del firmatario era scaduto quando il referto è stato firmato il %1</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) was not yet valid when the report was signed on %2</source>
            <translation>il certificato del firmatario (%1) non era ancora valido quando il referto è stato firmato il %2</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain was not yet valid when the report was signed on %1</source>
            <translation>un certificato della catena del firmatario non era ancora valido quando il referto è stato firmato il %1</translation>
        </message>
        <message>
            <source>the signer (%1) is not trusted: %2</source>
            <translation>il firmatario (%1) non è attendibile: %2</translation>
        </message>
        <message>
            <source>the signature does not verify (%1)</source>
            <translation>la firma non è valida (%1)</translation>
        </message>
        <message>
            <source>valid signature by %1, signed on %2</source>
            <translation>firma valida di %1, firmata il %2</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>una data sconosciuta</translation>
        </message>
        <message>
            <source>stand-alone</source>
            <translation>autonomo</translation>
        </message>
        <message>
            <source>very strong</source>
            <translation>molto forte</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>forte</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderato</translation>
        </message>
        <message>
            <source>supporting</source>
            <translation>di supporto</translation>
        </message>
        <message>
            <source>unknown ACMG/AMP criterion "%1"</source>
            <translation>criterio ACMG/AMP sconosciuto "%1"</translation>
        </message>
        <message>
            <source>%1 is not used: ClinGen SVI recommends against the "reputable source" criteria; assess the evidence itself</source>
            <translation>%1 non è utilizzato: ClinGen SVI sconsiglia i criteri "reputable source"; valuti direttamente le evidenze</translation>
        </message>
        <message>
            <source>unknown strength "%1" in "%2" (use VeryStrong, Strong, Moderate or Supporting)</source>
            <translation>forza sconosciuta "%1" in "%2" (usi VeryStrong, Strong, Moderate o Supporting)</translation>
        </message>
        <message>
            <source>BA1 is stand-alone and takes no strength modifier</source>
            <translation>BA1 è autonomo e non accetta modificatori di forza</translation>
        </message>
        <message>
            <source>benign criteria cannot be applied at very strong (%1)</source>
            <translation>i criteri benigni non possono essere applicati a livello molto forte (%1)</translation>
        </message>
        <message>
            <source>criterion %1 is given more than once</source>
            <translation>il criterio %1 è indicato più di una volta</translation>
        </message>
        <message>
            <source>%1 by the Richards 2015 rules (%2); %3 by points (%4)</source>
            <translation>%1 secondo le regole di Richards 2015 (%2); %3 secondo il punteggio (%4)</translation>
        </message>
        <message>
            <source>BA1 stand-alone</source>
            <translation>BA1 autonomo</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n punti</numerusform>
            </translation>
        </message>
        <message>
            <source>GenomeDesk defaults</source>
            <translation>Impostazioni predefinite di GenomeDesk</translation>
        </message>
        <message>
            <source>policy %1</source>
            <translation>policy %1</translation>
        </message>
        <message>
            <source>an unnamed source</source>
            <translation>una fonte senza nome</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is at or above the BA1 threshold %3 (%4).</source>
            <translation>La frequenza allelica di popolazione massima %1 in %2 è pari o superiore alla soglia BA1 %3 (%4).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is above the BS1 threshold %3 (%4).</source>
            <translation>La frequenza allelica di popolazione massima %1 in %2 supera la soglia BS1 %3 (%4).</translation>
        </message>
        <message>
            <source>Absent from %1 (allele frequency 0; PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Assente in %1 (frequenza allelica 0; PM2 a livello di supporto secondo ClinGen SVI).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is below %3 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>La frequenza allelica di popolazione massima %1 in %2 è inferiore a %3 (PM2 a livello di supporto secondo ClinGen SVI).</translation>
        </message>
        <message>
            <source>Absent from %1 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Assente in %1 (PM2 a livello di supporto secondo ClinGen SVI).</translation>
        </message>
        <message>
            <source>the gene</source>
            <translation>il gene</translation>
        </message>
        <message>
            <source>Candidate: %1 is a null variant in %2; confirm that loss of function is a known disease mechanism and check the ClinGen SVI PVS1 decision tree (last exon, NMD, rescue).</source>
            <translation>Candidato: %1 è una variante nulla in %2; confermi che la perdita di funzione è un meccanismo di malattia noto e consulti l'albero decisionale PVS1 di ClinGen SVI (ultimo esone, NMD, rescue).</translation>
        </message>
        <message>
            <source>Candidate: start_lost in %1; initiation codon variants are PVS1 at moderate strength at most (ClinGen SVI PVS1 decision tree).</source>
            <translation>Candidato: start_lost in %1; le varianti del codone di inizio sono al massimo PVS1 a livello moderato (albero decisionale PVS1 di ClinGen SVI).</translation>
        </message>
        <message>
            <source>database error: %1</source>
            <translation>errore del database: %1</translation>
        </message>
        <message>
            <source>entry %1 is missing (deleted); the log jumps from %2 to %3</source>
            <translation>la voce %1 manca (eliminata); il registro salta da %2 a %3</translation>
        </message>
        <message>
            <source>entry %1 is out of order</source>
            <translation>la voce %1 non è in ordine</translation>
        </message>
        <message>
            <source>entry %1 does not follow entry %2 (chain broken: deleted, inserted or reordered entries)</source>
            <translation>la voce %1 non segue la voce %2 (catena interrotta: voci eliminate, inserite o riordinate)</translation>
        </message>
        <message>
            <source>entry %1 was altered (its content does not match its hash)</source>
            <translation>la voce %1 è stata alterata (il contenuto non corrisponde al suo hash)</translation>
        </message>
        <message>
            <source>entries %1 to %2 are missing: the log was truncated after entry %3</source>
            <translation>mancano le voci da %1 a %2: il registro è stato troncato dopo la voce %3</translation>
        </message>
        <message>
            <source>the last entry (%1) does not match the recorded end of the log</source>
            <translation>l'ultima voce (%1) non corrisponde alla fine registrata del registro</translation>
        </message>
        <message>
            <source>the case database does not exist</source>
            <translation>il database dei casi non esiste</translation>
        </message>
        <message>
            <source>cannot open the case database</source>
            <translation>impossibile aprire il database dei casi</translation>
        </message>
        <message>
            <source>case database error: %1</source>
            <translation>errore del database dei casi: %1</translation>
        </message>
        <message>
            <source>unknown user %1</source>
            <translation>utente sconosciuto %1</translation>
        </message>
        <message>
            <source>user %1 (%2) is not allowed to do this</source>
            <translation>l'utente %1 (%2) non è autorizzato a eseguire questa operazione</translation>
        </message>
        <message>
            <source>no case %1</source>
            <translation>nessun caso %1</translation>
        </message>
        <message>
            <source>the case database was written by a newer GenomeDesk (schema %1; this version knows %2)</source>
            <translation>il database dei casi è stato scritto da una versione più recente di GenomeDesk (schema %1; questa versione conosce %2)</translation>
        </message>
        <message>
            <source>a new case database needs a passphrase or a key file</source>
            <translation>un nuovo database dei casi richiede una passphrase o un file di chiave</translation>
        </message>
        <message>
            <source>this case database is protected by a passphrase</source>
            <translation>questo database dei casi è protetto da una passphrase</translation>
        </message>
        <message>
            <source>this case database is protected by a key file</source>
            <translation>questo database dei casi è protetto da un file di chiave</translation>
        </message>
        <message>
            <source>unknown key method "%1" in the case database</source>
            <translation>metodo di chiave sconosciuto "%1" nel database dei casi</translation>
        </message>
        <message>
            <source>wrong passphrase for this case database</source>
            <translation>passphrase errata per questo database dei casi</translation>
        </message>
        <message>
            <source>wrong key file for this case database</source>
            <translation>file di chiave errato per questo database dei casi</translation>
        </message>
        <message>
            <source>cannot open the case database: %1</source>
            <translation>impossibile aprire il database dei casi: %1</translation>
        </message>
        <message>
            <source>not a usable case database: %1</source>
            <translation>database dei casi non utilizzabile: %1</translation>
        </message>
        <message>
            <source>a user name is 1 to 64 letters, digits or . _ @ -</source>
            <translation>un nome utente è composto da 1 a 64 lettere, cifre o . _ @ -</translation>
        </message>
        <message>
            <source>a password needs at least 8 characters</source>
            <translation>una password deve contenere almeno 8 caratteri</translation>
        </message>
        <message>
            <source>cannot hash the password</source>
            <translation>impossibile calcolare l'hash della password</translation>
        </message>
        <message>
            <source>the first user of a case database must be an admin</source>
            <translation>il primo utente di un database dei casi deve essere un amministratore</translation>
        </message>
        <message>
            <source>only an admin can add users</source>
            <translation>solo un amministratore può aggiungere utenti</translation>
        </message>
        <message>
            <source>user %1 already exists</source>
            <translation>l'utente %1 esiste già</translation>
        </message>
        <message>
            <source>unknown user or wrong password</source>
            <translation>utente sconosciuto o password errata</translation>
        </message>
        <message>
            <source>a pseudonym is 1 to 64 letters, digits, '-' or '_'</source>
            <translation>uno pseudonimo è composto da 1 a 64 lettere, cifre, '-' o '_'</translation>
        </message>
        <message>
            <source>patient %1 already exists</source>
            <translation>il paziente %1 esiste già</translation>
        </message>
        <message>
            <source>encryption failed</source>
            <translation>cifratura non riuscita</translation>
        </message>
        <message>
            <source>no patient %1</source>
            <translation>nessun paziente %1</translation>
        </message>
        <message>
            <source>the SHA-256 of an input file must be 64 lower-case hex digits</source>
            <translation>lo SHA-256 di un file di input deve essere composto da 64 cifre esadecimali minuscole</translation>
        </message>
        <message>
            <source>the case was not stored</source>
            <translation>il caso non è stato salvato</translation>
        </message>
        <message>
            <source>"%1" is not a variant key like 6-26092913-G-A</source>
            <translation>"%1" non è una chiave di variante come 6-26092913-G-A</translation>
        </message>
        <message>
            <source>a review classification is P, LP, VUS, LB or B</source>
            <translation>una classificazione di revisione è P, LP, VUS, LB o B</translation>
        </message>
        <message>
            <source>case %1 is signed: a change needs a reason and creates report version %2</source>
            <translation>il caso %1 è firmato: una modifica richiede una motivazione e crea la versione %2 del referto</translation>
        </message>
        <message>
            <source>case %1 is %2, not draft</source>
            <translation>il caso %1 è %2, non una bozza</translation>
        </message>
        <message>
            <source>case %1 has no variant review yet</source>
            <translation>il caso %1 non ha ancora una revisione delle varianti</translation>
        </message>
        <message>
            <source>only a clinical geneticist can sign; %1 cannot</source>
            <translation>solo un genetista clinico può firmare; %1 non può farlo</translation>
        </message>
        <message>
            <source>case %1 is %2: it must be reviewed before signing</source>
            <translation>il caso %1 è %2: deve essere rivisto prima della firma</translation>
        </message>
        <message>
            <source>report version %1 is missing or already signed</source>
            <translation>la versione %1 del referto manca o è già firmata</translation>
        </message>
        <message>
            <source>no encryption key is loaded</source>
            <translation>nessuna chiave di cifratura caricata</translation>
        </message>
        <message>
            <source>an encrypted field is malformed</source>
            <translation>un campo cifrato non è valido</translation>
        </message>
        <message>
            <source>an encrypted field cannot be decrypted: wrong key or altered data</source>
            <translation>impossibile decifrare un campo cifrato: chiave errata o dati alterati</translation>
        </message>
        <message>
            <source>the passphrase is empty</source>
            <translation>la passphrase è vuota</translation>
        </message>
        <message>
            <source>key derivation (scrypt) failed</source>
            <translation>derivazione della chiave (scrypt) non riuscita</translation>
        </message>
        <message>
            <source>the key file does not exist</source>
            <translation>il file di chiave non esiste</translation>
        </message>
        <message>
            <source>the key file can be read by other users; make it private (chmod 600)</source>
            <translation>il file di chiave è leggibile da altri utenti; lo renda privato (chmod 600)</translation>
        </message>
        <message>
            <source>cannot read the key file</source>
            <translation>impossibile leggere il file di chiave</translation>
        </message>
        <message>
            <source>the key file must hold 32 bytes or 64 hexadecimal digits</source>
            <translation>il file di chiave deve contenere 32 byte o 64 cifre esadecimali</translation>
        </message>
        <message>
            <source>cannot write the key file</source>
            <translation>impossibile scrivere il file di chiave</translation>
        </message>
        <message>
            <source>cannot protect the key file</source>
            <translation>impossibile proteggere il file di chiave</translation>
        </message>
        <message>
            <source>%1 not found</source>
            <translation>%1 non trovato</translation>
        </message>
        <message>
            <source>%1 is not a readable file</source>
            <translation>%1 non è un file leggibile</translation>
        </message>
        <message>
            <source>cannot read the %1: %2</source>
            <translation>impossibile leggere %1: %2</translation>
        </message>
        <message>
            <source>the %1 is too large</source>
            <translation>%1 è troppo grande</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>il certificato</translation>
        </message>
        <message>
            <source>cannot use a certificate of the trusted certificate file</source>
            <translation>impossibile usare un certificato del file dei certificati attendibili</translation>
        </message>
        <message>
            <source>the trusted certificate file holds no X.509 certificate (PEM or DER)</source>
            <translation>il file dei certificati attendibili non contiene alcun certificato X.509 (PEM o DER)</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>la firma</translation>
        </message>
        <message>
            <source>not a detached CMS signature (DER or PEM)</source>
            <translation>non è una firma CMS separata (detached) (DER o PEM)</translation>
        </message>
        <message>
            <source>package</source>
            <translation>il pacchetto</translation>
        </message>
        <message>
            <source>cannot read the package: %1</source>
            <translation>impossibile leggere il pacchetto: %1</translation>
        </message>
        <message>
            <source>SHA-256 is not available from OpenSSL</source>
            <translation>SHA-256 non è disponibile in OpenSSL</translation>
        </message>
        <message>
            <source>SHA-256 computation failed</source>
            <translation>calcolo SHA-256 non riuscito</translation>
        </message>
        <message>
            <source>cannot open the package</source>
            <translation>impossibile aprire il pacchetto</translation>
        </message>
        <message>
            <source>the signer (%1) is not the trusted certificate nor issued by it, or its certificate is not valid now</source>
            <translation>il firmatario (%1) non è il certificato attendibile né è stato emesso da esso, oppure il suo certificato non è attualmente valido</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>sconosciuto</translation>
        </message>
        <message>
            <source>the package does not match its signature: it was changed after signing, or the signature belongs to another file</source>
            <translation>il pacchetto non corrisponde alla sua firma: è stato modificato dopo la firma oppure la firma appartiene a un altro file</translation>
        </message>
        <message>
            <source>the system settings file is not readable; ask IT to fix its permissions</source>
            <translation>il file delle impostazioni di sistema non è leggibile; chieda al reparto IT di correggerne i permessi</translation>
        </message>
        <message>
            <source>the system settings file is not a valid INI file</source>
            <translation>il file delle impostazioni di sistema non è un file INI valido</translation>
        </message>
        <message>
            <source>this setting is locked by your IT department (%1)</source>
            <translation>questa impostazione è bloccata dal Suo reparto IT (%1)</translation>
        </message>
        <message>
            <source>All variants</source>
            <translation>Tutte le varianti</translation>
        </message>
        <message>
            <source>Good quality</source>
            <translation>Buona qualità</translation>
        </message>
        <message>
            <source>Coding and splice</source>
            <translation>Codificanti e di splicing</translation>
        </message>
        <message>
            <source>De novo (trio)</source>
            <translation>De novo (trio)</translation>
        </message>
        <message>
            <source>Recessive (trio)</source>
            <translation>Recessive (trio)</translation>
        </message>
        <message>
            <source>X-linked (trio)</source>
            <translation>Legate all'X (trio)</translation>
        </message>
        <message>
            <source>Carried by the patient</source>
            <translation>Presenti nel paziente</translation>
        </message>
        <message>
            <source>FILTER is PASS</source>
            <translation>FILTER è PASS</translation>
        </message>
        <message>
            <source>Depth ≥ 10 and GQ ≥ 20</source>
            <translation>Profondità ≥ 10 e GQ ≥ 20</translation>
        </message>
        <message>
            <source>Coding or splice consequence</source>
            <translation>Conseguenza codificante o di splicing</translation>
        </message>
        <message>
            <source>De novo in the trio</source>
            <translation>De novo nel trio</translation>
        </message>
        <message>
            <source>Homozygous or compound heterozygous</source>
            <translation>Omozigoti o eterozigoti composti</translation>
        </message>
        <message>
            <source>X-linked in the trio</source>
            <translation>Legate all'X nel trio</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 %3, %n record(s)</source>
            <translation>
                <numerusform>%1: %2 %3, %n record</numerusform>
                <numerusform>%1: %2 %3, %n record</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s): %1 SNVs, %2 MNVs, %3 indels, %4 structural</source>
            <translation>
                <numerusform>%n variante: %1 SNV, %2 MNV, %3 indel, %4 strutturali</numerusform>
                <numerusform>%n varianti: %1 SNV, %2 MNV, %3 indel, %4 strutturali</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>genome build: %1; %n sample(s)</source>
            <translation>
                <numerusform>build del genoma: %1; %n campione</numerusform>
                <numerusform>build del genoma: %1; %n campioni</numerusform>
            </translation>
        </message>
        <message>
            <source>sample %1: %2, %3</source>
            <translation>campione %1: %2, %3</translation>
        </message>
        <message>
            <source>skipped (%1): %2</source>
            <translation>ignorati (%1): %2</translation>
        </message>
        <message>
            <source>altered (%1): %2</source>
            <translation>modificati (%1): %2</translation>
        </message>
        <message>
            <source>trio: child %1, father %2, mother %3</source>
            <translation>trio: figlio %1, padre %2, madre %3</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>time: %1 ms</source>
            <translation>tempo: %1 ms</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>avviso: %1</translation>
        </message>
        <message>
            <source>reference FASTA not found</source>
            <translation>FASTA di riferimento non trovato</translation>
        </message>
        <message>
            <source>cannot read or index the reference FASTA (is it a FASTA file, and is its directory writable for the .fai index?)</source>
            <translation>impossibile leggere o indicizzare il FASTA di riferimento (è un file FASTA e la sua cartella è scrivibile per l'indice .fai?)</translation>
        </message>
        <message>
            <source>wrong number of columns</source>
            <translation>numero di colonne errato</translation>
        </message>
        <message>
            <source>invalid contig name</source>
            <translation>nome del contig non valido</translation>
        </message>
        <message>
            <source>contig not declared in the header</source>
            <translation>contig non dichiarato nell'intestazione</translation>
        </message>
        <message>
            <source>invalid INFO or FORMAT field</source>
            <translation>campo INFO o FORMAT non valido</translation>
        </message>
        <message>
            <source>INFO or FORMAT key not declared in the header</source>
            <translation>chiave INFO o FORMAT non dichiarata nell'intestazione</translation>
        </message>
        <message>
            <source>value out of the range htslib supports</source>
            <translation>valore fuori dall'intervallo supportato da htslib</translation>
        </message>
        <message>
            <source>invalid character</source>
            <translation>carattere non valido</translation>
        </message>
        <message>
            <source>malformed record (bad POS, QUAL, allele or field value)</source>
            <translation>record non valido (POS, QUAL, allele o valore di campo errato)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>il file è vuoto</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (the content is not recognised)</source>
            <translation>non è un file VCF o BCF (contenuto non riconosciuto)</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (detected: %1)</source>
            <translation>non è un file VCF o BCF (rilevato: %1)</translation>
        </message>
        <message>
            <source>sample '%1' is not in the file</source>
            <translation>il campione '%1' non è presente nel file</translation>
        </message>
        <message>
            <source>cannot select the samples</source>
            <translation>impossibile selezionare i campioni</translation>
        </message>
        <message>
            <source>sample name %1 is not valid UTF-8; shown as "%2"</source>
            <translation>il nome del campione %1 non è UTF-8 valido; mostrato come "%2"</translation>
        </message>
        <message>
            <source>read error: the file is truncated or its compression is corrupt</source>
            <translation>errore di lettura: il file è troncato o la compressione è danneggiata</translation>
        </message>
        <message>
            <source>the line contains a NUL byte (binary data)</source>
            <translation>la riga contiene un byte NUL (dati binari)</translation>
        </message>
        <message>
            <source>wrong number of columns: %1 instead of %2</source>
            <translation>numero di colonne errato: %1 invece di %2</translation>
        </message>
        <message>
            <source>POS is not a positive whole number</source>
            <translation>POS non è un numero intero positivo</translation>
        </message>
        <message>
            <source>ALT has an empty allele</source>
            <translation>ALT ha un allele vuoto</translation>
        </message>
        <message>
            <source>QUAL is neither '.' nor a number</source>
            <translation>QUAL non è né '.' né un numero</translation>
        </message>
        <message>
            <source>read error: the BCF file is truncated or corrupt</source>
            <translation>errore di lettura: il file BCF è troncato o danneggiato</translation>
        </message>
        <message>
            <source>the record cannot be unpacked</source>
            <translation>impossibile decomprimere il record</translation>
        </message>
        <message>
            <source>REF must consist of the bases A, C, G, T and N</source>
            <translation>REF deve essere composto dalle basi A, C, G, T e N</translation>
        </message>
        <message>
            <source>ALT allele %1 is empty or not a valid allele</source>
            <translation>l'allele ALT %1 è vuoto o non è un allele valido</translation>
        </message>
        <message numerus="yes">
            <source>GT refers to allele %1, but the record has %n allele(s)</source>
            <translation>
                <numerusform>GT fa riferimento all'allele %1, ma il record ha %n allele</numerusform>
                <numerusform>GT fa riferimento all'allele %1, ma il record ha %n alleli</numerusform>
            </translation>
        </message>
        <message>
            <source>loading was cancelled</source>
            <translation>il caricamento è stato annullato</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) use INFO or FORMAT keys not declared in the header</source>
            <translation>
                <numerusform>%n record usa chiavi INFO o FORMAT non dichiarate nell'intestazione</numerusform>
                <numerusform>%n record usano chiavi INFO o FORMAT non dichiarate nell'intestazione</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) are on contigs not declared in the header</source>
            <translation>
                <numerusform>%n record si trova su contig non dichiarati nell'intestazione</numerusform>
                <numerusform>%n record si trovano su contig non dichiarati nell'intestazione</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the file is not sorted by position (%n record(s) out of order)</source>
            <translation>
                <numerusform>il file non è ordinato per posizione (%n record fuori ordine)</numerusform>
                <numerusform>il file non è ordinato per posizione (%n record fuori ordine)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) have a REF that does not match the reference FASTA; they were trimmed but not left-aligned</source>
            <translation>
                <numerusform>%n variante ha un REF che non corrisponde al FASTA di riferimento; è stata ridotta ma non allineata a sinistra</numerusform>
                <numerusform>%n varianti hanno un REF che non corrisponde al FASTA di riferimento; sono state ridotte ma non allineate a sinistra</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) are on contigs missing from the reference FASTA</source>
            <translation>
                <numerusform>%n variante si trova su contig assenti dal FASTA di riferimento</numerusform>
                <numerusform>%n varianti si trovano su contig assenti dal FASTA di riferimento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) repeat the site and alleles of the record before them with different content; both are kept</source>
            <translation>
                <numerusform>%n record ripete il sito e gli alleli del record precedente con contenuto diverso; vengono conservati entrambi</numerusform>
                <numerusform>%n record ripetono il sito e gli alleli del record precedente con contenuto diverso; vengono conservati entrambi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank line(s) ignored</source>
            <translation>
                <numerusform>%n riga vuota ignorata</numerusform>
                <numerusform>%n righe vuote ignorate</numerusform>
            </translation>
        </message>
        <message>
            <source>the genome build could not be detected from the header</source>
            <translation>impossibile determinare la build del genoma dall'intestazione</translation>
        </message>
        <message>
            <source>the PED file's trio is not among the file's samples</source>
            <translation>il trio del file PED non è tra i campioni del file</translation>
        </message>
        <message>
            <source>the connection closed before the answer was complete (%1)</source>
            <translation>la connessione è stata chiusa prima che la risposta fosse completa (%1)</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Genetista clinico</translation>
        </message>
        <message>
            <source>no report translation for language "%1"; available: %2</source>
            <translation>nessuna traduzione del referto per la lingua "%1"; disponibili: %2</translation>
        </message>
        <message>
            <source>Secondary findings were sought under %1, in the categories the patient consented to:</source>
            <translation>I risultati secondari sono stati ricercati secondo %1, nelle categorie per le quali il paziente ha dato il consenso:</translation>
        </message>
        <message>
            <source>wishes to be informed</source>
            <translation>desidera essere informato</translation>
        </message>
        <message>
            <source>does not wish to be informed</source>
            <translation>non desidera essere informato</translation>
        </message>
        <message>
            <source>Report content SHA-256 (FHIR export): %1</source>
            <translation>SHA-256 del contenuto del referto (esportazione FHIR): %1</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in childhood</source>
            <translation>Condizioni trattabili a esordio in età pediatrica</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in adulthood</source>
            <translation>Condizioni trattabili a esordio in età adulta</translation>
        </message>
        <message>
            <source>Carrier status for recessive conditions</source>
            <translation>Stato di portatore di malattie recessive</translation>
        </message>
        <message>
            <source>Pharmacogenomic findings</source>
            <translation>Risultati farmacogenomici</translation>
        </message>
        <message>
            <source>Late-onset conditions without treatment</source>
            <translation>Condizioni a esordio tardivo senza trattamento</translation>
        </message>
        <message>
            <source>retrieved %1</source>
            <translation>recuperato il %1</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in the highest population</source>
            <translation>FAF95 ≤ %1% nella popolazione con la frequenza più alta</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in the highest population</source>
            <translation>Frequenza allelica ≤ %1% nella popolazione con la frequenza più alta</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in %2</source>
            <translation>FAF95 ≤ %1% in %2</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in %2</source>
            <translation>Frequenza allelica ≤ %1% in %2</translation>
        </message>
        <message>
            <source>the disk is full: no space left (or the file size limit was reached) while %1; the frequency cache was not changed</source>
            <translation>il disco è pieno: spazio esaurito (o è stato raggiunto il limite di dimensione dei file) durante %1; la cache delle frequenze non è stata modificata</translation>
        </message>
        <message>
            <source>the sites VCF uses INFO keys its header does not declare; they are not imported</source>
            <translation>il VCF dei siti usa chiavi INFO non dichiarate nella sua intestazione; non vengono importate</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is %1 but the case is %2; import a gene model of the case's build</source>
            <translation>il modello genico della knowledge base è %1 ma il caso è %2; importi un modello genico della build del caso</translation>
        </message>
        <message>
            <source>the knowledge base's ClinVar is %1 but the case is %2; import ClinVar of the case's build</source>
            <translation>il ClinVar della knowledge base è %1 ma il caso è %2; importi ClinVar della build del caso</translation>
        </message>
        <message>
            <source>unknown consent category %1</source>
            <translation>categoria di consenso sconosciuta %1</translation>
        </message>
        <message>
            <source>"%1" is not an HPO term (HP: and seven digits)</source>
            <translation>"%1" non è un termine HPO (HP: e sette cifre)</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; presumed biallelic, confirm the phase.</source>
            <translation>%1 ha %2 varianti P/LP eterozigoti: possibile eterozigote composto, fase sconosciuta; presunto biallelico, confermi la fase.</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; the policy asks for review.</source>
            <translation>%1 ha %2 varianti P/LP eterozigoti: possibile eterozigote composto, fase sconosciuta; la policy richiede una revisione.</translation>
        </message>
        <message>
            <source>The indication describes the phenotype (%1) but names no genes, so no finding is primary; %2 is a secondary finding.</source>
            <translation>L'indicazione descrive il fenotipo (%1) ma non indica alcun gene, quindi nessun risultato è primario; %2 è un risultato secondario.</translation>
        </message>
        <message>
            <source>the start of the keyed entries is missing or fails the keyed check (HMAC)</source>
            <translation>l'inizio delle voci con chiave manca o non supera il controllo con chiave (HMAC)</translation>
        </message>
        <message>
            <source>entry %1 fails the keyed check (HMAC): it was written or rewritten without the case database key</source>
            <translation>la voce %1 non supera il controllo con chiave (HMAC): è stata scritta o riscritta senza la chiave del database dei casi</translation>
        </message>
        <message>
            <source>entries from %1 on are missing: the log was truncated</source>
            <translation>mancano le voci a partire da %1: il registro è stato troncato</translation>
        </message>
        <message>
            <source>the recorded end of the log (entry %1) fails the keyed check (HMAC): entries were cut off or rewritten</source>
            <translation>la fine registrata del registro (voce %1) non supera il controllo con chiave (HMAC): alcune voci sono state tagliate o riscritte</translation>
        </message>
        <message>
            <source>no key for the audit log</source>
            <translation>nessuna chiave per il registro di audit</translation>
        </message>
        <message>
            <source>the record's INFO cannot be unpacked</source>
            <translation>impossibile decodificare il campo INFO del record</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a per-allele INFO field (Number=A or R) with the wrong number of values; those values were not kept</source>
            <translation>
                <numerusform>%n record ha un campo INFO per allele (Number=A o R) con un numero errato di valori; tali valori non sono stati conservati</numerusform>
                <numerusform>%n record hanno un campo INFO per allele (Number=A o R) con un numero errato di valori; tali valori non sono stati conservati</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>SHA-256 %1, public key SHA-256 %2</source>
            <translation>SHA-256 %1, SHA-256 della chiave pubblica %2</translation>
        </message>
        <message>
            <source>TLS: the certificate of node %1 does not match its pinned SHA-256 (pinned %2; the node presented certificate %3). The connection was refused.</source>
            <translation>TLS: il certificato del nodo %1 non corrisponde al suo pin SHA-256 (pin %2; il nodo ha presentato il certificato %3). La connessione è stata rifiutata.</translation>
        </message>
        <message>
            <source>The frequency cache does not exist.</source>
            <translation>La cache delle frequenze non esiste.</translation>
        </message>
        <message>
            <source>Cannot open the frequency cache: %1</source>
            <translation>Impossibile aprire la cache delle frequenze: %1</translation>
        </message>
        <message>
            <source>Cannot create the table of Beacon fetch times</source>
            <translation>Impossibile creare la tabella degli orari di recupero Beacon</translation>
        </message>
        <message>
            <source>Not a frequency cache: %1</source>
            <translation>Non è una cache delle frequenze: %1</translation>
        </message>
        <message>
            <source>The frequency cache was opened read-only.</source>
            <translation>La cache delle frequenze è stata aperta in sola lettura.</translation>
        </message>
        <message>
            <source>Cannot record the Beacon fetch times</source>
            <translation>Impossibile registrare gli orari di recupero Beacon</translation>
        </message>
        <message>
            <source>Cannot remove the Beacon fetch times</source>
            <translation>Impossibile rimuovere gli orari di recupero Beacon</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>poco fa</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minuto fa</numerusform>
                <numerusform>%n minuti fa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n ora fa</numerusform>
                <numerusform>%n ore fa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n giorno fa</numerusform>
                <numerusform>%n giorni fa</numerusform>
            </translation>
        </message>
        <message>
            <source>"maxAgeDays" must be 0 ... 3650.</source>
            <translation>"maxAgeDays" deve essere compreso tra 0 e 3650.</translation>
        </message>
        <message>
            <source>Cannot create the folder.</source>
            <translation>Impossibile creare la cartella.</translation>
        </message>
        <message>
            <source>Node "%1" needs a token or password of one line.</source>
            <translation>Il nodo "%1" richiede un token o una password di una sola riga.</translation>
        </message>
        <message>
            <source>Cannot write the token file.</source>
            <translation>Impossibile scrivere il file del token.</translation>
        </message>
        <message>
            <source>Cannot write the node list.</source>
            <translation>Impossibile scrivere l'elenco dei nodi.</translation>
        </message>
        <message>
            <source>The request headers are larger than %1 bytes.</source>
            <translation>Le intestazioni della richiesta superano i %1 byte.</translation>
        </message>
        <message>
            <source>A chunk header is too long.</source>
            <translation>Un'intestazione di blocco (chunk) è troppo lunga.</translation>
        </message>
        <message>
            <source>A chunk size is not a number.</source>
            <translation>La dimensione di un blocco (chunk) non è un numero.</translation>
        </message>
        <message>
            <source>The Content-Length header is not a number.</source>
            <translation>L'intestazione Content-Length non è un numero.</translation>
        </message>
        <message>
            <source>bad sum column</source>
            <translation>colonna delle somme non valida</translation>
        </message>
        <message>
            <source>unknown integer coding %1</source>
            <translation>codifica degli interi %1 sconosciuta</translation>
        </message>
        <message>
            <source>upgrading the format</source>
            <translation>aggiornamento del formato</translation>
        </message>
        <message>
            <source>could not write the case database (disk full or I/O error: %1); this change was not saved, earlier changes are intact</source>
            <translation>impossibile scrivere il database dei casi (disco pieno o errore di I/O: %1); questa modifica non è stata salvata, le modifiche precedenti sono intatte</translation>
        </message>
        <message>
            <source>the case database is locked by another program (%1); this change was not saved, try again</source>
            <translation>il database dei casi è bloccato da un altro programma (%1); questa modifica non è stata salvata, riprovi</translation>
        </message>
        <message>
            <source>the case database is read-only (%1); this change was not saved</source>
            <translation>il database dei casi è di sola lettura (%1); questa modifica non è stata salvata</translation>
        </message>
        <message>
            <source>the case database is read-only (%1): ask IT for write access to the file and its folder</source>
            <translation>il database dei casi è di sola lettura (%1): chieda al reparto IT l'accesso in scrittura al file e alla sua cartella</translation>
        </message>
        <message numerus="yes">
            <source>HTTP %1: the node asked to wait %n second(s)</source>
            <translation>
                <numerusform>HTTP %1: il nodo ha chiesto di attendere %n secondo</numerusform>
                <numerusform>HTTP %1: il nodo ha chiesto di attendere %n secondi</numerusform>
            </translation>
        </message>
        <message>
            <source>The request headers did not arrive within %1 ms.</source>
            <translation>Le intestazioni della richiesta non sono arrivate entro %1 ms.</translation>
        </message>
        <message>
            <source>The request body did not arrive within %1 ms.</source>
            <translation>Il corpo della richiesta non è arrivato entro %1 ms.</translation>
        </message>
        <message>
            <source>The server has too many open connections; try again later.</source>
            <translation>Il server ha troppe connessioni aperte; riprovare più tardi.</translation>
        </message>
        <message>
            <source>Too many open connections from your address; at most %1.</source>
            <translation>Troppe connessioni aperte dal vostro indirizzo; al massimo %1.</translation>
        </message>
        <message numerus="yes">
            <source>Too many requests; retry after %n second(s).</source>
            <translation>
                <numerusform>Troppe richieste; riprovare tra %n secondo.</numerusform>
                <numerusform>Troppe richieste; riprovare tra %n secondi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/PL (Number=G) with the wrong number of values for the genotype's ploidy and alleles; PL was not kept for those calls</source>
            <translation>
                <numerusform>%n record ha un FORMAT/PL (Number=G) con un numero di valori errato per la ploidia e gli alleli del genotipo; PL non è stato conservato per quelle chiamate</numerusform>
                <numerusform>%n record hanno un FORMAT/PL (Number=G) con un numero di valori errato per la ploidia e gli alleli del genotipo; PL non è stato conservato per quelle chiamate</numerusform>
            </translation>
        </message>
        <message>
            <source>note (%1): %2</source>
            <translation>nota (%1): %2</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/AD with the wrong number of values (one per allele, REF first); AD was not kept for those calls</source>
            <translation>
                <numerusform>%n record ha un FORMAT/AD con un numero errato di valori (uno per allele, prima REF); AD non è stato conservato per queste chiamate</numerusform>
                <numerusform>%n record hanno un FORMAT/AD con un numero errato di valori (uno per allele, prima REF); AD non è stato conservato per queste chiamate</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the transcripts was cancelled.</source>
            <translation>La lettura dei trascritti è stata annullata.</translation>
        </message>
        <message>
            <source>MANE Select first, then the canonical transcript, then the most severe consequence, then protein-coding, then file order</source>
            <translation>prima MANE Select, poi il trascritto canonico, poi la conseguenza più grave, poi codificante proteine, poi l’ordine nel file</translation>
        </message>
        <message>
            <source>The variant file is no longer there; its transcripts cannot be read.</source>
            <translation>Il file delle varianti non esiste più; i suoi trascritti non possono essere letti.</translation>
        </message>
        <message>
            <source>The variant file has changed since the case was loaded; open the case again to see its transcripts.</source>
            <translation>Il file delle varianti è cambiato dal caricamento del caso; riapri il caso per vederne i trascritti.</translation>
        </message>
        <message>
            <source>The variant file cannot be opened to read its transcripts.</source>
            <translation>Il file delle varianti non può essere aperto per leggerne i trascritti.</translation>
        </message>
        <message>
            <source>The file is not a VCF or BCF file.</source>
            <translation>Il file non è un file VCF o BCF.</translation>
        </message>
        <message>
            <source>The header of the variant file cannot be read.</source>
            <translation>L’intestazione del file delle varianti non può essere letta.</translation>
        </message>
        <message>
            <source>The variant file has no VEP (CSQ) or SnpEff (ANN) annotation in its header, so it lists no transcripts.</source>
            <translation>L’intestazione del file delle varianti non contiene annotazioni VEP (CSQ) o SnpEff (ANN), quindi non elenca trascritti.</translation>
        </message>
        <message>
            <source>The variant was not found in the variant file; its transcripts cannot be shown.</source>
            <translation>La variante non è stata trovata nel file delle varianti; i suoi trascritti non possono essere mostrati.</translation>
        </message>
        <message>
            <source>The variant file could not be read to the end of the region of the variant.</source>
            <translation>Non è stato possibile leggere il file delle varianti fino alla fine della regione della variante.</translation>
        </message>
        <message>
            <source>The variant file could not be read to its end.</source>
            <translation>Non è stato possibile leggere il file delle varianti fino alla fine.</translation>
        </message>
        <message>
            <source>truncated header</source>
            <translation>intestazione troncata</translation>
        </message>
        <message>
            <source>checksum mismatch</source>
            <translation>checksum non corrispondente</translation>
        </message>
        <message>
            <source>bad integer column</source>
            <translation>colonna di interi non valida</translation>
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
            <translation>Inserzione</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Delezione</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complessa</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Strutturale</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>riferimento</translation>
        </message>
        <message>
            <source>heterozygous (with other ALT)</source>
            <translation>eterozigote (con altro ALT)</translation>
        </message>
        <message>
            <source>other ALT only</source>
            <translation>solo altro ALT</translation>
        </message>
        <message>
            <source>a chunk of the frequency cache is corrupt (%1); import that source again, or restore the cache file from a backup</source>
            <translation>un blocco della cache delle frequenze è danneggiato (%1); importare di nuovo quella fonte o ripristinare il file della cache da un backup</translation>
        </message>
        <message>
            <source>the BCF header is damaged: it declares %1 bytes (at most %2 are accepted); write the BCF again from its source</source>
            <translation>l'intestazione BCF è danneggiata: dichiara %1 byte (ne sono accettati al massimo %2); riscrivere il file BCF dalla sua origine</translation>
        </message>
        <message>
            <source>no source of the caches has the field(s) %1; their fields are %2</source>
            <translation>nessuna fonte delle cache ha il campo o i campi %1; i loro campi sono %2</translation>
        </message>
    </context>
    <context>
        <name>Core::Tr</name>
        <message>
            <source>Clinical geneticist</source>
            <translation>Genetista clinico</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogDialog</name>
        <message>
            <source>Audit Log — %1</source>
            <translation>Registro di audit — %1</translation>
        </message>
        <message numerus="yes">
            <source>✔ Audit chain intact: %n entry(ies) verified.</source>
            <translation>
                <numerusform>✔ Catena di audit integra: %n voce verificata.</numerusform>
                <numerusform>✔ Catena di audit integra: %n voci verificate.</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ AUDIT CHAIN BROKEN at entry %1: %2</source>
            <translation>✘ CATENA DI AUDIT INTERROTTA alla voce %1: %2</translation>
        </message>
        <message>
            <source>Filter (user, action, entity)</source>
            <translation>Filtro (utente, azione, entità)</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogModel</name>
        <message>
            <source>%1 (first bad entry)</source>
            <translation>%1 (prima voce non valida)</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utente</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Entità</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Prima</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Dopo</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseListModel</name>
        <message>
            <source>Draft</source>
            <translation>Bozza</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisionato</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Firmato</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paziente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aggiornato</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseSidebar</name>
        <message>
            <source>Cases</source>
            <translation>Casi</translation>
        </message>
        <message>
            <source>Filter cases (id, patient, status)</source>
            <translation>Filtra casi (ID, paziente, stato)</translation>
        </message>
        <message>
            <source>No case database is open.</source>
            <translation>Nessun database dei casi aperto.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n case(s)</source>
            <translation>
                <numerusform>%1 — %n caso</numerusform>
                <numerusform>%1 — %n casi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseStoreClient</name>
        <message>
            <source>Case database %1:
%2</source>
            <translation>Database dei casi %1:
%2</translation>
        </message>
        <message>
            <source>Open Case Database</source>
            <translation>Apri database dei casi</translation>
        </message>
        <message>
            <source>Case databases (*.sqlite *.db);;All files (*)</source>
            <translation>Database dei casi (*.sqlite *.db);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Passphrase of %1:</source>
            <translation>Passphrase di %1:</translation>
        </message>
        <message>
            <source>Case database %1 cannot be opened:
%2</source>
            <translation>Impossibile aprire il database dei casi %1:
%2</translation>
        </message>
        <message>
            <source>Log In</source>
            <translation>Accedi</translation>
        </message>
        <message>
            <source>Log in to %1.</source>
            <translation>Acceda a %1.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nome utente:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>%1
Password of %2:</source>
            <translation>%1
Password di %2:</translation>
        </message>
    </context>
    <context>
        <name>Gui::DetailPane</name>
        <message>
            <source>Policy decision (%1)</source>
            <translation>Decisione della policy (%1)</translation>
        </message>
        <message>
            <source>The patient does not carry this allele, so the policy does not judge it.</source>
            <translation>Il paziente non è portatore di questo allele, quindi la policy non lo valuta.</translation>
        </message>
        <message>
            <source>Laboratory classification</source>
            <translation>Classificazione del laboratorio</translation>
        </message>
        <message>
            <source>not classified yet</source>
            <translation>non ancora classificata</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar (or no knowledge base)</source>
            <translation>non presente in ClinVar (o nessuna knowledge base)</translation>
        </message>
        <message>
            <source>Highest population AF</source>
            <translation>AF di popolazione massima</translation>
        </message>
        <message>
            <source>no frequency data for this site</source>
            <translation>nessun dato di frequenza per questa posizione</translation>
        </message>
        <message>
            <source>Population frequencies</source>
            <translation>Frequenze di popolazione</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Popolazione</translation>
        </message>
        <message>
            <source>Homozygotes</source>
            <translation>Omozigoti</translation>
        </message>
        <message>
            <source>not found (the source covers this region)</source>
            <translation>non trovata (la fonte copre questa regione)</translation>
        </message>
        <message>
            <source>no data for this region</source>
            <translation>nessun dato per questa regione</translation>
        </message>
        <message>
            <source>Open in IGV</source>
            <translation>Apri in IGV</translation>
        </message>
        <message>
            <source>Population frequencies chart</source>
            <translation>Grafico delle frequenze di popolazione</translation>
        </message>
        <message>
            <source>Shows this position in a running IGV (batch port, 127.0.0.1)</source>
            <translation>Mostra questa posizione in un'istanza di IGV in esecuzione (porta batch, 127.0.0.1)</translation>
        </message>
        <message>
            <source>region fetched %1 (%2)</source>
            <translation>regione recuperata %1 (%2)</translation>
        </message>
        <message>
            <source>fetch time of this region unknown; source retrieved %1</source>
            <translation>ora di recupero di questa regione sconosciuta; fonte recuperata %1</translation>
        </message>
        <message>
            <source>fetch time unknown</source>
            <translation>ora di recupero sconosciuta</translation>
        </message>
        <message>
            <source>retrieval time unknown</source>
            <translation>data di recupero sconosciuta</translation>
        </message>
        <message>
            <source>retrieved %1 (%2)</source>
            <translation>recuperati %1 (%2)</translation>
        </message>
        <message>
            <source>Allele frequency per population (‰)</source>
            <translation>Frequenza allelica per popolazione (‰)</translation>
        </message>
        <message>
            <source>No frequency cache is configured for this case.</source>
            <translation>Nessuna cache delle frequenze è configurata per questo caso.</translation>
        </message>
        <message>
            <source>%1: not found (the source covers this region)</source>
            <translation>%1: non trovata (la fonte copre questa regione)</translation>
        </message>
        <message>
            <source>%1: no data for this region</source>
            <translation>%1: nessun dato per questa regione</translation>
        </message>
        <message>
            <source>AF (‰)</source>
            <translation>AF (‰)</translation>
        </message>
        <message>
            <source>No population frequencies for this variant.</source>
            <translation>Nessuna frequenza di popolazione per questa variante.</translation>
        </message>
        <message>
            <source>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, homozygotes %8
%9</source>
            <translation>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, omozigoti %8
%9</translation>
        </message>
        <message>
            <source>Sending %1 to IGV…</source>
            <translation>Invio di %1 a IGV…</translation>
        </message>
        <message>
            <source>Sent %1 to IGV.</source>
            <translation>%1 inviato a IGV.</translation>
        </message>
        <message>
            <source>IGV is not running (nothing listens on port %1). Start IGV and enable its batch port (View &gt; Preferences &gt; Advanced).</source>
            <translation>IGV non è in esecuzione (nessun programma è in ascolto sulla porta %1). Avvii IGV e ne attivi la porta batch (View &gt; Preferences &gt; Advanced).</translation>
        </message>
        <message>
            <source>Could not reach IGV on port %1: %2</source>
            <translation>Impossibile raggiungere IGV sulla porta %1: %2</translation>
        </message>
        <message>
            <source>%1, phased</source>
            <translation>%1, in fase</translation>
        </message>
        <message>
            <source>%1, phased without a phase set (phase unknown)</source>
            <translation>%1, in fase senza phase set (fase sconosciuta)</translation>
        </message>
        <message>
            <source>%1, phased (PS %2)</source>
            <translation>%1, in fase (PS %2)</translation>
        </message>
        <message>
            <source>Select a variant to see its details.</source>
            <translation>Selezioni una variante per visualizzarne i dettagli.</translation>
        </message>
        <message>
            <source>Variant key</source>
            <translation>Chiave variante</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>QUAL / FILTER</source>
            <translation>QUAL / FILTER</translation>
        </message>
        <message>
            <source>split from a multi-allelic record</source>
            <translation>separata da un record multiallelico</translation>
        </message>
        <message>
            <source>shared bases trimmed</source>
            <translation>basi comuni rimosse</translation>
        </message>
        <message>
            <source>left-aligned against the reference</source>
            <translation>allineata a sinistra rispetto al riferimento</translation>
        </message>
        <message>
            <source>Changed on load</source>
            <translation>Modificata al caricamento</translation>
        </message>
        <message>
            <source>no — as written in the file</source>
            <translation>no — come scritta nel file</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gene</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Trascritto</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Conseguenza</translation>
        </message>
        <message>
            <source>HGVS</source>
            <translation>HGVS</translation>
        </message>
        <message>
            <source>Annotation source</source>
            <translation>Fonte dell'annotazione</translation>
        </message>
        <message>
            <source>from the input file (VEP/SnpEff), transcript picked by the documented rule</source>
            <translation>dal file di input (VEP/SnpEff), trascritto scelto secondo la regola documentata</translation>
        </message>
        <message>
            <source>INFO of this allele</source>
            <translation>INFO di questo allele</translation>
        </message>
        <message>
            <source>Segregation in the trio</source>
            <translation>Segregazione nel trio</translation>
        </message>
        <message>
            <source>nothing notable</source>
            <translation>nulla di rilevante</translation>
        </message>
        <message>
            <source>Genotypes</source>
            <translation>Genotipi</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Campione</translation>
        </message>
        <message>
            <source>Genotype</source>
            <translation>Genotipo</translation>
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
            <translation>Bilanciamento allelico</translation>
        </message>
        <message>
            <source>Age of the data: %1</source>
            <translation>Età dei dati: %1</translation>
        </message>
        <message>
            <source>PL</source>
            <translation>PL</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Verosimiglianze dei genotipi in scala Phred (FORMAT/PL) di 0/0, 0/1 e 1/1 per questo allele ALT (0 e 1 per una chiamata aploide)</translation>
        </message>
        <message>
            <source>Transcripts</source>
            <translation>Trascritti</translation>
        </message>
        <message>
            <source>Reading transcripts…</source>
            <translation>Lettura dei trascritti…</translation>
        </message>
        <message>
            <source>The transcripts cannot be shown: %1</source>
            <translation>I trascritti non possono essere mostrati: %1</translation>
        </message>
        <message>
            <source>The file lists no transcripts for this allele.</source>
            <translation>Il file non elenca trascritti per questo allele.</translation>
        </message>
        <message numerus="yes">
            <source>%n transcript(s) from %1 (%2 field). The picked one, shown in the variant table, is chosen by this rule: %3.</source>
            <translation>
                <numerusform>%n trascritto da %1 (campo %2). Quello scelto, mostrato nella tabella delle varianti, è determinato da questa regola: %3.</numerusform>
                <numerusform>%n trascritti da %1 (campo %2). Quello scelto, mostrato nella tabella delle varianti, è determinato da questa regola: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Consequence (impact)</source>
            <translation>Conseguenza (impatto)</translation>
        </message>
        <message>
            <source>HGVS c./p.</source>
            <translation>HGVS c./p.</translation>
        </message>
        <message>
            <source>picked</source>
            <translation>scelto</translation>
        </message>
        <message>
            <source>MANE Select</source>
            <translation>MANE Select</translation>
        </message>
        <message>
            <source>canonical</source>
            <translation>canonico</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Indexing the variant file for transcript lookups (first time only): %1 %</source>
            <translation>Indicizzazione del file delle varianti per la ricerca dei trascritti (solo la prima volta): %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n review star(s)</source>
            <translation>
                <numerusform>%1, %n stella di revisione</numerusform>
                <numerusform>%1, %n stelle di revisione</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::FilterPanel</name>
        <message>
            <source>e.g. BRCA1, BRCA2, TP53</source>
            <translation>ad es. BRCA1, BRCA2, TP53</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Passaggio</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Rimosse</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Preimpostazione:</translation>
        </message>
        <message>
            <source>&amp;Genes:</source>
            <translation>&amp;Geni:</translation>
        </message>
        <message>
            <source>Filter cascade:</source>
            <translation>Cascata di filtri:</translation>
        </message>
        <message>
            <source>In the genes %1</source>
            <translation>Nei geni %1</translation>
        </message>
        <message>
            <source>%1 before, %2 after</source>
            <translation>%1 prima, %2 dopo</translation>
        </message>
        <message>
            <source>%1 of %2 variants shown</source>
            <translation>%1 di %2 varianti visualizzate</translation>
        </message>
        <message>
            <source>In the policy's genes</source>
            <translation>Nei geni della policy</translation>
        </message>
        <message>
            <source>Only the policy's genes (e.g. ACMG SF)</source>
            <translation>Solo i geni della policy (ad es. ACMG SF)</translation>
        </message>
        <message>
            <source>Only policy findings (reported, withheld or to review)</source>
            <translation>Solo risultati della policy (riportati, non riportati o da rivedere)</translation>
        </message>
        <message>
            <source>Highest population (as grpmax)</source>
            <translation>Popolazione con la frequenza più alta (come grpmax)</translation>
        </message>
        <message>
            <source>all (whole source)</source>
            <translation>tutte (l'intera fonte)</translation>
        </message>
        <message>
            <source>highest population</source>
            <translation>popolazione con la frequenza più alta</translation>
        </message>
        <message>
            <source>depth ≥ %1</source>
            <translation>profondità ≥ %1</translation>
        </message>
        <message>
            <source>GQ ≥ %1</source>
            <translation>GQ ≥ %1</translation>
        </message>
        <message>
            <source>allele balance ≥ %1%</source>
            <translation>bilanciamento allelico ≥ %1%</translation>
        </message>
        <message>
            <source>Quality: %1</source>
            <translation>Qualità: %1</translation>
        </message>
        <message>
            <source>%1 — not applied: no frequency cache for this case</source>
            <translation>%1 — non applicato: nessuna cache delle frequenze per questo caso</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic</source>
            <translation>ClinVar: patogenetica o probabilmente patogenetica</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic — no variant of this case is in ClinVar (or no knowledge base is used)</source>
            <translation>ClinVar: patogenetica o probabilmente patogenetica — nessuna variante di questo caso è presente in ClinVar (o non viene usata alcuna knowledge base)</translation>
        </message>
        <message>
            <source>Reported, withheld or to review by the policy</source>
            <translation>Riportati, non riportati o da rivedere secondo la policy</translation>
        </message>
        <message>
            <source>Saved filter sets…</source>
            <translation>Set di filtri salvati…</translation>
        </message>
        <message>
            <source>Save Filter Set</source>
            <translation>Salva set di filtri</translation>
        </message>
        <message>
            <source>Name of the filter set (saved for you on this computer):</source>
            <translation>Nome del set di filtri (salvato solo per Lei su questo computer):</translation>
        </message>
        <message>
            <source>Saved:</source>
            <translation>Salvati:</translation>
        </message>
        <message>
            <source>&amp;Consequence:</source>
            <translation>&amp;Conseguenza:</translation>
        </message>
        <message>
            <source>At &amp;most:</source>
            <translation>Al &amp;massimo:</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>In:</translation>
        </message>
        <message>
            <source>Depth ≥</source>
            <translation>Profondità ≥</translation>
        </message>
        <message>
            <source>GQ ≥</source>
            <translation>GQ ≥</translation>
        </message>
        <message>
            <source>Allele balance ≥</source>
            <translation>Bilanciamento allelico ≥</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Salva…</translation>
        </message>
        <message>
            <source>Save these filter choices under a name</source>
            <translation>Salva queste scelte di filtro con un nome</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Delete the chosen saved filter set</source>
            <translation>Elimina il set di filtri salvato selezionato</translation>
        </message>
        <message>
            <source>Population allele frequency</source>
            <translation>Frequenza allelica di popolazione</translation>
        </message>
        <message>
            <source>Use FAF95 where the source has it</source>
            <translation>Usa FAF95 se la fonte lo fornisce</translation>
        </message>
        <message>
            <source>Genotype quality of the patient</source>
            <translation>Qualità del genotipo del paziente</translation>
        </message>
        <message>
            <source>Any consequence</source>
            <translation>Qualsiasi conseguenza</translation>
        </message>
        <message>
            <source>Coding or splice region</source>
            <translation>Regione codificante o di splicing</translation>
        </message>
        <message>
            <source>Protein-altering (missense, in-frame, LoF)</source>
            <translation>Che alterano la proteina (missense, in-frame, LoF)</translation>
        </message>
        <message>
            <source>Loss of function (stop, frameshift, splice site)</source>
            <translation>Perdita di funzione (stop, frameshift, sito di splicing)</translation>
        </message>
        <message>
            <source>Only ClinVar pathogenic or likely pathogenic</source>
            <translation>Solo patogenetiche o probabilmente patogenetiche in ClinVar</translation>
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
            <translation>Filtri</translation>
        </message>
        <message>
            <source>Variant details</source>
            <translation>Dettagli variante</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Annulla caricamento</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Apri…</translation>
        </message>
        <message>
            <source>Open variants</source>
            <translation>Apri varianti</translation>
        </message>
        <message>
            <source>Variant files (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;All files (*)</source>
            <translation>File di varianti (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Apri &amp;recenti</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Es&amp;ci</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <source>&amp;Copy Rows</source>
            <translation>&amp;Copia righe</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Seleziona &amp;tutto</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Caso</translation>
        </message>
        <message>
            <source>&amp;Load Report…</source>
            <translation>Carica &amp;referto…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Strumenti</translation>
        </message>
        <message>
            <source>&amp;Quality Control…</source>
            <translation>&amp;Controllo qualità…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>&amp;About GenomeDesk</source>
            <translation>&amp;Informazioni su GenomeDesk</translation>
        </message>
        <message>
            <source>A file is already loading.</source>
            <translation>È già in corso il caricamento di un file.</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Caricamento di %1…</translation>
        </message>
        <message>
            <source>Loading cancelled.</source>
            <translation>Caricamento annullato.</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Impossibile aprire il file</translation>
        </message>
        <message>
            <source>%1 — GenomeDesk</source>
            <translation>%1 — GenomeDesk</translation>
        </message>
        <message>
            <source>Open a VCF or BCF file (File → Open, or drop it here).</source>
            <translation>Apra un file VCF o BCF (File → Apri, oppure lo trascini qui).</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n variant(s) shown</source>
            <translation>
                <numerusform>%1 di %n variante visualizzata</numerusform>
                <numerusform>%1 di %n varianti visualizzate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sample(s)</source>
            <translation>
                <numerusform>%n campione</numerusform>
                <numerusform>%n campioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n ignorato</numerusform>
                <numerusform>%n ignorati</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Referto scritto in %1</translation>
        </message>
        <message>
            <source>Cannot write report</source>
            <translation>Impossibile scrivere il referto</translation>
        </message>
        <message>
            <source>Load report</source>
            <translation>Carica referto</translation>
        </message>
        <message>
            <source>About GenomeDesk</source>
            <translation>Informazioni su GenomeDesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Clinical genomics case review with federated European allele frequencies.&lt;/p&gt;</source>
            <translation>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Revisione di casi di genomica clinica con frequenze alleliche europee federate.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Write Report…</source>
            <translation>&amp;Genera referto…</translation>
        </message>
        <message>
            <source>Patient &amp;Consent…</source>
            <translation>&amp;Consenso del paziente…</translation>
        </message>
        <message>
            <source>&amp;Indication Genes…</source>
            <translation>Geni dell'&amp;indicazione…</translation>
        </message>
        <message>
            <source>&amp;Frequency Caches…</source>
            <translation>Cache delle &amp;frequenze…</translation>
        </message>
        <message>
            <source>%1: %2 primary, %3 secondary, %4 to review</source>
            <translation>%1: risultati primari %2, secondari %3, da rivedere %4</translation>
        </message>
        <message>
            <source>The policy cannot be applied: %1</source>
            <translation>Impossibile applicare la policy: %1</translation>
        </message>
        <message>
            <source>Patient consent</source>
            <translation>Consenso del paziente</translation>
        </message>
        <message>
            <source>Which secondary findings does the patient wish to receive under %1?</source>
            <translation>Quali risultati secondari desidera ricevere il paziente secondo %1?</translation>
        </message>
        <message>
            <source>Not recorded (reported: the policy is opt-out)</source>
            <translation>Non registrato (riportato: la policy è opt-out)</translation>
        </message>
        <message>
            <source>Not recorded (not reported: the policy is opt-in)</source>
            <translation>Non registrato (non riportato: la policy è opt-in)</translation>
        </message>
        <message>
            <source>Wishes to be informed</source>
            <translation>Desidera essere informato</translation>
        </message>
        <message>
            <source>Does not wish to be informed</source>
            <translation>Non desidera essere informato</translation>
        </message>
        <message>
            <source>The patient is a minor</source>
            <translation>Il paziente è minorenne</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Registrato da</translation>
        </message>
        <message>
            <source>Indication genes</source>
            <translation>Geni dell'indicazione</translation>
        </message>
        <message>
            <source>HGNC symbols separated by spaces, commas or lines</source>
            <translation>Simboli HGNC separati da spazi, virgole o a capo</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Indicazione</translation>
        </message>
        <message>
            <source>Genes</source>
            <translation>Geni</translation>
        </message>
        <message>
            <source>Frequency caches</source>
            <translation>Cache delle frequenze</translation>
        </message>
        <message>
            <source>Frequency caches (*.gdfreq)</source>
            <translation>Cache delle frequenze (*.gdfreq)</translation>
        </message>
        <message>
            <source>Write report</source>
            <translation>Genera referto</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Lingua del referto</translation>
        </message>
        <message>
            <source>Also HTML</source>
            <translation>Anche HTML</translation>
        </message>
        <message>
            <source>Also FHIR Genomics Reporting (JSON)</source>
            <translation>Anche FHIR Genomics Reporting (JSON)</translation>
        </message>
        <message>
            <source>Also GA4GH Phenopacket (JSON)</source>
            <translation>Anche GA4GH Phenopacket (JSON)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Generazione del referto…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Lingua</translation>
        </message>
        <message>
            <source>System Default</source>
            <translation>Predefinita di sistema</translation>
        </message>
        <message>
            <source>System settings</source>
            <translation>Impostazioni di sistema</translation>
        </message>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>Il caso non è ancora stato valutato.</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>&amp;Anteprima…</translation>
        </message>
        <message>
            <source>Shows the report as it will be printed, in the chosen language</source>
            <translation>Mostra il referto come verrà stampato, nella lingua scelta</translation>
        </message>
        <message>
            <source>(computed when the report is written)</source>
            <translation>(calcolato alla generazione del referto)</translation>
        </message>
        <message>
            <source>Case %1: its variant file %2 is not on this computer.</source>
            <translation>Caso %1: il suo file di varianti %2 non è presente su questo computer.</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>impossibile creare la cartella %1</translation>
        </message>
        <message>
            <source>cannot save the screenshot %1</source>
            <translation>impossibile salvare lo screenshot %1</translation>
        </message>
        <message>
            <source>the file has changed since the case was created: its SHA-256 is %1, the case recorded %2</source>
            <translation>il file è cambiato dopo la creazione del caso: il suo SHA-256 è %1, il caso ha registrato %2</translation>
        </message>
        <message>
            <source>Data sources of the open case</source>
            <translation>Fonti dei dati del caso aperto</translation>
        </message>
        <message>
            <source>Policy %1 %2 (checksum %3)</source>
            <translation>Policy %1 %2 (checksum %3)</translation>
        </message>
        <message>
            <source>No case is evaluated yet.</source>
            <translation>Nessun caso è ancora stato valutato.</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Librerie</translation>
        </message>
        <message>
            <source>Frequency &amp;Nodes…</source>
            <translation>&amp;Nodi delle frequenze…</translation>
        </message>
        <message>
            <source>S&amp;ync Frequencies…</source>
            <translation>&amp;Sincronizza frequenze…</translation>
        </message>
        <message>
            <source>the report preview could not be rendered: %1</source>
            <translation>impossibile generare l'anteprima del referto: %1</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>Filtraggio…</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>Ordinamento…</translation>
        </message>
        <message>
            <source>Table &amp;Columns</source>
            <translation>&amp;Colonne della tabella</translation>
        </message>
        <message>
            <source>Cancel filtering</source>
            <translation>Annulla filtraggio</translation>
        </message>
        <message>
            <source>Cancel sorting</source>
            <translation>Annulla ordinamento</translation>
        </message>
        <message>
            <source>Cancel filtering (Esc)</source>
            <translation>Annulla filtraggio (Esc)</translation>
        </message>
        <message>
            <source>Cancel sorting (Esc)</source>
            <translation>Annulla ordinamento (Esc)</translation>
        </message>
        <message>
            <source>Filtering cancelled: the table and the filter panel show the previous filter.</source>
            <translation>Filtraggio annullato: la tabella e il pannello dei filtri mostrano il filtro precedente.</translation>
        </message>
        <message>
            <source>Sorting cancelled: the table keeps its previous order.</source>
            <translation>Ordinamento annullato: la tabella mantiene l’ordine precedente.</translation>
        </message>
        <message>
            <source>Genotype (each sample)</source>
            <translation>Genotipo (ogni campione)</translation>
        </message>
        <message>
            <source>DP — read depth (each sample)</source>
            <translation>DP — profondità di lettura (ogni campione)</translation>
        </message>
        <message>
            <source>GQ — genotype quality (each sample)</source>
            <translation>GQ — qualità del genotipo (ogni campione)</translation>
        </message>
        <message>
            <source>AB — allele balance (each sample)</source>
            <translation>AB — bilanciamento allelico (ogni campione)</translation>
        </message>
        <message>
            <source>PL — genotype likelihoods (each sample)</source>
            <translation>PL — verosimiglianze dei genotipi (ogni campione)</translation>
        </message>
        <message>
            <source>The open file has no FORMAT/PL.</source>
            <translation>Il file aperto non ha FORMAT/PL.</translation>
        </message>
    </context>
    <context>
        <name>Gui::NodesDialog</name>
        <message>
            <source>Frequency Nodes</source>
            <translation>Nodi delle frequenze</translation>
        </message>
        <message>
            <source>The node list is locked by your IT department: its nodes are shown read-only and no node can be added.</source>
            <translation>L'elenco dei nodi è bloccato dal Suo reparto IT: i nodi sono mostrati in sola lettura e non è possibile aggiungerne altri.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Aggiungi</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Rimuovi</translation>
        </message>
        <message>
            <source>1-64 letters, digits, '.', '_' or '-'; the cache source is beacon:&lt;name&gt;</source>
            <translation>1-64 lettere, cifre, '.', '_' o '-'; la fonte nella cache è beacon:&lt;nome&gt;</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>Base &amp;URL:</source>
            <translation>&amp;URL di base:</translation>
        </message>
        <message>
            <source>Beacon v2 specification ({base}/g_variants)</source>
            <translation>Specifica Beacon v2 ({base}/g_variants)</translation>
        </message>
        <message>
            <source>GDI aggregated ({base}/beacon/aggregated/v2/g_variants)</source>
            <translation>GDI aggregato ({base}/beacon/aggregated/v2/g_variants)</translation>
        </message>
        <message>
            <source>Endpoint &amp;style:</source>
            <translation>Sti&amp;le dell'endpoint:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuna</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Token Bearer</translation>
        </message>
        <message>
            <source>Basic (user and password)</source>
            <translation>Basic (utente e password)</translation>
        </message>
        <message>
            <source>&amp;Authentication:</source>
            <translation>Autenticazion&amp;e:</translation>
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation>U&amp;tente:</translation>
        </message>
        <message>
            <source>Stored in its own file readable only by you, never in the settings</source>
            <translation>Memorizzato in un file separato leggibile solo da Lei, mai nelle impostazioni</translation>
        </message>
        <message>
            <source>&amp;Token or password:</source>
            <translation>To&amp;ken o password:</translation>
        </message>
        <message>
            <source>0-based (specification: start = POS - 1)</source>
            <translation>0-based (specifica: start = POS - 1)</translation>
        </message>
        <message>
            <source>1-based (start = POS)</source>
            <translation>1-based (start = POS)</translation>
        </message>
        <message>
            <source>&amp;Coordinates:</source>
            <translation>C&amp;oordinate:</translation>
        </message>
        <message>
            <source>System certificate authorities</source>
            <translation>Autorità di certificazione di sistema</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Sfoglia…</translation>
        </message>
        <message>
            <source>CA &amp;bundle (PEM):</source>
            <translation>Bundle &amp;CA (PEM):</translation>
        </message>
        <message>
            <source>SHA-256 (hex) of the node's certificate or of its public key; only a matching certificate is accepted</source>
            <translation>SHA-256 (esadecimale) del certificato del nodo o della sua chiave pubblica; viene accettato solo un certificato corrispondente</translation>
        </message>
        <message>
            <source>&amp;Pinned SHA-256:</source>
            <translation>&amp;Pin SHA-256:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> giorni</translation>
        </message>
        <message>
            <source>always fetch again</source>
            <translation>recupera sempre di nuovo</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>Età &amp;massima:</translation>
        </message>
        <message>
            <source>Ask for padded regions, not exact variants</source>
            <translation>Richiedi regioni con margine, non varianti esatte</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>&amp;Verifica connessione</translation>
        </message>
        <message>
            <source>CA Bundle</source>
            <translation>Bundle CA</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt)</source>
            <translation>Certificati PEM (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>Impossibile leggere il Suo elenco dei nodi: %1</translation>
        </message>
        <message>
            <source>%1 (locked by IT)</source>
            <translation>%1 (bloccato dall'IT)</translation>
        </message>
        <message>
            <source>stored — type to replace</source>
            <translation>memorizzato — digiti per sostituirlo</translation>
        </message>
        <message>
            <source>The name must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>Il nome deve contenere da 1 a 64 lettere, cifre, '.', '_' o '-'.</translation>
        </message>
        <message>
            <source>The name "%1" is used twice.</source>
            <translation>Il nome "%1" è usato due volte.</translation>
        </message>
        <message>
            <source>The base URL must be an http or https URL.</source>
            <translation>L'URL di base deve essere un URL http o https.</translation>
        </message>
        <message>
            <source>Enter the token or password.</source>
            <translation>Inserisca il token o la password.</translation>
        </message>
        <message>
            <source>Enter the user name.</source>
            <translation>Inserisca il nome utente.</translation>
        </message>
        <message>
            <source>The pin must be 64 hexadecimal digits (a SHA-256).</source>
            <translation>Il pin deve essere composto da 64 cifre esadecimali (uno SHA-256).</translation>
        </message>
        <message>
            <source>The CA bundle %1 does not exist.</source>
            <translation>Il bundle CA %1 non esiste.</translation>
        </message>
        <message>
            <source>Node "%1": %2</source>
            <translation>Nodo "%1": %2</translation>
        </message>
        <message>
            <source>The node list cannot be saved: %1</source>
            <translation>Impossibile salvare l'elenco dei nodi: %1</translation>
        </message>
        <message>
            <source>Testing %1…</source>
            <translation>Verifica di %1…</translation>
        </message>
        <message numerus="yes">
            <source>✔ Connected: the node answered a test query (%n site(s) in 1:1-1000).</source>
            <translation>
                <numerusform>✔ Connesso: il nodo ha risposto a una query di prova (%n sito in 1:1-1000).</numerusform>
                <numerusform>✔ Connesso: il nodo ha risposto a una query di prova (%n siti in 1:1-1000).</numerusform>
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
            <translation>bozza</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>revisionato</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>firmato</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paziente</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criteri</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Revisore</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Stato del caso</translation>
        </message>
    </context>
    <context>
        <name>Gui::QcDashboard</name>
        <message>
            <source>Quality control — %1</source>
            <translation>Controllo qualità — %1</translation>
        </message>
        <message>
            <source>X heterozygosity %1: consistent with the sex in the PED file</source>
            <translation>Eterozigosi dell'X %1: coerente con il sesso nel file PED</translation>
        </message>
        <message>
            <source>X heterozygosity %1: NOT consistent with the sex in the PED file — check for a sample swap</source>
            <translation>Eterozigosi dell'X %1: NON coerente con il sesso nel file PED — verifichi un possibile scambio di campioni</translation>
        </message>
        <message>
            <source>Sex check: not enough information (PED sex or X calls outside the PARs missing)</source>
            <translation>Controllo del sesso: informazioni insufficienti (mancano il sesso nel PED o chiamate dell'X al di fuori delle PAR)</translation>
        </message>
        <message>
            <source>%1 variants carried · Ti/Tv %2 · het/hom %3
%4</source>
            <translation>%1 varianti presenti · Ti/Tv %2 · het/hom %3
%4</translation>
        </message>
        <message>
            <source>Variant types</source>
            <translation>Tipi di variante</translation>
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
            <translation>Complessa</translation>
        </message>
        <message>
            <source>Variants per chromosome</source>
            <translation>Varianti per cromosoma</translation>
        </message>
        <message>
            <source>Read depth (DP)</source>
            <translation>Profondità di lettura (DP)</translation>
        </message>
        <message>
            <source>Genotype quality (GQ)</source>
            <translation>Qualità del genotipo (GQ)</translation>
        </message>
        <message>
            <source>Chromosome</source>
            <translation>Cromosoma</translation>
        </message>
        <message>
            <source>Insertion</source>
            <translation>Inserzione</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Delezione</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Strutturale</translation>
        </message>
        <message>
            <source>Read depth, bins of 10 from the value shown</source>
            <translation>Profondità di lettura, classi di 10 dal valore indicato</translation>
        </message>
        <message>
            <source>Genotype quality, bins of 10 from the value shown</source>
            <translation>Qualità del genotipo, classi di 10 dal valore indicato</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReportPreviewDialog</name>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>Il caso non è ancora stato valutato.</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Anteprima del referto</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Lingua del referto</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Lingua del referto</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lingua:</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Pagina precedente</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Pagina</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Pagina successiva</translation>
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
            <translation>Adatta alla larghezza</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Pagina intera</translation>
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
            <translation>Referto</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Stop rendering the report; the page shown stays</source>
            <translation>Interrompe la generazione del referto; la pagina visualizzata rimane</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Salva PDF…</translation>
        </message>
        <message>
            <source>S&amp;ign…</source>
            <translation>F&amp;irma…</translation>
        </message>
        <message>
            <source>Rendering the report…</source>
            <translation>Generazione del referto…</translation>
        </message>
        <message>
            <source>Rendering was cancelled.</source>
            <translation>Generazione annullata.</translation>
        </message>
        <message>
            <source>Rendering was cancelled; the previous rendering is shown.</source>
            <translation>Generazione annullata; è mostrata la versione generata in precedenza.</translation>
        </message>
        <message>
            <source>The report cannot be rendered: %1</source>
            <translation>Impossibile generare il referto: %1</translation>
        </message>
        <message>
            <source>The rendered report cannot be shown (error %1).</source>
            <translation>Impossibile visualizzare il referto generato (errore %1).</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), %1.</source>
            <translation>
                <numerusform>%n pagina, %1.</numerusform>
                <numerusform>%n pagine, %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>di %1</translation>
        </message>
        <message>
            <source>Sign case %1 (your password is asked again)</source>
            <translation>Firma il caso %1 (la password Le verrà richiesta di nuovo)</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign, once a case of the case database is picked and marked reviewed.</source>
            <translation>Solo un genetista clinico può firmare, dopo aver selezionato un caso del database dei casi e averlo segnato come revisionato.</translation>
        </message>
        <message>
            <source>There is no rendered report to save.</source>
            <translation>Non c'è alcun referto generato da salvare.</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Salva PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Salvato in %1.</translation>
        </message>
        <message>
            <source>The report preview was cancelled.</source>
            <translation>L'anteprima del referto è stata annullata.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewDialog</name>
        <message>
            <source>Classify Variant %1</source>
            <translation>Classifica variante %1</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Risultato</translation>
        </message>
        <message>
            <source>By rules (Richards 2015):</source>
            <translation>Secondo le regole (Richards 2015):</translation>
        </message>
        <message>
            <source>By points (Tavtigian):</source>
            <translation>Secondo il punteggio (Tavtigian):</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Sintesi:</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classificazione</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>C&amp;lass:</source>
            <translation>C&amp;lasse:</translation>
        </message>
        <message>
            <source>Why this class; what else was considered</source>
            <translation>Perché questa classe; cos'altro è stato considerato</translation>
        </message>
        <message>
            <source>Co&amp;mment:</source>
            <translation>Co&amp;mmento:</translation>
        </message>
        <message>
            <source>Prior classifications of this variant in other cases</source>
            <translation>Classificazioni precedenti di questa variante in altri casi</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>Criteri ACMG/AMP</translation>
        </message>
        <message>
            <source>PP5 and BP6 (reputable source) are not used, following ClinGen SVI.</source>
            <translation>PP5 e BP6 (fonte attendibile) non vengono utilizzati, in conformità a ClinGen SVI.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Forza</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidenza</translation>
        </message>
        <message>
            <source>Pathogenic evidence</source>
            <translation>Evidenza patogenetica</translation>
        </message>
        <message>
            <source>Benign evidence</source>
            <translation>Evidenza benigna</translation>
        </message>
        <message>
            <source>Evidence for pathogenicity</source>
            <translation>Evidenza a favore della patogenicità</translation>
        </message>
        <message>
            <source>Evidence for benignity</source>
            <translation>Evidenza a favore della benignità</translation>
        </message>
        <message>
            <source>Strength of %1</source>
            <translation>Forza di %1</translation>
        </message>
        <message>
            <source>default (%1)</source>
            <translation>predefinita (%1)</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <translation>Evidenza per %1</translation>
        </message>
        <message>
            <source>Suggestions from the data</source>
            <translation>Suggerimenti dai dati</translation>
        </message>
        <message>
            <source>No criterion can be suggested from the data.</source>
            <translation>Nessun criterio può essere suggerito dai dati.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accetta</translation>
        </message>
        <message>
            <source>Accept %1</source>
            <translation>Accetta %1</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rifiuta</translation>
        </message>
        <message>
            <source>Reject %1</source>
            <translation>Rifiuta %1</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>Non valido: %1</translation>
        </message>
        <message>
            <source>No criterion applied</source>
            <translation>Nessun criterio applicato</translation>
        </message>
        <message>
            <source>0 points</source>
            <translation>0 punti</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (BA1 stand-alone)</source>
            <translation>%1 (BA1 autonomo)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2 point(s))</source>
            <translation>
                <numerusform>%1 (%2 punto)</numerusform>
                <numerusform>%1 (%2 punti)</numerusform>
            </translation>
        </message>
        <message>
            <source>pending</source>
            <translation>in sospeso</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accettato</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rifiutato</translation>
        </message>
        <message>
            <source>Why the suggestion does not apply (required)</source>
            <translation>Perché il suggerimento non si applica (obbligatorio)</translation>
        </message>
        <message>
            <source>Reason for rejecting %1</source>
            <translation>Motivo del rifiuto di %1</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>A rejected suggestion needs a reason: say why it does not apply to this variant.</source>
            <translation>Un suggerimento rifiutato richiede una motivazione: indichi perché non si applica a questa variante.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewWorkflow</name>
        <message>
            <source>&amp;Open Case Database…</source>
            <translation>&amp;Apri database dei casi…</translation>
        </message>
        <message>
            <source>Classify &amp;Variant…</source>
            <translation>Classifica &amp;variante…</translation>
        </message>
        <message>
            <source>Mark &amp;Reviewed</source>
            <translation>&amp;Segna come revisionato</translation>
        </message>
        <message>
            <source>&amp;Sign Case…</source>
            <translation>&amp;Firma caso…</translation>
        </message>
        <message>
            <source>Case &amp;List</source>
            <translation>&amp;Elenco casi</translation>
        </message>
        <message>
            <source>&amp;Audit Log…</source>
            <translation>Re&amp;gistro di audit…</translation>
        </message>
        <message>
            <source>Logged in to %1 as %2 (%3).</source>
            <translation>Accesso a %1 eseguito come %2 (%3).</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casi</translation>
        </message>
        <message numerus="yes">
            <source>Case %1: %n review(s).</source>
            <translation>
                <numerusform>Caso %1: %n revisione.</numerusform>
                <numerusform>Caso %1: %n revisioni.</numerusform>
            </translation>
        </message>
        <message>
            <source>Case %1 (%2)</source>
            <translation>Caso %1 (%2)</translation>
        </message>
        <message>
            <source>Pick a case in the case list first.</source>
            <translation>Selezioni prima un caso nell'elenco dei casi.</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign a case.</source>
            <translation>Solo un genetista clinico può firmare un caso.</translation>
        </message>
        <message>
            <source>Classify Variant</source>
            <translation>Classifica variante</translation>
        </message>
        <message>
            <source>Open a case database and pick a case in the case list first.</source>
            <translation>Apra prima un database dei casi e selezioni un caso nell'elenco dei casi.</translation>
        </message>
        <message>
            <source>Select a variant of the evaluated case in the variant table first.</source>
            <translation>Selezioni prima una variante del caso in esame nella tabella delle varianti.</translation>
        </message>
        <message>
            <source>The proband does not carry the selected variant.</source>
            <translation>Il probando non è portatore della variante selezionata.</translation>
        </message>
        <message>
            <source>Change a Signed Case</source>
            <translation>Modifica di un caso firmato</translation>
        </message>
        <message>
            <source>Case %1 is signed. Why does its report change?</source>
            <translation>Il caso %1 è firmato. Perché il suo referto viene modificato?</translation>
        </message>
        <message>
            <source>%1 classified as %2 in case %3.</source>
            <translation>%1 classificata come %2 nel caso %3.</translation>
        </message>
        <message>
            <source>Mark Reviewed</source>
            <translation>Segna come revisionato</translation>
        </message>
        <message>
            <source>Case %1 marked reviewed.</source>
            <translation>Caso %1 segnato come revisionato.</translation>
        </message>
        <message>
            <source>Sign case %1</source>
            <translation>Firma il caso %1</translation>
        </message>
        <message>
            <source>Sign Case</source>
            <translation>Firma caso</translation>
        </message>
        <message>
            <source>Case %1 signed: report version %2.</source>
            <translation>Caso %1 firmato: versione del referto %2.</translation>
        </message>
        <message>
            <source>Audit Log</source>
            <translation>Registro di audit</translation>
        </message>
    </context>
    <context>
        <name>Gui::SyncDialog</name>
        <message>
            <source>Sync Frequencies</source>
            <translation>Sincronizza frequenze</translation>
        </message>
        <message>
            <source>The frequency cache (.gdfreq) the nodes' answers are written to; created when missing</source>
            <translation>La cache delle frequenze (.gdfreq) in cui vengono scritte le risposte dei nodi; viene creata se manca</translation>
        </message>
        <message>
            <source>&amp;Cache:</source>
            <translation>&amp;Cache:</translation>
        </message>
        <message numerus="yes">
            <source>The open case's %n variant(s), padded to regions by each node; plus any regions below.</source>
            <translation>
                <numerusform>%n variante del caso aperto, estesa a una regione da ciascun nodo; più le eventuali regioni indicate sotto.</numerusform>
                <numerusform>%n varianti del caso aperto, estese a regioni da ciascun nodo; più le eventuali regioni indicate sotto.</numerusform>
            </translation>
        </message>
        <message>
            <source>No case is open: give regions.</source>
            <translation>Nessun caso aperto: indichi le regioni.</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Ambito:</translation>
        </message>
        <message>
            <source>chr17:43040001-43050000, 13:32315000-32400000</source>
            <translation>chr17:43040001-43050000, 13:32315000-32400000</translation>
        </message>
        <message>
            <source>&amp;Regions:</source>
            <translation>&amp;Regioni:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> giorni</translation>
        </message>
        <message>
            <source>each node's setting</source>
            <translation>impostazione di ciascun nodo</translation>
        </message>
        <message>
            <source>Regions fetched more recently than this are not asked for again (0: fetch everything)</source>
            <translation>Le regioni recuperate entro questo periodo non vengono richieste di nuovo (0: recupera tutto)</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>Età &amp;massima:</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Nodi</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>in attesa</translation>
        </message>
        <message>
            <source>No node is configured (Tools ▸ Frequency Nodes…).</source>
            <translation>Nessun nodo configurato (Strumenti ▸ Nodi delle frequenze…).</translation>
        </message>
        <message>
            <source>Every request sent (URL and body, never tokens) appears here.</source>
            <translation>Qui compare ogni richiesta inviata (URL e corpo, mai i token).</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Avvia</translation>
        </message>
        <message>
            <source>Ca&amp;ncel Sync</source>
            <translation>A&amp;nnulla sincronizzazione</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>Impossibile leggere il Suo elenco dei nodi: %1</translation>
        </message>
        <message>
            <source>Choose the frequency cache to write to.</source>
            <translation>Scelga la cache delle frequenze in cui scrivere.</translation>
        </message>
        <message>
            <source>Region "%1": %2</source>
            <translation>Regione "%1": %2</translation>
        </message>
        <message>
            <source>No case is open: give at least one region.</source>
            <translation>Nessun caso aperto: indichi almeno una regione.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizzazione…</translation>
        </message>
        <message>
            <source>asking…</source>
            <translation>richiesta in corso…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annullamento…</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>non riuscito: %1</translation>
        </message>
        <message numerus="yes">
            <source>up to date (fetched within %n day(s))</source>
            <translation>
                <numerusform>aggiornato (recuperato entro %n giorno)</numerusform>
                <numerusform>aggiornato (recuperato entro %n giorni)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) cached</source>
            <translation>
                <numerusform>%n sito memorizzato nella cache</numerusform>
                <numerusform>%n siti memorizzati nella cache</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The sync did not run:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;La sincronizzazione non è stata eseguita:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>non avviato</translation>
        </message>
        <message>
            <source>FAILED: %1</source>
            <translation>NON RIUSCITO: %1</translation>
        </message>
        <message>
            <source>up to date, no request sent</source>
            <translation>aggiornato, nessuna richiesta inviata</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n request(s) answered</source>
            <translation>
                <numerusform>%1 di %n richiesta con risposta</numerusform>
                <numerusform>%1 di %n richieste con risposta</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from %2, %3</source>
            <extracomment>%1 "12 sites cached", %2 "3 variants", %3 "4 requests"</extracomment>
            <translation>%1 da %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s)</source>
            <translation>
                <numerusform>%n variante</numerusform>
                <numerusform>%n varianti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n richiesta</numerusform>
                <numerusform>%n richieste</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;%1; %2 failed.&lt;/p&gt;</source>
            <extracomment>%1 "12 sites cached", %2 "0 of 2 nodes"</extracomment>
            <translation>&lt;p&gt;%1; %2 non riusciti.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n node(s)</source>
            <translation>
                <numerusform>%1 di %n nodo</numerusform>
                <numerusform>%1 di %n nodi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::VariantTableModel</name>
        <message>
            <source>%1 (phased)</source>
            <translation>%1 (in fase)</translation>
        </message>
        <message>
            <source>%1 genotype</source>
            <translation>%1 genotipo</translation>
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
            <translation>Cromosoma</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posizione</translation>
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
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gene</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Conseguenza</translation>
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
            <translation>Filtro</translation>
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
            <translation>Variazione ClinVar %1</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>assente</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisione</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classificazione</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>Max. pop. AF</source>
            <translation>AF max pop.</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Verosimiglianze dei genotipi in scala Phred (FORMAT/PL) di 0/0, 0/1 e 1/1 per questo allele ALT (0 e 1 per una chiamata aploide)</translation>
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
            <translation>Serve una cache delle frequenze come nodo aggregato Beacon v2.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq).</source>
            <translation>Cache delle frequenze (.gdfreq).</translation>
        </message>
        <message>
            <source>TCP port (0: any free port).</source>
            <translation>Porta TCP (0: una qualsiasi porta libera).</translation>
        </message>
        <message>
            <source>Address to listen on (default: all).</source>
            <translation>Indirizzo su cui restare in ascolto (predefinito: tutti).</translation>
        </message>
        <message>
            <source>PEM certificate for HTTPS.</source>
            <translation>Certificato PEM per HTTPS.</translation>
        </message>
        <message>
            <source>PEM private key for HTTPS.</source>
            <translation>Chiave privata PEM per HTTPS.</translation>
        </message>
        <message>
            <source>File holding the Bearer token that clients must send.</source>
            <translation>File con il token Bearer che i client devono inviare.</translation>
        </message>
        <message>
            <source>Beacon id (reverse domain name).</source>
            <translation>Id del Beacon (nome di dominio inverso).</translation>
        </message>
        <message>
            <source>Largest accepted request body.</source>
            <translation>Corpo di richiesta massimo accettato.</translation>
        </message>
        <message>
            <source>Public root URL of the node, as shown in /map.</source>
            <translation>URL radice pubblico del nodo, come mostrato in /map.</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's headers (default: 10).</source>
            <translation>Secondi a disposizione di un client per inviare le intestazioni di una richiesta (predefinito: 10).</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's body after its headers (default: 30).</source>
            <translation>Secondi a disposizione di un client per inviare il corpo di una richiesta dopo le intestazioni (predefinito: 30).</translation>
        </message>
        <message>
            <source>Seconds an idle kept-alive connection stays open (default: 15).</source>
            <translation>Secondi per cui una connessione keep-alive inattiva resta aperta (predefinito: 15).</translation>
        </message>
        <message>
            <source>Open connections allowed from one address (default: 32).</source>
            <translation>Connessioni aperte consentite da un indirizzo (predefinito: 32).</translation>
        </message>
        <message>
            <source>Open connections allowed in total (default: 512).</source>
            <translation>Connessioni aperte consentite in totale (predefinito: 512).</translation>
        </message>
        <message>
            <source>Requests per second allowed from one address, sustained (default: 20; 0: no limit).</source>
            <translation>Richieste al secondo consentite da un indirizzo, in modo continuativo (predefinito: 20; 0: nessun limite).</translation>
        </message>
        <message>
            <source>Requests one address may send at once (default: 40).</source>
            <translation>Richieste che un indirizzo può inviare in una volta (predefinito: 40).</translation>
        </message>
        <message>
            <source>Testing: delay every answer.</source>
            <translation>Test: ritarda ogni risposta.</translation>
        </message>
        <message>
            <source>Testing: http-500 or broken-json.</source>
            <translation>Test: http-500 o broken-json.</translation>
        </message>
        <message>
            <source>--cache and --port are required.</source>
            <translation>--cache e --port sono obbligatori.</translation>
        </message>
        <message>
            <source>invalid port: %1</source>
            <translation>porta non valida: %1</translation>
        </message>
        <message>
            <source>--tls-cert and --tls-key go together.</source>
            <translation>--tls-cert e --tls-key vanno indicati insieme.</translation>
        </message>
        <message>
            <source>invalid --max-request-bytes</source>
            <translation>--max-request-bytes non valido</translation>
        </message>
        <message>
            <source>invalid --header-timeout</source>
            <translation>--header-timeout non valido</translation>
        </message>
        <message>
            <source>invalid --body-timeout</source>
            <translation>--body-timeout non valido</translation>
        </message>
        <message>
            <source>invalid --idle-timeout</source>
            <translation>--idle-timeout non valido</translation>
        </message>
        <message>
            <source>invalid --max-connections-per-client</source>
            <translation>--max-connections-per-client non valido</translation>
        </message>
        <message>
            <source>invalid --max-connections</source>
            <translation>--max-connections non valido</translation>
        </message>
        <message>
            <source>invalid --rate-burst</source>
            <translation>--rate-burst non valido</translation>
        </message>
        <message>
            <source>invalid --rate-limit</source>
            <translation>--rate-limit non valido</translation>
        </message>
        <message>
            <source>%1: cannot read the token file</source>
            <translation>%1: impossibile leggere il file del token</translation>
        </message>
        <message>
            <source>%1: the token file is empty</source>
            <translation>%1: il file del token è vuoto</translation>
        </message>
        <message>
            <source>unknown fault: %1</source>
            <translation>guasto sconosciuto: %1</translation>
        </message>
        <message>
            <source>%1: cannot read the certificate</source>
            <translation>%1: impossibile leggere il certificato</translation>
        </message>
        <message>
            <source>%1: cannot read the key</source>
            <translation>%1: impossibile leggere la chiave</translation>
        </message>
        <message>
            <source>%1: not a PEM certificate</source>
            <translation>%1: non è un certificato PEM</translation>
        </message>
        <message>
            <source>%1: not a PEM RSA or EC private key</source>
            <translation>%1: non è una chiave privata PEM RSA o EC</translation>
        </message>
        <message>
            <source>cannot listen on port %1</source>
            <translation>impossibile restare in ascolto sulla porta %1</translation>
        </message>
    </context>
</TS>
