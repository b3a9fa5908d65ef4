// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "badgepalette.h"
#include "varianttablemodel.h"

#include <core/beacon/beaconfreshness.h>
#include <core/common/tr.h>
#include <core/family/inheritance.h>
#include <core/frequency/frequencyannotation.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QHostAddress>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace Gui {

namespace {

/*! The link under a failed transcript lookup that reads the transcripts again. */
constexpr char kRetryTranscriptsLink[] = "genomedesk:retry-transcripts";

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

// Grid tables (genotypes, population frequencies): nothing wraps inside a word, so that a
// narrow dock scrolls sideways rather than breaking "heterozygous", a sample id or a number in
// the middle (Qt's table layout breaks inside words when a column is squeezed).

/*! The heading row: plain texts, a heading of several words one word per line. */
QString gridHeadings(const QStringList &headings, const QStringList &toolTips = {})
{
    QString text = QStringLiteral("<tr>");
    for (int column = 0; column < headings.size(); ++column) {
        const QString toolTip = toolTips.value(column);
        text += QStringLiteral("<th style=\"white-space: nowrap\"%1>%2</th>")
                        .arg(toolTip.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" title=\"%1\"").arg(toolTip.toHtmlEscaped()),
                             headings.at(column)
                                     .toHtmlEscaped()
                                     .split(QLatin1Char(' '))
                                     .join(QLatin1String("<br>")));
    }
    return text + QStringLiteral("</tr>");
}

/*! A row of values, already escaped. */
QString gridRow(const QStringList &cells)
{
    QString text = QStringLiteral("<tr>");
    for (const QString &value : cells)
        text += QStringLiteral("<td style=\"white-space: nowrap\">%1</td>").arg(value);
    return text + QStringLiteral("</tr>");
}

QString number(qint64 value)
{
    return value < 0 ? QStringLiteral("—") : QLocale().toString(value);
}

