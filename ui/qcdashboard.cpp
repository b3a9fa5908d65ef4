// SPDX-License-Identifier: GPL-3.0-or-later
#include "qcdashboard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Gui {

namespace {

// A male's X outside the PARs is haploid: almost no heterozygous calls. Below this fraction
// of heterozygous calls the sample looks male, above the upper bound female.
constexpr double kMaleHeterozygosity = 0.1;
constexpr double kFemaleHeterozygosity = 0.3;

enum class Bars { Vertical, Horizontal };

// Category labels are kept short (Qt Charts elides a label wider than its bar's slot to "...",
// and turning labels does not help in Qt 6.4); \a axisTitle says what they are. Horizontal
// bars have room for words.
QChartView *barChart(const QString &title,
                     const QStringList &categories,
                     const QList<qint64> &values,
                     QWidget *parent,
                     const QString &axisTitle = QString(),
                     Bars bars = Bars::Vertical)
{
    auto *set = new QBarSet(title);
    for (qint64 value : values)
        *set << double(value);
    QAbstractBarSeries *series = bars == Bars::Vertical
                                         ? static_cast<QAbstractBarSeries *>(new QBarSeries)
                                         : new QHorizontalBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (!axisTitle.isEmpty()) {
        categoryAxis->setTitleText(axisTitle);
        QFont font = categoryAxis->titleFont();
        font.setBold(false);
        categoryAxis->setTitleFont(font);
    }
    chart->addAxis(categoryAxis, bars == Bars::Vertical ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(valueAxis, bars == Bars::Vertical ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 240);
    return view;
}

// Each bin by its lower bound ("10" is 10–19), the last one open ("≥90").
QStringList binLabels()
{
    QStringList labels;
    for (int i = 0; i < Core::VariantStatistics::kBins; ++i) {
        labels << (i + 1 < Core::VariantStatistics::kBins ? QString::number(i * 10)
                                                          : QStringLiteral("≥%1").arg(i * 10));
    }
    return labels;
}

} // namespace

QString QcDashboard::sexCheck(const Core::VariantStatistics &statistics, Core::Sex pedigreeSex)
{
    const double heterozygosity = statistics.chromosomeXHeterozygosity();
    if (heterozygosity < 0 || pedigreeSex == Core::Sex::Unknown
        || statistics.chromosomeXHeterozygous + statistics.chromosomeXHomozygous < 20)
        return QStringLiteral("unknown");
    if (heterozygosity < kMaleHeterozygosity)
        return pedigreeSex == Core::Sex::Male ? QStringLiteral("consistent")
                                              : QStringLiteral("inconsistent");
    if (heterozygosity > kFemaleHeterozygosity)
        return pedigreeSex == Core::Sex::Female ? QStringLiteral("consistent")
                                                : QStringLiteral("inconsistent");
    return QStringLiteral("unknown");
}

QcDashboard::QcDashboard(const Core::VariantStatistics &statistics,
                         const QString &sample,
                         Core::Sex pedigreeSex,
                         QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Quality control — %1").arg(sample));
    const QLocale locale;
    QString sex;
    const QString check = sexCheck(statistics, pedigreeSex);
    if (check == QLatin1String("consistent"))
        sex = tr("X heterozygosity %1: consistent with the sex in the PED file")
                      .arg(locale.toString(statistics.chromosomeXHeterozygosity(), 'f', 2));
    else if (check == QLatin1String("inconsistent"))
        sex = tr("X heterozygosity %1: NOT consistent with the sex in the PED file — check for a "
                 "sample swap")
                      .arg(locale.toString(statistics.chromosomeXHeterozygosity(), 'f', 2));
    else
        sex = tr("Sex check: not enough information (PED sex or X calls outside the PARs missing)");
    m_summary->setText(
            tr("%1 variants carried · Ti/Tv %2 · het/hom %3\n%4")
                    .arg(locale.toString(statistics.carried),
                         locale.toString(statistics.transitionTransversionRatio(), 'f', 2),
                         locale.toString(statistics.heterozygousHomozygousRatio(), 'f', 2),
                         sex));
    m_summary->setObjectName(QStringLiteral("qcSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QStringList contigs;
    QList<qint64> perContig;
    for (auto it = statistics.perContigRank.cbegin(); it != statistics.perContigRank.cend(); ++it) {
        // "chr1" and "1" alike as "1".
        QString contig = statistics.contigNames.value(it.key());
        if (contig.startsWith(QLatin1String("chr"), Qt::CaseInsensitive))
            contig.remove(0, 3);
        contigs << contig;
        perContig << it.value();
    }
    // Two rows: the 24 or more chromosomes get three quarters of the width (Qt Charts needs
    // about 30 pixels per label), the variant types lie on their side beside them; then the
    // two histograms of ten bins side by side.
    auto *top = new QHBoxLayout;
    top->addWidget(
            barChart(tr("Variants per chromosome"), contigs, perContig, this, tr("Chromosome")), 3);
    top->addWidget(barChart(tr("Variant types"),
                            {tr("SNV"),
                             tr("MNV"),
                             tr("Insertion"),
                             tr("Deletion"),
                             tr("Complex"),
                             tr("Structural")},
                            {statistics.snvs,
                             statistics.mnvs,
                             statistics.insertions,
                             statistics.deletions,
                             statistics.complex,
                             statistics.structural},
                            this,
                            QString(),
                            Bars::Horizontal),
                   1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(
            barChart(tr("Read depth (DP)"),
                     binLabels(),
                     QList<qint64>(statistics.depthBins.begin(), statistics.depthBins.end()),
                     this,
                     tr("Read depth, bins of 10 from the value shown")));
    bottom->addWidget(barChart(tr("Genotype quality (GQ)"),
                               binLabels(),
                               QList<qint64>(statistics.genotypeQualityBins.begin(),
                                             statistics.genotypeQualityBins.end()),
                               this,
                               tr("Genotype quality, bins of 10 from the value shown")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(top, 1);
    layout->addLayout(bottom, 1);
    layout->addWidget(buttons);
    // Large enough for every axis label, within the screen (1366x768 included).
    QSize size(1000, 720);
    if (const QScreen *screen = this->screen()) {
        const QSize available = screen->availableGeometry().size();
        size = QSize(qBound(1000, available.width() * 9 / 10, 1600),
                     qBound(600, available.height() * 9 / 10, 1000))
                       .boundedTo(available);
    }
    resize(size);
}

QString QcDashboard::summaryText() const
{
    return m_summary->text();
}

} // namespace Gui
