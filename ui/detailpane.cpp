// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "badgepalette.h"
#include "varianttablemodel.h"

#include <core/family/inheritance.h>

#include <QGuiApplication>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <cmath>

namespace Gui {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString number(int value)
{
    return value < 0 ? QStringLiteral("—") : QLocale().toString(value);
}

QString evaluationHtml(const Core::CaseEvaluation &evaluation, qsizetype storeRow)
{
    const Core::PolicyDecision *decision = evaluation.decisionForRow(storeRow);
    const Core::PolicyVariant *variant = evaluation.variantForRow(storeRow);
    const QLocale locale;
    QString html = QStringLiteral("<h4>%1</h4>")
                           .arg(DetailPane::tr("Policy decision (%1)")
                                        .arg(evaluation.run().policyVersion.isEmpty()
                                                     ? evaluation.run().policyId
                                                     : QStringLiteral("%1 v%2").arg(
                                                             evaluation.run().policyId,
                                                             evaluation.run().policyVersion))
                                        .toHtmlEscaped());
    if (!decision || !variant) {
        return html
               + QStringLiteral("<p>%1</p>")
                         .arg(DetailPane::tr("The patient does not carry this allele, so the "
                                             "policy does not judge it.")
                                      .toHtmlEscaped());
    }
    // Badges as in the variant table, in the colours of the current palette.
    const QPalette palette = QGuiApplication::palette();
    html += QStringLiteral("<p><b>%1</b></p><ol>")
                    .arg(BadgePalette::html(
                            Core::decisionLabel(decision->decision),
                            BadgePalette::forDecision(decision->decision, palette)));
    for (const QString &reason : decision->reasons)
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    html += QStringLiteral("</ol><table cellspacing=\"4\">");
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(DetailPane::tr("Laboratory classification").toHtmlEscaped(),
                         variant->labSignificance == Core::Significance::Unknown
                                 ? DetailPane::tr("not classified yet").toHtmlEscaped()
                                 : BadgePalette::html(
                                         Core::significanceLabel(variant->labSignificance),
                                         BadgePalette::forSignificance(variant->labSignificance,
                                                                       palette)));
    html += row(DetailPane::tr("ClinVar"),
                variant->clinvarStars < 0
                        ? DetailPane::tr("not in ClinVar (or no knowledge base)")
                        : DetailPane::tr("%1, %2 review star(s)")
                                  .arg(Core::significanceLabel(variant->clinvarSignificance))
                                  .arg(variant->clinvarStars));
    html += row(DetailPane::tr("Highest population AF"),
                variant->hasFrequency() ? QStringLiteral("%1 — %2").arg(
                        locale.toString(variant->maximumPopulationFrequency, 'g', 3),
                        variant->frequencySource)
                                        : DetailPane::tr("no frequency data for this site"));
    html += QStringLiteral("</table>");
    const auto &frequencies = evaluation.frequencies();
    if (frequencies) {
        html += QStringLiteral(
                        "<h4>%1</h4><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                        "<tr><th>%2</th><th>%3</th><th>AF</th><th>AC/AN</th><th>%4</th></tr>")
                        .arg(DetailPane::tr("Population frequencies").toHtmlEscaped(),
                             DetailPane::tr("Source").toHtmlEscaped(),
                             DetailPane::tr("Population").toHtmlEscaped(),
                             DetailPane::tr("Homozygotes").toHtmlEscaped());
        for (int source = 0; source < frequencies->sourceCount(); ++source) {
            const Core::FrequencySource &info = frequencies->source(source);
            const QString name = QStringLiteral("%1 %2").arg(info.name, info.version);
            const Core::FrequencyStatus status = frequencies->status(storeRow, source);
            if (status != Core::FrequencyStatus::Found) {
                html += QStringLiteral("<tr><td>%1</td><td colspan=\"4\">%2</td></tr>")
                                .arg(name.toHtmlEscaped(),
                                     status == Core::FrequencyStatus::NotFound
                                             ? DetailPane::tr(
                                                     "not found (the source covers this region)")
                                             : DetailPane::tr("no data for this region"));
                continue;
            }
            for (const Core::FrequencyPopulation &population : info.populations) {
                const Core::PopulationFrequency figure
                        = frequencies->population(storeRow, source, population.label);
                html += QStringLiteral(
                                "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                                .arg(name.toHtmlEscaped(),
                                     population.label.toHtmlEscaped(),
                                     figure.hasAlleleFrequency()
                                             ? locale.toString(figure.alleleFrequency, 'g', 3)
                                             : QStringLiteral("—"),
                                     QStringLiteral("%1/%2").arg(number(int(figure.alleleCount)),
                                                                 number(int(figure.alleleNumber))),
                                     number(int(figure.homozygotes)));
            }
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("variantDetails"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

QString DetailPane::genotypeText(const Core::GenotypeCall &call)
{
    const QString zygosity = VariantTableModel::zygosityText(call.zygosity);
    if (!call.phased)
        return zygosity;
    if (call.phaseSet == Core::GenotypeCall::kWholeContig)
        return tr("%1, phased").arg(zygosity);
    if (call.phaseSet == Core::GenotypeCall::kMissing)
        return tr("%1, phased without a phase set (phase unknown)").arg(zygosity);
    return tr("%1, phased (PS %2)").arg(zygosity).arg(call.phaseSet);
}

void DetailPane::clear()
{
    m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("Select a variant to see its details.").toHtmlEscaped()));
}

QString DetailPane::text() const
{
    return m_browser->toPlainText();
}

void DetailPane::showVariant(const Core::LoadedVariants &loaded,
                             qsizetype storeRow,
                             const Core::CaseEvaluation *evaluation)
{
    const Core::VariantStore &store = *loaded.store;
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1:%2 %3&gt;%4</h3><table cellspacing=\"4\">")
                           .arg(store.contig(storeRow).toHtmlEscaped(),
                                locale.toString(store.position(storeRow)),
                                QString::fromLatin1(store.reference(storeRow)).toHtmlEscaped(),
                                QString::fromLatin1(store.alternate(storeRow)).toHtmlEscaped());
    html += row(tr("Variant key"), store.variantKey(storeRow, loaded.summary.build));
    html += row(tr("Type"), Core::variantTypeKey(store.type(storeRow)));
    html += row(tr("QUAL / FILTER"),
                QStringLiteral("%1 / %2").arg(
                        std::isnan(store.quality(storeRow))
                                ? QStringLiteral(".")
                                : locale.toString(store.quality(storeRow), 'f', 1),
                        store.filter(storeRow)));
    QStringList changes;
    const int flags = store.flags(storeRow);
    if (flags & Core::VariantStore::FromMultiallelic)
        changes << tr("split from a multi-allelic record");
    if (flags & Core::VariantStore::Trimmed)
        changes << tr("shared bases trimmed");
    if (flags & Core::VariantStore::LeftAligned)
        changes << tr("left-aligned against the reference");
    html += row(tr("Changed on load"),
                changes.isEmpty() ? tr("no — as written in the file")
                                  : changes.join(QStringLiteral("; ")));
    if (!store.gene(storeRow).isEmpty()) {
        html += row(tr("Gene"), store.gene(storeRow));
        html += row(tr("Transcript"), store.transcript(storeRow));
        html += row(
                tr("Consequence"),
                QStringLiteral("%1 (%2)").arg(store.consequence(storeRow), store.impact(storeRow)));
        html += row(tr("HGVS"),
                    QStringLiteral("%1 %2")
                            .arg(store.hgvsC(storeRow), store.hgvsP(storeRow))
                            .trimmed());
        html += row(
                tr("Annotation source"),
                tr("from the input file (VEP/SnpEff), transcript picked by the documented rule"));
    }
    // INFO fields of this ALT (Number=A/R), re-indexed when the record was split.
    const QList<std::pair<QString, QString>> alleleInfo = store.alleleInfo(storeRow);
    if (!alleleInfo.isEmpty()) {
        QStringList fields;
        for (const auto &[key, value] : alleleInfo)
            fields << QStringLiteral("%1=%2").arg(key, value);
        html += row(tr("INFO of this allele"), fields.join(QStringLiteral("; ")));
    }
    if (loaded.inheritance) {
        const QStringList keys
                = Core::InheritanceAnalysis::flagKeys(loaded.inheritance->flags(storeRow));
        html += row(tr("Segregation in the trio"),
                    keys.isEmpty() ? tr("nothing notable") : keys.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table><h4>%1</h4><table border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"3\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</"
                           "th><th>%6</th><th>%7</th></tr>")
                    .arg(tr("Genotypes").toHtmlEscaped(),
                         tr("Sample").toHtmlEscaped(),
                         tr("Genotype").toHtmlEscaped(),
                         tr("DP").toHtmlEscaped(),
                         tr("GQ").toHtmlEscaped(),
                         tr("AD ref/alt").toHtmlEscaped(),
                         tr("Allele balance").toHtmlEscaped());
    for (int sample = 0; sample < store.sampleCount(); ++sample) {
        const Core::GenotypeCall call = store.genotype(storeRow, sample);
        const double balance = call.alleleBalance();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</"
                               "td></tr>")
                        .arg(store.samples().at(sample).toHtmlEscaped(),
                             genotypeText(call).toHtmlEscaped(),
                             number(call.depth),
                             number(call.genotypeQuality),
                             QStringLiteral("%1/%2").arg(number(call.referenceDepth),
                                                         number(call.alternateDepth)),
                             balance < 0 ? QStringLiteral("—") : locale.toString(balance, 'f', 2));
    }
    html += QStringLiteral("</table>");
    if (evaluation)
        html += evaluationHtml(*evaluation, storeRow);
    m_browser->setHtml(html);
}

} // namespace Gui
