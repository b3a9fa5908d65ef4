// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "varianttablemodel.h"

#include <core/family/inheritance.h>

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

void DetailPane::clear()
{
    m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("Select a variant to see its details.").toHtmlEscaped()));
}

QString DetailPane::text() const
{
    return m_browser->toPlainText();
}

void DetailPane::showVariant(const Core::LoadedVariants &loaded, qsizetype storeRow)
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
                             VariantTableModel::zygosityText(call.zygosity).toHtmlEscaped(),
                             number(call.depth),
                             number(call.genotypeQuality),
                             QStringLiteral("%1/%2").arg(number(call.referenceDepth),
                                                         number(call.alternateDepth)),
                             balance < 0 ? QStringLiteral("—") : locale.toString(balance, 'f', 2));
    }
    html += QStringLiteral("</table>");
    m_browser->setHtml(html);
}

} // namespace Gui
