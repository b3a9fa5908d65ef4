// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include <QCheckBox>
#include <QEvent>

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gui {

namespace {

const QString kPresetKey = QStringLiteral("filters/preset");

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_genes(new QLineEdit(this))
    , m_steps(new QTreeView(this))
    , m_stepModel(new QStandardItemModel(0, 2, this))
    , m_total(new QLabel(this))
{
    for (const Core::FilterCascade::Preset preset : Core::FilterCascade::presets())
        m_preset->addItem(Core::FilterCascade::presetName(preset), int(preset));
    m_preset->setObjectName(QStringLiteral("filterPreset"));
    m_genes->setClearButtonEnabled(true);
    m_genes->setObjectName(QStringLiteral("filterGenes"));

    m_steps->setModel(m_stepModel);
    m_steps->setRootIsDecorated(false);
    m_steps->setAlternatingRowColors(true);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->setObjectName(QStringLiteral("filterSteps"));

    m_form = new QFormLayout;
    m_form->addRow(QString(), m_preset);
    m_form->addRow(QString(), m_genes);
    m_policyGenesOnly = new QCheckBox(this);
    m_policyGenesOnly->setObjectName(QStringLiteral("filterPolicyGenes"));
    m_policyGenesOnly->setEnabled(false);
    m_policyFindingsOnly = new QCheckBox(this);
    m_policyFindingsOnly->setObjectName(QStringLiteral("filterPolicyFindings"));
    m_form->addRow(m_policyGenesOnly);
    m_form->addRow(m_policyFindingsOnly);
    m_cascadeLabel = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_cascadeLabel);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_total);

    retranslate();

    const int saved
            = QSettings().value(kPresetKey, int(Core::FilterCascade::Preset::AllVariants)).toInt();
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(saved)));

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kPresetKey, m_preset->currentData());
        emit changed();
    });
    connect(m_genes, &QLineEdit::editingFinished, this, &FilterPanel::changed);
    connect(m_policyGenesOnly, &QCheckBox::toggled, this, &FilterPanel::changed);
    connect(m_policyFindingsOnly, &QCheckBox::toggled, this, &FilterPanel::changed);
}

void FilterPanel::setPolicyGenes(const QSet<QString> &genes)
{
    m_policyGenes = genes;
    m_policyGenesOnly->setEnabled(!genes.isEmpty());
}

bool FilterPanel::policyFindingsOnly() const
{
    return m_policyFindingsOnly->isChecked();
}

void FilterPanel::setPreset(Core::FilterCascade::Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

Core::FilterCascade FilterPanel::cascade(int sample) const
{
    Core::FilterCascade cascade = Core::FilterCascade::preset(
            Core::FilterCascade::Preset(m_preset->currentData().toInt()), sample);
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList genes = m_genes->text().split(separators, Qt::SkipEmptyParts);
    if (!genes.isEmpty()) {
        Core::VariantFilter filter;
        for (const QString &gene : genes)
            filter.genes.insert(gene.toUpper());
        cascade.addStep(tr("In the genes %1").arg(genes.join(QStringLiteral(", "))), filter);
    }
    if (m_policyGenesOnly->isChecked() && !m_policyGenes.isEmpty()) {
        Core::VariantFilter filter;
        filter.genes = m_policyGenes;
        cascade.addStep(tr("In the policy's genes"), filter);
    }
    return cascade;
}

void FilterPanel::showResult(const Core::FilterCascade::Result &result, qint64 total)
{
    const QLocale locale;
    m_stepModel->removeRows(0, m_stepModel->rowCount());
    for (const Core::FilterCascade::StepResult &step : result.steps) {
        auto *name = new QStandardItem(step.name);
        auto *removed
                = new QStandardItem(QStringLiteral("−%1").arg(locale.toString(step.removed())));
        removed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        removed->setToolTip(
                tr("%1 before, %2 after")
                        .arg(locale.toString(step.before), locale.toString(step.after)));
        m_stepModel->appendRow({name, removed});
    }
    m_total->setText(
            tr("%1 of %2 variants shown")
                    .arg(locale.toString(qint64(result.rows.size())), locale.toString(total)));
}

void FilterPanel::retranslate()
{
    m_genes->setPlaceholderText(tr("e.g. BRCA1, BRCA2, TP53"));
    m_stepModel->setHorizontalHeaderLabels({tr("Step"), tr("Removed")});
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_preset)))
        label->setText(tr("&Preset:"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_genes)))
        label->setText(tr("&Genes:"));
    m_cascadeLabel->setText(tr("Filter cascade:"));
    m_policyGenesOnly->setText(tr("Only the policy's genes (e.g. ACMG SF)"));
    m_policyFindingsOnly->setText(tr("Only policy findings (reported, withheld or to review)"));
    for (int index = 0; index < m_preset->count(); ++index) {
        m_preset->setItemText(index,
                              Core::FilterCascade::presetName(Core::FilterCascade::Preset(
                                      m_preset->itemData(index).toInt())));
    }
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gui