QString
evaluationHtml(const Core::CaseEvaluation &evaluation, qsizetype storeRow, const QPalette &palette)
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
                        : DetailPane::tr("%1, %n review star(s)", nullptr, variant->clinvarStars)
                                  .arg(Core::significanceLabel(variant->clinvarSignificance)));
    html += row(DetailPane::tr("Highest population AF"),
                variant->hasFrequency() ? QStringLiteral("%1 — %2").arg(
                        Core::Tr::frequency(variant->maximumPopulationFrequency, 3, locale),
                        variant->frequencySource)
                                        : DetailPane::tr("no frequency data for this site"));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_chartView(new QChartView(this))
    , m_chartNote(new QLabel(this))
    , m_igvButton(new QPushButton(tr("Open in IGV"), this))
    , m_igvStatus(new QLabel(this))
{
    m_browser->setObjectName(QStringLiteral("variantDetails"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.toString() == QLatin1String(kRetryTranscriptsLink))
            retryTranscripts();
    });
    // The details are nearly always taller than the pane. With the vertical scroll bar shown
    // only when needed, the text was laid out once without it and a sideways scroll bar could
    // stay behind after the bar appeared (seen in French and with the dark palette).
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_chartView->setObjectName(QStringLiteral("frequencyChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(160);
    m_chartView->setAccessibleName(tr("Population frequencies chart"));
    m_chartNote->setObjectName(QStringLiteral("frequencyChartNote"));
    m_chartNote->setWordWrap(true);
    m_igvButton->setObjectName(QStringLiteral("openInIgv"));
    m_igvButton->setToolTip(tr("Shows this position in a running IGV (batch port, 127.0.0.1)"));
    m_igvStatus->setObjectName(QStringLiteral("igvStatus"));
    m_igvStatus->setWordWrap(true);
    connect(m_igvButton, &QPushButton::clicked, this, &DetailPane::openInIgv);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(m_chartNote);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    splitter->addWidget(m_browser);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *igvRow = new QHBoxLayout;
    igvRow->addWidget(m_igvButton);
    igvRow->addWidget(m_igvStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(igvRow);
    layout->addWidget(splitter, 1);
    clear();
}

DetailPane::~DetailPane()
{
    m_transcriptFuture.cancel(); // the worker holds copies of what it reads; it stops soon
}

void DetailPane::setFrequencyCachePaths(const QStringList &paths)
{
    if (paths == m_cachePaths)
        return;
    m_cachePaths = paths;
    m_freshness.clear();
    for (const QString &path : paths) {
        auto opened = Core::BeaconFreshness::open(path, Core::BeaconFreshness::OpenMode::ReadOnly);
        if (opened)
            m_freshness.push_back(std::move(opened).value());
    }
}

QString DetailPane::ageText(const Core::FrequencySource &source,
                            const QString &contig,
                            qint64 position) const
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QLocale locale;
    if (source.name.startsWith(QLatin1String("beacon:"))) {
        std::optional<QDateTime> newest;
        const QByteArray name = contig.toUtf8();
        for (const auto &freshness : m_freshness) {
            for (const QByteArray &candidate : {name, Core::normalizedContigName(name)}) {
                const auto fetched = freshness->fetchedAt(source.name, candidate, position);
                if (fetched && (!newest || *fetched > *newest))
                    newest = fetched;
            }
        }
        if (newest) {
            return tr("region fetched %1 (%2)")
                    .arg(Core::beaconAgeText(*newest, now),
                         locale.toString(newest->toLocalTime(), QLocale::ShortFormat));
        }
        if (source.retrieved.isValid()) {
            return tr("fetch time of this region unknown; source retrieved %1")
                    .arg(Core::beaconAgeText(source.retrieved, now));
        }
        return tr("fetch time unknown");
    }
    if (!source.retrieved.isValid())
        return tr("retrieval time unknown");
    return tr("retrieved %1 (%2)")
            .arg(Core::beaconAgeText(source.retrieved, now),
                 locale.toString(source.retrieved.toLocalTime().date(), QLocale::ShortFormat));
}

QString DetailPane::frequencyHtml(const Core::CaseEvaluation &evaluation,
                                  const Core::VariantStore &store,
                                  qsizetype storeRow) const
{
    const auto &frequencies = evaluation.frequencies();
    if (!frequencies)
        return {};
    const QLocale locale;
    const QString contig = store.contig(storeRow);
    const qint64 position = store.position(storeRow);
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Population frequencies").toHtmlEscaped());
    // One block per source: its name, version and the age of its data (per source, and for a
    // Beacon source per region, so the same for every population of this variant) above a
    // table of one narrow row per population. Above, not in a row across the table: such a
    // row of several words widened the table to the whole pane plus a rounding pixel, and the
    // pane scrolled sideways by that pixel.
    const QString headings = gridHeadings(
            {tr("Population"), QStringLiteral("AF"), QStringLiteral("AC/AN"), tr("Homozygotes")});
    for (int source = 0; source < frequencies->sourceCount(); ++source) {
        const Core::FrequencySource &info = frequencies->source(source);
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(QStringLiteral("%1 %2").arg(info.name, info.version).toHtmlEscaped(),
                             tr("Age of the data: %1")
                                     .arg(ageText(info, contig, position))
                                     .toHtmlEscaped());
        const Core::FrequencyStatus status = frequencies->status(storeRow, source);
        if (status != Core::FrequencyStatus::Found) {
            html += QStringLiteral("<p><i>%1</i></p>")
                            .arg((status == Core::FrequencyStatus::NotFound
                                          ? tr("not found (the source covers this region)")
                                          : tr("no data for this region"))
                                         .toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">")
                + headings;
        for (const Core::FrequencyPopulation &population : info.populations) {
            const Core::PopulationFrequency figure
                    = frequencies->population(storeRow, source, population.label);
            html += gridRow({population.label.toHtmlEscaped(),
                             figure.hasAlleleFrequency()
                                     ? Core::Tr::frequency(figure.alleleFrequency, 3, locale)
                                     : QStringLiteral("—"),
                             QStringLiteral("%1/%2").arg(number(figure.alleleCount),
                                                         number(figure.alleleNumber)),
                             number(figure.homozygotes)});
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void DetailPane::showFrequencies(const Core::CaseEvaluation *evaluation,
                                 const Core::VariantStore &store,
                                 qsizetype storeRow)
{
    m_bars.clear();
    auto *chart = new QChart;
    const QPalette palette = this->palette();
    const bool dark = BadgePalette::isDark(palette);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(tr("Allele frequency per population (‰)"));
    // Axis labels in the UI language's number format (0,0229 in German), as the table.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());

    const Core::FrequencyAnnotation *frequencies
            = evaluation && evaluation->frequencies() ? &*evaluation->frequencies() : nullptr;
    if (!frequencies) {
        setChart(chart);
        m_chartView->setVisible(false);
        m_chartNote->setText(evaluation ? tr("No frequency cache is configured for this case.")
                                        : QString());
        m_chartNote->setVisible(evaluation);
        return;
    }
    const QLocale locale;
    const QString contig = store.contig(storeRow);
    const qint64 position = store.position(storeRow);
    QStringList categories;
    QStringList populationCategories;
    QStringList notes;
    QList<QBarSet *> sets;
    QList<int> setOfBar;
    for (int source = 0; source < frequencies->sourceCount(); ++source) {
        const Core::FrequencySource &info = frequencies->source(source);
        const QString name = QStringLiteral("%1 %2").arg(info.name, info.version);
        const Core::FrequencyStatus status = frequencies->status(storeRow, source);
        if (status != Core::FrequencyStatus::Found) {
            notes << (status == Core::FrequencyStatus::NotFound
                              ? tr("%1: not found (the source covers this region)").arg(name)
                              : tr("%1: no data for this region").arg(name));
            continue;
        }
        const QString age = ageText(info, contig, position);
        auto *set = new QBarSet(name);
        for (const Core::FrequencyPopulation &population : info.populations) {
            const Core::PopulationFrequency figure
                    = frequencies->population(storeRow, source, population.label);
            if (!figure.hasAlleleFrequency())
                continue;
            FrequencyBar bar;
            bar.source = info.name;
            bar.version = info.version;
            bar.population = population.label;
            bar.alleleFrequency = figure.alleleFrequency;
            const QString label = population.description.isEmpty()
                                          ? population.label
                                          : QStringLiteral("%1 (%2)").arg(population.label,
                                                                          population.description);
            bar.toolTip
                    = tr("%1 %2, %3\nAF %4 (%5 ‰)\nAC/AN %6/%7, homozygotes %8\n%9")
                              .arg(info.name,
                                   info.version,
                                   label,
                                   Core::Tr::frequency(figure.alleleFrequency, 3, locale),
                                   Core::Tr::frequency(figure.alleleFrequency * 1000, 3, locale),
                                   number(figure.alleleCount),
                                   number(figure.alleleNumber),
                                   number(figure.homozygotes),
                                   age);
            m_bars.append(bar);
            setOfBar.append(int(sets.size()));
            // Population and value first: a narrow pane elides the end, and the legend
            // names the source by colour.
            const QString populationAndValue
                    = QStringLiteral("%1 · %2 ‰")
                              .arg(population.label,
                                   Core::Tr::frequency(figure.alleleFrequency * 1000, 3, locale));
            categories << QStringLiteral("%1 · %2").arg(populationAndValue, name);
            populationCategories << populationAndValue;
        }
        sets.append(set);
    }
    // With one source the legend names it, and the labels fit the pane without eliding (the
    // source makes them unique when several sources show the same population).
    if (sets.size() == 1)
        categories = populationCategories;
    // Stacked with one non-zero value per category: one bar per population per source, each
    // source in its own colour.
    double maximum = 0;
    for (int set = 0; set < sets.size(); ++set) {
        for (int bar = 0; bar < m_bars.size(); ++bar) {
            const double value = setOfBar[bar] == set ? m_bars[bar].alleleFrequency * 1000 : 0;
            sets[set]->append(value);
            maximum = std::max(maximum, value);
        }
        connect(sets[set], &QBarSet::hovered, this, [this, set, setOfBar](bool status, int index) {
            if (!status || index < 0 || index >= m_bars.size() || setOfBar[index] != set) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), m_bars[index].toolTip, m_chartView);
        });
    }
    if (!m_bars.isEmpty()) {
        // The chart's order from top to bottom is the table's order.
        auto *series = new QHorizontalStackedBarSeries;
        series->append(sets);
        series->setBarWidth(0.7);
        chart->addSeries(series);
        QStringList reversed = categories;
        std::reverse(reversed.begin(), reversed.end());
        for (QBarSet *set : sets) {
            QList<qreal> values;
            for (int index = set->count() - 1; index >= 0; --index)
                values << set->at(index);
            set->remove(0, set->count());
            set->append(values);
        }
        auto *axisY = new QBarCategoryAxis;
        axisY->append(reversed);
        axisY->setLabelsBrush(palette.brush(QPalette::Text));
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        // Linear, per mille: rare alleles are readable without a logarithmic axis.
        // Ticks at round numbers (0.02, 0.04 ... rather than 0.0229, 0.0458 ...).
        axisX->setRange(0, maximum > 0 ? maximum * 1.1 : 1.0);
        axisX->setTickCount(5);
        axisX->applyNiceNumbers();
        axisX->setLabelFormat(QStringLiteral("%.3g"));
        axisX->setTitleText(tr("AF (‰)"));
        axisX->setLabelsBrush(palette.brush(QPalette::Text));
        axisX->setTitleBrush(palette.brush(QPalette::Text));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
    } else {
        qDeleteAll(sets);
    }
    setChart(chart);
    m_chartView->setVisible(!m_bars.isEmpty());
    m_chartView->setMinimumHeight(std::clamp(int(m_bars.size()) * 22 + 110, 160, 420));
    m_chartNote->setText(notes.join(QLatin1Char('\n')));
    m_chartNote->setVisible(!notes.isEmpty() || m_bars.isEmpty());
    if (m_bars.isEmpty() && notes.isEmpty())
        m_chartNote->setText(tr("No population frequencies for this variant."));
    // A splitter pane that was empty keeps a height of zero: give the chart its room.
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("detailSplitter"));
        splitter && !m_bars.isEmpty()) {
        const QList<int> sizes = splitter->sizes();
        const int wanted = m_chartView->minimumHeight() + m_chartNote->sizeHint().height();
        if (sizes.size() == 2 && sizes[1] < wanted) {
            const int total = sizes[0] + sizes[1];
            splitter->setSizes(
                    {std::max(total - wanted, total / 3), std::min(wanted, total * 2 / 3)});
        }
    }
}

void DetailPane::setChart(QChart *chart)
{
    // QChartView does not delete the chart it showed before.
    QChart *previous = m_chartView->chart();
    m_chartView->setChart(chart);
    delete previous;
}

QByteArray DetailPane::igvCommand(const QString &contig, qint64 position)
{
    return QStringLiteral("goto %1:%2\n").arg(contig).arg(position).toUtf8();
}

QString DetailPane::igvStatus() const
{
    return m_igvStatus->text();
}

void DetailPane::setIgvStatus(const QString &message, bool sent)
{
    m_igvStatus->setText(message);
    emit igvStatusChanged(message, sent);
}

void DetailPane::openInIgv()
{
    if (m_contig.isEmpty())
        return;
    const int port = QSettings().value(QStringLiteral("igv/port"), 60151).toInt();
    if (m_igvSocket) {
        m_igvSocket->abort();
        m_igvSocket->deleteLater();
    }
    auto *socket = new QTcpSocket(this);
    m_igvSocket = socket;
    const QByteArray command = igvCommand(m_contig, m_position);
    const QString location = QStringLiteral("%1:%2").arg(m_contig).arg(m_position);
    m_igvStatus->setText(tr("Sending %1 to IGV…").arg(location));
    connect(socket, &QTcpSocket::connected, socket, [socket, command] { socket->write(command); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket, command, location](qint64) {
        if (socket->bytesToWrite() > 0)
            return;
        setIgvStatus(tr("Sent %1 to IGV.").arg(location), true);
        socket->disconnectFromHost();
    });
    connect(socket,
            &QTcpSocket::errorOccurred,
            this,
            [this, socket, port](QAbstractSocket::SocketError error) {
                if (socket != m_igvSocket || error == QAbstractSocket::RemoteHostClosedError)
                    return;
                if (error == QAbstractSocket::ConnectionRefusedError) {
                    setIgvStatus(
                            tr("IGV is not running (nothing listens on port %1). Start IGV and "
                               "enable its batch port (View > Preferences > Advanced).")
                                    .arg(port),
                            false);
                } else {
                    setIgvStatus(tr("Could not reach IGV on port %1: %2")
                                         .arg(port)
                                         .arg(socket->errorString()),
                                 false);
                }
            });
    connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
        if (socket == m_igvSocket)
            m_igvSocket = nullptr;
        socket->deleteLater();
    });
    socket->connectToHost(QHostAddress::LocalHost, quint16(port));
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
    cancelTranscripts();
    m_loaded = Core::LoadedVariants();
    m_row = -1;
    m_evaluation.reset();
    m_contig.clear();
    m_position = 0;
    m_bars.clear();
    m_igvButton->setEnabled(false);
    m_chartView->setVisible(false);
    m_chartNote->setVisible(false);
    m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("Select a variant to see its details.").toHtmlEscaped()));
}

