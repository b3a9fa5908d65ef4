<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Imports a sites VCF/BCF (gnomAD naming, or a field map) into a frequency cache as one source; a source of the same name is replaced when the import completes.</source>
            <translation>Importa un VCF/BCF de sitios (nomenclatura de gnomAD, o un mapa de campos) en una caché de frecuencias como una fuente; una fuente con el mismo nombre se sustituye cuando termina la importación.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq); created when missing.</source>
            <translation>El archivo de caché (.gdfreq); se crea si no existe.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>The sites VCF/BCF.</source>
            <translation>El VCF/BCF de sitios.</translation>
        </message>
        <message>
            <source>Source name, also the prefix of annotation keys (gnomad).</source>
            <translation>Nombre de la fuente, también prefijo de las claves de anotación (gnomad).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>Source version (4.1).</source>
            <translation>Versión de la fuente (4.1).</translation>
        </message>
        <message>
            <source>version</source>
            <translation>versión</translation>
        </message>
        <message>
            <source>Populations to import besides the whole source, comma-separated (afr,nfe); default: every gnomAD group in the header.</source>
            <translation>Poblaciones que importar además de la fuente completa, separadas por comas (afr,nfe); por defecto: cada grupo de gnomAD de la cabecera.</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>etiquetas</translation>
        </message>
        <message>
            <source>Tab-separated lines: metric, population, INFO key [, type]; or: population, label, description [, sample count].</source>
            <translation>Líneas separadas por tabuladores: métrica, población, clave INFO [, tipo]; o bien: población, etiqueta, descripción [, número de muestras].</translation>
        </message>
        <message>
            <source>Licence of the data (CC0-1.0).</source>
            <translation>Licencia de los datos (CC0-1.0).</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>Where the data came from (URL); default: the file name.</source>
            <translation>Procedencia de los datos (URL); por defecto: el nombre del archivo.</translation>
        </message>
        <message>
            <source>GRCh37 or GRCh38, when the header does not tell.</source>
            <translation>GRCh37 o GRCh38, si la cabecera no lo indica.</translation>
        </message>
        <message>
            <source>build</source>
            <translation>build</translation>
        </message>
        <message>
            <source>When the data was obtained (ISO 8601); default: the file's time.</source>
            <translation>Cuándo se obtuvieron los datos (ISO 8601); por defecto: la fecha del archivo.</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>Print progress to stderr.</source>
            <translation>Mostrar el progreso en stderr.</translation>
        </message>
        <message>
            <source>cache import: unexpected argument %1</source>
            <translation>cache import: argumento inesperado %1</translation>
        </message>
        <message>
            <source>cache import: --%1 is required</source>
            <translation>cache import: --%1 es obligatorio</translation>
        </message>
        <message>
            <source>cache import: give --populations or --field-map, not both</source>
            <translation>cache import: indique --populations o --field-map, no ambos</translation>
        </message>
        <message>
            <source>cache import: --build must be GRCh37 or GRCh38</source>
            <translation>cache import: --build debe ser GRCh37 o GRCh38</translation>
        </message>
        <message>
            <source>cache import: --retrieved is not an ISO 8601 date</source>
            <translation>cache import: --retrieved no es una fecha ISO 8601</translation>
        </message>
        <message>
            <source>importing: %1%</source>
            <translation>importando: %1%</translation>
        </message>
        <message>
            <source>%1 %2: %3 records, %4 sites, %5 fields, %6 populations</source>
            <translation>%1 %2: %3 registros, %4 sitios, %5 campos, %6 poblaciones</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>advertencia: %1</translation>
        </message>
        <message>
            <source>Prints the sources, populations, sites, size and build of a frequency cache.</source>
            <translation>Muestra las fuentes, poblaciones, sitios, tamaño y build de una caché de frecuencias.</translation>
        </message>
        <message>
            <source>The cache file (.gdfreq).</source>
            <translation>El archivo de caché (.gdfreq).</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Mostrar en JSON.</translation>
        </message>
        <message>
            <source>cache info: --cache is required</source>
            <translation>cache info: --cache es obligatorio</translation>
        </message>
        <message>
            <source>%1: frequency cache format %2, build %3, %4 bytes</source>
            <translation>%1: caché de frecuencias con formato %2, build %3, %4 bytes</translation>
        </message>
        <message>
            <source>no sources</source>
            <translation>sin fuentes</translation>
        </message>
        <message>
            <source>source %1 %2 (%3, %4), licence: %5</source>
            <translation>fuente %1 %2 (%3, %4), licencia: %5</translation>
        </message>
        <message>
            <source>  retrieved %1, imported %2</source>
            <translation>  obtenida el %1, importada el %2</translation>
        </message>
        <message>
            <source>  %1 records, %2 sites, %3 chunks, %4 bytes per site</source>
            <translation>  %1 registros, %2 sitios, %3 bloques, %4 bytes por sitio</translation>
        </message>
        <message>
            <source>  populations: %1</source>
            <translation>  poblaciones: %1</translation>
        </message>
        <message>
            <source>  fields: %1</source>
            <translation>  campos: %1</translation>
        </message>
        <message>
            <source>Removes a source and its sites from a frequency cache.</source>
            <translation>Elimina una fuente y sus sitios de una caché de frecuencias.</translation>
        </message>
        <message>
            <source>The source to remove.</source>
            <translation>La fuente que eliminar.</translation>
        </message>
        <message>
            <source>cache remove: --cache and --source are required</source>
            <translation>cache remove: --cache y --source son obligatorios</translation>
        </message>
        <message>
            <source>Annotates a VCF/BCF with population frequencies from one or more frequency caches; INFO keys are &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</source>
            <translation>Anota un VCF/BCF con frecuencias poblacionales de una o varias cachés de frecuencias; las claves INFO son &lt;source&gt;_&lt;field&gt; (gnomad_AF_nfe).</translation>
        </message>
        <message>
            <source>VCF, VCF.gz or BCF file</source>
            <translation>archivo VCF, VCF.gz o BCF</translation>
        </message>
        <message>
            <source>A cache file (.gdfreq); may be given several times.</source>
            <translation>Un archivo de caché (.gdfreq); puede indicarse varias veces.</translation>
        </message>
        <message>
            <source>Output: .vcf.gz, .bcf, .vcf or .tsv.</source>
            <translation>Salida: .vcf.gz, .bcf, .vcf o .tsv.</translation>
        </message>
        <message>
            <source>annotate: expects exactly one input file</source>
            <translation>annotate: se espera exactamente un archivo de entrada</translation>
        </message>
        <message>
            <source>annotate: --cache and --out are required</source>
            <translation>annotate: --cache y --out son obligatorios</translation>
        </message>
        <message>
            <source>%1: %2 found</source>
            <translation>%1: %2 encontrados</translation>
        </message>
        <message>
            <source>%1 records, %2 alleles; %3</source>
            <translation>%1 registros, %2 alelos; %3</translation>
        </message>
        <message>
            <source>Case database: an SQLite file or a PostgreSQL URL (postgresql://user@host:port/database).</source>
            <translation>Base de datos de casos: un archivo SQLite o una URL de PostgreSQL (postgresql://user@host:port/database).</translation>
        </message>
        <message>
            <source>cases.db</source>
            <translation>cases.db</translation>
        </message>
        <message>
            <source>Key file (32 bytes or 64 hex digits, mode 0600) instead of the passphrase in GENOMEDESK_PASSPHRASE.</source>
            <translation>Archivo de clave (32 bytes o 64 dígitos hexadecimales, modo 0600) en lugar de la frase de contraseña en GENOMEDESK_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Acting user; the password is read from GENOMEDESK_PASSWORD.</source>
            <translation>Usuario que actúa; la contraseña se lee de GENOMEDESK_PASSWORD.</translation>
        </message>
        <message>
            <source>--db is required</source>
            <translation>--db es obligatorio</translation>
        </message>
        <message>
            <source>set the passphrase in %1 or give --key-file</source>
            <translation>defina la frase de contraseña en %1 o indique --key-file</translation>
        </message>
        <message>
            <source>--user is required</source>
            <translation>--user es obligatorio</translation>
        </message>
        <message>
            <source>set the password of %1 in %2</source>
            <translation>defina la contraseña de %1 en %2</translation>
        </message>
        <message>
            <source>Creates a case for a patient (created from --identity when new) and prints its id.</source>
            <translation>Crea un caso para un paciente (creado a partir de --identity si es nuevo) y muestra su id.</translation>
        </message>
        <message>
            <source>Patient pseudonym (letters, digits, - and _).</source>
            <translation>Seudónimo del paciente (letras, dígitos, - y _).</translation>
        </message>
        <message>
            <source>pseudonym</source>
            <translation>seudónimo</translation>
        </message>
        <message>
            <source>JSON file with the new patient's identity: {"name", "birthDate", "identifiers"}; stored encrypted.</source>
            <translation>Archivo JSON con la identidad del nuevo paciente: {"name", "birthDate", "identifiers"}; se guarda cifrada.</translation>
        </message>
        <message>
            <source>file.json</source>
            <translation>archivo.json</translation>
        </message>
        <message>
            <source>Indication for testing.</source>
            <translation>Indicación del estudio.</translation>
        </message>
        <message>
            <source>Referring clinician.</source>
            <translation>Médico solicitante.</translation>
        </message>
        <message>
            <source>Consent profile JSON file.</source>
            <translation>Archivo JSON del perfil de consentimiento.</translation>
        </message>
        <message>
            <source>Input file (VCF/BCF, PED, ...); repeat for several.</source>
            <translation>Archivo de entrada (VCF/BCF, PED, ...); repetir para varios.</translation>
        </message>
        <message>
            <source>path</source>
            <translation>ruta</translation>
        </message>
        <message>
            <source>Genome build (GRCh37 or GRCh38).</source>
            <translation>Build del genoma (GRCh37 o GRCh38).</translation>
        </message>
        <message>
            <source>Policy id or file in force for the case.</source>
            <translation>Id o archivo de la política vigente para el caso.</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>política</translation>
        </message>
        <message>
            <source>Frequency source and version; repeat.</source>
            <translation>Fuente de frecuencias y versión; repetible.</translation>
        </message>
        <message>
            <source>name=version</source>
            <translation>name=version</translation>
        </message>
        <message>
            <source>Knowledge base version.</source>
            <translation>Versión de la base de conocimiento.</translation>
        </message>
        <message>
            <source>case create: unexpected argument %1</source>
            <translation>case create: argumento inesperado %1</translation>
        </message>
        <message>
            <source>case create: --patient is required</source>
            <translation>case create: --patient es obligatorio</translation>
        </message>
        <message>
            <source>cannot read %1</source>
            <translation>no se puede leer %1</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2)</source>
            <translation>%1: no es un objeto JSON (%2)</translation>
        </message>
        <message>
            <source>--cache-version expects name=version, not %1</source>
            <translation>--cache-version espera name=version, no %1</translation>
        </message>
        <message>
            <source>%1: "name" is missing</source>
            <translation>%1: falta "name"</translation>
        </message>
        <message>
            <source>patient %1 is new: give --identity</source>
            <translation>el paciente %1 es nuevo: indique --identity</translation>
        </message>
        <message>
            <source>patient %1 exists already; leave out --identity</source>
            <translation>el paciente %1 ya existe; omita --identity</translation>
        </message>
        <message>
            <source>Lists the cases of a case database.</source>
            <translation>Enumera los casos de una base de datos de casos.</translation>
        </message>
        <message>
            <source>Shows a case: its inputs, reviews with criteria, earlier classifications of the same variants, and report versions.</source>
            <translation>Muestra un caso: sus entradas, las revisiones con criterios, las clasificaciones anteriores de las mismas variantes y las versiones del informe.</translation>
        </message>
        <message>
            <source>Case id.</source>
            <translation>Id del caso.</translation>
        </message>
        <message>
            <source>case show: give one case id</source>
            <translation>case show: indique un id de caso</translation>
        </message>
        <message>
            <source>Case %1 (%2, report version %3)</source>
            <translation>Caso %1 (%2, versión del informe %3)</translation>
        </message>
        <message>
            <source>Patient: %1</source>
            <translation>Paciente: %1</translation>
        </message>
        <message>
            <source>Indication: %1</source>
            <translation>Indicación: %1</translation>
        </message>
        <message>
            <source>Referrer: %1</source>
            <translation>Solicitante: %1</translation>
        </message>
        <message>
            <source>Genome build: %1</source>
            <translation>Build del genoma: %1</translation>
        </message>
        <message>
            <source>Policy: %1 %2 (sha256 %3)</source>
            <translation>Política: %1 %2 (sha256 %3)</translation>
        </message>
        <message>
            <source>Knowledge base: %1</source>
            <translation>Base de conocimiento: %1</translation>
        </message>
        <message>
            <source>Frequency sources: %1</source>
            <translation>Fuentes de frecuencias: %1</translation>
        </message>
        <message>
            <source>Created by %1 on %2</source>
            <translation>Creado por %1 el %2</translation>
        </message>
        <message>
            <source>File: %1 (sha256 %2)</source>
            <translation>Archivo: %1 (sha256 %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s):</source>
            <translation>
                <numerusform>%n revisión:</numerusform>
                <numerusform>%n revisiones:</numerusform>
            </translation>
        </message>
        <message>
            <source>by %1 on %2 (%3)</source>
            <translation>por %1 el %2 (%3)</translation>
        </message>
        <message>
            <source>Comment: %1</source>
            <translation>Comentario: %1</translation>
        </message>
        <message>
            <source>Suggestion %1 rejected by %2 on %3</source>
            <translation>Sugerencia %1 rechazada por %2 el %3</translation>
        </message>
        <message>
            <source>Suggestion %1 accepted by %2 on %3</source>
            <translation>Sugerencia %1 aceptada por %2 el %3</translation>
        </message>
        <message>
            <source>Also classified in case %1 (patient %2): %3 [%4] by %5 on %6</source>
            <translation>También clasificada en el caso %1 (paciente %2): %3 [%4] por %5 el %6</translation>
        </message>
        <message>
            <source>Report versions:</source>
            <translation>Versiones del informe:</translation>
        </message>
        <message>
            <source>%1: signed by %2 on %3, sha256 %4 (%5)</source>
            <translation>%1: firmada por %2 el %3, sha256 %4 (%5)</translation>
        </message>
        <message>
            <source>%1: open (%2)</source>
            <translation>%1: abierta (%2)</translation>
        </message>
        <message>
            <source>Writes a case as JSON (pseudonymous unless --identified).</source>
            <translation>Escribe un caso en JSON (seudonimizado salvo con --identified).</translation>
        </message>
        <message>
            <source>JSON file to write (default: standard output).</source>
            <translation>Archivo JSON que escribir (por defecto: salida estándar).</translation>
        </message>
        <message>
            <source>Include the patient's decrypted identity and the input file paths.</source>
            <translation>Incluir la identidad descifrada del paciente y las rutas de los archivos de entrada.</translation>
        </message>
        <message>
            <source>case export: give one case id</source>
            <translation>case export: indique un id de caso</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>no se puede escribir %1</translation>
        </message>
        <message>
            <source>Signs a reviewed case (clinical geneticists only); freezes its report version.</source>
            <translation>Firma un caso revisado (solo genetistas clínicos); congela su versión del informe.</translation>
        </message>
        <message>
            <source>Marks a draft case as reviewed.</source>
            <translation>Marca un caso en borrador como revisado.</translation>
        </message>
        <message>
            <source>give one case id</source>
            <translation>indique un id de caso</translation>
        </message>
        <message>
            <source>Case %1 report version %2 signed by %3, sha256 %4</source>
            <translation>Caso %1 versión del informe %2 firmada por %3, sha256 %4</translation>
        </message>
        <message>
            <source>Case %1 is reviewed</source>
            <translation>El caso %1 está revisado</translation>
        </message>
        <message>
            <source>Classification: P, LP, VUS, LB or B.</source>
            <translation>Clasificación: P, LP, VUS, LB o B.</translation>
        </message>
        <message>
            <source>class</source>
            <translation>clase</translation>
        </message>
        <message>
            <source>Applied ACMG/AMP criteria, comma-separated (PVS1,PM2_Supporting).</source>
            <translation>Criterios ACMG/AMP aplicados, separados por comas (PVS1,PM2_Supporting).</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>códigos</translation>
        </message>
        <message>
            <source>Evidence text of one criterion; repeat.</source>
            <translation>Texto de la evidencia de un criterio; repetible.</translation>
        </message>
        <message>
            <source>CODE=text</source>
            <translation>CÓDIGO=texto</translation>
        </message>
        <message>
            <source>Comment.</source>
            <translation>Comentario.</translation>
        </message>
        <message>
            <source>Mark the review final.</source>
            <translation>Marcar la revisión como definitiva.</translation>
        </message>
        <message>
            <source>Why a signed case is changed (opens a new report version).</source>
            <translation>Por qué se modifica un caso firmado (abre una nueva versión del informe).</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer accepted, with an optional reason; repeat.</source>
            <translation>Una sugerencia automática que el revisor aceptó, con un motivo opcional; repetible.</translation>
        </message>
        <message>
            <source>CODE[=reason]</source>
            <translation>CÓDIGO[=motivo]</translation>
        </message>
        <message>
            <source>An automatic suggestion the reviewer rejected, with the reason; repeat.</source>
            <translation>Una sugerencia automática que el revisor rechazó, con el motivo; repetible.</translation>
        </message>
        <message>
            <source>CODE=reason</source>
            <translation>CÓDIGO=motivo</translation>
        </message>
        <message>
            <source>review set: --class is required</source>
            <translation>review set: --class es obligatorio</translation>
        </message>
        <message>
            <source>review set: unknown class %1 (use P, LP, VUS, LB or B)</source>
            <translation>review set: clase desconocida %1 (use P, LP, VUS, LB o B)</translation>
        </message>
        <message>
            <source>review set: --evidence expects CODE=text</source>
            <translation>review set: --evidence espera CODE=texto</translation>
        </message>
        <message>
            <source>review set: %1</source>
            <translation>review set: %1</translation>
        </message>
        <message>
            <source>review set: --evidence for %1, which is not in --criteria</source>
            <translation>review set: --evidence para %1, que no está en --criteria</translation>
        </message>
        <message>
            <source>review set: --reject-suggestion expects CODE=reason</source>
            <translation>review set: --reject-suggestion espera CODE=motivo</translation>
        </message>
        <message>
            <source>Records the classification of one variant of a case, with its ACMG/AMP criteria. Prints the class by the Richards 2015 rules and by points.</source>
            <translation>Registra la clasificación de una variante de un caso, con sus criterios ACMG/AMP. Muestra la clase según las reglas de Richards 2015 y según puntos.</translation>
        </message>
        <message>
            <source>Variant key: contig-position-ref-alt, 1-based (6-26092913-G-A).</source>
            <translation>Clave de la variante: contig-posición-ref-alt, en base 1 (6-26092913-G-A).</translation>
        </message>
        <message>
            <source>review set: give a case id and a variant key</source>
            <translation>review set: indique un id de caso y una clave de variante</translation>
        </message>
        <message>
            <source>review set: "%1" is not a variant key like 6-26092913-G-A</source>
            <translation>review set: "%1" no es una clave de variante como 6-26092913-G-A</translation>
        </message>
        <message>
            <source>%1 %2: %3 [%4], report version %5</source>
            <translation>%1 %2: %3 [%4], versión del informe %5</translation>
        </message>
        <message>
            <source>Adds a user; the new password is read from GENOMEDESK_NEW_PASSWORD. The first user of a database must be an admin and needs no --user.</source>
            <translation>Añade un usuario; la nueva contraseña se lee de GENOMEDESK_NEW_PASSWORD. El primer usuario de una base de datos debe ser un administrador y no necesita --user.</translation>
        </message>
        <message>
            <source>counsellor, geneticist or admin.</source>
            <translation>counsellor, geneticist o admin.</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>Nombre de usuario.</translation>
        </message>
        <message>
            <source>user add: give one user name</source>
            <translation>user add: indique un nombre de usuario</translation>
        </message>
        <message>
            <source>user add: --role must be counsellor, geneticist or admin</source>
            <translation>user add: --role debe ser counsellor, geneticist o admin</translation>
        </message>
        <message>
            <source>user add: set the new user's password in %1</source>
            <translation>user add: defina la contraseña del nuevo usuario en %1</translation>
        </message>
        <message>
            <source>User %1 (%2) added</source>
            <translation>Usuario %1 (%2) añadido</translation>
        </message>
        <message>
            <source>Lists the users of a case database.</source>
            <translation>Enumera los usuarios de una base de datos de casos.</translation>
        </message>
        <message>
            <source>Checks the hash chain of a case database's audit log; names the first bad entry. With the database key (GENOMEDESK_PASSPHRASE or --key-file) it also checks every entry's HMAC, which detects a rewrite of all later entries; without the key that check is skipped.</source>
            <translation>Comprueba la cadena de hashes del registro de auditoría de una base de datos de casos; indica la primera entrada incorrecta. Con la clave de la base de datos (GENOMEDESK_PASSPHRASE o --key-file) comprueba también el HMAC de cada entrada, lo que detecta una reescritura de todas las entradas posteriores; sin la clave, esa comprobación se omite.</translation>
        </message>
        <message>
            <source>audit verify: --db is required</source>
            <translation>audit verify: --db es obligatorio</translation>
        </message>
        <message>
            <source>genomedesk: audit log NOT intact: entry %1: %2</source>
            <translation>genomedesk: registro de auditoría NO íntegro: entrada %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audit log intact: %n entry(s)</source>
            <translation>
                <numerusform>registro de auditoría íntegro: %n entrada</numerusform>
                <numerusform>registro de auditoría íntegro: %n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>keyed check (HMAC) passed for entries from %1 on</source>
            <translation>comprobación con clave (HMAC) superada para las entradas a partir de %1</translation>
        </message>
        <message>
            <source>keyed check skipped: no key given (set %1 or give --key-file); only the hash chain was verified</source>
            <translation>comprobación con clave omitida: no se indicó ninguna clave (defina %1 o indique --key-file); solo se verificó la cadena de hashes</translation>
        </message>
        <message>
            <source>Prints the audit log of a case database.</source>
            <translation>Muestra el registro de auditoría de una base de datos de casos.</translation>
        </message>
        <message>
            <source>Case database file.</source>
            <translation>Archivo de la base de datos de casos.</translation>
        </message>
        <message>
            <source>audit list: --db is required</source>
            <translation>audit list: --db es obligatorio</translation>
        </message>
        <message>
            <source>cannot create the output directory %1</source>
            <translation>no se puede crear el directorio de salida %1</translation>
        </message>
        <message>
            <source>cannot write the demo case to %1</source>
            <translation>no se puede escribir el caso de demostración en %1</translation>
        </message>
        <message>
            <source>run the whole path on the bundled demo case</source>
            <translation>ejecutar todo el recorrido con el caso de demostración incluido</translation>
        </message>
        <message>
            <source>read a VCF/BCF file and print a summary</source>
            <translation>leer un archivo VCF/BCF y mostrar un resumen</translation>
        </message>
        <message>
            <source>write a clinician-facing report (PDF, HTML, FHIR, Phenopacket)</source>
            <translation>redactar un informe para clínicos (PDF, HTML, FHIR, Phenopacket)</translation>
        </message>
        <message>
            <source>import genes, ClinVar and panels into a knowledge base</source>
            <translation>importar genes, ClinVar y paneles en una base de conocimiento</translation>
        </message>
        <message>
            <source>list policies or apply one with consent to a case</source>
            <translation>enumerar las políticas o aplicar una con el consentimiento a un caso</translation>
        </message>
        <message>
            <source>import, inspect or remove sources of a frequency cache</source>
            <translation>importar, inspeccionar o eliminar fuentes de una caché de frecuencias</translation>
        </message>
        <message>
            <source>annotate a VCF/BCF with frequencies from caches</source>
            <translation>anotar un VCF/BCF con frecuencias de cachés</translation>
        </message>
        <message>
            <source>check a package against its signature before install</source>
            <translation>comprobar un paquete con su firma antes de instalarlo</translation>
        </message>
        <message>
            <source>check a signed report PDF against its signature</source>
            <translation>comprobar un informe PDF firmado con su firma</translation>
        </message>
        <message>
            <source>fetch frequencies from Beacon v2 nodes into a frequency cache</source>
            <translation>obtener frecuencias de nodos Beacon v2 en una caché de frecuencias</translation>
        </message>
        <message>
            <source>create, list, show, export, mark reviewed and sign cases</source>
            <translation>crear, enumerar, mostrar, exportar, marcar como revisados y firmar casos</translation>
        </message>
        <message>
            <source>record a variant's classification and ACMG/AMP criteria</source>
            <translation>registrar la clasificación de una variante y los criterios ACMG/AMP</translation>
        </message>
        <message>
            <source>add or list users of a case database</source>
            <translation>añadir o enumerar usuarios de una base de datos de casos</translation>
        </message>
        <message>
            <source>verify or print the audit log of a case database</source>
            <translation>verificar o mostrar el registro de auditoría de una base de datos de casos</translation>
        </message>
        <message>
            <source>Reads a VCF or BCF file and prints a summary.</source>
            <translation>Lee un archivo VCF o BCF y muestra un resumen.</translation>
        </message>
        <message>
            <source>Print the summary as JSON.</source>
            <translation>Mostrar el resumen en JSON.</translation>
        </message>
        <message>
            <source>PED file: sexes and trio analysis.</source>
            <translation>Archivo PED: sexos y análisis de trío.</translation>
        </message>
        <message>
            <source>file.ped</source>
            <translation>archivo.ped</translation>
        </message>
        <message>
            <source>Load only this sample (repeat or comma-separate).</source>
            <translation>Cargar solo esta muestra (repetir o separar con comas).</translation>
        </message>
        <message>
            <source>Reference FASTA (with .fai) to left-align indels.</source>
            <translation>FASTA de referencia (con .fai) para alinear a la izquierda los indels.</translation>
        </message>
        <message>
            <source>ref.fa</source>
            <translation>ref.fa</translation>
        </message>
        <message>
            <source>load: expects exactly one file</source>
            <translation>load: se espera exactamente un archivo</translation>
        </message>
        <message>
            <source>Runs the whole path on the bundled demo case: load, frequencies, policy with consent, reviewed report (PDF, HTML, FHIR, Phenopacket).</source>
            <translation>Ejecuta todo el recorrido con el caso de demostración incluido: carga, frecuencias, política con consentimiento, informe revisado (PDF, HTML, FHIR, Phenopacket).</translation>
        </message>
        <message>
            <source>Directory for the demo case and its report (default: ./genomedesk-demo).</source>
            <translation>Directorio para el caso de demostración y su informe (por defecto: ./genomedesk-demo).</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>directorio</translation>
        </message>
        <message>
            <source>Open the demo case in the window.</source>
            <translation>Abrir el caso de demostración en la ventana.</translation>
        </message>
        <message>
            <source>With --gui: save a PNG of the window once the case is open, then quit.</source>
            <translation>Con --gui: guardar un PNG de la ventana cuando el caso esté abierto y salir.</translation>
        </message>
        <message>
            <source>file.png</source>
            <translation>archivo.png</translation>
        </message>
        <message>
            <source>With --gui: fill the screen, save PNGs of the window, detail pane, QC dashboard and report preview into a folder, then quit.</source>
            <translation>Con --gui: ocupar la pantalla, guardar en una carpeta PNG de la ventana, el panel de detalles, el panel de control de QC y la vista previa del informe, y salir.</translation>
        </message>
        <message>
            <source>Language of the demo report (en, de, fr, nl, it, es, pl).</source>
            <translation>Idioma del informe de demostración (en, de, fr, nl, it, es, pl).</translation>
        </message>
        <message>
            <source>language</source>
            <translation>idioma</translation>
        </message>
        <message>
            <source>With --gui: colours of the window, "system" (default) or "dark", to look at the dark appearance where the desktop offers none.</source>
            <translation>Con --gui: colores de la ventana, "system" (por defecto) o "dark", para ver el aspecto oscuro donde el escritorio no lo ofrece.</translation>
        </message>
        <message>
            <source>palette</source>
            <translation>paleta</translation>
        </message>
        <message>
            <source>demo: unexpected argument %1</source>
            <translation>demo: argumento inesperado %1</translation>
        </message>
        <message>
            <source>demo: --palette is "system" or "dark", not %1</source>
            <translation>demo: --palette es "system" o "dark", no %1</translation>
        </message>
        <message>
            <source>cannot write the screenshot %1</source>
            <translation>no se puede escribir la captura de pantalla %1</translation>
        </message>
        <message>
            <source>Imports one file into a knowledge base (created when missing).</source>
            <translation>Importa un archivo en una base de conocimiento (se crea si no existe).</translation>
        </message>
        <message>
            <source>Knowledge base file.</source>
            <translation>Archivo de la base de conocimiento.</translation>
        </message>
        <message>
            <source>K.gdkb</source>
            <translation>K.gdkb</translation>
        </message>
        <message>
            <source>Gene model as GTF or GFF3 (genes, transcripts, exons).</source>
            <translation>Modelo génico en GTF o GFF3 (genes, transcritos, exones).</translation>
        </message>
        <message>
            <source>Gene spans as BED (e.g. the MANE genes BED).</source>
            <translation>Extensiones de los genes en BED (p. ej., el BED de genes MANE).</translation>
        </message>
        <message>
            <source>ClinVar VCF.</source>
            <translation>VCF de ClinVar.</translation>
        </message>
        <message>
            <source>Gene panel: PanelApp TSV or panel BED.</source>
            <translation>Panel de genes: TSV de PanelApp o BED de panel.</translation>
        </message>
        <message>
            <source>Genome build of the file: GRCh37 or GRCh38 (gene models need it; ClinVar reads ##reference).</source>
            <translation>Build del genoma del archivo: GRCh37 o GRCh38 (los modelos génicos lo necesitan; ClinVar lee ##reference).</translation>
        </message>
        <message>
            <source>kb import: --kb is required</source>
            <translation>kb import: --kb es obligatorio</translation>
        </message>
        <message>
            <source>kb import: give exactly one of --gtf, --bed, --clinvar, --panel</source>
            <translation>kb import: indique exactamente una de --gtf, --bed, --clinvar, --panel</translation>
        </message>
        <message>
            <source>%1: %2 record(s) read, %3 stored, %4 skipped</source>
            <translation>%1: %2 registro(s) leído(s), %3 guardado(s), %4 omitido(s)</translation>
        </message>
        <message>
            <source>Lists the sources held by a knowledge base.</source>
            <translation>Enumera las fuentes que contiene una base de conocimiento.</translation>
        </message>
        <message>
            <source>kb info: --kb is required</source>
            <translation>kb info: --kb es obligatorio</translation>
        </message>
        <message>
            <source>no display found: run a subcommand (see --help) or start under a desktop session or xvfb-run</source>
            <translation>no se encontró ninguna pantalla: ejecute un subcomando (vea --help) o inicie en una sesión de escritorio o con xvfb-run</translation>
        </message>
        <message>
            <source>GenomeDesk</source>
            <translation>GenomeDesk</translation>
        </message>
        <message>
            <source>unknown command '%1' (see genomedesk --help)</source>
            <translation>comando desconocido '%1' (vea genomedesk --help)</translation>
        </message>
        <message>
            <source>GenomeDesk: clinical genomics case review.

Without a command, opens the review window. Commands:</source>
            <translation>GenomeDesk: revisión de casos de genómica clínica.

Sin comando, abre la ventana de revisión. Comandos:</translation>
        </message>
        <message>
            <source>Run 'genomedesk &lt;command&gt; --help' for a command's options.</source>
            <translation>Ejecute 'genomedesk &lt;command&gt; --help' para ver las opciones de un comando.</translation>
        </message>
        <message>
            <source>A VCF or BCF file to open in the window.</source>
            <translation>Un archivo VCF o BCF que abrir en la ventana.</translation>
        </message>
        <message>
            <source>Lists the policies shipped with GenomeDesk.</source>
            <translation>Enumera las políticas incluidas con GenomeDesk.</translation>
        </message>
        <message>
            <source>Validates a policy file; with --kb its genes are checked against the gene model.</source>
            <translation>Valida un archivo de política; con --kb, sus genes se comprueban con el modelo génico.</translation>
        </message>
        <message>
            <source>Policy id or JSON file.</source>
            <translation>Id de política o archivo JSON.</translation>
        </message>
        <message>
            <source>policy check: give one policy id or file</source>
            <translation>policy check: indique un id o archivo de política</translation>
        </message>
        <message>
            <source>%1: valid, %2 genes</source>
            <translation>%1: válida, %2 genes</translation>
        </message>
        <message>
            <source>cannot write: %1</source>
            <translation>no se puede escribir: %1</translation>
        </message>
        <message>
            <source>Applies a secondary-findings policy with the patient's consent to a case and writes one decision with its reasons per variant the proband carries.</source>
            <translation>Aplica a un caso una política de hallazgos secundarios con el consentimiento del paciente y escribe una decisión con sus motivos por cada variante que porta el probando.</translation>
        </message>
        <message>
            <source>Policy id (see "policy list") or JSON file.</source>
            <translation>Id de política (vea "policy list") o archivo JSON.</translation>
        </message>
        <message>
            <source>The patient's consent profile (JSON).</source>
            <translation>El perfil de consentimiento del paciente (JSON).</translation>
        </message>
        <message>
            <source>consent.json</source>
            <translation>consent.json</translation>
        </message>
        <message>
            <source>Indication: gene list, PanelApp TSV, or panel:&lt;id&gt; from the knowledge base.</source>
            <translation>Indicación: lista de genes, TSV de PanelApp o panel:&lt;id&gt; de la base de conocimiento.</translation>
        </message>
        <message>
            <source>Pedigree (PED) of a trio.</source>
            <translation>Árbol genealógico (PED) de un trío.</translation>
        </message>
        <message>
            <source>PED</source>
            <translation>PED</translation>
        </message>
        <message>
            <source>Sample name of the patient (default: the trio's child, else the first sample).</source>
            <translation>Nombre de la muestra del paciente (por defecto: el hijo del trío; si no, la primera muestra).</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>muestra</translation>
        </message>
        <message>
            <source>The patient's sex when there is no PED: male or female.</source>
            <translation>El sexo del paciente cuando no hay PED: male o female.</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>sexo</translation>
        </message>
        <message>
            <source>Genome build when the VCF does not tell.</source>
            <translation>Build del genoma cuando el VCF no lo indica.</translation>
        </message>
        <message>
            <source>Frequency cache for the frequency ceilings (repeatable).</source>
            <translation>Caché de frecuencias para los umbrales de frecuencia (repetible).</translation>
        </message>
        <message>
            <source>C.gdfreq</source>
            <translation>C.gdfreq</translation>
        </message>
        <message>
            <source>Decisions as .tsv or .json.</source>
            <translation>Decisiones en .tsv o .json.</translation>
        </message>
        <message>
            <source>The case VCF/BCF.</source>
            <translation>El VCF/BCF del caso.</translation>
        </message>
        <message>
            <source>policy apply: give one case VCF</source>
            <translation>policy apply: indique un VCF del caso</translation>
        </message>
        <message>
            <source>policy apply: --%1 is required</source>
            <translation>policy apply: --%1 es obligatorio</translation>
        </message>
        <message>
            <source>%1: knowledge base not found</source>
            <translation>%1: no se encontró la base de conocimiento</translation>
        </message>
        <message>
            <source>policy apply: --indication panel:&lt;id&gt; needs --kb</source>
            <translation>policy apply: --indication panel:&lt;id&gt; necesita --kb</translation>
        </message>
        <message>
            <source>policy apply: no panel %1 in the knowledge base</source>
            <translation>policy apply: no hay ningún panel %1 en la base de conocimiento</translation>
        </message>
        <message>
            <source>policy apply: --build must be GRCh37 or GRCh38</source>
            <translation>policy apply: --build debe ser GRCh37 o GRCh38</translation>
        </message>
        <message>
            <source>policy apply: --sex must be male or female</source>
            <translation>policy apply: --sex debe ser male o female</translation>
        </message>
        <message>
            <source>%1: frequency cache not found</source>
            <translation>%1: no se encontró la caché de frecuencias</translation>
        </message>
        <message>
            <source>%1: %2 variant(s) carried by %3 (%4 in ClinVar); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</source>
            <translation>%1: %2 variante(s) portada(s) por %3 (%4 en ClinVar); %5 report-primary, %6 report-secondary, %7 suppressed-by-consent, %8 needs-review, %9 not-reportable</translation>
        </message>
        <message>
            <source>not a reviews JSON file: %1</source>
            <translation>no es un archivo JSON de revisiones: %1</translation>
        </message>
        <message>
            <source>unknown classification "%1"</source>
            <translation>clasificación desconocida "%1"</translation>
        </message>
        <message>
            <source>case %1 was evaluated with policy %2 (sha256 %3) but --policy gives sha256 %4; give the same policy file</source>
            <translation>el caso %1 se evaluó con la política %2 (sha256 %3) pero --policy da sha256 %4; indique el mismo archivo de política</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Genetista clínico</translation>
        </message>
        <message>
            <source>case %1 has no input file</source>
            <translation>el caso %1 no tiene archivo de entrada</translation>
        </message>
        <message>
            <source>Writes a report of a case. Without --policy it lists the variants; with a policy and the patient's consent it is a clinician-facing report with primary and secondary findings, frequencies with their sources, the policy's reasons, limitations and a sign-off, optionally signed.</source>
            <translation>Redacta un informe de un caso. Sin --policy enumera las variantes; con una política y el consentimiento del paciente es un informe para clínicos con hallazgos primarios y secundarios, frecuencias con sus fuentes, los motivos de la política, limitaciones y una firma, opcionalmente firmado digitalmente.</translation>
        </message>
        <message>
            <source>PDF file to write.</source>
            <translation>Archivo PDF que escribir.</translation>
        </message>
        <message>
            <source>report.pdf</source>
            <translation>informe.pdf</translation>
        </message>
        <message>
            <source>Case identifier printed on the report.</source>
            <translation>Identificador del caso impreso en el informe.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Language of the report: %1 (default en).</source>
            <translation>Idioma del informe: %1 (por defecto en).</translation>
        </message>
        <message>
            <source>Also write the report as HTML.</source>
            <translation>Escribir también el informe en HTML.</translation>
        </message>
        <message>
            <source>file.html</source>
            <translation>archivo.html</translation>
        </message>
        <message>
            <source>Also write a FHIR R4 Genomics Reporting bundle.</source>
            <translation>Escribir también un bundle FHIR R4 Genomics Reporting.</translation>
        </message>
        <message>
            <source>Also write a GA4GH Phenopacket v2.</source>
            <translation>Escribir también un Phenopacket GA4GH v2.</translation>
        </message>
        <message>
            <source>Secondary-findings policy id or JSON file.</source>
            <translation>Id o archivo JSON de la política de hallazgos secundarios.</translation>
        </message>
        <message>
            <source>Indication gene list or PanelApp TSV.</source>
            <translation>Lista de genes de la indicación o TSV de PanelApp.</translation>
        </message>
        <message>
            <source>Knowledge base (genes, ClinVar).</source>
            <translation>Base de conocimiento (genes, ClinVar).</translation>
        </message>
        <message>
            <source>Frequency cache (repeatable).</source>
            <translation>Caché de frecuencias (repetible).</translation>
        </message>
        <message>
            <source>Classifications with criteria and comments (JSON, as "case export" writes them).</source>
            <translation>Clasificaciones con criterios y comentarios (JSON, tal como las escribe "case export").</translation>
        </message>
        <message>
            <source>Laboratory name printed on the report.</source>
            <translation>Nombre del laboratorio impreso en el informe.</translation>
        </message>
        <message>
            <source>Sign the PDF with this PKCS#12 certificate and key (passphrase in GENOMEDESK_SIGN_PASSPHRASE); writes PDF.p7s.</source>
            <translation>Firmar el PDF con este certificado y clave PKCS#12 (frase de contraseña en GENOMEDESK_SIGN_PASSPHRASE); escribe PDF.p7s.</translation>
        </message>
        <message>
            <source>cert.p12</source>
            <translation>cert.p12</translation>
        </message>
        <message>
            <source>Directory with report.html, report.css and a logo.</source>
            <translation>Directorio con report.html, report.css y un logotipo.</translation>
        </message>
        <message>
            <source>Case database: report the case given by --case with its consent, reviews and sign-off (key in GENOMEDESK_PASSPHRASE or --key-file).</source>
            <translation>Base de datos de casos: informar del caso indicado con --case con su consentimiento, revisiones y firma (clave en GENOMEDESK_PASSPHRASE o --key-file).</translation>
        </message>
        <message>
            <source>cases.gddb</source>
            <translation>cases.gddb</translation>
        </message>
        <message>
            <source>Key file of the case database.</source>
            <translation>Archivo de clave de la base de datos de casos.</translation>
        </message>
        <message>
            <source>With --db: print the patient's name and birth date (decrypted) besides the pseudonym.</source>
            <translation>Con --db: imprimir el nombre y la fecha de nacimiento del paciente (descifrados) junto al seudónimo.</translation>
        </message>
        <message>
            <source>report: expects exactly one file</source>
            <translation>report: se espera exactamente un archivo</translation>
        </message>
        <message>
            <source>report: --out is required</source>
            <translation>report: --out es obligatorio</translation>
        </message>
        <message>
            <source>report: --db needs --case and --policy</source>
            <translation>report: --db necesita --case y --policy</translation>
        </message>
        <message>
            <source>report: --consent, --indication and --reviews need --policy</source>
            <translation>report: --consent, --indication y --reviews necesitan --policy</translation>
        </message>
        <message>
            <source>report: no report language "%1"; available: %2</source>
            <translation>report: no existe el idioma de informe "%1"; disponibles: %2</translation>
        </message>
        <message>
            <source>report: set the passphrase in GENOMEDESK_PASSPHRASE or give --key-file</source>
            <translation>report: defina la frase de contraseña en GENOMEDESK_PASSPHRASE o indique --key-file</translation>
        </message>
        <message>
            <source>%1: case database not found</source>
            <translation>%1: no se encontró la base de datos de casos</translation>
        </message>
        <message>
            <source>Hereditary cardiomyopathy and arrhythmia (demo gene list)</source>
            <translation>Miocardiopatía y arritmia hereditarias (lista de genes de demostración)</translation>
        </message>
        <message>
            <source>GenomeDesk demo laboratory</source>
            <translation>Laboratorio de demostración de GenomeDesk</translation>
        </message>
        <message>
            <source>Dr. Demo Referrer, cardiology</source>
            <translation>Dr. Demo Solicitante, cardiología</translation>
        </message>
        <message>
            <source>knowledge base not found</source>
            <translation>no se encontró la base de conocimiento</translation>
        </message>
        <message>
            <source>the knowledge base has no gene model; the cache needs %1</source>
            <translation>la base de conocimiento no tiene modelo génico; la caché necesita %1</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is for %1, the cache is %2</source>
            <translation>el modelo génico de la base de conocimiento es de %1, la caché es de %2</translation>
        </message>
        <message>
            <source>gene %1 is not in the %2 gene model of the knowledge base</source>
            <translation>el gen %1 no está en el modelo génico %2 de la base de conocimiento</translation>
        </message>
        <message>
            <source>Fetches allele frequencies for a case or regions from Beacon v2 nodes into a frequency cache. Exit status 0: every node answered; 1: some nodes failed (the others were written); 2: bad usage or input.</source>
            <translation>Obtiene frecuencias alélicas de un caso o de regiones desde nodos Beacon v2 en una caché de frecuencias. Estado de salida 0: todos los nodos respondieron; 1: algunos nodos fallaron (los demás se escribieron); 2: uso o entrada incorrectos.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq), created when missing.</source>
            <translation>Caché de frecuencias (.gdfreq); se crea si no existe.</translation>
        </message>
        <message>
            <source>Node list (nodes.json).</source>
            <translation>Lista de nodos (nodes.json).</translation>
        </message>
        <message>
            <source>Case VCF/BCF whose variants are looked up (padded to regions).</source>
            <translation>VCF/BCF del caso cuyas variantes se consultan (ampliadas a regiones).</translation>
        </message>
        <message>
            <source>Region chr:start-end (1-based, inclusive); repeatable.</source>
            <translation>Región chr:start-end (en base 1, inclusiva); repetible.</translation>
        </message>
        <message>
            <source>Gene symbol whose span (from the gene model of --kb, padded like a variant) is synced as a region; repeatable.</source>
            <translation>Símbolo del gen cuya extensión (según el modelo génico de --kb, ampliada como una variante) se sincroniza como región; repetible.</translation>
        </message>
        <message>
            <source>Knowledge base (.gdkb) whose gene model resolves --gene.</source>
            <translation>Base de conocimiento (.gdkb) cuyo modelo génico resuelve --gene.</translation>
        </message>
        <message>
            <source>Write every request sent (URL and body, no tokens) as JSON lines.</source>
            <translation>Escribir cada solicitud enviada (URL y cuerpo, sin tokens) como líneas JSON.</translation>
        </message>
        <message>
            <source>Fetch again only regions fetched more than this many days ago (0: all); default: each node's maxAgeDays in the node list (30).</source>
            <translation>Volver a obtener solo las regiones obtenidas hace más de este número de días (0: todas); por defecto: el maxAgeDays de cada nodo en la lista de nodos (30).</translation>
        </message>
        <message>
            <source>sync needs --cache and --nodes.</source>
            <translation>sync necesita --cache y --nodes.</translation>
        </message>
        <message>
            <source>sync needs either --vcf or --region/--gene.</source>
            <translation>sync necesita --vcf o bien --region/--gene.</translation>
        </message>
        <message>
            <source>--gene needs --kb (the knowledge base with the gene model).</source>
            <translation>--gene necesita --kb (la base de conocimiento con el modelo génico).</translation>
        </message>
        <message>
            <source>--max-age must be a number of days, 0 ... 3650.</source>
            <translation>--max-age debe ser un número de días, 0 ... 3650.</translation>
        </message>
        <message>
            <source>--gene: the nodes name different assemblies and the cache %1 has no build yet; give --region instead</source>
            <translation>--gene: los nodos indican ensamblajes distintos y la caché %1 aún no tiene build; indique --region en su lugar</translation>
        </message>
        <message>
            <source>node %1: up to date, %2 region(s) fetched within %3 day(s), 0 requests</source>
            <translation>nodo %1: actualizado, %2 región(es) obtenida(s) en los últimos %3 día(s), 0 solicitudes</translation>
        </message>
        <message>
            <source>node %1: ok, %2 variants, %3 sites cached, %4 requests, %5 ms</source>
            <translation>nodo %1: ok, %2 variantes, %3 sitios en caché, %4 solicitudes, %5 ms</translation>
        </message>
        <message>
            <source>node %1: FAILED after %2 ms: %3</source>
            <translation>nodo %1: FALLÓ tras %2 ms: %3</translation>
        </message>
        <message>
            <source>%1: cannot write the request log</source>
            <translation>%1: no se puede escribir el registro de solicitudes</translation>
        </message>
        <message>
            <source>source %1: %2 sites, retrieved %3 (%4 minutes ago)</source>
            <translation>fuente %1: %2 sitios, obtenida el %3 (hace %4 minutos)</translation>
        </message>
        <message>
            <source>  region %1:%2-%3 fetched %4 (%5)</source>
            <translation>  región %1:%2-%3 obtenida el %4 (%5)</translation>
        </message>
        <message>
            <source>Checks a package against its detached CMS signature and a trusted certificate. Exit code 0: valid; 1: the package did not verify; 2: bad usage or unreadable input.</source>
            <translation>Comprueba un paquete con su firma CMS separada y un certificado de confianza. Código de salida 0: válido; 1: el paquete no se verificó; 2: uso incorrecto o entrada ilegible.</translation>
        </message>
        <message>
            <source>The package (.deb, .rpm, .tar.gz, SHA256SUMS).</source>
            <translation>El paquete (.deb, .rpm, .tar.gz, SHA256SUMS).</translation>
        </message>
        <message>
            <source>Its detached CMS signature (DER or PEM).</source>
            <translation>Su firma CMS separada (DER o PEM).</translation>
        </message>
        <message>
            <source>The trusted certificate(s), PEM: the signer's or the issuing CA's.</source>
            <translation>El certificado o certificados de confianza, PEM: el del firmante o el de la CA emisora.</translation>
        </message>
        <message>
            <source>verify-package: unexpected argument %1</source>
            <translation>verify-package: argumento inesperado %1</translation>
        </message>
        <message>
            <source>verify-package: --%1 is required</source>
            <translation>verify-package: --%1 es obligatorio</translation>
        </message>
        <message>
            <source>VERIFICATION FAILED for %1: %2. Do not install it.</source>
            <translation>VERIFICACIÓN FALLIDA para %1: %2. No lo instale.</translation>
        </message>
        <message>
            <source>OK: %1 is signed by %2</source>
            <translation>OK: %1 está firmado por %2</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>verify-report: cannot read the %1 %2</source>
            <translation>verify-report: no se puede leer %1 %2</translation>
        </message>
        <message>
            <source>Checks a signed report PDF against its detached CMS signature and the trusted CA certificate(s). Exit code 0: valid; 1: not valid (the reason is printed); 2: bad usage or unreadable input.</source>
            <translation>Comprueba un informe PDF firmado con su firma CMS separada y el certificado o certificados de CA de confianza. Código de salida 0: válido; 1: no válido (se muestra el motivo); 2: uso incorrecto o entrada ilegible.</translation>
        </message>
        <message>
            <source>The signed report.</source>
            <translation>El informe firmado.</translation>
        </message>
        <message>
            <source>The detached signature (DER or PEM); default: the report's name + .p7s.</source>
            <translation>La firma separada (DER o PEM); por defecto: el nombre del informe + .p7s.</translation>
        </message>
        <message>
            <source>The trusted CA certificate(s), PEM: the issuer of the geneticists' certificates, or a signer's own certificate.</source>
            <translation>El certificado o certificados de CA de confianza, PEM: el emisor de los certificados de los genetistas, o el propio certificado de un firmante.</translation>
        </message>
        <message>
            <source>verify-report: expects exactly one report PDF</source>
            <translation>verify-report: se espera exactamente un informe PDF</translation>
        </message>
        <message>
            <source>verify-report: --ca is required</source>
            <translation>verify-report: --ca es obligatorio</translation>
        </message>
        <message>
            <source>report</source>
            <translation>el informe</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>la firma</translation>
        </message>
        <message>
            <source>VALID: %1</source>
            <translation>VÁLIDO: %1</translation>
        </message>
        <message>
            <source>INVALID (%1): %2</source>
            <translation>NO VÁLIDO (%1): %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Motivo: %1</translation>
        </message>
        <message>
            <source>Signer: %1</source>
            <translation>Firmante: %1</translation>
        </message>
        <message>
            <source>Certificate SHA-256: %1</source>
            <translation>SHA-256 del certificado: %1</translation>
        </message>
        <message>
            <source>Signed at: %1</source>
            <translation>Firmado el: %1</translation>
        </message>
        <message>
            <source>Report SHA-256: %1</source>
            <translation>SHA-256 del informe: %1</translation>
        </message>
        <message>
            <source>Only these fields, comma-separated, without the source prefix (AC,AN,AF,AC_nfe,status); default: all.</source>
            <translation>Solo estos campos, separados por comas, sin el prefijo de la fuente (AC,AN,AF,AC_nfe,status); por defecto: todos.</translation>
        </message>
        <message>
            <source>list</source>
            <translation>lista</translation>
        </message>
        <message>
            <source>annotate: --fields needs at least one field name</source>
            <translation>annotate: --fields necesita al menos un nombre de campo</translation>
        </message>
        <message>
            <source>import a sites VCF/BCF into a frequency cache as one source</source>
            <translation>importar un VCF/BCF de sitios como una fuente en una caché de frecuencias</translation>
        </message>
        <message>
            <source>print the sources, populations, sites, size and build of a cache</source>
            <translation>mostrar las fuentes, poblaciones, sitios, tamaño y ensamblaje de una caché</translation>
        </message>
        <message>
            <source>remove a source and its sites from a cache</source>
            <translation>quitar una fuente y sus sitios de una caché</translation>
        </message>
        <message>
            <source>create a case for a patient and print its id</source>
            <translation>crear un caso para un paciente y mostrar su id</translation>
        </message>
        <message>
            <source>list the cases of a case database</source>
            <translation>listar los casos de una base de datos de casos</translation>
        </message>
        <message>
            <source>show a case's inputs, reviews and report versions</source>
            <translation>mostrar las entradas, revisiones y versiones del informe de un caso</translation>
        </message>
        <message>
            <source>write a case as JSON (pseudonymous unless --identified)</source>
            <translation>escribir un caso en JSON (seudonimizado salvo con --identified)</translation>
        </message>
        <message>
            <source>mark a draft case as reviewed</source>
            <translation>marcar un caso en borrador como revisado</translation>
        </message>
        <message>
            <source>sign a reviewed case (clinical geneticists only)</source>
            <translation>firmar un caso revisado (solo genetistas clínicos)</translation>
        </message>
        <message>
            <source>record one variant's classification with its ACMG/AMP criteria</source>
            <translation>registrar la clasificación de una variante con sus criterios ACMG/AMP</translation>
        </message>
        <message>
            <source>add a user to a case database</source>
            <translation>añadir un usuario a una base de datos de casos</translation>
        </message>
        <message>
            <source>list the users of a case database</source>
            <translation>listar los usuarios de una base de datos de casos</translation>
        </message>
        <message>
            <source>check the audit log's hash chain (and HMACs with the key)</source>
            <translation>comprobar la cadena de hash del registro de auditoría (y los HMAC con la clave)</translation>
        </message>
        <message>
            <source>print the audit log</source>
            <translation>mostrar el registro de auditoría</translation>
        </message>
        <message>
            <source>Usage: %1 &lt;subcommand&gt; [options]</source>
            <translation>Uso: %1 &lt;subcomando&gt; [opciones]</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>Subcomandos:</translation>
        </message>
        <message>
            <source>Run '%1 &lt;subcommand&gt; --help' for its options.</source>
            <translation>'%1 &lt;subcomando&gt; --help' muestra sus opciones.</translation>
        </message>
        <message>
            <source>%1: expects a subcommand: %2 (see %3 --help)</source>
            <translation>%1: espera un subcomando: %2 (véase %3 --help)</translation>
        </message>
        <message>
            <source>%1: unknown subcommand "%2"; expected %3 (see %4 --help)</source>
            <translation>%1: subcomando desconocido «%2»; se esperaba: %3 (véase %4 --help)</translation>
        </message>
        <message>
            <source>import one file into a knowledge base</source>
            <translation>importar un archivo en una base de conocimiento</translation>
        </message>
        <message>
            <source>list the sources held by a knowledge base</source>
            <translation>listar las fuentes de una base de conocimiento</translation>
        </message>
        <message>
            <source>list the policies shipped with GenomeDesk</source>
            <translation>listar las políticas incluidas en GenomeDesk</translation>
        </message>
        <message>
            <source>validate a policy file</source>
            <translation>validar un archivo de política</translation>
        </message>
        <message>
            <source>apply a policy with the patient's consent to a case</source>
            <translation>aplicar una política con el consentimiento del paciente a un caso</translation>
        </message>
        <message>
            <source>Report %1 (%2): %3, %4</source>
            <extracomment>%3 "1 primary finding", %4 "5 secondary findings"</extracomment>
            <translation>Informe %1 (%2): %3, %4</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n hallazgo primario</numerusform>
                <numerusform>%n hallazgos primarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n hallazgo secundario</numerusform>
                <numerusform>%n hallazgos secundarios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>The response is larger than %1 bytes.</source>
            <translation>La respuesta supera los %1 bytes.</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>sin respuesta en %1 ms</translation>
        </message>
        <message numerus="yes">
            <source>%1 after %n attempt(s).</source>
            <translation>
                <numerusform>%1 tras %n intento.</numerusform>
                <numerusform>%1 tras %n intentos.</numerusform>
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
            <translation>Respuesta mal formada: %1</translation>
        </message>
        <message>
            <source>Cannot read the node list.</source>
            <translation>No se puede leer la lista de nodos.</translation>
        </message>
        <message>
            <source>Not a node list: expected a JSON object with a "nodes" array.</source>
            <translation>No es una lista de nodos: se esperaba un objeto JSON con una matriz "nodes".</translation>
        </message>
        <message>
            <source>A node must be a JSON object.</source>
            <translation>Un nodo debe ser un objeto JSON.</translation>
        </message>
        <message>
            <source>"name" must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>"name" debe tener de 1 a 64 letras, dígitos, '.', '_' o '-'.</translation>
        </message>
        <message>
            <source>The node name "%1" is used twice.</source>
            <translation>El nombre de nodo "%1" se usa dos veces.</translation>
        </message>
        <message>
            <source>"baseUrl" must be an http or https URL.</source>
            <translation>"baseUrl" debe ser una URL http o https.</translation>
        </message>
        <message>
            <source>"style" must be "spec" or "gdi".</source>
            <translation>"style" debe ser "spec" o "gdi".</translation>
        </message>
        <message>
            <source>"coordinates" must be "0-based" or "1-based".</source>
            <translation>"coordinates" debe ser "0-based" o "1-based".</translation>
        </message>
        <message>
            <source>"auth.type" must be "none", "bearer" or "basic".</source>
            <translation>"auth.type" debe ser "none", "bearer" o "basic".</translation>
        </message>
        <message>
            <source>Cannot read the token file of node "%1".</source>
            <translation>No se puede leer el archivo de token del nodo "%1".</translation>
        </message>
        <message>
            <source>The token file of node "%1" must hold one line.</source>
            <translation>El archivo de token del nodo "%1" debe contener una sola línea.</translation>
        </message>
        <message>
            <source>"timeoutMs" must be 100 ... 600000.</source>
            <translation>"timeoutMs" debe estar entre 100 y 600000.</translation>
        </message>
        <message>
            <source>"retries" must be 0 ... 10.</source>
            <translation>"retries" debe estar entre 0 y 10.</translation>
        </message>
        <message>
            <source>"concurrency" must be 1 ... 16.</source>
            <translation>"concurrency" debe estar entre 1 y 16.</translation>
        </message>
        <message>
            <source>"windowBases" must be 0 ... 1000000.</source>
            <translation>"windowBases" debe estar entre 0 y 1000000.</translation>
        </message>
        <message>
            <source>"maximumResponseBytes" must be 1024 ... 2^30.</source>
            <translation>"maximumResponseBytes" debe estar entre 1024 y 2^30.</translation>
        </message>
        <message>
            <source>Not a region: "%1" (expected contig:start-end, 1-based).</source>
            <translation>No es una región: "%1" (se esperaba contig:inicio-fin, base 1).</translation>
        </message>
        <message>
            <source>The response is not a JSON object (%1).</source>
            <translation>La respuesta no es un objeto JSON (%1).</translation>
        </message>
        <message>
            <source>The node answered with an error: %1</source>
            <translation>El nodo respondió con un error: %1</translation>
        </message>
        <message>
            <source>The response has no result sets.</source>
            <translation>La respuesta no contiene conjuntos de resultados.</translation>
        </message>
        <message>
            <source>"resultSets" is not an array.</source>
            <translation>"resultSets" no es una matriz.</translation>
        </message>
        <message>
            <source>A result set is not an object.</source>
            <translation>Un conjunto de resultados no es un objeto.</translation>
        </message>
        <message>
            <source>"results" is not an array.</source>
            <translation>"results" no es una matriz.</translation>
        </message>
        <message>
            <source>Invalid bases in a record.</source>
            <translation>Bases no válidas en un registro.</translation>
        </message>
        <message>
            <source>frequencyInPopulations has neither frequencies[] nor populations[].</source>
            <translation>frequencyInPopulations no tiene frequencies[] ni populations[].</translation>
        </message>
        <message>
            <source>A frequency has no population label.</source>
            <translation>Una frecuencia no tiene etiqueta de población.</translation>
        </message>
        <message>
            <source>An allele frequency is not a number in [0, 1].</source>
            <translation>Una frecuencia alélica no es un número en [0, 1].</translation>
        </message>
        <message>
            <source>A count is not a non-negative integer.</source>
            <translation>Un recuento no es un entero no negativo.</translation>
        </message>
        <message>
            <source>An allele count is larger than its allele number.</source>
            <translation>Un recuento alélico es mayor que su número de alelos.</translation>
        </message>
        <message>
            <source>The request is larger than %1 bytes.</source>
            <translation>La solicitud supera los %1 bytes.</translation>
        </message>
        <message>
            <source>No such endpoint.</source>
            <translation>No existe ese endpoint.</translation>
        </message>
        <message>
            <source>Internal error (simulated).</source>
            <translation>Error interno (simulado).</translation>
        </message>
        <message>
            <source>A valid Bearer token is required.</source>
            <translation>Se requiere un token Bearer válido.</translation>
        </message>
        <message>
            <source>Only GET and POST are allowed.</source>
            <translation>Solo se permiten GET y POST.</translation>
        </message>
        <message>
            <source>Only GET is allowed here.</source>
            <translation>Aquí solo se permite GET.</translation>
        </message>
        <message>
            <source>No such endpoint: %1</source>
            <translation>No existe ese endpoint: %1</translation>
        </message>
        <message>
            <source>"start" must be one or two non-negative integers.</source>
            <translation>"start" debe ser uno o dos enteros no negativos.</translation>
        </message>
        <message>
            <source>"end" must be one or two non-negative integers.</source>
            <translation>"end" debe ser uno o dos enteros no negativos.</translation>
        </message>
        <message>
            <source>"skip" must be a non-negative integer.</source>
            <translation>"skip" debe ser un entero no negativo.</translation>
        </message>
        <message>
            <source>"limit" must be a non-negative integer.</source>
            <translation>"limit" debe ser un entero no negativo.</translation>
        </message>
        <message>
            <source>The request body is not a JSON object.</source>
            <translation>El cuerpo de la solicitud no es un objeto JSON.</translation>
        </message>
        <message>
            <source>The request has no "meta" object.</source>
            <translation>La solicitud no tiene objeto "meta".</translation>
        </message>
        <message>
            <source>"query" must be an object.</source>
            <translation>"query" debe ser un objeto.</translation>
        </message>
        <message>
            <source>"requestParameters" must be an object.</source>
            <translation>"requestParameters" debe ser un objeto.</translation>
        </message>
        <message>
            <source>"assemblyId" must be a string.</source>
            <translation>"assemblyId" debe ser una cadena.</translation>
        </message>
        <message>
            <source>"referenceName" must be a string.</source>
            <translation>"referenceName" debe ser una cadena.</translation>
        </message>
        <message>
            <source>"referenceBases" must be a string.</source>
            <translation>"referenceBases" debe ser una cadena.</translation>
        </message>
        <message>
            <source>"alternateBases" must be a string.</source>
            <translation>"alternateBases" debe ser una cadena.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be a string.</source>
            <translation>"requestedGranularity" debe ser una cadena.</translation>
        </message>
        <message>
            <source>"pagination" must be an object.</source>
            <translation>"pagination" debe ser un objeto.</translation>
        </message>
        <message>
            <source>"requestedGranularity" must be boolean, count or record.</source>
            <translation>"requestedGranularity" debe ser boolean, count o record.</translation>
        </message>
        <message>
            <source>"referenceName" is required.</source>
            <translation>"referenceName" es obligatorio.</translation>
        </message>
        <message>
            <source>"start" (one or two values) is required; "end" takes one or two.</source>
            <translation>"start" (uno o dos valores) es obligatorio; "end" admite uno o dos.</translation>
        </message>
        <message>
            <source>Bases may only contain IUPAC nucleotide codes.</source>
            <translation>Las bases solo pueden contener códigos de nucleótidos IUPAC.</translation>
        </message>
        <message>
            <source>A query with one "start" needs "alternateBases" or "end".</source>
            <translation>Una consulta con un solo "start" necesita "alternateBases" o "end".</translation>
        </message>
        <message>
            <source>"end" must be greater than "start".</source>
            <translation>"end" debe ser mayor que "start".</translation>
        </message>
        <message>
            <source>The region is longer than %1 bases.</source>
            <translation>La región tiene más de %1 bases.</translation>
        </message>
        <message>
            <source>The frequency cache cannot be read.</source>
            <translation>No se puede leer la caché de frecuencias.</translation>
        </message>
        <message>
            <source>Cannot write to the cache: %1</source>
            <translation>No se puede escribir en la caché: %1</translation>
        </message>
        <message>
            <source>line %1 (record %2)</source>
            <translation>línea %1 (registro %2)</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>línea %1</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>registro %1</translation>
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
            <translation>no se encontró el archivo PED</translation>
        </message>
        <message>
            <source>too large for a PED file</source>
            <translation>demasiado grande para un archivo PED</translation>
        </message>
        <message>
            <source>a PED line needs 6 columns (family, individual, father, mother, sex, phenotype), found %1</source>
            <translation>una línea PED necesita 6 columnas (familia, individuo, padre, madre, sexo, fenotipo); se encontraron %1</translation>
        </message>
        <message>
            <source>sex must be 1 (male), 2 (female) or 0 (unknown), found '%1'</source>
            <translation>el sexo debe ser 1 (varón), 2 (mujer) o 0 (desconocido); se encontró '%1'</translation>
        </message>
        <message>
            <source>individual '%1' is given as their own parent</source>
            <translation>el individuo '%1' figura como su propio progenitor</translation>
        </message>
        <message>
            <source>individual '%1' appears twice</source>
            <translation>el individuo '%1' aparece dos veces</translation>
        </message>
        <message>
            <source>the PED file lists nobody</source>
            <translation>el archivo PED no incluye a nadie</translation>
        </message>
        <message>
            <source>the source %1 is in more than one frequency cache</source>
            <translation>la fuente %1 está en más de una caché de frecuencias</translation>
        </message>
        <message>
            <source>the annotation was cancelled</source>
            <translation>se canceló la anotación</translation>
        </message>
        <message>
            <source>empty blob</source>
            <translation>blob vacío</translation>
        </message>
        <message>
            <source>unknown chunk encoding %1</source>
            <translation>codificación de fragmento desconocida %1</translation>
        </message>
        <message>
            <source>bad size</source>
            <translation>tamaño incorrecto</translation>
        </message>
        <message>
            <source>the compressed data does not inflate</source>
            <translation>los datos comprimidos no se pueden descomprimir</translation>
        </message>
        <message>
            <source>bad site count</source>
            <translation>número de sitios incorrecto</translation>
        </message>
        <message>
            <source>%1 columns instead of %2</source>
            <translation>%1 columnas en lugar de %2</translation>
        </message>
        <message>
            <source>bad position</source>
            <translation>posición incorrecta</translation>
        </message>
        <message>
            <source>bad allele table</source>
            <translation>tabla de alelos incorrecta</translation>
        </message>
        <message>
            <source>bad allele code</source>
            <translation>código de alelo incorrecto</translation>
        </message>
        <message>
            <source>truncated site table</source>
            <translation>tabla de sitios truncada</translation>
        </message>
        <message>
            <source>bad integer value</source>
            <translation>valor entero incorrecto</translation>
        </message>
        <message>
            <source>truncated float column</source>
            <translation>columna de coma flotante truncada</translation>
        </message>
        <message>
            <source>bad text table</source>
            <translation>tabla de texto incorrecta</translation>
        </message>
        <message>
            <source>bad text index</source>
            <translation>índice de texto incorrecto</translation>
        </message>
        <message>
            <source>truncated column</source>
            <translation>columna truncada</translation>
        </message>
        <message>
            <source>trailing bytes</source>
            <translation>bytes sobrantes al final</translation>
        </message>
        <message>
            <source>cannot read the frequency cache</source>
            <translation>no se puede leer la caché de frecuencias</translation>
        </message>
        <message>
            <source>not a frequency cache (not an SQLite database, or truncated)</source>
            <translation>no es una caché de frecuencias (no es una base de datos SQLite o está truncada)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (bad page size)</source>
            <translation>la caché de frecuencias está dañada (tamaño de página incorrecto)</translation>
        </message>
        <message>
            <source>the frequency cache is truncated: %1 of %2 bytes</source>
            <translation>la caché de frecuencias está truncada: %1 de %2 bytes</translation>
        </message>
        <message>
            <source>the frequency cache is truncated (size %1 is not a multiple of the page size %2)</source>
            <translation>la caché de frecuencias está truncada (el tamaño %1 no es múltiplo del tamaño de página %2)</translation>
        </message>
        <message>
            <source>the frequency cache is corrupt (%1: %2)</source>
            <translation>la caché de frecuencias está dañada (%1: %2)</translation>
        </message>
        <message>
            <source>the frequency cache is in use by another program (%1)</source>
            <translation>otro programa está usando la caché de frecuencias (%1)</translation>
        </message>
        <message>
            <source>cannot write the frequency cache (%1: %2)</source>
            <translation>no se puede escribir la caché de frecuencias (%1: %2)</translation>
        </message>
        <message>
            <source>frequency cache error (%1: %2)</source>
            <translation>error de la caché de frecuencias (%1: %2)</translation>
        </message>
        <message>
            <source>frequency cache not found</source>
            <translation>no se encontró la caché de frecuencias</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>no es un archivo</translation>
        </message>
        <message>
            <source>the frequency cache is empty (0 bytes)</source>
            <translation>la caché de frecuencias está vacía (0 bytes)</translation>
        </message>
        <message>
            <source>cannot open the frequency cache: %1</source>
            <translation>no se puede abrir la caché de frecuencias: %1</translation>
        </message>
        <message>
            <source>reading the header</source>
            <translation>leyendo la cabecera</translation>
        </message>
        <message>
            <source>reading the schema</source>
            <translation>leyendo el esquema</translation>
        </message>
        <message>
            <source>the file is an empty SQLite database, not a frequency cache</source>
            <translation>el archivo es una base de datos SQLite vacía, no una caché de frecuencias</translation>
        </message>
        <message>
            <source>creating the cache</source>
            <translation>creando la caché</translation>
        </message>
        <message>
            <source>the file is an SQLite database but not a GenomeDesk frequency cache</source>
            <translation>el archivo es una base de datos SQLite, pero no una caché de frecuencias de GenomeDesk</translation>
        </message>
        <message>
            <source>reading the metadata</source>
            <translation>leyendo los metadatos</translation>
        </message>
        <message>
            <source>the frequency cache has no valid format record</source>
            <translation>la caché de frecuencias no tiene un registro de formato válido</translation>
        </message>
        <message>
            <source>the frequency cache has format version %1; this GenomeDesk reads up to version %2</source>
            <translation>la caché de frecuencias tiene la versión de formato %1; esta versión de GenomeDesk lee hasta la versión %2</translation>
        </message>
        <message>
            <source>reading the sources</source>
            <translation>leyendo las fuentes</translation>
        </message>
        <message>
            <source>reading the populations</source>
            <translation>leyendo las poblaciones</translation>
        </message>
        <message>
            <source>reading the fields</source>
            <translation>leyendo los campos</translation>
        </message>
        <message>
            <source>the frequency cache is for %1 but the case is %2; use a cache built from %2 sources</source>
            <translation>la caché de frecuencias es para %1, pero el caso es %2; utilice una caché creada a partir de fuentes %2</translation>
        </message>
        <message>
            <source>reading sites</source>
            <translation>leyendo sitios</translation>
        </message>
        <message>
            <source>reading sites of %1:%2</source>
            <translation>leyendo sitios de %1:%2</translation>
        </message>
        <message>
            <source>%1 (source %2, contig %3, window %4)</source>
            <translation>%1 (fuente %2, contig %3, ventana %4)</translation>
        </message>
        <message>
            <source>the frequency cache has no source called %1</source>
            <translation>la caché de frecuencias no tiene ninguna fuente llamada %1</translation>
        </message>
        <message>
            <source>removing a source</source>
            <translation>eliminando una fuente</translation>
        </message>
        <message>
            <source>the frequency cache holds %1 data but the source %2 is %3</source>
            <translation>la caché de frecuencias contiene datos %1, pero la fuente %2 es %3</translation>
        </message>
        <message>
            <source>of an unknown build</source>
            <translation>de un ensamblaje desconocido</translation>
        </message>
        <message>
            <source>a source needs a name and a version</source>
            <translation>una fuente necesita un nombre y una versión</translation>
        </message>
        <message>
            <source>a source needs at least one field</source>
            <translation>una fuente necesita al menos un campo</translation>
        </message>
        <message>
            <source>starting the import</source>
            <translation>iniciando la importación</translation>
        </message>
        <message>
            <source>replacing the source</source>
            <translation>sustituyendo la fuente</translation>
        </message>
        <message>
            <source>writing the source</source>
            <translation>escribiendo la fuente</translation>
        </message>
        <message>
            <source>writing the populations</source>
            <translation>escribiendo las poblaciones</translation>
        </message>
        <message>
            <source>writing the fields</source>
            <translation>escribiendo los campos</translation>
        </message>
        <message>
            <source>writing the build</source>
            <translation>escribiendo el ensamblaje</translation>
        </message>
        <message>
            <source>writing sites</source>
            <translation>escribiendo sitios</translation>
        </message>
        <message>
            <source>writing the coverage</source>
            <translation>escribiendo la cobertura</translation>
        </message>
        <message>
            <source>finishing the import</source>
            <translation>finalizando la importación</translation>
        </message>
        <message>
            <source>committing the import</source>
            <translation>confirmando la importación</translation>
        </message>
        <message>
            <source>cannot read the field map</source>
            <translation>no se puede leer el mapa de campos</translation>
        </message>
        <message>
            <source>expected &lt;metric&gt; &lt;population&gt; &lt;INFO key&gt; [type] or population &lt;label&gt; &lt;description&gt; [count]</source>
            <translation>se esperaba &lt;métrica&gt; &lt;población&gt; &lt;clave INFO&gt; [tipo] o population &lt;etiqueta&gt; &lt;descripción&gt; [recuento]</translation>
        </message>
        <message>
            <source>the sample count %1 is not a number</source>
            <translation>el número de muestras %1 no es un número</translation>
        </message>
        <message>
            <source>unknown type %1 (Integer, Float or String)</source>
            <translation>tipo desconocido %1 (Integer, Float o String)</translation>
        </message>
        <message>
            <source>the field map maps no field</source>
            <translation>el mapa de campos no asigna ningún campo</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>no se encontró el archivo</translation>
        </message>
        <message>
            <source>not a readable file</source>
            <translation>no es un archivo legible</translation>
        </message>
        <message>
            <source>the source name %1 must start with a letter and contain only letters, digits and '_' (it prefixes INFO keys)</source>
            <translation>el nombre de fuente %1 debe empezar por una letra y contener solo letras, dígitos y '_' (se usa como prefijo de las claves INFO)</translation>
        </message>
        <message>
            <source>htslib cannot open the file</source>
            <translation>htslib no puede abrir el archivo</translation>
        </message>
        <message>
            <source>not a VCF or BCF file</source>
            <translation>no es un archivo VCF o BCF</translation>
        </message>
        <message>
            <source>the file is truncated (the BGZF end-of-file marker is missing)</source>
            <translation>el archivo está truncado (falta el marcador de fin de archivo BGZF)</translation>
        </message>
        <message>
            <source>the VCF header is missing or invalid</source>
            <translation>falta la cabecera VCF o no es válida</translation>
        </message>
        <message>
            <source>the sites VCF header says %1 but %2 was given</source>
            <translation>la cabecera del VCF de sitios indica %1, pero se indicó %2</translation>
        </message>
        <message>
            <source>cannot tell the genome build of the sites VCF from its header; give it (GRCh37 or GRCh38)</source>
            <translation>no se puede determinar el ensamblaje genómico del VCF de sitios a partir de su cabecera; indíquelo (GRCh37 o GRCh38)</translation>
        </message>
        <message>
            <source>All samples of the source</source>
            <translation>Todas las muestras de la fuente</translation>
        </message>
        <message>
            <source>the sites VCF does not declare the INFO field(s) %1; check --populations or the field map</source>
            <translation>el VCF de sitios no declara el o los campos INFO %1; revise --populations o el mapa de campos</translation>
        </message>
        <message>
            <source>the sites VCF has no frequency fields to import</source>
            <translation>el VCF de sitios no tiene campos de frecuencia que importar</translation>
        </message>
        <message>
            <source>the INFO field %1 must have Number=A, R or 1</source>
            <translation>el campo INFO %1 debe tener Number=A, R o 1</translation>
        </message>
        <message>
            <source>cannot read the record (truncated or malformed file)</source>
            <translation>no se puede leer el registro (archivo truncado o mal formado)</translation>
        </message>
        <message>
            <source>the import was cancelled</source>
            <translation>se canceló la importación</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted: contig %1 appears in two blocks</source>
            <translation>el VCF de sitios no está ordenado: el contig %1 aparece en dos bloques</translation>
        </message>
        <message>
            <source>the sites VCF is not sorted by position</source>
            <translation>el VCF de sitios no está ordenado por posición</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate site(s) dropped; the first record wins</source>
            <translation>
                <numerusform>se descartó %n sitio duplicado; prevalece el primer registro</numerusform>
                <numerusform>se descartaron %n sitios duplicados; prevalece el primer registro</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symbolic, breakend or '*' allele(s) skipped</source>
            <translation>
                <numerusform>se omitió %n alelo simbólico, de punto de ruptura o '*'</numerusform>
                <numerusform>se omitieron %n alelos simbólicos, de punto de ruptura o '*'</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown output format; name the file .vcf.gz, .bcf, .vcf or .tsv</source>
            <translation>formato de salida desconocido; asigne al archivo la extensión .vcf.gz, .bcf, .vcf o .tsv</translation>
        </message>
        <message>
            <source>the input already declares INFO/%1 differently</source>
            <translation>la entrada ya declara INFO/%1 de otra forma</translation>
        </message>
        <message>
            <source>cannot extend the VCF header</source>
            <translation>no se puede ampliar la cabecera VCF</translation>
        </message>
        <message>
            <source>cannot write in the output directory</source>
            <translation>no se puede escribir en el directorio de salida</translation>
        </message>
        <message>
            <source>cannot create the output file</source>
            <translation>no se puede crear el archivo de salida</translation>
        </message>
        <message>
            <source>cannot write the output header</source>
            <translation>no se puede escribir la cabecera de salida</translation>
        </message>
        <message>
            <source>cannot write the output</source>
            <translation>no se puede escribir la salida</translation>
        </message>
        <message>
            <source>cannot update INFO/%1</source>
            <translation>no se puede actualizar INFO/%1</translation>
        </message>
        <message>
            <source>cannot finish the output file</source>
            <translation>no se puede finalizar el archivo de salida</translation>
        </message>
        <message>
            <source>cannot rename the output into place</source>
            <translation>no se puede mover el archivo de salida a su ubicación definitiva</translation>
        </message>
        <message>
            <source>undeclared key(s) dropped from the output: %1</source>
            <translation>claves no declaradas eliminadas de la salida: %1</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>no se puede abrir el archivo</translation>
        </message>
        <message>
            <source>import cancelled</source>
            <translation>importación cancelada</translation>
        </message>
        <message>
            <source>the file is damaged or truncated</source>
            <translation>el archivo está dañado o truncado</translation>
        </message>
        <message>
            <source>knowledge base error: %1</source>
            <translation>error de la base de conocimiento: %1</translation>
        </message>
        <message>
            <source>cannot open the knowledge base: %1</source>
            <translation>no se puede abrir la base de conocimiento: %1</translation>
        </message>
        <message>
            <source>knowledge base schema %1 is not supported (expected %2)</source>
            <translation>el esquema %1 de la base de conocimiento no es compatible (se esperaba %2)</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene file</source>
            <translation>indique el ensamblaje genómico (GRCh37 o GRCh38) del archivo de genes</translation>
        </message>
        <message>
            <source>expected a BED line: contig, start, end, gene symbol</source>
            <translation>se esperaba una línea BED: contig, inicio, fin, símbolo del gen</translation>
        </message>
        <message>
            <source>give the genome build (GRCh37 or GRCh38) of the gene model</source>
            <translation>indique el ensamblaje genómico (GRCh37 o GRCh38) del modelo génico</translation>
        </message>
        <message>
            <source>expected 9 tab-separated GTF/GFF3 columns with start &lt;= end</source>
            <translation>se esperaban 9 columnas GTF/GFF3 separadas por tabuladores con inicio &lt;= fin</translation>
        </message>
        <message>
            <source>expected the #CHROM header line</source>
            <translation>se esperaba la línea de cabecera #CHROM</translation>
        </message>
        <message>
            <source>the ClinVar file does not say its genome build (##reference); give it with --build</source>
            <translation>el archivo de ClinVar no indica su ensamblaje genómico (##reference); indíquelo con --build</translation>
        </message>
        <message>
            <source>data before the #CHROM header line</source>
            <translation>datos antes de la línea de cabecera #CHROM</translation>
        </message>
        <message>
            <source>expected at least 8 VCF columns with a numeric POS</source>
            <translation>se esperaban al menos 8 columnas VCF con un POS numérico</translation>
        </message>
        <message>
            <source>no #CHROM header line</source>
            <translation>no hay línea de cabecera #CHROM</translation>
        </message>
        <message>
            <source>not a PanelApp TSV (no gene_symbol column) or panel BED (no ##gene_panel header)</source>
            <translation>no es un TSV de PanelApp (sin columna gene_symbol) ni un BED de panel (sin cabecera ##gene_panel)</translation>
        </message>
        <message>
            <source>expected %1 columns, found %2</source>
            <translation>se esperaban %1 columnas; se encontraron %2</translation>
        </message>
        <message>
            <source>a panel gene needs a panel and a symbol</source>
            <translation>un gen de panel necesita un panel y un símbolo</translation>
        </message>
        <message>
            <source>not found in %1</source>
            <translation>no se encontró en %1</translation>
        </message>
        <message>
            <source>the genome build of the case is unknown; choose GRCh37 or GRCh38</source>
            <translation>se desconoce el ensamblaje genómico del caso; elija GRCh37 o GRCh38</translation>
        </message>
        <message>
            <source>the frequency cache is %1 but the case is %2; use a cache of the case's build</source>
            <translation>la caché de frecuencias es %1, pero el caso es %2; utilice una caché del ensamblaje del caso</translation>
        </message>
        <message>
            <source>the case has no samples, so there is no patient to evaluate</source>
            <translation>el caso no tiene muestras, por lo que no hay ningún paciente que evaluar</translation>
        </message>
        <message>
            <source>there is no sample %1 in the case</source>
            <translation>no hay ninguna muestra %1 en el caso</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>consent file not found</source>
            <translation>no se encontró el archivo de consentimiento</translation>
        </message>
        <message>
            <source>cannot read the consent file: %1</source>
            <translation>no se puede leer el archivo de consentimiento: %1</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>JSON no válido: %1</translation>
        </message>
        <message>
            <source>not a GenomeDesk consent profile: "format" must be "genomedesk-consent"</source>
            <translation>no es un perfil de consentimiento de GenomeDesk: "format" debe ser "genomedesk-consent"</translation>
        </message>
        <message>
            <source>unsupported consent formatVersion (this GenomeDesk reads 1)</source>
            <translation>formatVersion de consentimiento no compatible (esta versión de GenomeDesk lee 1)</translation>
        </message>
        <message>
            <source>"ageGroup" must be "adult" or "minor"</source>
            <translation>"ageGroup" debe ser "adult" o "minor"</translation>
        </message>
        <message>
            <source>"recordedOn" must be a date such as 2026-11-20</source>
            <translation>"recordedOn" debe ser una fecha como 2026-11-20</translation>
        </message>
        <message>
            <source>"recordedBy" must name who recorded the consent</source>
            <translation>"recordedBy" debe indicar quién registró el consentimiento</translation>
        </message>
        <message>
            <source>consent for "%1" must be "opt-in" or "opt-out"</source>
            <translation>el consentimiento para "%1" debe ser "opt-in" u "opt-out"</translation>
        </message>
        <message>
            <source>consent category "%1" is not defined by policy %2</source>
            <translation>la categoría de consentimiento "%1" no está definida en la política %2</translation>
        </message>
        <message>
            <source>cannot read the indication: %1</source>
            <translation>no se puede leer la indicación: %1</translation>
        </message>
        <message>
            <source>"%1" is not a gene symbol</source>
            <translation>"%1" no es un símbolo de gen</translation>
        </message>
        <message>
            <source>"%1" must be a non-empty text</source>
            <translation>"%1" debe ser un texto no vacío</translation>
        </message>
        <message>
            <source>"%1" must be a list of texts</source>
            <translation>"%1" debe ser una lista de textos</translation>
        </message>
        <message>
            <source>"%1" must be one of %2, not %3</source>
            <translation>"%1" debe ser uno de %2, no %3</translation>
        </message>
        <message>
            <source>policy file not found</source>
            <translation>no se encontró el archivo de política</translation>
        </message>
        <message>
            <source>cannot read the policy: %1</source>
            <translation>no se puede leer la política: %1</translation>
        </message>
        <message>
            <source>a policy must be a JSON object</source>
            <translation>una política debe ser un objeto JSON</translation>
        </message>
        <message>
            <source>not a GenomeDesk policy: "format" must be "%1"</source>
            <translation>no es una política de GenomeDesk: "format" debe ser "%1"</translation>
        </message>
        <message>
            <source>unsupported policy formatVersion %1 (this GenomeDesk reads %2)</source>
            <translation>formatVersion de política %1 no compatible (esta versión de GenomeDesk lee %2)</translation>
        </message>
        <message>
            <source>policy id "%1" may only hold lower-case letters, digits, '.' and '-'</source>
            <translation>el id de política "%1" solo puede contener letras minúsculas, dígitos, '.' y '-'</translation>
        </message>
        <message>
            <source>policy version "%1" is not a version number such as 3.2</source>
            <translation>la versión de política "%1" no es un número de versión como 3.2</translation>
        </message>
        <message>
            <source>"revision" must be a whole number from 1</source>
            <translation>"revision" debe ser un número entero a partir de 1</translation>
        </message>
        <message>
            <source>"consent" must give a "model": opt-in or opt-out</source>
            <translation>"consent" debe indicar un "model": opt-in u opt-out</translation>
        </message>
        <message>
            <source>consent category "%1" is empty or given twice</source>
            <translation>la categoría de consentimiento "%1" está vacía o aparece dos veces</translation>
        </message>
        <message>
            <source>"consent" must list its "categories"</source>
            <translation>"consent" debe enumerar sus "categories"</translation>
        </message>
        <message>
            <source>unknown classification "%1" in "reportable"</source>
            <translation>clasificación desconocida "%1" en "reportable"</translation>
        </message>
        <message>
            <source>"classification" must list the "reportable" classifications</source>
            <translation>"classification" debe enumerar las clasificaciones "reportable"</translation>
        </message>
        <message>
            <source>"clinvarMinimumStars" must be a whole number from 0 to 4</source>
            <translation>"clinvarMinimumStars" debe ser un número entero de 0 a 4</translation>
        </message>
        <message>
            <source>"ba1" must be an allele frequency above 0 and at most 1</source>
            <translation>"ba1" debe ser una frecuencia alélica mayor que 0 y como máximo 1</translation>
        </message>
        <message>
            <source>"truncatingConsequences" must list SO terms</source>
            <translation>"truncatingConsequences" debe enumerar términos SO</translation>
        </message>
        <message>
            <source>"genes" must be a non-empty list</source>
            <translation>"genes" debe ser una lista no vacía</translation>
        </message>
        <message>
            <source>each entry of "genes" must be an object</source>
            <translation>cada entrada de "genes" debe ser un objeto</translation>
        </message>
        <message>
            <source>gene symbol "%1" is not a valid HGNC symbol</source>
            <translation>el símbolo de gen "%1" no es un símbolo HGNC válido</translation>
        </message>
        <message>
            <source>gene %1 is listed twice</source>
            <translation>el gen %1 aparece dos veces</translation>
        </message>
        <message>
            <source>gene %1: "hgncId" must look like HGNC:1234</source>
            <translation>gen %1: "hgncId" debe tener el formato HGNC:1234</translation>
        </message>
        <message>
            <source>unknown gene %1: not in the knowledge base's gene model</source>
            <translation>gen desconocido %1: no está en el modelo génico de la base de conocimiento</translation>
        </message>
        <message>
            <source>gene %1: HGNC id %2 does not match the gene model's %3</source>
            <translation>gen %1: el id HGNC %2 no coincide con el %3 del modelo génico</translation>
        </message>
        <message>
            <source>gene %1: "inheritance" is missing</source>
            <translation>gen %1: falta "inheritance"</translation>
        </message>
        <message>
            <source>gene %1: unknown rule "%2" (known rules: %3)</source>
            <translation>gen %1: regla desconocida "%2" (reglas conocidas: %3)</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" does not fit inheritance %3</source>
            <translation>gen %1: la regla "%2" no es compatible con la herencia %3</translation>
        </message>
        <message>
            <source>gene %1: "onset" is missing (childhood or adult)</source>
            <translation>gen %1: falta "onset" (childhood o adult)</translation>
        </message>
        <message>
            <source>gene %1: consent category "%2" is not defined in "consent"</source>
            <translation>gen %1: la categoría de consentimiento "%2" no está definida en "consent"</translation>
        </message>
        <message>
            <source>gene %1: "maximumCredibleAf" must be above 0 and at most 1</source>
            <translation>gen %1: "maximumCredibleAf" debe ser mayor que 0 y como máximo 1</translation>
        </message>
        <message>
            <source>gene %1: %2 position "%3" must look like 6-26092913-G-A</source>
            <translation>gen %1: la posición %2 "%3" debe tener el formato 6-26092913-G-A</translation>
        </message>
        <message>
            <source>gene %1: a listed variant needs a "name"</source>
            <translation>gen %1: una variante enumerada necesita un "name"</translation>
        </message>
        <message>
            <source>gene %1: rule "%2" needs a list of "variants"</source>
            <translation>gen %1: la regla "%2" necesita una lista de "variants"</translation>
        </message>
        <message>
            <source>report as primary finding</source>
            <translation>informar como hallazgo primario</translation>
        </message>
        <message>
            <source>report as secondary finding</source>
            <translation>informar como hallazgo secundario</translation>
        </message>
        <message>
            <source>not reported: no consent</source>
            <translation>no informado: sin consentimiento</translation>
        </message>
        <message>
            <source>not reportable</source>
            <translation>no informable</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>requiere revisión</translation>
        </message>
        <message>
            <source>heterozygous</source>
            <translation>heterocigoto</translation>
        </message>
        <message>
            <source>homozygous</source>
            <translation>homocigoto</translation>
        </message>
        <message>
            <source>hemizygous</source>
            <translation>hemicigoto</translation>
        </message>
        <message>
            <source>homozygous reference</source>
            <translation>homocigoto de referencia</translation>
        </message>
        <message>
            <source>another alternate allele</source>
            <translation>otro alelo alternativo</translation>
        </message>
        <message>
            <source>no call</source>
            <translation>sin llamada</translation>
        </message>
        <message>
            <source>male</source>
            <translation>varón</translation>
        </message>
        <message>
            <source>female</source>
            <translation>mujer</translation>
        </message>
        <message>
            <source>sex unknown</source>
            <translation>sexo desconocido</translation>
        </message>
        <message>
            <source>The variant is not in a known gene.</source>
            <translation>La variante no está en un gen conocido.</translation>
        </message>
        <message>
            <source>The patient does not carry this allele (genotype: %1).</source>
            <translation>El paciente no porta este alelo (genotipo: %1).</translation>
        </message>
        <message>
            <source>%1 (%2) is %3 in the policy.</source>
            <translation>%1 (%2) es %3 en la política.</translation>
        </message>
        <message>
            <source>source not given</source>
            <translation>fuente no indicada</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the BA1 threshold of %3, but the policy exempts %4 %5 from BA1.</source>
            <translation>La frecuencia alélica poblacional %1 (%2) supera el umbral BA1 de %3, pero la política exime a %4 %5 de BA1.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is at or above the BA1 threshold of %3: benign by frequency.</source>
            <translation>La frecuencia alélica poblacional %1 (%2) es igual o superior al umbral BA1 de %3: benigna por frecuencia.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is above the maximum credible frequency of %3 for %4.</source>
            <translation>La frecuencia alélica poblacional %1 (%2) supera la frecuencia máxima creíble de %3 para %4.</translation>
        </message>
        <message>
            <source>Population allele frequency %1 (%2) is below the policy's ceilings.</source>
            <translation>La frecuencia alélica poblacional %1 (%2) está por debajo de los límites de la política.</translation>
        </message>
        <message>
            <source>No population frequency is available; the frequency ceilings could not be checked.</source>
            <translation>No hay frecuencia poblacional disponible; no se pudieron comprobar los límites de frecuencia.</translation>
        </message>
        <message>
            <source>The laboratory classified the variant as %1; this overrides ClinVar.</source>
            <translation>El laboratorio clasificó la variante como %1; esto prevalece sobre ClinVar.</translation>
        </message>
        <message numerus="yes">
            <source>ClinVar reports conflicting classifications (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar informa clasificaciones contradictorias (%n estrella de revisión).</numerusform>
                <numerusform>ClinVar informa clasificaciones contradictorias (%n estrellas de revisión).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 with %n review star(s), below the policy's minimum of %2.</source>
            <translation>
                <numerusform>ClinVar la clasifica como %1 con %n estrella de revisión, por debajo del mínimo de la política de %2.</numerusform>
                <numerusform>ClinVar la clasifica como %1 con %n estrellas de revisión, por debajo del mínimo de la política de %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar la clasifica como %1 (%n estrella de revisión).</numerusform>
                <numerusform>ClinVar la clasifica como %1 (%n estrellas de revisión).</numerusform>
            </translation>
        </message>
        <message>
            <source>The variant has no classification (not in ClinVar and not classified by the laboratory).</source>
            <translation>La variante no tiene clasificación (no está en ClinVar ni la ha clasificado el laboratorio).</translation>
        </message>
        <message>
            <source>%1 is in the case's indication.</source>
            <translation>%1 está en la indicación del caso.</translation>
        </message>
        <message>
            <source>%1 is in the case's indication (%2).</source>
            <translation>%1 está en la indicación del caso (%2).</translation>
        </message>
        <message>
            <source>A %1 variant in an indication gene is a primary finding.</source>
            <translation>Una variante %1 en un gen de la indicación es un hallazgo primario.</translation>
        </message>
        <message>
            <source>The classification must be reviewed before this primary finding can be reported or dismissed.</source>
            <translation>La clasificación debe revisarse antes de poder informar o descartar este hallazgo primario.</translation>
        </message>
        <message>
            <source>Only pathogenic and likely pathogenic variants are reported.</source>
            <translation>Solo se informan las variantes patogénicas y probablemente patogénicas.</translation>
        </message>
        <message>
            <source>%1 is neither in the indication nor on the policy's list (%2).</source>
            <translation>%1 no está en la indicación ni en la lista de la política (%2).</translation>
        </message>
        <message>
            <source>%1 is on the policy's list (%2, rule: %3).</source>
            <translation>%1 está en la lista de la política (%2, regla: %3).</translation>
        </message>
        <message>
            <source>For %1 only homozygous %2 is reported; this variant is not %2.</source>
            <translation>Para %1 solo se informa %2 en homocigosis; esta variante no es %2.</translation>
        </message>
        <message>
            <source>%1 is listed by the policy, but classified as %2.</source>
            <translation>%1 figura en la política, pero está clasificada como %2.</translation>
        </message>
        <message>
            <source>The variant is %1 %2, named by the policy.</source>
            <translation>La variante es %1 %2, nombrada en la política.</translation>
        </message>
        <message>
            <source>Conflicting classifications in a policy gene must be reviewed.</source>
            <translation>Las clasificaciones contradictorias en un gen de la política deben revisarse.</translation>
        </message>
        <message>
            <source>The policy does not report variants with conflicting classifications.</source>
            <translation>La política no informa variantes con clasificaciones contradictorias.</translation>
        </message>
        <message>
            <source>The classification must be confirmed by the laboratory before it can be reported.</source>
            <translation>El laboratorio debe confirmar la clasificación antes de poder informarla.</translation>
        </message>
        <message>
            <source>An unclassified %1 variant in a policy gene must be classified.</source>
            <translation>Una variante %1 sin clasificar en un gen de la política debe clasificarse.</translation>
        </message>
        <message>
            <source>Only classified pathogenic and likely pathogenic variants are reported.</source>
            <translation>Solo se informan las variantes clasificadas como patogénicas y probablemente patogénicas.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported, and the consequence of this variant is not known.</source>
            <translation>Para %1 solo se informan variantes truncantes, y se desconoce la consecuencia de esta variante.</translation>
        </message>
        <message>
            <source>For %1 only truncating variants are reported; %2 is not truncating.</source>
            <translation>Para %1 solo se informan variantes truncantes; %2 no es truncante.</translation>
        </message>
        <message>
            <source>The variant is truncating (%1).</source>
            <translation>La variante es truncante (%1).</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants in trans (phase from the parents or phased calls): biallelic.</source>
            <translation>%1 tiene %2 variantes P/LP en heterocigosis en trans (fase determinada por los progenitores o por llamadas en fase): bialélica.</translation>
        </message>
        <message>
            <source>The heterozygous P/LP variants in %1 are on the same parental allele (in cis): not biallelic → not reportable.</source>
            <translation>Las variantes P/LP en heterocigosis de %1 están en el mismo alelo parental (en cis): no bialélica → no informable.</translation>
        </message>
        <message>
            <source>Another variant in %1 needs review; together they could be biallelic.</source>
            <translation>Otra variante en %1 requiere revisión; juntas podrían ser bialélicas.</translation>
        </message>
        <message>
            <source>One heterozygous P/LP variant in %1: carrier status, which this policy reports.</source>
            <translation>Una variante P/LP en heterocigosis en %1: estado de portador, que esta política informa.</translation>
        </message>
        <message>
            <source>%1 is reported for every P/LP variant (%2 found).</source>
            <translation>%1 se informa para toda variante P/LP (%2 encontradas).</translation>
        </message>
        <message>
            <source>%1 is X-linked: hemizygous, heterozygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1 está ligado al X: se informan las variantes P/LP en hemicigosis, heterocigosis y homocigosis (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a homozygous P/LP variant is reportable.</source>
            <translation>%1 es solo bialélico; una variante P/LP en homocigosis es informable.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; a hemizygous P/LP variant (no second allele) is reportable.</source>
            <translation>%1 es solo bialélico; una variante P/LP en hemicigosis (sin segundo alelo) es informable.</translation>
        </message>
        <message>
            <source>%1 is biallelic-only; one heterozygous P/LP variant found → not reportable.</source>
            <translation>%1 es solo bialélico; se encontró una variante P/LP en heterocigosis → no informable.</translation>
        </message>
        <message>
            <source>%1: hemizygous and homozygous P/LP variants are reported (%2, %3).</source>
            <translation>%1: se informan las variantes P/LP en hemicigosis y homocigosis (%2, %3).</translation>
        </message>
        <message>
            <source>%1 is on chromosome X and the patient is male: the heterozygous call is read as hemizygous.</source>
            <translation>%1 está en el cromosoma X y el paciente es varón: la llamada heterocigota se interpreta como hemicigota.</translation>
        </message>
        <message>
            <source>%1: one heterozygous P/LP variant and the patient's sex is unknown; in a male it would be hemizygous.</source>
            <translation>%1: una variante P/LP en heterocigosis y se desconoce el sexo del paciente; en un varón sería hemicigota.</translation>
        </message>
        <message>
            <source>%1: a single heterozygous P/LP variant in a female is not reported; only hemizygous, homozygous or two heterozygous variants are.</source>
            <translation>%1: no se informa una única variante P/LP en heterocigosis en una mujer; solo se informan variantes hemicigotas, homocigotas o dos variantes heterocigotas.</translation>
        </message>
        <message>
            <source>%1: the named variant is homozygous, which the policy reports.</source>
            <translation>%1: la variante nombrada está en homocigosis, lo que la política informa.</translation>
        </message>
        <message>
            <source>%1: only homozygotes of the named variant are reported; %2 carriers and compound heterozygotes are not.</source>
            <translation>%1: solo se informan los homocigotos de la variante nombrada; no se informan los portadores de %2 ni los heterocigotos compuestos.</translation>
        </message>
        <message>
            <source>recorded on %1 by %2</source>
            <translation>registrado el %1 por %2</translation>
        </message>
        <message>
            <source>The patient is a minor: adult-onset conditions are not reported for minors by default.</source>
            <translation>El paciente es menor de edad: por defecto, no se informan enfermedades de inicio en la edad adulta a menores.</translation>
        </message>
        <message>
            <source>The patient opted in to "%1" (%2): report as a secondary finding.</source>
            <translation>El paciente dio su consentimiento para "%1" (%2): informar como hallazgo secundario.</translation>
        </message>
        <message>
            <source>The patient opted out of "%1" (%2).</source>
            <translation>El paciente rechazó "%1" (%2).</translation>
        </message>
        <message>
            <source>No choice is recorded for "%1"; under the policy's opt-out model it is reported as a secondary finding.</source>
            <translation>No hay ninguna elección registrada para "%1"; según el modelo opt-out de la política, se informa como hallazgo secundario.</translation>
        </message>
        <message>
            <source>No consent is recorded for "%1"; the policy's opt-in model requires it.</source>
            <translation>No hay consentimiento registrado para "%1"; el modelo opt-in de la política lo exige.</translation>
        </message>
        <message>
            <source>unclassified</source>
            <translation>sin clasificar</translation>
        </message>
        <message>
            <source>pathogenic</source>
            <translation>patogénica</translation>
        </message>
        <message>
            <source>likely pathogenic</source>
            <translation>probablemente patogénica</translation>
        </message>
        <message>
            <source>uncertain significance</source>
            <translation>de significado incierto</translation>
        </message>
        <message>
            <source>likely benign</source>
            <translation>probablemente benigna</translation>
        </message>
        <message>
            <source>benign</source>
            <translation>benigna</translation>
        </message>
        <message>
            <source>conflicting classifications</source>
            <translation>clasificaciones contradictorias</translation>
        </message>
        <message>
            <source>other (not a pathogenicity classification)</source>
            <translation>otra (no es una clasificación de patogenicidad)</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria: %1</source>
            <translation>Criterios ACMG/AMP: %1</translation>
        </message>
        <message>
            <source>Inheritance: %1</source>
            <translation>Herencia: %1</translation>
        </message>
        <message>
            <source>Consent category: %1</source>
            <translation>Categoría de consentimiento: %1</translation>
        </message>
        <message>
            <source>Policy: %1</source>
            <translation>Política: %1</translation>
        </message>
        <message>
            <source>Reviewer's comment: %1</source>
            <translation>Comentario del revisor: %1</translation>
        </message>
        <message>
            <source>Primary findings</source>
            <translation>Hallazgos primarios</translation>
        </message>
        <message>
            <source>Primary findings for the indication: %1</source>
            <translation>Hallazgos primarios para la indicación: %1</translation>
        </message>
        <message>
            <source>Secondary findings</source>
            <translation>Hallazgos secundarios</translation>
        </message>
        <message>
            <source>Secondary findings (%1)</source>
            <translation>Hallazgos secundarios (%1)</translation>
        </message>
        <message>
            <source>Variants of uncertain significance</source>
            <translation>Variantes de significado incierto</translation>
        </message>
        <message>
            <source>GenomeDesk report, version %1</source>
            <translation>Informe de GenomeDesk, versión %1</translation>
        </message>
        <message>
            <source>de novo (absent in both parents)</source>
            <translation>de novo (ausente en ambos progenitores)</translation>
        </message>
        <message>
            <source>homozygous, both parents heterozygous carriers</source>
            <translation>homocigoto, ambos progenitores portadores heterocigotos</translation>
        </message>
        <message>
            <source>compound heterozygous (in trans)</source>
            <translation>heterocigoto compuesto (en trans)</translation>
        </message>
        <message>
            <source>X-linked, inherited from the mother</source>
            <translation>ligado al X, heredado de la madre</translation>
        </message>
        <message>
            <source>inconsistent with the parents' genotypes</source>
            <translation>incompatible con los genotipos de los progenitores</translation>
        </message>
        <message>
            <source>present in both parents</source>
            <translation>presente en ambos progenitores</translation>
        </message>
        <message>
            <source>inherited from the mother</source>
            <translation>heredado de la madre</translation>
        </message>
        <message>
            <source>inherited from the father</source>
            <translation>heredado del padre</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n review star(s))</source>
            <translation>
                <numerusform>%1 (%n estrella de revisión)</numerusform>
                <numerusform>%1 (%n estrellas de revisión)</numerusform>
            </translation>
        </message>
        <message>
            <source>none given: secondary findings only</source>
            <translation>no indicada: solo hallazgos secundarios</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n gene(s))</source>
            <translation>
                <numerusform>%1 (%n gen)</numerusform>
                <numerusform>%1 (%n genes)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (ClinVar; not yet classified by the laboratory)</source>
            <translation>%1 (ClinVar; aún no clasificada por el laboratorio)</translation>
        </message>
        <message>
            <source>GenomeDesk %1</source>
            <translation>GenomeDesk %1</translation>
        </message>
        <message>
            <source>Only the variants in the submitted file were assessed. Regions that were not sequenced, not covered well enough or not called by the pipeline are not assessed, so a negative result does not exclude a variant there.</source>
            <translation>Solo se evaluaron las variantes del archivo enviado. Las regiones que no se secuenciaron, que no tuvieron cobertura suficiente o en las que el pipeline no realizó llamadas no se evalúan, por lo que un resultado negativo no excluye una variante en ellas.</translation>
        </message>
        <message>
            <source>Structural variants, copy-number changes, repeat expansions and mitochondrial heteroplasmy are not assessed by this report.</source>
            <translation>Este informe no evalúa variantes estructurales, variaciones en el número de copias, expansiones de repeticiones ni heteroplasmia mitocondrial.</translation>
        </message>
        <message numerus="yes">
            <source>Secondary findings were sought only in the %n gene(s) of %1.</source>
            <translation>
                <numerusform>Los hallazgos secundarios se buscaron solo en el %n gen de %1.</numerusform>
                <numerusform>Los hallazgos secundarios se buscaron solo en los %n genes de %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No population frequency data was available, so frequency criteria were not applied.</source>
            <translation>No había datos de frecuencia poblacional disponibles, por lo que no se aplicaron criterios de frecuencia.</translation>
        </message>
        <message>
            <source>No ClinVar data was available; only the laboratory's own classifications were used.</source>
            <translation>No había datos de ClinVar disponibles; solo se usaron las clasificaciones propias del laboratorio.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) in policy genes need a geneticist's review before this report can be signed.</source>
            <translation>
                <numerusform>%n variante en genes de la política requiere la revisión de un genetista antes de poder firmar este informe.</numerusform>
                <numerusform>%n variantes en genes de la política requieren la revisión de un genetista antes de poder firmar este informe.</numerusform>
            </translation>
        </message>
        <message>
            <source>read error</source>
            <translation>error de lectura</translation>
        </message>
        <message>
            <source>cannot write the whole file: the disk is full or a quota or file-size limit was reached; the previous file is unchanged</source>
            <translation>no se puede escribir el archivo completo: el disco está lleno o se alcanzó una cuota o un límite de tamaño de archivo; el archivo anterior no se ha modificado</translation>
        </message>
        <message>
            <source>the report template has no %1 placeholder</source>
            <translation>la plantilla del informe no tiene el marcador %1</translation>
        </message>
        <message>
            <source>not found (%1)</source>
            <translation>no encontrado (%1)</translation>
        </message>
        <message>
            <source>%1 homozygous</source>
            <translation>%1 homocigoto</translation>
        </message>
        <message>
            <source>intergenic</source>
            <translation>intergénica</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>Criterios ACMG/AMP</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transcrito</translation>
        </message>
        <message>
            <source>Position (%1)</source>
            <translation>Posición (%1)</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Consecuencia</translation>
        </message>
        <message>
            <source>Zygosity</source>
            <translation>Cigosidad</translation>
        </message>
        <message>
            <source>Inheritance</source>
            <translation>Herencia</translation>
        </message>
        <message>
            <source>Population frequency</source>
            <translation>Frecuencia poblacional</translation>
        </message>
        <message>
            <source>no population data available</source>
            <translation>no hay datos poblacionales disponibles</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar</source>
            <translation>no está en ClinVar</translation>
        </message>
        <message>
            <source>Why it is reported</source>
            <translation>Motivo de la inclusión</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Sequencing quality</source>
            <translation>Calidad de la secuenciación</translation>
        </message>
        <message>
            <source>depth %1, genotype quality %2, allele balance %3, filter %4</source>
            <translation>profundidad %1, calidad del genotipo %2, balance alélico %3, filtro %4</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Variantes</translation>
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
            <translation>Profundidad</translation>
        </message>
        <message>
            <source>GQ</source>
            <translation>GQ</translation>
        </message>
        <message>
            <source>Allele balance</source>
            <translation>Balance alélico</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtro</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes assessed for the indication or, with the patient's consent, for secondary findings.</source>
            <translation>No se encontró ninguna variante informable en los genes evaluados para la indicación ni, con el consentimiento del paciente, para hallazgos secundarios.</translation>
        </message>
        <message>
            <source>%1 and %2 are reported.</source>
            <translation>Se informan %1 y %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n hallazgo primario</numerusform>
                <numerusform>%n hallazgos primarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n hallazgo secundario</numerusform>
                <numerusform>%n hallazgos secundarios</numerusform>
            </translation>
        </message>
        <message>
            <source>Genomic test report</source>
            <translation>Informe de prueba genómica</translation>
        </message>
        <message>
            <source>Genomic variant report</source>
            <translation>Informe de variantes genómicas</translation>
        </message>
        <message>
            <source>Report id</source>
            <translation>Id. del informe</translation>
        </message>
        <message>
            <source>%1, version %2</source>
            <translation>%1, versión %2</translation>
        </message>
        <message>
            <source>Patient (pseudonym)</source>
            <translation>Paciente (seudónimo)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>no consta</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Muestra</translation>
        </message>
        <message>
            <source>Referring clinician</source>
            <translation>Médico solicitante</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Indicación</translation>
        </message>
        <message>
            <source>Genome build</source>
            <translation>Ensamblaje genómico</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>Fecha del informe</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>No reportable variant was found in the genes of the indication.</source>
            <translation>No se encontró ninguna variante informable en los genes de la indicación.</translation>
        </message>
        <message>
            <source>%1: not reported — the patient chose not to receive these findings.</source>
            <translation>%1: no informado — el paciente decidió no recibir estos hallazgos.</translation>
        </message>
        <message>
            <source>%1: none found.</source>
            <translation>%1: no se encontró ninguno.</translation>
        </message>
        <message>
            <source>Listed per laboratory policy because they lie in genes of the indication; they are not a diagnosis and should not be used for clinical decisions on their own.</source>
            <translation>Se enumeran según la política del laboratorio porque se encuentran en genes de la indicación; no constituyen un diagnóstico y no deben utilizarse por sí solos para tomar decisiones clínicas.</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) carried by the sample are listed below.</source>
            <translation>
                <numerusform>A continuación se enumera %n variante portada por la muestra.</numerusform>
                <numerusform>A continuación se enumeran %n variantes portadas por la muestra.</numerusform>
            </translation>
        </message>
        <message>
            <source>Methods and inputs</source>
            <translation>Métodos y datos de entrada</translation>
        </message>
        <message>
            <source>Input file: %1</source>
            <translation>Archivo de entrada: %1</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) read, %1 skipped (reference blocks, records without ALT).</source>
            <translation>
                <numerusform>%n registro leído, %1 omitidos (bloques de referencia, registros sin ALT).</numerusform>
                <numerusform>%n registros leídos, %1 omitidos (bloques de referencia, registros sin ALT).</numerusform>
            </translation>
        </message>
        <message>
            <source>Data sources and versions</source>
            <translation>Fuentes de datos y versiones</translation>
        </message>
        <message>
            <source>Policy file SHA-256: %1</source>
            <translation>SHA-256 del archivo de política: %1</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Limitaciones</translation>
        </message>
        <message>
            <source>This report lists the variants as called in the input file. Population frequencies, the secondary-findings policy and ACMG/AMP classification have not been applied; the report is not signed and is not for clinical use.</source>
            <translation>Este informe enumera las variantes tal como se llamaron en el archivo de entrada. No se han aplicado las frecuencias poblacionales, la política de hallazgos secundarios ni la clasificación ACMG/AMP; el informe no está firmado y no es para uso clínico.</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Draft — not signed, not for clinical use.</source>
            <translation>Borrador — sin firmar, no apto para uso clínico.</translation>
        </message>
        <message>
            <source>Signed by %1, %2, on %3.</source>
            <translation>Firmado por %1, %2, el %3.</translation>
        </message>
        <message>
            <source>The electronic signature is in the file that accompanies this PDF; check it with "genomedesk verify-report".</source>
            <translation>La firma electrónica se encuentra en el archivo que acompaña a este PDF; verifíquela con "genomedesk verify-report".</translation>
        </message>
        <message>
            <source>Genomic variant report %1</source>
            <translation>Informe de variantes genómicas %1</translation>
        </message>
        <message>
            <source>cannot start the PDF</source>
            <translation>no se puede iniciar el PDF</translation>
        </message>
        <message>
            <source>GenomeDesk — report %1</source>
            <translation>GenomeDesk — informe %1</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Caso %1</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>página %1 de %2</translation>
        </message>
        <message>
            <source>Not signed — not for clinical use</source>
            <translation>Sin firmar — no apto para uso clínico</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>Firmado por %1</translation>
        </message>
        <message>
            <source>cannot finish the PDF</source>
            <translation>no se puede finalizar el PDF</translation>
        </message>
        <message>
            <source>PKCS#12 file</source>
            <translation>archivo PKCS#12</translation>
        </message>
        <message>
            <source>not a PKCS#12 file (.p12/.pfx) with a certificate and key</source>
            <translation>no es un archivo PKCS#12 (.p12/.pfx) con un certificado y una clave</translation>
        </message>
        <message>
            <source>wrong passphrase for the PKCS#12 file</source>
            <translation>frase de contraseña incorrecta para el archivo PKCS#12</translation>
        </message>
        <message>
            <source>cannot decrypt the PKCS#12 file (%1)</source>
            <translation>no se puede descifrar el archivo PKCS#12 (%1)</translation>
        </message>
        <message>
            <source>the PKCS#12 file does not hold both a certificate and its key</source>
            <translation>el archivo PKCS#12 no contiene a la vez un certificado y su clave</translation>
        </message>
        <message>
            <source>the key in the PKCS#12 file does not belong to its certificate</source>
            <translation>la clave del archivo PKCS#12 no corresponde a su certificado</translation>
        </message>
        <message>
            <source>digest computation failed</source>
            <translation>falló el cálculo del resumen</translation>
        </message>
        <message>
            <source>the signing certificate of %1 expired on %2</source>
            <translation>el certificado de firma de %1 caducó el %2</translation>
        </message>
        <message>
            <source>the signing certificate of %1 is not valid before %2</source>
            <translation>el certificado de firma de %1 no es válido antes del %2</translation>
        </message>
        <message>
            <source>signing failed (%1)</source>
            <translation>falló la firma (%1)</translation>
        </message>
        <message>
            <source>the signature file is not a CMS/PKCS#7 signature</source>
            <translation>el archivo de firma no es una firma CMS/PKCS#7</translation>
        </message>
        <message>
            <source>the signature embeds its content; a detached signature is expected</source>
            <translation>la firma incluye su contenido; se esperaba una firma separada</translation>
        </message>
        <message>
            <source>the signature must have exactly one signer</source>
            <translation>la firma debe tener exactamente un firmante</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>memoria insuficiente</translation>
        </message>
        <message>
            <source>the signer's certificate is neither in the signature nor among the trusted certificates</source>
            <translation>el certificado del firmante no está en la firma ni entre los certificados de confianza</translation>
        </message>
        <message>
            <source>the signature has no signed attributes (content digest, signing time); such signatures are not accepted</source>
            <translation>la firma no tiene atributos firmados (resumen del contenido, hora de la firma); no se aceptan firmas de este tipo</translation>
        </message>
        <message>
            <source>the signature does not verify with the signer's key: the signature file is damaged or was altered</source>
            <translation>la firma no se verifica con la clave del firmante: el archivo de firma está dañado o fue alterado</translation>
        </message>
        <message>
            <source>the signature uses the digest %1; SHA-256 or stronger is required</source>
            <translation>la firma usa el resumen %1; se requiere SHA-256 o uno más robusto</translation>
        </message>
        <message>
            <source>the signature has no message digest among its signed attributes</source>
            <translation>la firma no tiene resumen del mensaje entre sus atributos firmados</translation>
        </message>
        <message>
            <source>the report was changed after it was signed (or the signature belongs to another file)</source>
            <translation>el informe se modificó después de firmarse (o la firma pertenece a otro archivo)</translation>
        </message>
        <message>
            <source>the signing time of the signature cannot be read</source>
            <translation>no se puede leer la hora de la firma</translation>
        </message>
        <message>
            <source>the signing time %1 lies in the future</source>
            <translation>la hora de la firma %1 está en el futuro</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) had expired on %2 when the report was signed on %3</source>
            <translation>el certificado del firmante (%1) había caducado el %2 cuando se firmó el informe el %3</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain had expired when the report was signed on %1</source>
            <translation>un certificado de la cadena del firmante había caducado cuando se firmó el informe el %1</translation>
        </message>
        <message>
            <source>the signer's certificate (%1) was not yet valid when the report was signed on %2</source>
            <translation>el certificado del firmante (%1) aún no era válido cuando se firmó el informe el %2</translation>
        </message>
        <message>
            <source>a certificate of the signer's chain was not yet valid when the report was signed on %1</source>
            <translation>un certificado de la cadena del firmante aún no era válido cuando se firmó el informe el %1</translation>
        </message>
        <message>
            <source>the signer (%1) is not trusted: %2</source>
            <translation>el firmante (%1) no es de confianza: %2</translation>
        </message>
        <message>
            <source>the signature does not verify (%1)</source>
            <translation>la firma no se verifica (%1)</translation>
        </message>
        <message>
            <source>valid signature by %1, signed on %2</source>
            <translation>firma válida de %1, firmada el %2</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>una fecha desconocida</translation>
        </message>
        <message>
            <source>stand-alone</source>
            <translation>independiente</translation>
        </message>
        <message>
            <source>very strong</source>
            <translation>muy fuerte</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>fuerte</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>supporting</source>
            <translation>de apoyo</translation>
        </message>
        <message>
            <source>unknown ACMG/AMP criterion "%1"</source>
            <translation>criterio ACMG/AMP desconocido "%1"</translation>
        </message>
        <message>
            <source>%1 is not used: ClinGen SVI recommends against the "reputable source" criteria; assess the evidence itself</source>
            <translation>%1 no se usa: ClinGen SVI desaconseja los criterios de "fuente de prestigio"; evalúe la evidencia en sí</translation>
        </message>
        <message>
            <source>unknown strength "%1" in "%2" (use VeryStrong, Strong, Moderate or Supporting)</source>
            <translation>fuerza desconocida "%1" en "%2" (use VeryStrong, Strong, Moderate o Supporting)</translation>
        </message>
        <message>
            <source>BA1 is stand-alone and takes no strength modifier</source>
            <translation>BA1 es independiente y no admite modificador de fuerza</translation>
        </message>
        <message>
            <source>benign criteria cannot be applied at very strong (%1)</source>
            <translation>los criterios benignos no pueden aplicarse en el nivel muy fuerte (%1)</translation>
        </message>
        <message>
            <source>criterion %1 is given more than once</source>
            <translation>el criterio %1 se indica más de una vez</translation>
        </message>
        <message>
            <source>%1 by the Richards 2015 rules (%2); %3 by points (%4)</source>
            <translation>%1 según las reglas de Richards 2015 (%2); %3 por puntos (%4)</translation>
        </message>
        <message>
            <source>BA1 stand-alone</source>
            <translation>BA1 independiente</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>GenomeDesk defaults</source>
            <translation>Valores predeterminados de GenomeDesk</translation>
        </message>
        <message>
            <source>policy %1</source>
            <translation>política %1</translation>
        </message>
        <message>
            <source>an unnamed source</source>
            <translation>una fuente sin nombre</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is at or above the BA1 threshold %3 (%4).</source>
            <translation>La frecuencia alélica poblacional máxima %1 en %2 es igual o superior al umbral BA1 %3 (%4).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is above the BS1 threshold %3 (%4).</source>
            <translation>La frecuencia alélica poblacional máxima %1 en %2 supera el umbral BS1 %3 (%4).</translation>
        </message>
        <message>
            <source>Absent from %1 (allele frequency 0; PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Ausente en %1 (frecuencia alélica 0; PM2 con fuerza de apoyo según ClinGen SVI).</translation>
        </message>
        <message>
            <source>Maximum population allele frequency %1 in %2 is below %3 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>La frecuencia alélica poblacional máxima %1 en %2 es inferior a %3 (PM2 con fuerza de apoyo según ClinGen SVI).</translation>
        </message>
        <message>
            <source>Absent from %1 (PM2 at supporting strength per ClinGen SVI).</source>
            <translation>Ausente en %1 (PM2 con fuerza de apoyo según ClinGen SVI).</translation>
        </message>
        <message>
            <source>the gene</source>
            <translation>el gen</translation>
        </message>
        <message>
            <source>Candidate: %1 is a null variant in %2; confirm that loss of function is a known disease mechanism and check the ClinGen SVI PVS1 decision tree (last exon, NMD, rescue).</source>
            <translation>Candidata: %1 es una variante nula en %2; confirme que la pérdida de función es un mecanismo de enfermedad conocido y consulte el árbol de decisión PVS1 de ClinGen SVI (último exón, NMD, rescate).</translation>
        </message>
        <message>
            <source>Candidate: start_lost in %1; initiation codon variants are PVS1 at moderate strength at most (ClinGen SVI PVS1 decision tree).</source>
            <translation>Candidata: start_lost en %1; las variantes del codón de inicio son PVS1 como máximo con fuerza moderada (árbol de decisión PVS1 de ClinGen SVI).</translation>
        </message>
        <message>
            <source>database error: %1</source>
            <translation>error de la base de datos: %1</translation>
        </message>
        <message>
            <source>entry %1 is missing (deleted); the log jumps from %2 to %3</source>
            <translation>falta la entrada %1 (eliminada); el registro salta de %2 a %3</translation>
        </message>
        <message>
            <source>entry %1 is out of order</source>
            <translation>la entrada %1 está fuera de orden</translation>
        </message>
        <message>
            <source>entry %1 does not follow entry %2 (chain broken: deleted, inserted or reordered entries)</source>
            <translation>la entrada %1 no sigue a la entrada %2 (cadena rota: entradas eliminadas, insertadas o reordenadas)</translation>
        </message>
        <message>
            <source>entry %1 was altered (its content does not match its hash)</source>
            <translation>la entrada %1 fue alterada (su contenido no coincide con su hash)</translation>
        </message>
        <message>
            <source>entries %1 to %2 are missing: the log was truncated after entry %3</source>
            <translation>faltan las entradas %1 a %2: el registro se truncó tras la entrada %3</translation>
        </message>
        <message>
            <source>the last entry (%1) does not match the recorded end of the log</source>
            <translation>la última entrada (%1) no coincide con el final registrado del registro</translation>
        </message>
        <message>
            <source>the case database does not exist</source>
            <translation>la base de datos de casos no existe</translation>
        </message>
        <message>
            <source>cannot open the case database</source>
            <translation>no se puede abrir la base de datos de casos</translation>
        </message>
        <message>
            <source>case database error: %1</source>
            <translation>error de la base de datos de casos: %1</translation>
        </message>
        <message>
            <source>unknown user %1</source>
            <translation>usuario desconocido %1</translation>
        </message>
        <message>
            <source>user %1 (%2) is not allowed to do this</source>
            <translation>el usuario %1 (%2) no tiene permiso para hacer esto</translation>
        </message>
        <message>
            <source>no case %1</source>
            <translation>no existe el caso %1</translation>
        </message>
        <message>
            <source>the case database was written by a newer GenomeDesk (schema %1; this version knows %2)</source>
            <translation>la base de datos de casos fue escrita por una versión más reciente de GenomeDesk (esquema %1; esta versión conoce %2)</translation>
        </message>
        <message>
            <source>a new case database needs a passphrase or a key file</source>
            <translation>una nueva base de datos de casos necesita una frase de contraseña o un archivo de clave</translation>
        </message>
        <message>
            <source>this case database is protected by a passphrase</source>
            <translation>esta base de datos de casos está protegida por una frase de contraseña</translation>
        </message>
        <message>
            <source>this case database is protected by a key file</source>
            <translation>esta base de datos de casos está protegida por un archivo de clave</translation>
        </message>
        <message>
            <source>unknown key method "%1" in the case database</source>
            <translation>método de clave desconocido "%1" en la base de datos de casos</translation>
        </message>
        <message>
            <source>wrong passphrase for this case database</source>
            <translation>frase de contraseña incorrecta para esta base de datos de casos</translation>
        </message>
        <message>
            <source>wrong key file for this case database</source>
            <translation>archivo de clave incorrecto para esta base de datos de casos</translation>
        </message>
        <message>
            <source>cannot open the case database: %1</source>
            <translation>no se puede abrir la base de datos de casos: %1</translation>
        </message>
        <message>
            <source>not a usable case database: %1</source>
            <translation>no es una base de datos de casos utilizable: %1</translation>
        </message>
        <message>
            <source>a user name is 1 to 64 letters, digits or . _ @ -</source>
            <translation>un nombre de usuario tiene de 1 a 64 letras, dígitos o . _ @ -</translation>
        </message>
        <message>
            <source>a password needs at least 8 characters</source>
            <translation>una contraseña necesita al menos 8 caracteres</translation>
        </message>
        <message>
            <source>cannot hash the password</source>
            <translation>no se puede calcular el hash de la contraseña</translation>
        </message>
        <message>
            <source>the first user of a case database must be an admin</source>
            <translation>el primer usuario de una base de datos de casos debe ser administrador</translation>
        </message>
        <message>
            <source>only an admin can add users</source>
            <translation>solo un administrador puede añadir usuarios</translation>
        </message>
        <message>
            <source>user %1 already exists</source>
            <translation>el usuario %1 ya existe</translation>
        </message>
        <message>
            <source>unknown user or wrong password</source>
            <translation>usuario desconocido o contraseña incorrecta</translation>
        </message>
        <message>
            <source>a pseudonym is 1 to 64 letters, digits, '-' or '_'</source>
            <translation>un seudónimo tiene de 1 a 64 letras, dígitos, '-' o '_'</translation>
        </message>
        <message>
            <source>patient %1 already exists</source>
            <translation>el paciente %1 ya existe</translation>
        </message>
        <message>
            <source>encryption failed</source>
            <translation>falló el cifrado</translation>
        </message>
        <message>
            <source>no patient %1</source>
            <translation>no existe el paciente %1</translation>
        </message>
        <message>
            <source>the SHA-256 of an input file must be 64 lower-case hex digits</source>
            <translation>el SHA-256 de un archivo de entrada debe tener 64 dígitos hexadecimales en minúsculas</translation>
        </message>
        <message>
            <source>the case was not stored</source>
            <translation>el caso no se guardó</translation>
        </message>
        <message>
            <source>"%1" is not a variant key like 6-26092913-G-A</source>
            <translation>"%1" no es una clave de variante como 6-26092913-G-A</translation>
        </message>
        <message>
            <source>a review classification is P, LP, VUS, LB or B</source>
            <translation>una clasificación de revisión es P, LP, VUS, LB o B</translation>
        </message>
        <message>
            <source>case %1 is signed: a change needs a reason and creates report version %2</source>
            <translation>el caso %1 está firmado: un cambio requiere un motivo y crea la versión %2 del informe</translation>
        </message>
        <message>
            <source>case %1 is %2, not draft</source>
            <translation>el caso %1 está %2, no en borrador</translation>
        </message>
        <message>
            <source>case %1 has no variant review yet</source>
            <translation>el caso %1 aún no tiene revisión de variantes</translation>
        </message>
        <message>
            <source>only a clinical geneticist can sign; %1 cannot</source>
            <translation>solo un genetista clínico puede firmar; %1 no puede</translation>
        </message>
        <message>
            <source>case %1 is %2: it must be reviewed before signing</source>
            <translation>el caso %1 está %2: debe revisarse antes de firmar</translation>
        </message>
        <message>
            <source>report version %1 is missing or already signed</source>
            <translation>la versión %1 del informe no existe o ya está firmada</translation>
        </message>
        <message>
            <source>no encryption key is loaded</source>
            <translation>no hay ninguna clave de cifrado cargada</translation>
        </message>
        <message>
            <source>an encrypted field is malformed</source>
            <translation>un campo cifrado está mal formado</translation>
        </message>
        <message>
            <source>an encrypted field cannot be decrypted: wrong key or altered data</source>
            <translation>un campo cifrado no se puede descifrar: clave incorrecta o datos alterados</translation>
        </message>
        <message>
            <source>the passphrase is empty</source>
            <translation>la frase de contraseña está vacía</translation>
        </message>
        <message>
            <source>key derivation (scrypt) failed</source>
            <translation>falló la derivación de la clave (scrypt)</translation>
        </message>
        <message>
            <source>the key file does not exist</source>
            <translation>el archivo de clave no existe</translation>
        </message>
        <message>
            <source>the key file can be read by other users; make it private (chmod 600)</source>
            <translation>otros usuarios pueden leer el archivo de clave; hágalo privado (chmod 600)</translation>
        </message>
        <message>
            <source>cannot read the key file</source>
            <translation>no se puede leer el archivo de clave</translation>
        </message>
        <message>
            <source>the key file must hold 32 bytes or 64 hexadecimal digits</source>
            <translation>el archivo de clave debe contener 32 bytes o 64 dígitos hexadecimales</translation>
        </message>
        <message>
            <source>cannot write the key file</source>
            <translation>no se puede escribir el archivo de clave</translation>
        </message>
        <message>
            <source>cannot protect the key file</source>
            <translation>no se puede proteger el archivo de clave</translation>
        </message>
        <message>
            <source>%1 not found</source>
            <translation>no se encontró: %1</translation>
        </message>
        <message>
            <source>%1 is not a readable file</source>
            <translation>%1 no es un archivo legible</translation>
        </message>
        <message>
            <source>cannot read the %1: %2</source>
            <translation>%1: no se puede leer (%2)</translation>
        </message>
        <message>
            <source>the %1 is too large</source>
            <translation>%1: demasiado grande</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificado</translation>
        </message>
        <message>
            <source>cannot use a certificate of the trusted certificate file</source>
            <translation>no se puede usar un certificado del archivo de certificados de confianza</translation>
        </message>
        <message>
            <source>the trusted certificate file holds no X.509 certificate (PEM or DER)</source>
            <translation>el archivo de certificados de confianza no contiene ningún certificado X.509 (PEM o DER)</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>firma</translation>
        </message>
        <message>
            <source>not a detached CMS signature (DER or PEM)</source>
            <translation>no es una firma CMS separada (DER o PEM)</translation>
        </message>
        <message>
            <source>package</source>
            <translation>paquete</translation>
        </message>
        <message>
            <source>cannot read the package: %1</source>
            <translation>no se puede leer el paquete: %1</translation>
        </message>
        <message>
            <source>SHA-256 is not available from OpenSSL</source>
            <translation>SHA-256 no está disponible en OpenSSL</translation>
        </message>
        <message>
            <source>SHA-256 computation failed</source>
            <translation>falló el cálculo de SHA-256</translation>
        </message>
        <message>
            <source>cannot open the package</source>
            <translation>no se puede abrir el paquete</translation>
        </message>
        <message>
            <source>the signer (%1) is not the trusted certificate nor issued by it, or its certificate is not valid now</source>
            <translation>el firmante (%1) no es el certificado de confianza ni ha sido emitido por él, o su certificado no es válido en este momento</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>the package does not match its signature: it was changed after signing, or the signature belongs to another file</source>
            <translation>el paquete no coincide con su firma: se modificó después de firmarse o la firma pertenece a otro archivo</translation>
        </message>
        <message>
            <source>the system settings file is not readable; ask IT to fix its permissions</source>
            <translation>el archivo de configuración del sistema no se puede leer; pida al departamento de TI que corrija sus permisos</translation>
        </message>
        <message>
            <source>the system settings file is not a valid INI file</source>
            <translation>el archivo de configuración del sistema no es un archivo INI válido</translation>
        </message>
        <message>
            <source>this setting is locked by your IT department (%1)</source>
            <translation>este ajuste está bloqueado por su departamento de TI (%1)</translation>
        </message>
        <message>
            <source>All variants</source>
            <translation>Todas las variantes</translation>
        </message>
        <message>
            <source>Good quality</source>
            <translation>Buena calidad</translation>
        </message>
        <message>
            <source>Coding and splice</source>
            <translation>Codificantes y de splicing</translation>
        </message>
        <message>
            <source>De novo (trio)</source>
            <translation>De novo (trío)</translation>
        </message>
        <message>
            <source>Recessive (trio)</source>
            <translation>Recesivo (trío)</translation>
        </message>
        <message>
            <source>X-linked (trio)</source>
            <translation>Ligado al X (trío)</translation>
        </message>
        <message>
            <source>Carried by the patient</source>
            <translation>Portadas por el paciente</translation>
        </message>
        <message>
            <source>FILTER is PASS</source>
            <translation>FILTER es PASS</translation>
        </message>
        <message>
            <source>Depth ≥ 10 and GQ ≥ 20</source>
            <translation>Profundidad ≥ 10 y GQ ≥ 20</translation>
        </message>
        <message>
            <source>Coding or splice consequence</source>
            <translation>Consecuencia codificante o de splicing</translation>
        </message>
        <message>
            <source>De novo in the trio</source>
            <translation>De novo en el trío</translation>
        </message>
        <message>
            <source>Homozygous or compound heterozygous</source>
            <translation>Homocigoto o heterocigoto compuesto</translation>
        </message>
        <message>
            <source>X-linked in the trio</source>
            <translation>Ligado al X en el trío</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 %3, %n record(s)</source>
            <translation>
                <numerusform>%1: %2 %3, %n registro</numerusform>
                <numerusform>%1: %2 %3, %n registros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s): %1 SNVs, %2 MNVs, %3 indels, %4 structural</source>
            <translation>
                <numerusform>%n variante: %1 SNV, %2 MNV, %3 indels, %4 estructurales</numerusform>
                <numerusform>%n variantes: %1 SNV, %2 MNV, %3 indels, %4 estructurales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>genome build: %1; %n sample(s)</source>
            <translation>
                <numerusform>ensamblaje genómico: %1; %n muestra</numerusform>
                <numerusform>ensamblaje genómico: %1; %n muestras</numerusform>
            </translation>
        </message>
        <message>
            <source>sample %1: %2, %3</source>
            <translation>muestra %1: %2, %3</translation>
        </message>
        <message>
            <source>skipped (%1): %2</source>
            <translation>omitido (%1): %2</translation>
        </message>
        <message>
            <source>altered (%1): %2</source>
            <translation>modificado (%1): %2</translation>
        </message>
        <message>
            <source>trio: child %1, father %2, mother %3</source>
            <translation>trío: hijo/a %1, padre %2, madre %3</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>time: %1 ms</source>
            <translation>tiempo: %1 ms</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>advertencia: %1</translation>
        </message>
        <message>
            <source>reference FASTA not found</source>
            <translation>no se encontró el FASTA de referencia</translation>
        </message>
        <message>
            <source>cannot read or index the reference FASTA (is it a FASTA file, and is its directory writable for the .fai index?)</source>
            <translation>no se puede leer ni indexar el FASTA de referencia (¿es un archivo FASTA y se puede escribir en su directorio para el índice .fai?)</translation>
        </message>
        <message>
            <source>wrong number of columns</source>
            <translation>número de columnas incorrecto</translation>
        </message>
        <message>
            <source>invalid contig name</source>
            <translation>nombre de contig no válido</translation>
        </message>
        <message>
            <source>contig not declared in the header</source>
            <translation>contig no declarado en la cabecera</translation>
        </message>
        <message>
            <source>invalid INFO or FORMAT field</source>
            <translation>campo INFO o FORMAT no válido</translation>
        </message>
        <message>
            <source>INFO or FORMAT key not declared in the header</source>
            <translation>clave INFO o FORMAT no declarada en la cabecera</translation>
        </message>
        <message>
            <source>value out of the range htslib supports</source>
            <translation>valor fuera del rango admitido por htslib</translation>
        </message>
        <message>
            <source>invalid character</source>
            <translation>carácter no válido</translation>
        </message>
        <message>
            <source>malformed record (bad POS, QUAL, allele or field value)</source>
            <translation>registro mal formado (POS, QUAL, alelo o valor de campo incorrecto)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (the content is not recognised)</source>
            <translation>no es un archivo VCF o BCF (no se reconoce el contenido)</translation>
        </message>
        <message>
            <source>not a VCF or BCF file (detected: %1)</source>
            <translation>no es un archivo VCF o BCF (detectado: %1)</translation>
        </message>
        <message>
            <source>sample '%1' is not in the file</source>
            <translation>la muestra '%1' no está en el archivo</translation>
        </message>
        <message>
            <source>cannot select the samples</source>
            <translation>no se pueden seleccionar las muestras</translation>
        </message>
        <message>
            <source>sample name %1 is not valid UTF-8; shown as "%2"</source>
            <translation>el nombre de muestra %1 no es UTF-8 válido; se muestra como "%2"</translation>
        </message>
        <message>
            <source>read error: the file is truncated or its compression is corrupt</source>
            <translation>error de lectura: el archivo está truncado o su compresión está dañada</translation>
        </message>
        <message>
            <source>the line contains a NUL byte (binary data)</source>
            <translation>la línea contiene un byte NUL (datos binarios)</translation>
        </message>
        <message>
            <source>wrong number of columns: %1 instead of %2</source>
            <translation>número de columnas incorrecto: %1 en lugar de %2</translation>
        </message>
        <message>
            <source>POS is not a positive whole number</source>
            <translation>POS no es un número entero positivo</translation>
        </message>
        <message>
            <source>ALT has an empty allele</source>
            <translation>ALT tiene un alelo vacío</translation>
        </message>
        <message>
            <source>QUAL is neither '.' nor a number</source>
            <translation>QUAL no es '.' ni un número</translation>
        </message>
        <message>
            <source>read error: the BCF file is truncated or corrupt</source>
            <translation>error de lectura: el archivo BCF está truncado o dañado</translation>
        </message>
        <message>
            <source>the record cannot be unpacked</source>
            <translation>no se puede desempaquetar el registro</translation>
        </message>
        <message>
            <source>REF must consist of the bases A, C, G, T and N</source>
            <translation>REF debe estar formado por las bases A, C, G, T y N</translation>
        </message>
        <message>
            <source>ALT allele %1 is empty or not a valid allele</source>
            <translation>el alelo ALT %1 está vacío o no es un alelo válido</translation>
        </message>
        <message numerus="yes">
            <source>GT refers to allele %1, but the record has %n allele(s)</source>
            <translation>
                <numerusform>GT hace referencia al alelo %1, pero el registro tiene %n alelo</numerusform>
                <numerusform>GT hace referencia al alelo %1, pero el registro tiene %n alelos</numerusform>
            </translation>
        </message>
        <message>
            <source>loading was cancelled</source>
            <translation>se canceló la carga</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) use INFO or FORMAT keys not declared in the header</source>
            <translation>
                <numerusform>%n registro usa claves INFO o FORMAT no declaradas en la cabecera</numerusform>
                <numerusform>%n registros usan claves INFO o FORMAT no declaradas en la cabecera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) are on contigs not declared in the header</source>
            <translation>
                <numerusform>%n registro está en contigs no declarados en la cabecera</numerusform>
                <numerusform>%n registros están en contigs no declarados en la cabecera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the file is not sorted by position (%n record(s) out of order)</source>
            <translation>
                <numerusform>el archivo no está ordenado por posición (%n registro fuera de orden)</numerusform>
                <numerusform>el archivo no está ordenado por posición (%n registros fuera de orden)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) have a REF that does not match the reference FASTA; they were trimmed but not left-aligned</source>
            <translation>
                <numerusform>%n variante tiene un REF que no coincide con el FASTA de referencia; se recortó, pero no se alineó a la izquierda</numerusform>
                <numerusform>%n variantes tienen un REF que no coincide con el FASTA de referencia; se recortaron, pero no se alinearon a la izquierda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) are on contigs missing from the reference FASTA</source>
            <translation>
                <numerusform>%n variante está en contigs ausentes del FASTA de referencia</numerusform>
                <numerusform>%n variantes están en contigs ausentes del FASTA de referencia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) repeat the site and alleles of the record before them with different content; both are kept</source>
            <translation>
                <numerusform>%n registro repite el sitio y los alelos del registro anterior con un contenido diferente; se conservan ambos</numerusform>
                <numerusform>%n registros repiten el sitio y los alelos del registro anterior con un contenido diferente; se conservan ambos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank line(s) ignored</source>
            <translation>
                <numerusform>%n línea en blanco ignorada</numerusform>
                <numerusform>%n líneas en blanco ignoradas</numerusform>
            </translation>
        </message>
        <message>
            <source>the genome build could not be detected from the header</source>
            <translation>no se pudo detectar el ensamblaje genómico a partir de la cabecera</translation>
        </message>
        <message>
            <source>the PED file's trio is not among the file's samples</source>
            <translation>el trío del archivo PED no está entre las muestras del archivo</translation>
        </message>
        <message>
            <source>the connection closed before the answer was complete (%1)</source>
            <translation>la conexión se cerró antes de que la respuesta estuviera completa (%1)</translation>
        </message>
        <message>
            <source>Clinical geneticist</source>
            <translation>Genetista clínico</translation>
        </message>
        <message>
            <source>no report translation for language "%1"; available: %2</source>
            <translation>no hay traducción del informe para el idioma "%1"; disponibles: %2</translation>
        </message>
        <message>
            <source>Secondary findings were sought under %1, in the categories the patient consented to:</source>
            <translation>Los hallazgos secundarios se buscaron según %1, en las categorías para las que el paciente dio su consentimiento:</translation>
        </message>
        <message>
            <source>wishes to be informed</source>
            <translation>desea ser informado</translation>
        </message>
        <message>
            <source>does not wish to be informed</source>
            <translation>no desea ser informado</translation>
        </message>
        <message>
            <source>Report content SHA-256 (FHIR export): %1</source>
            <translation>SHA-256 del contenido del informe (exportación FHIR): %1</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in childhood</source>
            <translation>Enfermedades con intervención posible de inicio en la infancia</translation>
        </message>
        <message>
            <source>Actionable conditions with onset in adulthood</source>
            <translation>Enfermedades con intervención posible de inicio en la edad adulta</translation>
        </message>
        <message>
            <source>Carrier status for recessive conditions</source>
            <translation>Estado de portador de enfermedades recesivas</translation>
        </message>
        <message>
            <source>Pharmacogenomic findings</source>
            <translation>Hallazgos farmacogenómicos</translation>
        </message>
        <message>
            <source>Late-onset conditions without treatment</source>
            <translation>Enfermedades de inicio tardío sin tratamiento</translation>
        </message>
        <message>
            <source>retrieved %1</source>
            <translation>obtenido el %1</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in the highest population</source>
            <translation>FAF95 ≤ %1% en la población con la frecuencia más alta</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in the highest population</source>
            <translation>Frecuencia alélica ≤ %1% en la población con la frecuencia más alta</translation>
        </message>
        <message>
            <source>FAF95 ≤ %1% in %2</source>
            <translation>FAF95 ≤ %1% en %2</translation>
        </message>
        <message>
            <source>Allele frequency ≤ %1% in %2</source>
            <translation>Frecuencia alélica ≤ %1% en %2</translation>
        </message>
        <message>
            <source>the disk is full: no space left (or the file size limit was reached) while %1; the frequency cache was not changed</source>
            <translation>el disco está lleno: no queda espacio (o se alcanzó el límite de tamaño de archivo) durante la operación: %1; la caché de frecuencias no se modificó</translation>
        </message>
        <message>
            <source>the sites VCF uses INFO keys its header does not declare; they are not imported</source>
            <translation>el VCF de sitios usa claves INFO que su cabecera no declara; no se importan</translation>
        </message>
        <message>
            <source>the knowledge base's gene model is %1 but the case is %2; import a gene model of the case's build</source>
            <translation>el modelo génico de la base de conocimiento es %1, pero el caso es %2; importe un modelo génico del ensamblaje del caso</translation>
        </message>
        <message>
            <source>the knowledge base's ClinVar is %1 but the case is %2; import ClinVar of the case's build</source>
            <translation>el ClinVar de la base de conocimiento es %1, pero el caso es %2; importe ClinVar del ensamblaje del caso</translation>
        </message>
        <message>
            <source>unknown consent category %1</source>
            <translation>categoría de consentimiento desconocida %1</translation>
        </message>
        <message>
            <source>"%1" is not an HPO term (HP: and seven digits)</source>
            <translation>"%1" no es un término HPO (HP: y siete dígitos)</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; presumed biallelic, confirm the phase.</source>
            <translation>%1 tiene %2 variantes P/LP en heterocigosis: posible heterocigoto compuesto, fase desconocida; se presume bialélico, confirme la fase.</translation>
        </message>
        <message>
            <source>%1 has %2 heterozygous P/LP variants: possible compound heterozygote, phase unknown; the policy asks for review.</source>
            <translation>%1 tiene %2 variantes P/LP en heterocigosis: posible heterocigoto compuesto, fase desconocida; la política exige revisión.</translation>
        </message>
        <message>
            <source>The indication describes the phenotype (%1) but names no genes, so no finding is primary; %2 is a secondary finding.</source>
            <translation>La indicación describe el fenotipo (%1), pero no nombra ningún gen, por lo que ningún hallazgo es primario; %2 es un hallazgo secundario.</translation>
        </message>
        <message>
            <source>the start of the keyed entries is missing or fails the keyed check (HMAC)</source>
            <translation>falta el inicio de las entradas con clave o no supera la comprobación con clave (HMAC)</translation>
        </message>
        <message>
            <source>entry %1 fails the keyed check (HMAC): it was written or rewritten without the case database key</source>
            <translation>la entrada %1 no supera la comprobación con clave (HMAC): se escribió o reescribió sin la clave de la base de datos de casos</translation>
        </message>
        <message>
            <source>entries from %1 on are missing: the log was truncated</source>
            <translation>faltan las entradas a partir de la %1: el registro se truncó</translation>
        </message>
        <message>
            <source>the recorded end of the log (entry %1) fails the keyed check (HMAC): entries were cut off or rewritten</source>
            <translation>el final registrado del registro (entrada %1) no supera la comprobación con clave (HMAC): se cortaron o reescribieron entradas</translation>
        </message>
        <message>
            <source>no key for the audit log</source>
            <translation>no hay clave para el registro de auditoría</translation>
        </message>
        <message>
            <source>the record's INFO cannot be unpacked</source>
            <translation>no se puede decodificar el campo INFO del registro</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a per-allele INFO field (Number=A or R) with the wrong number of values; those values were not kept</source>
            <translation>
                <numerusform>%n registro tiene un campo INFO por alelo (Number=A o R) con un número incorrecto de valores; esos valores no se conservaron</numerusform>
                <numerusform>%n registros tienen un campo INFO por alelo (Number=A o R) con un número incorrecto de valores; esos valores no se conservaron</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>SHA-256 %1, public key SHA-256 %2</source>
            <translation>SHA-256 %1, SHA-256 de la clave pública %2</translation>
        </message>
        <message>
            <source>TLS: the certificate of node %1 does not match its pinned SHA-256 (pinned %2; the node presented certificate %3). The connection was refused.</source>
            <translation>TLS: el certificado del nodo %1 no coincide con su SHA-256 anclado (anclado: %2; el nodo presentó el certificado %3). Se rechazó la conexión.</translation>
        </message>
        <message>
            <source>The frequency cache does not exist.</source>
            <translation>La caché de frecuencias no existe.</translation>
        </message>
        <message>
            <source>Cannot open the frequency cache: %1</source>
            <translation>No se puede abrir la caché de frecuencias: %1</translation>
        </message>
        <message>
            <source>Cannot create the table of Beacon fetch times</source>
            <translation>No se puede crear la tabla de horas de obtención de Beacon</translation>
        </message>
        <message>
            <source>Not a frequency cache: %1</source>
            <translation>No es una caché de frecuencias: %1</translation>
        </message>
        <message>
            <source>The frequency cache was opened read-only.</source>
            <translation>La caché de frecuencias se abrió en modo de solo lectura.</translation>
        </message>
        <message>
            <source>Cannot record the Beacon fetch times</source>
            <translation>No se pueden registrar las horas de obtención de Beacon</translation>
        </message>
        <message>
            <source>Cannot remove the Beacon fetch times</source>
            <translation>No se pueden eliminar las horas de obtención de Beacon</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>hace un momento</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>hace %n minuto</numerusform>
                <numerusform>hace %n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>hace %n hora</numerusform>
                <numerusform>hace %n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>"maxAgeDays" must be 0 ... 3650.</source>
            <translation>"maxAgeDays" debe estar entre 0 y 3650.</translation>
        </message>
        <message>
            <source>Cannot create the folder.</source>
            <translation>No se puede crear la carpeta.</translation>
        </message>
        <message>
            <source>Node "%1" needs a token or password of one line.</source>
            <translation>El nodo "%1" necesita un token o una contraseña de una sola línea.</translation>
        </message>
        <message>
            <source>Cannot write the token file.</source>
            <translation>No se puede escribir el archivo de token.</translation>
        </message>
        <message>
            <source>Cannot write the node list.</source>
            <translation>No se puede escribir la lista de nodos.</translation>
        </message>
        <message>
            <source>The request headers are larger than %1 bytes.</source>
            <translation>Las cabeceras de la solicitud superan los %1 bytes.</translation>
        </message>
        <message>
            <source>A chunk header is too long.</source>
            <translation>Una cabecera de fragmento (chunk) es demasiado larga.</translation>
        </message>
        <message>
            <source>A chunk size is not a number.</source>
            <translation>El tamaño de un fragmento (chunk) no es un número.</translation>
        </message>
        <message>
            <source>The Content-Length header is not a number.</source>
            <translation>La cabecera Content-Length no es un número.</translation>
        </message>
        <message>
            <source>bad sum column</source>
            <translation>columna de sumas incorrecta</translation>
        </message>
        <message>
            <source>unknown integer coding %1</source>
            <translation>codificación de enteros %1 desconocida</translation>
        </message>
        <message>
            <source>upgrading the format</source>
            <translation>actualizando el formato</translation>
        </message>
        <message>
            <source>could not write the case database (disk full or I/O error: %1); this change was not saved, earlier changes are intact</source>
            <translation>no se pudo escribir la base de datos de casos (disco lleno o error de E/S: %1); este cambio no se guardó, los cambios anteriores están intactos</translation>
        </message>
        <message>
            <source>the case database is locked by another program (%1); this change was not saved, try again</source>
            <translation>otro programa tiene bloqueada la base de datos de casos (%1); este cambio no se guardó, vuelva a intentarlo</translation>
        </message>
        <message>
            <source>the case database is read-only (%1); this change was not saved</source>
            <translation>la base de datos de casos es de solo lectura (%1); este cambio no se guardó</translation>
        </message>
        <message>
            <source>the case database is read-only (%1): ask IT for write access to the file and its folder</source>
            <translation>la base de datos de casos es de solo lectura (%1): pida al departamento de TI acceso de escritura al archivo y a su carpeta</translation>
        </message>
        <message numerus="yes">
            <source>HTTP %1: the node asked to wait %n second(s)</source>
            <translation>
                <numerusform>HTTP %1: el nodo pidió esperar %n segundo</numerusform>
                <numerusform>HTTP %1: el nodo pidió esperar %n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>The request headers did not arrive within %1 ms.</source>
            <translation>Las cabeceras de la solicitud no llegaron en %1 ms.</translation>
        </message>
        <message>
            <source>The request body did not arrive within %1 ms.</source>
            <translation>El cuerpo de la solicitud no llegó en %1 ms.</translation>
        </message>
        <message>
            <source>The server has too many open connections; try again later.</source>
            <translation>El servidor tiene demasiadas conexiones abiertas; inténtelo más tarde.</translation>
        </message>
        <message>
            <source>Too many open connections from your address; at most %1.</source>
            <translation>Demasiadas conexiones abiertas desde su dirección; como máximo %1.</translation>
        </message>
        <message numerus="yes">
            <source>Too many requests; retry after %n second(s).</source>
            <translation>
                <numerusform>Demasiadas solicitudes; reintente dentro de %n segundo.</numerusform>
                <numerusform>Demasiadas solicitudes; reintente dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/PL (Number=G) with the wrong number of values for the genotype's ploidy and alleles; PL was not kept for those calls</source>
            <translation>
                <numerusform>%n registro tiene un FORMAT/PL (Number=G) con un número de valores incorrecto para la ploidía y los alelos del genotipo; PL no se conservó para esas llamadas</numerusform>
                <numerusform>%n registros tienen un FORMAT/PL (Number=G) con un número de valores incorrecto para la ploidía y los alelos del genotipo; PL no se conservó para esas llamadas</numerusform>
            </translation>
        </message>
        <message>
            <source>note (%1): %2</source>
            <translation>nota (%1): %2</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/AD with the wrong number of values (one per allele, REF first); AD was not kept for those calls</source>
            <translation>
                <numerusform>%n registro tiene un FORMAT/AD con un número incorrecto de valores (uno por alelo, REF primero); AD no se conservó para esas llamadas</numerusform>
                <numerusform>%n registros tienen un FORMAT/AD con un número incorrecto de valores (uno por alelo, REF primero); AD no se conservó para esas llamadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the transcripts was cancelled.</source>
            <translation>Se canceló la lectura de los transcritos.</translation>
        </message>
        <message>
            <source>MANE Select first, then the canonical transcript, then the most severe consequence, then protein-coding, then file order</source>
            <translation>primero MANE Select, después el transcrito canónico, después la consecuencia más grave, después codificante de proteína, después el orden del archivo</translation>
        </message>
        <message>
            <source>The variant file is no longer there; its transcripts cannot be read.</source>
            <translation>El archivo de variantes ya no existe; no se pueden leer sus transcritos.</translation>
        </message>
        <message>
            <source>The variant file has changed since the case was loaded; open the case again to see its transcripts.</source>
            <translation>El archivo de variantes ha cambiado desde que se cargó el caso; abra el caso de nuevo para ver sus transcritos.</translation>
        </message>
        <message>
            <source>The variant file cannot be opened to read its transcripts.</source>
            <translation>No se puede abrir el archivo de variantes para leer sus transcritos.</translation>
        </message>
        <message>
            <source>The file is not a VCF or BCF file.</source>
            <translation>El archivo no es un archivo VCF ni BCF.</translation>
        </message>
        <message>
            <source>The header of the variant file cannot be read.</source>
            <translation>No se puede leer la cabecera del archivo de variantes.</translation>
        </message>
        <message>
            <source>The variant file has no VEP (CSQ) or SnpEff (ANN) annotation in its header, so it lists no transcripts.</source>
            <translation>La cabecera del archivo de variantes no contiene anotación VEP (CSQ) ni SnpEff (ANN), por lo que no enumera transcritos.</translation>
        </message>
        <message>
            <source>The variant was not found in the variant file; its transcripts cannot be shown.</source>
            <translation>No se encontró la variante en el archivo de variantes; no se pueden mostrar sus transcritos.</translation>
        </message>
        <message>
            <source>The variant file could not be read to the end of the region of the variant.</source>
            <translation>No se pudo leer el archivo de variantes hasta el final de la región de la variante.</translation>
        </message>
        <message>
            <source>The variant file could not be read to its end.</source>
            <translation>No se pudo leer el archivo de variantes hasta el final.</translation>
        </message>
        <message>
            <source>truncated header</source>
            <translation>encabezado truncado</translation>
        </message>
        <message>
            <source>checksum mismatch</source>
            <translation>la suma de comprobación no coincide</translation>
        </message>
        <message>
            <source>bad integer column</source>
            <translation>columna de enteros no válida</translation>
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
            <translation>Inserción</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Deleción</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complejas</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Estructural</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referencia</translation>
        </message>
        <message>
            <source>heterozygous (with other ALT)</source>
            <translation>heterocigoto (con otro ALT)</translation>
        </message>
        <message>
            <source>other ALT only</source>
            <translation>solo otro ALT</translation>
        </message>
        <message>
            <source>a chunk of the frequency cache is corrupt (%1); import that source again, or restore the cache file from a backup</source>
            <translation>un fragmento de la caché de frecuencias está dañado (%1); importe de nuevo esa fuente o restaure el archivo de la caché desde una copia de seguridad</translation>
        </message>
        <message>
            <source>the BCF header is damaged: it declares %1 bytes (at most %2 are accepted); write the BCF again from its source</source>
            <translation>la cabecera BCF está dañada: declara %1 bytes (se aceptan como máximo %2); vuelva a escribir el BCF desde su origen</translation>
        </message>
        <message>
            <source>no source of the caches has the field(s) %1; their fields are %2</source>
            <translation>ninguna fuente de las cachés tiene el campo o los campos %1; sus campos son %2</translation>
        </message>
    </context>
    <context>
        <name>Core::Tr</name>
        <message>
            <source>Clinical geneticist</source>
            <translation>Genetista clínico</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogDialog</name>
        <message>
            <source>Audit Log — %1</source>
            <translation>Registro de auditoría — %1</translation>
        </message>
        <message numerus="yes">
            <source>✔ Audit chain intact: %n entry(ies) verified.</source>
            <translation>
                <numerusform>✔ Cadena de auditoría íntegra: %n entrada verificada.</numerusform>
                <numerusform>✔ Cadena de auditoría íntegra: %n entradas verificadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ AUDIT CHAIN BROKEN at entry %1: %2</source>
            <translation>✘ CADENA DE AUDITORÍA ROTA en la entrada %1: %2</translation>
        </message>
        <message>
            <source>Filter (user, action, entity)</source>
            <translation>Filtro (usuario, acción, entidad)</translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogModel</name>
        <message>
            <source>%1 (first bad entry)</source>
            <translation>%1 (primera entrada errónea)</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Entidad</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseListModel</name>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisado</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Firmado</translation>
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
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseSidebar</name>
        <message>
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message>
            <source>Filter cases (id, patient, status)</source>
            <translation>Filtrar casos (id, paciente, estado)</translation>
        </message>
        <message>
            <source>No case database is open.</source>
            <translation>No hay ninguna base de datos de casos abierta.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n case(s)</source>
            <translation>
                <numerusform>%1 — %n caso</numerusform>
                <numerusform>%1 — %n casos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseStoreClient</name>
        <message>
            <source>Case database %1:
