// SPDX-License-Identifier: GPL-3.0-or-later
#include "qcdashboard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Gui {

namespace {

// A male's X outside the PARs is haploid: almost no heterozygous calls. Below this fraction
// of heterozygous calls the sample looks male, above the upper bound female.
constexpr double kMaleHeterozygosity = 0.1;
constexpr double kFemaleHeterozygosity = 0.3;

QChartView *barChart(const QString &title,
                     const QStringList &categories,
                     const QList<qint64> &values,
                     QWidget *parent)
{
    auto *set = new QBarSet(title);
    for (qint64 value : values)
        *set << double(value);
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    axisY->applyNiceNumbers();
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    return view;
}

QStringList binLabels()
{
    QStringList labels;
    for (int i = 0; i < Core::VariantStatistics::kBins; ++i) {
        labels << (i + 1 < Core::VariantStatistics::kBins
                           ? QStringLiteral("%1–%2").arg(i * 10).arg(i * 10 + 9)
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
        contigs << statistics.contigNames.value(it.key());
        perContig << it.value();
    }
    auto *grid = new QGridLayout;
    grid->addWidget(barChart(tr("Variant types"),
                             {tr("SNV"), tr("MNV"), tr("Ins"), tr("Del"), tr("Complex"), tr("SV")},
                             {statistics.snvs,
                              statistics.mnvs,
                              statistics.insertions,
                              statistics.deletions,
                              statistics.complex,
                              statistics.structural},
                             this),
                    0,
                    0);
    grid->addWidget(barChart(tr("Variants per chromosome"), contigs, perContig, this), 0, 1);
    grid->addWidget(
            barChart(tr("Read depth (DP)"),
                     binLabels(),
                     QList<qint64>(statistics.depthBins.begin(), statistics.depthBins.end()),
                     this),
            1,
            0);
    grid->addWidget(barChart(tr("Genotype quality (GQ)"),
                             binLabels(),
                             QList<qint64>(statistics.genotypeQualityBins.begin(),
                                           statistics.genotypeQualityBins.end()),
                             this),
                    1,
                    1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(1000, 720);
}

QString QcDashboard::summaryText() const
{
    return m_summary->text();
}

} // namespace Gui