QString DetailPane::text() const
{
    return m_browser->toPlainText();
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A switch between light and dark (the system's or the application's palette, or another
    // style): the badges and the chart are drawn in the palette's colours, so draw them again
    // now rather than at the next variant.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        && m_loaded.store) {
        // The same variant: the reader stays where they were in the text.
        QScrollBar *scrollBar = m_browser->verticalScrollBar();
        const int position = scrollBar->value();
        render();
        scrollBar->setValue(position);
    }
}

void DetailPane::showVariant(const Core::LoadedVariants &loaded,
                             qsizetype storeRow,
                             std::shared_ptr<const Core::CaseEvaluation> evaluation)
{
    m_loaded = loaded;
    m_row = storeRow;
    m_evaluation = std::move(evaluation);
    readTranscripts();
    render();
}

void DetailPane::refreshDetails()
{
    // The same variant: the reader stays where they were in the text.
    QScrollBar *scrollBar = m_browser->verticalScrollBar();
    const int position = scrollBar->value();
    m_browser->setHtml(detailsHtml());
    scrollBar->setValue(position);
}

void DetailPane::retryTranscripts()
{
    if (m_transcriptState != TranscriptState::Failed || !m_loaded.store)
        return;
    m_transcriptState = TranscriptState::None; // so that readTranscripts() reads again
    readTranscripts();
    refreshDetails();
}

