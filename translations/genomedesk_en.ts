<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>App</name>
        <message numerus="yes">
            <source>%n review(s):</source>
            <translation>
                <numerusform>%n review:</numerusform>
                <numerusform>%n reviews:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>audit log intact: %n entry(s)</source>
            <translation>
                <numerusform>audit log intact: %n entry</numerusform>
                <numerusform>audit log intact: %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n primary finding</numerusform>
                <numerusform>%n primary findings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n secondary finding</numerusform>
                <numerusform>%n secondary findings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message numerus="yes">
            <source>%1 after %n attempt(s).</source>
            <translation>
                <numerusform>%1 after %n attempt.</numerusform>
                <numerusform>%1 after %n attempts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate site(s) dropped; the first record wins</source>
            <translation>
                <numerusform>%n duplicate site dropped; the first record wins</numerusform>
                <numerusform>%n duplicate sites dropped; the first record wins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symbolic, breakend or '*' allele(s) skipped</source>
            <translation>
                <numerusform>%n symbolic, breakend or '*' allele skipped</numerusform>
                <numerusform>%n symbolic, breakend or '*' alleles skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar reports conflicting classifications (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar reports conflicting classifications (%n review star).</numerusform>
                <numerusform>ClinVar reports conflicting classifications (%n review stars).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 with %n review star(s), below the policy's minimum of %2.</source>
            <translation>
                <numerusform>ClinVar classifies it as %1 with %n review star, below the policy's minimum of %2.</numerusform>
                <numerusform>ClinVar classifies it as %1 with %n review stars, below the policy's minimum of %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ClinVar classifies it as %1 (%n review star(s)).</source>
            <translation>
                <numerusform>ClinVar classifies it as %1 (%n review star).</numerusform>
                <numerusform>ClinVar classifies it as %1 (%n review stars).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n review star(s))</source>
            <translation>
                <numerusform>%1 (%n review star)</numerusform>
                <numerusform>%1 (%n review stars)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n gene(s))</source>
            <translation>
                <numerusform>%1 (%n gene)</numerusform>
                <numerusform>%1 (%n genes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Secondary findings were sought only in the %n gene(s) of %1.</source>
            <translation>
                <numerusform>Secondary findings were sought only in the %n gene of %1.</numerusform>
                <numerusform>Secondary findings were sought only in the %n genes of %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) in policy genes need a geneticist's review before this report can be signed.</source>
            <translation>
                <numerusform>%n variant in a policy gene needs a geneticist's review before this report can be signed.</numerusform>
                <numerusform>%n variants in policy genes need a geneticist's review before this report can be signed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n primary finding(s)</source>
            <translation>
                <numerusform>%n primary finding</numerusform>
                <numerusform>%n primary findings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secondary finding(s)</source>
            <translation>
                <numerusform>%n secondary finding</numerusform>
                <numerusform>%n secondary findings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) carried by the sample are listed below.</source>
            <translation>
                <numerusform>%n variant carried by the sample is listed below.</numerusform>
                <numerusform>%n variants carried by the sample are listed below.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) read, %1 skipped (reference blocks, records without ALT).</source>
            <translation>
                <numerusform>%n record read, %1 skipped (reference blocks, records without ALT).</numerusform>
                <numerusform>%n records read, %1 skipped (reference blocks, records without ALT).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
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
                <numerusform>%n variant: %1 SNVs, %2 MNVs, %3 indels, %4 structural</numerusform>
                <numerusform>%n variants: %1 SNVs, %2 MNVs, %3 indels, %4 structural</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>genome build: %1; %n sample(s)</source>
            <translation>
                <numerusform>genome build: %1; %n sample</numerusform>
                <numerusform>genome build: %1; %n samples</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>GT refers to allele %1, but the record has %n allele(s)</source>
            <translation>
                <numerusform>GT refers to allele %1, but the record has %n allele</numerusform>
                <numerusform>GT refers to allele %1, but the record has %n alleles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) use INFO or FORMAT keys not declared in the header</source>
            <translation>
                <numerusform>%n record uses INFO or FORMAT keys not declared in the header</numerusform>
                <numerusform>%n records use INFO or FORMAT keys not declared in the header</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) are on contigs not declared in the header</source>
            <translation>
                <numerusform>%n record is on contigs not declared in the header</numerusform>
                <numerusform>%n records are on contigs not declared in the header</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the file is not sorted by position (%n record(s) out of order)</source>
            <translation>
                <numerusform>the file is not sorted by position (%n record out of order)</numerusform>
                <numerusform>the file is not sorted by position (%n records out of order)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) have a REF that does not match the reference FASTA; they were trimmed but not left-aligned</source>
            <translation>
                <numerusform>%n variant has a REF that does not match the reference FASTA; it was trimmed but not left-aligned</numerusform>
                <numerusform>%n variants have a REF that does not match the reference FASTA; they were trimmed but not left-aligned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variant(s) are on contigs missing from the reference FASTA</source>
            <translation>
                <numerusform>%n variant is on contigs missing from the reference FASTA</numerusform>
                <numerusform>%n variants are on contigs missing from the reference FASTA</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) repeat the site and alleles of the record before them with different content; both are kept</source>
            <translation>
                <numerusform>%n record repeats the site and alleles of the record before it with different content; both are kept</numerusform>
                <numerusform>%n records repeat the site and alleles of the record before them with different content; both are kept</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank line(s) ignored</source>
            <translation>
                <numerusform>%n blank line ignored</numerusform>
                <numerusform>%n blank lines ignored</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a per-allele INFO field (Number=A or R) with the wrong number of values; those values were not kept</source>
            <translation>
                <numerusform>%n record has a per-allele INFO field (Number=A or R) with the wrong number of values; those values were not kept</numerusform>
                <numerusform>%n records have a per-allele INFO field (Number=A or R) with the wrong number of values; those values were not kept</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>HTTP %1: the node asked to wait %n second(s)</source>
            <translation>
                <numerusform>HTTP %1: the node asked to wait %n second</numerusform>
                <numerusform>HTTP %1: the node asked to wait %n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many requests; retry after %n second(s).</source>
            <translation>
                <numerusform>Too many requests; retry after %n second.</numerusform>
                <numerusform>Too many requests; retry after %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/PL (Number=G) with the wrong number of values for the genotype's ploidy and alleles; PL was not kept for those calls</source>
            <translation>
                <numerusform>%n record has a FORMAT/PL (Number=G) with the wrong number of values for the genotype's ploidy and alleles; PL was not kept for those calls</numerusform>
                <numerusform>%n records have a FORMAT/PL (Number=G) with the wrong number of values for the genotype's ploidy and alleles; PL was not kept for those calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have a FORMAT/AD with the wrong number of values (one per allele, REF first); AD was not kept for those calls</source>
            <translation>
                <numerusform>%n record has a FORMAT/AD with the wrong number of values (one per allele, REF first); AD was not kept for those calls</numerusform>
                <numerusform>%n records have a FORMAT/AD with the wrong number of values (one per allele, REF first); AD was not kept for those calls</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::AuditLogDialog</name>
        <message numerus="yes">
            <source>✔ Audit chain intact: %n entry(ies) verified.</source>
            <translation>
                <numerusform>✔ Audit chain intact: %n entry verified.</numerusform>
                <numerusform>✔ Audit chain intact: %n entries verified.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::CaseSidebar</name>
        <message numerus="yes">
            <source>%1 — %n case(s)</source>
            <translation>
                <numerusform>%1 — %n case</numerusform>
                <numerusform>%1 — %n cases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::DetailPane</name>
        <message numerus="yes">
            <source>%n transcript(s) from %1 (%2 field). The picked one, shown in the variant table, is chosen by this rule: %3.</source>
            <translation>
                <numerusform>%n transcript from %1 (%2 field). The picked one, shown in the variant table, is chosen by this rule: %3.</numerusform>
                <numerusform>%n transcripts from %1 (%2 field). The picked one, shown in the variant table, is chosen by this rule: %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n review star(s)</source>
            <translation>
                <numerusform>%1, %n review star</numerusform>
                <numerusform>%1, %n review stars</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::MainWindow</name>
        <message numerus="yes">
            <source>%1 of %n variant(s) shown</source>
            <translation>
                <numerusform>%1 of %n variant shown</numerusform>
                <numerusform>%1 of %n variants shown</numerusform>
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
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::NodesDialog</name>
        <message numerus="yes">
            <source>✔ Connected: the node answered a test query (%n site(s) in 1:1-1000).</source>
            <translation>
                <numerusform>✔ Connected: the node answered a test query (%n site in 1:1-1000).</numerusform>
                <numerusform>✔ Connected: the node answered a test query (%n sites in 1:1-1000).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::ReportPreviewDialog</name>
        <message numerus="yes">
            <source>%n page(s), %1.</source>
            <translation>
                <numerusform>%n page, %1.</numerusform>
                <numerusform>%n pages, %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewDialog</name>
        <message numerus="yes">
            <source>%1 (%2 point(s))</source>
            <translation>
                <numerusform>%1 (%2 point)</numerusform>
                <numerusform>%1 (%2 points)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewWorkflow</name>
        <message numerus="yes">
            <source>Case %1: %n review(s).</source>
            <translation>
                <numerusform>Case %1: %n review.</numerusform>
                <numerusform>Case %1: %n reviews.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::SyncDialog</name>
        <message numerus="yes">
            <source>The open case's %n variant(s), padded to regions by each node; plus any regions below.</source>
            <translation>
                <numerusform>The open case's %n variant, padded to a region by each node; plus any regions below.</numerusform>
                <numerusform>The open case's %n variants, padded to regions by each node; plus any regions below.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>up to date (fetched within %n day(s))</source>
            <translation>
                <numerusform>up to date (fetched within %n day)</numerusform>
                <numerusform>up to date (fetched within %n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s) cached</source>
            <translation>
                <numerusform>%n site cached</numerusform>
                <numerusform>%n sites cached</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n request(s) answered</source>
            <translation>
                <numerusform>%1 of %n request answered</numerusform>
                <numerusform>%1 of %n requests answered</numerusform>
            </translation>
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
                <numerusform>%n request</numerusform>
                <numerusform>%n requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n node(s)</source>
            <translation>
                <numerusform>%1 of %n node</numerusform>
                <numerusform>%1 of %n nodes</numerusform>
            </translation>
        </message>
    </context>
</TS>
