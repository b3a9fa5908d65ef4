#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate GenomeDesk's demo case: a synthetic single-sample germline VCF.

Writes ``resources/demo/demo.vcf`` (VCFv4.2, GRCh38, plain text) for the
pseudonymous demo patient ``DEMO-0001``. The file holds 300 variant records
with realistic-looking distributions: mostly SNVs with a transition/
transversion ratio of about 2, about 10% small indels (1-10 bp, VCF-style
with an anchor base), roughly 60% heterozygous / 40% homozygous-alternate
calls, depths of 15-60 with allele depths consistent with the genotype,
a few ``LowQual``-filtered records, one multi-allelic record, three chrX
calls and one chrM call.

Eleven records are placed on purpose inside ACMG secondary-findings genes
(BRCA1, BRCA2, MLH1, TP53, LDLR, MYBPC3, KCNQ1, PKP2, TTN and two in ATP7B),
using the genes' GRCh38 spans from MANE v1.0; all other records are kept out
of every secondary-findings gene. The spans are hard-coded below; this
script reads no files and uses no network.

ALL DATA IS SYNTHETIC. It does not describe a real person. There is no
reference FASTA behind it either: REF bases are chosen pseudo-randomly, so
they will not match the GRCh38 sequence at those positions.

The output is deterministic (fixed seed, fixed file date): running the script
twice yields byte-identical files.