void DetailPane::cancelTranscripts()
{
    if (m_transcriptState != TranscriptState::Reading)
        return;
    ++m_transcriptGeneration; // the result of the running lookup is dropped
    m_transcriptFuture.cancel();
    m_transcriptState = TranscriptState::None;
    m_transcriptStore.reset();
    m_transcriptRow = -1;
}

void DetailPane::readTranscripts()
{
    const Core::VariantStore &store = *m_loaded.store;
    // The same row again (the evaluation arrived, the table was filtered): nothing to read.
    if (m_transcriptStore.lock() == m_loaded.store && m_transcriptRow == m_row
        && m_transcriptState != TranscriptState::None)
        return;
    cancelTranscripts();
    m_transcriptStore = m_loaded.store;
    m_transcriptRow = m_row;
    m_transcripts = Core::TranscriptList();
    m_transcriptError.clear();
    // Only rows with a picked transcript come from an annotated record.
    if (m_loaded.summary.file.isEmpty()
        || (store.gene(m_row).isEmpty() && store.consequence(m_row).isEmpty())) {
        m_transcriptState = TranscriptState::None;
        return;
    }
    m_transcriptState = TranscriptState::Reading;
    const int generation = ++m_transcriptGeneration;
    Core::TranscriptQuery query;
    query.path = m_loaded.summary.file;
    query.loadedStamp = m_caseFileStamp;
    query.contig = store.contig(m_row).toUtf8();
    query.position = store.position(m_row);
    query.reference = store.reference(m_row);
    query.alternate = store.alternate(m_row);
    query.indexCacheDirectory
            = !m_indexCacheDirectory.isEmpty()
                      ? m_indexCacheDirectory
                      : QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                + QStringLiteral("/vcf-indexes");

    auto *watcher = new QFutureWatcher<TranscriptResult>(this);
    connect(watcher,
            &QFutureWatcher<TranscriptResult>::finished,
            this,
            [this, watcher, generation] {
                watcher->deleteLater();
                const QFuture<TranscriptResult> future = watcher->future();
                TranscriptResult result;
                if (!future.isCanceled() && future.resultCount() > 0)
                    result = future.result();
                onTranscriptsRead(generation, result);
            });
    // Progress arrives only while an index of the file is built (its first lookup).
    connect(watcher,
            &QFutureWatcher<TranscriptResult>::progressValueChanged,
            this,
            [this, watcher, generation](int percent) {
                // Only a build sets the range; other values come from Qt itself (0 when the
                // watcher connects, the count of results when one arrives).
                if (generation != m_transcriptGeneration
                    || m_transcriptState != TranscriptState::Reading
                    || watcher->progressMaximum() != 100 || percent == m_transcriptIndexProgress)
                    return;
                m_transcriptIndexProgress = percent;
                refreshDetails();
                emit transcriptIndexProgressChanged(percent);
            });
    m_transcriptIndexProgress = -1;
    m_transcriptFuture = QtConcurrent::run([query](QPromise<TranscriptResult> &promise) {
        bool indexing = false; // a range only then: no "0 %" for a lookup that builds nothing
        Core::JobContext job([&promise, &indexing](qint64 done, qint64 total) {
            if (total <= 0)
                return;
            if (!indexing) {
                promise.setProgressRange(0, 100);
                indexing = true;
            }
            promise.setProgressValue(int(done * 100 / total));
        });
        job.setCancelCheck([&promise] { return promise.isCanceled(); });
        promise.addResult(std::make_shared<const Core::Result<Core::TranscriptList>>(
                Core::TranscriptLookup::find(query, job)));
    });
    watcher->setFuture(m_transcriptFuture);
}

