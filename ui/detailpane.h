// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/policy/caseevaluation.h>
#include <core/vcf/transcriptlookup.h>
#include <core/vcf/vcfreader.h>

#include <QDateTime>
#include <QFuture>
#include <QWidget>

#include <memory>
#include <vector>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTcpSocket;
class QTextBrowser;

namespace Core {
class BeaconFreshness;
struct FrequencySource;
} // namespace Core

namespace Gui {

/*!
 * Everything known about one variant row: position and stable key, alleles, how the load
 * changed it (split, trimmed, left-aligned), the transcript consequence and its source, each
 * sample's genotype with depths and likelihoods (PL), and the trio segregation; every transcript
 * of VEP/SnpEff for the allele, read from the case's file off the GUI thread
 * (Core::TranscriptLookup) while "Reading transcripts…" is shown; the population
 * frequencies as a bar chart (one bar per population per source, with source, version and age in
 * the tooltip) next to the same figures as an accessible table; and "Open in IGV". GUI thread.
 */
class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    /*! One bar of the frequency chart, in the chart's order (top to bottom). */
    struct FrequencyBar
    {
        QString source;
        QString version;
        QString population;
        double alleleFrequency = 0; //!< in [0, 1]; the chart shows it per mille
        QString toolTip;
    };

    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    /*!
     * Shows \a row; with \a evaluation also the policy decision with its reasons, the
     * classification and the population frequencies with their sources. The pane keeps the
     * case and the evaluation shown, to draw them again in the new colours when the palette
     * (light or dark) or the style changes.
     */
    void showVariant(const Core::LoadedVariants &loaded,
                     qsizetype row,
                     std::shared_ptr<const Core::CaseEvaluation> evaluation = nullptr);
    void clear();
    QString text() const;

    /*! The frequency caches of the case; their Beacon fetch times give the age of the figures
     * of Beacon sources ("beacon:<node>"). Caches without fetch times are fine. */
    void setFrequencyCachePaths(const QStringList &paths);
    /*!
     * The case's file when it was loaded: the transcripts are not read from a file changed
     * since (invalid: not checked). Set it before showVariant() of a newly loaded case.
     */
    void setCaseFileStamp(const Core::FileStamp &stamp) { m_caseFileStamp = stamp; }
    /*! Where indexes of bgzipped files without one are kept; default: the user's cache. */
    void setIndexCacheDirectory(const QString &directory) { m_indexCacheDirectory = directory; }
    /*! Whether the transcripts of the shown variant are being read. */
    bool isReadingTranscripts() const { return m_transcriptState == TranscriptState::Reading; }
    /*!
     * After a failed lookup (the "Try again" link under the error): reads the shown variant's
     * transcripts again. Does nothing otherwise.
     */
    void retryTranscripts();
    /*! The transcripts shown (empty while reading or after an error). */
    QList<Core::TranscriptConsequence> transcripts() const { return m_transcripts.transcripts; }

    /*! The time "now" for ages (tests); the current time when invalid. */
    void setReferenceTime(const QDateTime &now) { m_now = now; }

    QList<FrequencyBar> frequencyBars() const { return m_bars; }
    QChartView *frequencyChart() const { return m_chartView; }

    /*! The IGV batch command for a position: "goto chr1:12345\n". */
    static QByteArray igvCommand(const QString &contig, qint64 position);
    /*! Sends the shown variant's position to IGV (QSettings "igv/port", default 60151) on
     * 127.0.0.1 without blocking; the outcome arrives as igvStatusChanged(). */
    void openInIgv();
    QString igvStatus() const;

    /*! Zygosity with the phase: "heterozygous, phased (PS 1234)". */
    static QString genotypeText(const Core::GenotypeCall &call);

signals:
    /*! A sentence for the status bar: sent to IGV, or IGV is not running. */
    void igvStatusChanged(const QString &message, bool sent);
    /*! The transcripts of the shown variant were read, or reading them failed. */
    void transcriptsFinished();
    /*!
     * An index of the case's file is being built for its first transcript lookup, \a percent
     * done; the pane says so in place of "Reading transcripts…".
     */
    void transcriptIndexProgressChanged(int percent);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class TranscriptState { None, Reading, Shown, Failed };
    using TranscriptResult = std::shared_ptr<const Core::Result<Core::TranscriptList>>;

    /*! Draws the shown variant (m_loaded, m_row, m_evaluation) in the current palette. */
    void render();
    /*! The text part of render(). */
    QString detailsHtml() const;
    QString transcriptsHtml() const;
    /*! Writes the details of the shown variant again, keeping the scroll position. */
    void refreshDetails();
    /*! Reads the transcripts of the shown row unless they are shown already. */
    void readTranscripts();
    void onTranscriptsRead(int generation, const TranscriptResult &result);
    void cancelTranscripts();
    void showFrequencies(const Core::CaseEvaluation *evaluation,
                         const Core::VariantStore &store,
                         qsizetype row);
    QString
    ageText(const Core::FrequencySource &source, const QString &contig, qint64 position) const;
    QString frequencyHtml(const Core::CaseEvaluation &evaluation,
                          const Core::VariantStore &store,
                          qsizetype row) const;
    void setIgvStatus(const QString &message, bool sent);
    /*! Shows \a chart (owned from now on) and deletes the chart shown before. */
    void setChart(QChart *chart);

    QTextBrowser *m_browser = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_chartNote = nullptr;
    QPushButton *m_igvButton = nullptr;
    QLabel *m_igvStatus = nullptr;
    QTcpSocket *m_igvSocket = nullptr;
    QList<FrequencyBar> m_bars;
    std::vector<std::unique_ptr<Core::BeaconFreshness>> m_freshness;
    QStringList m_cachePaths;
    QDateTime m_now;
    QString m_contig;
    qint64 m_position = 0;
    /*! What is shown; no store: nothing. */
    Core::LoadedVariants m_loaded;
    qsizetype m_row = -1;
    std::shared_ptr<const Core::CaseEvaluation> m_evaluation;
    // All transcripts of the shown row, read on demand; a result for an older request
    // (another variant selected meanwhile) is dropped by its generation.
    TranscriptState m_transcriptState = TranscriptState::None;
    Core::TranscriptList m_transcripts;
    QString m_transcriptError;
    std::weak_ptr<const Core::VariantStore> m_transcriptStore;
    qsizetype m_transcriptRow = -1;
    int m_transcriptGeneration = 0;
    int m_transcriptIndexProgress = -1; //!< percent of an index being built; -1: none
    QFuture<TranscriptResult> m_transcriptFuture;
    Core::FileStamp m_caseFileStamp;
    QString m_indexCacheDirectory;
};

} // namespace Gui