Usage: scripts/make-demo-case.py [--out PATH]
"""

import argparse
import math
import random
import sys
from pathlib import Path

SEED = 20260101
FILE_DATE = "20260101"
SAMPLE = "DEMO-0001"
TOTAL_RECORDS = 300
N_CHRX = 3
N_LOWQUAL = 4
N_INDELS_TOTAL = 30  # 10% of all records, the intentional SF-gene indels included
N_HET_TOTAL = 180  # 0/1 calls; the rest are 1/1 plus the single 1/2 record
TARGET_TSTV = 2.0

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "resources" / "demo" / "demo.vcf"

# GRCh38 primary-assembly contig lengths, in the sort order of the output.
CONTIGS = [
    ("chr1", 248956422), ("chr2", 242193529), ("chr3", 198295559),
    ("chr4", 190214555), ("chr5", 181538259), ("chr6", 170805979),
    ("chr7", 159345973), ("chr8", 145138636), ("chr9", 138394717),
    ("chr10", 133797422), ("chr11", 135086622), ("chr12", 133275309),
    ("chr13", 114364328), ("chr14", 107043718), ("chr15", 101991189),
    ("chr16", 90338345), ("chr17", 83257441), ("chr18", 80373285),
    ("chr19", 58617616), ("chr20", 64444167), ("chr21", 46709983),
    ("chr22", 50818468), ("chrX", 156040895), ("chrY", 57227415),
    ("chrM", 16569),
]
CONTIG_LENGTH = dict(CONTIGS)
CONTIG_ORDER = {name: i for i, (name, _) in enumerate(CONTIGS)}
AUTOSOMES = [name for name, _ in CONTIGS[:22]]

# ACMG secondary-findings genes (SF v3.2 list) with their GRCh38 gene spans,
# 1-based inclusive, taken from MANE.GRCh38.v1.0.genes.bed (0-based BED start
# + 1; for TTN the union of its MANE Select and MANE Plus Clinical rows).
# Background variants are kept out of all of them, so that the only
# SF-gene variants in the demo are the intentional ones in SF_VARIANTS.
SF_GENE_SPANS = [
    ("SDHB", "chr1", 17018722, 17054032),
    ("MUTYH", "chr1", 45329242, 45339970),
    ("PCSK9", "chr1", 55039548, 55064852),
    ("RPE65", "chr1", 68428822, 68449954),
    ("CASQ2", "chr1", 115700021, 115768714),
    ("LMNA", "chr1", 156114711, 156140081),
    ("SDHC", "chr1", 161314381, 161363206),
    ("CACNA1S", "chr1", 201039512, 201112426),
    ("TNNT2", "chr1", 201359014, 201377680),
    ("RYR2", "chr1", 237042184, 237833988),
    ("APOB", "chr2", 21001429, 21044073),
    ("CALM2", "chr2", 47160084, 47176511),
    ("MSH2", "chr2", 47403156, 47483223),
    ("MSH6", "chr2", 47783145, 47806953),
    ("TMEM127", "chr2", 96248514, 96265997),
    ("TTN", "chr2", 178525989, 178807423),
    ("COL3A1", "chr2", 188974373, 189012746),
    ("DES", "chr2", 219418377, 219426734),
    ("VHL", "chr3", 10141778, 10153667),
    ("TMEM43", "chr3", 14125052, 14143680),
    ("BTD", "chr3", 15601745, 15653714),
    ("TGFBR2", "chr3", 30606601, 30694142),
    ("MLH1", "chr3", 36993518, 37050846),
    ("SCN5A", "chr3", 38548062, 38649687),
    ("MYL3", "chr3", 46857872, 46863444),
    ("TNNC1", "chr3", 52451100, 52454041),
    ("APC", "chr5", 112737885, 112846239),
    ("DSP", "chr6", 7541671, 7586714),
    ("HFE", "chr6", 26087429, 26098343),
    ("TRDN", "chr6", 123216339, 123636950),
    ("PMS2", "chr7", 5970925, 6009049),
    ("FLNC", "chr7", 128830406, 128859272),
    ("KCNH2", "chr7", 150944961, 150978321),
    ("PRKAG2", "chr7", 151556127, 151877115),
    ("TGFBR1", "chr9", 99105113, 99154192),
    ("ENG", "chr9", 127815016, 127854658),
    ("TSC1", "chr9", 132891349, 132944616),
    ("RET", "chr10", 43077069, 43130351),
    ("BMPR1A", "chr10", 86756619, 86927969),
    ("PTEN", "chr10", 87863625, 87971930),
    ("ACTA2", "chr10", 88935074, 88952773),
    ("RBM20", "chr10", 110644336, 110839468),
    ("BAG3", "chr10", 119651380, 119677819),
    ("KCNQ1", "chr11", 2445008, 2849105),
    ("WT1", "chr11", 32387775, 32435539),
    ("MYBPC3", "chr11", 47331406, 47352702),
    ("SDHAF2", "chr11", 61430124, 61446733),
    ("MEN1", "chr11", 64803516, 64810551),
    ("SDHD", "chr11", 112086873, 112095794),
    ("PKP2", "chr12", 32790755, 32896777),
    ("ACVRL1", "chr12", 51907504, 51923361),
    ("MYL2", "chr12", 110910845, 110920579),
    ("HNF1A", "chr12", 120978543, 121002512),
    ("BRCA2", "chr13", 32315508, 32400268),
    ("RB1", "chr13", 48303751, 48481890),
    ("ATP7B", "chr13", 51932669, 52011450),
    ("MYH7", "chr14", 23412740, 23435660),
    ("MAX", "chr14", 65075127, 65102517),
    ("CALM1", "chr14", 90397029, 90408268),
    ("ACTC1", "chr15", 34790230, 34795549),
    ("FBN1", "chr15", 48408313, 48645709),
    ("TPM1", "chr15", 63042747, 63066178),
    ("SMAD3", "chr15", 67065602, 67195169),
    ("TSC2", "chr16", 2047985, 2089491),
    ("MYH11", "chr16", 15703135, 15857028),
    ("PALB2", "chr16", 23603165, 23641310),
    ("TP53", "chr17", 7668421, 7687490),
    ("BRCA1", "chr17", 43044295, 43125364),
    ("GAA", "chr17", 80101581, 80119881),
    ("DSC2", "chr18", 31058840, 31102421),
    ("DSG2", "chr18", 31498177, 31549008),
    ("TTR", "chr18", 31591877, 31598821),
    ("SMAD4", "chr18", 51030213, 51085042),
    ("STK11", "chr19", 1205778, 1228431),
    ("LDLR", "chr19", 11089463, 11133820),
    ("RYR1", "chr19", 38433691, 38587564),
    ("CALM3", "chr19", 46601330, 46610782),
    ("TNNI3", "chr19", 55151767, 55157732),
    ("NF2", "chr22", 29603633, 29698598),
    ("OTC", "chrX", 38352604, 38421446),
    ("GLA", "chrX", 101397803, 101407925),
]
SF_SPAN = {gene: (chrom, start, end) for gene, chrom, start, end in SF_GENE_SPANS}

# The intentional SF-gene variants: (gene, chrom, pos, REF, ALT, GT).
# Positions lie inside the gene spans above (checked at run time). Three are
# frameshift-looking indels (length not a multiple of 3). ATP7B carries two
# heterozygous variants as a possible compound-heterozygous (recessive) example.
SF_VARIANTS = [
    ("TTN", "chr2", 178611234, "A", "G", "1/1"),
    ("MLH1", "chr3", 37025781, "C", "T", "0/1"),
    ("KCNQ1", "chr11", 2583540, "G", "T", "0/1"),
    ("MYBPC3", "chr11", 47343210, "G", "GA", "0/1"),  # 1-bp insertion
    ("PKP2", "chr12", 32802210, "T", "G", "0/1"),
    ("BRCA2", "chr13", 32340312, "G", "A", "0/1"),
    ("ATP7B", "chr13", 51944120, "C", "T", "0/1"),
    ("ATP7B", "chr13", 51958407, "AGTCT", "A", "0/1"),  # 4-bp deletion
    ("TP53", "chr17", 7674950, "C", "T", "0/1"),
    ("BRCA1", "chr17", 43094464, "CT", "C", "0/1"),  # 1-bp deletion
    ("LDLR", "chr19", 11113420, "G", "A", "0/1"),
]

# VEP-style consequence annotation of the SF-gene variants: the MANE Select transcript of
# each gene (MANE v1.0: HGNC id, Ensembl and RefSeq transcript) and a consequence chosen
# for the demo. The variants are synthetic, so no HGVS is given: it would not be true.
SF_ANNOTATION = {
    # (gene, pos): (consequence, impact)
    ("TTN", 178611234): ("missense_variant", "MODERATE"),
    ("MLH1", 37025781): ("stop_gained", "HIGH"),
    ("KCNQ1", 2583540): ("missense_variant", "MODERATE"),
    ("MYBPC3", 47343210): ("frameshift_variant", "HIGH"),
    ("PKP2", 32802210): ("missense_variant", "MODERATE"),
    ("BRCA2", 32340312): ("stop_gained", "HIGH"),
    ("ATP7B", 51944120): ("missense_variant", "MODERATE"),
    ("ATP7B", 51958407): ("frameshift_variant", "HIGH"),
    ("TP53", 7674950): ("missense_variant", "MODERATE"),
    ("BRCA1", 43094464): ("frameshift_variant", "HIGH"),
    ("LDLR", 11113420): ("missense_variant", "MODERATE"),
}
MANE_TRANSCRIPTS = {
    "TTN": ("HGNC:12403", "ENST00000589042.5", "NM_001267550.2"),
    "MLH1": ("HGNC:7127", "ENST00000231790.8", "NM_000249.4"),
    "KCNQ1": ("HGNC:6294", "ENST00000155840.12", "NM_000218.3"),
    "MYBPC3": ("HGNC:7551", "ENST00000545968.6", "NM_000256.3"),
    "PKP2": ("HGNC:9024", "ENST00000340811.9", "NM_001005242.3"),
    "BRCA2": ("HGNC:1101", "ENST00000380152.8", "NM_000059.4"),
    "ATP7B": ("HGNC:870", "ENST00000242839.10", "NM_000053.4"),
    "TP53": ("HGNC:11998", "ENST00000269305.9", "NM_000546.6"),
    "BRCA1": ("HGNC:1100", "ENST00000357654.9", "NM_007294.4"),
    "LDLR": ("HGNC:6547", "ENST00000558518.6", "NM_000527.5"),
}
CSQ_FORMAT = "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature|BIOTYPE|HGVSc|HGVSp|HGNC_ID|CANONICAL|MANE_SELECT"


SF_GENE_AT = {(chrom, pos): gene for gene, chrom, pos, _ref, _alt, _gt in SF_VARIANTS}


def csq_value(gene, pos, ref, alt):
    consequence, impact = SF_ANNOTATION[(gene, pos)]
    hgnc, transcript, refseq = MANE_TRANSCRIPTS[gene]
    # VEP writes indel alleles without the shared first base, "-" for a deletion.
    allele = alt if len(ref) == len(alt) else (alt[1:] or "-")
    return "|".join([allele, consequence, impact, gene, "", transcript, "protein_coding", "", "",
                     hgnc.split(":")[1], "YES", refseq])


# One homoplasmic mitochondrial variant (8860A>G is carried by nearly everyone
# relative to the rCRS reference).
CHRM_VARIANT = ("chrM", 8860, "A", "G", "1/1")

# Approximate, deliberately generous windows where short-read germline callers
# produce (almost) no calls: centromeres, large heterochromatin blocks and the
# short arms of the acrocentric chromosomes. 1-based inclusive. Background
# variants avoid them so that the demo looks plausible in a genome browser.
NO_CALL_WINDOWS = {
    "chr1": [(121_000_000, 143_500_000)],
    "chr2": [(91_000_000, 96_500_000)],
    "chr3": [(90_000_000, 94_000_000)],
    "chr4": [(49_000_000, 52_000_000)],
    "chr5": [(46_000_000, 51_000_000)],
    "chr6": [(58_000_000, 62_000_000)],
    "chr7": [(57_500_000, 62_000_000)],
    "chr8": [(43_500_000, 47_000_000)],
    "chr9": [(38_500_000, 61_500_000)],
    "chr10": [(39_000_000, 42_000_000)],
    "chr11": [(50_500_000, 55_000_000)],
    "chr12": [(34_000_000, 38_000_000)],
    "chr13": [(1, 19_500_000)],
    "chr14": [(1, 19_500_000)],
    "chr15": [(1, 21_000_000)],
    "chr16": [(35_000_000, 47_000_000)],
    "chr17": [(22_500_000, 27_500_000)],
    "chr18": [(15_000_000, 21_000_000)],
    "chr19": [(24_000_000, 28_500_000)],
    "chr20": [(26_000_000, 30_500_000)],
    "chr21": [(1, 13_500_000)],
    "chr22": [(1, 17_000_000)],
    # chrX: pseudo-autosomal regions (PAR1/PAR2) and the centromere.
    "chrX": [(1, 2_800_000), (57_500_000, 62_000_000), (155_500_000, 156_040_895)],
}
TELOMERE_MARGIN = 100_000
MIN_SPACING = 200  # bp between any two records on one chromosome
SF_PADDING = 5_000  # keep background variants this far from SF genes

BASES = "ACGT"
BASE_WEIGHTS = [0.295, 0.205, 0.205, 0.295]  # ~41% GC
TRANSITION = {"A": "G", "G": "A", "C": "T", "T": "C"}
# Indel length 1..10 bp: short indels dominate, as in real call sets.
INDEL_LEN_WEIGHTS = [45, 17, 10, 8, 5, 4, 3, 3, 2, 3]


def is_transition(ref, alt):
    return TRANSITION[ref] == alt


def random_base(rng):
    return rng.choices(BASES, weights=BASE_WEIGHTS)[0]


def random_seq(rng, n):
    return "".join(random_base(rng) for _ in range(n))


def random_snv(rng, transition):
    ref = random_base(rng)
    if transition:
        return ref, TRANSITION[ref]
    transversions = [b for b in BASES if b != ref and b != TRANSITION[ref]]
    return ref, rng.choice(transversions)


def random_indel(rng):
    length = rng.choices(range(1, 11), weights=INDEL_LEN_WEIGHTS)[0]
    anchor = random_base(rng)
    inserted = random_seq(rng, length)
    if rng.random() < 0.5:
        return anchor, anchor + inserted  # insertion
    return anchor + inserted, anchor  # deletion


def phred_likelihoods(ref_reads, alt_reads, err):
    """PL-like values for 0/0, 0/1, 1/1 under a simple binomial read model."""
    n = ref_reads + alt_reads
    log_l = [
        alt_reads * math.log10(err) + ref_reads * math.log10(1 - err),
        n * math.log10(0.5),
        ref_reads * math.log10(err) + alt_reads * math.log10(1 - err),
    ]
    best = max(log_l)
    return [-10 * (x - best) for x in log_l]


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def sample_depth(rng, lo=15, hi=60):
    """Total depth: roughly normal around 34x, clipped to lo..hi."""
    return clamp(int(round(rng.gauss(34, 9))), lo, hi)


def make_call(rng, gt, lowqual=False):
    """Returns (QUAL, INFO DP, [AD...], FORMAT DP, GQ) for one genotype."""
    if lowqual:
        info_dp = rng.randint(15, 19)
    else:
        info_dp = sample_depth(rng)
    # A few reads are usually uninformative (FORMAT DP <= INFO DP).
    fmt_dp = info_dp - rng.randint(0, min(2, info_dp - 15))

    if gt == "0/1":
        if lowqual:
            frac = rng.uniform(0.35, 0.42)
        else:
            frac = clamp(rng.gauss(0.5, 0.07), 0.36, 0.64)
        # Keep the allele balance within 0.35..0.65 after rounding to reads.
        alt = clamp(int(round(fmt_dp * frac)), math.ceil(0.35 * fmt_dp), math.floor(0.65 * fmt_dp))
        ad = [fmt_dp - alt, alt]
        if lowqual:
            gq = rng.randint(20, 28)
            qual = rng.uniform(11.0, 29.5)
        else:
            pl = sorted(phred_likelihoods(ad[0], ad[1], 0.05))
            gq = clamp(int(round(pl[1] - pl[0])) + rng.randint(-3, 3), 20, 99)
            qual = alt * rng.uniform(24.0, 32.0) + rng.uniform(-20.0, 20.0)
    elif gt == "1/1":
        r = rng.random()
        ref = 0 if r < 0.85 or fmt_dp < 25 else (1 if r < 0.97 else 2)
        ad = [ref, fmt_dp - ref]
        pl = sorted(phred_likelihoods(ad[0], ad[1], 0.05))
        gq = clamp(int(round(pl[1] - pl[0])) + rng.randint(-3, 3), 20, 99)
        qual = ad[1] * rng.uniform(28.0, 34.0) + rng.uniform(-20.0, 20.0)
    elif gt == "1/2":
        ref = rng.randint(0, 1)
        alt1 = int(round((fmt_dp - ref) * clamp(rng.gauss(0.5, 0.06), 0.38, 0.62)))
        ad = [ref, alt1, fmt_dp - ref - alt1]
        gq = 99
        qual = (fmt_dp - ref) * rng.uniform(28.0, 34.0)
    else:
        raise ValueError(gt)
    return qual, info_dp, ad, fmt_dp, gq


def in_windows(pos, end, windows, padding=0):
    return any(pos <= b + padding and end >= a - padding for a, b in windows)


class Placer:
    """Chooses non-overlapping positions, avoiding no-call windows and SF genes."""

    def __init__(self, rng):
        self.rng = rng
        self.used = {name: [] for name, _ in CONTIGS}
        self.sf_windows = {name: [] for name, _ in CONTIGS}
        for _, chrom, start, end in SF_GENE_SPANS:
            self.sf_windows[chrom].append((start, end))

    def reserve(self, chrom, pos):
        if not self.free(chrom, pos):
            raise ValueError(f"position {chrom}:{pos} collides with another record")
        self.used[chrom].append(pos)

    def free(self, chrom, pos):
        return all(abs(pos - p) >= MIN_SPACING for p in self.used[chrom])

    def place(self, chrom):
        length = CONTIG_LENGTH[chrom]
        windows = NO_CALL_WINDOWS.get(chrom, [])
        while True:
            pos = self.rng.randint(TELOMERE_MARGIN, length - TELOMERE_MARGIN)
            if in_windows(pos, pos + 11, windows):
                continue
            if in_windows(pos, pos + 11, self.sf_windows[chrom], SF_PADDING):
                continue
            if not self.free(chrom, pos):
                continue
            self.used[chrom].append(pos)
            return pos


def callable_length(chrom):
    length = CONTIG_LENGTH[chrom] - 2 * TELOMERE_MARGIN
    for a, b in NO_CALL_WINDOWS.get(chrom, []):
        length -= b - a + 1
    return length


def allocate(total, chroms):
    """Spread `total` records over chroms proportionally to callable length
    (largest-remainder rounding, at least 3 per chromosome)."""
    weights = [callable_length(c) for c in chroms]
    wsum = sum(weights)
    minimum = 3
    spare = total - minimum * len(chroms)
    shares = [spare * w / wsum for w in weights]
    counts = [minimum + int(s) for s in shares]
    order = sorted(range(len(chroms)), key=lambda i: (-(shares[i] - int(shares[i])), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return dict(zip(chroms, counts))


def header_lines():
    lines = [
        "##fileformat=VCFv4.2",
        f"##fileDate={FILE_DATE}",
        "##source=GenomeDesk demo case generator",
        "##reference=GRCh38",
    ]
    lines += [f"##contig=<ID={name},length={length},assembly=GRCh38>" for name, length in CONTIGS]
    lines += [
        '##FILTER=<ID=PASS,Description="All filters passed">',
        '##FILTER=<ID=LowQual,Description="Low quality (QUAL below 30)">',
        '##INFO=<ID=DP,Number=1,Type=Integer,Description="Total read depth at the locus">',
        '##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP '
        '(synthetic demo annotation of the SF-gene variants). Format: ' + CSQ_FORMAT + '">',
        '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">',
        '##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths for the REF and ALT alleles">',
        '##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Read depth of informative reads">',
        '##FORMAT=<ID=GQ,Number=1,Type=Integer,Description="Genotype quality (phred-scaled)">',
        "#" + "\t".join(["CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT", SAMPLE]),
    ]
    return lines


def format_record(chrom, pos, ref, alt, gt, call, lowqual, csq=None):
    qual, info_dp, ad, fmt_dp, gq = call
    return "\t".join([
        chrom, str(pos), ".", ref, alt, f"{qual:.2f}",
        "LowQual" if lowqual else "PASS",
        f"DP={info_dp}" + (f";CSQ={csq}" if csq else ""),
        "GT:AD:DP:GQ",
        f"{gt}:{','.join(map(str, ad))}:{fmt_dp}:{gq}",
    ])


def generate():
    rng = random.Random(SEED)
    placer = Placer(rng)
    records = []  # (chrom, pos, ref, alt, gt, lowqual)

    # 1. Fixed records: SF-gene variants and the chrM variant.
    for gene, chrom, pos, ref, alt, gt in SF_VARIANTS:
        span_chrom, start, end = SF_SPAN[gene]
        assert chrom == span_chrom and start <= pos and pos + len(ref) - 1 <= end, gene
        assert ref[0] == alt[0] or (len(ref) == 1 and len(alt) == 1 and ref != alt), gene
        placer.reserve(chrom, pos)
        records.append((chrom, pos, ref, alt, gt, False))
    chrom, pos, ref, alt, gt = CHRM_VARIANT
    placer.reserve(chrom, pos)
    records.append((chrom, pos, ref, alt, gt, False))

    fixed_indels = sum(1 for r in records if len(r[2]) != len(r[3]))
    fixed_het = sum(1 for r in records if r[4] == "0/1")

    # 2. Background positions: autosomes plus chrX (female demo patient, so
    #    chrX calls may be heterozygous and there are no chrY calls).
    n_background = TOTAL_RECORDS - len(records)
    n_auto = n_background - N_CHRX
    per_chrom = allocate(n_auto, AUTOSOMES)
    per_chrom["chrX"] = N_CHRX
    slots = []  # chromosome of each background record, in placement order
    for chrom in AUTOSOMES + ["chrX"]:
        slots += [chrom] * per_chrom[chrom]

    # 3. Decide the kind of each background record with exact counts.
    auto_idx = [i for i, c in enumerate(slots) if c != "chrX"]
    multi_idx = rng.choice(auto_idx)
    indel_idx = set(rng.sample([i for i in auto_idx if i != multi_idx], N_INDELS_TOTAL - fixed_indels))
    biallelic = [i for i in range(len(slots)) if i != multi_idx]
    het_idx = set(rng.sample(biallelic, N_HET_TOTAL - fixed_het))
    snv_idx = [i for i in biallelic if i not in indel_idx]

    # Transitions: choose how many background SNVs are transitions so that the
    # overall Ts/Tv (fixed SNVs and the A,T multi-allelic included) is ~2.
    fixed_snvs = [(r[2], r[3]) for r in records if len(r[2]) == 1 and len(r[3]) == 1]
    fixed_ts = sum(is_transition(a, b) for a, b in fixed_snvs)
    n_snv_alleles = len(fixed_snvs) + len(snv_idx) + 2  # multi-allelic: 1 Ts + 1 Tv
    want_ts = round(n_snv_alleles * TARGET_TSTV / (TARGET_TSTV + 1))
    ts_idx = set(rng.sample(snv_idx, want_ts - fixed_ts - 1))

    het_snvs = sorted(i for i in snv_idx if i in het_idx and slots[i] != "chrX")
    lowqual_idx = set(rng.sample(het_snvs, N_LOWQUAL))

    for i, chrom in enumerate(slots):
        pos = placer.place(chrom)
        if i == multi_idx:
            ref, alt, gt = rng.choice("CG"), "A,T", "1/2"
        elif i in indel_idx:
            ref, alt = random_indel(rng)
            gt = "0/1" if i in het_idx else "1/1"
        else:
            ref, alt = random_snv(rng, i in ts_idx)
            gt = "0/1" if i in het_idx else "1/1"
        records.append((chrom, pos, ref, alt, gt, i in lowqual_idx))

    records.sort(key=lambda r: (CONTIG_ORDER[r[0]], r[1]))

    # 4. Read evidence, generated in output order so it is easy to reason about.
    lines = header_lines()
    for chrom, pos, ref, alt, gt, lowqual in records:
        gene = SF_GENE_AT.get((chrom, pos))
        csq = csq_value(gene, pos, ref, alt) if gene else None
        lines.append(format_record(chrom, pos, ref, alt, gt, make_call(rng, gt, lowqual), lowqual, csq))
    return lines, records


def check(records):
    assert len(records) == TOTAL_RECORDS
    keys = [(CONTIG_ORDER[r[0]], r[1]) for r in records]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert {r[0] for r in records} >= set(AUTOSOMES)
    for chrom, pos, ref, alt, gt, _ in records:
        for a in alt.split(","):
            assert a != ref
            if len(ref) != len(a):
                assert ref[0] == a[0] and (ref.startswith(a) or a.startswith(ref))


# Synthetic population frequencies for the demo, in gnomAD v4 field naming (AC/AN/nhomalt
# overall and per genetic ancestry group), written next to the demo case so that the demo can
# import them into a frequency cache. Invented numbers for a made-up cohort, not gnomAD's.
FREQUENCY_POPULATIONS = [("afr", 20000), ("amr", 14000), ("eas", 9000), ("fin", 6000),
                         ("nfe", 60000), ("sas", 10000)]
# Fixed allele frequencies of the SF-gene variants: (gene, pos) -> AF; None = absent.
SF_FREQUENCIES = {
    ("TTN", 178611234): 0.081,   # common: benign by BA1
    ("MLH1", 37025781): None,
    ("KCNQ1", 2583540): 0.00004,
    ("MYBPC3", 47343210): 0.000012,
    ("PKP2", 32802210): 0.0021,
    ("BRCA2", 32340312): 0.000008,
    ("ATP7B", 51944120): 0.00035,
    ("ATP7B", 51958407): None,
    ("TP53", 7674950): None,
    ("BRCA1", 43094464): None,
    ("LDLR", 11113420): 0.0047,
}


def neighbour_line(chrom, pos):
    """A common SNV of the cohort 137 bases after \a pos, not carried by the patient."""
    fields = []
    totals = [0, 0, 0]
    for population, individuals in FREQUENCY_POPULATIONS:
        number = 2 * individuals
        count = round(number * 0.21)
        homozygotes = round(individuals * 0.21 ** 2)
        fields += [f"AC_{population}={count}", f"AN_{population}={number}",
                   f"nhomalt_{population}={homozygotes}"]
        totals = [totals[0] + count, totals[1] + number, totals[2] + homozygotes]
    overall = [f"AC={totals[0]}", f"AN={totals[1]}", f"nhomalt={totals[2]}"]
    return "\t".join([chrom, str(pos + 137), ".", "C", "T", ".", "PASS",
                      ";".join(overall + fields)])


def frequency_lines(records):
    rng = random.Random(SEED + 1)
    lines = [
        "##fileformat=VCFv4.2",
        f"##fileDate={FILE_DATE}",
        "##source=GenomeDesk demo population frequencies (synthetic)",
        "##reference=GRCh38",
    ]
    lines += [f"##contig=<ID={name},length={length},assembly=GRCh38>" for name, length in CONTIGS]
    info = [("AC", "Alternate allele count"), ("AN", "Total number of alleles"),
            ("nhomalt", "Number of homozygous individuals")]
    for key, text in info:
        lines.append(f'##INFO=<ID={key},Number={"1" if key == "AN" else "A"},Type=Integer,'
                     f'Description="{text}">')
        for population, _ in FREQUENCY_POPULATIONS:
            lines.append(f'##INFO=<ID={key}_{population},Number={"1" if key == "AN" else "A"},'
                         f'Type=Integer,Description="{text} in {population}">')
    lines.append("#" + "\t".join(["CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"]))
    body = []
    for chrom, pos, ref, alt, _gt, _lowqual in records:
        gene = SF_GENE_AT.get((chrom, pos))
        if gene:
            base = SF_FREQUENCIES[(gene, pos)]
        elif chrom == "chrM":
            continue
        elif rng.random() < 0.3:
            base = None
        else:
            base = rng.choice([0.0003, 0.002, 0.01, 0.04, 0.12, 0.3])
        if base is None:
            # The patient's allele is absent from the cohort, but the cohort has data in that
            # region (a common neighbouring site), so the demo shows "not found", not "no data".
            body.append((chrom, pos + 137, neighbour_line(chrom, pos)))
            continue
        for allele in alt.split(","):
            fields = []
            totals = [0, 0, 0]
            for population, individuals in FREQUENCY_POPULATIONS:
                number = 2 * individuals
                frequency = min(0.95, base * rng.uniform(0.5, 1.6))
                count = max(1 if base > 0 else 0, round(number * frequency))
                homozygotes = round(individuals * (count / number) ** 2)
                fields += [f"AC_{population}={count}", f"AN_{population}={number}",
                           f"nhomalt_{population}={homozygotes}"]
                totals = [totals[0] + count, totals[1] + number, totals[2] + homozygotes]
            overall = [f"AC={totals[0]}", f"AN={totals[1]}", f"nhomalt={totals[2]}"]
            body.append((chrom, pos, "\t".join([chrom, str(pos), ".", ref, allele, ".", "PASS",
                                                ";".join(overall + fields)])))
    order = {name: index for index, (name, _length) in enumerate(CONTIGS)}
    body.sort(key=lambda entry: (order[entry[0]], entry[1]))
    return lines + [line for _chrom, _pos, line in body]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="PATH",
                        help=f"output VCF path (default: {DEFAULT_OUT.relative_to(REPO_ROOT)})")
    args = parser.parse_args(argv)

    lines, records = generate()
    check(records)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="ascii", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(records)} records to {args.out}", file=sys.stderr)
    frequencies = args.out.with_name("demo-frequencies.vcf")
    with open(frequencies, "w", encoding="ascii", newline="\n") as fh:
        fh.write("\n".join(frequency_lines(records)) + "\n")
    print(f"wrote the demo population frequencies to {frequencies}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