%2</source>
            <translation>Base de datos de casos %1:
%2</translation>
        </message>
        <message>
            <source>Open Case Database</source>
            <translation>Abrir base de datos de casos</translation>
        </message>
        <message>
            <source>Case databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de datos de casos (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Passphrase of %1:</source>
            <translation>Frase de contraseña de %1:</translation>
        </message>
        <message>
            <source>Case database %1 cannot be opened:
%2</source>
            <translation>No se puede abrir la base de datos de casos %1:
%2</translation>
        </message>
        <message>
            <source>Log In</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Log in to %1.</source>
            <translation>Inicie sesión en %1.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nombre de usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>%1
Password of %2:</source>
            <translation>%1
Contraseña de %2:</translation>
        </message>
    </context>
    <context>
        <name>Gui::DetailPane</name>
        <message>
            <source>Policy decision (%1)</source>
            <translation>Decisión de la política (%1)</translation>
        </message>
        <message>
            <source>The patient does not carry this allele, so the policy does not judge it.</source>
            <translation>El paciente no porta este alelo, por lo que la política no lo evalúa.</translation>
        </message>
        <message>
            <source>Laboratory classification</source>
            <translation>Clasificación del laboratorio</translation>
        </message>
        <message>
            <source>not classified yet</source>
            <translation>aún no clasificada</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>not in ClinVar (or no knowledge base)</source>
            <translation>no está en ClinVar (o no hay base de conocimiento)</translation>
        </message>
        <message>
            <source>Highest population AF</source>
            <translation>AF poblacional máxima</translation>
        </message>
        <message>
            <source>no frequency data for this site</source>
            <translation>no hay datos de frecuencia para esta posición</translation>
        </message>
        <message>
            <source>Population frequencies</source>
            <translation>Frecuencias poblacionales</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Población</translation>
        </message>
        <message>
            <source>Homozygotes</source>
            <translation>Homocigotos</translation>
        </message>
        <message>
            <source>not found (the source covers this region)</source>
            <translation>no encontrada (la fuente cubre esta región)</translation>
        </message>
        <message>
            <source>no data for this region</source>
            <translation>no hay datos para esta región</translation>
        </message>
        <message>
            <source>Open in IGV</source>
            <translation>Abrir en IGV</translation>
        </message>
        <message>
            <source>Population frequencies chart</source>
            <translation>Gráfico de frecuencias poblacionales</translation>
        </message>
        <message>
            <source>Shows this position in a running IGV (batch port, 127.0.0.1)</source>
            <translation>Muestra esta posición en un IGV en ejecución (puerto batch, 127.0.0.1)</translation>
        </message>
        <message>
            <source>region fetched %1 (%2)</source>
            <translation>región obtenida %1 (%2)</translation>
        </message>
        <message>
            <source>fetch time of this region unknown; source retrieved %1</source>
            <translation>hora de obtención de esta región desconocida; fuente obtenida %1</translation>
        </message>
        <message>
            <source>fetch time unknown</source>
            <translation>hora de obtención desconocida</translation>
        </message>
        <message>
            <source>retrieval time unknown</source>
            <translation>fecha de obtención desconocida</translation>
        </message>
        <message>
            <source>retrieved %1 (%2)</source>
            <translation>obtenidos %1 (%2)</translation>
        </message>
        <message>
            <source>Allele frequency per population (‰)</source>
            <translation>Frecuencia alélica por población (‰)</translation>
        </message>
        <message>
            <source>No frequency cache is configured for this case.</source>
            <translation>No hay ninguna caché de frecuencias configurada para este caso.</translation>
        </message>
        <message>
            <source>%1: not found (the source covers this region)</source>
            <translation>%1: no encontrada (la fuente cubre esta región)</translation>
        </message>
        <message>
            <source>%1: no data for this region</source>
            <translation>%1: no hay datos para esta región</translation>
        </message>
        <message>
            <source>AF (‰)</source>
            <translation>AF (‰)</translation>
        </message>
        <message>
            <source>No population frequencies for this variant.</source>
            <translation>No hay frecuencias poblacionales para esta variante.</translation>
        </message>
        <message>
            <source>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, homozygotes %8
%9</source>
            <translation>%1 %2, %3
AF %4 (%5 ‰)
AC/AN %6/%7, homocigotos %8
%9</translation>
        </message>
        <message>
            <source>Sending %1 to IGV…</source>
            <translation>Enviando %1 a IGV…</translation>
        </message>
        <message>
            <source>Sent %1 to IGV.</source>
            <translation>%1 enviado a IGV.</translation>
        </message>
        <message>
            <source>IGV is not running (nothing listens on port %1). Start IGV and enable its batch port (View &gt; Preferences &gt; Advanced).</source>
            <translation>IGV no se está ejecutando (nada escucha en el puerto %1). Inicie IGV y active su puerto batch (View &gt; Preferences &gt; Advanced).</translation>
        </message>
        <message>
            <source>Could not reach IGV on port %1: %2</source>
            <translation>No se pudo conectar con IGV en el puerto %1: %2</translation>
        </message>
        <message>
            <source>%1, phased</source>
            <translation>%1, en fase</translation>
        </message>
        <message>
            <source>%1, phased without a phase set (phase unknown)</source>
            <translation>%1, en fase sin conjunto de fase (fase desconocida)</translation>
        </message>
        <message>
            <source>%1, phased (PS %2)</source>
            <translation>%1, en fase (PS %2)</translation>
        </message>
        <message>
            <source>Select a variant to see its details.</source>
            <translation>Seleccione una variante para ver sus detalles.</translation>
        </message>
        <message>
            <source>Variant key</source>
            <translation>Clave de variante</translation>
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
            <translation>separada de un registro multialélico</translation>
        </message>
        <message>
            <source>shared bases trimmed</source>
            <translation>bases compartidas recortadas</translation>
        </message>
        <message>
            <source>left-aligned against the reference</source>
            <translation>alineada a la izquierda con respecto a la referencia</translation>
        </message>
        <message>
            <source>Changed on load</source>
            <translation>Modificada al cargar</translation>
        </message>
        <message>
            <source>no — as written in the file</source>
            <translation>no — tal como figura en el archivo</translation>
        </message>
        <message>
            <source>Gene</source>
            <translation>Gen</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transcrito</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Consecuencia</translation>
        </message>
        <message>
            <source>HGVS</source>
            <translation>HGVS</translation>
        </message>
        <message>
            <source>Annotation source</source>
            <translation>Fuente de la anotación</translation>
        </message>
        <message>
            <source>from the input file (VEP/SnpEff), transcript picked by the documented rule</source>
            <translation>del archivo de entrada (VEP/SnpEff), transcrito elegido según la regla documentada</translation>
        </message>
        <message>
            <source>INFO of this allele</source>
            <translation>INFO de este alelo</translation>
        </message>
        <message>
            <source>Segregation in the trio</source>
            <translation>Segregación en el trío</translation>
        </message>
        <message>
            <source>nothing notable</source>
            <translation>nada destacable</translation>
        </message>
        <message>
            <source>Genotypes</source>
            <translation>Genotipos</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Muestra</translation>
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
            <translation>Balance alélico</translation>
        </message>
        <message>
            <source>Age of the data: %1</source>
            <translation>Antigüedad de los datos: %1</translation>
        </message>
        <message>
            <source>PL</source>
            <translation>PL</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Verosimilitudes de genotipo en escala Phred (FORMAT/PL) de 0/0, 0/1 y 1/1 para este alelo ALT (0 y 1 en una llamada haploide)</translation>
        </message>
        <message>
            <source>Transcripts</source>
            <translation>Transcritos</translation>
        </message>
        <message>
            <source>Reading transcripts…</source>
            <translation>Leyendo transcritos…</translation>
        </message>
        <message>
            <source>The transcripts cannot be shown: %1</source>
            <translation>No se pueden mostrar los transcritos: %1</translation>
        </message>
        <message>
            <source>The file lists no transcripts for this allele.</source>
            <translation>El archivo no enumera transcritos para este alelo.</translation>
        </message>
        <message numerus="yes">
            <source>%n transcript(s) from %1 (%2 field). The picked one, shown in the variant table, is chosen by this rule: %3.</source>
            <translation>
                <numerusform>%n transcrito de %1 (campo %2). El elegido, mostrado en la tabla de variantes, se determina con esta regla: %3.</numerusform>
                <numerusform>%n transcritos de %1 (campo %2). El elegido, mostrado en la tabla de variantes, se determina con esta regla: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Consequence (impact)</source>
            <translation>Consecuencia (impacto)</translation>
        </message>
        <message>
            <source>HGVS c./p.</source>
            <translation>HGVS c./p.</translation>
        </message>
        <message>
            <source>picked</source>
            <translation>elegido</translation>
        </message>
        <message>
            <source>MANE Select</source>
            <translation>MANE Select</translation>
        </message>
        <message>
            <source>canonical</source>
            <translation>canónico</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Indexing the variant file for transcript lookups (first time only): %1 %</source>
            <translation>Indexando el archivo de variantes para consultar los transcritos (solo la primera vez): %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n review star(s)</source>
            <translation>
                <numerusform>%1, %n estrella de revisión</numerusform>
                <numerusform>%1, %n estrellas de revisión</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::FilterPanel</name>
        <message>
            <source>e.g. BRCA1, BRCA2, TP53</source>
            <translation>p. ej., BRCA1, BRCA2, TP53</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Eliminadas</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Preajuste:</translation>
        </message>
        <message>
            <source>&amp;Genes:</source>
            <translation>&amp;Genes:</translation>
        </message>
        <message>
            <source>Filter cascade:</source>
            <translation>Cascada de filtros:</translation>
        </message>
        <message>
            <source>In the genes %1</source>
            <translation>En los genes %1</translation>
        </message>
        <message>
            <source>%1 before, %2 after</source>
            <translation>%1 antes, %2 después</translation>
        </message>
        <message>
            <source>%1 of %2 variants shown</source>
            <translation>%1 de %2 variantes mostradas</translation>
        </message>
        <message>
            <source>In the policy's genes</source>
            <translation>En los genes de la política</translation>
        </message>
        <message>
            <source>Only the policy's genes (e.g. ACMG SF)</source>
            <translation>Solo los genes de la política (p. ej., ACMG SF)</translation>
        </message>
        <message>
            <source>Only policy findings (reported, withheld or to review)</source>
            <translation>Solo hallazgos de la política (informados, no informados o por revisar)</translation>
        </message>
        <message>
            <source>Highest population (as grpmax)</source>
            <translation>Población con la frecuencia más alta (como grpmax)</translation>
        </message>
        <message>
            <source>all (whole source)</source>
            <translation>todas (fuente completa)</translation>
        </message>
        <message>
            <source>highest population</source>
            <translation>población con la frecuencia más alta</translation>
        </message>
        <message>
            <source>depth ≥ %1</source>
            <translation>profundidad ≥ %1</translation>
        </message>
        <message>
            <source>GQ ≥ %1</source>
            <translation>GQ ≥ %1</translation>
        </message>
        <message>
            <source>allele balance ≥ %1%</source>
            <translation>balance alélico ≥ %1%</translation>
        </message>
        <message>
            <source>Quality: %1</source>
            <translation>Calidad: %1</translation>
        </message>
        <message>
            <source>%1 — not applied: no frequency cache for this case</source>
            <translation>%1 — no aplicado: no hay caché de frecuencias para este caso</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic</source>
            <translation>ClinVar: patogénica o probablemente patogénica</translation>
        </message>
        <message>
            <source>ClinVar pathogenic or likely pathogenic — no variant of this case is in ClinVar (or no knowledge base is used)</source>
            <translation>ClinVar: patogénica o probablemente patogénica — ninguna variante de este caso está en ClinVar (o no se usa ninguna base de conocimiento)</translation>
        </message>
        <message>
            <source>Reported, withheld or to review by the policy</source>
            <translation>Informados, no informados o por revisar según la política</translation>
        </message>
        <message>
            <source>Saved filter sets…</source>
            <translation>Conjuntos de filtros guardados…</translation>
        </message>
        <message>
            <source>Save Filter Set</source>
            <translation>Guardar conjunto de filtros</translation>
        </message>
        <message>
            <source>Name of the filter set (saved for you on this computer):</source>
            <translation>Nombre del conjunto de filtros (se guarda solo para usted en este equipo):</translation>
        </message>
        <message>
            <source>Saved:</source>
            <translation>Guardados:</translation>
        </message>
        <message>
            <source>&amp;Consequence:</source>
            <translation>&amp;Consecuencia:</translation>
        </message>
        <message>
            <source>At &amp;most:</source>
            <translation>Como &amp;máximo:</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>En:</translation>
        </message>
        <message>
            <source>Depth ≥</source>
            <translation>Profundidad ≥</translation>
        </message>
        <message>
            <source>GQ ≥</source>
            <translation>GQ ≥</translation>
        </message>
        <message>
            <source>Allele balance ≥</source>
            <translation>Balance alélico ≥</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Guardar…</translation>
        </message>
        <message>
            <source>Save these filter choices under a name</source>
            <translation>Guardar estas opciones de filtro con un nombre</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the chosen saved filter set</source>
            <translation>Eliminar el conjunto de filtros guardado seleccionado</translation>
        </message>
        <message>
            <source>Population allele frequency</source>
            <translation>Frecuencia alélica poblacional</translation>
        </message>
        <message>
            <source>Use FAF95 where the source has it</source>
            <translation>Usar FAF95 cuando la fuente lo incluya</translation>
        </message>
        <message>
            <source>Genotype quality of the patient</source>
            <translation>Calidad del genotipo del paciente</translation>
        </message>
        <message>
            <source>Any consequence</source>
            <translation>Cualquier consecuencia</translation>
        </message>
        <message>
            <source>Coding or splice region</source>
            <translation>Región codificante o de splicing</translation>
        </message>
        <message>
            <source>Protein-altering (missense, in-frame, LoF)</source>
            <translation>Que alteran la proteína (missense, in-frame, LoF)</translation>
        </message>
        <message>
            <source>Loss of function (stop, frameshift, splice site)</source>
            <translation>Pérdida de función (stop, frameshift, sitio de splicing)</translation>
        </message>
        <message>
            <source>Only ClinVar pathogenic or likely pathogenic</source>
            <translation>Solo patogénicas o probablemente patogénicas en ClinVar</translation>
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
            <translation>Filtros</translation>
        </message>
        <message>
            <source>Variant details</source>
            <translation>Detalles de la variante</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Cancelar carga</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open variants</source>
            <translation>Abrir variantes</translation>
        </message>
        <message>
            <source>Variant files (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;All files (*)</source>
            <translation>Archivos de variantes (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;recientes</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Copy Rows</source>
            <translation>&amp;Copiar filas</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Seleccionar &amp;todo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Caso</translation>
        </message>
        <message>
            <source>&amp;Load Report…</source>
            <translation>&amp;Cargar informe…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Quality Control…</source>
            <translation>&amp;Control de calidad…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About GenomeDesk</source>
            <translation>&amp;Acerca de GenomeDesk</translation>
        </message>
        <message>
            <source>A file is already loading.</source>
            <translation>Ya se está cargando un archivo.</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Cargando %1…</translation>
        </message>
        <message>
            <source>Loading cancelled.</source>
            <translation>Carga cancelada.</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>No se puede abrir el archivo</translation>
        </message>
        <message>
            <source>%1 — GenomeDesk</source>
            <translation>%1 — GenomeDesk</translation>
        </message>
        <message>
            <source>Open a VCF or BCF file (File → Open, or drop it here).</source>
            <translation>Abra un archivo VCF o BCF (Archivo → Abrir, o arrástrelo aquí).</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n variant(s) shown</source>
            <translation>
                <numerusform>%1 de %n variante mostradas</numerusform>
                <numerusform>%1 de %n variantes mostradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sample(s)</source>
            <translation>
                <numerusform>%n muestra</numerusform>
                <numerusform>%n muestras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n omitido</numerusform>
                <numerusform>%n omitidos</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Informe guardado en %1</translation>
        </message>
        <message>
            <source>Cannot write report</source>
            <translation>No se puede escribir el informe</translation>
        </message>
        <message>
            <source>Load report</source>
            <translation>Cargar informe</translation>
        </message>
        <message>
            <source>About GenomeDesk</source>
            <translation>Acerca de GenomeDesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Clinical genomics case review with federated European allele frequencies.&lt;/p&gt;</source>
            <translation>&lt;b&gt;GenomeDesk %1&lt;/b&gt;&lt;p&gt;Revisión de casos de genómica clínica con frecuencias alélicas europeas federadas.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Write Report…</source>
            <translation>&amp;Generar informe…</translation>
        </message>
        <message>
            <source>Patient &amp;Consent…</source>
            <translation>Consentimiento del &amp;paciente…</translation>
        </message>
        <message>
            <source>&amp;Indication Genes…</source>
            <translation>Genes de la &amp;indicación…</translation>
        </message>
        <message>
            <source>&amp;Frequency Caches…</source>
            <translation>Cachés de &amp;frecuencias…</translation>
        </message>
        <message>
            <source>%1: %2 primary, %3 secondary, %4 to review</source>
            <translation>%1: hallazgos primarios %2, secundarios %3, por revisar %4</translation>
        </message>
        <message>
            <source>The policy cannot be applied: %1</source>
            <translation>No se puede aplicar la política: %1</translation>
        </message>
        <message>
            <source>Patient consent</source>
            <translation>Consentimiento del paciente</translation>
        </message>
        <message>
            <source>Which secondary findings does the patient wish to receive under %1?</source>
            <translation>¿Qué hallazgos secundarios desea recibir el paciente según %1?</translation>
        </message>
        <message>
            <source>Not recorded (reported: the policy is opt-out)</source>
            <translation>No registrado (se informa: la política es opt-out)</translation>
        </message>
        <message>
            <source>Not recorded (not reported: the policy is opt-in)</source>
            <translation>No registrado (no se informa: la política es opt-in)</translation>
        </message>
        <message>
            <source>Wishes to be informed</source>
            <translation>Desea ser informado</translation>
        </message>
        <message>
            <source>Does not wish to be informed</source>
            <translation>No desea ser informado</translation>
        </message>
        <message>
            <source>The patient is a minor</source>
            <translation>El paciente es menor de edad</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Registrado por</translation>
        </message>
        <message>
            <source>Indication genes</source>
            <translation>Genes de la indicación</translation>
        </message>
        <message>
            <source>HGNC symbols separated by spaces, commas or lines</source>
            <translation>Símbolos HGNC separados por espacios, comas o saltos de línea</translation>
        </message>
        <message>
            <source>Indication</source>
            <translation>Indicación</translation>
        </message>
        <message>
            <source>Genes</source>
            <translation>Genes</translation>
        </message>
        <message>
            <source>Frequency caches</source>
            <translation>Cachés de frecuencias</translation>
        </message>
        <message>
            <source>Frequency caches (*.gdfreq)</source>
            <translation>Cachés de frecuencias (*.gdfreq)</translation>
        </message>
        <message>
            <source>Write report</source>
            <translation>Generar informe</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <source>Also HTML</source>
            <translation>También HTML</translation>
        </message>
        <message>
            <source>Also FHIR Genomics Reporting (JSON)</source>
            <translation>También FHIR Genomics Reporting (JSON)</translation>
        </message>
        <message>
            <source>Also GA4GH Phenopacket (JSON)</source>
            <translation>También GA4GH Phenopacket (JSON)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Generando el informe…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>System Default</source>
            <translation>Predeterminado del sistema</translation>
        </message>
        <message>
            <source>System settings</source>
            <translation>Configuración del sistema</translation>
        </message>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>El caso aún no se ha evaluado.</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>&amp;Vista previa…</translation>
        </message>
        <message>
            <source>Shows the report as it will be printed, in the chosen language</source>
            <translation>Muestra el informe tal como se imprimirá, en el idioma elegido</translation>
        </message>
        <message>
            <source>(computed when the report is written)</source>
            <translation>(se calcula al generar el informe)</translation>
        </message>
        <message>
            <source>Case %1: its variant file %2 is not on this computer.</source>
            <translation>Caso %1: su archivo de variantes %2 no está en este equipo.</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>no se puede crear la carpeta %1</translation>
        </message>
        <message>
            <source>cannot save the screenshot %1</source>
            <translation>no se puede guardar la captura de pantalla %1</translation>
        </message>
        <message>
            <source>the file has changed since the case was created: its SHA-256 is %1, the case recorded %2</source>
            <translation>el archivo ha cambiado desde que se creó el caso: su SHA-256 es %1, el caso registró %2</translation>
        </message>
        <message>
            <source>Data sources of the open case</source>
            <translation>Fuentes de datos del caso abierto</translation>
        </message>
        <message>
            <source>Policy %1 %2 (checksum %3)</source>
            <translation>Política %1 %2 (suma de comprobación %3)</translation>
        </message>
        <message>
            <source>No case is evaluated yet.</source>
            <translation>Todavía no se ha evaluado ningún caso.</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliotecas</translation>
        </message>
        <message>
            <source>Frequency &amp;Nodes…</source>
            <translation>&amp;Nodos de frecuencias…</translation>
        </message>
        <message>
            <source>S&amp;ync Frequencies…</source>
            <translation>&amp;Sincronizar frecuencias…</translation>
        </message>
        <message>
            <source>the report preview could not be rendered: %1</source>
            <translation>no se pudo generar la vista previa del informe: %1</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>Filtrando…</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>Ordenando…</translation>
        </message>
        <message>
            <source>Table &amp;Columns</source>
            <translation>&amp;Columnas de la tabla</translation>
        </message>
        <message>
            <source>Cancel filtering</source>
            <translation>Cancelar filtrado</translation>
        </message>
        <message>
            <source>Cancel sorting</source>
            <translation>Cancelar ordenación</translation>
        </message>
        <message>
            <source>Cancel filtering (Esc)</source>
            <translation>Cancelar filtrado (Esc)</translation>
        </message>
        <message>
            <source>Cancel sorting (Esc)</source>
            <translation>Cancelar ordenación (Esc)</translation>
        </message>
        <message>
            <source>Filtering cancelled: the table and the filter panel show the previous filter.</source>
            <translation>Filtrado cancelado: la tabla y el panel de filtros muestran el filtro anterior.</translation>
        </message>
        <message>
            <source>Sorting cancelled: the table keeps its previous order.</source>
            <translation>Ordenación cancelada: la tabla mantiene su orden anterior.</translation>
        </message>
        <message>
            <source>Genotype (each sample)</source>
            <translation>Genotipo (cada muestra)</translation>
        </message>
        <message>
            <source>DP — read depth (each sample)</source>
            <translation>DP — profundidad de lectura (cada muestra)</translation>
        </message>
        <message>
            <source>GQ — genotype quality (each sample)</source>
            <translation>GQ — calidad del genotipo (cada muestra)</translation>
        </message>
        <message>
            <source>AB — allele balance (each sample)</source>
            <translation>AB — balance alélico (cada muestra)</translation>
        </message>
        <message>
            <source>PL — genotype likelihoods (each sample)</source>
            <translation>PL — verosimilitudes de los genotipos (cada muestra)</translation>
        </message>
        <message>
            <source>The open file has no FORMAT/PL.</source>
            <translation>El archivo abierto no tiene FORMAT/PL.</translation>
        </message>
    </context>
    <context>
        <name>Gui::NodesDialog</name>
        <message>
            <source>Frequency Nodes</source>
            <translation>Nodos de frecuencias</translation>
        </message>
        <message>
            <source>The node list is locked by your IT department: its nodes are shown read-only and no node can be added.</source>
            <translation>La lista de nodos está bloqueada por su departamento de TI: sus nodos se muestran en modo de solo lectura y no se puede añadir ningún nodo.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>1-64 letters, digits, '.', '_' or '-'; the cache source is beacon:&lt;name&gt;</source>
            <translation>1-64 letras, dígitos, '.', '_' o '-'; la fuente en la caché es beacon:&lt;nombre&gt;</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Base &amp;URL:</source>
            <translation>&amp;URL base:</translation>
        </message>
        <message>
            <source>Beacon v2 specification ({base}/g_variants)</source>
            <translation>Especificación Beacon v2 ({base}/g_variants)</translation>
        </message>
        <message>
            <source>GDI aggregated ({base}/beacon/aggregated/v2/g_variants)</source>
            <translation>GDI agregado ({base}/beacon/aggregated/v2/g_variants)</translation>
        </message>
        <message>
            <source>Endpoint &amp;style:</source>
            <translation>E&amp;stilo de endpoint:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Token Bearer</translation>
        </message>
        <message>
            <source>Basic (user and password)</source>
            <translation>Basic (usuario y contraseña)</translation>
        </message>
        <message>
            <source>&amp;Authentication:</source>
            <translation>Auten&amp;ticación:</translation>
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation>Usua&amp;rio:</translation>
        </message>
        <message>
            <source>Stored in its own file readable only by you, never in the settings</source>
            <translation>Se guarda en un archivo propio que solo usted puede leer, nunca en la configuración</translation>
        </message>
        <message>
            <source>&amp;Token or password:</source>
            <translation>T&amp;oken o contraseña:</translation>
        </message>
        <message>
            <source>0-based (specification: start = POS - 1)</source>
            <translation>Base 0 (especificación: start = POS - 1)</translation>
        </message>
        <message>
            <source>1-based (start = POS)</source>
            <translation>Base 1 (start = POS)</translation>
        </message>
        <message>
            <source>&amp;Coordinates:</source>
            <translation>&amp;Coordenadas:</translation>
        </message>
        <message>
            <source>System certificate authorities</source>
            <translation>Autoridades de certificación del sistema</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>CA &amp;bundle (PEM):</source>
            <translation>Pa&amp;quete de CA (PEM):</translation>
        </message>
        <message>
            <source>SHA-256 (hex) of the node's certificate or of its public key; only a matching certificate is accepted</source>
            <translation>SHA-256 (hexadecimal) del certificado del nodo o de su clave pública; solo se acepta un certificado que coincida</translation>
        </message>
        <message>
            <source>&amp;Pinned SHA-256:</source>
            <translation>SHA-256 ancla&amp;do:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>always fetch again</source>
            <translation>obtener siempre de nuevo</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>Antigüedad &amp;máxima:</translation>
        </message>
        <message>
            <source>Ask for padded regions, not exact variants</source>
            <translation>Solicitar regiones con margen, no variantes exactas</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>&amp;Probar conexión</translation>
        </message>
        <message>
            <source>CA Bundle</source>
            <translation>Paquete de CA</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt)</source>
            <translation>Certificados PEM (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>No se puede leer su lista de nodos: %1</translation>
        </message>
        <message>
            <source>%1 (locked by IT)</source>
            <translation>%1 (bloqueado por TI)</translation>
        </message>
        <message>
            <source>stored — type to replace</source>
            <translation>guardado — escriba para reemplazarlo</translation>
        </message>
        <message>
            <source>The name must be 1-64 letters, digits, '.', '_' or '-'.</source>
            <translation>El nombre debe tener de 1 a 64 letras, dígitos, '.', '_' o '-'.</translation>
        </message>
        <message>
            <source>The name "%1" is used twice.</source>
            <translation>El nombre "%1" se usa dos veces.</translation>
        </message>
        <message>
            <source>The base URL must be an http or https URL.</source>
            <translation>La URL base debe ser una URL http o https.</translation>
        </message>
        <message>
            <source>Enter the token or password.</source>
            <translation>Introduzca el token o la contraseña.</translation>
        </message>
        <message>
            <source>Enter the user name.</source>
            <translation>Introduzca el nombre de usuario.</translation>
        </message>
        <message>
            <source>The pin must be 64 hexadecimal digits (a SHA-256).</source>
            <translation>El valor anclado debe tener 64 dígitos hexadecimales (un SHA-256).</translation>
        </message>
        <message>
            <source>The CA bundle %1 does not exist.</source>
            <translation>El paquete de CA %1 no existe.</translation>
        </message>
        <message>
            <source>Node "%1": %2</source>
            <translation>Nodo "%1": %2</translation>
        </message>
        <message>
            <source>The node list cannot be saved: %1</source>
            <translation>No se puede guardar la lista de nodos: %1</translation>
        </message>
        <message>
            <source>Testing %1…</source>
            <translation>Probando %1…</translation>
        </message>
        <message numerus="yes">
            <source>✔ Connected: the node answered a test query (%n site(s) in 1:1-1000).</source>
            <translation>
                <numerusform>✔ Conectado: el nodo respondió a una consulta de prueba (%n sitio en 1:1-1000).</numerusform>
                <numerusform>✔ Conectado: el nodo respondió a una consulta de prueba (%n sitios en 1:1-1000).</numerusform>
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
            <translation>borrador</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>revisado</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>firmado</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criterios</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Revisor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Estado del caso</translation>
        </message>
    </context>
    <context>
        <name>Gui::QcDashboard</name>
        <message>
            <source>Quality control — %1</source>
            <translation>Control de calidad — %1</translation>
        </message>
        <message>
            <source>X heterozygosity %1: consistent with the sex in the PED file</source>
            <translation>Heterocigosidad del X %1: compatible con el sexo del archivo PED</translation>
        </message>
        <message>
            <source>X heterozygosity %1: NOT consistent with the sex in the PED file — check for a sample swap</source>
            <translation>Heterocigosidad del X %1: NO compatible con el sexo del archivo PED — compruebe si hay un intercambio de muestras</translation>
        </message>
        <message>
            <source>Sex check: not enough information (PED sex or X calls outside the PARs missing)</source>
            <translation>Comprobación del sexo: información insuficiente (falta el sexo del PED o llamadas del X fuera de las PAR)</translation>
        </message>
        <message>
            <source>%1 variants carried · Ti/Tv %2 · het/hom %3
%4</source>
            <translation>%1 variantes portadas · Ti/Tv %2 · het/hom %3
%4</translation>
        </message>
        <message>
            <source>Variant types</source>
            <translation>Tipos de variante</translation>
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
            <translation>Complejas</translation>
        </message>
        <message>
            <source>Variants per chromosome</source>
            <translation>Variantes por cromosoma</translation>
        </message>
        <message>
            <source>Read depth (DP)</source>
            <translation>Profundidad de lectura (DP)</translation>
        </message>
        <message>
            <source>Genotype quality (GQ)</source>
            <translation>Calidad del genotipo (GQ)</translation>
        </message>
        <message>
            <source>Chromosome</source>
            <translation>Cromosoma</translation>
        </message>
        <message>
            <source>Insertion</source>
            <translation>Inserción</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Deleción</translation>
        </message>
        <message>
            <source>Structural</source>
            <translation>Estructural</translation>
        </message>
        <message>
            <source>Read depth, bins of 10 from the value shown</source>
            <translation>Profundidad de lectura, intervalos de 10 desde el valor indicado</translation>
        </message>
        <message>
            <source>Genotype quality, bins of 10 from the value shown</source>
            <translation>Calidad del genotipo, intervalos de 10 desde el valor indicado</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReportPreviewDialog</name>
        <message>
            <source>The case has not been evaluated yet.</source>
            <translation>El caso aún no se ha evaluado.</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Vista previa del informe</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Página anterior</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Página siguiente</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>&amp;Página:</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ajustar al ancho</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Página completa</translation>
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
            <translation>Informe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop rendering the report; the page shown stays</source>
            <translation>Detiene la generación del informe; la página mostrada se mantiene</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Guardar PDF…</translation>
        </message>
        <message>
            <source>S&amp;ign…</source>
            <translation>&amp;Firmar…</translation>
        </message>
        <message>
            <source>Rendering the report…</source>
            <translation>Generando el informe…</translation>
        </message>
        <message>
            <source>Rendering was cancelled.</source>
            <translation>Se canceló la generación.</translation>
        </message>
        <message>
            <source>Rendering was cancelled; the previous rendering is shown.</source>
            <translation>Se canceló la generación; se muestra la versión generada anteriormente.</translation>
        </message>
        <message>
            <source>The report cannot be rendered: %1</source>
            <translation>No se puede generar el informe: %1</translation>
        </message>
        <message>
            <source>The rendered report cannot be shown (error %1).</source>
            <translation>No se puede mostrar el informe generado (error %1).</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), %1.</source>
            <translation>
                <numerusform>%n página, %1.</numerusform>
                <numerusform>%n páginas, %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>de %1</translation>
        </message>
        <message>
            <source>Sign case %1 (your password is asked again)</source>
            <translation>Firmar el caso %1 (se le volverá a pedir la contraseña)</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign, once a case of the case database is picked and marked reviewed.</source>
            <translation>Solo un genetista clínico puede firmar, una vez seleccionado un caso de la base de datos de casos y marcado como revisado.</translation>
        </message>
        <message>
            <source>There is no rendered report to save.</source>
            <translation>No hay ningún informe generado que guardar.</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Guardar PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Guardado en %1.</translation>
        </message>
        <message>
            <source>The report preview was cancelled.</source>
            <translation>Se canceló la vista previa del informe.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewDialog</name>
        <message>
            <source>Classify Variant %1</source>
            <translation>Clasificar variante %1</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>By rules (Richards 2015):</source>
            <translation>Por reglas (Richards 2015):</translation>
        </message>
        <message>
            <source>By points (Tavtigian):</source>
            <translation>Por puntos (Tavtigian):</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Resumen:</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>C&amp;lass:</source>
            <translation>C&amp;lase:</translation>
        </message>
        <message>
            <source>Why this class; what else was considered</source>
            <translation>Por qué esta clase; qué otras se consideraron</translation>
        </message>
        <message>
            <source>Co&amp;mment:</source>
            <translation>Co&amp;mentario:</translation>
        </message>
        <message>
            <source>Prior classifications of this variant in other cases</source>
            <translation>Clasificaciones previas de esta variante en otros casos</translation>
        </message>
        <message>
            <source>ACMG/AMP criteria</source>
            <translation>Criterios ACMG/AMP</translation>
        </message>
        <message>
            <source>PP5 and BP6 (reputable source) are not used, following ClinGen SVI.</source>
            <translation>PP5 y BP6 (fuente de prestigio) no se utilizan, de acuerdo con ClinGen SVI.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Fuerza</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Pathogenic evidence</source>
            <translation>Evidencia patogénica</translation>
        </message>
        <message>
            <source>Benign evidence</source>
            <translation>Evidencia benigna</translation>
        </message>
        <message>
            <source>Evidence for pathogenicity</source>
            <translation>Evidencia de patogenicidad</translation>
        </message>
        <message>
            <source>Evidence for benignity</source>
            <translation>Evidencia de benignidad</translation>
        </message>
        <message>
            <source>Strength of %1</source>
            <translation>Fuerza de %1</translation>
        </message>
        <message>
            <source>default (%1)</source>
            <translation>predeterminada (%1)</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <translation>Evidencia de %1</translation>
        </message>
        <message>
            <source>Suggestions from the data</source>
            <translation>Sugerencias a partir de los datos</translation>
        </message>
        <message>
            <source>No criterion can be suggested from the data.</source>
            <translation>No se puede sugerir ningún criterio a partir de los datos.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Accept %1</source>
            <translation>Aceptar %1</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <source>Reject %1</source>
            <translation>Rechazar %1</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>No válido: %1</translation>
        </message>
        <message>
            <source>No criterion applied</source>
            <translation>Ningún criterio aplicado</translation>
        </message>
        <message>
            <source>0 points</source>
            <translation>0 puntos</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (BA1 stand-alone)</source>
            <translation>%1 (BA1 independiente)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2 point(s))</source>
            <translation>
                <numerusform>%1 (%2 punto)</numerusform>
                <numerusform>%1 (%2 puntos)</numerusform>
            </translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>aceptado</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rechazado</translation>
        </message>
        <message>
            <source>Why the suggestion does not apply (required)</source>
            <translation>Por qué no procede la sugerencia (obligatorio)</translation>
        </message>
        <message>
            <source>Reason for rejecting %1</source>
            <translation>Motivo para rechazar %1</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>A rejected suggestion needs a reason: say why it does not apply to this variant.</source>
            <translation>Una sugerencia rechazada necesita un motivo: indique por qué no procede para esta variante.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewWorkflow</name>
        <message>
            <source>&amp;Open Case Database…</source>
            <translation>&amp;Abrir base de datos de casos…</translation>
        </message>
        <message>
            <source>Classify &amp;Variant…</source>
            <translation>Clasificar &amp;variante…</translation>
        </message>
        <message>
            <source>Mark &amp;Reviewed</source>
            <translation>Marcar como &amp;revisado</translation>
        </message>
        <message>
            <source>&amp;Sign Case…</source>
            <translation>&amp;Firmar caso…</translation>
        </message>
        <message>
            <source>Case &amp;List</source>
            <translation>&amp;Lista de casos</translation>
        </message>
        <message>
            <source>&amp;Audit Log…</source>
            <translation>Registro de a&amp;uditoría…</translation>
        </message>
        <message>
            <source>Logged in to %1 as %2 (%3).</source>
            <translation>Sesión iniciada en %1 como %2 (%3).</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message numerus="yes">
            <source>Case %1: %n review(s).</source>
            <translation>
                <numerusform>Caso %1: %n revisión.</numerusform>
                <numerusform>Caso %1: %n revisiones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Case %1 (%2)</source>
            <translation>Caso %1 (%2)</translation>
        </message>
        <message>
            <source>Pick a case in the case list first.</source>
            <translation>Seleccione primero un caso en la lista de casos.</translation>
        </message>
        <message>
            <source>Only a clinical geneticist can sign a case.</source>
            <translation>Solo un genetista clínico puede firmar un caso.</translation>
        </message>
        <message>
            <source>Classify Variant</source>
            <translation>Clasificar variante</translation>
        </message>
        <message>
            <source>Open a case database and pick a case in the case list first.</source>
            <translation>Abra primero una base de datos de casos y seleccione un caso en la lista de casos.</translation>
        </message>
        <message>
            <source>Select a variant of the evaluated case in the variant table first.</source>
            <translation>Seleccione primero una variante del caso evaluado en la tabla de variantes.</translation>
        </message>
        <message>
            <source>The proband does not carry the selected variant.</source>
            <translation>El probando no porta la variante seleccionada.</translation>
        </message>
        <message>
            <source>Change a Signed Case</source>
            <translation>Modificar un caso firmado</translation>
        </message>
        <message>
            <source>Case %1 is signed. Why does its report change?</source>
            <translation>El caso %1 está firmado. ¿Por qué cambia su informe?</translation>
        </message>
        <message>
            <source>%1 classified as %2 in case %3.</source>
            <translation>%1 clasificada como %2 en el caso %3.</translation>
        </message>
        <message>
            <source>Mark Reviewed</source>
            <translation>Marcar como revisado</translation>
        </message>
        <message>
            <source>Case %1 marked reviewed.</source>
            <translation>Caso %1 marcado como revisado.</translation>
        </message>
        <message>
            <source>Sign case %1</source>
            <translation>Firmar el caso %1</translation>
        </message>
        <message>
            <source>Sign Case</source>
            <translation>Firmar caso</translation>
        </message>
        <message>
            <source>Case %1 signed: report version %2.</source>
            <translation>Caso %1 firmado: versión del informe %2.</translation>
        </message>
        <message>
            <source>Audit Log</source>
            <translation>Registro de auditoría</translation>
        </message>
    </context>
    <context>
        <name>Gui::SyncDialog</name>
        <message>
            <source>Sync Frequencies</source>
            <translation>Sincronizar frecuencias</translation>
        </message>
        <message>
            <source>The frequency cache (.gdfreq) the nodes' answers are written to; created when missing</source>
            <translation>La caché de frecuencias (.gdfreq) en la que se escriben las respuestas de los nodos; se crea si no existe</translation>
        </message>
        <message>
            <source>&amp;Cache:</source>
            <translation>&amp;Caché:</translation>
        </message>
        <message numerus="yes">
            <source>The open case's %n variant(s), padded to regions by each node; plus any regions below.</source>
            <translation>
                <numerusform>%n variante del caso abierto, ampliada a una región por cada nodo; más las regiones que se indiquen abajo.</numerusform>
                <numerusform>%n variantes del caso abierto, ampliadas a regiones por cada nodo; más las regiones que se indiquen abajo.</numerusform>
            </translation>
        </message>
        <message>
            <source>No case is open: give regions.</source>
            <translation>No hay ningún caso abierto: indique regiones.</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Alcance:</translation>
        </message>
        <message>
            <source>chr17:43040001-43050000, 13:32315000-32400000</source>
            <translation>chr17:43040001-43050000, 13:32315000-32400000</translation>
        </message>
        <message>
            <source>&amp;Regions:</source>
            <translation>&amp;Regiones:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>each node's setting</source>
            <translation>configuración de cada nodo</translation>
        </message>
        <message>
            <source>Regions fetched more recently than this are not asked for again (0: fetch everything)</source>
            <translation>Las regiones obtenidas dentro de este plazo no se vuelven a solicitar (0: obtener todo)</translation>
        </message>
        <message>
            <source>&amp;Maximum age:</source>
            <translation>Antigüedad &amp;máxima:</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Nodos</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en espera</translation>
        </message>
        <message>
            <source>No node is configured (Tools ▸ Frequency Nodes…).</source>
            <translation>No hay ningún nodo configurado (Herramientas ▸ Nodos de frecuencias…).</translation>
        </message>
        <message>
            <source>Every request sent (URL and body, never tokens) appears here.</source>
            <translation>Aquí aparece cada solicitud enviada (URL y cuerpo, nunca los tokens).</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Iniciar</translation>
        </message>
        <message>
            <source>Ca&amp;ncel Sync</source>
            <translation>Ca&amp;ncelar sincronización</translation>
        </message>
        <message>
            <source>Your node list cannot be read: %1</source>
            <translation>No se puede leer su lista de nodos: %1</translation>
        </message>
        <message>
            <source>Choose the frequency cache to write to.</source>
            <translation>Elija la caché de frecuencias en la que escribir.</translation>
        </message>
        <message>
            <source>Region "%1": %2</source>
            <translation>Región "%1": %2</translation>
        </message>
        <message>
            <source>No case is open: give at least one region.</source>
            <translation>No hay ningún caso abierto: indique al menos una región.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>asking…</source>
            <translation>consultando…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>error: %1</translation>
        </message>
        <message numerus="yes">
            <source>up to date (fetched within %n day(s))</source>
            <translation>
                <numerusform>actualizado (obtenido hace menos de %n día)</numerusform>
                <numerusform>actualizado (obtenido hace menos de %n días)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) cached</source>
            <translation>
                <numerusform>%n sitio almacenado en caché</numerusform>
                <numerusform>%n sitios almacenados en caché</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The sync did not run:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;La sincronización no se ejecutó:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>no iniciado</translation>
        </message>
        <message>
            <source>FAILED: %1</source>
            <translation>ERROR: %1</translation>
        </message>
        <message>
            <source>up to date, no request sent</source>
            <translation>actualizado, no se envió ninguna solicitud</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n request(s) answered</source>
            <translation>
                <numerusform>%1 de %n solicitud respondida</numerusform>
                <numerusform>%1 de %n solicitudes respondidas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from %2, %3</source>
            <extracomment>%1 "12 sites cached", %2 "3 variants", %3 "4 requests"</extracomment>
            <translation>%1 a partir de %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s)</source>
            <translation>
                <numerusform>%n variante</numerusform>
                <numerusform>%n variantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n solicitud</numerusform>
                <numerusform>%n solicitudes</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;%1; %2 failed.&lt;/p&gt;</source>
            <extracomment>%1 "12 sites cached", %2 "0 of 2 nodes"</extracomment>
            <translation>&lt;p&gt;%1; %2 con error.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n node(s)</source>
            <translation>
                <numerusform>%1 de %n nodo</numerusform>
                <numerusform>%1 de %n nodos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::VariantTableModel</name>
        <message>
            <source>%1 (phased)</source>
            <translation>%1 (en fase)</translation>
        </message>
        <message>
            <source>%1 genotype</source>
            <translation>Genotipo de %1</translation>
        </message>
        <message>
            <source>%1 DP</source>
            <translation>DP de %1</translation>
        </message>
        <message>
            <source>%1 GQ</source>
            <translation>GQ de %1</translation>
        </message>
        <message>
            <source>%1 AB</source>
            <translation>AB de %1</translation>
        </message>
        <message>
            <source>Chromosome</source>
            <translation>Cromosoma</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
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
            <translation>Gen</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Consecuencia</translation>
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
            <translation>Variación de ClinVar %1</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>ausente</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>ClinVar</source>
            <translation>ClinVar</translation>
        </message>
        <message>
            <source>Max. pop. AF</source>
            <translation>AF máx. pobl.</translation>
        </message>
        <message>
            <source>Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this ALT allele (0 and 1 for a haploid call)</source>
            <translation>Verosimilitudes de genotipo en escala Phred (FORMAT/PL) de 0/0, 0/1 y 1/1 para este alelo ALT (0 y 1 en una llamada haploide)</translation>
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
            <translation>Sirve una caché de frecuencias como nodo agregado Beacon v2.</translation>
        </message>
        <message>
            <source>Frequency cache (.gdfreq).</source>
            <translation>Caché de frecuencias (.gdfreq).</translation>
        </message>
        <message>
            <source>TCP port (0: any free port).</source>
            <translation>Puerto TCP (0: cualquier puerto libre).</translation>
        </message>
        <message>
            <source>Address to listen on (default: all).</source>
            <translation>Dirección en la que escuchar (por defecto: todas).</translation>
        </message>
        <message>
            <source>PEM certificate for HTTPS.</source>
            <translation>Certificado PEM para HTTPS.</translation>
        </message>
        <message>
            <source>PEM private key for HTTPS.</source>
            <translation>Clave privada PEM para HTTPS.</translation>
        </message>
        <message>
            <source>File holding the Bearer token that clients must send.</source>
            <translation>Archivo con el token Bearer que deben enviar los clientes.</translation>
        </message>
        <message>
            <source>Beacon id (reverse domain name).</source>
            <translation>Id del Beacon (nombre de dominio inverso).</translation>
        </message>
        <message>
            <source>Largest accepted request body.</source>
            <translation>Tamaño máximo aceptado del cuerpo de la solicitud.</translation>
        </message>
        <message>
            <source>Public root URL of the node, as shown in /map.</source>
            <translation>URL raíz pública del nodo, tal como se muestra en /map.</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's headers (default: 10).</source>
            <translation>Segundos de que dispone un cliente para enviar las cabeceras de una solicitud (por defecto: 10).</translation>
        </message>
        <message>
            <source>Seconds a client has to send a request's body after its headers (default: 30).</source>
            <translation>Segundos de que dispone un cliente para enviar el cuerpo de una solicitud tras sus cabeceras (por defecto: 30).</translation>
        </message>
        <message>
            <source>Seconds an idle kept-alive connection stays open (default: 15).</source>
            <translation>Segundos que una conexión persistente inactiva permanece abierta (por defecto: 15).</translation>
        </message>
        <message>
            <source>Open connections allowed from one address (default: 32).</source>
            <translation>Conexiones abiertas permitidas desde una dirección (por defecto: 32).</translation>
        </message>
        <message>
            <source>Open connections allowed in total (default: 512).</source>
            <translation>Conexiones abiertas permitidas en total (por defecto: 512).</translation>
        </message>
        <message>
            <source>Requests per second allowed from one address, sustained (default: 20; 0: no limit).</source>
            <translation>Solicitudes por segundo permitidas desde una dirección, de forma sostenida (por defecto: 20; 0: sin límite).</translation>
        </message>
        <message>
            <source>Requests one address may send at once (default: 40).</source>
            <translation>Solicitudes que una dirección puede enviar de una vez (por defecto: 40).</translation>
        </message>
        <message>
            <source>Testing: delay every answer.</source>
            <translation>Pruebas: retrasar cada respuesta.</translation>
        </message>
        <message>
            <source>Testing: http-500 or broken-json.</source>
            <translation>Pruebas: http-500 o broken-json.</translation>
        </message>
        <message>
            <source>--cache and --port are required.</source>
            <translation>--cache y --port son obligatorios.</translation>
        </message>
        <message>
            <source>invalid port: %1</source>
            <translation>puerto no válido: %1</translation>
        </message>
        <message>
            <source>--tls-cert and --tls-key go together.</source>
            <translation>--tls-cert y --tls-key van juntos.</translation>
        </message>
        <message>
            <source>invalid --max-request-bytes</source>
            <translation>--max-request-bytes no válido</translation>
        </message>
        <message>
            <source>invalid --header-timeout</source>
            <translation>--header-timeout no válido</translation>
        </message>
        <message>
            <source>invalid --body-timeout</source>
            <translation>--body-timeout no válido</translation>
        </message>
        <message>
            <source>invalid --idle-timeout</source>
            <translation>--idle-timeout no válido</translation>
        </message>
        <message>
            <source>invalid --max-connections-per-client</source>
            <translation>--max-connections-per-client no válido</translation>
        </message>
        <message>
            <source>invalid --max-connections</source>
            <translation>--max-connections no válido</translation>
        </message>
        <message>
            <source>invalid --rate-burst</source>
            <translation>--rate-burst no válido</translation>
        </message>
        <message>
            <source>invalid --rate-limit</source>
            <translation>--rate-limit no válido</translation>
        </message>
        <message>
            <source>%1: cannot read the token file</source>
            <translation>%1: no se puede leer el archivo del token</translation>
        </message>
        <message>
            <source>%1: the token file is empty</source>
            <translation>%1: el archivo del token está vacío</translation>
        </message>
        <message>
            <source>unknown fault: %1</source>
            <translation>fallo desconocido: %1</translation>
        </message>
        <message>
            <source>%1: cannot read the certificate</source>
            <translation>%1: no se puede leer el certificado</translation>
        </message>
        <message>
            <source>%1: cannot read the key</source>
            <translation>%1: no se puede leer la clave</translation>
        </message>
        <message>
            <source>%1: not a PEM certificate</source>
            <translation>%1: no es un certificado PEM</translation>
        </message>
        <message>
            <source>%1: not a PEM RSA or EC private key</source>
            <translation>%1: no es una clave privada PEM RSA o EC</translation>
        </message>
        <message>
            <source>cannot listen on port %1</source>
            <translation>no se puede escuchar en el puerto %1</translation>
        </message>
    </context>
</TS>