void DetailPane::onTranscriptsRead(int generation, const TranscriptResult &result)
{
    if (generation != m_transcriptGeneration || !m_loaded.store)
        return; // another variant was selected meanwhile
    if (!result) {
        m_transcriptState = TranscriptState::None;
        return;
    }
    if (result->has_value()) {
        m_transcripts = result->value();
        m_transcriptState = TranscriptState::Shown;
    } else {
        // The message only: the path may name the patient.
        m_transcriptError = result->error().message();
        m_transcriptState = TranscriptState::Failed;
    }
    refreshDetails();
    emit transcriptsFinished();
}

QString DetailPane::transcriptsHtml() const
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Transcripts").toHtmlEscaped());
    switch (m_transcriptState) {
    case TranscriptState::None:
        return QString();
    case TranscriptState::Reading:
        if (m_transcriptIndexProgress >= 0) {
            // The first lookup in a bgzipped file without an index: one is built (kept in the
            // user's cache for the next lookups), which takes a while on a genome.
            return html
                   + QStringLiteral("<p><i>%1</i></p>")
                             .arg(tr("Indexing the variant file for transcript lookups "
                                     "(first time only): %1 %")
                                          .arg(m_transcriptIndexProgress)
                                          .toHtmlEscaped());
        }
        return html
               + QStringLiteral("<p><i>%1</i></p>").arg(tr("Reading transcripts…").toHtmlEscaped());
    case TranscriptState::Failed:
        // A file on a share that was briefly away, or a busy disk: the reader can try again
        // once it is back, without selecting another variant first.
        return html
               + QStringLiteral("<p>%1 <a href=\"%2\">%3</a></p>")
                         .arg(tr("The transcripts cannot be shown: %1")
                                      .arg(m_transcriptError)
                                      .toHtmlEscaped(),
                              QLatin1String(kRetryTranscriptsLink),
                              tr("Try again").toHtmlEscaped());
    case TranscriptState::Shown:
        break;
    }
    const Core::TranscriptList &list = m_transcripts;
    if (list.transcripts.isEmpty()) {
        return html
               + QStringLiteral("<p>%1</p>")
                         .arg(tr("The file lists no transcripts for this allele.").toHtmlEscaped());
    }
    html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%n transcript(s) from %1 (%2 field). The picked one, shown in the "
                            "variant table, is chosen by this rule: %3.",
                            nullptr,
                            int(list.transcripts.size()))
                                 .arg(list.source, list.key, Core::TranscriptLookup::pickRule())
                                 .toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">");
    // Four columns, each cell on a few short lines (the flags under the transcript, the impact
    // under the consequence, p. under c.), so that the default dock width shows it without
    // scrolling sideways: hence the small padding, and the picked one marked by its bold flag
    // rather than a bold (wider) identifier.
    html += gridHeadings(
            {tr("Transcript"), tr("Gene"), tr("Consequence (impact)"), tr("HGVS c./p.")});
    const QString lineBreak = QStringLiteral("<br>");
    const QString dash = QStringLiteral("—");
    auto lines = [&](const QStringList &texts) {
        QStringList escaped;
        for (const QString &text : texts) {
            if (!text.isEmpty())
                escaped << text.toHtmlEscaped();
        }
        return escaped.isEmpty() ? dash : escaped.join(lineBreak);
    };
    for (int i = 0; i < list.transcripts.size(); ++i) {
        const Core::TranscriptConsequence &entry = list.transcripts.at(i);
        // The picked one is marked in words (and in bold).
        QStringList flags;
        if (entry.maneSelect)
            flags << tr("MANE Select");
        if (entry.canonical)
            flags << tr("canonical");
        QString flagLines = flags.isEmpty() ? QString() : lines(flags);
        if (i == list.picked) {
            const QString picked = QStringLiteral("<b>%1</b>").arg(tr("picked").toHtmlEscaped());
            flagLines = flagLines.isEmpty() ? picked : picked + lineBreak + flagLines;
        }
        QString transcript = lines({entry.transcript});
        if (!flagLines.isEmpty())
            transcript += QStringLiteral("<br><small>%1</small>").arg(flagLines);
        html += gridRow({transcript,
                         lines({entry.gene}),
                         lines({entry.consequence,
                                entry.impact.isEmpty() ? QString()
                                                       : QStringLiteral("(%1)").arg(entry.impact)}),
                         lines({entry.hgvsC, entry.hgvsP})});
    }
    return html + QStringLiteral("</table>");
}

