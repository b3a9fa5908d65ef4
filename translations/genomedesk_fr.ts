<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Imports a sites VCF/BCF (gnomAD naming, or a field map) into a frequency cache as one source; a source of the same name is replaced when the import completes.</source>
            <translation>Importe un VCF/BCF de sites (nommage gnomAD, ou une table de correspondance des champs) dans un cache de fréquences comme une source ; une source du même nom est remplacée une fois l'import terminé.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq); created when missing.</source>
            <translation>Le fichier de cache (.gdfreq) ; créé s'il n'existe pas.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>The sites VCF/BCF.</source>
            <translation>Le VCF/BCF de sites.</translation>
        </message>
        <message>
            <source>Source name, also the prefix of annotation keys (gnomad).</source>
            <translation>Nom de la source, aussi préfixe des clés d'annotation (gnomad).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>Source version (4.1).</source>
            <translation>Version de la source (4.1).</translation>
        </message>
        <message>
            <source>version</source>
            <translation>version</translation>
        </message>
        <message>
            <source>Populations to import besides the whole source, comma-separated (afr,nfe); default: every gnomAD group in the header.</source>
            <translation>Populations à importer en plus de la source entière, séparées par des virgules (afr,nfe) ; par défaut : chaque groupe gnomAD de l'en-tête.</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>libellés</translation>
        </message>
        <message>
            <source>Tab-separated lines: metric, population, INFO key [, type]; or: population, label, description [, sample count].</source>
            <translation>Lignes séparées par des tabulations : métrique, population, clé INFO [, type] ; ou : population, libellé, description [, nombre d'échantillons].</translation>
        </message>
        <message>
            <source>Licence of the data (CC0-1.0).</source>
            <translation>Licence des données (CC0-1.0).</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>Where the data came from (URL); default: the file name.</source>
            <translation>Provenance des données (URL) ; par défaut : le nom du fichier.</translation>
        </message>
        <message>
            <source>GRCh37 or GRCh38, when the header does not tell.</source>
            <translation>GRCh37 ou GRCh38, si l'en-tête ne l'indique pas.</translation>
        </message>
        <message>
            <source>build</source>
            <translation>build</translation>
        </message>
        <message>
            <source>When the data was obtained (ISO 8601); default: the file's time.</source>
            <translation>Date d'obtention des données (ISO 8601) ; par défaut : la date du fichier.</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>Print progress to stderr.</source>
            <translation>Afficher la progression sur stderr.</translation>
        </message>
        <message>
            <source>cache import: unexpected argument %1</source>
            <translation>cache import : argument inattendu %1</translation>
        </message>
        <message>
            <source>cache import: --%1 is required</source>
            <translation>cache import : --%1 est obligatoire</translation>
        </message>
        <message>
            <source>cache import: give --populations or --field-map, not both</source>
            <translation>cache import : indiquer --populations ou --field-map, pas les deux</translation>
        </message>
        <message>
            <source>cache import: --build must be GRCh37 or GRCh38</source>
            <translation>cache import : --build doit être GRCh37 ou GRCh38</translation>
        </message>
        <message>
            <source>cache import: --retrieved is not an ISO 8601 date</source>
            <translation>cache import : --retrieved n'est pas une date ISO 8601</translation>
        </message>
        <message>
            <source>importing: %1%</source>
            <translation>import : %1%</translation>
        </message>
        <message>
            <source>%1 %2: %3 records, %4 sites, %5 fields, %6 populations</source>
            <translation>%1 %2 : %3 enregistrements, %4 sites, %5 champs, %6 populations</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>avertissement : %1</translation>
        </message>
        <message>
            <source>Prints the sources, populations, sites, size and build of a frequency cache.</source>
            <translation>Affiche les sources, populations, sites, la taille et le build d'un cache de fréquences.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq).</source>
            <translation>Le fichier de cache (.gdfreq).</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Afficher en JSON.</translation>
        </message>
        <message>
            <source>cache info: --cache is required</source>
            <translation>cache info : --cache est obligatoire</translation>
        </message>
        <message>
            <source>%1: frequency cache format %2, build %3, %4 bytes</source>
            <translation>%1 : cache de fréquences au format %2, build %3, %4 octets</translation>
        </message>
        <message>
            <source>no sources</source>
            <translation>aucune source</translation>
        </message>
        <message>
            <source>source %1 %2 (%3, %4), licence: %5</source>
            <translation>source %1 %2 (%3, %4), licence : %5</translation>
        </message>
        <message>
            <source>  retrieved %1, imported %2</source>
            <translation>  récupéré le %1, importé le %2</translation>
        </message>
        <message>
            <source>  %1 records, %2 sites, %3 chunks, %4 bytes per site</source>
            <translation>  %1 enregistrements, %2 sites, %3 blocs, %4 octets par site</translation>
        </message>
        <message>
            <source>  populations: %1</source>
            <translation>  populations : %1</translation>
        </message>
        <message>
            <source>  fields: %1</source>
            <translation>  champs : %1</translation>
        </message>
        <message>
            <source>Removes a source and its sites from a frequency cache.</source>
            <translation>Supprime une source et ses sites d'un cache de fréquences.</translation>
        </message>
        <message>
            <source>The source to remove.</source>
            <translation>La source à supprimer.</translation>
        </message>
        <message>
            <source>cache remove: --cache and --source are required</source>
            <translation>cache remove : --cache et --source sont obligatoires</translation>
        </message>
        <message>
            <source>Annotates a VCF/BCF with population frequencies from one or more frequency caches; INFO keys are &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</source>
            <translation>Annote un VCF/BCF avec les fréquences populationnelles d'un ou plusieurs caches de fréquences ; les clés INFO sont &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</translation>
        </message>
        <message>
            <source>VCF, VCF.gz or BCF file</source>
            <translation>fichier VCF, VCF.gz ou BCF</translation>
        </message>
        <message>
            <source>A cache file (.gdfreq); may be given several times.</source>
            <translation>Un fichier de cache (.gdfreq) ; peut être indiqué plusieurs fois.</translation>
        </message>
        <message>
            <source>Output: .vcf.gz, .bcf, .vcf or .tsv.</source>
            <translation>Sortie : .vcf.gz, .bcf, .vcf ou .tsv.</translation>
        </message>
        <message>
            <source>annotate: expects exactly one input file</source>
            <translation>annotate : attend exactement un fichier d'entrée</translation>
        </message>
        <message>
            <source>annotate: --cache and --out are required</source>
            <translation>annotate : --cache et --out sont obligatoires</translation>
        </message>
        <message>
            <source>%1: %2 found</source>
            <translation>%1 : %2 trouvés</translation>
        </message>
        <message>
            <source>%1 records, %2 alleles; %3</source>
            <translation>%1 enregistrements, %2 allèles ; %3</translation>
        </message>
        <message>
            <source>Case database: an SQLite file or a PostgreSQL URL (postgresql://user@host:port/database).</source>
            <translation>Base de données des cas : un fichier SQLite ou une URL PostgreSQL (postgresql://user@host:port/database).</translation>
        </message>
        <message>
            <source>cases.db</source>
            <translation>cases.db</translation>
        </message>
        <message>
            <source>Key file (32 bytes or 64 hex digits, mode 0600) instead of the passphrase in GENOMEDESK_PASSPHRASE.</source>
            <translation>Fichier de clé (32 octets ou 64 chiffres hexadécimaux, mode 0600) au lieu de la phrase secrète dans GENOMEDESK_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Acting user; the password is read from GENOMEDESK_PASSWORD.</source>
            <translation>Utilisateur agissant ; le mot de passe est lu dans GENOMEDESK_PASSWORD.</translation>
        </message>
        <message>
            <source>--db is required</source>
            <translation>--db est obligatoire</translation>
        </message>
        <message>
            <source>set the passphrase in %1 or give --key-file</source>
            <translation>définir la phrase secrète dans %1 ou indiquer --key-file</translation>
        </message>
        <message>
            <source>--user is required</source>
            <translation>--user est obligatoire</translation>
        </message>
        <message>
            <source>set the password of %1 in %2</source>
            <translation>définir le mot de passe de %1 dans %2</translation>
        </message>
        <message>
            <source>Creates a case for a patient (created from --identity when new) and prints its id.</source>
            <translation>Crée un cas pour un patient (créé à partir de --identity s'il est nouveau) et affiche son identifiant.</translation>
        </message>
        <message>
            <source>Patient pseudonym (letters, digits, - and _).</source>
            <translation>Pseudonyme du patient (lettres, chiffres, - et _).</translation>
        </message>
        <message>
            <source>pseudonym</source>
            <translation>pseudonyme</translation>
        </message>
        <message>
            <source>JSON file with the new patient's identity: {"name", "birthDate", "identifiers"}; stored encrypted.</source>
            <translation>Fichier JSON avec l'identité du nouveau patient : {"name", "birthDate", "identifiers"} ; stocké chiffré.</translation>
        </message>
        <message>
            <source>file.json</source>
            <translation>fichier.json</translation>
        </message>
        <message>
            <source>Indication for testing.</source>
            <translation>Indication de l'analyse.</translation>
        </message>
        <message>
            <source>Referring clinician.</source>
            <translation>Médecin prescripteur.</translation>
        </message>
        <message>
            <source>Consent profile JSON file.</source>
            <translation>Fichier JSON du profil de consentement.</translation>
        </message>
        <message>
            <source>Input file (VCF/BCF, PED, ...); repeat for several.</source>
            <translation>Fichier d'entrée (VCF/BCF, PED, ...) ; répéter pour plusieurs.</translation>
        </message>
        <message>
            <source>path</source>
            <translation>chemin</translation>
        </message>
        <message>
            <source>Genome build (GRCh37 or GRCh38).</source>
            <translation>Build du génome (GRCh37 ou GRCh38).</translation>
        </message>
        <message>
            <source>Policy id or file in force for the case.</source>
            <translation>Identifiant ou fichier de la politique en vigueur pour le cas.</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>politique</translation>
        </message>
        <message>
            <source>Frequency source and version; repeat.</source>
            <translation>Source de fréquences et version ; répétable.</translation>
        </message>
        <message>
            <source>name=version</source>
            <translation>name=version</translation>
        </message>
        <message>
            <source>Knowledge base version.</source>
            <translation>Version de la base de connaissances.</translation>
        </message>
        <message>
            <source>case create: unexpected argument %1</source>
            <translation>case create : argument inattendu %1</translation>
        </message>
        <message>
            <source>case create: --patient is required</source>
            <translation>case create : --patient est obligatoire</translation>
        </message>
        <message>
            <source>cannot read %1</source>
            <translation>impossible de lire %1</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2)</source>
            <translation>%1 : pas un objet JSON (%2)</translation>
        </message>
        <message>
            <source>--cache-version expects name=version, not %1</source>
            <translation>--cache-version attend name=version, pas %1</translation>
        </message>
        <message>
            <source>%1: "name" is missing</source>
            <translation>%1 : "name" manquant</translation>
        </message>
        <message>
            <source>patient %1 is new: give --identity</source>
            <translation>le patient %1 est nouveau : indiquer --identity</translation>
        </message>
        <message>
            <source>patient %1 exists already; leave out --identity</source>
            <translation>le patient %1 existe déjà ; omettre --identity</translation>
        </message>
        <message>
            <source>Lists the cases of a case database.</source>
            <translation>Liste les cas d'une base de données des cas.</translation>
        </message>
        <message>
            <source>Shows a case: its inputs, reviews with criteria, earlier classifications of the same variants, and report versions.</source>
            <translation>Affiche un cas : ses entrées, les revues avec critères, les classifications antérieures des mêmes variants et les versions du compte rendu.</translation>
        </message>
        <message>
            <source>Case id.</source>
            <translation>Identifiant du cas.</translation>
        </message>
        <message>
            <source>case show: give one case id</source>
            <translation>case show : indiquer un identifiant de cas</translation>
        </message>
        <message>
            <source>Case %1 (%2, report version %3)</source>
            <translation>Cas %1 (%2, version du compte rendu %3)</translation>
        </message>
        <message>
            <source>Patient: %1</source>
            <translation>Patient : %1</translation>
        </message>
        <message>
            <source>Indication: %1</source>
            <translation>Indication : %1</translation>
        </message>
        <message>
            <source>Referrer: %1</source>
            <translation>Prescripteur : %1</translation>
        </message>
        <message>
            <source>Genome build: %1</source>
            <translation>Build du génome : %1</translation>
        </message>
        <message>
            <source>Policy: %1 %2 (sha256 %3)</source>
            <translation>Politique : %1 %2 (sha256 %3)</translation>
        </message>
        <message>
            <source>Knowledge base: %1</source>
            <translation>Base de connaissances : %1</translation>
        </message>
        <message>
            <source>Frequency sources: %1</source>
            <translation>Sources de fréquences : %1</translation>
        </message>
        <message>
            <source>Created by %1 on %2</source>
            <translation>Créé par %1 le %2</translation>
        </message>
        <message>
            <source>File: %1 (sha256 %2)</source>
            <translation>Fichier : %1 (sha256 %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s):</source>
            <translation>
                <numerusform>%n revue :</numerusform>
                <numerusform>%n revues :</numerusform>
            </translation>
        </message>
        <message>
            <source>by %1 on %2 (%3)</source>
            <translation>par %1 le %2 (%3)</translation>
        </message>
        <message>
            <source>Comment: %1</source>
            <translation>Commentaire : %1</translation>
        </message>
        <message>
            <source>Suggestion %1 rejected by %2 on %3</source>
            <translation>Suggestion %1 rejetée par %2 le %3</translation>
        </message>
        <message>
            <source>Suggestion %1 accepted by %2 on %3</source>
            <translation>Suggestion %1 acceptée par %2 le %3</translation>
        </message>
        <message>
            <source>Also classified in case %1 (patient %2): %3 [%4] by %5 on %6</source>
            <translation>Également classé dans le cas %1 (patient %2) : %3 [%4] par %5 le %6</translation>
        </message>
        <message>
            <source>Report versions:</source>
            <translation>Versions du compte rendu :</translation>
        </message>
        <message>
            <source>%1: signed by %2 on %3, sha256 %4 (%5)</source>
            <translation>%1 : signé par %2 le %3, sha256 %4 (%5)</translation>
        </message>
        <message>
            <source>%1: open (%2)</source>
            <translation>%1 : ouvert (%2)</translation>
        </message>
        <message>
            <source>Writes a case as JSON (pseudonymous unless --identified).</source>
            <translation>Écrit un cas en JSON (pseudonymisé sauf avec --identified).</translation>
        </message>
        <message>
            <source>JSON file to write (default: standard output).</source>
            <translation>Fichier JSON à écrire (par défaut : sortie standard).</translation>
        </message>
        <message>
            <source>Include the patient's decrypted identity and the input file paths.</source>
            <translation>Inclure l'identité déchiffrée du patient et les chemins des fichiers d'entrée.</translation>
        </message>
        <message>
            <source>case export: give one case id</source>
            <translation>case export : indiquer un identifiant de cas</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>impossible d'écrire %1</translation>
        </message>
        <message>
            <source>Signs a reviewed case (clinical geneticists only); freezes its report version.</source>
            <translation>Signe un cas relu (généticiens cliniques uniquement) ; fige sa version du compte rendu.</translation>
        </message>
        <message>
            <source>Marks a draft case as reviewed.</source>
            <translation>Marque un cas en brouillon comme relu.</translation>
        </message>
        <message>
            <source>give one case id</source>
            <translation>indiquer un identifiant de cas</translation>
        </message>
        <message>
            <source>Case %1 report version %2 signed by %3, sha256 %4</source>
            <translation>Cas %1 version du compte rendu %2 signée par %3, sha256 %4</translation>
        </message>
        <message>
            <source>Case %1 is reviewed</source>
            <translation>Le cas %1 est relu</translation>
        </message>
        <message>
            <source>Classification: P, LP, VUS, LB or B.</source>
            <translation>Classification : P, LP, VUS, LB ou B.</translation>
        </message>
        <message>
            <source>class</source>
            <translation>classe</translation>
        </message>
        <message>
            <source>Applied ACMG/AMP criteria, comma-separated (PVS1,PM2_Supporting).</source>
            <translation>Critères ACMG/AMP appliqués, séparés par des virgules (PVS1,PM2_Supporting).</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>codes</translation>
        </message>
        <message>
            <source>Evidence text of one criterion; repeat.</source>
            <translation>Texte de preuve d'un critère ; répétable.</translation>
        </message>
        <message>
            <source>CODE=text</source>
            <translation>CODE=texte</translation>
        </message>
        <message>
            <source>Comment.</source>
            <translation>Commentaire.</translation>
        </message>
        <message>
            <source>Mark the review final.</source>
            <translation>Marquer la revue comme définitive.</translation>
        </message>
        <message>
            <source>Why a signed case is changed (opens a new report version).</source>
            <translation>Motif de la modification d'un cas signé (ouvre une nouvelle version du compte rendu).</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer accepted, with an optional reason; repeat.</source>
            <translation>Une suggestion automatique acceptée par le relecteur, avec un motif facultatif ; répétable.</translation>
        </message>
        <message>
            <source>CODE[=reason]</source>
            <translation>CODE[=motif]</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer rejected, with the reason; repeat.</source>
            <translation>Une suggestion automatique rejetée par le relecteur, avec le motif ; répétable.</translation>
        </message>
        <message>
            <source>CODE=reason</source>
            <translation>CODE=motif</translation>
        </message>
        <message>
            <source>review set: --class is required</source>
            <translation>review set : --class est obligatoire</translation>
        </message>
        <message>
            <source>review set: unknown class %1 (use P, LP, VUS, LB or B)</source>
            <translation>review set : classe inconnue %1 (utiliser P, LP, VUS, LB ou B)</translation>
        </message>
        <message>
            <source>review set: --evidence expects CODE=text</source>
            <translation>review set : --evidence attend CODE=texte</translation>
        </message>
        <message>
            <source>review set: %1</source>
            <translation>review set : %1</translation>
        </message>
        <message>
            <source>review set: --evidence for %1, which is not in --criteria</source>
            <translation>review set : --evidence pour %1, qui n'est pas dans --criteria</translation>
        </message>
        <message>
            <source>review set: --reject-suggestion expects CODE=reason</source>
            <translation>review set : --reject-suggestion attend CODE=motif</translation>
        </message>
        <message>
            <source>Records the classification of one variant of a case, with its ACMG/AMP criteria. Prints the class by the Richards 2015 rules and by points.</source>
            <translation>Enregistre la classification d'un variant d'un cas, avec ses critères ACMG/AMP. Affiche la classe selon les règles de Richards 2015 et selon les points.</translation>
        </message>
        <message>
            <source>Variant key: contig-position-ref-alt, 1-based (6-26092913-G-A).</source>
            <translation>Clé du variant : contig-position-ref-alt, en base 1 (6-26092913-G-A).</translation>
        </message>
        <message>
            <source>review set: give a case id and a variant key</source>
            <translation>review set : indiquer un identifiant de cas et une clé de variant</translation>
        </message>
        <message>
            <source>review set: "%1" is not a variant key like 6-26092913-G-A</source>
            <translation>review set : "%1" n'est pas une clé de variant comme 6-26092913-G-A</translation>
        </message>
        <message>
            <source>%1 %2: %3 [%4], report version %5</source>
            <translation>%1 %2 : %3 [%4], version du compte rendu %5</translation>
        </message>
        <message>
            <source>Adds a user; the new password is read from GENOMEDESK_NEW_PASSWORD. The first user of a database must be an admin and needs no --user.</source>
            <translation>Ajoute un utilisateur ; le nouveau mot de passe est lu dans GENOMEDESK_NEW_PASSWORD. Le premier utilisateur d'une base de données doit être un administrateur et n'a pas besoin de --user.</translation>
        </message>
        <message>
            <source>counsellor, geneticist or admin.</source>
            <translation>counsellor, geneticist ou admin.</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rôle</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>Nom d'utilisateur.</translation>
        </message>
        <message>
            <source>user add: give one user name</source>
            <translation>user add : indiquer un nom d'utilisateur</translation>
        </message>
        <message>
            <source>user add: --role must be counsellor, geneticist or admin</source>
            <translation>user add : --role doit être counsellor, geneticist ou admin</translation>
        </message>
        <message>
            <source>user add: set the new user's password in %1</source>
            <translation>user add : définir le mot de passe du nouvel utilisateur dans %1</translation>
        </message>
        <message>
            <source>User %1 (%2) added</source>
            <translation>Utilisateur %1 (%2) ajouté</translation>
        </message>
        <message>
            <source>Lists the users of a case database.</source>
            <translation>Liste les utilisateurs d'une base de données des cas.</translation>
        </message>
        <message>
            <source>Checks the hash chain of a case database's audit log; names the first bad entry. With the database key (GENOMEDESK_PASSPHRASE or --key-file) it also checks every entry's HMAC, which detects a rewrite of all later entries; without the key that check is skipped.</source>
            <translation>Vérifie la chaîne de hachage du journal d'audit d'une base de données des cas ; indique la première entrée incorrecte. Avec la clé de la base (GENOMEDESK_PASSPHRASE ou --key-file), vérifie aussi le HMAC de chaque entrée, ce qui détecte une réécriture de toutes les entrées suivantes ; sans la clé, cette vérification est omise.</translation>
        </message>
        <message>
            <source>audit verify: --db is required</source>
            <translation>audit verify : --db est obligatoire</translation>
        </message>
        <message>
            <source>genomedesk: audit log NOT intact: entry %1: %2</source>
            <translation>genomedesk : journal d'audit NON intègre : entrée %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>audit log intact: %n entry(s)</source>
            <translation>
                <numerusform>journal d'audit intègre : %n entrée</numerusform>
                <numerusform>journal d'audit intègre : %n entrées</numerusform>
            </translation>
        </message>
        <message>
            <source>keyed check (HMAC) passed for entries from %1 on</source>
            <translation>vérification avec clé (HMAC) réussie pour les entrées à partir de %1</translation>
        </message>
        <message>
            <source>keyed check skipped: no key given (set %1 or give --key-file); only the hash chain was verified</source>
            <translation>vérification avec clé omise : aucune clé fournie (définir %1 ou indiquer --key-file) ; seule la chaîne de hachage a été vérifiée</translation>
        </message>
        <message>
            <source>Prints the audit log of a case database.</source>
            <translation>Affiche le journal d'audit d'une base de données des cas.</translation>
        </message>
        <message>
            <source>Case database file.</source>
            <translation>Fichier de la base de données des cas.</translation>
        </message>
        <message>
            <source>audit list: --db is required</source>
            <translation>audit list : --db est obligatoire</translation>
        </message>
        <message>
            <source>cannot create the output directory %1</source>
            <translation>impossible de créer le répertoire de sortie %1</translation>
        </message>
        <message>
            <source>cannot write the demo case to %1</source>
            <translation>impossible d'écrire le cas de démonstration dans %1</translation>
        </message>
        <message>
            <source>run the whole path on the bundled demo case</source>
            <translation>exécuter tout le parcours sur le cas de démonstration fourni</translation>
        </message>
        <message>
            <source>read a VCF/BCF file and print a summary</source>
            <translation>lire un fichier VCF/BCF et afficher un résumé</translation>
        </message>
        <message>
            <source>write a clinician-facing report (PDF, HTML, FHIR, Phenopacket)</source>
            <translation>rédiger un compte rendu destiné aux cliniciens (PDF, HTML, FHIR, Phenopacket)</translation>
        </message>
        <message>
            <source>import genes, ClinVar and panels into a knowledge base</source>
            <translation>importer des gènes, ClinVar et des panels dans une base de connaissances</translation>
        </message>
        <message>
            <source>list policies or apply one with consent to a case</source>
            <translation>lister les politiques ou en appliquer une avec le consentement à un cas</translation>
        </message>
        <message>
            <source>import, inspect or remove sources of a frequency cache</source>
            <translation>importer, examiner ou supprimer les sources d'un cache de fréquences</translation>
        </message>
        <message>
            <source>annotate a VCF/BCF with frequencies from caches</source>
            <translation>annoter un VCF/BCF avec les fréquences de caches</translation>
        </message>
        <message>
            <source>check a package against its signature before install</source>
            <translation>vérifier un paquet par sa signature avant l'installation</translation>
        </message>
        <message>
            <source>check a signed report PDF against its signature</source>
            <translation>vérifier un compte rendu PDF signé par sa signature</translation>
        </message>
        <message>
            <source>fetch frequencies from Beacon v2 nodes into a frequency cache</source>
            <translation>récupérer les fréquences de nœuds Beacon v2 dans un cache de fréquences</translation>
        </message>
        <message>
            <source>create, list, show, export, mark reviewed and sign cases</source>
            <translation>créer, lister, afficher, exporter, marquer comme relus et signer des cas</translation>
        </message>
        <message>
            <source>record a variant's classification and ACMG/AMP criteria</source>
            <translation>enregistrer la classification d'un variant et les critères ACMG/AMP</translation>
        </message>
        <message>
            <source>add or list users of a case database</source>
            <translation>ajouter ou lister les utilisateurs d'une base de données des cas</translation>
        </message>
        <message>
            <source>verify or print the audit log of a case database</source>
            <translation>vérifier ou afficher le journal d'audit d'une base de données des cas</translation>
        </message>
        <message>
            <source>Reads a VCF or BCF file and prints a summary.</source>
            <translation>Lit un fichier VCF ou BCF et affiche un résumé.</translation>
        </message>
        <message>
            <source>Print the summary as JSON.</source>
            <translation>Afficher le résumé en JSON.</translation>
        </message>
        <message>
            <source>PED file: sexes and trio analysis.</source>
            <translation>Fichier PED : sexes et analyse en trio.</translation>
        </message>
        <message>
            <source>file.ped</source>
            <translation>fichier.ped</translation>
        </message>
        <message>
            <source>Load only this sample (repeat or comma-separate).</source>
            <translation>Charger uniquement cet échantillon (répéter ou séparer par des virgules).</translation>
        </message>
        <message>
            <source>Reference FASTA (with .fai) to left-align indels.</source>
            <translation>FASTA de référence (avec .fai) pour aligner les indels à gauche.</translation>
        </message>
        <message>
            <source>ref.fa</source>
            <translation>ref.fa</translation>
        </message>
        <message>
            <source>load: expects exactly one file</source>
            <translation>load : attend exactement un fichier</translation>
        </message>
        <message>
            <source>Runs the whole path on the bundled demo case: load, frequencies, policy with consent, reviewed report (PDF, HTML, FHIR, Phenopacket).</source>
            <translation>Exécute tout le parcours sur le cas de démonstration fourni : chargement, fréquences, politique avec consentement, compte rendu relu (PDF, HTML, FHIR, Phenopacket).</translation>
        </message>
        <message>
            <source>Directory for the demo case and its report (default: ./genomedesk-demo).</source>
            <translation>Répertoire du cas de démonstration et de son compte rendu (par défaut : ./genomedesk-demo).</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>répertoire</translation>
        </message>
        <message>
            <source>Open the demo case in the window.</source>
            <translation>Ouvrir le cas de démonstration dans la fenêtre.</translation>
        </message>
        <message>
            <source>With --gui: save a PNG of the window once the case is open, then quit.</source>
            <translation>Avec --gui : enregistrer un PNG de la fenêtre une fois le cas ouvert, puis quitter.</translation>
        </message>
        <message>
            <source>file.png</source>
            <translation>fichier.png</translation>
        </message>
        <message>
            <source>With --gui: fill the screen, save PNGs of the window, detail pane, QC dashboard and report preview into a folder, then quit.</source>
            <translation>Avec --gui : occuper l'écran, enregistrer des PNG de la fenêtre, du panneau de détails, du tableau de bord QC et de l'aperçu du compte rendu dans un dossier, puis quitter.</translation>
        </message>
        <message>
            <source>Language of the demo report (en, de, fr, nl, it, es, pl).</source>
            <translation>Langue du compte rendu de démonstration (en, de, fr, nl, it, es, pl).</translation>
        </message>
        <message>
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <source>With --gui: colours of the window, "system" (default) or "dark", to look at the dark appearance where the desktop offers none.</source>
            <translation>Avec --gui : couleurs de la fenêtre, "system" (par défaut) ou "dark", pour voir l'apparence sombre là où le bureau n'en propose pas.</translation>
        </message>
        <message>
            <source>palette</source>
            <translation>palette</translation>
        </message>
        <message>
            <source>demo: unexpected argument %1</source>
            <translation>demo : argument inattendu %1</translation>
        </message>
        <message>
            <source>demo: --palette is "system" or "dark", not %1</source>
            <translation>demo : --palette vaut "system" ou "dark", pas %1</translation>
        </message>
        <message>
            <source>cannot write the screenshot %1</source>
            <translation>impossible d'écrire la capture d'écran %1</translation>
        </message>
        <message>
            <source>Imports one file into a knowledge base (created when missing).</source>
            <translation>Importe un fichier dans une base de connaissances (créée si elle n'existe pas).</translation>
        </message>
        <message>
            <source>Knowledge base file.</source>
            <translation>Fichier de la base de connaissances.</translation>
        </message>
        <message>
            <source>K.gdkb</source>
            <translation>K.gdkb</translation>
        </message>
        <message>
            <source>Gene model as GTF or GFF3 (genes, transcripts, exons).</source>
            <translation>Modèle de gènes en GTF ou GFF3 (gènes, transcrits, exons).</translation>
        </message>
        <message>
            <source>Gene spans as BED (e.g. the MANE genes BED).</source>
            <translation>Étendues des gènes en BED (p. ex. le BED des gènes MANE).</translation>
        </message>
        <message>
            <source>ClinVar VCF.</source>
            <translation>VCF ClinVar.</translation>
        </message>
        <message>
            <source>Gene panel: PanelApp TSV or panel BED.</source>
            <translation>Panel de gènes : TSV PanelApp ou BED de panel.</translation>
        </message>
        <message>
            <source>Genome build of the file: GRCh37 or GRCh38 (gene models need it; ClinVar reads ##reference).</source>
            <translation>Build du génome du fichier : GRCh37 ou GRCh38 (nécessaire aux modèles de gènes ; ClinVar lit ##reference).</translation>
        </message>
        <message>
            <source>kb import: --kb is required</source>
            <translation>kb import : --kb est obligatoire</translation>
        </message>
        <message>
            <source>kb import: give exactly one of --gtf, --bed, --clinvar, --panel</source>
            <translation>kb import : indiquer exactement une option parmi --gtf, --bed, --clinvar, --panel</translation>
        </message>
        <message>
            <source>%1: %2 record(s) read, %3 stored, %4 skipped</source>
            <translation>%1 : %2 enregistrement(s) lu(s), %3 stocké(s), %4 ignoré(s)</translation>
        </message>
        <message>
            <source>Lists the sources held by a knowledge base.</source>
            <translation>Liste les sources contenues dans une base de connaissances.</translation>
        </message>
        <message>
            <source>kb info: --kb is required</source>
            <translation>kb info : --kb est obligatoire</translation>
        </message>
        <message>
            <source>no display found: run a subcommand (see --help) or start under a desktop session or xvfb-run</source>
            <translation>aucun affichage trouvé : lancer une sous-commande (voir --help) ou démarrer dans une session de bureau ou avec xvfb-run</translation>
        </message>
        <message>
            <source>GenomeDesk</source>
            <translation>GenomeDesk</translation>
        </message>
        <message>
            <source>unknown command '%1' (see genomedesk --help)</source>
            <translation>commande inconnue '%1' (voir genomedesk --help)</translation>
        </message>
        <message>
            <source>GenomeDesk: clinical genomics case review.

Without a command, opens the review window. Commands:</source>
            <translation>GenomeDesk : revue de cas en génomique clinique.

Sans commande, ouvre la fenêtre de revue. Commandes :</translation>
        </message>
        <message>
            <source>Run 'genomedesk &lt;command&gt; --help' for a command's options.</source>
            <translation>Lancer 'genomedesk &lt;command&gt; --help' pour les options d'une commande.</translation>
        </message>
        <message>
            <source>A VCF or BCF file to open in the window.</source>
            <translation>Un fichier VCF ou BCF à ouvrir dans la fenêtre.</translation>
        </message>
        <message>
            <source>Lists the policies shipped with GenomeDesk.</source>
            <translation>Liste les politiques fournies avec GenomeDesk.</translation>
        </message>
        <message>
            <source>Validates a policy file; with --kb its genes are checked against the gene model.</source>
            <translation>Valide un fichier de politique ; avec --kb, ses gènes sont vérifiés par rapport au modèle de gènes.</translation>
        </message>
        <message>
            <source>Policy id or JSON file.</source>
            <translation>Identifiant de politique ou fichier JSON.</translation>
        </message>
        <message>
            <source>policy check: give one policy id or file</source>
            <translation>policy check : indiquer un identifiant ou un fichier de politique</translation>
        </message>
        <message>
            <source>%1: valid, %2 genes</source>
            <translation>%1 : valide, %2 gènes</translation>
        </message>
        <message>
            <source>cannot write: %1</source>
            <translation>impossible d'écrire : %1</translation>
        </message>
        <message>
            <source>Applies a secondary-findings policy with the patient's consent to a case and writes one decision with its reasons per variant the proband carries.</source>
            <translation>Applique une politique de données secondaires avec le consentement du patient à un cas et écrit une décision motivée pour chaque variant porté par le cas index.</translation>
        </message>
        <message>
            <source>Policy id (see "policy list") or JSON file.</source>
            <translation>Identifiant de politique (voir "policy list") ou fichier JSON.</translation>
        </message>
        <message>
            <source>The patient's consent profile (JSON).</source>
            <translation>Le profil de consentement du patient (JSON).</translation>
        </message>
        <message>
            <source>consent.json</source>
            <translation>consent.json</translation>
        </message>
        <message>
            <source>Indication: gene list, PanelApp TSV, or panel:&lt;id&gt; from the knowledge base.</source>
            <translation>Indication : liste de gènes, TSV PanelApp ou panel:&lt;id&gt; de la base de connaissances.</translation>
        </message>
        <message>
            <source>Pedigree (PED) of a trio.</source>
            <translation>Arbre généalogique (PED) d'un trio.</translation>
        </message>
        <message>
            <source>PED</source>
            <translation>PED</translation>
        </message>
        <message>
            <source>Sample name of the patient (default: the trio's child, else the first sample).</source>
            <translation>Nom d'échantillon du patient (par défaut : l'enfant du trio, sinon le premier échantillon).</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>échantillon</translation>
        </message>
        <message>
            <source>The patient's sex when there is no PED: male or female.</source>
            <translation>Sexe du patient en l'absence de PED : male ou female.</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>sexe</translation>
        </message>
        <message>
            <source>Genome build when the VCF does not tell.</source>
            <translation>Build du génome si le VCF ne l'indique pas.</translation>
        </message>
        <message>
            <source>Frequency cache for the frequency ceilings (repeatable).</source>
            <translation>Cache de fréquences pour les seuils de fréquence (répétable).</translation>
        </message>
        <message>
            <source>C.gdfreq</source>
            <translation>C.gdfreq</translation>
        </message>
        <message>
            <source>Decisions as .tsv or .json.</source>
            <translation>Décisions en .tsv ou .json.</translation>
        </message>
        <message>
            <source>The case VCF/BCF.</source>
            <translation>Le VCF/BCF du cas.</translation>
        </message>
        <message>
            <source>policy apply: give one case VCF</source>
            <translation>policy apply : indiquer un VCF de cas</translation>
        </message>
        <message>
            <source>policy apply: --%1 is required</source>
            <translation>policy apply : --%1 est obligatoire</translation>
        </message>
        <message>
            <source>%1: knowledge base not found</source>
            <translation>%1 : base de connaissances introuvable</translation>
        </message>
        <message>
            <source>policy apply: --indication panel:&lt;id&gt; needs --kb</source>
            <translation>policy apply : --indication panel:&lt;id&gt; nécessite --kb</translation>
        </message>
        <message>
            <source>policy apply: no panel %1 in the knowledge base</source>
            <translation>policy apply : aucun panel %1 dans la base de connaissances</translation>
        </message>
        <message>
            <source>policy apply: --build must be GRCh37 or GRCh38</source>
            <translation>policy apply : --build doit être GRCh37 ou GRCh38</translation>
        </message>
        <message>
            <source>policy apply: --sex must be male or female</source>
            <translation>policy apply : --sex doit être male ou female</translation>
        </message>
        <message>
            <source>%1: frequency cache not found</source>
            <translation>%1 : cache de fréquences introuvable</translation>
        </message>
        <message>
            <source>%1: %2 variant(s) carried by %3 (%4 in ClinVar); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</source>
            <translation>%1 : %2 variant(s) porté(s) par %3 (%4 dans ClinVar) ; %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</translation>
        </message>
        <message>
            <source>not a reviews JSON file: %1</source>
            <translation>pas un fichier JSON de revues : %1</translation>
        </message>
        <message>
            <source>unknown classification "%1"</source>
            <translation>classification inconnue "%1"</translation>
        </message>
        <message>
            <source>case %1 was evaluated with policy %2 (sha256 %3) but --policy gives sha256 %4; give the same policy file</source>
            <translation>le cas %1 a été évalué avec la politique %2 (sha256 %3) mais --policy donne sha256 %4 ; indiquer le même fichier de politique</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Généticien clinique</translation>
        </message>
        <message>
            <source>case %1 has no input file</source>
            <translation>le cas %1 n'a pas de fichier d'entrée</translation>
        </message>
        <message>
            <source>Writes a report of a case. Without --policy it lists the variants; with a policy and the patient's consent it is a clinician-facing report with primary and secondary findings, frequencies with their sources, the policy's reasons, limitations and a sign-off, optionally signed.</source>
            <translation>Rédige le compte rendu d'un cas. Sans --policy, il liste les variants ; avec une politique et le consentement du patient, c'est un compte rendu destiné aux cliniciens avec données primaires et secondaires, fréquences et leurs sources, motifs de la politique, limites et validation, éventuellement signé.</translation>
        </message>
        <message>
            <source>PDF file to write.</source>
            <translation>Fichier PDF à écrire.</translation>
        </message>
        <message>
            <source>report.pdf</source>
            <translation>compte-rendu.pdf</translation>
        </message>
        <message>
            <source>Case identifier printed on the report.</source>
            <translation>Identifiant du cas imprimé sur le compte rendu.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Language of the report: %1 (default en).</source>
            <translation>Langue du compte rendu : %1 (par défaut en).</translation>
        </message>
        <message>
            <source>Also write the report as HTML.</source>
            <translation>Écrire aussi le compte rendu en HTML.</translation>
        </message>
        <message>
            <source>file.html</source>
            <translation>fichier.html</translation>
        </message>
        <message>
            <source>Also write a FHIR R4 Genomics Reporting bundle.</source>
            <translation>Écrire aussi un bundle FHIR R4 Genomics Reporting.</translation>
        </message>
        <message>
            <source>Also write a GA4GH Phenopacket v2.</source>
            <translation>Écrire aussi un Phenopacket GA4GH v2.</translation>
        </message>
        <message>
            <source>Secondary-findings policy id or JSON file.</source>
            <translation>Identifiant ou fichier JSON de la politique de données secondaires.</translation>
        </message>
        <message>
            <source>Indication gene list or PanelApp TSV.</source>
            <translation>Liste de gènes de l'indication ou TSV PanelApp.</translation>
        </message>
        <message>
            <source>Knowledge base (genes, ClinVar).</source>
            <translation>Base de connaissances (gènes, ClinVar).</translation>
        </message>
        <message>
            <source>Frequency cache (repeatable).</source>
            <translation>Cache de fréquences (répétable).</translation>
        </message>
        <message>
            <source>Classifications with criteria and comments (JSON, as "case export" writes them).</source>
            <translation>Classifications avec critères et commentaires (JSON, tel que l'écrit "case export").</translation>
        </message>
        <message>
            <source>Laboratory name printed on the report.</source>
            <translation>Nom du laboratoire imprimé sur le compte rendu.</translation>
        </message>
        <message>
            <source>Sign the PDF with this PKCS#12 certificate and key (passphrase in GENOMEDESK_SIGN_PASSPHRASE); writes PDF.p7s.</source>
            <translation>Signer le PDF avec ce certificat et cette clé PKCS#12 (phrase secrète dans GENOMEDESK_SIGN_PASSPHRASE) ; écrit PDF.p7s.</translation>
        </message>
        <message>
            <source>cert.p12</source>
            <translation>cert.p12</translation>
        </message>
        <message>
            <source>Directory with report.html, report.css and a logo.</source>
            <translation>Répertoire contenant report.html, report.css et un logo.</translation>
        </message>
        <message>
            <source>Case database: report the case given by --case with its consent, reviews and sign-off (key in GENOMEDESK_PASSPHRASE or --key-file).</source>
            <translation>Base de données des cas : rédiger le compte rendu du cas indiqué par --case avec son consentement, ses revues et sa validation (clé dans GENOMEDESK_PASSPHRASE ou --key-file).</translation>
        </message>
        <message>
            <source>cases.gddb</source>
            <translation>cases.gddb</translation>
        </message>
        <message>
            <source>Key file of the case database.</source>
            <translation>Fichier de clé de la base de données des cas.</translation>
        </message>
        <message>
            <source>With --db: print the patient's name and birth date (decrypted) besides the pseudonym.</source>
            <translation>Avec --db : imprimer le nom et la date de naissance du patient (déchiffrés) en plus du pseudonyme.</translation>
        </message>
        <message>
            <source>report: expects exactly one file</source>
            <translation>report : attend exactement un fichier</translation>
        </message>
        <message>
            <source>report: --out is required</source>
            <translation>report : --out est obligatoire</translation>
        </message>
        <message>
            <source>report: --db needs --case and --policy</source>
            <translation>report : --db nécessite --case et --policy</translation>
        </message>
        <message>
            <source>report: --consent, --indication and --reviews need --policy</source>
            <translation>report : --consent, --indication et --reviews nécessitent --policy</translation>
        </message>
        <message>
            <source>report: no report language "%1"; available: %2</source>
            <translation>report : aucune langue de compte rendu "%1" ; disponibles : %2</translation>
        </message>
        <message>
            <source>report: set the passphrase in GENOMEDESK_PASSPHRASE or give --key-file</source>
            <translation>report : définir la phrase secrète dans GENOMEDESK_PASSPHRASE ou indiquer --key-file</translation>
        </message>
        <message>
            <source>%1: case database not found</source>
            <translation>%1 : base de données des cas introuvable</translation>
        </message>
        <message>
            <source>Hereditary cardiomyopathy and arrhythmia (demo gene list)</source>
            <translation>Cardiomyopathies et troubles du rythme héréditaires (liste de gènes de démonstration)</translation>
        </message>
        <message>
            <source>GenomeDesk demo laboratory</source>
            <translation>Laboratoire de démonstration GenomeDesk</translation>
        </message>
        <message>
            <source>Dr. Demo Referrer, cardiology</source>
            <translation>Dr Demo Prescripteur, cardiologie</translation>
        </message>
        <message>
            <source>knowledge base not found</source>
            <translation>base de connaissances introuvable</translation>
        </message>
        <message>
            <source>the knowledge base has no gene model; the cache needs %1</source>
            <translation>la base de connaissances n'a pas de modèle de gènes ; le cache nécessite %1</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is for %1, the cache is %2</source>
            <translation>le modèle de gènes de la base de connaissances est pour %1, le cache pour %2</translation>
        </message>
        <message>
            <source>gene %1 is not in the %2 gene model of the knowledge base</source>
            <translation>le gène %1 n'est pas dans le modèle de gènes %2 de la base de connaissances</translation>
        </message>
        <message>
            <source>Fetches allele frequencies for a case or regions from Beacon v2 nodes into a frequency cache. Exit status 0: every node answered; 1: some nodes failed (the others were written); 2: bad usage or input.</source>
            <translation>Récupère les fréquences alléliques d'un cas ou de régions depuis des nœuds Beacon v2 dans un cache de fréquences. Code de sortie 0 : chaque nœud a répondu ; 1 : certains nœuds ont échoué (les autres ont été écrits) ; 2 : mauvaise utilisation ou entrée incorrecte.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq), created when missing.</source>
            <translation>Cache de fréquences (.gdfreq), créé s'il n'existe pas.</translation>
        </message>
        <message>
            <source>Node list (nodes.json).</source>
            <translation>Liste des nœuds (nodes.json).</translation>
        </message>
        <message>
            <source>Case VCF/BCF whose variants are looked up (padded to regions).</source>
            <translation>VCF/BCF du cas dont les variants sont recherchés (étendus en régions).</translation>
        </message>
        <message>
            <source>Region chr:start-end (1-based, inclusive); repeatable.</source>
            <translation>Région chr:start-end (en base 1, bornes incluses) ; répétable.</translation>
        </message>
        <message>
            <source>Gene symbol whose span (from the gene model of --kb, padded like a variant) is synced as a region; repeatable.</source>
            <translation>Symbole de gène dont l'étendue (d'après le modèle de gènes de --kb, étendue comme un variant) est synchronisée comme région ; répétable.</translation>
        </message>
        <message>
            <source>Knowledge base (.gdkb) whose gene model resolves --gene.</source>
            <translation>Base de connaissances (.gdkb) dont le modèle de gènes résout --gene.</translation>
        </message>
        <message>
            <source>Write every request sent (URL and body, no tokens) as JSON lines.</source>
            <translation>Écrire chaque requête envoyée (URL et corps, sans jetons) en lignes JSON.</translation>
        </message>
        <message>
            <source>Fetch again only regions fetched more than this many days ago (0: all); default: each node's maxAgeDays in the node list (30).</source>
            <translation>Ne récupérer à nouveau que les régions récupérées il y a plus de ce nombre de jours (0 : toutes) ; par défaut : le maxAgeDays de chaque nœud dans la liste des nœuds (30).</translation>
        </message>
        <message>
            <source>sync needs --cache and --nodes.</source>
            <translation>sync nécessite --cache et --nodes.</translation>
        </message>
        <message>
            <source>sync needs either --vcf or --region/--gene.</source>
            <translation>sync nécessite soit --vcf, soit --region/--gene.</translation>
        </message>
        <message>
            <source>--gene needs --kb (the knowledge base with the gene model).</source>
            <translation>--gene nécessite --kb (la base de connaissances avec le modèle de gènes).</translation>
        </message>
        <message>
            <source>--max-age must be a number of days, 0 ... 3650.</source>
            <translation>--max-age doit être un nombre de jours, 0 ... 3650.</translation>
        </message>
        <message>
            <source>--gene: the nodes name different assemblies and the cache %1 has no build yet; give --region instead</source>
            <translation>--gene : les nœuds indiquent des assemblages différents et le cache %1 n'a pas encore de build ; indiquer --region à la place</translation>
        </message>
        <message>
            <source>node %1: up to date, %2 region(s) fetched within %3 day(s), 0 requests</source>
            <translation>nœud %1 : à jour, %2 région(s) récupérée(s) depuis moins de %3 jour(s), 0 requête</translation>
        </message>
        <message>
            <source>node %1: ok, %2 variants, %3 sites cached, %4 requests, %5 ms</source>
            <translation>nœud %1 : ok, %2 variants, %3 sites en cache, %4 requêtes, %5 ms</translation>
        </message>
        <message>
            <source>node %1: FAILED after %2 ms: %3</source>
            <translation>nœud %1 : ÉCHEC après %2 ms : %3</translation>
        </message>
        <message>
            <source>%1: cannot write the request log</source>
            <translation>%1 : impossible d'écrire le journal des requêtes</translation>
        </message>
        <message>
            <source>source %1: %2 sites, retrieved %3 (%4 minutes ago)</source>
            <translation>source %1 : %2 sites, récupérée le %3 (il y a %4 minutes)</translation>
        </message>
        <message>
            <source>  region %1:%2-%3 fetched %4 (%5)</source>
            <translation>  région %1:%2-%3 récupérée le %4 (%5)</translation>
        </message>
        <message>
            <source>Checks a package against its detached CMS signature and a trusted certificate. Exit code 0: valid; 1: the package did not verify; 2: bad usage or unreadable input.</source>
            <translation>Vérifie un paquet par sa signature CMS détachée et un certificat de confiance. Code de sortie 0 : valide ; 1 : le paquet n'a pas été vérifié ; 2 : mauvaise utilisation ou entrée illisible.</translation>
        </message>
        <message>
            <source>The package (.deb, .rpm, .tar.gz, SHA256SUMS).</source>
            <translation>Le paquet (.deb, .rpm, .tar.gz, SHA256SUMS).</translation>
        </message>
        <message>
            <source>Its detached CMS signature (DER or PEM).</source>
            <translation>Sa signature CMS détachée (DER ou PEM).</translation>
        </message>
        <message>
            <source>The trusted certificate(s), PEM: the signer's or the issuing CA's.</source>
            <translation>Le ou les certificats de confiance, PEM : celui du signataire ou de l'AC émettrice.</translation>
        </message>
        <message>
            <source>verify-package: unexpected argument %1</source>
            <translation>verify-package : argument inattendu %1</translation>
        </message>
        <message>
            <source>verify-package: --%1 is required</source>
            <translation>verify-package : --%1 est obligatoire</translation>
        </message>
        <message>
            <source>VERIFICATION FAILED for %1: %2. Do not install it.</source>
            <translation>ÉCHEC DE LA VÉRIFICATION pour %1 : %2. Ne pas l'installer.</translation>
        </message>
        <message>
            <source>OK: %1 is signed by %2</source>
            <translation>OK : %1 est signé par %2</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256 : %1</translation>
        </message>
        <message>
            <source>verify-report: cannot read the %1 %2</source>
            <translation>verify-report : impossible de lire %1 %2</translation>
        </message>
        <message>
            <source>Checks a signed report PDF against its detached CMS signature and the trusted CA certificate(s). Exit code 0: valid; 1: not valid (the reason is printed); 2: bad usage or unreadable input.</source>
            <translation>Vérifie un compte rendu PDF signé par sa signature CMS détachée et le ou les certificats d'AC de confiance. Code de sortie 0 : valide ; 1 : non valide (le motif est affiché) ; 2 : mauvaise utilisation ou entrée illisible.</translation>
        </message>
        <message>
            <source>The signed report.</source>
            <translation>Le compte rendu signé.</translation>
        </message>
        <message>
            <source>The detached signature (DER or PEM); default: the report's name + .p7s.</source>
            <translation>La signature détachée (DER ou PEM) ; par défaut : le nom du compte rendu + .p7s.</translation>
        </message>
        <message>
            <source>The trusted CA certificate(s), PEM: the issuer of the geneticists' certificates, or a signer's own certificate.</source>
            <translation>Le ou les certificats d'AC de confiance, PEM : l'émetteur des certificats des généticiens, ou le propre certificat d'un signataire.</translation>
        </message>
        <message>
            <source>verify-report: expects exactly one report PDF</source>
            <translation>verify-report : attend exactement un compte rendu PDF</translation>
        </message>
        <message>
            <source>verify-report: --ca is required</source>
            <translation>verify-report : --ca est obligatoire</translation>
        </message>
        <message>
            <source>report</source>
            <translation>le compte rendu</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>la signature</translation>
        </message>
        <message>
            <source>VALID: %1</source>
            <translation>VALIDE : %1</translation>
        </message>
        <message>
            <source>INVALID (%1): %2</source>
            <translation>NON VALIDE (%1) : %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Motif : %1</translation>
        </message>
        <message>
            <source>Signer: %1</source>
            <translation>Signataire : %1</translation>
        </message>
        <message>
            <source>Certificate SHA-256: %1</source>
            <translation>SHA-256 du certificat : %1</translation>
        </message>
        <message>
            <source>Signed at: %1</source>
            <translation>Signé le : %1</translation>
        </message>
        <message>
            <source>Report SHA-256: %1</source>
            <translation>SHA-256 du compte rendu : %1</translation>
        </message>
        <message>
            <source>Only these fields, comma-separated, without the source prefix (AC,AN,AF,AC_nfe,status); default: all.</source>
            <translation>Uniquement ces champs, séparés par des virgules, sans le préfixe de la source (AC,AN,AF,AC_nfe,status) ; par défaut : tous.</translation>
        </message>
        <message>
            <source>list</source>
            <translation>liste</translation>
        </message>
        <message>
            <source>annotate: --fields needs at least one field name</source>
            <translation>annotate : --fields demande au moins un nom de champ</translation>
        </message>
        <message>
            <source>import a sites VCF/BCF into a frequency cache as one source</source>
            <translation>importer un VCF/BCF de sites comme une source dans un cache de fréquences</translation>
        </message>
        <message>
            <source>print the sources, populations, sites, size and build of a cache</source>
            <translation>afficher les sources, populations, sites, taille et assemblage d'un cache</translation>
        </message>
        <message>
            <source>remove a source and its sites from a cache</source>
            <translation>retirer une source et ses sites d'un cache</translation>
        </message>
        <message>
            <source>create a case for a patient and print its id</source>
            <translation>créer un cas pour un patient et afficher son identifiant</translation>
        </message>
        <message>
            <source>list the cases of a case database</source>
            <translation>lister les cas d'une base de cas</translation>
        </message>
        <message>
            <source>show a case's inputs, reviews and report versions</source>
            <translation>afficher les entrées, revues et versions de compte rendu d'un cas</translation>
        </message>
        <message>
            <source>write a case as JSON (pseudonymous unless --identified)</source>
            <translation>écrire un cas en JSON (pseudonymisé sauf avec --identified)</translation>
        </message>
        <message>
            <source>mark a draft case as reviewed</source>
            <translation>marquer un cas brouillon comme relu</translation>
        </message>
        <message>
            <source>sign a reviewed case (clinical geneticists only)</source>
            <translation>signer un cas relu (généticiens cliniciens seulement)</translation>
        </message>
        <message>
            <source>record one variant's classification with its ACMG/AMP criteria</source>
            <translation>enregistrer la classification d'un variant avec ses critères ACMG/AMP</translation>
        </message>
        <message>
            <source>add a user to a case database</source>
            <translation>ajouter un utilisateur à une base de cas</translation>
        </message>
        <message>
            <source>list the users of a case database</source>
            <translation>lister les utilisateurs d'une base de cas</translation>
        </message>
        <message>
            <source>check the audit log's hash chain (and HMACs with the key)</source>
            <translation>vérifier la chaîne de hachage du journal d'audit (et les HMAC avec la clé)</translation>
        </message>
        <message>
            <source>print the audit log</source>
            <translation>afficher le journal d'audit</translation>
        </message>
        <message>
            <source>Usage: %1 &lt;subcommand&gt; [options]</source>
            <translation>Usage : %1 &lt;sous-commande&gt; [options]</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>Sous-commandes :</translation>
        </message>
        <message>
            <source>Run '%1 &lt;subcommand&gt; --help' for its options.</source>
            <translation>« %1 &lt;sous-commande&gt; --help » affiche ses options.</translation>
        </message>
        <message>
            <source>%1: expects a subcommand: %2 (see %3 --help)</source>
            <translation>%1 : attend une sous-commande : %2 (voir %3 --help)</translation>
        </message>
        <message>
            <source>%1: unknown subcommand "%2"; expected %3 (see %4 --help)</source>
            <translation>%1 : sous-commande inconnue « %2 » ; attendu : %3 (voir %4 --help)</translation>
        </message>
        <message>
            <source>import one file into a knowledge base</source>
            <translation>importer un fichier dans une base de connaissances</translation>
        </message>
        <message>
            <source>list the sources held by a knowledge base</source>
            <translation>lister les sources d'une base de connaissances</translation>
        </message>
        <message>
            <source>list the policies shipped with GenomeDesk</source>
            <translation>lister les politiques livrées avec GenomeDesk</translation>
        </message>
        <message>
            <source>validate a policy file</source>
            <translation>valider un fichier de politique</translation>
        </message>
        <message>
            <source>apply a policy with the patient's consent to a case</source>
            <translation>appliquer une politique avec le consentement du patient à un cas</translation>
        </message>
        <message>
            <source>Report %1 (%2): %3, %4</source>
            <extracomment>%3 "1 primary finding", %4 "5 secondary findings"</extracomment>
            <translation>Compte rendu %1 (%2) : %3, %4</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n résultat principal</numerusform>
                <numerusform>%n résultats principaux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n donnée secondaire</numerusform>
                <numerusform>%n données secondaires</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>The response is larger than %1 bytes.</source>
            <translation>La réponse dépasse %1 octets.</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>aucune réponse dans un délai de %1 ms</translation>
        </message>
        <message numerus="yes">
            <source>%1 after %n attempt(s).</source>
            <translation>
                <numerusform>%1 après %n tentative.</numerusform>
                <numerusform>%1 après %n tentatives.</numerusform>
            </translation>
        </message>
        <message>
            <source>TLS: %1</source>
            <translation>TLS : %1</translation>
        </message>
        <message>
            <source>HTTP %1: %2</source>
            <translation>HTTP %1 : %2</translation>
        </message>
        <message>
            <source>Malformed response: %1</source>
            <translation>Réponse mal formée : %1</translation>
        </message>
        <message>
            <source>Cannot read the node list.</source>
            <translation>Impossible de lire la liste des nœuds.</translation>
        </message>
        <message>
            <source>Not a node list: expected a JSON object with a "nodes" array.</source>
            <translation>Ce n'est pas une liste de nœuds : un objet JSON avec un tableau "nodes" est attendu.</translation>
        </message>
        <message>
            <source>A node must be a JSON object.</source>
            <translation>Un nœud doit être un objet JSON.</translation>
        </message>
        <message>
            <source>"name" must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>"name" doit comporter 1 à 64 lettres, chiffres, '.', '_' ou '-'.</translation>
        </message>
        <message>
            <source>The node name "%1" is used twice.</source>
            <translation>Le nom de nœud "%1" est utilisé deux fois.</translation>
        </message>
        <message>
            <source>"baseUrl" must be an http or https URL.</source>
            <translation>"baseUrl" doit être une URL http ou https.</translation>
        </message>
        <message>
            <source>"style" must be "spec" or "gdi".</source>
            <translation>"style" doit valoir "spec" ou "gdi".</translation>
        </message>
        <message>
            <source>"coordinates" must be "0-based" or "1-based".</source>
            <translation>"coordinates" doit valoir "0-based" ou "1-based".</translation>
        </message>
        <message>
            <source>"auth.type" must be "none", "bearer" or "basic".</source>
            <translation>"auth.type" doit valoir "none", "bearer" ou "basic".</translation>
        </message>
        <message>
            <source>Cannot read the token file of node "%1".</source>
            <translation>Impossible de lire le fichier de jeton du nœud "%1".</translation>
        </message>
        <message>
            <source>The token file of node "%1" must hold one line.</source>
            <translation>Le fichier de jeton du nœud "%1" doit contenir une seule ligne.</translation>
        </message>
        <message>
            <source>"timeoutMs" must be 100 ... 600000.</source>
            <translation>"timeoutMs" doit être compris entre 100 et 600000.</translation>
        </message>
        <message>
            <source>"retries" must be 0 ... 10.</source>
            <translation>"retries" doit être compris entre 0 et 10.</translation>
        </message>
        <message>
            <source>"concurrency" must be 1 ... 16.</source>
            <translation>"concurrency" doit être compris entre 1 et 16.</translation>
        </message>
        <message>
            <source>"windowBases" must be 0 ... 1000000.</source>
            <translation>"windowBases" doit être compris entre 0 et 1000000.</translation>
        </message>
        <message>
            <source>"maximumResponseBytes" must be 1024 ... 2^30.</source>
            <translation>"maximumResponseBytes" doit être compris entre 1024 et 2^30.</translation>
        </message>
        <message>
            <source>Not a region: "%1" (expected contig:start-end, 1-based).</source>
            <translation>Ce n'est pas une région : "%1" (format attendu contig:start-end, en base 1).</translation>
        </message>
        <message>
            <source>The response is not a JSON object (%1).</source>
            <translation>La réponse n'est pas un objet JSON (%1).</translation>
        </message>
        <message>
            <source>The node answered with an error: %1</source>
            <translation>Le nœud a répondu par une erreur : %1</translation>
        </message>
        <message>
            <source>The response has no result sets.</source>
            <translation>La réponse ne contient aucun ensemble de résultats.</translation>
        </message>
        <message>
            <source>"resultSets" is not an array.</source>
            <translation>"resultSets" n'est pas un tableau.</translation>
        </message>
        <message>
            <source>A result set is not an object.</source>
            <translation>Un ensemble de résultats n'est pas un objet.</translation>
        </message>
        <message>
            <source>"results" is not an array.</source>
            <translation>"results" n'est pas un tableau.</translation>
        </message>
        <message>
            <source>Invalid bases in a record.</source>
            <translation>Bases non valides dans un enregistrement.</translation>
        </message>
        <message>
            <source>frequencyInPopulations has neither frequencies[] nor populations[].</source>
            <translation>frequencyInPopulations ne contient ni frequencies[] ni populations[].</translation>
        </message>
        <message>
            <source>A frequency has no population label.</source>
            <translation>Une fréquence n'a pas d'étiquette de population.</translation>
        </message>
        <message>
            <source>An allele frequency is not a number in [0, 1].</source>
            <translation>Une fréquence allélique n'est pas un nombre dans [0, 1].</translation>
        </message>
        <message>
            <source>A count is not a non-negative integer.</source>
            <translation>Un effectif n'est pas un entier positif ou nul.</translation>
        </message>
        <message>
            <source>An allele count is larger than its allele number.</source>
            <translation>Un nombre d'allèles dépasse le nombre total d'allèles correspondant.</translation>
        </message>
        <message>
            <source>The request is larger than %1 bytes.</source>
            <translation>La requête dépasse %1 octets.</translation>
        </message>
        <message>
            <source>No such endpoint.</source>
            <translation>Point de terminaison inexistant.</translation>
        </message>
        <message>
            <source>Internal error (simulated).</source>
            <translation>Erreur interne (simulée).</translation>
        </message>
        <message>
            <source>A valid Bearer token is required.</source>
            <translation>Un jeton Bearer valide est requis.</translation>
        </message>
        <message>
            <source>Only GET and POST are allowed.</source>
            <translation>Seuls GET et POST sont autorisés.</translation>
        </message>
        <message>
            <source>Only GET is allowed here.</source>
            <translation>Seul GET est autorisé ici.</translation>
        </message>
        <message>
            <source>No such endpoint: %1</source>
            <translation>Point de terminaison inexistant : %1</translation>
        </message>
        <message>
            <source>"start" must be one or two non-negative integers.</source>
            <translation>"start" doit être un ou deux entiers positifs ou nuls.</translation>
        </message>
        <message>
            <source>"end" must be one or two non-negative integers.</source>
            <translation>"end" doit être un ou deux entiers positifs ou nuls.</translation>
        </message>
        <message>
            <source>"skip" must be a non-negative integer.</source>
            <translation>"skip" doit être un entier positif ou nul.</translation>
        </message>
        <message>
            <source>"limit" must be a non-negative integer.</source>
            <translation>"limit" doit être un entier positif ou nul.</translation>
        </message>
        <message>
            <source>The request body is not a JSON object.</source>
            <translation>Le corps de la requête n'est pas un objet JSON.</translation>
        </message>
        <message>
            <source>The request has no "meta" object.</source>
            <translation>La requête ne contient pas d'objet "meta".</translation>
        </message>
        <message>
            <source>"query" must be an object.</source>
            <translation>"query" doit être un objet.</translation>
        </message>
        <message>
            <source>"requestParameters" must be an object.</source>
            <translation>"requestParameters" doit être un objet.</translation>
        </message>
        <message>
            <source>"assemblyId" must be a string.</source>
            <translation>"assemblyId" doit être une chaîne.</translation>
        </message>
        <message>
            <source>"referenceName" must be a string.</source>
            <translation>"referenceName" doit être une chaîne.</translation>
        </message>
        <message>
            <source>"referenceBases" must be a string.</source>
            <translation>"referenceBases" doit être une chaîne.</translation>
        </message>
        <message>
            <source>"alternateBases" must be a string.</source>
            <translation>"alternateBases" doit être une chaîne.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be a string.</source>
            <translation>"requestedGranularity" doit être une chaîne.</translation>
        </message>
        <message>
            <source>"pagination" must be an object.</source>
            <translation>"pagination" doit être un objet.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be boolean, count or record.</source>
            <translation>"requestedGranularity" doit valoir boolean, count ou record.</translation>
        </message>
        <message>
            <source>"referenceName" is required.</source>
            <translation>"referenceName" est obligatoire.</translation>
        </message>
        <message>
            <source>"start" (one or two values) is required; "end" takes one or two.</source>
            <translation>"start" (une ou deux valeurs) est obligatoire ; "end" accepte une ou deux valeurs.</translation>
        </message>
        <message>
            <source>Bases may only contain IUPAC nucleotide codes.</source>
            <translation>Les bases ne peuvent contenir que des codes nucléotidiques IUPAC.</translation>
        </message>
        <message>
            <source>A query with one "start" needs "alternateBases" or "end".</source>
            <translation>Une requête avec un seul "start" nécessite "alternateBases" ou "end".</translation>
        </message>
        <message>
            <source>"end" must be greater than "start".</source>
            <translation>"end" doit être supérieur à "start".</translation>
        </message>
        <message>
            <source>The region is longer than %1 bases.</source>
            <translation>La région dépasse %1 bases.</translation>
        </message>
        <message>
            <source>The frequency cache cannot be read.</source>
            <translation>Impossible de lire le cache de fréquences.</translation>
        </message>
        <message>
            <source>Cannot write to the cache: %1</source>
            <translation>Impossible d'écrire dans le cache : %1</translation>
        </message>
        <message>
            <source>line %1 (record %2)</source>
            <translation>ligne %1 (enregistrement %2)</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>enregistrement %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1 : %2 : %3</translation>
        </message>
        <message>
            <source>PED file not found</source>
            <translation>fichier PED introuvable</translation>
        </message>
        <message>
            <source>too large for a PED file</source>
            <translation>trop volumineux pour un fichier PED</translation>
        </message>
        <message>
            <source>a PED line needs 6 columns (family, individual, father, mother, sex, phenotype), found %1</source>
            <translation>une ligne PED doit comporter 6 colonnes (famille, individu, père, mère, sexe, phénotype) ; %1 trouvée(s)</translation>
        </message>
        <message>
            <source>sex must be 1 (male), 2 (female) or 0 (unknown), found '%1'</source>
            <translation>le sexe doit être 1 (masculin), 2 (féminin) ou 0 (inconnu) ; trouvé : '%1'</translation>
        </message>
        <message>
            <source>individual '%1' is given as their own parent</source>
            <translation>l'individu '%1' est indiqué comme son propre parent</translation>
        </message>
        <message>
            <source>individual '%1' appears twice</source>
            <translation>l'individu '%1' apparaît deux fois</translation>
        </message>
        <message>
            <source>the PED file lists nobody</source>
            <translation>le fichier PED ne contient aucun individu</translation>
        </message>
        <message>
            <source>the source %1 is in more than one frequency cache</source>
            <translation>la source %1 figure dans plusieurs caches de fréquences</translation>
        </message>
        <message>
            <source>the annotation was cancelled</source>
            <translation>l'annotation a été annulée</translation>
        </message>
        <message>
            <source>empty blob</source>
            <translation>blob vide</translation>
        </message>
        <message>
            <source>unknown chunk encoding %1</source>
            <translation>encodage de bloc inconnu %1</translation>
        </message>
        <message>
            <source>bad size</source>
            <translation>taille incorrecte</translation>
        </message>
        <message>
            <source>the compressed data does not inflate</source>
            <translation>les données compressées ne peuvent pas être décompressées</translation>
        </message>
        <message>
            <source>bad site count</source>
            <translation>nombre de sites incorrect</translation>
        </message>
        <message>
            <source>%1 columns instead of %2</source>
            <translation>%1 colonnes au lieu de %2</translation>
        </message>
        <message>
            <source>bad position</source>
            <translation>position incorrecte</translation>
        </message>
        <message>
            <source>bad allele table</source>
            <translation>table d'allèles incorrecte</translation>
        </message>
        <message>
            <source>bad allele code</source>
            <translation>code d'allèle incorrect</translation>
        </message>
        <message>
            <source>truncated site table</source>
            <translation>table des sites tronquée</translation>
        </message>
        <message>
            <source>bad integer value</source>
            <translation>valeur entière incorrecte</translation>
        </message>
        <message>
            <source>truncated float column</source>
            <translation>colonne de nombres décimaux tronquée</translation>
        </message>
        <message>
            <source>bad text table</source>
            <translation>table de texte incorrecte</translation>
        </message>
        <message>
            <source>bad text index</source>
            <translation>index de texte incorrect</translation>
        </message>
        <message>
            <source>truncated column</source>
            <translation>colonne tronquée</translation>
        </message>
        <message>
            <source>trailing bytes</source>
            <translation>octets excédentaires en fin de données</translation>
        </message>
        <message>
            <source>cannot read the frequency cache</source>
            <translation>impossible de lire le cache de fréquences</translation>
        </message>
        <message>
            <source>not a frequency cache (not an SQLite database, or truncated)</source>
            <translation>ce n'est pas un cache de fréquences (pas une base SQLite, ou fichier tronqué)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (bad page size)</source>
            <translation>le cache de fréquences est corrompu (taille de page incorrecte)</translation>
        </message>
        <message>
            <source>the frequency cache is truncated: %1 of %2 bytes</source>
            <translation>le cache de fréquences est tronqué : %1 octets sur %2</translation>
        </message>
        <message>
            <source>the frequency cache is truncated (size %1 is not a multiple of the page size %2)</source>
            <translation>le cache de fréquences est tronqué (la taille %1 n'est pas un multiple de la taille de page %2)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (%1: %2)</source>
            <translation>le cache de fréquences est corrompu (%1 : %2)</translation>
        </message>
        <message>
            <source>the frequency cache is in use by another program (%1)</source>
            <translation>le cache de fréquences est utilisé par un autre programme (%1)</translation>
        </message>
        <message>
            <source>cannot write the frequency cache (%1: %2)</source>
            <translation>impossible d'écrire le cache de fréquences (%1 : %2)</translation>
        </message>
        <message>
            <source>frequency cache error (%1: %2)</source>
            <translation>erreur du cache de fréquences (%1 : %2)</translation>
        </message>
        <message>
            <source>frequency cache not found</source>
            <translation>cache de fréquences introuvable</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>ce n'est pas un fichier</translation>
        </message>
        <message>
            <source>the frequency cache is empty (0 bytes)</source>
            <translation>le cache de fréquences est vide (0 octet)</translation>
        </message>
        <message>
            <source>cannot open the frequency cache: %1</source>
            <translation>impossible d'ouvrir le cache de fréquences : %1</translation>
        </message>
        <message>
            <source>reading the header</source>
            <translation>lecture de l'en-tête</translation>
        </message>
        <message>
            <source>reading the schema</source>
            <translation>lecture du schéma</translation>
        </message>
        <message>
            <source>the file is an empty SQLite database, not a frequency cache</source>
            <translation>le fichier est une base SQLite vide, pas un cache de fréquences</translation>
        </message>
        <message>
            <source>creating the cache</source>
            <translation>création du cache</translation>
        </message>
        <message>
            <source>the file is an SQLite database but not a GenomeDesk frequency cache</source>
            <translation>le fichier est une base SQLite, mais pas un cache de fréquences GenomeDesk</translation>
        </message>
        <message>
            <source>reading the metadata</source>
            <translation>lecture des métadonnées</translation>
        </message>
        <message>
            <source>the frequency cache has no valid format record</source>
            <translation>le cache de fréquences n'a pas d'enregistrement de format valide</translation>
        </message>
        <message>
            <source>the frequency cache has format version %1; this GenomeDesk reads up to version %2</source>
            <translation>le cache de fréquences est au format version %1 ; cette version de GenomeDesk lit jusqu'à la version %2</translation>
        </message>
        <message>
            <source>reading the sources</source>
            <translation>lecture des sources</translation>
        </message>
        <message>
            <source>reading the populations</source>
            <translation>lecture des populations</translation>
        </message>
        <message>
            <source>reading the fields</source>
            <translation>lecture des champs</translation>
        </message>
        <message>
            <source>the frequency cache is for %1 but the case is %2; use a cache built from %2 sources</source>
            <translation>le cache de fréquences concerne %1 mais le cas est en %2 ; utilisez un cache construit à partir de sources %2</translation>
        </message>
        <message>
            <source>reading sites</source>
            <translation>lecture des sites</translation>
        </message>
        <message>
            <source>reading sites of %1:%2</source>
            <translation>lecture des sites de %1:%2</translation>
        </message>
        <message>
            <source>%1 (source %2, contig %3, window %4)</source>
            <translation>%1 (source %2, contig %3, fenêtre %4)</translation>
        </message>
        <message>
            <source>the frequency cache has no source called %1</source>
            <translation>le cache de fréquences ne contient aucune source nommée %1</translation>
        </message>
        <message>
            <source>removing a source</source>
            <translation>suppression d'une source</translation>
        </message>
        <message>
            <source>the frequency cache holds %1 data but the source %2 is %3</source>
            <translation>le cache de fréquences contient des données %1, mais la source %2 est %3</translation>
        </message>
        <message>
            <source>of an unknown build</source>
            <translation>d'un build inconnu</translation>
        </message>
        <message>
            <source>a source needs a name and a version</source>
            <translation>une source doit avoir un nom et une version</translation>
        </message>
        <message>
            <source>a source needs at least one field</source>
            <translation>une source doit avoir au moins un champ</translation>
        </message>
        <message>
            <source>starting the import</source>
            <translation>démarrage de l'importation</translation>
        </message>
        <message>
            <source>replacing the source</source>
            <translation>remplacement de la source</translation>
        </message>
        <message>
            <source>writing the source</source>
            <translation>écriture de la source</translation>
        </message>
        <message>
            <source>writing the populations</source>
            <translation>écriture des populations</translation>
        </message>
        <message>
            <source>writing the fields</source>
            <translation>écriture des champs</translation>
        </message>
        <message>
            <source>writing the build</source>
            <translation>écriture du build</translation>
        </message>
        <message>
            <source>writing sites</source>
            <translation>écriture des sites</translation>
        </message>
        <message>
            <source>writing the coverage</source>
            <translation>écriture de la couverture</translation>
        </message>
        <message>
            <source>finishing the import</source>
            <translation>finalisation de l'importation</translation>
        </message>
        <message>
            <source>committing the import</source>
            <translation>validation de l'importation</translation>
        </message>
        <message>
            <source>cannot read the field map</source>
            <translation>impossible de lire la table de correspondance des champs</translation>
        </message>
        <message>
            <source>expected &lt;metric&gt; &lt;population&gt; &lt;INFO key&gt; [type] or population &lt;label&gt; &lt;description&gt; [count]</source>
            <translation>format attendu : &lt;métrique&gt; &lt;population&gt; &lt;clé INFO&gt; [type] ou population &lt;étiquette&gt; &lt;description&gt; [effectif]</translation>
        </message>
        <message>
            <source>the sample count %1 is not a number</source>
            <translation>le nombre d'échantillons %1 n'est pas un nombre</translation>
        </message>
        <message>
            <source>unknown type %1 (Integer, Float or String)</source>
            <translation>type inconnu %1 (Integer, Float ou String)</translation>
        </message>
        <message>
            <source>the field map maps no field</source>
            <translation>la table de correspondance ne définit aucun champ</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>not a readable file</source>
            <translation>ce n'est pas un fichier lisible</translation>
        </message>
        <message>
            <source>the source name %1 must start with a letter and contain only letters, digits and '_' (it prefixes INFO keys)</source>
            <translation>le nom de source %1 doit commencer par une lettre et ne contenir que des lettres, des chiffres et '_' (il sert de préfixe aux clés INFO)</translation>
        </message>
        <message>
            <source>htslib cannot open the file</source>
            <translation>htslib ne peut pas ouvrir le fichier</translation>
        </message>
        <message>
            <source>not a VCF or BCF file</source>
            <translation>ce n'est pas un fichier VCF ou BCF</translation>
        </message>
        <message>
            <source>the file is truncated (the BGZF end-of-file marker is missing)</source>
            <translation>le fichier est tronqué (le marqueur de fin de fichier BGZF est absent)</translation>
        </message>
        <message>
            <source>the VCF header is missing or invalid</source>
            <translation>l'en-tête VCF est absent ou non valide</translation>
        </message>
        <message>
            <source>the sites VCF header says %1 but %2 was given</source>
            <translation>l'en-tête du VCF de sites indique %1, mais %2 a été spécifié</translation>
        </message>
        <message>
            <source>cannot tell the genome build of the sites VCF from its header; give it (GRCh37 or GRCh38)</source>
            <translation>impossible de déterminer le build du génome du VCF de sites à partir de son en-tête ; indiquez-le (GRCh37 ou GRCh38)</translation>
        </message>
        <message>
            <source>All samples of the source</source>
            <translation>Tous les échantillons de la source</translation>
        </message>
        <message>
            <source>the sites VCF does not declare the INFO field(s) %1; check --populations or the field map</source>
            <translation>le VCF de sites ne déclare pas le ou les champs INFO %1 ; vérifiez --populations ou la table de correspondance des champs</translation>
        </message>
        <message>
            <source>the sites VCF has no frequency fields to import</source>
            <translation>le VCF de sites ne contient aucun champ de fréquence à importer</translation>
        </message>
        <message>
            <source>the INFO field %1 must have Number=A, R or 1</source>
            <translation>le champ INFO %1 doit avoir Number=A, R ou 1</translation>
        </message>
        <message>
            <source>cannot read the record (truncated or malformed file)</source>
            <translation>impossible de lire l'enregistrement (fichier tronqué ou mal formé)</translation>
        </message>
        <message>
            <source>the import was cancelled</source>
            <translation>l'importation a été annulée</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted: contig %1 appears in two blocks</source>
            <translation>le VCF de sites n'est pas trié : le contig %1 apparaît dans deux blocs</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted by position</source>
            <translation>le VCF de sites n'est pas trié par position</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate site(s) dropped; the first record wins</source>
            <translation>
                <numerusform>%n site en double ignoré ; le premier enregistrement prévaut</numerusform>
                <numerusform>%n sites en double ignorés ; le premier enregistrement prévaut</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symbolic, breakend or '*' allele(s) skipped</source>
            <translation>
                <numerusform>%n allèle symbolique, de point de cassure ou '*' ignoré</numerusform>
                <numerusform>%n allèles symboliques, de point de cassure ou '*' ignorés</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown output format; name the file .vcf.gz, .bcf, .vcf or .tsv</source>
            <translation>format de sortie inconnu ; nommez le fichier .vcf.gz, .bcf, .vcf ou .tsv</translation>
        </message>
        <message>
            <source>the input already declares INFO/%1 differently</source>
            <translation>l'entrée déclare déjà INFO/%1 différemment</translation>
        </message>
        <message>
            <source>cannot extend the VCF header</source>
            <translation>impossible d'étendre l'en-tête VCF</translation>
        </message>
        <message>
            <source>cannot write in the output directory</source>
            <translation>impossible d'écrire dans le répertoire de sortie</translation>
        </message>
        <message>
            <source>cannot create the output file</source>
            <translation>impossible de créer le fichier de sortie</translation>
        </message>
        <message>
            <source>cannot write the output header</source>
            <translation>impossible d'écrire l'en-tête de sortie</translation>
        </message>
        <message>
            <source>cannot write the output</source>
            <translation>impossible d'écrire la sortie</translation>
        </message>
        <message>
            <source>cannot update INFO/%1</source>
            <translation>impossible de mettre à jour INFO/%1</translation>
        </message>
        <message>
            <source>cannot finish the output file</source>
            <translation>impossible de finaliser le fichier de sortie</translation>
        </message>
        <message>
            <source>cannot rename the output into place</source>
            <translation>impossible de renommer la sortie à son emplacement définitif</translation>
        </message>
        <message>
            <source>undeclared key(s) dropped from the output: %1</source>
            <translation>clés non déclarées supprimées de la sortie : %1</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>impossible d'ouvrir le fichier</translation>
        </message>
        <message>
            <source>import cancelled</source>
            <translation>importation annulée</translation>
        </message>
        <message>
            <source>the file is damaged or truncated</source>
            <translation>le fichier est endommagé ou tronqué</translation>
        </message>
        <message>
            <source>knowledge base error: %1</source>
            <translation>erreur de la base de connaissances : %1</translation>
        </message>
        <message>
            <source>cannot open the knowledge base: %1</source>
            <translation>impossible d'ouvrir la base de connaissances : %1</translation>
        </message>
        <message>
            <source>knowledge base schema %1 is not supported (expected %2)</source>
            <translation>le schéma %1 de la base de connaissances n'est pas pris en charge (attendu : %2)</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene file</source>
            <translation>indiquez le build du génome (GRCh37 ou GRCh38) du fichier de gènes</translation>
        </message>
        <message>
            <source>expected a BED line: contig, start, end, gene symbol</source>
            <translation>ligne BED attendue : contig, début, fin, symbole du gène</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene model</source>
            <translation>indiquez le build du génome (GRCh37 ou GRCh38) du modèle de gènes</translation>
        </message>
        <message>
            <source>expected 9 tab-separated GTF/GFF3 columns with start &lt;= end</source>
            <translation>9 colonnes GTF/GFF3 séparées par des tabulations sont attendues, avec début &lt;= fin</translation>
        </message>
        <message>
            <source>expected the #CHROM header line</source>
            <translation>la ligne d'en-tête #CHROM est attendue</translation>
        </message>
        <message>
            <source>the ClinVar file does not say its genome build (##reference); give it with --build</source>
            <translation>le fichier ClinVar n'indique pas son build du génome (##reference) ; indiquez-le avec --build</translation>
        </message>
        <message>
            <source>data before the #CHROM header line</source>
            <translation>données avant la ligne d'en-tête #CHROM</translation>
        </message>
        <message>
            <source>expected at least 8 VCF columns with a numeric POS</source>
            <translation>au moins 8 colonnes VCF avec une POS numérique sont attendues</translation>
        </message>
        <message>
            <source>no #CHROM header line</source>
            <translation>aucune ligne d'en-tête #CHROM</translation>
        </message>
        <message>
            <source>not a PanelApp TSV (no gene_symbol column) or panel BED (no ##gene_panel header)</source>
            <translation>ni un TSV PanelApp (pas de colonne gene_symbol) ni un BED de panel (pas d'en-tête ##gene_panel)</translation>
        </message>
        <message>
            <source>expected %1 columns, found %2</source>
            <translation>%1 colonnes attendues, %2 trouvées</translation>
        </message>
        <message>
            <source>a panel gene needs a panel and a symbol</source>
            <translation>un gène de panel doit avoir un panel et un symbole</translation>
        </message>
        <message>
            <source>not found in %1</source>
            <translation>introuvable dans %1</translation>
        </message>
        <message>
            <source>the genome build of the case is unknown; choose GRCh37 or GRCh38</source>
            <translation>le build du génome du cas est inconnu ; choisissez GRCh37 ou GRCh38</translation>
        </message>
        <message>
            <source>the frequency cache is %1 but the case is %2; use a cache of the case's build</source>
            <translation>le cache de fréquences est en %1 mais le cas est en %2 ; utilisez un cache du même build que le cas</translation>
        </message>
        <message>
            <source>the case has no samples, so there is no patient to evaluate</source>
            <translation>le cas ne contient aucun échantillon, il n'y a donc aucun patient à évaluer</translation>
        </message>
        <message>
            <source>there is no sample %1 in the case</source>
            <translation>le cas ne contient pas d'échantillon %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>consent file not found</source>
            <translation>fichier de consentement introuvable</translation>
        </message>
        <message>
            <source>cannot read the consent file: %1</source>
            <translation>impossible de lire le fichier de consentement : %1</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>JSON non valide : %1</translation>
        </message>
        <message>
            <source>not a GenomeDesk consent profile: "format" must be "genomedesk-consent"</source>
            <translation>ce n'est pas un profil de consentement GenomeDesk : "format" doit valoir "genomedesk-consent"</translation>
        </message>
        <message>
            <source>unsupported consent formatVersion (this GenomeDesk reads 1)</source>
            <translation>formatVersion de consentement non prise en charge (cette version de GenomeDesk lit la version 1)</translation>
        </message>
        <message>
            <source>"ageGroup" must be "adult" or "minor"</source>
            <translation>"ageGroup" doit valoir "adult" ou "minor"</translation>
        </message>
        <message>
            <source>"recordedOn" must be a date such as 2026-11-20</source>
            <translation>"recordedOn" doit être une date, par exemple 2026-11-20</translation>
        </message>
        <message>
            <source>"recordedBy" must name who recorded the consent</source>
            <translation>"recordedBy" doit indiquer qui a enregistré le consentement</translation>
        </message>
        <message>
            <source>consent for "%1" must be "opt-in" or "opt-out"</source>
            <translation>le consentement pour "%1" doit valoir "opt-in" ou "opt-out"</translation>
        </message>
        <message>
            <source>consent category "%1" is not defined by policy %2</source>
            <translation>la catégorie de consentement "%1" n'est pas définie par la politique %2</translation>
        </message>
        <message>
            <source>cannot read the indication: %1</source>
            <translation>impossible de lire l'indication : %1</translation>
        </message>
        <message>
            <source>"%1" is not a gene symbol</source>
            <translation>"%1" n'est pas un symbole de gène</translation>
        </message>
        <message>
            <source>"%1" must be a non-empty text</source>
            <translation>"%1" doit être un texte non vide</translation>
        </message>
        <message>
            <source>"%1" must be a list of texts</source>
            <translation>"%1" doit être une liste de textes</translation>
        </message>
        <message>
            <source>"%1" must be one of %2, not %3</source>
            <translation>"%1" doit être l'une des valeurs %2, et non %3</translation>
        </message>
        <message>
            <source>policy file not found</source>
            <translation>fichier de politique introuvable</translation>
        </message>
        <message>
            <source>cannot read the policy: %1</source>
            <translation>impossible de lire la politique : %1</translation>
        </message>
        <message>
            <source>a policy must be a JSON object</source>
            <translation>une politique doit être un objet JSON</translation>
        </message>
        <message>
            <source>not a GenomeDesk policy: "format" must be "%1"</source>
            <translation>ce n'est pas une politique GenomeDesk : "format" doit valoir "%1"</translation>
        </message>
        <message>
            <source>unsupported policy formatVersion %1 (this GenomeDesk reads %2)</source>
            <translation>formatVersion de politique %1 non prise en charge (cette version de GenomeDesk lit %2)</translation>
        </message>
        <message>
            <source>policy id "%1" may only hold lower-case letters, digits, '.' and '-'</source>
            <translation>l'identifiant de politique "%1" ne peut contenir que des lettres minuscules, des chiffres, '.' et '-'</translation>
        </message>
        <message>
            <source>policy version "%1" is not a version number such as 3.2</source>
            <translation>la version de politique "%1" n'est pas un numéro de version tel que 3.2</translation>
        </message>
        <message>
            <source>"revision" must be a whole number from 1</source>
            <translation>"revision" doit être un nombre entier à partir de 1</translation>
        </message>
        <message>
            <source>"consent" must give a "model": opt-in or opt-out</source>
            <translation>"consent" doit indiquer un "model" : opt-in ou opt-out</translation>
        </message>
        <message>
            <source>consent category "%1" is empty or given twice</source>
            <translation>la catégorie de consentement "%1" est vide ou indiquée deux fois</translation>
        </message>
        <message>
            <source>"consent" must list its "categories"</source>
            <translation>"consent" doit énumérer ses "categories"</translation>
        </message>
        <message>
            <source>unknown classification "%1" in "reportable"</source>
            <translation>classification inconnue "%1" dans "reportable"</translation>
        </message>
        <message>
            <source>"classification" must list the "reportable" classifications</source>
            <translation>"classification" doit énumérer les classifications "reportable"</translation>
        </message>
        <message>
            <source>"clinvarMinimumStars" must be a whole number from 0 to 4</source>
            <translation>"clinvarMinimumStars" doit être un nombre entier de 0 à 4</translation>
        </message>
        <message>
            <source>"ba1" must be an allele frequency above 0 and at most 1</source>
            <translation>"ba1" doit être une fréquence allélique supérieure à 0 et au plus égale à 1</translation>
        </message>
        <message>
            <source>"truncatingConsequences" must list SO terms</source>
            <translation>"truncatingConsequences" doit énumérer des termes SO</translation>
        </message>
        <message>
            <source>"genes" must be a non-empty list</source>
            <translation>"genes" doit être une liste non vide</translation>
        </message>
        <message>
            <source>each entry of "genes" must be an object</source>
            <translation>chaque entrée de "genes" doit être un objet</translation>
        </message>
        <message>
            <source>gene symbol "%1" is not a valid HGNC symbol</source>
            <translation>le symbole de gène "%1" n'est pas un symbole HGNC valide</translation>
        </message>
        <message>
            <source>gene %1 is listed twice</source>
            <translation>le gène %1 figure deux fois</translation>
        </message>
        <message>
            <source>gene %1: "hgncId" must look like HGNC:1234</source>
            <translation>gène %1 : "hgncId" doit être de la forme HGNC:1234</translation>
        </message>
        <message>
            <source>unknown gene %1: not in the knowledge base's gene model</source>
            <translation>gène inconnu %1 : absent du modèle de gènes de la base de connaissances</translation>
        </message>
        <message>
            <source>gene %1: HGNC id %2 does not match the gene model's %3</source>
            <translation>gène %1 : l'identifiant HGNC %2 ne correspond pas à celui du modèle de gènes, %3</translation>
        </message>
        <message>
            <source>gene %1: "inheritance" is missing</source>
            <translation>gène %1 : "inheritance" est absent</translation>
        </message>
        <message>
            <source>gene %1: unknown rule "%2" (known rules: %3)</source>
            <translation>gène %1 : règle inconnue "%2" (règles connues : %3)</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" does not fit inheritance %3</source>
            <translation>gène %1 : la règle "%2" ne convient pas au mode de transmission %3</translation>
        </message>
        <message>
            <source>gene %1: "onset" is missing (childhood or adult)</source>
            <translation>gène %1 : "onset" est absent (childhood ou adult)</translation>
        </message>
        <message>
            <source>gene %1: consent category "%2" is not defined in "consent"</source>
            <translation>gène %1 : la catégorie de consentement "%2" n'est pas définie dans "consent"</translation>
        </message>
        <message>
            <source>gene %1: "maximumCredibleAf" must be above 0 and at most 1</source>
            <translation>gène %1 : "maximumCredibleAf" doit être supérieur à 0 et au plus égal à 1</translation>
        </message>
        <message>
            <source>gene %1: %2 position "%3" must look like 6-26092913-G-A</source>
            <translation>gène %1 : la position %2 "%3" doit être de la forme 6-26092913-G-A</translation>
        </message>
        <message>
            <source>gene %1: a listed variant needs a "name"</source>
            <translation>gène %1 : un variant listé doit avoir un "name"</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" needs a list of "variants"</source>
            <translation>gène %1 : la règle "%2" nécessite une liste de "variants"</translation>
        </message>
        <message>
            <source>report as primary finding</source>
            <translation>à rapporter comme résultat principal</translation>
        </message>
        <message>
            <source>report as secondary finding</source>
            <translation>à rapporter comme donnée secondaire</translation>
        </message>
        <message>
            <source>not reported: no consent</source>
            <translation>non rapporté : pas de consentement</translation>
        </message>
        <message>
            <source>not reportable</source>
            <translation>non rapportable</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>à revoir</translation>
        </message>
        <message>
            <source>heterozygous</source>
            <translation>hétérozygote</translation>
        </message>
        <message>
            <source>homozygous</source>
            <translation>homozygote</translation>
        </message>
        <message>
            <source>hemizygous</source>
            <translation>hémizygote</translation>
        </message>
        <message>
            <source>homozygous reference</source>
            <translation>homozygote pour l'allèle de référence</translation>
        </message>
        <message>
            <source>another alternate allele</source>
            <translation>un autre allèle alternatif</translation>
        </message>
        <message>
            <source>no call</source>
            <translation>non génotypé</translation>
        </message>
        <message>
            <source>male</source>
            <translation>masculin</translation>
        </message>
        <message>
            <source>female</source>
            <translation>féminin</translation>
        </message>
        <message>
            <source>sex unknown</source>
            <translation>sexe inconnu</translation>
        </message>
        <message>
            <source>The variant is not in a known gene.</source>
            <translation>Le variant ne se trouve dans aucun gène connu.</translation>
        </message>
        <message>
            <source>The patient does not carry this allele (genotype: %1).</source>
            <translation>Le patient ne porte pas cet allèle (génotype : %1).</translation>
        </message>
        <message>
            <source>%1 (%2) is %3 in the policy.</source>
            <translation>%1 (%2) est %3 dans la politique.</translation>
        </message>
        <message>
            <source>source not given</source>
            <translation>source non indiquée</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the BA1 threshold of %3, but the policy exempts %4 %5 from BA1.</source>
            <translation>La fréquence allélique en population %1 (%2) dépasse le seuil BA1 de %3, mais la politique exempte %4 %5 du critère BA1.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is at or above the BA1 threshold of %3: benign by frequency.</source>
            <translation>La fréquence allélique en population %1 (%2) atteint ou dépasse le seuil BA1 de %3 : bénin selon la fréquence.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the maximum credible frequency of %3 for %4.</source>
            <translation>La fréquence allélique en population %1 (%2) dépasse la fréquence maximale plausible de %3 pour %4.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is below the policy's ceilings.</source>
            <translation>La fréquence allélique en population %1 (%2) est inférieure aux plafonds de la politique.</translation>
        </message>
        <message>
            <source>No population frequency is available; the frequency ceilings could not be checked.</source>
            <translation>Aucune fréquence en population n'est disponible ; les plafonds de fréquence n'ont pas pu être vérifiés.</translation>
        </message>
        <message>
            <source>The laboratory classified the variant as %1; this overrides ClinVar.</source>
            <translation>Le laboratoire a classé le variant comme %1 ; ce classement prévaut sur ClinVar.</translation>
        </message>
        <message numerus="yes">
            <source>ClinVar reports conflicting classifications (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar indique des classifications contradictoires (%n étoile de révision).</numerusform>
                <numerusform>ClinVar indique des classifications contradictoires (%n étoiles de révision).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 with %n review star(s), below the policy's minimum of %2.</source>
            <translation>
                <numerusform>ClinVar le classe comme %1 avec %n étoile de révision, en dessous du minimum de %2 fixé par la politique.</numerusform>
                <numerusform>ClinVar le classe comme %1 avec %n étoiles de révision, en dessous du minimum de %2 fixé par la politique.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar le classe comme %1 (%n étoile de révision).</numerusform>
                <numerusform>ClinVar le classe comme %1 (%n étoiles de révision).</numerusform>
            </translation>
        </message>
        <message>
            <source>The variant has no classification (not in ClinVar and not classified by the laboratory).</source>
            <translation>Le variant n'a pas de classification (absent de ClinVar et non classé par le laboratoire).</translation>
        </message>
        <message>
            <source>%1 is in the case's indication.</source>
            <translation>%1 fait partie de l'indication du cas.</translation>
        </message>
        <message>
            <source>%1 is in the case's indication (%2).</source>
            <translation>%1 fait partie de l'indication du cas (%2).</translation>
        </message>
        <message>
            <source>A %1 variant in an indication gene is a primary finding.</source>
            <translation>Un variant %1 dans un gène de l'indication est un résultat principal.</translation>
        </message>
        <message>
            <source>The classification must be reviewed before this primary finding can be reported or dismissed.</source>
            <translation>La classification doit être revue avant que ce résultat principal puisse être rapporté ou écarté.</translation>
        </message>
        <message>
            <source>Only pathogenic and likely pathogenic variants are reported.</source>
            <translation>Seuls les variants pathogènes et probablement pathogènes sont rapportés.</translation>
        </message>
        <message>
            <source>%1 is neither in the indication nor on the policy's list (%2).</source>
            <translation>%1 ne fait partie ni de l'indication ni de la liste de la politique (%2).</translation>
        </message>
        <message>
            <source>%1 is on the policy's list (%2, rule: %3).</source>
            <translation>%1 figure sur la liste de la politique (%2, règle : %3).</translation>
        </message>
        <message>
            <source>For %1 only homozygous %2 is reported; this variant is not %2.</source>
            <translation>Pour %1, seul %2 à l'état homozygote est rapporté ; ce variant n'est pas %2.</translation>
        </message>
        <message>
            <source>%1 is listed by the policy, but classified as %2.</source>
            <translation>%1 figure dans la politique, mais est classé comme %2.</translation>
        </message>
        <message>
            <source>The variant is %1 %2, named by the policy.</source>
            <translation>Le variant est %1 %2, nommément cité par la politique.</translation>
        </message>
        <message>
            <source>Conflicting classifications in a policy gene must be reviewed.</source>
            <translation>Les classifications contradictoires dans un gène de la politique doivent être revues.</translation>
        </message>
        <message>
            <source>The policy does not report variants with conflicting classifications.</source>
            <translation>La politique ne rapporte pas les variants dont les classifications sont contradictoires.</translation>
        </message>
        <message>
            <source>The classification must be confirmed by the laboratory before it can be reported.</source>
            <translation>La classification doit être confirmée par le laboratoire avant de pouvoir être rapportée.</translation>
        </message>
        <message>
            <source>An unclassified %1 variant in a policy gene must be classified.</source>
            <translation>Un variant %1 non classé dans un gène de la politique doit être classé.</translation>
        </message>
        <message>
            <source>Only classified pathogenic and likely pathogenic variants are reported.</source>
            <translation>Seuls les variants classés pathogènes et probablement pathogènes sont rapportés.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported, and the consequence of this variant is not known.</source>
            <translation>Pour %1, seuls les variants tronquants sont rapportés, et la conséquence de ce variant est inconnue.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported; %2 is not truncating.</source>
            <translation>Pour %1, seuls les variants tronquants sont rapportés ; %2 n'est pas tronquant.</translation>
        </message>
        <message>
            <source>The variant is truncating (%1).</source>
            <translation>Le variant est tronquant (%1).</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants in trans (phase from the parents or phased calls): biallelic.</source>
            <translation>%1 présente %2 variants P/LP hétérozygotes en trans (phase déduite des parents ou d'appels phasés) : biallélique.</translation>
        </message>
        <message>
            <source>The heterozygous P/LP variants in %1 are on the same parental allele (in cis): not biallelic → not reportable.</source>
            <translation>Les variants P/LP hétérozygotes de %1 sont sur le même allèle parental (en cis) : non biallélique → non rapportable.</translation>
        </message>
        <message>
            <source>Another variant in %1 needs review; together they could be biallelic.</source>
            <translation>Un autre variant de %1 doit être revu ; ensemble, ils pourraient être bialléliques.</translation>
        </message>
        <message>
            <source>One heterozygous P/LP variant in %1: carrier status, which this policy reports.</source>
            <translation>Un variant P/LP hétérozygote dans %1 : statut de porteur, que cette politique rapporte.</translation>
        </message>
        <message>
            <source>%1 is reported for every P/LP variant (%2 found).</source>
            <translation>%1 est rapporté pour tout variant P/LP (%2 trouvé(s)).</translation>
        </message>
        <message>
            <source>%1 is X-linked: hemizygous, heterozygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1 est lié à l'X : les variants P/LP hémizygotes, hétérozygotes et homozygotes sont rapportés (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a homozygous P/LP variant is reportable.</source>
            <translation>%1 n'est pris en compte qu'à l'état biallélique ; un variant P/LP homozygote est rapportable.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a hemizygous P/LP variant (no second allele) is reportable.</source>
            <translation>%1 n'est pris en compte qu'à l'état biallélique ; un variant P/LP hémizygote (sans second allèle) est rapportable.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; one heterozygous P/LP variant found → not reportable.</source>
            <translation>%1 n'est pris en compte qu'à l'état biallélique ; un seul variant P/LP hétérozygote trouvé → non rapportable.</translation>
        </message>
        <message>
            <source>%1: hemizygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1 : les variants P/LP hémizygotes et homozygotes sont rapportés (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is on chromosome X and the patient is male: the heterozygous call is read as hemizygous.</source>
            <translation>%1 est situé sur le chromosome X et le patient est de sexe masculin : l'appel hétérozygote est interprété comme hémizygote.</translation>
        </message>
        <message>
            <source>%1: one heterozygous P/LP variant and the patient's sex is unknown; in a male it would be hemizygous.</source>
            <translation>%1 : un variant P/LP hétérozygote et le sexe du patient est inconnu ; chez un patient de sexe masculin, il serait hémizygote.</translation>
        </message>
        <message>
            <source>%1: a single heterozygous P/LP variant in a female is not reported; only hemizygous, homozygous or two heterozygous variants are.</source>
            <translation>%1 : un seul variant P/LP hétérozygote chez une patiente n'est pas rapporté ; seuls les variants hémizygotes, homozygotes ou deux variants hétérozygotes le sont.</translation>
        </message>
        <message>
            <source>%1: the named variant is homozygous, which the policy reports.</source>
            <translation>%1 : le variant nommément cité est homozygote, ce que la politique rapporte.</translation>
        </message>
        <message>
            <source>%1: only homozygotes of the named variant are reported; %2 carriers and compound heterozygotes are not.</source>
            <translation>%1 : seuls les homozygotes pour le variant cité sont rapportés ; les porteurs de %2 et les hétérozygotes composites ne le sont pas.</translation>
        </message>
        <message>
            <source>recorded on %1 by %2</source>
            <translation>enregistré le %1 par %2</translation>
        </message>
        <message>
            <source>The patient is a minor: adult-onset conditions are not reported for minors by default.</source>
            <translation>Le patient est mineur : par défaut, les affections à début adulte ne sont pas rapportées chez les mineurs.</translation>
        </message>
        <message>
            <source>The patient opted in to "%1" (%2): report as a secondary finding.</source>
            <translation>Le patient a donné son consentement pour "%1" (%2) : à rapporter comme donnée secondaire.</translation>
        </message>
        <message>
            <source>The patient opted out of "%1" (%2).</source>
            <translation>Le patient a refusé "%1" (%2).</translation>
        </message>
        <message>
            <source>No choice is recorded for "%1"; under the policy's opt-out model it is reported as a secondary finding.</source>
            <translation>Aucun choix n'est enregistré pour "%1" ; selon le modèle opt-out de la politique, il est rapporté comme donnée secondaire.</translation>
        </message>
        <message>
            <source>No consent is recorded for "%1"; the policy's opt-in model requires it.</source>
            <translation>Aucun consentement n'est enregistré pour "%1" ; le modèle opt-in de la politique l'exige.</translation>
        </message>
        <message>
            <source>unclassified</source>
            <translation>non classé</translation>
        </message>
        <message>
            <source>pathogenic</source>
            <translation>pathogène</translation>
        </message>
        <message>
            <source>likely pathogenic</source>
            <translation>probablement pathogène</translation>
        </message>
        <message>
            <source>uncertain significance</source>
            <translation>signification incertaine</translation>
        </message>
        <message>
            <source>likely benign</source>
            <translation>probablement bénin</translation>
        </message>
        <message>
            <source>benign</source>
            <translation>bénin</translation>
        </message>
        <message>
            <source>conflicting classifications</source>
            <translation>classifications contradictoires</translation>
        </message>
        <message>
            <source>other (not a pathogenicity classification)</source>
            <translation>autre (pas une classification de pathogénicité)</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria: %1</source>
            <translation>Critères ACMG/AMP : %1</translation>
        </message>
        <message>
            <source>Inheritance: %1</source>
            <translation>Mode de transmission : %1</translation>
        </message>
        <message>
            <source>Consent category: %1</source>
            <translation>Catégorie de consentement : %1</translation>
        </message>
        <message>
            <source>Policy: %1</source>
            <translation>Politique : %1</translation>
        </message>
        <message>
            <source>Reviewer's comment: %1</source>
            <translation>Commentaire du relecteur : %1</translation>
        </message>
        <message>
            <source>Primary findings</source>
            <translation>Résultats principaux</translation>
        </message>
        <message>
            <source>Primary findings for the indication: %1</source>
            <translation>Résultats principaux pour l'indication : %1</translation>
        </message>
        <message>
            <source>Secondary findings</source>
            <translation>Données secondaires</translation>
        </message>
        <message>
            <source>Secondary findings (%1)</source>
            <translation>Données secondaires (%1)</translation>
        </message>
        <message>
            <source>Variants of uncertain significance</source>
            <translation>Variants de signification incertaine</translation>
        </message>
        <message>
            <source>GenomeDesk report, version %1</source>
            <translation>Compte rendu GenomeDesk, version %1</translation>
        </message>
        <message>
            <source>de novo (absent in both parents)</source>
            <translation>de novo (absent chez les deux parents)</translation>
        </message>
        <message>
            <source>homozygous, both parents heterozygous carriers</source>
            <translation>homozygote, les deux parents sont porteurs hétérozygotes</translation>
        </message>
        <message>
            <source>compound heterozygous (in trans)</source>
            <translation>hétérozygote composite (en trans)</translation>
        </message>
        <message>
            <source>X-linked, inherited from the mother</source>
            <translation>lié à l'X, hérité de la mère</translation>
        </message>
        <message>
            <source>inconsistent with the parents' genotypes</source>
            <translation>incompatible avec les génotypes des parents</translation>
        </message>
        <message>
            <source>present in both parents</source>
            <translation>présent chez les deux parents</translation>
        </message>
        <message>
            <source>inherited from the mother</source>
            <translation>hérité de la mère</translation>
        </message>
        <message>
            <source>inherited from the father</source>
            <translation>hérité du père</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n review star(s))</source>
            <translation>
                <numerusform>%1 (%n étoile de révision)</numerusform>
                <numerusform>%1 (%n étoiles de révision)</numerusform>
            </translation>
        </message>
        <message>
            <source>none given: secondary findings only</source>
            <translation>aucune indiquée : données secondaires uniquement</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n gene(s))</source>
            <translation>
                <numerusform>%1 (%n gène)</numerusform>
                <numerusform>%1 (%n gènes)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (ClinVar; not yet classified by the laboratory)</source>
            <translation>%1 (ClinVar ; pas encore classé par le laboratoire)</translation>
        </message>
        <message>
            <source>GenomeDesk %1</source>
            <translation>GenomeDesk %1</translation>
        </message>
        <message>
            <source>Only the variants in the submitted file were assessed. Regions that were not sequenced, not covered well enough or not called by the pipeline are not assessed, so a negative result does not exclude a variant there.</source>
            <translation>Seuls les variants du fichier transmis ont été évalués. Les régions non séquencées, insuffisamment couvertes ou non appelées par le pipeline ne sont pas évaluées ; un résultat négatif n'exclut donc pas la présence d'un variant dans ces régions.</translation>
        </message>
        <message>
            <source>Structural variants, copy-number changes, repeat expansions and mitochondrial heteroplasmy are not assessed by this report.</source>
            <translation>Les variants de structure, les variations du nombre de copies, les expansions de répétitions et l'hétéroplasmie mitochondriale ne sont pas évalués dans ce compte rendu.</translation>
        </message>
        <message numerus="yes">
            <source>Secondary findings were sought only in the %n gene(s) of %1.</source>
            <translation>
                <numerusform>Les données secondaires n'ont été recherchées que dans le %n gène de %1.</numerusform>
                <numerusform>Les données secondaires n'ont été recherchées que dans les %n gènes de %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No population frequency data was available, so frequency criteria were not applied.</source>
            <translation>Aucune donnée de fréquence en population n'était disponible ; les critères de fréquence n'ont donc pas été appliqués.</translation>
        </message>
        <message>
            <source>No ClinVar data was available; only the laboratory's own classifications were used.</source>
            <translation>Aucune donnée ClinVar n'était disponible ; seules les classifications propres au laboratoire ont été utilisées.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) in policy genes need a geneticist's review before this report can be signed.</source>
            <translation>
                <numerusform>%n variant dans les gènes de la politique doit être revu par un(e) généticien(ne) clinicien(ne) avant que ce compte rendu puisse être signé.</numerusform>
                <numerusform>%n variants dans les gènes de la politique doivent être revus par un(e) généticien(ne) clinicien(ne) avant que ce compte rendu puisse être signé.</numerusform>
            </translation>
        </message>
        <message>
            <source>read error</source>
            <translation>erreur de lecture</translation>
        </message>
        <message>
            <source>cannot write the whole file: the disk is full or a quota or file-size limit was reached; the previous file is unchanged</source>
            <translation>impossible d'écrire le fichier en entier : le disque est plein ou un quota ou une limite de taille de fichier a été atteint ; le fichier précédent est inchangé</translation>
        </message>
        <message>
            <source>the report template has no %1 placeholder</source>
            <translation>le modèle de compte rendu ne contient pas d'espace réservé %1</translation>
        </message>
        <message>
            <source>not found (%1)</source>
            <translation>introuvable (%1)</translation>
        </message>
        <message>
            <source>%1 homozygous</source>
            <translation>%1 homozygote</translation>
        </message>
        <message>
            <source>intergenic</source>
            <translation>intergénique</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>Critères ACMG/AMP</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transcrit</translation>
        </message>
        <message>
            <source>Position (%1)</source>
            <translation>Position (%1)</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Conséquence</translation>
        </message>
        <message>
            <source>Zygosity</source>
            <translation>Zygosité</translation>
        </message>
        <message>
            <source>Inheritance</source>
            <translation>Transmission</translation>
        </message>
        <message>
            <source>Population frequency</source>
            <translation>Fréquence en population</translation>
        </message>
        <message>
            <source>no population data available</source>
            <translation>aucune donnée de population disponible</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar</source>
            <translation>absent de ClinVar</translation>
        </message>
        <message>
            <source>Why it is reported</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Sequencing quality</source>
            <translation>Qualité de séquençage</translation>
        </message>
        <message>
            <source>depth %1, genotype quality %2, allele balance %3, filter %4</source>
            <translation>profondeur %1, qualité du génotype %2, équilibre allélique %3, filtre %4</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Variants</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Réf</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gène</translation>
        </message>
        <message>
            <source>Depth</source>
            <translation>Profondeur</translation>
        </message>
        <message>
            <source>GQ</source>
            <translation>GQ</translation>
        </message>
        <message>
            <source>Allele balance</source>
            <translation>Équilibre allélique</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtre</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes assessed for the indication or, with the patient's consent, for secondary findings.</source>
            <translation>Aucun variant rapportable n'a été trouvé dans les gènes évalués pour l'indication ni, avec le consentement du patient, pour les données secondaires.</translation>
        </message>
        <message>
            <source>%1 and %2 are reported.</source>
            <translation>%1 et %2 sont rapportés.</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n résultat principal</numerusform>
                <numerusform>%n résultats principaux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n donnée secondaire</numerusform>
                <numerusform>%n données secondaires</numerusform>
            </translation>
        </message>
        <message>
            <source>Genomic test report</source>
            <translation>Compte rendu d'analyse génomique</translation>
        </message>
        <message>
            <source>Genomic variant report</source>
            <translation>Compte rendu de variants génomiques</translation>
        </message>
        <message>
            <source>Report id</source>
            <translation>Identifiant du compte rendu</translation>
        </message>
        <message>
            <source>%1, version %2</source>
            <translation>%1, version %2</translation>
        </message>
        <message>
            <source>Patient (pseudonym)</source>
            <translation>Patient (pseudonyme)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Échantillon</translation>
        </message>
        <message>
            <source>Referring clinician</source>
            <translation>Médecin prescripteur</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Indication</translation>
        </message>
        <message>
            <source>Genome build</source>
            <translation>Build du génome</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>Date du compte rendu</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes of the indication.</source>
            <translation>Aucun variant rapportable n'a été trouvé dans les gènes de l'indication.</translation>
        </message>
        <message>
            <source>%1: not reported — the patient chose not to receive these findings.</source>
            <translation>%1 : non rapporté — le patient a choisi de ne pas recevoir ces résultats.</translation>
        </message>
        <message>
            <source>%1: none found.</source>
            <translation>%1 : aucun trouvé.</translation>
        </message>
        <message>
            <source>Listed per laboratory policy because they lie in genes of the indication; they are not a diagnosis and should not be used for clinical decisions on their own.</source>
            <translation>Listés conformément à la politique du laboratoire, car situés dans des gènes de l'indication ; ils ne constituent pas un diagnostic et ne doivent pas servir seuls à des décisions cliniques.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) carried by the sample are listed below.</source>
            <translation>
                <numerusform>Le %n variant porté par l'échantillon est listé ci-dessous.</numerusform>
                <numerusform>Les %n variants portés par l'échantillon sont listés ci-dessous.</numerusform>
            </translation>
        </message>
        <message>
            <source>Methods and inputs</source>
            <translation>Méthodes et données d'entrée</translation>
        </message>
        <message>
            <source>Input file: %1</source>
            <translation>Fichier d'entrée : %1</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256 : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) read, %1 skipped (reference blocks, records without ALT).</source>
            <translation>
                <numerusform>%n enregistrement lu, %1 ignoré(s) (blocs de référence, enregistrements sans ALT).</numerusform>
                <numerusform>%n enregistrements lus, %1 ignoré(s) (blocs de référence, enregistrements sans ALT).</numerusform>
            </translation>
        </message>
        <message>
            <source>Data sources and versions</source>
            <translation>Sources de données et versions</translation>
        </message>
        <message>
            <source>Policy file SHA-256: %1</source>
            <translation>SHA-256 du fichier de politique : %1</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Limites</translation>
        </message>
        <message>
            <source>This report lists the variants as called in the input file. Population frequencies, the secondary-findings policy and ACMG/AMP classification have not been applied; the report is not signed and is not for clinical use.</source>
            <translation>Ce compte rendu liste les variants tels qu'appelés dans le fichier d'entrée. Les fréquences en population, la politique relative aux données secondaires et la classification ACMG/AMP n'ont pas été appliquées ; le compte rendu n'est pas signé et n'est pas destiné à un usage clinique.</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Draft — not signed, not for clinical use.</source>
            <translation>Brouillon — non signé, non destiné à un usage clinique.</translation>
        </message>
        <message>
            <source>Signed by %1, %2, on %3.</source>
            <translation>Signé par %1, %2, le %3.</translation>
        </message>
        <message>
            <source>The electronic signature is in the file that accompanies this PDF; check it with "genomedesk verify-report".</source>
            <translation>La signature électronique se trouve dans le fichier qui accompagne ce PDF ; vérifiez-la avec "genomedesk verify-report".</translation>
        </message>
        <message>
            <source>Genomic variant report %1</source>
            <translation>Compte rendu de variants génomiques %1</translation>
        </message>
        <message>
            <source>cannot start the PDF</source>
            <translation>impossible de créer le PDF</translation>
        </message>
        <message>
            <source>GenomeDesk — report %1</source>
            <translation>GenomeDesk — compte rendu %1</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Cas %1</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>page %1 sur %2</translation>
        </message>
        <message>
            <source>Not signed — not for clinical use</source>
            <translation>Non signé — non destiné à un usage clinique</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>Signé par %1</translation>
        </message>
        <message>
            <source>cannot finish the PDF</source>
            <translation>impossible de finaliser le PDF</translation>
        </message>
        <message>
            <source>PKCS#12 file</source>
            <translation>fichier PKCS#12</translation>
        </message>
        <message>
            <source>not a PKCS#12 file (.p12/.pfx) with a certificate and key</source>
            <translation>ce n'est pas un fichier PKCS#12 (.p12/.pfx) contenant un certificat et une clé</translation>
        </message>
        <message>
            <source>wrong passphrase for the PKCS#12 file</source>
            <translation>phrase secrète incorrecte pour le fichier PKCS#12</translation>
        </message>
        <message>
            <source>cannot decrypt the PKCS#12 file (%1)</source>
            <translation>impossible de déchiffrer le fichier PKCS#12 (%1)</translation>
        </message>
        <message>
            <source>the PKCS#12 file does not hold both a certificate and its key</source>
            <translation>le fichier PKCS#12 ne contient pas à la fois un certificat et sa clé</translation>
        </message>
        <message>
            <source>the key in the PKCS#12 file does not belong to its certificate</source>
            <translation>la clé du fichier PKCS#12 ne correspond pas à son certificat</translation>
        </message>
        <message>
            <source>digest computation failed</source>
            <translation>échec du calcul de l'empreinte</translation>
        </message>
        <message>
            <source>the signing certificate of %1 expired on %2</source>
            <translation>le certificat de signature de %1 a expiré le %2</translation>
        </message>
        <message>
            <source>the signing certificate of %1 is not valid before %2</source>
            <translation>le certificat de signature de %1 n'est pas valide avant le %2</translation>
        </message>
        <message>
            <source>signing failed (%1)</source>
            <translation>échec de la signature (%1)</translation>
        </message>
        <message>
            <source>the signature file is not a CMS/PKCS#7 signature</source>
            <translation>le fichier de signature n'est pas une signature CMS/PKCS#7</translation>
        </message>
        <message>
            <source>the signature embeds its content; a detached signature is expected</source>
            <translation>la signature intègre son contenu ; une signature détachée est attendue</translation>
        </message>
        <message>
            <source>the signature must have exactly one signer</source>
            <translation>la signature doit avoir exactement un signataire</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>mémoire insuffisante</translation>
        </message>
        <message>
            <source>the signer's certificate is neither in the signature nor among the trusted certificates</source>
            <translation>le certificat du signataire ne figure ni dans la signature ni parmi les certificats de confiance</translation>
        </message>
        <message>
            <source>the signature has no signed attributes (content digest, signing time); such signatures are not accepted</source>
            <translation>la signature ne comporte aucun attribut signé (empreinte du contenu, heure de signature) ; de telles signatures ne sont pas acceptées</translation>
        </message>
        <message>
            <source>the signature does not verify with the signer's key: the signature file is damaged or was altered</source>
            <translation>la signature ne peut pas être vérifiée avec la clé du signataire : le fichier de signature est endommagé ou a été modifié</translation>
        </message>
        <message>
            <source>the signature uses the digest %1; SHA-256 or stronger is required</source>
            <translation>la signature utilise l'algorithme d'empreinte %1 ; SHA-256 ou plus robuste est requis</translation>
        </message>
        <message>
            <source>the signature has no message digest among its signed attributes</source>
            <translation>la signature ne comporte pas d'empreinte du message parmi ses attributs signés</translation>
        </message>
        <message>
            <source>the report was changed after it was signed (or the signature belongs to another file)</source>
            <translation>le compte rendu a été modifié après sa signature (ou la signature appartient à un autre fichier)</translation>
        </message>
        <message>
            <source>the signing time of the signature cannot be read</source>
            <translation>impossible de lire l'heure de signature</translation>
        </message>
        <message>
            <source>the signing time %1 lies in the future</source>
            <translation>l'heure de signature %1 se situe dans le futur</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) had expired on %2 when the report was signed on %3</source>
            <translation>le certificat du signataire (%1) avait expiré le %2 lorsque le compte rendu a été signé le %3</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain had expired when the report was signed on %1</source>
            <translation>un certificat de la chaîne du signataire avait expiré lorsque le compte rendu a été signé le %1</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) was not yet valid when the report was signed on %2</source>
            <translation>le certificat du signataire (%1) n'était pas encore valide lorsque le compte rendu a été signé le %2</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain was not yet valid when the report was signed on %1</source>
            <translation>un certificat de la chaîne du signataire n'était pas encore valide lorsque le compte rendu a été signé le %1</translation>
        </message>
        <message>
            <source>the signer (%1) is not trusted: %2</source>
            <translation>le signataire (%1) n'est pas de confiance : %2</translation>
        </message>
        <message>
            <source>the signature does not verify (%1)</source>
            <translation>la signature ne peut pas être vérifiée (%1)</translation>
        </message>
        <message>
            <source>valid signature by %1, signed on %2</source>
            <translation>signature valide de %1, signée le %2</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <source>stand-alone</source>
            <translation>autonome</translation>
        </message>
        <message>
            <source>very strong</source>
            <translation>très fort</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>fort</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>modéré</translation>
        </message>
        <message>
            <source>supporting</source>
            <translation>support</translation>
        </message>
        <message>
            <source>unknown ACMG/AMP criterion "%1"</source>
            <translation>critère ACMG/AMP inconnu "%1"</translation>
        </message>
        <message>
            <source>%1 is not used: ClinGen SVI recommends against the "reputable source" criteria; assess the evidence itself</source>
            <translation>%1 n'est pas utilisé : ClinGen SVI déconseille les critères "reputable source" ; évaluez les preuves elles-mêmes</translation>
        </message>
        <message>
            <source>unknown strength "%1" in "%2" (use VeryStrong, Strong, Moderate or Supporting)</source>
            <translation>niveau de force inconnu "%1" dans "%2" (utilisez VeryStrong, Strong, Moderate ou Supporting)</translation>
        </message>
        <message>
            <source>BA1 is stand-alone and takes no strength modifier</source>
            <translation>BA1 est autonome et n'accepte aucun modificateur de force</translation>
        </message>
        <message>
            <source>benign criteria cannot be applied at very strong (%1)</source>
            <translation>les critères bénins ne peuvent pas être appliqués au niveau très fort (%1)</translation>
        </message>
        <message>
            <source>criterion %1 is given more than once</source>
            <translation>le critère %1 est indiqué plusieurs fois</translation>
        </message>
        <message>
            <source>%1 by the Richards 2015 rules (%2); %3 by points (%4)</source>
            <translation>%1 selon les règles de Richards 2015 (%2) ; %3 selon les points (%4)</translation>
        </message>
        <message>
            <source>BA1 stand-alone</source>
            <translation>BA1 autonome</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message>
            <source>GenomeDesk defaults</source>
            <translation>Valeurs par défaut de GenomeDesk</translation>
        </message>
        <message>
            <source>policy %1</source>
            <translation>politique %1</translation>
        </message>
        <message>
            <source>an unnamed source</source>
            <translation>une source sans nom</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is at or above the BA1 threshold %3 (%4).</source>
            <translation>La fréquence allélique maximale en population, %1 dans %2, atteint ou dépasse le seuil BA1 de %3 (%4).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is above the BS1 threshold %3 (%4).</source>
            <translation>La fréquence allélique maximale en population, %1 dans %2, dépasse le seuil BS1 de %3 (%4).</translation>
        </message>
        <message>
            <source>Absent from %1 (allele frequency 0; PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Absent de %1 (fréquence allélique 0 ; PM2 au niveau support selon ClinGen SVI).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is below %3 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>La fréquence allélique maximale en population, %1 dans %2, est inférieure à %3 (PM2 au niveau support selon ClinGen SVI).</translation>
        </message>
        <message>
            <source>Absent from %1 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Absent de %1 (PM2 au niveau support selon ClinGen SVI).</translation>
        </message>
        <message>
            <source>the gene</source>
            <translation>le gène</translation>
        </message>
        <message>
            <source>Candidate: %1 is a null variant in %2; confirm that loss of function is a known disease mechanism and check the ClinGen SVI PVS1 decision tree (last exon, NMD, rescue).</source>
            <translation>Candidat : %1 est un variant nul dans %2 ; vérifiez que la perte de fonction est un mécanisme pathologique connu et consultez l'arbre décisionnel PVS1 de ClinGen SVI (dernier exon, NMD, sauvetage).</translation>
        </message>
        <message>
            <source>Candidate: start_lost in %1; initiation codon variants are PVS1 at moderate strength at most (ClinGen SVI PVS1 decision tree).</source>
            <translation>Candidat : start_lost dans %1 ; les variants du codon d'initiation relèvent au plus de PVS1 de niveau modéré (arbre décisionnel PVS1 de ClinGen SVI).</translation>
        </message>
        <message>
            <source>database error: %1</source>
            <translation>erreur de base de données : %1</translation>
        </message>
        <message>
            <source>entry %1 is missing (deleted); the log jumps from %2 to %3</source>
            <translation>l'entrée %1 est manquante (supprimée) ; le journal passe de %2 à %3</translation>
        </message>
        <message>
            <source>entry %1 is out of order</source>
            <translation>l'entrée %1 n'est pas dans le bon ordre</translation>
        </message>
        <message>
            <source>entry %1 does not follow entry %2 (chain broken: deleted, inserted or reordered entries)</source>
            <translation>l'entrée %1 ne suit pas l'entrée %2 (chaîne rompue : entrées supprimées, insérées ou réordonnées)</translation>
        </message>
        <message>
            <source>entry %1 was altered (its content does not match its hash)</source>
            <translation>l'entrée %1 a été modifiée (son contenu ne correspond pas à son empreinte)</translation>
        </message>
        <message>
            <source>entries %1 to %2 are missing: the log was truncated after entry %3</source>
            <translation>les entrées %1 à %2 sont manquantes : le journal a été tronqué après l'entrée %3</translation>
        </message>
        <message>
            <source>the last entry (%1) does not match the recorded end of the log</source>
            <translation>la dernière entrée (%1) ne correspond pas à la fin enregistrée du journal</translation>
        </message>
        <message>
            <source>the case database does not exist</source>
            <translation>la base de données des cas n'existe pas</translation>
        </message>
        <message>
            <source>cannot open the case database</source>
            <translation>impossible d'ouvrir la base de données des cas</translation>
        </message>
        <message>
            <source>case database error: %1</source>
            <translation>erreur de la base de données des cas : %1</translation>
        </message>
        <message>
            <source>unknown user %1</source>
            <translation>utilisateur inconnu %1</translation>
        </message>
        <message>
            <source>user %1 (%2) is not allowed to do this</source>
            <translation>l'utilisateur %1 (%2) n'est pas autorisé à effectuer cette action</translation>
        </message>
        <message>
            <source>no case %1</source>
            <translation>aucun cas %1</translation>
        </message>
        <message>
            <source>the case database was written by a newer GenomeDesk (schema %1; this version knows %2)</source>
            <translation>la base de données des cas a été écrite par une version plus récente de GenomeDesk (schéma %1 ; cette version connaît %2)</translation>
        </message>
        <message>
            <source>a new case database needs a passphrase or a key file</source>
            <translation>une nouvelle base de données des cas nécessite une phrase secrète ou un fichier de clé</translation>
        </message>
        <message>
            <source>this case database is protected by a passphrase</source>
            <translation>cette base de données des cas est protégée par une phrase secrète</translation>
        </message>
        <message>
            <source>this case database is protected by a key file</source>
            <translation>cette base de données des cas est protégée par un fichier de clé</translation>
        </message>
        <message>
            <source>unknown key method "%1" in the case database</source>
            <translation>méthode de clé inconnue "%1" dans la base de données des cas</translation>
        </message>
        <message>
            <source>wrong passphrase for this case database</source>
            <translation>phrase secrète incorrecte pour cette base de données des cas</translation>
        </message>
        <message>
            <source>wrong key file for this case database</source>
            <translation>fichier de clé incorrect pour cette base de données des cas</translation>
        </message>
        <message>
            <source>cannot open the case database: %1</source>
            <translation>impossible d'ouvrir la base de données des cas : %1</translation>
        </message>
        <message>
            <source>not a usable case database: %1</source>
            <translation>base de données des cas inutilisable : %1</translation>
        </message>
        <message>
            <source>a user name is 1 to 64 letters, digits or . _ @ -</source>
            <translation>un nom d'utilisateur comporte 1 à 64 lettres, chiffres ou . _ @ -</translation>
        </message>
        <message>
            <source>a password needs at least 8 characters</source>
            <translation>un mot de passe doit comporter au moins 8 caractères</translation>
        </message>
        <message>
            <source>cannot hash the password</source>
            <translation>impossible de hacher le mot de passe</translation>
        </message>
        <message>
            <source>the first user of a case database must be an admin</source>
            <translation>le premier utilisateur d'une base de données des cas doit être un administrateur</translation>
        </message>
        <message>
            <source>only an admin can add users</source>
            <translation>seul un administrateur peut ajouter des utilisateurs</translation>
        </message>
        <message>
            <source>user %1 already exists</source>
            <translation>l'utilisateur %1 existe déjà</translation>
        </message>
        <message>
            <source>unknown user or wrong password</source>
            <translation>utilisateur inconnu ou mot de passe incorrect</translation>
        </message>
        <message>
            <source>a pseudonym is 1 to 64 letters, digits, '-' or '_'</source>
            <translation>un pseudonyme comporte 1 à 64 lettres, chiffres, '-' ou '_'</translation>
        </message>
        <message>
            <source>patient %1 already exists</source>
            <translation>le patient %1 existe déjà</translation>
        </message>
        <message>
            <source>encryption failed</source>
            <translation>échec du chiffrement</translation>
        </message>
        <message>
            <source>no patient %1</source>
            <translation>aucun patient %1</translation>
        </message>
        <message>
            <source>the SHA-256 of an input file must be 64 lower-case hex digits</source>
            <translation>le SHA-256 d'un fichier d'entrée doit comporter 64 chiffres hexadécimaux en minuscules</translation>
        </message>
        <message>
            <source>the case was not stored</source>
            <translation>le cas n'a pas été enregistré</translation>
        </message>
        <message>
            <source>"%1" is not a variant key like 6-26092913-G-A</source>
            <translation>"%1" n'est pas une clé de variant telle que 6-26092913-G-A</translation>
        </message>
        <message>
            <source>a review classification is P, LP, VUS, LB or B</source>
            <translation>une classification de revue est P, LP, VUS, LB ou B</translation>
        </message>
        <message>
            <source>case %1 is signed: a change needs a reason and creates report version %2</source>
            <translation>le cas %1 est signé : toute modification nécessite un motif et crée la version %2 du compte rendu</translation>
        </message>
        <message>
            <source>case %1 is %2, not draft</source>
            <translation>le cas %1 est %2, et non à l'état de brouillon</translation>
        </message>
        <message>
            <source>case %1 has no variant review yet</source>
            <translation>le cas %1 n'a pas encore fait l'objet d'une revue des variants</translation>
        </message>
        <message>
            <source>only a clinical geneticist can sign; %1 cannot</source>
            <translation>seul(e) un(e) généticien(ne) clinicien(ne) peut signer ; %1 ne le peut pas</translation>
        </message>
        <message>
            <source>case %1 is %2: it must be reviewed before signing</source>
            <translation>le cas %1 est %2 : il doit être revu avant la signature</translation>
        </message>
        <message>
            <source>report version %1 is missing or already signed</source>
            <translation>la version %1 du compte rendu est absente ou déjà signée</translation>
        </message>
        <message>
            <source>no encryption key is loaded</source>
            <translation>aucune clé de chiffrement n'est chargée</translation>
        </message>
        <message>
            <source>an encrypted field is malformed</source>
            <translation>un champ chiffré est mal formé</translation>
        </message>
        <message>
            <source>an encrypted field cannot be decrypted: wrong key or altered data</source>
            <translation>un champ chiffré ne peut pas être déchiffré : clé incorrecte ou données modifiées</translation>
        </message>
        <message>
            <source>the passphrase is empty</source>
            <translation>la phrase secrète est vide</translation>
        </message>
        <message>
            <source>key derivation (scrypt) failed</source>
            <translation>échec de la dérivation de clé (scrypt)</translation>
        </message>
        <message>
            <source>the key file does not exist</source>
            <translation>le fichier de clé n'existe pas</translation>
        </message>
        <message>
            <source>the key file can be read by other users; make it private (chmod 600)</source>
            <translation>le fichier de clé est lisible par d'autres utilisateurs ; rendez-le privé (chmod 600)</translation>
        </message>
        <message>
            <source>cannot read the key file</source>
            <translation>impossible de lire le fichier de clé</translation>
        </message>
        <message>
            <source>the key file must hold 32 bytes or 64 hexadecimal digits</source>
            <translation>le fichier de clé doit contenir 32 octets ou 64 chiffres hexadécimaux</translation>
        </message>
        <message>
            <source>cannot write the key file</source>
            <translation>impossible d'écrire le fichier de clé</translation>
        </message>
        <message>
            <source>cannot protect the key file</source>
            <translation>impossible de protéger le fichier de clé</translation>
        </message>
        <message>
            <source>%1 not found</source>
            <translation>%1 introuvable</translation>
        </message>
        <message>
            <source>%1 is not a readable file</source>
            <translation>%1 : ce n'est pas un fichier lisible</translation>
        </message>
        <message>
            <source>cannot read the %1: %2</source>
            <translation>lecture impossible (%1) : %2</translation>
        </message>
        <message>
            <source>the %1 is too large</source>
            <translation>%1 : taille trop importante</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificat</translation>
        </message>
        <message>
            <source>cannot use a certificate of the trusted certificate file</source>
            <translation>impossible d'utiliser un certificat du fichier de certificats de confiance</translation>
        </message>
        <message>
            <source>the trusted certificate file holds no X.509 certificate (PEM or DER)</source>
            <translation>le fichier de certificats de confiance ne contient aucun certificat X.509 (PEM ou DER)</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>signature</translation>
        </message>
        <message>
            <source>not a detached CMS signature (DER or PEM)</source>
            <translation>ce n'est pas une signature CMS détachée (DER ou PEM)</translation>
        </message>
        <message>
            <source>package</source>
            <translation>paquet</translation>
        </message>
        <message>
            <source>cannot read the package: %1</source>
            <translation>impossible de lire le paquet : %1</translation>
        </message>
        <message>
            <source>SHA-256 is not available from OpenSSL</source>
            <translation>SHA-256 n'est pas disponible dans OpenSSL</translation>
        </message>
        <message>
            <source>SHA-256 computation failed</source>
            <translation>échec du calcul SHA-256</translation>
        </message>
        <message>
            <source>cannot open the package</source>
            <translation>impossible d'ouvrir le paquet</translation>
        </message>
        <message>
            <source>the signer (%1) is not the trusted certificate nor issued by it, or its certificate is not valid now</source>
            <translation>le signataire (%1) n'est pas le certificat de confiance et n'a pas été émis par celui-ci, ou son certificat n'est pas valide actuellement</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>the package does not match its signature: it was changed after signing, or the signature belongs to another file</source>
            <translation>le paquet ne correspond pas à sa signature : il a été modifié après la signature, ou la signature appartient à un autre fichier</translation>
        </message>
        <message>
            <source>the system settings file is not readable; ask IT to fix its permissions</source>
            <translation>le fichier de paramètres système n'est pas lisible ; demandez au service informatique de corriger ses droits d'accès</translation>
        </message>
        <message>
            <source>the system settings file is not a valid INI file</source>
            <translation>le fichier de paramètres système n'est pas un fichier INI valide</translation>
        </message>
        <message>
            <source>this setting is locked by your IT department (%1)</source>
            <translation>ce paramètre est verrouillé par votre service informatique (%1)</translation>
        </message>
        <message>
            <source>All variants</source>
            <translation>Tous les variants</translation>
        </message>
        <message>
            <source>Good quality</source>
            <translation>Bonne qualité</translation>
        </message>
        <message>
            <source>Coding and splice</source>
            <translation>Codant et épissage</translation>
        </message>
        <message>
            <source>De novo (trio)</source>
            <translation>De novo (trio)</translation>
        </message>
        <message>
            <source>Recessive (trio)</source>
            <translation>Récessif (trio)</translation>
        </message>
        <message>
            <source>X-linked (trio)</source>
            <translation>Lié à l'X (trio)</translation>
        </message>
        <message>
            <source>Carried by the patient</source>
            <translation>Portés par le patient</translation>
        </message>
        <message>
            <source>FILTER is PASS</source>
            <translation>FILTER vaut PASS</translation>
        </message>
        <message>
            <source>Depth ≥ 10 and GQ ≥ 20</source>
            <translation>Profondeur ≥ 10 et GQ ≥ 20</translation>
        </message>
        <message>
            <source>Coding or splice consequence</source>
            <translation>Conséquence codante ou d'épissage</translation>
        </message>
        <message>
            <source>De novo in the trio</source>
            <translation>De novo dans le trio</translation>
        </message>
        <message>
            <source>Homozygous or compound heterozygous</source>
            <translation>Homozygote ou hétérozygote composite</translation>
        </message>
        <message>
            <source>X-linked in the trio</source>
            <translation>Lié à l'X dans le trio</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 %3, %n record(s)</source>
            <translation>
                <numerusform>%1 : %2 %3, %n enregistrement</numerusform>
                <numerusform>%1 : %2 %3, %n enregistrements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s): %1 SNVs, %2 MNVs, %3 indels, %4 structural</source>
            <translation>
                <numerusform>%n variant : %1 SNV, %2 MNV, %3 indels, %4 structuraux</numerusform>
                <numerusform>%n variants : %1 SNV, %2 MNV, %3 indels, %4 structuraux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>genome build: %1; %n sample(s)</source>
            <translation>
                <numerusform>build du génome : %1 ; %n échantillon</numerusform>
                <numerusform>build du génome : %1 ; %n échantillons</numerusform>
            </translation>
        </message>
        <message>
            <source>sample %1: %2, %3</source>
            <translation>échantillon %1 : %2, %3</translation>
        </message>
        <message>
            <source>skipped (%1): %2</source>
            <translation>ignoré (%1) : %2</translation>
        </message>
        <message>
            <source>altered (%1): %2</source>
            <translation>modifié (%1) : %2</translation>
        </message>
        <message>
            <source>trio: child %1, father %2, mother %3</source>
            <translation>trio : enfant %1, père %2, mère %3</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1 : %2</translation>
        </message>
        <message>
            <source>time: %1 ms</source>
            <translation>durée : %1 ms</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>avertissement : %1</translation>
        </message>
        <message>
            <source>reference FASTA not found</source>
            <translation>FASTA de référence introuvable</translation>
        </message>
        <message>
            <source>cannot read or index the reference FASTA (is it a FASTA file, and is its directory writable for the .fai index?)</source>
            <translation>impossible de lire ou d'indexer le FASTA de référence (s'agit-il bien d'un fichier FASTA, et son répertoire est-il accessible en écriture pour l'index .fai ?)</translation>
        </message>
        <message>
            <source>wrong number of columns</source>
            <translation>nombre de colonnes incorrect</translation>
        </message>
        <message>
            <source>invalid contig name</source>
            <translation>nom de contig non valide</translation>
        </message>
        <message>
            <source>contig not declared in the header</source>
            <translation>contig non déclaré dans l'en-tête</translation>
        </message>
        <message>
            <source>invalid INFO or FORMAT field</source>
            <translation>champ INFO ou FORMAT non valide</translation>
        </message>
        <message>
            <source>INFO or FORMAT key not declared in the header</source>
            <translation>clé INFO ou FORMAT non déclarée dans l'en-tête</translation>
        </message>
        <message>
            <source>value out of the range htslib supports</source>
            <translation>valeur hors de la plage prise en charge par htslib</translation>
        </message>
        <message>
            <source>invalid character</source>
            <translation>caractère non valide</translation>
        </message>
        <message>
            <source>malformed record (bad POS, QUAL, allele or field value)</source>
            <translation>enregistrement mal formé (POS, QUAL, allèle ou valeur de champ incorrect)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (the content is not recognised)</source>
            <translation>ce n'est pas un fichier VCF ou BCF (contenu non reconnu)</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (detected: %1)</source>
            <translation>ce n'est pas un fichier VCF ou BCF (détecté : %1)</translation>
        </message>
        <message>
            <source>sample '%1' is not in the file</source>
            <translation>l'échantillon '%1' ne figure pas dans le fichier</translation>
        </message>
        <message>
            <source>cannot select the samples</source>
            <translation>impossible de sélectionner les échantillons</translation>
        </message>
        <message>
            <source>sample name %1 is not valid UTF-8; shown as "%2"</source>
            <translation>le nom d'échantillon %1 n'est pas en UTF-8 valide ; affiché sous la forme "%2"</translation>
        </message>
        <message>
            <source>read error: the file is truncated or its compression is corrupt</source>
            <translation>erreur de lecture : le fichier est tronqué ou sa compression est corrompue</translation>
        </message>
        <message>
            <source>the line contains a NUL byte (binary data)</source>
            <translation>la ligne contient un octet NUL (données binaires)</translation>
        </message>
        <message>
            <source>wrong number of columns: %1 instead of %2</source>
            <translation>nombre de colonnes incorrect : %1 au lieu de %2</translation>
        </message>
        <message>
            <source>POS is not a positive whole number</source>
            <translation>POS n'est pas un nombre entier positif</translation>
        </message>
        <message>
            <source>ALT has an empty allele</source>
            <translation>ALT contient un allèle vide</translation>
        </message>
        <message>
            <source>QUAL is neither '.' nor a number</source>
            <translation>QUAL n'est ni '.' ni un nombre</translation>
        </message>
        <message>
            <source>read error: the BCF file is truncated or corrupt</source>
            <translation>erreur de lecture : le fichier BCF est tronqué ou corrompu</translation>
        </message>
        <message>
            <source>the record cannot be unpacked</source>
            <translation>impossible de décompresser l'enregistrement</translation>
        </message>
        <message>
            <source>REF must consist of the bases A, C, G, T and N</source>
            <translation>REF doit être composé des bases A, C, G, T et N</translation>
        </message>
        <message>
            <source>ALT allele %1 is empty or not a valid allele</source>
            <translation>l'allèle ALT %1 est vide ou n'est pas un allèle valide</translation>
        </message>
        <message numerus="yes">
            <source>GT refers to allele %1, but the record has %n allele(s)</source>
            <translation>
                <numerusform>GT fait référence à l'allèle %1, mais l'enregistrement a %n allèle</numerusform>
                <numerusform>GT fait référence à l'allèle %1, mais l'enregistrement a %n allèles</numerusform>
            </translation>
        </message>
        <message>
            <source>loading was cancelled</source>
            <translation>le chargement a été annulé</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) use INFO or FORMAT keys not declared in the header</source>
            <translation>
                <numerusform>%n enregistrement utilise des clés INFO ou FORMAT non déclarées dans l'en-tête</numerusform>
                <numerusform>%n enregistrements utilisent des clés INFO ou FORMAT non déclarées dans l'en-tête</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) are on contigs not declared in the header</source>
            <translation>
                <numerusform>%n enregistrement se trouve sur des contigs non déclarés dans l'en-tête</numerusform>
                <numerusform>%n enregistrements se trouvent sur des contigs non déclarés dans l'en-tête</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the file is not sorted by position (%n record(s) out of order)</source>
            <translation>
                <numerusform>le fichier n'est pas trié par position (%n enregistrement dans le désordre)</numerusform>
                <numerusform>le fichier n'est pas trié par position (%n enregistrements dans le désordre)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) have a REF that does not match the reference FASTA; they were trimmed but not left-aligned</source>
            <translation>
                <numerusform>%n variant a une REF qui ne correspond pas au FASTA de référence ; il a été rogné mais pas aligné à gauche</numerusform>
                <numerusform>%n variants ont une REF qui ne correspond pas au FASTA de référence ; ils ont été rognés mais pas alignés à gauche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) are on contigs missing from the reference FASTA</source>
            <translation>
                <numerusform>%n variant se trouve sur des contigs absents du FASTA de référence</numerusform>
                <numerusform>%n variants se trouvent sur des contigs absents du FASTA de référence</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) repeat the site and alleles of the record before them with different content; both are kept</source>
            <translation>
                <numerusform>%n enregistrement répète le site et les allèles de l'enregistrement précédent avec un contenu différent ; les deux sont conservés</numerusform>
                <numerusform>%n enregistrements répètent le site et les allèles de l'enregistrement précédent avec un contenu différent ; les deux sont conservés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank line(s) ignored</source>
            <translation>
                <numerusform>%n ligne vide ignorée</numerusform>
                <numerusform>%n lignes vides ignorées</numerusform>
            </translation>
        </message>
        <message>
            <source>the genome build could not be detected from the header</source>
            <translation>le build du génome n'a pas pu être déterminé à partir de l'en-tête</translation>
        </message>
        <message>
            <source>the PED file's trio is not among the file's samples</source>
            <translation>le trio du fichier PED ne figure pas parmi les échantillons du fichier</translation>
        </message>
        <message>
            <source>the connection closed before the answer was complete (%1)</source>
            <translation>la connexion a été fermée avant la fin de la réponse (%1)</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Généticien(ne) clinicien(ne)</translation>
        </message>
        <message>
            <source>no report translation for language "%1"; available: %2</source>
            <translation>aucune traduction du compte rendu pour la langue "%1" ; langues disponibles : %2</translation>
        </message>
        <message>
            <source>Secondary findings were sought under %1, in the categories the patient consented to:</source>
            <translation>Les données secondaires ont été recherchées selon %1, dans les catégories auxquelles le patient a consenti :</translation>
        </message>
        <message>
            <source>wishes to be informed</source>
            <translation>souhaite être informé(e)</translation>
        </message>
        <message>
            <source>does not wish to be informed</source>
            <translation>ne souhaite pas être informé(e)</translation>
        </message>
        <message>
            <source>Report content SHA-256 (FHIR export): %1</source>
            <translation>SHA-256 du contenu du compte rendu (export FHIR) : %1</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in childhood</source>
            <translation>Affections accessibles à une prise en charge, début dans l'enfance</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in adulthood</source>
            <translation>Affections accessibles à une prise en charge, début à l'âge adulte</translation>
        </message>
        <message>
            <source>Carrier status for recessive conditions</source>
            <translation>Statut de porteur pour des maladies récessives</translation>
        </message>
        <message>
            <source>Pharmacogenomic findings</source>
            <translation>Résultats pharmacogénomiques</translation>
        </message>
        <message>
            <source>Late-onset conditions without treatment</source>
            <translation>Maladies à début tardif sans traitement</translation>
        </message>
        <message>
            <source>retrieved %1</source>
            <translation>récupéré le %1</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in the highest population</source>
            <translation>FAF95 ≤ %1% dans la population de fréquence maximale</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in the highest population</source>
            <translation>Fréquence allélique ≤ %1% dans la population de fréquence maximale</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in %2</source>
            <translation>FAF95 ≤ %1% dans %2</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in %2</source>
            <translation>Fréquence allélique ≤ %1% dans %2</translation>
        </message>
        <message>
            <source>the disk is full: no space left (or the file size limit was reached) while %1; the frequency cache was not changed</source>
            <translation>le disque est plein : plus d'espace disponible (ou la limite de taille de fichier a été atteinte) pendant l'opération (%1) ; le cache de fréquences n'a pas été modifié</translation>
        </message>
        <message>
            <source>the sites VCF uses INFO keys its header does not declare; they are not imported</source>
            <translation>le VCF de sites utilise des clés INFO que son en-tête ne déclare pas ; elles ne sont pas importées</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is %1 but the case is %2; import a gene model of the case's build</source>
            <translation>le modèle de gènes de la base de connaissances est en %1 mais le cas est en %2 ; importez un modèle de gènes du même build que le cas</translation>
        </message>
        <message>
            <source>the knowledge base's ClinVar is %1 but the case is %2; import ClinVar of the case's build</source>
            <translation>les données ClinVar de la base de connaissances sont en %1 mais le cas est en %2 ; importez ClinVar dans le même build que le cas</translation>
        </message>
        <message>
            <source>unknown consent category %1</source>
            <translation>catégorie de consentement inconnue %1</translation>
        </message>
        <message>
            <source>"%1" is not an HPO term (HP: and seven digits)</source>
            <translation>"%1" n'est pas un terme HPO (HP: suivi de sept chiffres)</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; presumed biallelic, confirm the phase.</source>
            <translation>%1 présente %2 variants P/LP hétérozygotes : hétérozygotie composite possible, phase inconnue ; biallélique présumé, confirmez la phase.</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; the policy asks for review.</source>
            <translation>%1 présente %2 variants P/LP hétérozygotes : hétérozygotie composite possible, phase inconnue ; la politique exige une revue.</translation>
        </message>
        <message>
            <source>The indication describes the phenotype (%1) but names no genes, so no finding is primary; %2 is a secondary finding.</source>
            <translation>L'indication décrit le phénotype (%1) sans citer de gène ; aucun résultat n'est donc principal ; %2 est une donnée secondaire.</translation>
        </message>
        <message>
            <source>the start of the keyed entries is missing or fails the keyed check (HMAC)</source>
            <translation>le début des entrées protégées par clé est manquant ou ne passe pas le contrôle par clé (HMAC)</translation>
        </message>
        <message>
            <source>entry %1 fails the keyed check (HMAC): it was written or rewritten without the case database key</source>
            <translation>l'entrée %1 ne passe pas le contrôle par clé (HMAC) : elle a été écrite ou réécrite sans la clé de la base de données des cas</translation>
        </message>
        <message>
            <source>entries from %1 on are missing: the log was truncated</source>
            <translation>les entrées à partir de %1 sont manquantes : le journal a été tronqué</translation>
        </message>
        <message>
            <source>the recorded end of the log (entry %1) fails the keyed check (HMAC): entries were cut off or rewritten</source>
            <translation>la fin enregistrée du journal (entrée %1) ne passe pas le contrôle par clé (HMAC) : des entrées ont été tronquées ou réécrites</translation>
        </message>
        <message>
            <source>no key for the audit log</source>
            <translation>aucune clé pour le journal d'audit</translation>
        </message>
        <message>
            <source>the record's INFO cannot be unpacked</source>
            <translation>impossible de décoder le champ INFO de l'enregistrement</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a per-allele INFO field (Number=A or R) with the wrong number of values; those values were not kept</source>
            <translation>
                <numerusform>%n enregistrement a un champ INFO par allèle (Number=A ou R) avec un nombre de valeurs incorrect ; ces valeurs n'ont pas été conservées</numerusform>
                <numerusform>%n enregistrements ont un champ INFO par allèle (Number=A ou R) avec un nombre de valeurs incorrect ; ces valeurs n'ont pas été conservées</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>SHA-256 %1, public key SHA-256 %2</source>
            <translation>SHA-256 %1, clé publique SHA-256 %2</translation>
        </message>
        <message>
            <source>TLS: the certificate of node %1 does not match its pinned SHA-256 (pinned %2; the node presented certificate %3). The connection was refused.</source>
            <translation>TLS : le certificat du nœud %1 ne correspond pas à son SHA-256 épinglé (épinglé : %2 ; certificat présenté par le nœud : %3). La connexion a été refusée.</translation>
        </message>
        <message>
            <source>The frequency cache does not exist.</source>
            <translation>Le cache de fréquences n'existe pas.</translation>
        </message>
        <message>
            <source>Cannot open the frequency cache: %1</source>
            <translation>Impossible d'ouvrir le cache de fréquences : %1</translation>
        </message>
        <message>
            <source>Cannot create the table of Beacon fetch times</source>
            <translation>Impossible de créer la table des dates de récupération Beacon</translation>
        </message>
        <message>
            <source>Not a frequency cache: %1</source>
            <translation>Ce n'est pas un cache de fréquences : %1</translation>
        </message>
        <message>
            <source>The frequency cache was opened read-only.</source>
            <translation>Le cache de fréquences a été ouvert en lecture seule.</translation>
        </message>
        <message>
            <source>Cannot record the Beacon fetch times</source>
            <translation>Impossible d'enregistrer les dates de récupération Beacon</translation>
        </message>
        <message>
            <source>Cannot remove the Beacon fetch times</source>
            <translation>Impossible de supprimer les dates de récupération Beacon</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>à l'instant</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>il y a %n minute</numerusform>
                <numerusform>il y a %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>il y a %n heure</numerusform>
                <numerusform>il y a %n heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>"maxAgeDays" must be 0 ... 3650.</source>
            <translation>"maxAgeDays" doit être compris entre 0 et 3650.</translation>
        </message>
        <message>
            <source>Cannot create the folder.</source>
            <translation>Impossible de créer le dossier.</translation>
        </message>
        <message>
            <source>Node "%1" needs a token or password of one line.</source>
            <translation>Le nœud "%1" nécessite un jeton ou un mot de passe d'une seule ligne.</translation>
        </message>
        <message>
            <source>Cannot write the token file.</source>
            <translation>Impossible d'écrire le fichier de jeton.</translation>
        </message>
        <message>
            <source>Cannot write the node list.</source>
            <translation>Impossible d'écrire la liste des nœuds.</translation>
        </message>
        <message>
            <source>The request headers are larger than %1 bytes.</source>
            <translation>Les en-têtes de la requête dépassent %1 octets.</translation>
        </message>
        <message>
            <source>A chunk header is too long.</source>
            <translation>Un en-tête de chunk est trop long.</translation>
        </message>
        <message>
            <source>A chunk size is not a number.</source>
            <translation>Une taille de chunk n'est pas un nombre.</translation>
        </message>
        <message>
            <source>The Content-Length header is not a number.</source>
            <translation>L'en-tête Content-Length n'est pas un nombre.</translation>
        </message>
        <message>
            <source>bad sum column</source>
            <translation>colonne de sommes incorrecte</translation>
        </message>
        <message>
            <source>unknown integer coding %1</source>
            <translation>codage d'entiers inconnu %1</translation>
        </message>
        <message>
            <source>upgrading the format</source>
            <translation>mise à niveau du format</translation>
        </message>
        <message>
            <source>could not write the case database (disk full or I/O error: %1); this change was not saved, earlier changes are intact</source>
            <translation>impossible d'écrire dans la base de données des cas (disque plein ou erreur d'E/S : %1) ; cette modification n'a pas été enregistrée, les modifications précédentes sont intactes</translation>
        </message>
        <message>
            <source>the case database is locked by another program (%1); this change was not saved, try again</source>
            <translation>la base de données des cas est verrouillée par un autre programme (%1) ; cette modification n'a pas été enregistrée, réessayez</translation>
        </message>
        <message>
            <source>the case database is read-only (%1); this change was not saved</source>
            <translation>la base de données des cas est en lecture seule (%1) ; cette modification n'a pas été enregistrée</translation>
        </message>
        <message>
            <source>the case database is read-only (%1): ask IT for write access to the file and its folder</source>
            <translation>la base de données des cas est en lecture seule (%1) : demandez au service informatique un accès en écriture au fichier et à son dossier</translation>
        </message>
        <message numerus="yes">
            <source>HTTP %1: the node asked to wait %n second(s)</source>
            <translation>
                <numerusform>HTTP %1 : le nœud a demandé d’attendre %n seconde</numerusform>
                <numerusform>HTTP %1 : le nœud a demandé d’attendre %n secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>The request headers did not arrive within %1 ms.</source>
            <translation>Les en-têtes de la requête ne sont pas arrivés en %1 ms.</translation>
        </message>
        <message>
            <source>The request body did not arrive within %1 ms.</source>
            <translation>Le corps de la requête n’est pas arrivé en %1 ms.</translation>
        </message>
        <message>
            <source>The server has too many open connections; try again later.</source>
            <translation>Le serveur a trop de connexions ouvertes ; réessayez plus tard.</translation>
        </message>
        <message>
            <source>Too many open connections from your address; at most %1.</source>
            <translation>Trop de connexions ouvertes depuis votre adresse ; au plus %1.</translation>
        </message>
        <message numerus="yes">
            <source>Too many requests; retry after %n second(s).</source>
            <translation>
                <numerusform>Trop de requêtes ; réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de requêtes ; réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/PL (Number=G) with the wrong number of values for the genotype's ploidy and alleles; PL was not kept for those calls</source>
            <translation>
                <numerusform>%n enregistrement a un FORMAT/PL (Number=G) dont le nombre de valeurs ne correspond pas à la ploïdie et aux allèles du génotype ; PL n’a pas été conservé pour ces appels</numerusform>
                <numerusform>%n enregistrements ont un FORMAT/PL (Number=G) dont le nombre de valeurs ne correspond pas à la ploïdie et aux allèles du génotype ; PL n’a pas été conservé pour ces appels</numerusform>
            </translation>
        </message>
        <message>
            <source>note (%1): %2</source>
            <translation>remarque (%1) : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/AD with the wrong number of values (one per allele, REF first); AD was not kept for those calls</source>
            <translation>
                <numerusform>%n enregistrement a un FORMAT/AD dont le nombre de valeurs est incorrect (une par allèle, REF en premier) ; AD n’a pas été conservé pour ces appels</numerusform>
                <numerusform>%n enregistrements ont un FORMAT/AD dont le nombre de valeurs est incorrect (une par allèle, REF en premier) ; AD n’a pas été conservé pour ces appels</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the transcripts was cancelled.</source>
            <translation>La lecture des transcrits a été annulée.</translation>
        </message>
        <message>
            <source>MANE Select first, then the canonical transcript, then the most severe consequence, then protein-coding, then file order</source>
            <translation>d’abord MANE Select, puis le transcrit canonique, puis la conséquence la plus sévère, puis codant pour une protéine, puis l’ordre du fichier</translation>
        </message>
        <message>
            <source>The variant file is no longer there; its transcripts cannot be read.</source>
            <translation>Le fichier de variants n’existe plus ; ses transcrits ne peuvent pas être lus.</translation>
        </message>
        <message>
            <source>The variant file has changed since the case was loaded; open the case again to see its transcripts.</source>
            <translation>Le fichier de variants a changé depuis le chargement du cas ; rouvrez le cas pour voir ses transcrits.</translation>
        </message>
        <message>
            <source>The variant file cannot be opened to read its transcripts.</source>
            <translation>Le fichier de variants ne peut pas être ouvert pour lire ses transcrits.</translation>
        </message>
        <message>
            <source>The file is not a VCF or BCF file.</source>
            <translation>Le fichier n’est pas un fichier VCF ou BCF.</translation>
        </message>
        <message>
            <source>The header of the variant file cannot be read.</source>
            <translation>L’en-tête du fichier de variants ne peut pas être lu.</translation>
        </message>
        <message>
            <source>The variant file has no VEP (CSQ) or SnpEff (ANN) annotation in its header, so it lists no transcripts.</source>
            <translation>L’en-tête du fichier de variants ne contient pas d’annotation VEP (CSQ) ni SnpEff (ANN) ; il ne liste donc aucun transcrit.</translation>
        </message>
        <message>
            <source>The variant was not found in the variant file; its transcripts cannot be shown.</source>
            <translation>Le variant est introuvable dans le fichier de variants ; ses transcrits ne peuvent pas être affichés.</translation>
        </message>
        <message>
            <source>The variant file could not be read to the end of the region of the variant.</source>
            <translation>Le fichier de variants n’a pas pu être lu jusqu’à la fin de la région du variant.</translation>
        </message>
        <message>
            <source>The variant file could not be read to its end.</source>
            <translation>Le fichier de variants n’a pas pu être lu jusqu’à sa fin.</translation>
        </message>
        <message>
            <source>truncated header</source>
            <translation>en-tête tronqué</translation>
        </message>
        <message>
            <source>checksum mismatch</source>
            <translation>somme de contrôle incorrecte</translation>
        </message>
        <message>
            <source>bad integer column</source>
            <translation>colonne d’entiers invalide</translation>
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
            <translation>Délétion</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complexe</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Structurel</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>référence</translation>
        </message>
        <message>
            <source>heterozygous (with other ALT)</source>
            <translation>hétérozygote (avec un autre ALT)</translation>
        </message>
        <message>
            <source>other ALT only</source>
            <translation>autre ALT uniquement</translation>
        </message>
        <message>
            <source>a chunk of the frequency cache is corrupt (%1); import that source again, or restore the cache file from a backup</source>
            <translation>un bloc du cache de fréquences est corrompu (%1) ; importez de nouveau cette source ou restaurez le fichier du cache depuis une sauvegarde</translation>
        </message>
        <message>
            <source>the BCF header is damaged: it declares %1 bytes (at most %2 are accepted); write the BCF again from its source</source>
            <translation>l'en-tête BCF est endommagé : il annonce %1 octets (au plus %2 sont acceptés) ; réécrivez le fichier BCF depuis sa source</translation>
        </message>
        <message>
            <source>no source of the caches has the field(s) %1; their fields are %2</source>
            <translation>aucune source des caches n'a le ou les champs %1 ; leurs champs sont %2</translation>
        </message>
    </context>
    <context>
        <name>Core::Tr</name>
        <message>
            <source>Clinical geneticist</source>
            <translation>Généticien(ne) clinicien(ne)</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogDialog</name>
        <message>
            <source>Audit Log — %1</source>
            <translation>Journal d'audit — %1</translation>
        </message>
        <message numerus="yes">
            <source>✔ Audit chain intact: %n entry(ies) verified.</source>
            <translation>
                <numerusform>✔ Chaîne d'audit intacte : %n entrée vérifiée.</numerusform>
                <numerusform>✔ Chaîne d'audit intacte : %n entrées vérifiées.</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ AUDIT CHAIN BROKEN at entry %1: %2</source>
            <translation>✘ CHAÎNE D'AUDIT ROMPUE à l'entrée %1 : %2</translation>
        </message>
        <message>
            <source>Filter (user, action, entity)</source>
            <translation>Filtre (utilisateur, action, entité)</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogModel</name>
        <message>
            <source>%1 (first bad entry)</source>
            <translation>%1 (première entrée invalide)</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Entité</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseListModel</name>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Relu</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signé</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseSidebar</name>
        <message>
            <source>Cases</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>Filter cases (id, patient, status)</source>
            <translation>Filtrer les cas (identifiant, patient, statut)</translation>
        </message>
        <message>
            <source>No case database is open.</source>
            <translation>Aucune base de données des cas n'est ouverte.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n case(s)</source>
            <translation>
                <numerusform>%1 — %n cas</numerusform>
                <numerusform>%1 — %n cas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseStoreClient</name>
        <message>
            <source>Case database %1:
%2</source>
            <translation>Base de données des cas %1 :
%2</translation>
        </message>
        <message>
            <source>Open Case Database</source>
            <translation>Ouvrir une base de données des cas</translation>
        </message>
        <message>
            <source>Case databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de données des cas (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Passphrase of %1:</source>
            <translation>Phrase secrète de %1 :</translation>
        </message>
        <message>
            <source>Case database %1 cannot be opened:
%2</source>
            <translation>Impossible d'ouvrir la base de données des cas %1 :
%2</translation>
        </message>
        <message>
            <source>Log In</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Log in to %1.</source>
            <translation>Connectez-vous à %1.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>%1
Password of %2:</source>
            <translation>%1
Mot de passe de %2 :</translation>
        </message>
    </context>
    <context>
        <name>Gui::DetailPane</name>
        <message>
            <source>Policy decision (%1)</source>
            <translation>Décision de la politique (%1)</translation>
        </message>
        <message>
            <source>The patient does not carry this allele, so the policy does not judge it.</source>
            <translation>Le patient ne porte pas cet allèle ; la politique ne l'évalue donc pas.</translation>
        </message>
        <message>
            <source>Laboratory classification</source>
            <translation>Classification du laboratoire</translation>
        </message>
        <message>
            <source>not classified yet</source>
            <translation>pas encore classé</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar (or no knowledge base)</source>
            <translation>absent de ClinVar (ou pas de base de connaissances)</translation>
        </message>
        <message>
            <source>Highest population AF</source>
            <translation>AF maximale en population</translation>
        </message>
        <message>
            <source>no frequency data for this site</source>
            <translation>aucune donnée de fréquence pour cette position</translation>
        </message>
        <message>
            <source>Population frequencies</source>
            <translation>Fréquences en population</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Homozygotes</source>
            <translation>Homozygotes</translation>
        </message>
        <message>
            <source>not found (the source covers this region)</source>
            <translation>non trouvé (la source couvre cette région)</translation>
        </message>
        <message>
            <source>no data for this region</source>
            <translation>aucune donnée pour cette région</translation>
        </message>
        <message>
            <source>Open in IGV</source>
            <translation>Ouvrir dans IGV</translation>
        </message>
        <message>
            <source>Population frequencies chart</source>
            <translation>Graphique des fréquences en population</translation>
        </message>
        <message>
            <source>Shows this position in a running IGV (batch port, 127.0.0.1)</source>
            <translation>Affiche cette position dans IGV en cours d'exécution (port batch, 127.0.0.1)</translation>
        </message>
        <message>
            <source>region fetched %1 (%2)</source>
            <translation>région récupérée %1 (%2)</translation>
        </message>
        <message>
            <source>fetch time of this region unknown; source retrieved %1</source>
            <translation>date de récupération de cette région inconnue ; source récupérée %1</translation>
        </message>
        <message>
            <source>fetch time unknown</source>
            <translation>date de récupération inconnue</translation>
        </message>
        <message>
            <source>retrieval time unknown</source>
            <translation>date d'obtention inconnue</translation>
        </message>
        <message>
            <source>retrieved %1 (%2)</source>
            <translation>récupérée %1 (%2)</translation>
        </message>
        <message>
            <source>Allele frequency per population (‰)</source>
            <translation>Fréquence allélique par population (‰)</translation>
        </message>
        <message>
            <source>No frequency cache is configured for this case.</source>
            <translation>Aucun cache de fréquences n'est configuré pour ce cas.</translation>
        </message>
        <message>
            <source>%1: not found (the source covers this region)</source>
            <translation>%1 : non trouvé (la source couvre cette région)</translation>
        </message>
        <message>
            <source>%1: no data for this region</source>
            <translation>%1 : aucune donnée pour cette région</translation>
        </message>
        <message>
            <source>AF (‰)</source>
            <translation>AF (‰)</translation>
        </message>
        <message>
            <source>No population frequencies for this variant.</source>
            <translation>Aucune fréquence en population pour ce variant.</translation>
        </message>
        <message>
            <source>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, homozygotes %8
%9</source>
            <translation>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, homozygotes %8
%9</translation>
        </message>
        <message>
            <source>Sending %1 to IGV…</source>
            <translation>Envoi de %1 à IGV…</translation>
        </message>
        <message>
            <source>Sent %1 to IGV.</source>
            <translation>%1 envoyé à IGV.</translation>
        </message>
        <message>
            <source>IGV is not running (nothing listens on port %1). Start IGV and enable its batch port (View &gt; Preferences &gt; Advanced).</source>
            <translation>IGV n'est pas lancé (rien n'écoute sur le port %1). Démarrez IGV et activez son port batch (View &gt; Preferences &gt; Advanced).</translation>
        </message>
        <message>
            <source>Could not reach IGV on port %1: %2</source>
            <translation>Impossible de joindre IGV sur le port %1 : %2</translation>
        </message>
        <message>
            <source>%1, phased</source>
            <translation>%1, phasé</translation>
        </message>
        <message>
            <source>%1, phased without a phase set (phase unknown)</source>
            <translation>%1, phasé sans ensemble de phase (phase inconnue)</translation>
        </message>
        <message>
            <source>%1, phased (PS %2)</source>
            <translation>%1, phasé (PS %2)</translation>
        </message>
        <message>
            <source>Select a variant to see its details.</source>
            <translation>Sélectionnez un variant pour en afficher les détails.</translation>
        </message>
        <message>
            <source>Variant key</source>
            <translation>Clé du variant</translation>
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
            <translation>issu de la scission d'un enregistrement multiallélique</translation>
        </message>
        <message>
            <source>shared bases trimmed</source>
            <translation>bases communes rognées</translation>
        </message>
        <message>
            <source>left-aligned against the reference</source>
            <translation>aligné à gauche sur la référence</translation>
        </message>
        <message>
            <source>Changed on load</source>
            <translation>Modifié au chargement</translation>
        </message>
        <message>
            <source>no — as written in the file</source>
            <translation>non — tel qu'écrit dans le fichier</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gène</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transcrit</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Conséquence</translation>
        </message>
        <message>
            <source>HGVS</source>
            <translation>HGVS</translation>
        </message>
        <message>
            <source>Annotation source</source>
            <translation>Source d'annotation</translation>
        </message>
        <message>
            <source>from the input file (VEP/SnpEff), transcript picked by the documented rule</source>
            <translation>issue du fichier d'entrée (VEP/SnpEff), transcrit choisi selon la règle documentée</translation>
        </message>
        <message>
            <source>INFO of this allele</source>
            <translation>INFO de cet allèle</translation>
        </message>
        <message>
            <source>Segregation in the trio</source>
            <translation>Ségrégation dans le trio</translation>
        </message>
        <message>
            <source>nothing notable</source>
            <translation>rien de notable</translation>
        </message>
        <message>
            <source>Genotypes</source>
            <translation>Génotypes</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Échantillon</translation>
        </message>
        <message>
            <source>Genotype</source>
            <translation>Génotype</translation>
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
            <translation>AD réf/alt</translation>
        </message>
        <message>
            <source>Allele balance</source>
            <translation>Équilibre allélique</translation>
        </message>
        <message>
            <source>Age of the data: %1</source>
            <translation>Âge des données : %1</translation>
        </message>
        <message>
            <source>PL</source>
            <translation>PL</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Vraisemblances des génotypes en échelle Phred (FORMAT/PL) de 0/0, 0/1 et 1/1 pour cet allèle ALT (0 et 1 pour un appel haploïde)</translation>
        </message>
        <message>
            <source>Transcripts</source>
            <translation>Transcrits</translation>
        </message>
        <message>
            <source>Reading transcripts…</source>
            <translation>Lecture des transcrits…</translation>
        </message>
        <message>
            <source>The transcripts cannot be shown: %1</source>
            <translation>Les transcrits ne peuvent pas être affichés : %1</translation>
        </message>
        <message>
            <source>The file lists no transcripts for this allele.</source>
            <translation>Le fichier ne liste aucun transcrit pour cet allèle.</translation>
        </message>
        <message numerus="yes">
            <source>%n transcript(s) from %1 (%2 field). The picked one, shown in the variant table, is chosen by this rule: %3.</source>
            <translation>
                <numerusform>%n transcrit de %1 (champ %2). Celui retenu, affiché dans le tableau des variants, est choisi selon cette règle : %3.</numerusform>
                <numerusform>%n transcrits de %1 (champ %2). Celui retenu, affiché dans le tableau des variants, est choisi selon cette règle : %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Consequence (impact)</source>
            <translation>Conséquence (impact)</translation>
        </message>
        <message>
            <source>HGVS c./p.</source>
            <translation>HGVS c./p.</translation>
        </message>
        <message>
            <source>picked</source>
            <translation>retenu</translation>
        </message>
        <message>
            <source>MANE Select</source>
            <translation>MANE Select</translation>
        </message>
        <message>
            <source>canonical</source>
            <translation>canonique</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Indexing the variant file for transcript lookups (first time only): %1 %</source>
            <translation>Indexation du fichier de variants pour la recherche des transcrits (la première fois seulement) : %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n review star(s)</source>
            <translation>
                <numerusform>%1, %n étoile de revue</numerusform>
                <numerusform>%1, %n étoiles de revue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::FilterPanel</name>
        <message>
            <source>e.g. BRCA1, BRCA2, TP53</source>
            <translation>p. ex. BRCA1, BRCA2, TP53</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Retirés</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Préréglage :</translation>
        </message>
        <message>
            <source>&amp;Genes:</source>
            <translation>&amp;Gènes :</translation>
        </message>
        <message>
            <source>Filter cascade:</source>
            <translation>Cascade de filtres :</translation>
        </message>
        <message>
            <source>In the genes %1</source>
            <translation>Dans les gènes %1</translation>
        </message>
        <message>
            <source>%1 before, %2 after</source>
            <translation>%1 avant, %2 après</translation>
        </message>
        <message>
            <source>%1 of %2 variants shown</source>
            <translation>%1 variants affichés sur %2</translation>
        </message>
        <message>
            <source>In the policy's genes</source>
            <translation>Dans les gènes de la politique</translation>
        </message>
        <message>
            <source>Only the policy's genes (e.g. ACMG SF)</source>
            <translation>Uniquement les gènes de la politique (p. ex. ACMG SF)</translation>
        </message>
        <message>
            <source>Only policy findings (reported, withheld or to review)</source>
            <translation>Uniquement les résultats relevant de la politique (rapportés, non communiqués ou à revoir)</translation>
        </message>
        <message>
            <source>Highest population (as grpmax)</source>
            <translation>Population de fréquence maximale (comme grpmax)</translation>
        </message>
        <message>
            <source>all (whole source)</source>
            <translation>toutes (source entière)</translation>
        </message>
        <message>
            <source>highest population</source>
            <translation>population de fréquence maximale</translation>
        </message>
        <message>
            <source>depth ≥ %1</source>
            <translation>profondeur ≥ %1</translation>
        </message>
        <message>
            <source>GQ ≥ %1</source>
            <translation>GQ ≥ %1</translation>
        </message>
        <message>
            <source>allele balance ≥ %1%</source>
            <translation>équilibre allélique ≥ %1%</translation>
        </message>
        <message>
            <source>Quality: %1</source>
            <translation>Qualité : %1</translation>
        </message>
        <message>
            <source>%1 — not applied: no frequency cache for this case</source>
            <translation>%1 — non appliqué : aucun cache de fréquences pour ce cas</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic</source>
            <translation>ClinVar pathogène ou probablement pathogène</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic — no variant of this case is in ClinVar (or no knowledge base is used)</source>
            <translation>ClinVar pathogène ou probablement pathogène — aucun variant de ce cas ne figure dans ClinVar (ou aucune base de connaissances n'est utilisée)</translation>
        </message>
        <message>
            <source>Reported, withheld or to review by the policy</source>
            <translation>Rapporté, non communiqué ou à revoir selon la politique</translation>
        </message>
        <message>
            <source>Saved filter sets…</source>
            <translation>Jeux de filtres enregistrés…</translation>
        </message>
        <message>
            <source>Save Filter Set</source>
            <translation>Enregistrer le jeu de filtres</translation>
        </message>
        <message>
            <source>Name of the filter set (saved for you on this computer):</source>
            <translation>Nom du jeu de filtres (enregistré pour vous sur cet ordinateur) :</translation>
        </message>
        <message>
            <source>Saved:</source>
            <translation>Enregistrés :</translation>
        </message>
        <message>
            <source>&amp;Consequence:</source>
            <translation>Co&amp;nséquence :</translation>
        </message>
        <message>
            <source>At &amp;most:</source>
            <translation>&amp;Maximum :</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>Dans :</translation>
        </message>
        <message>
            <source>Depth ≥</source>
            <translation>Profondeur ≥</translation>
        </message>
        <message>
            <source>GQ ≥</source>
            <translation>GQ ≥</translation>
        </message>
        <message>
            <source>Allele balance ≥</source>
            <translation>Équilibre allélique ≥</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <source>Save these filter choices under a name</source>
            <translation>Enregistrer ces choix de filtres sous un nom</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the chosen saved filter set</source>
            <translation>Supprimer le jeu de filtres enregistré sélectionné</translation>
        </message>
        <message>
            <source>Population allele frequency</source>
            <translation>Fréquence allélique en population</translation>
        </message>
        <message>
            <source>Use FAF95 where the source has it</source>
            <translation>Utiliser la FAF95 lorsque la source la fournit</translation>
        </message>
        <message>
            <source>Genotype quality of the patient</source>
            <translation>Qualité du génotype du patient</translation>
        </message>
        <message>
            <source>Any consequence</source>
            <translation>Toute conséquence</translation>
        </message>
        <message>
            <source>Coding or splice region</source>
            <translation>Région codante ou d'épissage</translation>
        </message>
        <message>
            <source>Protein-altering (missense, in-frame, LoF)</source>
            <translation>Modifiant la protéine (faux-sens, en phase, LoF)</translation>
        </message>
        <message>
            <source>Loss of function (stop, frameshift, splice site)</source>
            <translation>Perte de fonction (stop, décalage du cadre de lecture, site d'épissage)</translation>
        </message>
        <message>
            <source>Only ClinVar pathogenic or likely pathogenic</source>
            <translation>Uniquement ClinVar pathogène ou probablement pathogène</translation>
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
            <translation>Filtres</translation>
        </message>
        <message>
            <source>Variant details</source>
            <translation>Détails du variant</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Annuler le chargement</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open variants</source>
            <translation>Ouvrir des variants</translation>
        </message>
        <message>
            <source>Variant files (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;All files (*)</source>
            <translation>Fichiers de variants (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Fichiers &amp;récents</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Copy Rows</source>
            <translation>&amp;Copier les lignes</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Tout sélectionner</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Cas</translation>
        </message>
        <message>
            <source>&amp;Load Report…</source>
            <translation>Charger un compte &amp;rendu…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>O&amp;utils</translation>
        </message>
        <message>
            <source>&amp;Quality Control…</source>
            <translation>Contrôle &amp;qualité…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About GenomeDesk</source>
            <translation>À &amp;propos de GenomeDesk</translation>
        </message>
        <message>
            <source>A file is already loading.</source>
            <translation>Un fichier est déjà en cours de chargement.</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Chargement de %1…</translation>
        </message>
        <message>
            <source>Loading cancelled.</source>
            <translation>Chargement annulé.</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Impossible d'ouvrir le fichier</translation>
        </message>
        <message>
            <source>%1 — GenomeDesk</source>
            <translation>%1 — GenomeDesk</translation>
        </message>
        <message>
            <source>Open a VCF or BCF file (File → Open, or drop it here).</source>
            <translation>Ouvrez un fichier VCF ou BCF (Fichier → Ouvrir, ou déposez-le ici).</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n variant(s) shown</source>
            <translation>
                <numerusform>%1 variant affiché sur %n</numerusform>
                <numerusform>%1 variants affichés sur %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sample(s)</source>
            <translation>
                <numerusform>%n échantillon</numerusform>
                <numerusform>%n échantillons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n ignoré</numerusform>
                <numerusform>%n ignorés</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Compte rendu enregistré dans %1</translation>
        </message>
        <message>
            <source>Cannot write report</source>
            <translation>Impossible d'écrire le compte rendu</translation>
        </message>
        <message>
            <source>Load report</source>
            <translation>Charger un compte rendu</translation>
        </message>
        <message>
            <source>About GenomeDesk</source>
            <translation>À propos de GenomeDesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Clinical genomics case review with federated European allele frequencies.&lt;/p&gt;</source>
            <translation>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Revue de cas en génomique clinique avec fréquences alléliques européennes fédérées.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Write Report…</source>
            <translation>&amp;Générer le compte rendu…</translation>
        </message>
        <message>
            <source>Patient &amp;Consent…</source>
            <translation>&amp;Consentement du patient…</translation>
        </message>
        <message>
            <source>&amp;Indication Genes…</source>
            <translation>Gènes de l'&amp;indication…</translation>
        </message>
        <message>
            <source>&amp;Frequency Caches…</source>
            <translation>Caches de &amp;fréquences…</translation>
        </message>
        <message>
            <source>%1: %2 primary, %3 secondary, %4 to review</source>
            <translation>%1 : résultats principaux %2, données secondaires %3, à revoir %4</translation>
        </message>
        <message>
            <source>The policy cannot be applied: %1</source>
            <translation>Impossible d'appliquer la politique : %1</translation>
        </message>
        <message>
            <source>Patient consent</source>
            <translation>Consentement du patient</translation>
        </message>
        <message>
            <source>Which secondary findings does the patient wish to receive under %1?</source>
            <translation>Quelles données secondaires le patient souhaite-t-il recevoir selon %1 ?</translation>
        </message>
        <message>
            <source>Not recorded (reported: the policy is opt-out)</source>
            <translation>Non enregistré (rapporté : la politique suit le modèle opt-out)</translation>
        </message>
        <message>
            <source>Not recorded (not reported: the policy is opt-in)</source>
            <translation>Non enregistré (non rapporté : la politique suit le modèle opt-in)</translation>
        </message>
        <message>
            <source>Wishes to be informed</source>
            <translation>Souhaite être informé(e)</translation>
        </message>
        <message>
            <source>Does not wish to be informed</source>
            <translation>Ne souhaite pas être informé(e)</translation>
        </message>
        <message>
            <source>The patient is a minor</source>
            <translation>Le patient est mineur</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Enregistré par</translation>
        </message>
        <message>
            <source>Indication genes</source>
            <translation>Gènes de l'indication</translation>
        </message>
        <message>
            <source>HGNC symbols separated by spaces, commas or lines</source>
            <translation>Symboles HGNC séparés par des espaces, des virgules ou des retours à la ligne</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Indication</translation>
        </message>
        <message>
            <source>Genes</source>
            <translation>Gènes</translation>
        </message>
        <message>
            <source>Frequency caches</source>
            <translation>Caches de fréquences</translation>
        </message>
        <message>
            <source>Frequency caches (*.gdfreq)</source>
            <translation>Caches de fréquences (*.gdfreq)</translation>
        </message>
        <message>
            <source>Write report</source>
            <translation>Générer le compte rendu</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Langue du compte rendu</translation>
        </message>
        <message>
            <source>Also HTML</source>
            <translation>Également en HTML</translation>
        </message>
        <message>
            <source>Also FHIR Genomics Reporting (JSON)</source>
            <translation>Également en FHIR Genomics Reporting (JSON)</translation>
        </message>
        <message>
            <source>Also GA4GH Phenopacket (JSON)</source>
            <translation>Également en GA4GH Phenopacket (JSON)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Génération du compte rendu…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>System Default</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>System settings</source>
            <translation>Paramètres système</translation>
        </message>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>Le cas n'a pas encore été évalué.</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>A&amp;perçu…</translation>
        </message>
        <message>
            <source>Shows the report as it will be printed, in the chosen language</source>
            <translation>Affiche le compte rendu tel qu'il sera imprimé, dans la langue choisie</translation>
        </message>
        <message>
            <source>(computed when the report is written)</source>
            <translation>(calculé lors de la génération du compte rendu)</translation>
        </message>
        <message>
            <source>Case %1: its variant file %2 is not on this computer.</source>
            <translation>Cas %1 : son fichier de variants %2 ne se trouve pas sur cet ordinateur.</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>impossible de créer le dossier %1</translation>
        </message>
        <message>
            <source>cannot save the screenshot %1</source>
            <translation>impossible d'enregistrer la capture d'écran %1</translation>
        </message>
        <message>
            <source>the file has changed since the case was created: its SHA-256 is %1, the case recorded %2</source>
            <translation>le fichier a été modifié depuis la création du cas : son SHA-256 est %1, le cas a enregistré %2</translation>
        </message>
        <message>
            <source>Data sources of the open case</source>
            <translation>Sources de données du cas ouvert</translation>
        </message>
        <message>
            <source>Policy %1 %2 (checksum %3)</source>
            <translation>Politique %1 %2 (somme de contrôle %3)</translation>
        </message>
        <message>
            <source>No case is evaluated yet.</source>
            <translation>Aucun cas n'est encore évalué.</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliothèques</translation>
        </message>
        <message>
            <source>Frequency &amp;Nodes…</source>
            <translation>&amp;Nœuds de fréquences…</translation>
        </message>
        <message>
            <source>S&amp;ync Frequencies…</source>
            <translation>&amp;Synchroniser les fréquences…</translation>
        </message>
        <message>
            <source>the report preview could not be rendered: %1</source>
            <translation>l'aperçu du compte rendu n'a pas pu être mis en page : %1</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>Filtrage…</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>Tri…</translation>
        </message>
        <message>
            <source>Table &amp;Columns</source>
            <translation>&amp;Colonnes du tableau</translation>
        </message>
        <message>
            <source>Cancel filtering</source>
            <translation>Annuler le filtrage</translation>
        </message>
        <message>
            <source>Cancel sorting</source>
            <translation>Annuler le tri</translation>
        </message>
        <message>
            <source>Cancel filtering (Esc)</source>
            <translation>Annuler le filtrage (Échap)</translation>
        </message>
        <message>
            <source>Cancel sorting (Esc)</source>
            <translation>Annuler le tri (Échap)</translation>
        </message>
        <message>
            <source>Filtering cancelled: the table and the filter panel show the previous filter.</source>
            <translation>Filtrage annulé : le tableau et le panneau des filtres affichent le filtre précédent.</translation>
        </message>
        <message>
            <source>Sorting cancelled: the table keeps its previous order.</source>
            <translation>Tri annulé : le tableau garde son ordre précédent.</translation>
        </message>
        <message>
            <source>Genotype (each sample)</source>
            <translation>Génotype (chaque échantillon)</translation>
        </message>
        <message>
            <source>DP — read depth (each sample)</source>
            <translation>DP — profondeur de lecture (chaque échantillon)</translation>
        </message>
        <message>
            <source>GQ — genotype quality (each sample)</source>
            <translation>GQ — qualité du génotype (chaque échantillon)</translation>
        </message>
        <message>
            <source>AB — allele balance (each sample)</source>
            <translation>AB — équilibre allélique (chaque échantillon)</translation>
        </message>
        <message>
            <source>PL — genotype likelihoods (each sample)</source>
            <translation>PL — vraisemblances des génotypes (chaque échantillon)</translation>
        </message>
        <message>
            <source>The open file has no FORMAT/PL.</source>
            <translation>Le fichier ouvert n’a pas de FORMAT/PL.</translation>
        </message>
    </context>
    <context>
        <name>Gui::NodesDialog</name>
        <message>
            <source>Frequency Nodes</source>
            <translation>Nœuds de fréquences</translation>
        </message>
        <message>
            <source>The node list is locked by your IT department: its nodes are shown read-only and no node can be added.</source>
            <translation>La liste des nœuds est verrouillée par votre service informatique : ses nœuds sont affichés en lecture seule et aucun nœud ne peut être ajouté.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>1-64 letters, digits, '.', '_' or '-'; the cache source is beacon:&lt;name&gt;</source>
            <translation>1 à 64 lettres, chiffres, '.', '_' ou '-' ; la source du cache est beacon:&lt;name&gt;</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Base &amp;URL:</source>
            <translation>&amp;URL de base :</translation>
        </message>
        <message>
            <source>Beacon v2 specification ({base}/g_variants)</source>
            <translation>Spécification Beacon v2 ({base}/g_variants)</translation>
        </message>
        <message>
            <source>GDI aggregated ({base}/beacon/aggregated/v2/g_variants)</source>
            <translation>GDI agrégé ({base}/beacon/aggregated/v2/g_variants)</translation>
        </message>
        <message>
            <source>Endpoint &amp;style:</source>
            <translation>St&amp;yle de point de terminaison :</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Jeton Bearer</translation>
        </message>
        <message>
            <source>Basic (user and password)</source>
            <translation>Basic (utilisateur et mot de passe)</translation>
        </message>
        <message>
            <source>&amp;Authentication:</source>
            <translation>Au&amp;thentification :</translation>
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation>Uti&amp;lisateur :</translation>
        </message>
        <message>
            <source>Stored in its own file readable only by you, never in the settings</source>
            <translation>Enregistré dans un fichier distinct lisible par vous seul, jamais dans les paramètres</translation>
        </message>
        <message>
            <source>&amp;Token or password:</source>
            <translation>&amp;Jeton ou mot de passe :</translation>
        </message>
        <message>
            <source>0-based (specification: start = POS - 1)</source>
            <translation>Base 0 (spécification : start = POS - 1)</translation>
        </message>
        <message>
            <source>1-based (start = POS)</source>
            <translation>Base 1 (start = POS)</translation>
        </message>
        <message>
            <source>&amp;Coordinates:</source>
            <translation>&amp;Coordonnées :</translation>
        </message>
        <message>
            <source>System certificate authorities</source>
            <translation>Autorités de certification du système</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>CA &amp;bundle (PEM):</source>
            <translation>Bun&amp;dle d'AC (PEM) :</translation>
        </message>
        <message>
            <source>SHA-256 (hex) of the node's certificate or of its public key; only a matching certificate is accepted</source>
            <translation>SHA-256 (hex) du certificat du nœud ou de sa clé publique ; seul un certificat correspondant est accepté</translation>
        </message>
        <message>
            <source>&amp;Pinned SHA-256:</source>
            <translation>SHA-256 ép&amp;inglé :</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>always fetch again</source>
            <translation>toujours récupérer à nouveau</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>Âge &amp;maximal :</translation>
        </message>
        <message>
            <source>Ask for padded regions, not exact variants</source>
            <translation>Demander des régions élargies plutôt que les variants exacts</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>Tester la c&amp;onnexion</translation>
        </message>
        <message>
            <source>CA Bundle</source>
            <translation>Bundle d'AC</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt)</source>
            <translation>Certificats PEM (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>Impossible de lire votre liste de nœuds : %1</translation>
        </message>
        <message>
            <source>%1 (locked by IT)</source>
            <translation>%1 (verrouillé par le service informatique)</translation>
        </message>
        <message>
            <source>stored — type to replace</source>
            <translation>enregistré — saisissez pour remplacer</translation>
        </message>
        <message>
            <source>The name must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>Le nom doit comporter 1 à 64 lettres, chiffres, '.', '_' ou '-'.</translation>
        </message>
        <message>
            <source>The name "%1" is used twice.</source>
            <translation>Le nom "%1" est utilisé deux fois.</translation>
        </message>
        <message>
            <source>The base URL must be an http or https URL.</source>
            <translation>L'URL de base doit être une URL http ou https.</translation>
        </message>
        <message>
            <source>Enter the token or password.</source>
            <translation>Saisissez le jeton ou le mot de passe.</translation>
        </message>
        <message>
            <source>Enter the user name.</source>
            <translation>Saisissez le nom d'utilisateur.</translation>
        </message>
        <message>
            <source>The pin must be 64 hexadecimal digits (a SHA-256).</source>
            <translation>L'empreinte épinglée doit comporter 64 chiffres hexadécimaux (un SHA-256).</translation>
        </message>
        <message>
            <source>The CA bundle %1 does not exist.</source>
            <translation>Le bundle d'AC %1 n'existe pas.</translation>
        </message>
        <message>
            <source>Node "%1": %2</source>
            <translation>Nœud "%1" : %2</translation>
        </message>
        <message>
            <source>The node list cannot be saved: %1</source>
            <translation>Impossible d'enregistrer la liste des nœuds : %1</translation>
        </message>
        <message>
            <source>Testing %1…</source>
            <translation>Test de %1…</translation>
        </message>
        <message numerus="yes">
            <source>✔ Connected: the node answered a test query (%n site(s) in 1:1-1000).</source>
            <translation>
                <numerusform>✔ Connecté : le nœud a répondu à une requête de test (%n site dans 1:1-1000).</numerusform>
                <numerusform>✔ Connecté : le nœud a répondu à une requête de test (%n sites dans 1:1-1000).</numerusform>
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
            <translation>brouillon</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>relu</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signé</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Critères</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Relecteur</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Statut du cas</translation>
        </message>
    </context>
    <context>
        <name>Gui::QcDashboard</name>
        <message>
            <source>Quality control — %1</source>
            <translation>Contrôle qualité — %1</translation>
        </message>
        <message>
            <source>X heterozygosity %1: consistent with the sex in the PED file</source>
            <translation>Hétérozygotie de l'X %1 : cohérente avec le sexe indiqué dans le fichier PED</translation>
        </message>
        <message>
            <source>X heterozygosity %1: NOT consistent with the sex in the PED file — check for a sample swap</source>
            <translation>Hétérozygotie de l'X %1 : NON cohérente avec le sexe indiqué dans le fichier PED — vérifiez l'absence d'inversion d'échantillons</translation>
        </message>
        <message>
            <source>Sex check: not enough information (PED sex or X calls outside the PARs missing)</source>
            <translation>Contrôle du sexe : informations insuffisantes (sexe PED ou appels sur l'X hors PAR manquants)</translation>
        </message>
        <message>
            <source>%1 variants carried · Ti/Tv %2 · het/hom %3
%4</source>
            <translation>%1 variants portés · Ti/Tv %2 · hét/hom %3
%4</translation>
        </message>
        <message>
            <source>Variant types</source>
            <translation>Types de variants</translation>
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
            <translation>Complexe</translation>
        </message>
        <message>
            <source>Variants per chromosome</source>
            <translation>Variants par chromosome</translation>
        </message>
        <message>
            <source>Read depth (DP)</source>
            <translation>Profondeur de lecture (DP)</translation>
        </message>
        <message>
            <source>Genotype quality (GQ)</source>
            <translation>Qualité du génotype (GQ)</translation>
        </message>
        <message>
            <source>Chromosome</source>
            <translation>Chromosome</translation>
        </message>
        <message>
            <source>Insertion</source>
            <translation>Insertion</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Délétion</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Structurel</translation>
        </message>
        <message>
            <source>Read depth, bins of 10 from the value shown</source>
            <translation>Profondeur de lecture, classes de 10 à partir de la valeur indiquée</translation>
        </message>
        <message>
            <source>Genotype quality, bins of 10 from the value shown</source>
            <translation>Qualité du génotype, classes de 10 à partir de la valeur indiquée</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReportPreviewDialog</name>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>Le cas n'a pas encore été évalué.</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Aperçu du compte rendu</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Langue du compte rendu</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Langue du compte rendu</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>&amp;Page :</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ajuster à la largeur</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Page entière</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>&amp;Zoom:</source>
            <translation>&amp;Zoom :</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop rendering the report; the page shown stays</source>
            <translation>Arrêter la mise en page du compte rendu ; la page affichée reste</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Enregistrer le PDF…</translation>
        </message>
        <message>
            <source>S&amp;ign…</source>
            <translation>&amp;Signer…</translation>
        </message>
        <message>
            <source>Rendering the report…</source>
            <translation>Mise en page du compte rendu…</translation>
        </message>
        <message>
            <source>Rendering was cancelled.</source>
            <translation>La mise en page a été annulée.</translation>
        </message>
        <message>
            <source>Rendering was cancelled; the previous rendering is shown.</source>
            <translation>La mise en page a été annulée ; la version précédente est affichée.</translation>
        </message>
        <message>
            <source>The report cannot be rendered: %1</source>
            <translation>Impossible de mettre en page le compte rendu : %1</translation>
        </message>
        <message>
            <source>The rendered report cannot be shown (error %1).</source>
            <translation>Le compte rendu mis en page ne peut pas être affiché (erreur %1).</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), %1.</source>
            <translation>
                <numerusform>%n page, %1.</numerusform>
                <numerusform>%n pages, %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>sur %1</translation>
        </message>
        <message>
            <source>Sign case %1 (your password is asked again)</source>
            <translation>Signer le cas %1 (votre mot de passe vous sera redemandé)</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign, once a case of the case database is picked and marked reviewed.</source>
            <translation>Seul(e) un(e) généticien(ne) clinicien(ne) peut signer, une fois qu'un cas de la base de données des cas a été sélectionné et marqué comme relu.</translation>
        </message>
        <message>
            <source>There is no rendered report to save.</source>
            <translation>Aucun compte rendu mis en page à enregistrer.</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Enregistrer le PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Enregistré dans %1.</translation>
        </message>
        <message>
            <source>The report preview was cancelled.</source>
            <translation>L'aperçu du compte rendu a été annulé.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewDialog</name>
        <message>
            <source>Classify Variant %1</source>
            <translation>Classer le variant %1</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>By rules (Richards 2015):</source>
            <translation>Par règles (Richards 2015) :</translation>
        </message>
        <message>
            <source>By points (Tavtigian):</source>
            <translation>Par points (Tavtigian) :</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Résumé :</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>C&amp;lass:</source>
            <translation>C&amp;lasse :</translation>
        </message>
        <message>
            <source>Why this class; what else was considered</source>
            <translation>Pourquoi cette classe ; quelles autres options ont été envisagées</translation>
        </message>
        <message>
            <source>Co&amp;mment:</source>
            <translation>Co&amp;mmentaire :</translation>
        </message>
        <message>
            <source>Prior classifications of this variant in other cases</source>
            <translation>Classifications antérieures de ce variant dans d'autres cas</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>Critères ACMG/AMP</translation>
        </message>
        <message>
            <source>PP5 and BP6 (reputable source) are not used, following ClinGen SVI.</source>
            <translation>PP5 et BP6 (source réputée) ne sont pas utilisés, conformément à ClinGen SVI.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Force</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <source>Pathogenic evidence</source>
            <translation>Preuves pathogènes</translation>
        </message>
        <message>
            <source>Benign evidence</source>
            <translation>Preuves bénignes</translation>
        </message>
        <message>
            <source>Evidence for pathogenicity</source>
            <translation>Preuves en faveur de la pathogénicité</translation>
        </message>
        <message>
            <source>Evidence for benignity</source>
            <translation>Preuves en faveur de la bénignité</translation>
        </message>
        <message>
            <source>Strength of %1</source>
            <translation>Force de %1</translation>
        </message>
        <message>
            <source>default (%1)</source>
            <translation>par défaut (%1)</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <translation>Preuves pour %1</translation>
        </message>
        <message>
            <source>Suggestions from the data</source>
            <translation>Suggestions issues des données</translation>
        </message>
        <message>
            <source>No criterion can be suggested from the data.</source>
            <translation>Aucun critère ne peut être suggéré à partir des données.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <source>Accept %1</source>
            <translation>Accepter %1</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rejeter</translation>
        </message>
        <message>
            <source>Reject %1</source>
            <translation>Rejeter %1</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>Non valide : %1</translation>
        </message>
        <message>
            <source>No criterion applied</source>
            <translation>Aucun critère appliqué</translation>
        </message>
        <message>
            <source>0 points</source>
            <translation>0 point</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (BA1 stand-alone)</source>
            <translation>%1 (BA1 autonome)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2 point(s))</source>
            <translation>
                <numerusform>%1 (%2 point)</numerusform>
                <numerusform>%1 (%2 points)</numerusform>
            </translation>
        </message>
        <message>
            <source>pending</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepté</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejeté</translation>
        </message>
        <message>
            <source>Why the suggestion does not apply (required)</source>
            <translation>Pourquoi la suggestion ne s'applique pas (obligatoire)</translation>
        </message>
        <message>
            <source>Reason for rejecting %1</source>
            <translation>Motif du rejet de %1</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <source>A rejected suggestion needs a reason: say why it does not apply to this variant.</source>
            <translation>Une suggestion rejetée nécessite un motif : indiquez pourquoi elle ne s'applique pas à ce variant.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewWorkflow</name>
        <message>
            <source>&amp;Open Case Database…</source>
            <translation>&amp;Ouvrir une base de données des cas…</translation>
        </message>
        <message>
            <source>Classify &amp;Variant…</source>
            <translation>Classer le &amp;variant…</translation>
        </message>
        <message>
            <source>Mark &amp;Reviewed</source>
            <translation>Marquer comme &amp;relu</translation>
        </message>
        <message>
            <source>&amp;Sign Case…</source>
            <translation>&amp;Signer le cas…</translation>
        </message>
        <message>
            <source>Case &amp;List</source>
            <translation>&amp;Liste des cas</translation>
        </message>
        <message>
            <source>&amp;Audit Log…</source>
            <translation>&amp;Journal d'audit…</translation>
        </message>
        <message>
            <source>Logged in to %1 as %2 (%3).</source>
            <translation>Connecté à %1 en tant que %2 (%3).</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cas</translation>
        </message>
        <message numerus="yes">
            <source>Case %1: %n review(s).</source>
            <translation>
                <numerusform>Cas %1 : %n relecture.</numerusform>
                <numerusform>Cas %1 : %n relectures.</numerusform>
            </translation>
        </message>
        <message>
            <source>Case %1 (%2)</source>
            <translation>Cas %1 (%2)</translation>
        </message>
        <message>
            <source>Pick a case in the case list first.</source>
            <translation>Sélectionnez d'abord un cas dans la liste des cas.</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign a case.</source>
            <translation>Seul(e) un(e) généticien(ne) clinicien(ne) peut signer un cas.</translation>
        </message>
        <message>
            <source>Classify Variant</source>
            <translation>Classer le variant</translation>
        </message>
        <message>
            <source>Open a case database and pick a case in the case list first.</source>
            <translation>Ouvrez d'abord une base de données des cas et sélectionnez un cas dans la liste des cas.</translation>
        </message>
        <message>
            <source>Select a variant of the evaluated case in the variant table first.</source>
            <translation>Sélectionnez d'abord un variant du cas évalué dans le tableau des variants.</translation>
        </message>
        <message>
            <source>The proband does not carry the selected variant.</source>
            <translation>Le cas index ne porte pas le variant sélectionné.</translation>
        </message>
        <message>
            <source>Change a Signed Case</source>
            <translation>Modifier un cas signé</translation>
        </message>
        <message>
            <source>Case %1 is signed. Why does its report change?</source>
            <translation>Le cas %1 est signé. Pourquoi son compte rendu change-t-il ?</translation>
        </message>
        <message>
            <source>%1 classified as %2 in case %3.</source>
            <translation>%1 classé comme %2 dans le cas %3.</translation>
        </message>
        <message>
            <source>Mark Reviewed</source>
            <translation>Marquer comme relu</translation>
        </message>
        <message>
            <source>Case %1 marked reviewed.</source>
            <translation>Cas %1 marqué comme relu.</translation>
        </message>
        <message>
            <source>Sign case %1</source>
            <translation>Signer le cas %1</translation>
        </message>
        <message>
            <source>Sign Case</source>
            <translation>Signer le cas</translation>
        </message>
        <message>
            <source>Case %1 signed: report version %2.</source>
            <translation>Cas %1 signé : version %2 du compte rendu.</translation>
        </message>
        <message>
            <source>Audit Log</source>
            <translation>Journal d'audit</translation>
        </message>
    </context>
    <context>
        <name>Gui::SyncDialog</name>
        <message>
            <source>Sync Frequencies</source>
            <translation>Synchroniser les fréquences</translation>
        </message>
        <message>
            <source>The frequency cache (.gdfreq) the nodes' answers are written to; created when missing</source>
            <translation>Le cache de fréquences (.gdfreq) dans lequel les réponses des nœuds sont écrites ; créé s'il n'existe pas</translation>
        </message>
        <message>
            <source>&amp;Cache:</source>
            <translation>&amp;Cache :</translation>
        </message>
        <message numerus="yes">
            <source>The open case's %n variant(s), padded to regions by each node; plus any regions below.</source>
            <translation>
                <numerusform>Le %n variant du cas ouvert, élargi en région par chaque nœud ; plus les éventuelles régions ci-dessous.</numerusform>
                <numerusform>Les %n variants du cas ouvert, élargis en régions par chaque nœud ; plus les éventuelles régions ci-dessous.</numerusform>
            </translation>
        </message>
        <message>
            <source>No case is open: give regions.</source>
            <translation>Aucun cas n'est ouvert : indiquez des régions.</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Périmètre :</translation>
        </message>
        <message>
            <source>chr17:43040001-43050000, 13:32315000-32400000</source>
            <translation>chr17:43040001-43050000, 13:32315000-32400000</translation>
        </message>
        <message>
            <source>&amp;Regions:</source>
            <translation>&amp;Régions :</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>each node's setting</source>
            <translation>réglage de chaque nœud</translation>
        </message>
        <message>
            <source>Regions fetched more recently than this are not asked for again (0: fetch everything)</source>
            <translation>Les régions récupérées plus récemment ne sont pas redemandées (0 : tout récupérer)</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>Âge &amp;maximal :</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Nœuds</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>No node is configured (Tools ▸ Frequency Nodes…).</source>
            <translation>Aucun nœud n'est configuré (Outils ▸ Nœuds de fréquences…).</translation>
        </message>
        <message>
            <source>Every request sent (URL and body, never tokens) appears here.</source>
            <translation>Chaque requête envoyée (URL et corps, jamais les jetons) s'affiche ici.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Démarrer</translation>
        </message>
        <message>
            <source>Ca&amp;ncel Sync</source>
            <translation>&amp;Annuler la synchronisation</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>Impossible de lire votre liste de nœuds : %1</translation>
        </message>
        <message>
            <source>Choose the frequency cache to write to.</source>
            <translation>Choisissez le cache de fréquences dans lequel écrire.</translation>
        </message>
        <message>
            <source>Region "%1": %2</source>
            <translation>Région "%1" : %2</translation>
        </message>
        <message>
            <source>No case is open: give at least one region.</source>
            <translation>Aucun cas n'est ouvert : indiquez au moins une région.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>asking…</source>
            <translation>interrogation…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>échec : %1</translation>
        </message>
        <message numerus="yes">
            <source>up to date (fetched within %n day(s))</source>
            <translation>
                <numerusform>à jour (récupéré il y a moins de %n jour)</numerusform>
                <numerusform>à jour (récupéré il y a moins de %n jours)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) cached</source>
            <translation>
                <numerusform>%n site mis en cache</numerusform>
                <numerusform>%n sites mis en cache</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The sync did not run:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;La synchronisation n'a pas été exécutée :&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>non démarré</translation>
        </message>
        <message>
            <source>FAILED: %1</source>
            <translation>ÉCHEC : %1</translation>
        </message>
        <message>
            <source>up to date, no request sent</source>
            <translation>à jour, aucune requête envoyée</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n request(s) answered</source>
            <translation>
                <numerusform>%1 requête sur %n a reçu une réponse</numerusform>
                <numerusform>%1 requêtes sur %n ont reçu une réponse</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from %2, %3</source>
            <extracomment>%1 "12 sites cached", %2 "3 variants", %3 "4 requests"</extracomment>
            <translation>%1 à partir de %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s)</source>
            <translation>
                <numerusform>%n variant</numerusform>
                <numerusform>%n variants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n requête</numerusform>
                <numerusform>%n requêtes</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;%1; %2 failed.&lt;/p&gt;</source>
            <extracomment>%1 "12 sites cached", %2 "0 of 2 nodes"</extracomment>
            <translation>&lt;p&gt;%1 ; %2 en échec.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n node(s)</source>
            <translation>
                <numerusform>%1 nœud sur %n</numerusform>
                <numerusform>%1 nœuds sur %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::VariantTableModel</name>
        <message>
            <source>%1 (phased)</source>
            <translation>%1 (phasé)</translation>
        </message>
        <message>
            <source>%1 genotype</source>
            <translation>Génotype %1</translation>
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
            <translation>Chromosome</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Réf</translation>
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
            <translation>Gène</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Conséquence</translation>
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
            <translation>Filtre</translation>
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
            <translation>Variation ClinVar %1</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>Max. pop. AF</source>
            <translation>AF max. pop.</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Vraisemblances des génotypes en échelle Phred (FORMAT/PL) de 0/0, 0/1 et 1/1 pour cet allèle ALT (0 et 1 pour un appel haploïde)</translation>
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
            <translation>Sert un cache de fréquences comme nœud agrégé Beacon v2.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq).</source>
            <translation>Cache de fréquences (.gdfreq).</translation>
        </message>
        <message>
            <source>TCP port (0: any free port).</source>
            <translation>Port TCP (0 : n'importe quel port libre).</translation>
        </message>
        <message>
            <source>Address to listen on (default: all).</source>
            <translation>Adresse d'écoute (par défaut : toutes).</translation>
        </message>
        <message>
            <source>PEM certificate for HTTPS.</source>
            <translation>Certificat PEM pour HTTPS.</translation>
        </message>
        <message>
            <source>PEM private key for HTTPS.</source>
            <translation>Clé privée PEM pour HTTPS.</translation>
        </message>
        <message>
            <source>File holding the Bearer token that clients must send.</source>
            <translation>Fichier contenant le jeton Bearer que les clients doivent envoyer.</translation>
        </message>
        <message>
            <source>Beacon id (reverse domain name).</source>
            <translation>Identifiant du Beacon (nom de domaine inversé).</translation>
        </message>
        <message>
            <source>Largest accepted request body.</source>
            <translation>Taille maximale acceptée du corps de requête.</translation>
        </message>
        <message>
            <source>Public root URL of the node, as shown in /map.</source>
            <translation>URL racine publique du nœud, telle qu'affichée dans /map.</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's headers (default: 10).</source>
            <translation>Secondes dont dispose un client pour envoyer les en-têtes d'une requête (par défaut : 10).</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's body after its headers (default: 30).</source>
            <translation>Secondes dont dispose un client pour envoyer le corps d'une requête après ses en-têtes (par défaut : 30).</translation>
        </message>
        <message>
            <source>Seconds an idle kept-alive connection stays open (default: 15).</source>
            <translation>Secondes pendant lesquelles une connexion persistante inactive reste ouverte (par défaut : 15).</translation>
        </message>
        <message>
            <source>Open connections allowed from one address (default: 32).</source>
            <translation>Connexions ouvertes autorisées depuis une adresse (par défaut : 32).</translation>
        </message>
        <message>
            <source>Open connections allowed in total (default: 512).</source>
            <translation>Connexions ouvertes autorisées au total (par défaut : 512).</translation>
        </message>
        <message>
            <source>Requests per second allowed from one address, sustained (default: 20; 0: no limit).</source>
            <translation>Requêtes par seconde autorisées depuis une adresse, en continu (par défaut : 20 ; 0 : sans limite).</translation>
        </message>
        <message>
            <source>Requests one address may send at once (default: 40).</source>
            <translation>Requêtes qu'une adresse peut envoyer d'un coup (par défaut : 40).</translation>
        </message>
        <message>
            <source>Testing: delay every answer.</source>
            <translation>Test : retarder chaque réponse.</translation>
        </message>
        <message>
            <source>Testing: http-500 or broken-json.</source>
            <translation>Test : http-500 ou broken-json.</translation>
        </message>
        <message>
            <source>--cache and --port are required.</source>
            <translation>--cache et --port sont obligatoires.</translation>
        </message>
        <message>
            <source>invalid port: %1</source>
            <translation>port non valide : %1</translation>
        </message>
        <message>
            <source>--tls-cert and --tls-key go together.</source>
            <translation>--tls-cert et --tls-key vont ensemble.</translation>
        </message>
        <message>
            <source>invalid --max-request-bytes</source>
            <translation>--max-request-bytes non valide</translation>
        </message>
        <message>
            <source>invalid --header-timeout</source>
            <translation>--header-timeout non valide</translation>
        </message>
        <message>
            <source>invalid --body-timeout</source>
            <translation>--body-timeout non valide</translation>
        </message>
        <message>
            <source>invalid --idle-timeout</source>
            <translation>--idle-timeout non valide</translation>
        </message>
        <message>
            <source>invalid --max-connections-per-client</source>
            <translation>--max-connections-per-client non valide</translation>
        </message>
        <message>
            <source>invalid --max-connections</source>
            <translation>--max-connections non valide</translation>
        </message>
        <message>
            <source>invalid --rate-burst</source>
            <translation>--rate-burst non valide</translation>
        </message>
        <message>
            <source>invalid --rate-limit</source>
            <translation>--rate-limit non valide</translation>
        </message>
        <message>
            <source>%1: cannot read the token file</source>
            <translation>%1 : impossible de lire le fichier de jeton</translation>
        </message>
        <message>
            <source>%1: the token file is empty</source>
            <translation>%1 : le fichier de jeton est vide</translation>
        </message>
        <message>
            <source>unknown fault: %1</source>
            <translation>défaillance inconnue : %1</translation>
        </message>
        <message>
            <source>%1: cannot read the certificate</source>
            <translation>%1 : impossible de lire le certificat</translation>
        </message>
        <message>
            <source>%1: cannot read the key</source>
            <translation>%1 : impossible de lire la clé</translation>
        </message>
        <message>
            <source>%1: not a PEM certificate</source>
            <translation>%1 : pas un certificat PEM</translation>
        </message>
        <message>
            <source>%1: not a PEM RSA or EC private key</source>
            <translation>%1 : pas une clé privée PEM RSA ou EC</translation>
        </message>
        <message>
            <source>cannot listen on port %1</source>
            <translation>impossible d'écouter sur le port %1</translation>
        </message>
    </context>
</TS>