void DetailPane::render()
{
    m_browser->setHtml(detailsHtml());
    const Core::VariantStore &store = *m_loaded.store;
    showFrequencies(m_evaluation.get(), store, m_row);
    m_contig = store.contig(m_row);
    m_position = store.position(m_row);
    m_igvButton->setEnabled(true);
}

QString DetailPane::detailsHtml() const
{
    const Core::LoadedVariants &loaded = m_loaded;
    const qsizetype storeRow = m_row;
    const Core::CaseEvaluation *evaluation = m_evaluation.get();
    const Core::VariantStore &store = *loaded.store;
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1:%2 %3&gt;%4</h3><table cellspacing=\"4\">")
                           .arg(store.contig(storeRow).toHtmlEscaped(),
                                locale.toString(store.position(storeRow)),
                                QString::fromLatin1(store.reference(storeRow)).toHtmlEscaped(),
                                QString::fromLatin1(store.alternate(storeRow)).toHtmlEscaped());
    html += row(tr("Variant key"), store.variantKey(storeRow, loaded.summary.build));
    html += row(tr("Type"), Core::variantTypeName(store.type(storeRow)));
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
        // "—" when the file has none, as in the transcript table below (not an empty cell).
        const QString hgvs = QStringLiteral("%1 %2")
                                     .arg(store.hgvsC(storeRow), store.hgvsP(storeRow))
                                     .trimmed();
        html += row(tr("HGVS"), hgvs.isEmpty() ? QStringLiteral("—") : hgvs);
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
    // FORMAT/PL only when the file declares it: the phred-scaled likelihoods of 0/0, 0/1, 1/1
    // for this ALT (0, 1 for a haploid call), re-indexed when the record was split.
    const bool likelihoods = store.hasPhredLikelihoods();
    QStringList headings{tr("Sample"),
                         tr("Genotype"),
                         tr("DP"),
                         tr("GQ"),
                         tr("AD ref/alt"),
                         tr("Allele balance")};
    QStringList headingToolTips(headings.size());
    if (likelihoods) {
        headings << tr("PL");
        headingToolTips << tr("Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 "
                              "for this ALT allele (0 and 1 for a haploid call)");
    }
    html += QStringLiteral("</table>");
    html += transcriptsHtml();
    // Padding 2, as the transcripts: six columns fit the default dock width in French too.
    html += QStringLiteral("<h4>%1</h4><table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">")
                    .arg(tr("Genotypes").toHtmlEscaped());
    html += gridHeadings(headings, headingToolTips);
    for (int sample = 0; sample < store.sampleCount(); ++sample) {
        const Core::GenotypeCall call = store.genotype(storeRow, sample);
        const double balance = call.alleleBalance();
        QStringList cells{store.samples().at(sample).toHtmlEscaped(),
                          genotypeText(call).toHtmlEscaped(),
                          number(call.depth),
                          number(call.genotypeQuality),
                          QStringLiteral("%1/%2").arg(number(call.referenceDepth),
                                                      number(call.alternateDepth)),
                          balance < 0 ? QStringLiteral("—") : locale.toString(balance, 'f', 2)};
        if (likelihoods) {
            // As written in VCF: plain integers joined by commas, "." for a missing value.
            QStringList values;
            for (int i = 0; i < call.phredLikelihoodCount; ++i) {
                const int value = call.phredLikelihoods[size_t(i)];
                values << (value < 0 ? QStringLiteral(".") : QString::number(value));
            }
            cells << (values.isEmpty() ? QStringLiteral("—") : values.join(QLatin1Char(',')));
        }
        html += gridRow(cells);
    }
    html += QStringLiteral("</table>");
    if (evaluation) {
        html += evaluationHtml(*evaluation, storeRow, palette());
        html += frequencyHtml(*evaluation, store, storeRow);
    }
    return html;
}

} // namespace Gui
